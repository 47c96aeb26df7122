"""demo, audit, backup, restore, gui."""
from __future__ import annotations

from ..services.errors import UsageError


def cmd_demo(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    from ..services import demo
    doc = demo.load(ctx.db, force=args.force)
    verb = (ctx.t("Đã tạo", "Created") if doc.get("changed") else
            ctx.t("Dữ liệu mẫu đã có sẵn, không thay đổi gì:", "The demo data is already there; nothing changed:"))
    return ({k: doc[k] for k in ("units", "criteria", "plans")} | {"changed": doc.get("changed", False)},
            ctx.t(f"{verb} {doc['units']} đơn vị, {doc['criteria']} tiêu chí, {doc['plans']} kế hoạch khắc phục.",
                  f"{verb} {doc['units']} units, {doc['criteria']} criteria, {doc['plans']} remedial plans."))


def cmd_audit(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    if args.action == "export":
        from ..services import audit_export
        if not args.out:
            raise UsageError("audit export cần --out TỆP.csv hoặc TỆP.xlsx.",
                             en="audit export needs --out FILE.csv or FILE.xlsx.")
        doc = audit_export.export(ctx.db, args.out, unit=args.unit, criterion=args.criterion, since=args.since)
        return doc, ctx.t(f"Đã xuất {doc['entries']} mục nhật ký vào {doc['path']}",
                          f"Exported {doc['entries']} log entries to {doc['path']}") + \
            ("." if doc["chain_ok"] else ctx.t(" (CẢNH BÁO: chuỗi băm bị đứt, xem trang «Kiểm tra»).",
                                               " (WARNING: the hash chain is broken, see the «Kiểm tra» sheet)."))
    if args.verify:
        doc = audit.verify(ctx.db)
        if not doc["ok"]:
            args.exit_code = 4
        text = (ctx.t("Nhật ký toàn vẹn", "The log is intact") if doc["ok"] else
                ctx.t("Nhật ký đã bị sửa:\n", "The log was tampered with:\n") + "\n".join(doc["problems"])) + \
            ctx.t(f" ({doc['entries']} mục).", f" ({doc['entries']} entries).")
        return doc, text
    if args.unit or args.criterion or args.since:
        from ..services import audit_export
        rows = list(reversed(audit_export.filtered(ctx.db, args.unit, args.criterion, args.since)))[:args.limit]
    else:
        rows = audit.entries(ctx.db, args.limit)
    return {"ok": True, "entries": len(rows), "log": rows}, "\n".join(
        f"{r['at']}  {r['who']:<12} {r['action']:<20} {r['key'] or ''}" for r in rows)


def cmd_backup(ctx, args):
    """A .zip carries the database and its evidence files; another name gives F plus the folder F-tai-lieu/."""
    from ..services import backup_files
    doc = backup_files.export_backup(ctx.db, args.out)
    return doc, ctx.t(f"Đã sao lưu vào {doc['path']} (kèm {doc['evidence_files']} tệp tài liệu kiểm chứng).",
                      f"Backed up to {doc['path']} (with {doc['evidence_files']} evidence files).")


def cmd_restore(ctx, args):
    from ..services import backup_files
    ctx.close()  # the file is about to be replaced
    ctx._db = None
    doc = backup_files.restore_backup(ctx.db_path, args.file)
    old = doc["previous_saved_as"]
    saved = ctx.t(f" Bản cũ được giữ tại {old}.", f" The old copy is kept at {old}.") if old else ""
    return doc, ctx.t(f"Đã khôi phục {doc['path']} từ {doc['from']} (kèm {doc['evidence_files']} tệp tài liệu); "
                      f"cơ sở dữ liệu nhận mã cài đặt mới.{saved}",
                      f"Restored {doc['path']} from {doc['from']} (with {doc['evidence_files']} documents); "
                      f"the database got a new installation id.{saved}")


def cmd_gui(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    from ..gui.app import run_gui
    code = run_gui(db_path=ctx.db_path, tab=args.tab, screenshot=args.screenshot, lang=ctx.args.lang
                   if ctx.args.lang != "vi" else None)
    args.exit_code = code
    return {"ok": code == 0, "screenshot": args.screenshot}, ""


def register(reg):
    p = reg.command(None, "demo", cmd_demo, "tạo dữ liệu mẫu từ các văn bản gốc")
    p.add_argument("--force", action="store_true", help="thay dữ liệu mẫu đã có")
    p = reg.command(None, "audit", cmd_audit, "nhật ký thay đổi")
    p.add_argument("action", nargs="?", choices=["export"], help="export: xuất nhật ký ra .csv/.xlsx")
    p.add_argument("--verify", action="store_true", help="kiểm tra chuỗi băm của nhật ký")
    p.add_argument("--limit", type=int, default=200)
    p.add_argument("--out", help="tệp .csv hoặc .xlsx (audit export)")
    p.add_argument("--unit", help="chỉ các thay đổi của đơn vị này (mã)")
    p.add_argument("--criterion", help="chỉ các thay đổi của tiêu chí này (mã)")
    p.add_argument("--since", help="từ ngày (2025-12-31 hoặc 31/12/2025)")
    p = reg.command(None, "backup", cmd_backup, "sao lưu cơ sở dữ liệu và tài liệu kiểm chứng")
    p.add_argument("--out", required=True, help="F.zip (một tệp) hoặc F.sqlite3 (kèm thư mục F-tai-lieu)")
    p = reg.command(None, "restore", cmd_restore, "khôi phục từ bản sao lưu (.zip hoặc .sqlite3)")
    p.add_argument("file")
    p = reg.command(None, "gui", cmd_gui, "mở ứng dụng")
    p.add_argument("--tab", choices=["criteria", "scores", "plans", "reports"])
    p.add_argument("--screenshot", help="vẽ cửa sổ ra tệp PNG rồi thoát")
