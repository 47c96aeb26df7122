"""`plan draft`: next year's remediation plan from a unit's deductions of a result year."""
from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import json_dec
from ..domain.plan_drafting import (RELATED_OFFICES, DeductionIn, draft_metadata, draft_tasks)
from ..domain.scoring import compute_totals
from ..domain.text import fold
from ..store.models import Assessment, Office, PlanItem, PlanItemOffice, RemediationPlan, Unit
from . import audit, criteria, scores, units
from .errors import NotFound
from .office_map import office_map_in
from .plans import apply_deadline

META_FIELDS = ("number", "place", "governing_body", "issuing_body", "subject", "bases", "purpose", "requirements",
               "tasks_intro", "organisation", "signer_name", "signer_authority", "signer_authority_body",
               "signer_title_line1", "signer_title", "recipients", "appendix_title")


def deductions_of(s: Session, unit: Unit, result_year: int) -> list[DeductionIn]:
    sets = criteria.sets_of_year(s, result_year, unit.level) or criteria.sets_of_year(s, result_year)
    for cs in sets:
        # only this unit's assessment: its deductions do not depend on the other units
        a = s.execute(select(Assessment.id).where(Assessment.unit_id == unit.id, Assessment.set_id == cs.id,
                                                  Assessment.deleted.is_(False))).scalar()
        loaded = scores.load_set_scores(s, cs, a) if a is not None else []
        if loaded:
            L = loaded[0].layers
            totals = compute_totals(criteria.as_domain(criteria.crits_of(s, cs.id)), L["self"], L["appraised"],
                                    L["survey"], loaded[0].reasons)
            return [DeductionIn(d.code, d.name, d.max, d.lost, d.reason, d.kind, d.criterion_id)
                    for d in totals.deductions]
    raise NotFound(f"Đơn vị «{unit.name}» chưa có điểm thẩm định năm {result_year}: chưa thể lập kế hoạch "
                   "khắc phục. Hãy nhập điểm trước (cchc scores import).",
                   en=f"The unit «{unit.name}» has no appraised scores for {result_year}: the remedial plan cannot be drafted yet. "
                      "Import the scores first (cchc scores import).")


def latest_plan_fields(s: Session, unit: Unit) -> dict | None:
    """Header fields of the unit's latest *written* plan: a bare plan created from a typed workbook
    (no subject, no signer) must not wipe the defaults the next draft starts from."""
    found = s.execute(select(RemediationPlan).where(RemediationPlan.unit_id == unit.id,
                                                    RemediationPlan.deleted.is_(False))
                      .order_by(RemediationPlan.year.desc(), RemediationPlan.id.desc())).scalars().all()
    p = next((p for p in found if p.signer_name or p.subject), found[0] if found else None)
    if p is None:
        return None
    out = {k: getattr(p, k) for k in META_FIELDS}
    out.update(year=p.year, result_year=p.result_year)
    return out


def related_offices_group(s: Session, unit: Unit) -> tuple[int, ...]:
    """The "Các phòng, ban liên quan" entry of the unit's directory, if it has one."""
    key = fold(RELATED_OFFICES)
    for o in s.execute(select(Office).where(Office.unit_id == unit.id, Office.deleted.is_(False),
                                            Office.valid_to.is_(None))).scalars():
        if fold(o.name) == key or fold(o.short_name) == key:
            return (o.id,)
    return ()


def draft_plan(db, unit_ref: str, result_year: int) -> dict:
    """Create a draft plan for `result_year + 1`: one task per deduction. Returns what was created."""
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        deductions = deductions_of(s, unit, result_year)
        year = result_year + 1
        office_map = office_map_in(s, unit)
        tasks = draft_tasks(deductions, office_map, year, related_offices_group(s, unit))
        meta = draft_metadata(latest_plan_fields(s, unit), year, result_year)
        plan = RemediationPlan(unit_id=unit.id, result_year=result_year, year=year, state="draft",
                               origin=unit.code, **meta)
        if not plan.place:
            plan.place = unit.place
        s.add(plan)
        s.flush()
        for t in tasks:
            item = PlanItem(plan_id=plan.id, stt=t.stt, content=t.content, criterion_id=t.criterion_id,
                            criterion_code=t.criterion_code, criterion_name=t.criterion_name,
                            max_points=t.max_points, points_lost=t.points_lost, reason=t.reason or None,
                            expected_output=t.expected_output, status="not_started", origin=unit.code)
            item.plan = plan
            s.add(item)
            apply_deadline(item, t.deadline_text, year)
            for role, ids in (("lead", t.lead), ("partner", t.partners)):
                for n, oid in enumerate(ids):
                    item.offices.append(PlanItemOffice(office_id=oid, office=s.get(Office, oid), role=role,
                                                       sort_order=n))
        s.flush()
        unmapped = [t.criterion_code for t in tasks if not t.lead]
        audit.record(s, "plan.draft", "remediation_plan", plan.id, None,
                     {"unit": unit.code, "year": year, "result_year": result_year, "items": len(tasks),
                      "unmapped": unmapped})
        return {"plan_id": plan.id, "unit": unit.code, "year": year, "result_year": result_year,
                "items": len(tasks), "deductions": len(deductions),
                "points_lost": json_dec(sum((d.points_lost for d in deductions), Decimal(0))),
                "without_lead": unmapped}

