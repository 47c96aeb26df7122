"""`cchc demo`: fill the database with the seed documents' world (no random data).

Running it twice changes nothing; `force` replaces the demo records. Without `init`, the
seed 004 district (Tuy Đức) becomes this installation's unit.
"""
from __future__ import annotations

import json
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from ..domain.numbers import q3
from ..store import models as m
from . import audit, keys, settings, units
from .demo_data import CRITERIA_SETS, OFFICES, PLANS, PUBLISHED, SCORES, UNITS
from .plans import apply_deadline

DEMO_MARK = "demo_records"
DEFAULT_OWN = "DNO-TUYDUC"


def load(db, force: bool = False) -> dict:
    with db.session() as s:
        marked = settings.get(s, DEMO_MARK)
        if marked and not force:
            return _summary(s, changed=False)
        if marked:
            _remove(s, json.loads(marked))
        made: dict[str, list[int]] = {}
        _build(s, made)
        settings.put(s, DEMO_MARK, json.dumps(made))
        if units.own_unit(s) is None:
            own = s.execute(select(m.Unit).where(m.Unit.code == DEFAULT_OWN)).scalar_one()
            units.set_own_unit_in(s, own)
            keys.ensure_own_key(s, own.code)
        audit.record(s, "demo.load", "database", None, after={k: len(v) for k, v in made.items()})
        return _summary(s, changed=True)


def _summary(s: Session, changed: bool) -> dict:
    made = json.loads(settings.get(s, DEMO_MARK) or "{}")
    return {"units": len(made.get("unit", [])), "criteria": len(made.get("criterion", [])),
            "plans": len(made.get("remediation_plan", [])), "changed": changed}


def _track(made, table, obj):
    made.setdefault(table, []).append(obj.id)


# Deletion order respects foreign keys: children first.
_REMOVE_ORDER = [("progress_update", m.ProgressUpdate), ("plan_item", m.PlanItem),
                 ("remediation_plan", m.RemediationPlan), ("score", m.Score), ("assessment", m.Assessment),
                 ("published_result", m.PublishedResult), ("criterion", m.Criterion),
                 ("criteria_set", m.CriteriaSet), ("office", m.Office), ("unit", m.Unit)]


def _remove(s: Session, made: dict) -> None:
    own = settings.get(s, settings.OWN_UNIT)
    for table, model in _REMOVE_ORDER:
        ids = made.get(table, [])
        if table == "plan_item" and ids:
            s.execute(delete(m.PlanItemOffice).where(m.PlanItemOffice.item_id.in_(ids)))
        if table == "score":
            # scores typed later into demo assessments go with them
            s.execute(delete(m.Score).where(m.Score.assessment_id.in_(made.get("assessment", []))))
        if table == "criterion" and ids:
            s.execute(delete(m.CriterionMapping).where(m.CriterionMapping.from_id.in_(ids)))
            s.execute(delete(m.EvidenceLink).where(m.EvidenceLink.criterion_id.in_(ids)))
            s.execute(m.Criterion.__table__.update().where(m.Criterion.id.in_(ids)).values(parent_id=None))
        if table == "unit":
            ids = [i for i in ids if not _unit_in_use(s, i, own)]
            s.execute(m.Unit.__table__.update().where(m.Unit.parent_id.in_(ids)).values(parent_id=None))
            s.execute(m.Unit.__table__.update().where(m.Unit.successor_id.in_(ids)).values(successor_id=None))
        if ids:
            s.execute(delete(model).where(model.id.in_(ids)))
    s.flush()


def _unit_in_use(s: Session, unit_id: int, own_code: str | None) -> bool:
    """A demo unit stays when it is this installation's unit or the officer's own records use it."""
    unit = s.get(m.Unit, unit_id)
    if unit is None or unit.code == own_code:
        return unit is not None
    for model in (m.Assessment, m.RemediationPlan, m.Office, m.PublishedResult):
        if s.execute(select(model.id).where(model.unit_id == unit_id).limit(1)).first():
            return True
    return False


