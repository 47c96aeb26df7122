"""plan list, plan show, plan edit."""
from __future__ import annotations

from .output import table


def cmd_list(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    rows = plans.list_plans(ctx.db)
    doc = {"plans": [{k: r[k] for k in ("id", "unit", "year", "number", "items", "result_year", "subject")}
                     for r in rows]}
    text = table([[str(r["id"]), r["unit_name"], str(r["year"]), r["number"] or "", str(r["items"])] for r in rows],
                 ["ID", "Đơn vị", "Năm", "Số", "Nhiệm vụ"]) if rows else "Chưa có kế hoạch khắc phục nào."
    return doc, text


def cmd_show(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    plan = plans.show_plan(ctx.db, args.id)
    rows = [[str(i["stt"]), i["content"][:60], i["lead"][:30], i["deadline_text"] or "", i["status_label"]]
            for i in plan["items"]]
    text = f"Kế hoạch {plan['number'] or ''} — {plan['unit_name']} năm {plan['year']}\n" + \
        table(rows, ["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"])
    return {"plan": plan}, text


def _split(value):
    return None if value is None else [v.strip() for v in value.split(";") if v.strip()]


def cmd_edit(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    doc = plans.edit_item(ctx.db, args.id, args.item, content=args.content, lead=_split(args.lead),
                          partners=_split(args.partners), deadline=args.deadline, status=args.status,
                          status_reason=args.reason, expected_output=args.output)
    return doc, f"Đã cập nhật nhiệm vụ {args.item} của kế hoạch {args.id}."


def register(reg):
    reg.command("plan", "list", cmd_list, "danh sách kế hoạch khắc phục", "kế hoạch khắc phục")
    p = reg.command("plan", "show", cmd_show, "xem một kế hoạch")
    p.add_argument("id", type=int)
    p = reg.command("plan", "edit", cmd_edit, "sửa một nhiệm vụ (STT) của kế hoạch")
    p.add_argument("id", type=int)
    p.add_argument("--item", type=int, required=True, help="STT của nhiệm vụ")
    p.add_argument("--content")
    p.add_argument("--lead", help="cơ quan chủ trì, cách nhau bằng dấu ;")
    p.add_argument("--partners", help="cơ quan phối hợp, cách nhau bằng dấu ;")
    p.add_argument("--deadline", help="thời gian hoàn thành, ví dụ: Quý III/2023, Thường xuyên")
    p.add_argument("--status", choices=["not_started", "in_progress", "done", "overdue", "failed"])
    p.add_argument("--reason", help="lý do (khi không thực hiện được)")
    p.add_argument("--output", help="kết quả / sản phẩm")
