"""criteria show, import, export."""
from __future__ import annotations

from ..domain.numbers import fmt_points, parse_points
from .import_text import import_summary, issues_text


def _lines(nodes, depth=0):
    for n in nodes:
        yield f"{'  ' * depth}{n['code']:<8} {n['name'][:90]:<90} {fmt_points(parse_points(n['max_points'])):>6}" + \
            ("  [ĐTXHH]" if n["kind"] == "survey" else "")
        yield from _lines(n["children"], depth + 1)


def cmd_show(ctx, args):
    from ..services import criteria  # lazy: keeps `cchc --help` fast
    doc = criteria.show(ctx.db, args.year, args.level)
    text = f"{doc['name']} — " + ctx.t("tổng điểm tối đa", "maximum total") + \
        f" {fmt_points(parse_points(doc['max_total']))}\n" + "\n".join(_lines(doc["criteria"]))
    return doc, text


def cmd_import(ctx, args):
    from ..services.criteria_import import import_criteria
    doc = import_criteria(ctx.db, args.file, args.year, args.level, args.name, args.dry_run)
    if not doc["ok"]:
        args.exit_code = 2
        return doc, ctx.t(f"Không nhập được bộ tiêu chí từ «{args.file}».\n",
                          f"Could not import the criteria set from «{args.file}».\n") + issues_text(doc, t=ctx.t)
    top = fmt_points(parse_points(doc['max_total']))
    text = import_summary(
        ctx, doc, f"bộ tiêu chí năm {args.year} cấp {doc['level']}: {doc['criteria']} tiêu chí, tổng điểm tối đa {top} (%counts)",
        f"the criteria set of {args.year}, level {doc['level']}: {doc['criteria']} criteria, maximum total {top} (%counts)")
    extra = issues_text(doc, t=ctx.t)
    return doc, text + ("\n" + extra if extra else "")


def cmd_export(ctx, args):
    from ..services.criteria_export import export_criteria
    doc = export_criteria(ctx.db, args.year, args.out, args.level)
    return doc, ctx.t(f"Đã xuất {doc['criteria']} tiêu chí ra {doc['path']}.",
                      f"Exported {doc['criteria']} criteria to {doc['path']}.")


def register(reg):
    p = reg.command("criteria", "show", cmd_show, "xem bộ tiêu chí của một năm", "bộ tiêu chí")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--level")
    p = reg.command("criteria", "import", cmd_import, "nhập bộ tiêu chí từ bảng tính (.xlsx, .xls, .ods)")
    p.add_argument("file")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--level", help="cấp đơn vị áp dụng (mặc định: cấp của đơn vị máy này, hoặc huyen)")
    p.add_argument("--name", help="tên bộ tiêu chí (mặc định: dòng tiêu đề của bảng tính)")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p = reg.command("criteria", "export", cmd_export, "xuất bộ tiêu chí ra bảng tính .xlsx nhập lại được")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--out", required=True)
    p.add_argument("--level")
