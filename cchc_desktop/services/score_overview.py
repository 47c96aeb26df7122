"""The province's own page of the Chấm điểm tab: the year's criteria tree with the average of the
assessed units on each criterion, and on how many of them lost points there.

A province (or its Department of Home Affairs) is not assessed on the units' criteria set, so its
own page used to be empty. The average shows where the units lose points across the province — the
criteria a province-wide remediation should target — and, because it is the same tree a unit's page
shows, choosing a unit from it only changes the numbers.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text

from ..domain.numbers import q3
from ..domain.scoring import compute_totals
from . import scorecard
from .scorecard import ScoreRow

_MOST_ASSESSED_LEVEL = text(
    "SELECT u.level FROM assessment a JOIN unit u ON u.id = a.unit_id"
    " JOIN criteria_set cs ON cs.id = a.set_id"
    " WHERE cs.year = :year AND a.deleted = :no AND u.id != :unit"
    " GROUP BY u.level ORDER BY COUNT(*) DESC, u.level LIMIT 1")

# per criterion and layer: the sum and count of the units' values, and how many are below the maximum
_SUMS = text(
    "SELECT s.criterion_id, s.layer, SUM(s.value), COUNT(s.value),"
    " SUM(CASE WHEN s.value < c.max_points THEN 1 ELSE 0 END)"
    " FROM score s JOIN assessment a ON a.id = s.assessment_id JOIN criterion c ON c.id = s.criterion_id"
    " WHERE a.set_id = :set AND a.deleted = :no AND s.deleted = :no AND s.value IS NOT NULL"
    " GROUP BY s.criterion_id, s.layer")


@dataclass(frozen=True)
class Overview:
    year: int
    level: str
    set_name: str
    units: int  # assessed units of the set
    ranked: int  # of them, those with an appraised total
    rows: tuple[ScoreRow, ...]  # averages; reason and explanation empty
    lost_counts: dict  # criterion id -> units that lost points on it (leaves only)
    average_total: Decimal | None
    max_total: Decimal


def _average(total, n: int) -> Decimal | None:
    # SQLite sums the three-decimal points as floats: rounded back to three places they are exact
    return q3(Decimal(repr(round(float(total), 3))) / n) if n else None


def build(db, year: int, cache: dict, unit_id: int | None = None) -> Overview | None:
    """The average of the units assessed in `year` on the set most of them use (None when no other
    unit is assessed that year). `cache` is the Chấm điểm tab's scorecard cache: the year's
    assessments, the criteria tree and the ranked totals land there, so the first unit the officer
    opens afterwards costs its own queries only."""
    with db.read() as s:
        level = s.execute(_MOST_ASSESSED_LEVEL, {"year": year, "unit": unit_id or -1, "no": False}).scalar()
        if level is None:
            return None
        found = scorecard._year_assessments(s, year, level, cache)
        by_set: dict = {}
        for _aid, cs, _state in found.values():
            by_set.setdefault(cs.id, [cs, 0])[1] += 1
        cs, n_units = max(by_set.values(), key=lambda pair: (pair[1], -pair[0].id))
        domain_crits, crit_rows, by_parent = scorecard._criteria_of(s, cs.id, cache)
        ranked = scorecard._ranks_of(s, cs, cache)[1]
        totals = [t for t in scorecard._set_totals(s, cs, cache).values() if t is not None]
        layers: dict = {"self": {}, "appraised": {}, "survey": {}}
        below: dict = {"self": {}, "appraised": {}, "survey": {}}
        for cid, layer, total, n, n_below in s.execute(_SUMS, {"set": cs.id, "no": False}):
            if layer in layers and n:
                layers[layer][cid] = _average(total, n)
                below[layer][cid] = n_below or 0
    rows = tuple(ScoreRow(r.id, r.code, r.name, r.depth, r.kind, r.is_leaf, r.max_points, sv, ap, su, lost,
                          "", "", 0) for r, sv, ap, su, lost in scorecard.row_values(crit_rows, by_parent, layers))
    lost_counts = {r.id: below["survey" if r.kind == "survey" else "appraised"].get(r.id, 0)
                   for r in crit_rows if r.is_leaf and r.kind in ("scored", "survey")}
    max_total = compute_totals(domain_crits, {}, {}, {}, {}).max_total  # as a unit's page counts it
    average = q3(sum(totals, Decimal(0)) / len(totals)) if totals else None
    return Overview(year, level, cs.name, n_units, ranked, rows, lost_counts, average, max_total)
