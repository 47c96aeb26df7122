"""scores show."""
from __future__ import annotations

from ..domain.numbers import fmt_points, parse_points
from .output import table


def _p(x):
    return fmt_points(parse_points(x)) if x is not None else "—"


def cmd_show(ctx, args):
    from ..services import scores  # lazy: keeps `cchc --help` fast
    doc = scores.show(ctx.db, args.year, args.level, args.unit)
    rows = [[str(u["rank"] or "—"), u["name"], _p(u["self_total"]), _p(u["appraised_total"]), _p(u["lost_total"])]
            for u in doc["units"]]
    text = f"Năm {doc['year']} — {doc['criteria_set']['name']}\n" + \
        table(rows, ["Hạng", "Đơn vị", "Tự chấm", "Thẩm định", "Bị trừ"])
    if args.unit and doc["units"]:
        u = doc["units"][0]
        text += "\n\nĐiểm bị trừ:\n" + table([[d["code"], _p(d["max"]), _p(d["score"]), _p(d["lost"]), d["reason"][:70]]
                                            for d in u["deductions"]],
                                           ["Tiêu chí", "Tối đa", "Đạt", "Bị trừ", "Lý do"])
    return doc, text


def register(reg):
    p = reg.command("scores", "show", cmd_show, "tổng điểm, xếp hạng và điểm bị trừ", "điểm số")
    p.add_argument("--year", type=int, required=True)
    p.add_argument("--level")
    p.add_argument("--unit")
