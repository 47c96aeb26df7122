"""scores show, import, export, templates, imports, undo-import."""
from __future__ import annotations

from ..domain.numbers import fmt_points, parse_points
from .import_text import import_summary, issues_text, progress_printer
from .output import table


def _p(x):
    return fmt_points(parse_points(x)) if x is not None else "—"


def cmd_show(ctx, args):
    doc = None
    # read straight from the file when it can be (no SQLAlchemy import), for one unit as for all
    import gc
    from ..services import score_sheet

    def show(fetch):
        if not args.unit:
            return score_sheet.show(fetch, args.year, args.level, None)
        from ..services.unit_lookup import find_unit_rows  # only for --unit (it imports unicodedata)
        return score_sheet.show(fetch, args.year, args.level, lambda: find_unit_rows(fetch, args.unit))
    gc.disable()  # ~100 000 short-lived objects, no cycles: the collector would only walk them again and again
    try:
        doc = ctx.read_quickly(show)
    finally:
        gc.enable()
    if doc is None:
        from ..services import scores  # lazy: keeps `cchc --help` fast
        doc = scores.show(ctx.db, args.year, args.level, args.unit)
    if ctx.json:
        return doc, ""   # the table for people would only be thrown away
    rows = [[str(u["rank"] or "—"), u["name"], _p(u["self_total"]), _p(u["appraised_total"]), _p(u["lost_total"])]
            for u in doc["units"]]
    text = ctx.t(f"Năm {doc['year']}", f"Year {doc['year']}") + f" — {doc['criteria_set']['name']}\n" + \
        table(rows, ctx.t(["Hạng", "Đơn vị", "Tự chấm", "Thẩm định", "Bị trừ"],
                          ["Rank", "Unit", "Self-assessed", "Appraised", "Lost"]))
    if args.unit and doc["units"]:
        u = doc["units"][0]
        text += ctx.t("\n\nĐiểm bị trừ:\n", "\n\nPoints lost:\n") + \
            table([[d["code"], _p(d["max"]), _p(d["score"]), _p(d["lost"]), d["reason"][:70]] for d in u["deductions"]],
                  ctx.t(["Tiêu chí", "Tối đa", "Đạt", "Bị trừ", "Lý do"],
                        ["Criterion", "Max", "Scored", "Lost", "Reason"]))
    return doc, text


def cmd_import(ctx, args):
    from ..services.score_import import import_scores
    doc = import_scores(ctx.db, args.file, args.year, args.layout, args.add_units, args.dry_run,
                        progress=None if ctx.json else progress_printer(), level=args.level)
    if args.annotated_out and (doc["errors"] or doc["warnings"]):
        from ..io.annotate import annotate_workbook
        marks = [{"severity": "error", **e} for e in doc["errors"]] + \
                [{"severity": "warning", **w} for w in doc["warnings"]]
        doc["annotated"] = annotate_workbook(args.file, marks, args.annotated_out)
    if not doc["ok"]:
        args.exit_code = 2
        text = ctx.t(f"Không nhập được bảng điểm «{args.file}».\n",
                     f"Could not import the score workbook «{args.file}».\n") + issues_text(doc, t=ctx.t)
        if doc.get("annotated"):
            text += ctx.t("\nBản có đánh dấu các ô lỗi: ", "\nCopy with the wrong cells marked: ") + doc["annotated"]
        return doc, text
    text = import_summary(ctx, doc, f"bảng điểm năm {doc['year']} (dạng {doc['layout']}): {doc['units']} đơn vị — %counts",
                          f"the score workbook of {doc['year']} (layout {doc['layout']}): {doc['units']} units — %counts")
    if doc["unknown_units"]:
        text += ctx.t("\nĐã thêm đơn vị mới: ", "\nNew units added: ") + "; ".join(doc["unknown_units"])
    extra = issues_text(doc, t=ctx.t)
    return doc, text + ("\n" + extra if extra else "")


def cmd_export(ctx, args):
    from ..services.score_export import export_scores
    doc = export_scores(ctx.db, args.year, args.out, args.unit, args.level)
    return doc, ctx.t(f"Đã xuất bảng điểm của {doc['units']} đơn vị ra {doc['path']}.",
                      f"Exported the scores of {doc['units']} units to {doc['path']}.")


def cmd_templates(ctx, args):
    from ..services.score_export import templates
    paths = templates(ctx.db, args.year, args.out_dir, args.level)
    return {"paths": paths}, ctx.t("Đã tạo các mẫu:\n", "Templates created:\n") + "\n".join("  " + p for p in paths)


def cmd_imports(ctx, args):
    from ..services.import_log import list_imports
    rows = list_imports(ctx.db)
    text = table([[str(r["id"]), r["at"][:19].replace("T", " ") if r["at"] else "", r["kind"], r["file_name"],
                   str(r["year"] or ""), str(r["counts"].get("created", "")), str(r["counts"].get("updated", "")),
                   str(r["counts"].get("unchanged", "")), ctx.t("đã hoàn tác", "undone") if r["undone"] else ""]
                  for r in rows],
                 ctx.t(["Số", "Lúc", "Loại", "Tệp", "Năm", "Mới", "Sửa", "Giữ", ""],
                       ["No.", "At", "Kind", "File", "Year", "New", "Changed", "Kept", ""])) if rows else \
        ctx.t("Chưa có lần nhập nào.", "No imports yet.")
    return {"imports": rows}, text


def cmd_undo(ctx, args):
    from ..services.score_import import undo_last_import
    doc = undo_last_import(ctx.db)
    return doc, ctx.t(f"Đã hoàn tác lần nhập #{doc['import_id']} ({doc['file_name']}): xóa {doc['scores_removed']} "
                      f"điểm mới, khôi phục {doc['scores_restored']} điểm cũ.",
                      f"Undid import #{doc['import_id']} ({doc['file_name']}): removed {doc['scores_removed']} new "
                      f"scores, restored {doc['scores_restored']} earlier ones.")


def register(reg):
    p = reg.command("scores", "show", cmd_show, "tổng điểm, xếp hạng và điểm bị trừ", "điểm số")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--level")
    p.add_argument("--unit")
    p = reg.command("scores", "import", cmd_import, "nhập bảng điểm của tỉnh (.xlsx, .xls, .ods)")
    p.add_argument("file")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--layout", choices=["auto", "per-unit", "matrix", "ranking"], default="auto")
    p.add_argument("--add-units", action="store_true", help="thêm các đơn vị chưa có trong danh mục")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p.add_argument("--annotated-out", help="khi có lỗi: lưu bản sao bảng tính có tô đỏ và chú thích các ô lỗi")
    p.add_argument("--level", help="cấp của bộ tiêu chí khi năm có nhiều bộ")
    p = reg.command("scores", "export", cmd_export, "xuất bảng điểm (mỗi đơn vị một trang) nhập lại được")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--unit")
    p.add_argument("--out", required=True)
    p.add_argument("--level")
    p = reg.command("scores", "templates", cmd_templates, "tạo bảng tính mẫu trống cho ba dạng bảng điểm")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out-dir", required=True)
    p.add_argument("--level")
    reg.command("scores", "imports", cmd_imports, "các lần nhập bảng tính đã ghi nhận")
    reg.command("scores", "undo-import", cmd_undo, "hoàn tác lần nhập bảng điểm gần nhất")
