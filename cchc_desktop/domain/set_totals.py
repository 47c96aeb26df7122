"""Unit totals of one criteria set, the tree walked once for all units of the set.

The arithmetic behind domain.scoring.SetTotaler, kept free of dataclasses (and so of `inspect`
and `copy`): `cchc scores show` imports it on its quick path, where creating the dataclasses of
scoring.py cost more than a tenth of the whole command. Results are plain tuples; scoring.py
wraps them in its UnitTotals. Same rules and rounding points as scoring.compute_totals, the plain
reference (tests check they agree).

Criteria are any objects with id, code, name, parent_id, max_points, kind, sort_order (scoring.Crit).
"""
from __future__ import annotations

from decimal import Decimal, ROUND_HALF_UP
from typing import Hashable, Iterable, Mapping

from .numbers import q3

ZERO = Decimal(0)
COUNTED_KINDS = ("scored", "survey")
DEFAULT_BANDS = (("Tốt", Decimal(80)), ("Khá", Decimal(65)), ("Trung bình", Decimal(50)), ("Yếu", ZERO))

# (exact sum, number of scores) of one bucket of leaves
RawSum = tuple[Decimal, int]


class SetTree:
    """Leaves fall in buckets: one per field (top-level criterion), plus one for leaves outside
    every field (a deleted parent). Unit totals are the exact Decimal sums of the bucket sums,
    rounded once, as compute_totals rounds its sum over all leaves."""

    def __init__(self, crits: Iterable):
        crits = list(crits)
        children: dict = {}
        for c in sorted(crits, key=lambda c: c.sort_order):
            children.setdefault(c.parent_id, []).append(c)

        def leaves_under(c) -> list:
            kids = children.get(c.id)
            return [c] if not kids else [leaf for k in kids for leaf in leaves_under(k)]

        leaf_list = [c for c in crits if not children.get(c.id)]
        self.max_total = q3(sum((c.max_points for c in leaf_list if c.kind in COUNTED_KINDS), ZERO))
        self.fields: list[tuple] = []  # (top criterion, its maximum)
        self.buckets: list[list] = []
        placed: set[int] = set()
        for top in children.get(None, []):
            under = leaves_under(top)
            self.fields.append((top, q3(sum((c.max_points for c in under if c.kind in COUNTED_KINDS), ZERO))))
            self.buckets.append(under)
            placed.update(c.id for c in under)
        self.buckets.append([c for c in leaf_list if c.id not in placed])
        # per bucket: (ids whose appraised score counts, ids whose survey points count); self scores: the first
        self.bucket_ids = [([c.id for c in b if c.kind != "survey"], [c.id for c in b if c.kind == "survey"])
                           for b in self.buckets]
        self.bucket_of = {c.id: i for i, b in enumerate(self.buckets) for c in b}
        # leaves that can lose points, in the order deductions are listed: (criterion, scored by survey)
        self.counted = [(c, c.kind == "survey") for c in sorted(leaf_list, key=lambda c: c.sort_order)
                        if c.kind in COUNTED_KINDS]

    def bucket_sums(self, self_scores: Mapping, appraised: Mapping, survey: Mapping) -> tuple[list, list]:
        """(self sums, result sums) per bucket from a unit's scores (criterion id -> Decimal | None)."""
        s_get, a_get, v_get = self_scores.get, appraised.get, survey.get
        self_sums, result_sums = [], []
        for other_ids, survey_ids in self.bucket_ids:
            self_sums.append(raw_sum(map(s_get, other_ids)))
            result_sums.append(raw_sum([*map(a_get, other_ids), *map(v_get, survey_ids)]))
        return self_sums, result_sums

    def unit(self, self_sums: list[RawSum], result_sums: list[RawSum], appraised: Mapping, survey: Mapping,
             reasons: Mapping[int, str] | None = None) -> tuple:
        """(self total, appraised total, deductions, fields) of one unit from its bucket sums and the
        result scores of the leaves that lost points (others may be left out of the mappings).
        deductions: (criterion, score, lost, reason); fields: (top criterion, max, self, appraised, lost)."""
        reasons = reasons or {}
        deductions, lost_by_bucket = [], [ZERO] * len(self.buckets)
        bucket_of = self.bucket_of
        for c, by_survey in self.counted:
            score = survey.get(c.id) if by_survey else appraised.get(c.id)
            if score is None or not score < c.max_points:  # max - score <= 0 loses nothing
                continue
            lost = q3(c.max_points - score)
            if lost > 0:
                deductions.append((c, score, lost, reasons.get(c.id) or ""))
                lost_by_bucket[bucket_of[c.id]] += lost
        fields = [(top, f_max, rounded(self_sums[i]), rounded(result_sums[i]), q3(lost_by_bucket[i]))
                  for i, (top, f_max) in enumerate(self.fields)]
        return rounded(total(self_sums)), rounded(total(result_sums)), deductions, fields


def raw_sum(values: Iterable[Decimal | None]) -> RawSum:
    vals = [v for v in values if v is not None]
    return sum(vals, ZERO), len(vals)


def total(sums: list[RawSum]) -> RawSum:
    return sum((s for s, _ in sums), ZERO), sum(n for _, n in sums)


def rounded(raw: RawSum) -> Decimal | None:
    """q3 of the sum; None when no score was given."""
    return q3(raw[0]) if raw[1] else None


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