def _unit(s: Session, made, spec) -> m.Unit:
    u = s.execute(select(m.Unit).where(m.Unit.code == spec.code)).scalar_one_or_none()
    parent = s.execute(select(m.Unit).where(m.Unit.code == spec.parent_code)).scalar_one_or_none() \
        if spec.parent_code else None
    if u is not None and u.parent_id is None and parent is not None:
        u.parent = parent  # a kept unit gets its province back after --force
    if u is None:
        u = m.Unit(code=spec.code, name=spec.name, level=spec.level, parent=parent,
                   short_name=spec.short_name, origin=spec.code, place=getattr(spec, "place", None))
        s.add(u)
        s.flush()
        _track(made, "unit", u)
    return u


def _build(s: Session, made: dict) -> None:
    unit_by_code = {spec.code: _unit(s, made, spec) for spec in UNITS}
    offices: dict[tuple[str, str], m.Office] = {}
    for unit_code, specs in OFFICES.items():
        for n, o in enumerate(specs):
            row = m.Office(unit_id=unit_by_code[unit_code].id, name=o.name, short_name=o.short_name,
                           kind=o.kind, sort_order=n, origin=unit_code)
            s.add(row)
            s.flush()
            _track(made, "office", row)
            offices[(unit_code, o.key)] = row
    sets: dict[str, tuple[m.CriteriaSet, dict[str, m.Criterion]]] = {}
    for spec in CRITERIA_SETS:
        cs = m.CriteriaSet(year=spec.year, level=spec.level, name=spec.name, decision_number=spec.decision_number,
                           decision_date=spec.decision_date, declared_total=spec.declared_total,
                           origin=getattr(spec, "origin", None))
        s.add(cs)
        s.flush()
        _track(made, "criteria_set", cs)
        by_code: dict[str, m.Criterion] = {}
        for n, c in enumerate(spec.criteria):
            parent = by_code.get(c.code.rsplit(".", 1)[0]) if "." in c.code else None
            row = m.Criterion(set_id=cs.id, parent_id=parent.id if parent else None, code=c.code, name=c.name,
                              sort_order=n, max_points=q3(c.max_points), kind=c.kind, guidance=c.guidance or None,
                              evidence_required=c.evidence or None, origin=cs.origin)
            s.add(row)
            s.flush()
            _track(made, "criterion", row)
            by_code[c.code] = row
        sets[spec.key] = (cs, by_code)
    for ys in SCORES:
        _scores(s, made, unit_by_code[ys.unit_code], sets[ys.set_key], ys)
    for pr in PUBLISHED:
        _published(s, made, unit_by_code[pr.unit_code], pr)
    for plan in PLANS:
        _plan(s, made, unit_by_code[plan.unit_code], plan, offices, sets)


def _scores(s: Session, made, unit: m.Unit, set_pair, ys) -> None:
    cs, by_code = set_pair
    a = m.Assessment(unit_id=unit.id, set_id=cs.id, state="published", origin=unit.code)
    s.add(a)
    s.flush()
    _track(made, "assessment", a)
    given = {sc.code: sc for sc in ys.scores}
    parents = {c.parent_id for c in by_code.values()}
    rows = []
    for code, c in by_code.items():
        if c.id in parents:
            continue
        sc = given.get(code)
        if c.kind == "survey":
            value = sc.survey if sc and sc.survey is not None else c.max_points
            rows.append(m.Score(assessment_id=a.id, criterion_id=c.id, layer="survey", value=q3(value),
                                reason=(sc.reason if sc else None) or None, origin="province"))
            continue
        self_v = sc.self_score if sc and sc.self_score is not None else c.max_points
        app_v = sc.appraised if sc and sc.appraised is not None else c.max_points
        rows.append(m.Score(assessment_id=a.id, criterion_id=c.id, layer="self", value=q3(self_v),
                            origin=unit.code))
        rows.append(m.Score(assessment_id=a.id, criterion_id=c.id, layer="appraised", value=q3(app_v),
                            reason=(sc.reason if sc else None) or None, origin="province"))
    s.add_all(rows)
    s.flush()
    for r in rows:
        _track(made, "score", r)
    if ys.published_total is not None:
        pub = m.PublishedResult(unit_id=unit.id, year=ys.year, code=None, label="Tổng điểm",
                                points=q3(ys.published_total), max_points=Decimal(100), rank=ys.published_rank,
                                rank_of=ys.rank_of, source=ys.source, origin="province")
        s.add(pub)
        s.flush()
        _track(made, "published_result", pub)


