"""One unit's year as the Chấm điểm tab and the printed scorecard show it."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.scoring import UnitTotals, classify, compute_totals, rank_with_ties
from sqlalchemy import select

from ..store.models import Assessment, Criterion
from . import criteria, scores, units

_CRITERION_COLUMNS = (Criterion.id, Criterion.code, Criterion.name, Criterion.parent_id, Criterion.max_points,
                      Criterion.kind, Criterion.sort_order, Criterion.guidance, Criterion.evidence_required)


@dataclass(frozen=True)
class ScoreRow:
    criterion_id: int
    code: str
    name: str
    depth: int
    kind: str
    is_leaf: bool
    max_points: Decimal
    self_score: Decimal | None
    appraised: Decimal | None
    survey: Decimal | None
    lost: Decimal | None
    reason: str
    explanation: str
    evidence: int


@dataclass(frozen=True)
class Scorecard:
    unit_code: str
    unit_name: str
    year: int
    set_name: str
    state: str
    rows: tuple[ScoreRow, ...]
    totals: UnitTotals
    rank: int | None
    rank_of: int
    band: str | None
    published_total: Decimal | None
    published_rank: int | None
    published_rank_of: int | None
    previous_total: Decimal | None


def _subtotal(row, by_parent, values):
    """Sum of the leaves under a parent row (None when none of them has a value)."""
    acc, seen = Decimal(0), False
    stack = list(by_parent.get(row.id, []))
    while stack:
        r = stack.pop()
        kids = by_parent.get(r.id)
        if kids:
            stack.extend(kids)
        elif values(r) is not None:
            acc += values(r)
            seen = True
    return acc if seen else None


def row_values(crit_rows, by_parent, layers: dict):
    """(row, self, appraised, survey, points lost) of every criterion row: a leaf's own values, a
    group's sums of its leaves. `layers`: layer -> criterion id -> points (a unit's scores, or the
    units' averages on the province's page)."""
    L = layers
    for r in crit_rows:
        if r.is_leaf:
            sv, ap, su = L["self"].get(r.id), L["appraised"].get(r.id), L["survey"].get(r.id)
            result = su if r.kind == "survey" else ap
            lost = (r.max_points - result) if (result is not None and r.kind in ("scored", "survey")) else None
        else:
            sv = _subtotal(r, by_parent, lambda x: L["self"].get(x.id) if x.kind != "survey" else None)
            ap = _subtotal(r, by_parent, lambda x: L["appraised"].get(x.id) if x.kind != "survey" else None)
            su = _subtotal(r, by_parent, lambda x: L["survey"].get(x.id) if x.kind == "survey" else None)
            got = _subtotal(r, by_parent, lambda x: (L["survey"] if x.kind == "survey" else L["appraised"]).get(x.id))
            lost = (r.max_points - got) if got is not None else None
        yield r, sv, ap, su, lost


def _criteria_of(s, set_id: int, cache: dict) -> tuple:
    """(domain criteria, display rows, children by parent id) of a set, built once per cache."""
    key = ("criteria", set_id)
    if key not in cache:
        # plain columns (what crits_of selects, as rows with the same attribute names): ORM objects
        # cost more than the rest of a year switch
        crit_orm = s.execute(select(*_CRITERION_COLUMNS)
                             .where(Criterion.set_id == set_id, Criterion.deleted.is_(False))
                             .order_by(Criterion.sort_order)).all()
        crit_rows = criteria.tree_rows(crit_orm)
        by_parent: dict[int | None, list] = {}
        for r in crit_rows:
            by_parent.setdefault(r.parent_id, []).append(r)
        cache[key] = (criteria.as_domain(crit_orm), crit_rows, by_parent)
    return cache[key]


def _set_totals(s, cs, cache: dict) -> dict:
    """Assessment id -> ranking total of every unit of a set (scores.appraised_totals), once per cache."""
    key = ("totals", cs.id)
    if key not in cache:
        cache[key] = scores.appraised_totals(s, cs, _criteria_of(s, cs.id, cache)[0])
    return cache[key]


def _ranks_of(s, cs, cache: dict) -> tuple[dict, int]:
    """(assessment id -> rank, ranked units) of a set, as scores.rank_in_set ranks, summed once per cache."""
    key = ("ranks", cs.id)
    if key not in cache:
        ranks = rank_with_ties(_set_totals(s, cs, cache))
        cache[key] = (ranks, sum(1 for r in ranks.values() if r is not None))
    return cache[key]


def _year_assessments(s, year: int, level: str, cache: dict) -> dict:
    """Unit id -> (assessment id, criteria set, state) of a year, as scores.assessment_for finds
    them (the unit level's sets, else every set of the year; the first set holding one wins):
    one query per year and level kept in the cache, instead of three per unit switch."""
    key = ("year_assessments", year, level)
    if key not in cache:
        sets = criteria.sets_of_year(s, year, level) or criteria.sets_of_year(s, year)
        order = {cs.id: n for n, cs in enumerate(sets)}
        by_id = {cs.id: cs for cs in sets}
        found: dict = {}
        if sets:
            rows = s.execute(select(Assessment.id, Assessment.unit_id, Assessment.set_id, Assessment.state)
                             .where(Assessment.set_id.in_(list(order))).order_by(Assessment.id)).all()
            for aid, uid, sid, state in rows:
                best = found.get(uid)
                if best is None or order[sid] < order[best[1].id]:
                    found[uid] = (aid, by_id[sid], state)
        cache[key] = found
    return cache[key]


PREVIOUS_SUM_AFTER = 10  # units asked for in one previous-year set before its totals are summed at once
# (the GUI prepares those totals in the background meanwhile: summing them in the foreground
# after the 3rd unit doubled that work while it ran)


def _previous_total(s, unit, year: int, cache: dict | None):
    """The unit's ranking total of the year before (None when it was not assessed). With a cache
    (the GUI switching units) the previous year's totals of all units come from one SQL sum and
    each unit is a lookup; without, the SQL sum of this unit's scores alone (the same figure)."""
    if cache is not None:
        hit = _year_assessments(s, year - 1, unit.level, cache).get(unit.id)
        if hit is None:  # not assessed that year (assessment_for would refuse)
            return None
        prev_id, prev_set, _ = hit
        asked = cache.setdefault(("previous_asked", prev_set.id), set())
        asked.add(unit.id)
        if ("totals", prev_set.id) in cache or len(asked) >= PREVIOUS_SUM_AFTER:
            # the officer is going through units of this year: one SQL sum, then lookups
            totals = _set_totals(s, prev_set, cache)
            if prev_id in totals:
                return totals[prev_id]
        else:  # a year just chosen: this unit's own sum (the whole set's costs ~10 times more)
            return _own_total(s, prev_set, prev_id, cache)
    try:
        prev_a = scores.assessment_for(s, unit, year - 1)
        prev_set = next(c for c in criteria.sets_of_year(s, year - 1) if c.id == prev_a.set_id)
        return _own_total(s, prev_set, prev_a.id, cache if cache is not None else {})
    except Exception:  # no previous year: the comparison column stays empty
        return None


def _own_total(s, cs, assessment_id: int, cache: dict):
    """One assessment's ranking total, summed by SQLite (scores.appraised_totals)."""
    return scores.appraised_totals(s, cs, _criteria_of(s, cs.id, cache)[0], assessment_id).get(assessment_id)


def build(db, unit_ref: str, year: int, cache: dict | None = None) -> Scorecard:
    """`cache` (optional, owned by the caller): the criteria trees and the set's ranks are kept
    there between calls, so switching units of one set costs this unit's own queries only. The
    caller empties it when criteria or scores change (the GUI does on every edit and reload)."""
    shared = cache is not None
    cache = {} if cache is None else cache
    with db.read() as s:
        unit = units.find_unit(s, unit_ref)
        hit = _year_assessments(s, year, unit.level, cache).get(unit.id) if shared else None
        if hit is not None:  # the GUI switching units: the year's assessments are known
            a_id, cs, state = hit
        else:
            a = scores.assessment_for(s, unit, year)  # also the located refusal when there is none
            cs = next(c for c in criteria.sets_of_year(s, year) if c.id == a.set_id)
            a_id, state = a.id, a.state
        # only this unit's scores are loaded; its rank comes from SQL sums of the others
        entry = scores.load_set_scores(s, cs, a_id)[0]
        domain_crits, crit_rows, by_parent = _criteria_of(s, cs.id, cache)
        L = entry.layers
        totals = compute_totals(domain_crits, L["self"], L["appraised"], L["survey"], entry.reasons)
        ranks, rank_of = _ranks_of(s, cs, cache)
        rank = ranks.get(a_id)
        ev = scores.evidence_counts(s, a_id)
        out = [ScoreRow(r.id, r.code, r.name, r.depth, r.kind, r.is_leaf, r.max_points, sv, ap, su, lost,
                        entry.reasons.get(r.id, ""), entry.explanations.get(r.id, ""), ev.get(r.id, 0))
               for r, sv, ap, su, lost in row_values(crit_rows, by_parent, L)]
        pub = scores.published_total(s, unit.id, year)
        prev_total = _previous_total(s, unit, year, cache if shared else None)
        return Scorecard(unit.code, unit.name, year, cs.name, state, tuple(out), totals, rank,
                         rank_of, classify(totals.index_pct), pub.points if pub else None,
                         pub.rank if pub else None, pub.rank_of if pub else None, prev_total)


PREFETCH_YEARS = 6  # the most recent years: what an officer compares; older ones load when chosen


def prefetch(db, level: str, years=None, known: dict | None = None, near: int | None = None,
             pause=None) -> dict:
    """What build() keeps in its cache for these years of one unit level (the year's assessments,
    each set's criteria tree and ranked totals), computed into a new dict: a background thread
    prepares the years the officer may switch to next, the GUI merges the result into its cache
    (unless scores changed meanwhile). Years without assessments are skipped. `known`: entries the
    caller has already (a copy of its cache: not summed again, not returned); `near`: the year on
    screen — the years closest to it first (the year before is what a unit switch compares with);
    `pause`: called before each step (a query and what is made of it), where the GUI holds the
    thread while the officer's click is being answered."""
    out: dict = dict(known or {})
    step = pause or (lambda: None)
    if years is None:
        years = scores.years(db)[:PREFETCH_YEARS]
    if near is not None:
        years = sorted(years, key=lambda y: (abs(y - near), -y))
    with db.read() as s:
        for year in years:
            step()
            found = _year_assessments(s, year, level, out)
            for cs in {hit[1].id: hit[1] for hit in found.values()}.values():
                step()
                _criteria_of(s, cs.id, out)
                step()
                _ranks_of(s, cs, out)
    return {k: v for k, v in out.items() if not known or k not in known}
