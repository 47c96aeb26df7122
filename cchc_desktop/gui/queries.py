"""Read-only views the tabs need, assembled from service calls into plain rows (DTOs).

Nothing here touches the ORM directly: the services find, load and order; this module only
copies what the GUI shows into frozen dataclasses so no ORM object ever reaches a widget.
"""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..services import criteria, plans, scores, units
from ..services.criteria import CriterionRow
from ..services.units import UnitRow


@dataclass(frozen=True)
class CriteriaSetView:
    name: str
    year: int
    level: str
    decision: str
    declared_total: Decimal | None
    max_total: Decimal
    rows: tuple[CriterionRow, ...]


@dataclass(frozen=True)
class PlanChoice:
    id: int
    year: int
    result_year: int | None
    number: str
    subject: str
    items: int


def units_own_first(db) -> list[UnitRow]:
    rows = units.list_units(db)
    return sorted(rows, key=lambda u: not u.own)  # stable: keeps the service's level/name order


def years(db) -> list[int]:
    return scores.years(db)


def criteria_set(db, year: int, level: str | None) -> CriteriaSetView:
    """The set of `year` for a unit of `level` (falls back to the only set of the year)."""
    with db.read() as s:
        sets = criteria.sets_of_year(s, year, level) or criteria.sets_of_year(s, year)
        cs = sets[0] if len(sets) == 1 else criteria.find_set(s, year, level)
        crits = criteria.crits_of(s, cs.id)
        return CriteriaSetView(cs.name, cs.year, cs.level, cs.decision_number or "",
                               getattr(cs, "declared_total", None), criteria.max_total(crits),
                               tuple(criteria.tree_rows(crits)))


def plans_of_unit(db, unit_code: str, year: int | None = None) -> list[PlanChoice]:
    """Plans of a unit, the chosen year's (plan year or result year) first."""
    out = [PlanChoice(p["id"], p["year"], p.get("result_year"), p.get("number") or "",
                      p.get("subject") or "", p.get("items", 0))
           for p in plans.list_plans(db, unit_code)]
    if year is not None:
        out.sort(key=lambda p: (year not in (p.year, p.result_year), -p.year))
    return out


def validate_sums(rows) -> list[str]:
    """Parents whose children's maxima do not add up to their own (bonus/penalty rows aside)."""
    by_parent: dict[int, list] = {}
    for r in rows:
        if r.parent_id is not None:
            by_parent.setdefault(r.parent_id, []).append(r)
    problems = []
    for r in rows:
        kids = [k for k in by_parent.get(r.id, []) if k.kind in ("scored", "survey")]
        if not kids or r.kind not in ("scored", "survey"):
            continue
        total = sum((k.max_points for k in kids), Decimal(0))
        if total != r.max_points:
            problems.append((r.code, r.max_points, total))
    return problems
