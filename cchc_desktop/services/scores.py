"""Scores: the three layers (self / appraised / survey), totals, ranks and deductions."""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import text, select
from sqlalchemy.orm import Session

from ..domain.numbers import json_dec, q3
from ..domain.scoring import SetTotaler, UnitTotals, leaves, rank_with_ties
from ..store.models import Assessment, CriteriaSet, Criterion, EvidenceLink, PublishedResult, Score, Unit
from . import audit, criteria, units
from .errors import InputRejected, NotFound

LAYERS = ("self", "appraised", "survey")
LOCKED_FOR_SELF = {"self_assessed", "sent", "explained", "appraised", "published"}
LOCKED_FOR_APPRAISAL = {"published"}


@dataclass
class AssessmentScores:
    unit: Unit
    assessment: Assessment
    layers: dict[str, dict[int, Decimal | None]] = field(default_factory=lambda: {k: {} for k in LAYERS})
    reasons: dict[int, str] = field(default_factory=dict)
    explanations: dict[int, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SetResult:
    criteria_set: CriteriaSet
    unit: Unit
    assessment: Assessment
    totals: UnitTotals
    rank: int | None
    rank_of: int


def load_set_scores(s: Session, cs: CriteriaSet, assessment_id: int | None = None) -> list[AssessmentScores]:
    """All assessments of a set (or just one) with their scores, in two queries (no per-cell queries).
    Scores are read as plain columns, not ORM objects: a province set is ~40 000 rows."""
    query = (select(Assessment, Unit).join(Unit, Unit.id == Assessment.unit_id)
             .where(Assessment.set_id == cs.id, Assessment.deleted.is_(False)))
    if assessment_id is not None:
        query = query.where(Assessment.id == assessment_id)
    by_id = {a.id: AssessmentScores(u, a) for a, u in s.execute(query).all()}
    if not by_id:
        return []
    cols = select(Score.assessment_id, Score.criterion_id, Score.layer, Score.value, Score.reason,
                  Score.explanation).where(Score.deleted.is_(False))
    cols = (cols.where(Score.assessment_id == assessment_id) if assessment_id is not None else
            cols.join(Assessment, Assessment.id == Score.assessment_id).where(Assessment.set_id == cs.id))
    for aid, cid, layer, value, reason, explanation in s.execute(cols):
        entry = by_id.get(aid)
        if entry is None:
            continue
        entry.layers.setdefault(layer, {})[cid] = value
        if reason and (layer != "self" or cid not in entry.reasons):
            entry.reasons[cid] = reason
        if explanation:
            entry.explanations[cid] = explanation
    return list(by_id.values())


def results_of_set(s: Session, cs: CriteriaSet) -> list[SetResult]:
    totaler = SetTotaler(criteria.as_domain(criteria.crits_of(s, cs.id)))  # the tree once, not per unit
    loaded = load_set_scores(s, cs)
    totals = {e.assessment.id: totaler.totals(e.layers["self"], e.layers["appraised"], e.layers["survey"],
                                              e.reasons) for e in loaded}
    ranks = rank_with_ties({aid: t.appraised_total for aid, t in totals.items()})
    ranked = sum(1 for r in ranks.values() if r is not None)
    out = [SetResult(cs, e.unit, e.assessment, totals[e.assessment.id], ranks[e.assessment.id], ranked)
           for e in loaded]
    out.sort(key=lambda r: (r.rank is None, r.rank or 0, r.unit.name))
    return out


def appraised_totals(s: Session, cs: CriteriaSet, crits=None,
                     assessment_id: int | None = None) -> dict[int, Decimal | None]:
    """Assessment id -> the total that ranks (appraised, survey points for survey criteria), summed by
    SQLite: the same figure as compute_totals(...).appraised_total without loading every score.
    Points have three decimals and totals stay small, so the float sum rounds back exactly.
    `crits`: the set's domain criteria when the caller has them (the GUI's cache); `assessment_id`:
    only that assessment's total."""
    leaf = leaves(crits if crits is not None else criteria.as_domain(criteria.crits_of(s, cs.id)))
    # the leaf ids are written into the statement (integers from the database): bound one by one,
    # SQLAlchemy spent more time on the two IN lists than SQLite on the sum (the GUI's background
    # preparation of other years runs this per year beside the officer's clicks)
    survey = ",".join(str(int(c.id)) for c in leaf if c.kind == "survey") or "NULL"
    other = ",".join(str(int(c.id)) for c in leaf if c.kind != "survey") or "NULL"
    rows = s.execute(text(
        "SELECT a.id, SUM(s.value), COUNT(s.value) FROM assessment a LEFT JOIN score s"
        " ON s.assessment_id = a.id AND s.deleted = :no"
        f" AND ((s.layer = 'survey' AND s.criterion_id IN ({survey}))"
        f" OR (s.layer = 'appraised' AND s.criterion_id IN ({other})))"
        " WHERE a.set_id = :set AND a.deleted = :no" + (" AND a.id = :one" if assessment_id is not None else "")
        + " GROUP BY a.id"), {"set": cs.id, "no": False, "one": assessment_id}).all()
    return {aid: (q3(Decimal(repr(round(float(total), 3)))) if n else None) for aid, total, n in rows}


def rank_in_set(s: Session, cs: CriteriaSet, assessment_id: int) -> tuple[int | None, int]:
    """(rank, ranked units) of one assessment, as results_of_set would rank it."""
    ranks = rank_with_ties(appraised_totals(s, cs))
    return ranks.get(assessment_id), sum(1 for r in ranks.values() if r is not None)


def published_total(s: Session, unit_id: int, year: int) -> PublishedResult | None:
    return s.execute(select(PublishedResult).where(PublishedResult.unit_id == unit_id,
                                                   PublishedResult.year == year,
                                                   PublishedResult.code.is_(None))).scalars().first()


def show(db, year: int, level: str | None = None, unit: str | None = None) -> dict:
    """`scores show`: totals, ranks and deductions of every assessed unit of a year
    (built by score_sheet from plain rows, the same code `cchc scores show` runs on sqlite3)."""
    from sqlalchemy import text
    from . import score_sheet
    with db.read() as s:
        def fetch(sql: str, params: dict):
            return s.execute(text(sql), params).all()

        def find_unit():
            u = units.find_unit(s, unit)
            return u.id, u.name

        return score_sheet.show(fetch, year, level, find_unit if unit else None)


def years(db) -> list[int]:
    with db.read() as s:
        return sorted({y for (y,) in s.execute(select(CriteriaSet.year).distinct())}, reverse=True)


def assessment_for(s: Session, unit: Unit, year: int, create: bool = False) -> Assessment:
    sets = criteria.sets_of_year(s, year, unit.level) or criteria.sets_of_year(s, year)
    for cs in sets:
        a = s.execute(select(Assessment).where(Assessment.unit_id == unit.id, Assessment.set_id == cs.id)).scalar()
        if a:
            return a
    if not sets:
        raise NotFound(f"Chưa có bộ tiêu chí năm {year} cho đơn vị «{unit.name}».",
                       en=f"There is no criteria set for {year} for the unit «{unit.name}».")
    if not create:
        raise NotFound(f"Đơn vị «{unit.name}» chưa có bản đánh giá năm {year}.",
                       en=f"The unit «{unit.name}» has no assessment for {year}.")
    a = Assessment(unit_id=unit.id, set_id=sets[0].id, state="draft", origin=unit.code)
    s.add(a)
    s.flush()
    return a


def check_value(c: Criterion, layer: str, value: Decimal | None) -> None:
    """Refuse on the spot what the province would refuse: above max, negative, wrong layer."""
    if layer not in LAYERS:
        raise InputRejected(f"Lớp điểm «{layer}» không hợp lệ (self, appraised, survey).",
                            en=f"The score layer «{layer}» is not valid (self, appraised, survey).")
    if layer == "survey" and c.kind != "survey":
        raise InputRejected(f"Tiêu chí {c.code} không phải tiêu chí điều tra xã hội học.",
                            en=f"Criterion {c.code} is not a sociological-survey criterion.")
    if layer == "self" and c.kind == "survey":
        raise InputRejected(f"Tiêu chí {c.code} do tỉnh điều tra xã hội học: đơn vị không tự chấm.",
                            en=f"Criterion {c.code} is scored by the province's sociological survey: the unit does not score it itself.")
    if value is None:
        return
    if value < 0 and c.kind != "penalty":
        raise InputRejected(f"Điểm của tiêu chí {c.code} không được âm.",
                            en=f"The score of criterion {c.code} must not be negative.")
    if c.kind != "penalty" and value > c.max_points:
        from ..domain.numbers import fmt_points
        raise InputRejected(f"Điểm {fmt_points(value)} vượt điểm tối đa {fmt_points(c.max_points)} "
                            f"của tiêu chí {c.code}.",
                            en=f"The score {fmt_points(value)} exceeds the maximum {fmt_points(c.max_points)} of criterion {c.code}.")


def set_score(db, unit_ref: str, year: int, criterion_id: int, layer: str, value: Decimal | None,
              reason: str | None = None, explanation: str | None = None) -> dict:
    """Write one score (and its reason); returns before/after so the GUI can undo."""
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        a = assessment_for(s, unit, year, create=True)
        c = s.get(Criterion, criterion_id)
        if c is None or c.set_id != a.set_id:
            raise NotFound("Tiêu chí không thuộc bộ tiêu chí của bản đánh giá này.",
                           en="The criterion does not belong to the criteria set of this assessment.")
        value = None if value is None else q3(value)
        check_value(c, layer, value)
        locked = LOCKED_FOR_SELF if layer == "self" else LOCKED_FOR_APPRAISAL
        if a.state in locked:
            from .assessments import STATE_NAMES  # lazy: assessments builds on this module
            raise InputRejected(f"Bản đánh giá đang khóa (trạng thái «{STATE_NAMES.get(a.state, a.state)}»): "
                                "hãy mở khóa trước khi sửa.",
                                en=f"The assessment is locked (state «{STATE_NAMES.get(a.state, a.state)}»): unlock it before editing.")
        sc = s.execute(select(Score).where(Score.assessment_id == a.id, Score.criterion_id == c.id,
                                           Score.layer == layer)).scalar_one_or_none()
        before = None if sc is None else {"value": json_dec(sc.value), "reason": sc.reason,
                                          "explanation": sc.explanation}
        if sc is None:
            sc = Score(assessment_id=a.id, criterion_id=c.id, layer=layer, origin=unit.code)
            s.add(sc)
        else:
            sc.revision += 1
        sc.value = value
        if reason is not None:
            sc.reason = reason
        if explanation is not None:
            sc.explanation = explanation
        sc.updated_by = audit.current_user()
        after = {"value": json_dec(sc.value), "reason": sc.reason, "explanation": sc.explanation}
        audit.record(s, "score.set", "score", f"{unit.code}/{year}/{c.code}/{layer}", before, after)
        return {"before": before, "after": after}


def evidence_counts(s: Session, assessment_id: int) -> dict[int, int]:
    out: dict[int, int] = {}
    for link in s.execute(select(EvidenceLink).where(EvidenceLink.assessment_id == assessment_id,
                                                     EvidenceLink.deleted.is_(False))).scalars():
        out[link.criterion_id] = out.get(link.criterion_id, 0) + 1
    return out