def _published(s: Session, made, unit: m.Unit, spec) -> None:
    rows = [m.PublishedResult(unit_id=unit.id, year=spec.year, code=r.code, label=r.label,
                              points=q3(r.points) if r.points is not None else None,
                              max_points=q3(r.max_points) if r.max_points is not None else None,
                              rank=r.rank, rank_of=r.rank_of, rank_note=r.rank_note or None, sort_order=n,
                              source=spec.source, origin="ministry") for n, r in enumerate(spec.rows)]
    rows.append(m.PublishedResult(unit_id=unit.id, year=spec.year, code=None, label="Chỉ số CCHC",
                                  points=q3(spec.total), max_points=Decimal(100), rank=spec.rank,
                                  rank_of=spec.rank_of, sort_order=len(rows), source=spec.source, origin="ministry"))
    s.add_all(rows)
    s.flush()
    for r in rows:
        _track(made, "published_result", r)


def _plan(s: Session, made, unit: m.Unit, spec, offices, sets) -> None:
    p = m.RemediationPlan(unit_id=unit.id, result_year=spec.result_year, year=spec.year, number=spec.number,
                          issued_on=spec.date, place=spec.place, subject=spec.subject, bases=list(spec.bases),
                          purpose=spec.purpose, requirements=spec.requirements, tasks_intro=spec.tasks_intro,
                          preamble=getattr(spec, "preamble", None) or None,
                          closing=getattr(spec, "closing", None) or None,
                          organisation=list(spec.organisation), signer_name=spec.signer_name,
                          signer_authority=spec.signer_authority or None,
                          signer_authority_body=spec.signer_authority_body or None,
                          signer_title_line1=spec.signer_title_line1 or None, signer_title=spec.signer_title,
                          recipients=list(spec.recipients), appendix_title=spec.appendix_title,
                          governing_body=spec.governing_body, issuing_body=spec.issuing_body,
                          state="issued", origin=unit.code)
    s.add(p)
    s.flush()
    _track(made, "remediation_plan", p)
    crit_lookup = {}
    for cs, by_code in sets.values():
        if cs.year == spec.result_year and cs.level == unit.level:
            crit_lookup = by_code
    for it in spec.items:
        c = crit_lookup.get(it.criterion_code) if it.criterion_code else None
        item = m.PlanItem(plan_id=p.id, stt=it.stt, content=it.content, criterion_id=c.id if c else None,
                          criterion_code=it.criterion_code, criterion_name=c.name if c else None,
                          max_points=c.max_points if c else None,
                          points_lost=q3(it.points_lost) if it.points_lost is not None else None,
                          reason=it.reason or None, expected_output=it.expected_output or None,
                          status="not_started", origin=unit.code)
        item.plan = p
        apply_deadline(item, it.deadline_text, spec.year)
        for role, keys_ in (("lead", it.lead), ("partner", it.partners)):
            for n, key in enumerate(keys_):
                item.offices.append(m.PlanItemOffice(office=offices[(unit.code, key)], role=role, sort_order=n))
        s.add(item)
        s.flush()
        _track(made, "plan_item", item)
