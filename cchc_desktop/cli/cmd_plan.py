"""plan list, show, edit, draft, export, import, progress, todo."""
from __future__ import annotations

from .output import table


def cmd_list(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    rows = plans.list_plans(ctx.db)
    doc = {"plans": [{k: r[k] for k in ("id", "unit", "year", "number", "items", "result_year", "subject")}
                     for r in rows]}
    text = table([[str(r["id"]), r["unit_name"], str(r["year"]), r["number"] or "", str(r["items"])] for r in rows],
                 ctx.t(["ID", "Đơn vị", "Năm", "Số", "Nhiệm vụ"], ["ID", "Unit", "Year", "Number", "Tasks"])) \
        if rows else ctx.t("Chưa có kế hoạch khắc phục nào.", "There are no remedial plans yet.")
    return doc, text


def cmd_show(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    plan = plans.show_plan(ctx.db, args.id)
    rows = [[str(i["stt"]), i["content"][:60], i["lead"][:30], i["deadline_text"] or "", i["status_label"]]
            for i in plan["items"]]
    text = ctx.t(f"Kế hoạch {plan['number'] or ''} — {plan['unit_name']} năm {plan['year']}\n",
                 f"Plan {plan['number'] or ''} — {plan['unit_name']}, {plan['year']}\n") + \
        table(rows, ctx.t(["STT", "Nội dung", "Chủ trì", "Thời hạn", "Tình trạng"],
                          ["No.", "Action", "Lead", "Deadline", "Status"]))
    return {"plan": plan}, text


def _split(value):
    return None if value is None else [v.strip() for v in value.split(";") if v.strip()]


def cmd_edit(ctx, args):
    from ..services import plans  # lazy: keeps `cchc --help` fast
    doc = plans.edit_item(ctx.db, args.id, args.item, content=args.content, lead=_split(args.lead),
                          partners=_split(args.partners), deadline=args.deadline, status=args.status,
                          status_reason=args.reason, expected_output=args.output)
    return doc, ctx.t(f"Đã cập nhật nhiệm vụ {args.item} của kế hoạch {args.id}.",
                      f"Updated task {args.item} of plan {args.id}.")


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
    _register_issue6(reg)


# ------------------------------------------------------------------ drafting, exchange, tracking (issue 6)
def cmd_draft(ctx, args):
    from ..services import plan_drafting
    doc = plan_drafting.draft_plan(ctx.db, args.unit, args.year)
    text = ctx.t(f"Đã lập dự thảo kế hoạch số {doc['plan_id']} năm {doc['year']}: {doc['items']} nhiệm vụ cho "
                 f"{doc['deductions']} tiêu chí bị trừ điểm năm {doc['result_year']}.",
                 f"Drafted plan No. {doc['plan_id']} for {doc['year']}: {doc['items']} tasks for the "
                 f"{doc['deductions']} criteria that lost points in {doc['result_year']}.")
    if doc["without_lead"]:
        text += ctx.t("\nChưa có cơ quan chủ trì cho tiêu chí: ", "\nNo lead office yet for the criteria: ") + \
            ", ".join(doc["without_lead"])
    return doc, text


def cmd_export(ctx, args):
    from ..services import plan_exchange
    doc = plan_exchange.export_plan(ctx.db, args.id, args.out)
    return doc, ctx.t(f"Đã xuất phụ lục kế hoạch {args.id} ({doc['items']} nhiệm vụ) ra {doc['path']}.",
                      f"Exported the appendix of plan {args.id} ({doc['items']} tasks) to {doc['path']}.")


def cmd_import(ctx, args):
    from ..services import plan_exchange
    doc = plan_exchange.import_plan(ctx.db, args.file, unit=args.unit)
    return doc, ctx.t(f"Kế hoạch {doc['plan_id']}: thêm {doc['created']}, cập nhật {doc['updated']}, "
                      f"giữ nguyên {doc['unchanged']} nhiệm vụ.",
                      f"Plan {doc['plan_id']}: {doc['created']} tasks added, {doc['updated']} updated, "
                      f"{doc['unchanged']} unchanged.")


def cmd_progress(ctx, args):
    from ..services import progress
    doc = progress.record_progress(ctx.db, args.id, args.item, args.period, args.status, args.text, args.evidence)
    return doc, ctx.t(f"Đã ghi tiến độ {doc['period_label']} cho nhiệm vụ {args.item}: {doc['after']['status_label']}.",
                      f"Recorded the progress of {doc['period_label']} for task {args.item}: "
                      f"{doc['after']['status_label']}.")


def cmd_todo(ctx, args):
    from datetime import date
    from ..services import progress
    from ..services.errors import UsageError
    try:
        today = date.fromisoformat(args.today) if args.today else None
    except ValueError as exc:
        raise UsageError(f"Ngày «{args.today}» không hợp lệ; dùng dạng YYYY-MM-DD.",
                         en=f"The date «{args.today}» is not valid; use YYYY-MM-DD.") from exc
    doc = progress.todo(ctx.db, today, args.unit)
    late, soon = len(doc["overdue"]), len(doc["due_this_month"])
    lines = [ctx.t(f"Việc cần làm ngày {doc['today']}: {late} quá hạn, {soon} đến hạn trong tháng.",
                   f"To do on {doc['today']}: {late} overdue, {soon} due this month.")]
    overdue, this_month, plan = ctx.t("Quá hạn", "Overdue"), ctx.t("Trong tháng", "This month"), ctx.t("KH", "Plan")
    for g in doc["by_office"]:
        lines.append(f"\n{g['office']}")
        lines += [f"  [{overdue}] {plan} {t['plan_id']} #{t['stt']} {t['content'][:70]} ({t['deadline_text']})"
                  for t in g["overdue"]]
        lines += [f"  [{this_month}] {plan} {t['plan_id']} #{t['stt']} {t['content'][:70]} ({t['due']})"
                  for t in g["due_this_month"]]
    if doc["next_report"]:
        nxt = doc["next_report"]
        lines.append(ctx.t(f"\nBáo cáo kỳ tới: {nxt['label']}, hạn {nxt['due']}.",
                           f"\nNext report: {nxt['label']}, due {nxt['due']}."))
    return doc, "\n".join(lines)


def _register_issue6(reg):
    p = reg.command("plan", "draft", cmd_draft, "lập dự thảo kế hoạch năm sau từ các tiêu chí bị trừ điểm năm Y")
    p.add_argument("--unit", required=True, help="mã hoặc tên đơn vị")
    p.add_argument("--year", type=int, required=True, help="năm có kết quả chấm điểm (kế hoạch cho năm sau)")
    p = reg.command("plan", "export", cmd_export, "xuất phụ lục kế hoạch ra tệp Excel")
    p.add_argument("id", type=int)
    p.add_argument("--out", required=True, help="tệp .xlsx")
    p = reg.command("plan", "import", cmd_import, "nhập phụ lục kế hoạch từ tệp Excel (cập nhật hoặc tạo mới)")
    p.add_argument("file")
    p.add_argument("--unit", help="đơn vị của kế hoạch mới (mặc định: đơn vị của máy)")
    p = reg.command("plan", "progress", cmd_progress, "ghi tiến độ một nhiệm vụ theo kỳ báo cáo")
    p.add_argument("id", type=int)
    p.add_argument("--item", type=int, required=True, help="STT của nhiệm vụ")
    p.add_argument("--period", required=True, help="kỳ báo cáo: Q1-2023, H1-2023, 9M-2023, Y-2023")
    p.add_argument("--status", required=True, help="not_started, in_progress, done, overdue, failed "
                   "(hoặc tiếng Việt: «Hoàn thành»…)")
    p.add_argument("--text", help="kết quả thực hiện / lý do")
    p.add_argument("--evidence", help="tệp minh chứng")
    p = reg.command("plan", "todo", cmd_todo, "việc cần làm: nhiệm vụ quá hạn và đến hạn trong tháng")
    p.add_argument("--unit")
    p.add_argument("--today", help="ngày tính (YYYY-MM-DD), mặc định hôm nay")
