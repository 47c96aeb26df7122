"""criteria show."""
from __future__ import annotations

from ..domain.numbers import fmt_points, parse_points


def _lines(nodes, depth=0):
    for n in nodes:
        yield f"{'  ' * depth}{n['code']:<8} {n['name'][:90]:<90} {fmt_points(parse_points(n['max_points'])):>6}" + \
            ("  [ĐTXHH]" if n["kind"] == "survey" else "")
        yield from _lines(n["children"], depth + 1)


def cmd_show(ctx, args):
    from ..services import criteria  # lazy: keeps `cchc --help` fast
    doc = criteria.show(ctx.db, args.year, args.level)
    text = f"{doc['name']} — tổng điểm tối đa {fmt_points(parse_points(doc['max_total']))}\n" + \
        "\n".join(_lines(doc["criteria"]))
    return doc, text


def register(reg):
    p = reg.command("criteria", "show", cmd_show, "xem bộ tiêu chí của một năm", "bộ tiêu chí")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--level")
