"""What the criteria editor shows: one set with its metadata, rows and the live findings."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from ..domain import criteria_tree
from . import criteria
from .criteria import CriterionRow


@dataclass(frozen=True)
class EditorView:
    set_id: int
    name: str
    year: int
    level: str
    decision_number: str
    decision_date: date | None
    declared_total: Decimal | None
    max_total: Decimal
    previous_set_id: int | None
    rows: tuple[CriterionRow, ...]
    findings: tuple[criteria_tree.Finding, ...]


def editor_view(db, year: int, level: str | None) -> EditorView:
    """The set of `year` for a unit of `level` (falls back to the only set of the year)."""
    with db.read() as s:
        sets = criteria.sets_of_year(s, year, level) or criteria.sets_of_year(s, year)
        cs = sets[0] if len(sets) == 1 else criteria.find_set(s, year, level)
        crits = criteria.crits_of(s, cs.id)
        nodes = [criteria_tree.Node(c.id, c.code, c.name, c.parent_id, c.max_points, c.kind, c.sort_order)
                 for c in crits]
        return EditorView(cs.id, cs.name, cs.year, cs.level, cs.decision_number or "", cs.decision_date,
                          cs.declared_total, criteria.max_total(crits), cs.previous_set_id,
                          tuple(criteria.tree_rows(crits)),
                          tuple(criteria_tree.validate_tree(nodes, cs.declared_total)))


def levels_and_sets(db) -> tuple[list[dict], list[dict]]:
    """Unit levels (for the set's level combo) and all sets (for the copy dialog's source)."""
    from . import units
    return units.levels(db), criteria.list_sets(db)


def set_rows(db, set_id: int) -> list[CriterionRow]:
    with db.read() as s:
        return criteria.tree_rows(criteria.crits_of(s, set_id))
