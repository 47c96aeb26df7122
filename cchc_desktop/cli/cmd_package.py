"""package export / verify / import (package.md, cli.md)."""
from __future__ import annotations


def cmd_export(ctx, args):
    from ..services import packages
    kwargs = {}
    if args.volume_mb:
        kwargs["volume_size"] = int(args.volume_mb * 1024 * 1024)
    doc = packages.export_package(ctx.db, args.to, args.out, since_last=args.since_last, kind=args.kind,
                                  year=args.year, **kwargs)
    n = len(doc["paths"])
    parts = ctx.t(f" (chia thành {n} tập)", f" (split into {n} volumes)") if n > 1 else ""
    return doc, ctx.t(f"Đã tạo gói số {doc['sequence']} gửi {args.to}: {doc['records']} bản ghi, "
                      f"{doc['files']} tệp minh chứng → {doc['path']}{parts}",
                      f"Created package No. {doc['sequence']} for {args.to}: {doc['records']} records, "
                      f"{doc['files']} evidence files → {doc['path']}{parts}")


def cmd_verify(ctx, args):
    from ..services import packages
    doc = packages.verify_package(ctx.db, args.file, ctx.lang)
    if not doc["ok"]:
        args.exit_code = doc.get("exit_code", 4)
        return doc, ctx.t("Gói KHÔNG hợp lệ:\n", "Package NOT valid:\n") + "\n".join(f"- {p}" for p in doc["problems"])
    s = doc["sender"]
    return doc, ctx.t(f"Gói hợp lệ: số {doc['sequence']} từ {s.get('name')} ({s['unit']}), chữ ký đúng "
                      f"(khóa {s.get('fingerprint')}).",
                      f"Package valid: No. {doc['sequence']} from {s.get('name')} ({s['unit']}), signature correct "
                      f"(key {s.get('fingerprint')}).")


def _summary(doc, t) -> str:
    if doc["already_imported"]:
        return t("Gói này đã được nhận trước đây; không thay đổi gì.",
                 "This package was received before; nothing changed.")
    lines = []
    if doc.get("acknowledged") is not None:
        n = len(doc["acknowledged"])
        lines.append(t(f"Đã nhận biên nhận: {n} gói được xác nhận đã đến nơi.",
                       f"Receipt received: {n} packages confirmed as arrived."))
    else:
        head = (t("Xem trước (chưa ghi gì)", "Preview (nothing written)") if doc["dry_run"] else
                t("Chưa nhận gói", "Package not received yet") if doc["needs_decision"] else
                t("Đã nhận gói", "Package received"))
        lines.append(t(f"{head}: {doc['created']} mới, {doc['updated']} cập nhật, {doc['unchanged']} không đổi, "
                       f"{len(doc['conflicts'])} xung đột.",
                       f"{head}: {doc['created']} new, {doc['updated']} updated, {doc['unchanged']} unchanged, "
                       f"{len(doc['conflicts'])} conflicts."))
    if doc["needs_decision"]:
        lines.append(t("Có bản ghi bị sửa ở cả hai nơi. Hãy chọn --on-conflict keep-mine (giữ của mình) hoặc "
                       "take-theirs (lấy của họ) cho cả gói, hoặc quyết định từng xung đột: «cchc package "
                       "conflicts» rồi «cchc package resolve SỐ --choice …», hoặc trong ứng dụng (Tệp → Trao đổi "
                       "dữ liệu → Xung đột); xong thì nhận lại gói để ghi phần còn lại.",
                       "Some records were changed on both sides. Choose --on-conflict keep-mine or take-theirs "
                       "for the whole package, or decide each conflict: «cchc package conflicts», then «cchc "
                       "package resolve NUMBER --choice …», or in the application (Tệp → Trao đổi dữ liệu → Xung "
                       "đột); then receive the package again to write the rest."))
        lines += [t("  xung đột: ", "  conflict: ") + c["label"] for c in doc["conflicts"][:20]]
    lines += [t("Cảnh báo: ", "Warning: ") + w for w in doc["warnings"]]
    if doc.get("receipt"):
        lines.append(t("Biên nhận gửi lại cho bên gửi: ", "Receipt to send back to the sender: ") + doc["receipt"])
    return "\n".join(lines)


