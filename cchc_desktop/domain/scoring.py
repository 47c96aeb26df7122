"""Totals, deductions, index and ranks — derived, never typed (DESIGN.md)."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal, ROUND_HALF_UP
from typing import Hashable, Iterable, Mapping

from .numbers import q3

ZERO = Decimal(0)
COUNTED_KINDS = ("scored", "survey")

DEFAULT_BANDS = (("Tốt", Decimal(80)), ("Khá", Decimal(65)), ("Trung bình", Decimal(50)), ("Yếu", ZERO))


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
    ranks 200 units) without rebuilding the tree per unit. Same rules and the same rounding points
    as compute_totals, which stays the plain reference (tests check both agree on real data)."""

    def __init__(self, crits: Iterable[Crit]):
        tree = _Tree(list(crits))
        leaf_list = [c for c in tree.crits if tree.is_leaf(c)]
        self.max_total = q3(sum((c.max_points for c in leaf_list if c.kind in COUNTED_KINDS), ZERO))
        self._self_ids = [c.id for c in leaf_list if c.kind != "survey"]
        self._result_ids = self._split(leaf_list)
        # leaves that can lose points, in the order deductions are listed
        self._counted = [c for c in sorted(leaf_list, key=lambda c: c.sort_order) if c.kind in COUNTED_KINDS]
        self._fields = []
        for top in tree.children.get(None, []):
            under = list(tree.leaves_under(top))
            f_max = q3(sum((c.max_points for c in under if c.kind in COUNTED_KINDS), ZERO))
            self._fields.append((top, f_max, [c.id for c in under if c.kind != "survey"], self._split(under),
                                 frozenset(c.id for c in under)))

    @staticmethod
    def _split(crits: list[Crit]) -> tuple[list[int], list[int]]:
        """(ids scored by appraisal, ids scored by survey): the score that counts for each leaf."""
        return [c.id for c in crits if c.kind != "survey"], [c.id for c in crits if c.kind == "survey"]

    def totals(self, self_scores: Mapping[int, Decimal | None], appraised: Mapping[int, Decimal | None],
               survey: Mapping[int, Decimal | None], reasons: Mapping[int, str] | None = None) -> UnitTotals:
        reasons = reasons or {}
        s_get, a_get, v_get = self_scores.get, appraised.get, survey.get

        def result_sum(ids: tuple[list[int], list[int]]) -> Decimal | None:
            return _sum([a_get(i) for i in ids[0]] + [v_get(i) for i in ids[1]])

        deductions = []
        for c in self._counted:
            score = v_get(c.id) if c.kind == "survey" else a_get(c.id)
            if score is None:
                continue
            lost = q3(c.max_points - score)
            if lost > 0:
                deductions.append(Deduction(c.id, c.code, c.name, c.max_points, score, lost,
                                            reasons.get(c.id) or "", c.kind))
        fields = []
        for top, f_max, self_ids, result_ids, under in self._fields:
            f_lost = q3(sum((d.lost for d in deductions if d.criterion_id in under), ZERO))
            fields.append(FieldTotal(top.id, top.code, top.name, f_max, _sum([s_get(i) for i in self_ids]),
                                     result_sum(result_ids), f_lost))
        return UnitTotals(self.max_total, _sum([s_get(i) for i in self._self_ids]), result_sum(self._result_ids),
                          tuple(deductions), tuple(fields))


def rank_with_ties(values: Mapping[Hashable, Decimal | None]) -> dict[Hashable, int | None]:
    """Competition ranking, highest first: 90, 80, 80, 70 -> 1, 2, 2, 4. None is unranked."""
    ranked = sorted(((v, k) for k, v in values.items() if v is not None), key=lambda t: t[0], reverse=True)
    out: dict[Hashable, int | None] = {k: None for k in values}
    prev, prev_rank = None, 0
    for i, (v, k) in enumerate(ranked, start=1):
        rank = prev_rank if v == prev else i
        out[k] = rank
        prev, prev_rank = v, rank
    return out


def index_percent(total: Decimal | None, max_total: Decimal | None) -> Decimal | None:
    if total is None or not max_total:
        return None
    return (total * 100 / max_total).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def classify(index_pct: Decimal | None, bands=DEFAULT_BANDS) -> str | None:
    """Classification band (Tốt / Khá / Trung bình / Yếu, or the province's own)."""
    if index_pct is None:
        return None
    for label, minimum in sorted(bands, key=lambda b: b[1], reverse=True):
        if index_pct >= Decimal(minimum):
            return label
    return None
