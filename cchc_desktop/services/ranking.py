"""The province view: every unit of a year ranked, with classification bands, and the
figures the Chấm điểm charts draw (fields vs max, year over year, self vs appraised)."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from ..domain.scoring import DEFAULT_BANDS, classify, compute_totals
from ..domain.text import fold
from . import criteria, scores, units

PROVINCE_LEVELS = ("tinh",)


@dataclass(frozen=True)
class RankRow:
    rank: int | None
    rank_of: int
    code: str
    name: str
    level: str
    state: str
    self_total: Decimal | None
    appraised_total: Decimal | None
    max_total: Decimal
    index_pct: Decimal | None
    band: str | None
    own: bool


@dataclass(frozen=True)
class YearTotal:
    year: int
    self_total: Decimal | None
    appraised_total: Decimal | None
    max_total: Decimal


def bands_of(cs) -> tuple[tuple[str, Decimal], ...]:
    """The set's own bands ([{"label", "min"}] JSON) or the usual Tốt/Khá/Trung bình/Yếu."""
    out = []
    for b in cs.bands or []:
        try:
            out.append((str(b["label"]), Decimal(str(b["min"]))))
        except (KeyError, TypeError, ArithmeticError):
            continue  # a malformed band is ignored rather than breaking the ranking
    return tuple(out) or DEFAULT_BANDS


def is_province_mode(unit_level: str | None, unit_name: str | None) -> bool:
    """The province itself, or its Department of Home Affairs (Sở Nội vụ), appraises others."""
    return unit_level in PROVINCE_LEVELS or (unit_level == "so" and "noi vu" in fold(unit_name))


def province_mode(db) -> bool:
    with db.read() as s:
        u = units.own_unit(s)
        return bool(u) and is_province_mode(u.level, u.name)


def ranking(db, year: int, level: str | None = None) -> list[RankRow]:
    """All assessed units of the year (of one level's set), best first."""
    with db.read() as s:
        own = units.own_unit(s)
        out: list[RankRow] = []
        for cs in criteria.sets_of_year(s, year, level):
            bands = bands_of(cs)
            for r in scores.results_of_set(s, cs):
                t = r.totals
                out.append(RankRow(r.rank, r.rank_of, r.unit.code, r.unit.name, r.unit.level, r.assessment.state,
                                   t.self_total, t.appraised_total, t.max_total, t.index_pct,
                                   classify(t.index_pct, bands), own is not None and own.id == r.unit.id))
        return out


def years_of(db, unit_ref: str) -> list[YearTotal]:
    """The unit's totals year by year (oldest first), for the year-over-year chart."""
    with db.read() as s:
        unit = units.find_unit(s, unit_ref)
    out = []
    for y in sorted(scores.years(db)):
        with db.read() as s:
            try:
                a = scores.assessment_for(s, unit, y)
            except Exception:  # no assessment that year: nothing to draw
                continue
            cs = next(c for c in criteria.sets_of_year(s, y) if c.id == a.set_id)
            # this unit's scores only: ranking all 200 units per year made a year switch take 12 s
            L = scores.load_set_scores(s, cs, a.id)[0].layers
            t = compute_totals(criteria.as_domain(criteria.crits_of(s, cs.id)), L["self"], L["appraised"],
                               L["survey"])
            out.append(YearTotal(y, t.self_total, t.appraised_total, t.max_total))
    return out
