"""demo, audit, backup, restore, gui."""
from __future__ import annotations

import shutil
from pathlib import Path

from ..services.errors import InputRejected


def cmd_demo(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    from ..services import demo
    doc = demo.load(ctx.db, force=args.force)
    verb = "Đã tạo" if doc.get("changed") else "Dữ liệu mẫu đã có sẵn, không thay đổi gì:"
    return ({k: doc[k] for k in ("units", "criteria", "plans")} | {"changed": doc.get("changed", False)},
            f"{verb} {doc['units']} đơn vị, {doc['criteria']} tiêu chí, {doc['plans']} kế hoạch khắc phục.")


def cmd_audit(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    if args.verify:
        doc = audit.verify(ctx.db)
        if not doc["ok"]:
            args.exit_code = 4
        text = ("Nhật ký toàn vẹn" if doc["ok"] else "Nhật ký đã bị sửa:\n" + "\n".join(doc["problems"])) + \
            f" ({doc['entries']} mục)."
        return doc, text
    rows = audit.entries(ctx.db, args.limit)
    return {"ok": True, "entries": len(rows), "log": rows}, "\n".join(
        f"{r['at']}  {r['who']:<12} {r['action']:<20} {r['key'] or ''}" for r in rows)


def cmd_backup(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    out = Path(args.out)
    ctx.db.backup_to(out)
    return {"path": str(out)}, f"Đã sao lưu vào {out}."


def cmd_restore(ctx, args):
    from ..services import audit  # lazy: keeps `cchc --help` fast
    src = Path(args.file)
    if not src.is_file():
        raise InputRejected(f"Không tìm thấy tệp sao lưu «{src}».", file=str(src))
    from ..store.engine import Database
    Database.open(src, migrate=False).close()  # refuses a file that is not a CCHC database
    ctx.close()
    target = ctx.db_path
    if target.exists():
        shutil.copy2(target, target.with_suffix(".truoc-khoi-phuc.sqlite3"))
    for suffix in ("-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copy2(src, target)
    return {"path": str(target)}, f"Đã khôi phục {target} từ {src}."


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
    p.add_argument("--verify", action="store_true", help="kiểm tra chuỗi băm của nhật ký")
    p.add_argument("--limit", type=int, default=200)
    p = reg.command(None, "backup", cmd_backup, "sao lưu cơ sở dữ liệu")
    p.add_argument("--out", required=True)
    p = reg.command(None, "restore", cmd_restore, "khôi phục từ bản sao lưu")
    p.add_argument("file")
    p = reg.command(None, "gui", cmd_gui, "mở ứng dụng")
    p.add_argument("--tab", choices=["criteria", "scores", "plans", "reports"])
    p.add_argument("--screenshot", help="vẽ cửa sổ ra tệp PNG rồi thoát")