def cmd_import(ctx, args):
    from ..services import packages
    doc = packages.import_package(ctx.db, args.file, dry_run=args.dry_run, on_conflict=args.on_conflict,
                                  receipt_out=args.receipt_out)
    if doc["needs_decision"]:
        from ..services import conflicts
        conflicts.remember_revisions(ctx.db, args.file)  # exact revisions for «package resolve» later
        args.exit_code = 3
    return doc, _summary(doc, ctx.t)


def _conflict_lines(c: dict, t) -> list[str]:
    note = f" [{c['postponed_note']}]" if c.get("postponed_note") else ""
    lines = [f"#{c['id']}  {c['label']}{note}"]
    mine, theirs = t("của tôi", "mine"), t("của họ", "theirs")
    lines += [f"    {f['label']}: {mine} «{f['mine_text']}» — {theirs} «{f['theirs_text']}»" for f in c["fields"]]
    return lines


def cmd_conflicts(ctx, args):
    from ..services import conflicts
    rows = conflicts.list_conflicts(ctx.db, args.state)
    if not rows:
        return {"conflicts": []}, ctx.t("Không có xung đột nào đang chờ quyết định.",
                                        "No conflict is waiting for a decision.")
    lines = [ctx.t(f"{len(rows)} xung đột:", f"{len(rows)} conflicts:")]
    lines += [line for c in rows for line in _conflict_lines(c, ctx.t)]
    lines.append(ctx.t("Xử lý: cchc package resolve SỐ --choice keep-mine|take-theirs|edit|postpone "
                       "[--set TRƯỜNG=GIÁ_TRỊ ...]",
                       "To decide: cchc package resolve NUMBER --choice keep-mine|take-theirs|edit|postpone "
                       "[--set FIELD=VALUE ...]"))
    return {"conflicts": rows}, "\n".join(lines)


def cmd_resolve(ctx, args):
    from ..services import conflicts
    from ..services.errors import UsageError
    edited = {}
    for item in args.set or []:
        field, sep, value = item.partition("=")
        if not sep or not field.strip():
            raise UsageError(f"«--set {item}» phải có dạng TRƯỜNG=GIÁ_TRỊ (ví dụ --set value=2,5).",
                             en=f"«--set {item}» must be FIELD=VALUE (for example --set value=2,5).")
        edited[field.strip()] = value
    if edited and args.choice != "edit":
        raise UsageError("--set chỉ dùng với --choice edit.", en="--set goes only with --choice edit.")
    doc = conflicts.resolve_conflict(ctx.db, args.id, args.choice, edited or None)
    doc.pop("undo", None)
    text = ({"keep-mine": "Kept this computer's version", "take-theirs": "Took their version",
             "edit": "Wrote the edited value", "postpone": "Postponed"} if ctx.lang == "en" else
            {"keep-mine": "Đã giữ bản của máy này", "take-theirs": "Đã nhận bản của họ",
             "edit": "Đã ghi giá trị đã sửa", "postpone": "Đã để sau"})[args.choice]
    lines = [ctx.t(f"{text}: {doc['label']} (xung đột số {doc['id']}).", f"{text}: {doc['label']} (conflict No. {doc['id']}).")]
    left = doc["remaining_in_package"]
    if args.choice != "postpone" and left == 0:
        lines.append(ctx.t("Gói này không còn xung đột: hãy nhận lại gói (cchc package import TỆP) để ghi phần còn lại.",
                           "No conflict left in this package: receive it again (cchc package import FILE) to write "
                           "the rest."))
    elif left:
        lines.append(ctx.t(f"Gói này còn {left} xung đột chờ quyết định.",
                           f"{left} conflicts of this package are still waiting for a decision."))
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
