"""Totals, deductions, index and ranks — derived, never typed (DESIGN.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Iterable, Mapping

from .numbers import q3
# the set-wide arithmetic (no dataclasses, for the CLI's quick path); re-exported here
from .set_totals import (COUNTED_KINDS, DEFAULT_BANDS, ZERO, SetTree, classify, index_percent,  # noqa: F401
                         rank_with_ties)


@dataclass(frozen=True)
class Crit:
    id: int
    code: str
    name: str
    parent_id: int | None
    max_points: Decimal
    kind: str = "scored"
    sort_order: int = 0


@dataclass(frozen=True)
class Deduction:
    criterion_id: int
    code: str
    name: str
    max: Decimal
    score: Decimal
    lost: Decimal
    reason: str
    kind: str


@dataclass(frozen=True)
class FieldTotal:
    criterion_id: int
    code: str
    name: str
    max: Decimal
    self_total: Decimal | None
    appraised_total: Decimal | None
    lost: Decimal


@dataclass(frozen=True)
class UnitTotals:
    max_total: Decimal
    self_total: Decimal | None
    appraised_total: Decimal | None
    deductions: tuple[Deduction, ...] = ()
    fields: tuple[FieldTotal, ...] = ()

    @property
    def lost_total(self) -> Decimal:
        return sum((d.lost for d in self.deductions), ZERO)

    @property
    def index_pct(self) -> Decimal | None:
        return index_percent(self.appraised_total, self.max_total)


@dataclass
class _Tree:
    crits: list[Crit]
    children: dict[int | None, list[Crit]] = field(default_factory=dict)

    def __post_init__(self):
        for c in sorted(self.crits, key=lambda c: c.sort_order):
            self.children.setdefault(c.parent_id, []).append(c)

    def is_leaf(self, c: Crit) -> bool:
        return not self.children.get(c.id)

    def leaves_under(self, c: Crit) -> Iterable[Crit]:
        if self.is_leaf(c):
            yield c
            return
        for ch in self.children[c.id]:
            yield from self.leaves_under(ch)


def leaves(crits: Iterable[Crit]) -> list[Crit]:
    tree = _Tree(list(crits))
    return [c for c in tree.crits if tree.is_leaf(c)]


def _result_score(c: Crit, appraised: Mapping[int, Decimal | None], survey: Mapping[int, Decimal | None]):
    """The score that counts: survey points for survey criteria, else the appraised score."""
    return survey.get(c.id) if c.kind == "survey" else appraised.get(c.id)


def _sum(values: Iterable[Decimal | None]) -> Decimal | None:
    vals = [v for v in values if v is not None]
    return q3(sum(vals, ZERO)) if vals else None


def compute_totals(crits: Iterable[Crit], self_scores: Mapping[int, Decimal | None],
                   appraised: Mapping[int, Decimal | None], survey: Mapping[int, Decimal | None],
                   reasons: Mapping[int, str] | None = None) -> UnitTotals:
    """Totals of leaf criteria. Survey criteria have no self score; their survey points
    count in the appraised total. A deduction is listed for every leaf that lost points."""
    tree = _Tree(list(crits))
    reasons = reasons or {}
    leaf_list = [c for c in tree.crits if tree.is_leaf(c)]
    max_total = q3(sum((c.max_points for c in leaf_list if c.kind in COUNTED_KINDS), ZERO))
    self_total = _sum(self_scores.get(c.id) for c in leaf_list if c.kind != "survey")
    appraised_total = _sum(_result_score(c, appraised, survey) for c in leaf_list)
    deductions = []
    for c in sorted(leaf_list, key=lambda c: c.sort_order):
        score = _result_score(c, appraised, survey)
        if score is None or c.kind not in COUNTED_KINDS:
            continue
        lost = q3(c.max_points - score)
        if lost > 0:
            deductions.append(Deduction(c.id, c.code, c.name, c.max_points, score, lost,
                                        reasons.get(c.id) or "", c.kind))
    fields = []
    for top in tree.children.get(None, []):
        under = list(tree.leaves_under(top))
        counted = [c for c in under if c.kind in COUNTED_KINDS]
        f_max = q3(sum((c.max_points for c in counted), ZERO))
        f_app = _sum(_result_score(c, appraised, survey) for c in under)
        f_self = _sum(self_scores.get(c.id) for c in under if c.kind != "survey")
        f_lost = q3(sum((d.lost for d in deductions if d.criterion_id in {c.id for c in under}), ZERO))
        fields.append(FieldTotal(top.id, top.code, top.name, f_max, f_self, f_app, f_lost))
    return UnitTotals(max_total, self_total, appraised_total, tuple(deductions), tuple(fields))


class SetTotaler:
    """The tree of one criteria set, walked once: totals for every unit of the set (a province
    ranks 200 units) without rebuilding the tree per unit — set_totals.SetTree with this module's
    types. Same rules and rounding points as compute_totals, the plain reference (tests check)."""

    def __init__(self, crits: Iterable[Crit]):
        self.tree = SetTree(crits)
        self.max_total = self.tree.max_total

    def totals(self, self_scores: Mapping[int, Decimal | None], appraised: Mapping[int, Decimal | None],
               survey: Mapping[int, Decimal | None], reasons: Mapping[int, str] | None = None) -> UnitTotals:
        self_sums, result_sums = self.tree.bucket_sums(self_scores, appraised, survey)
        self_total, appraised_total, deductions, fields = self.tree.unit(self_sums, result_sums, appraised, survey,
                                                                         reasons)
        return UnitTotals(self.max_total, self_total, appraised_total,
                          tuple(Deduction(c.id, c.code, c.name, c.max_points, score, lost, reason, c.kind)
                                for c, score, lost, reason in deductions),
                          tuple(FieldTotal(top.id, top.code, top.name, f_max, f_self, f_app, f_lost)
                                for top, f_max, f_self, f_app, f_lost in fields))
