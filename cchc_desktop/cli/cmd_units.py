"""init, units add, units list."""
from __future__ import annotations

from .output import table

LEVEL_HELP = "cấp đơn vị: tinh, so, huyen, xa, phong (có thể thêm cấp khác)"


def cmd_init(ctx, args):
    from ..services import installation, units  # lazy: keeps `cchc --help` fast
    doc = installation.init(ctx.db, args.unit_code, args.unit_name, args.level, args.parent)
    u = doc["unit"]
    return doc, ctx.t(f"Đã thiết lập đơn vị của máy này: {u['name']} ({u['code']}, cấp {u['level']}).\n"
                      f"Dấu vân tay khóa ký: {doc['key_fingerprint']}",
                      f"This computer's unit is set: {u['name']} ({u['code']}, level {u['level']}).\n"
                      f"Signing key fingerprint: {doc['key_fingerprint']}")


def cmd_add(ctx, args):
    from ..services import installation, units  # lazy: keeps `cchc --help` fast
    row = units.add_unit(ctx.db, args.code, args.name, args.level, args.parent)
    return {"unit": row.to_json(), "units": [row.to_json()]}, ctx.t(f"Đã thêm đơn vị {row.name} ({row.code}).",
                                                                     f"Added the unit {row.name} ({row.code}).")


def cmd_list(ctx, args):
    from ..services import installation, units  # lazy: keeps `cchc --help` fast
    rows = units.list_units(ctx.db)
    text = table([[r.code, r.name, r.level, r.parent or "", "✓" if r.own else ""] for r in rows],
                 ctx.t(["Mã", "Tên đơn vị", "Cấp", "Trực thuộc", "Máy này"],
                       ["Code", "Unit name", "Level", "Parent", "This computer"])) if rows else \
        ctx.t("Chưa có đơn vị nào.", "There are no units yet.")
    return {"units": [r.to_json() for r in rows]}, text


def register(reg):
    p = reg.command(None, "init", cmd_init, "đặt đơn vị của máy này và tạo khóa ký")
    p.add_argument("--unit-code", required=True)
    p.add_argument("--unit-name", required=True)
    p.add_argument("--level", required=True, help=LEVEL_HELP)
    p.add_argument("--parent", help="mã hoặc tên đơn vị cấp trên")
    p = reg.command("units", "add", cmd_add, "thêm đơn vị vào danh mục", "danh mục đơn vị")
    p.add_argument("--code", required=True)
    p.add_argument("--name", required=True)
    p.add_argument("--level", required=True, help=LEVEL_HELP)
    p.add_argument("--parent")
    reg.command("units", "list", cmd_list, "liệt kê đơn vị")
