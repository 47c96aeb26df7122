"""offices list / add / rename / retire: the unit's office directory used by plan tasks."""
from __future__ import annotations

from .output import table


def cmd_list(ctx, args):
    from ..services import offices
    doc = offices.list_offices(ctx.db, args.unit)
    rows = [[str(o["id"]), o["short_name"], o["name"], str(o["tasks"]),
             (ctx.t("đến ", "until ") + o["valid_to"] + (f" → {o['successor']}" if o["successor"] else ""))
             if o["retired"] else ""]
            for o in doc["offices"]]
    text = table(rows, ctx.t(["ID", "Tên ngắn", "Tên đầy đủ", "Nhiệm vụ", "Ngừng hoạt động"],
                             ["ID", "Short name", "Full name", "Tasks", "Retired"])) if rows \
        else ctx.t("Đơn vị chưa có cơ quan nào trong danh mục.", "The unit has no offices in its list yet.")
    if doc["communes"]:
        text += ctx.t("\n\nXã, phường, thị trấn trực thuộc: ", "\n\nCommunes, wards and towns under it: ") + \
            "; ".join(c["name"] for c in doc["communes"])
    return doc, text


def cmd_add(ctx, args):
    from ..services import offices
    doc = offices.add_office(ctx.db, args.unit, args.name, args.short, args.kind)
    return doc, ctx.t(f"Đã thêm cơ quan «{doc['office']['name']}».", f"Added the office «{doc['office']['name']}».")


def cmd_rename(ctx, args):
    from ..services import offices
    doc = offices.rename_office(ctx.db, args.unit, args.office, args.name, args.short)
    return doc, ctx.t(f"Đã đổi tên «{doc['before']['name']}» thành «{doc['after']['name']}» ({doc['plans']} kế hoạch).",
                      f"Renamed «{doc['before']['name']}» to «{doc['after']['name']}» ({doc['plans']} plans).")


def cmd_retire(ctx, args):
    from datetime import date
    from ..services import offices
    from ..services.errors import UsageError
    try:
        on = date.fromisoformat(args.on) if args.on else None
    except ValueError as exc:
        raise UsageError(f"Ngày «{args.on}» không hợp lệ; dùng dạng YYYY-MM-DD.",
                         en=f"The date «{args.on}» is not valid; use YYYY-MM-DD.") from exc
    doc = offices.retire_office(ctx.db, args.unit, args.office, args.successor, on)
    return doc, ctx.t(f"Cơ quan «{doc['office']['name']}» ngừng hoạt động; chuyển {doc['moved_tasks']} nhiệm vụ "
                      "đang mở.", f"The office «{doc['office']['name']}» is retired; {doc['moved_tasks']} open tasks "
                      "moved.")


def register(reg):
    p = reg.command("offices", "list", cmd_list, "danh mục cơ quan chủ trì/phối hợp của đơn vị", "cơ quan, phòng ban")
    p.add_argument("--unit")
    p = reg.command("offices", "add", cmd_add, "thêm cơ quan")
    p.add_argument("--unit")
    p.add_argument("name")
    p.add_argument("--short", help="tên ngắn dùng trong kế hoạch")
    p.add_argument("--kind", default="office", choices=["office", "commune_group", "commune", "group"])
    p = reg.command("offices", "rename", cmd_rename, "đổi tên cơ quan (mọi kế hoạch hiển thị tên mới)")
    p.add_argument("--unit")
    p.add_argument("office", help="tên hoặc tên ngắn hiện tại")
    p.add_argument("name", help="tên mới")
    p.add_argument("--short", help="tên ngắn mới")
    p = reg.command("offices", "retire", cmd_retire, "cơ quan sáp nhập/giải thể, chuyển việc cho cơ quan kế nhiệm")
    p.add_argument("--unit")
    p.add_argument("office")
    p.add_argument("--successor")
    p.add_argument("--on", help="ngày ngừng hoạt động (YYYY-MM-DD)")
