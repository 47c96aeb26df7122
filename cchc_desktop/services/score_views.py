"""Fast read-only queries for the desktop screens (one SQL query each, no ORM objects, no totals
computed in Python). Qt-free like every service."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import and_, case, func, or_, select

from ..domain.numbers import q3
from ..domain.scoring import COUNTED_KINDS, classify, compute_totals, index_percent, leaves, rank_with_ties
from ..store.models import Assessment, CriteriaSet, Criterion, Score, Unit
from . import criteria, ranking, units
from .ranking import RankRow, YearTotal


def latest_scored_year(db, unit_code: str) -> int | None:
    """The newest year the unit has an assessment in — for a unit never assessed (the province
    itself), the newest year any unit has one, whose average its page shows; None when there is
    none: the year the main window opens on when none was remembered. One query each instead of a
    scorecard built per year."""
    newest = select(func.max(CriteriaSet.year)).join(Assessment, Assessment.set_id == CriteriaSet.id)
    with db.read() as s:
        own = s.execute(newest.join(Unit, Unit.id == Assessment.unit_id).where(Unit.code == unit_code)).scalar()
        return own if own is not None else s.execute(newest).scalar()


def _sum_of(total, n) -> Decimal | None:
    # SQLite sums the 3-decimal points as floats; rounded back to 3 places the sum is exact
    # (the same conversion as scores.appraised_totals)
    return q3(Decimal(repr(round(float(total), 3)))) if n else None


def ranking_rows(db, year: int, level: str | None = None) -> list[RankRow]:
    """ranking.ranking(db, year, level) from SQL sums: the same rows, order and ranks, without
    loading and totalling every score of the year in Python (1-2 s on 200 units)."""
    with db.read() as s:
        own = units.own_unit(s)
        out: list[RankRow] = []
        for cs in criteria.sets_of_year(s, year, level):
            leaf = leaves(criteria.as_domain(criteria.crits_of(s, cs.id)))
            max_total = q3(sum((c.max_points for c in leaf if c.kind in COUNTED_KINDS), Decimal(0)))
            survey_ids = [c.id for c in leaf if c.kind == "survey"]
            other_ids = [c.id for c in leaf if c.kind != "survey"]
            is_self = and_(Score.layer == "self", Score.criterion_id.in_(other_ids))
            counts = or_(and_(Score.layer == "appraised", Score.criterion_id.in_(other_ids)),
                         and_(Score.layer == "survey", Score.criterion_id.in_(survey_ids)))
            rows = s.execute(
                select(Assessment.id, Assessment.state, Unit.id, Unit.code, Unit.name, Unit.level,
                       func.sum(case((is_self, Score.value))), func.count(case((is_self, Score.value))),
                       func.sum(case((counts, Score.value))), func.count(case((counts, Score.value))))
                .join(Unit, Unit.id == Assessment.unit_id)
                .join(Score, (Score.assessment_id == Assessment.id) & Score.deleted.is_(False), isouter=True)
                .where(Assessment.set_id == cs.id, Assessment.deleted.is_(False))
                .group_by(Assessment.id, Assessment.state, Unit.id, Unit.code, Unit.name, Unit.level)).all()
            appraised = {r[0]: _sum_of(r[8], r[9]) for r in rows}
            ranks = rank_with_ties(appraised)
            ranked = sum(1 for r in ranks.values() if r is not None)
            bands = ranking.bands_of(cs)
            found = []
            for aid, state, uid, code, name, unit_level, self_sum, self_n, _a, _n in rows:
                total = appraised[aid]
                pct = index_percent(total, max_total)
                found.append(RankRow(ranks[aid], ranked, code, name, unit_level, state, _sum_of(self_sum, self_n),
                                     total, max_total, pct, classify(pct, bands),
                                     own is not None and own.id == uid))
            found.sort(key=lambda r: (r.rank is None, r.rank or 0, r.name))
            out.extend(found)
        return out


def year_totals(db, unit_code: str) -> list[YearTotal]:
    """ranking.years_of(db, unit_code): the unit's self/appraised/max totals year by year (oldest
    first) in three queries, for the year-over-year chart."""
    with db.read() as s:
        unit = units.find_unit(s, unit_code)
        found = s.execute(select(Assessment.id, CriteriaSet.id, CriteriaSet.year, CriteriaSet.level)
                          .join(CriteriaSet, CriteriaSet.id == Assessment.set_id)
                          .where(Assessment.unit_id == unit.id, CriteriaSet.deleted.is_(False))).all()
        by_year: dict[int, tuple] = {}
        for aid, set_id, year, set_level in found:  # as scores.assessment_for: the unit's level first
            if year not in by_year or (set_level == unit.level and by_year[year][2] != unit.level):
                by_year[year] = (aid, set_id, set_level)
        if not by_year:
            return []
        set_ids = {v[1] for v in by_year.values()}
        crits: dict[int, list] = {}
        for c in s.execute(select(Criterion).where(Criterion.set_id.in_(set_ids), Criterion.deleted.is_(False))
                           .order_by(Criterion.sort_order)).scalars():
            crits.setdefault(c.set_id, []).append(c)
        values: dict[int, dict[str, dict[int, Decimal | None]]] = {}
        for aid, cid, layer, value in s.execute(
                select(Score.assessment_id, Score.criterion_id, Score.layer, Score.value)
                .where(Score.assessment_id.in_([v[0] for v in by_year.values()]), Score.deleted.is_(False))):
            values.setdefault(aid, {}).setdefault(layer, {})[cid] = value
        out = []
        for year in sorted(by_year):
            aid, set_id, _level = by_year[year]
            L = values.get(aid, {})
            t = compute_totals(criteria.as_domain(crits.get(set_id, [])), L.get("self", {}), L.get("appraised", {}),
                               L.get("survey", {}))
            out.append(YearTotal(year, t.self_total, t.appraised_total, t.max_total))
        return out
