"""package export / verify / import (package.md, cli.md)."""
from __future__ import annotations


def cmd_export(ctx, args):
    from ..services import packages
    kwargs = {}
    if args.volume_mb:
        kwargs["volume_size"] = int(args.volume_mb * 1024 * 1024)
    doc = packages.export_package(ctx.db, args.to, args.out, since_last=args.since_last, kind=args.kind,
                                  year=args.year, **kwargs)
    parts = f" (chia thành {len(doc['paths'])} tập)" if len(doc["paths"]) > 1 else ""
    return doc, (f"Đã tạo gói số {doc['sequence']} gửi {args.to}: {doc['records']} bản ghi, "
                 f"{doc['files']} tệp minh chứng → {doc['path']}{parts}")


def cmd_verify(ctx, args):
    from ..services import packages
    doc = packages.verify_package(ctx.db, args.file)
    if not doc["ok"]:
        args.exit_code = doc.get("exit_code", 4)
        return doc, "Gói KHÔNG hợp lệ:\n" + "\n".join(f"- {p}" for p in doc["problems"])
    s = doc["sender"]
    return doc, (f"Gói hợp lệ: số {doc['sequence']} từ {s.get('name')} ({s['unit']}), chữ ký đúng "
                 f"(khóa {s.get('fingerprint')}).")


def _summary(doc) -> str:
    if doc["already_imported"]:
        return "Gói này đã được nhận trước đây; không thay đổi gì."
    lines = []
    if doc.get("acknowledged") is not None:
        lines.append(f"Đã nhận biên nhận: {len(doc['acknowledged'])} gói được xác nhận đã đến nơi.")
    else:
        head = "Xem trước (chưa ghi gì)" if doc["dry_run"] else ("Chưa nhận gói" if doc["needs_decision"]
                                                                 else "Đã nhận gói")
        lines.append(f"{head}: {doc['created']} mới, {doc['updated']} cập nhật, {doc['unchanged']} không đổi, "
                     f"{len(doc['conflicts'])} xung đột.")
    if doc["needs_decision"]:
        lines.append("Có bản ghi bị sửa ở cả hai nơi. Hãy chọn --on-conflict keep-mine (giữ của mình) hoặc "
                     "take-theirs (lấy của họ) cho cả gói, hoặc quyết định từng xung đột: «cchc package "
                     "conflicts» rồi «cchc package resolve SỐ --choice …», hoặc trong ứng dụng (Tệp → Trao đổi "
                     "dữ liệu → Xung đột); xong thì nhận lại gói để ghi phần còn lại.")
        lines += [f"  xung đột: {c['label']}" for c in doc["conflicts"][:20]]
    lines += [f"Cảnh báo: {w}" for w in doc["warnings"]]
    if doc.get("receipt"):
        lines.append(f"Biên nhận gửi lại cho bên gửi: {doc['receipt']}")
    return "\n".join(lines)


def cmd_import(ctx, args):
    from ..services import packages
    doc = packages.import_package(ctx.db, args.file, dry_run=args.dry_run, on_conflict=args.on_conflict,
                                  receipt_out=args.receipt_out)
    if doc["needs_decision"]:
        from ..services import conflicts
        conflicts.remember_revisions(ctx.db, args.file)  # exact revisions for «package resolve» later
        args.exit_code = 3
    return doc, _summary(doc)


def _conflict_lines(c: dict) -> list[str]:
    note = f" [{c['postponed_note']}]" if c.get("postponed_note") else ""
    lines = [f"#{c['id']}  {c['label']}{note}"]
    lines += [f"    {f['label']}: của tôi «{f['mine_text']}» — của họ «{f['theirs_text']}»" for f in c["fields"]]
    return lines


def cmd_conflicts(ctx, args):
    from ..services import conflicts
    rows = conflicts.list_conflicts(ctx.db, args.state)
    if not rows:
        return {"conflicts": []}, "Không có xung đột nào đang chờ quyết định."
    lines = [f"{len(rows)} xung đột:"] + [line for c in rows for line in _conflict_lines(c)]
    lines.append("Xử lý: cchc package resolve SỐ --choice keep-mine|take-theirs|edit|postpone "
                 "[--set TRƯỜNG=GIÁ_TRỊ ...]")
    return {"conflicts": rows}, "\n".join(lines)


def cmd_resolve(ctx, args):
    from ..services import conflicts
    from ..services.errors import UsageError
    edited = {}
    for item in args.set or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise UsageError(f"«--set {item}» phải có dạng TRƯỜNG=GIÁ_TRỊ (ví dụ --set value=2,5).")
        edited[field.strip()] = value
    if edited and args.choice != "edit":
        raise UsageError("--set chỉ dùng với --choice edit.")
    doc = conflicts.resolve_conflict(ctx.db, args.id, args.choice, edited or None)
    doc.pop("undo", None)
    text = {"keep-mine": "Đã giữ bản của máy này", "take-theirs": "Đã nhận bản của họ",
            "edit": "Đã ghi giá trị đã sửa", "postpone": "Đã để sau"}[args.choice]
    lines = [f"{text}: {doc['label']} (xung đột số {doc['id']})."]
    if args.choice != "postpone" and doc["remaining_in_package"] == 0:
        lines.append("Gói này không còn xung đột: hãy nhận lại gói (cchc package import TỆP) để ghi phần còn lại.")
    elif doc["remaining_in_package"]:
        lines.append(f"Gói này còn {doc['remaining_in_package']} xung đột chờ quyết định.")
    return doc, "\n".join(lines)


def register(reg):
    g = "gói trao đổi dữ liệu (.cchc)"
    p = reg.command("package", "export", cmd_export, "tạo gói gửi cho một đơn vị", g)
    p.add_argument("--to", required=True, help="mã hoặc tên đơn vị nhận, hoặc * cho mọi đơn vị")
    p.add_argument("--out", required=True)
    p.add_argument("--since-last", action="store_true", help="chỉ gửi phần thay đổi từ gói trước")
    p.add_argument("--kind", default="update", choices=["update", "criteria-set", "appraisal", "results"])
    p.add_argument("--year", type=int)
    p.add_argument("--volume-mb", type=float, help="cỡ tối đa mỗi tập (MB), mặc định 20")
    p = reg.command("package", "verify", cmd_verify, "kiểm tra gói mà không nhận", g)
    p.add_argument("file")
    p = reg.command("package", "import", cmd_import, "nhận gói: kiểm tra, xem trước, ghi, tạo biên nhận", g)
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true")
    p.add_argument("--on-conflict", choices=["keep-mine", "take-theirs"])
    p.add_argument("--receipt-out")
    p = reg.command("package", "conflicts", cmd_conflicts, "liệt kê các xung đột đang chờ quyết định", g)
    p.add_argument("--state", default="open", choices=["open", "kept", "taken", "edited", "all"],
                   help="mặc định: open (đang chờ)")
    p = reg.command("package", "resolve", cmd_resolve, "quyết định một xung đột", g)
    p.add_argument("id", help="số xung đột (xem «cchc package conflicts»)")
    p.add_argument("--choice", required=True, choices=["keep-mine", "take-theirs", "edit", "postpone"],
                   help="giữ bản của tôi, nhận bản của họ, sửa, để sau")
    p.add_argument("--set", action="append", metavar="TRƯỜNG=GIÁ_TRỊ",
                   help="giá trị mới khi --choice edit (ví dụ --set value=2,5); lặp lại cho nhiều trường")
