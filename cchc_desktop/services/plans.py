"""Remediation plans: listing, showing and editing tasks (as the GUI and `plan edit` do)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from ..domain.deadlines import parse_deadline
from ..domain.numbers import json_dec
from ..domain.text import clean, fold
from ..store.models import Office, PlanItem, PlanItemOffice, RemediationPlan, Unit
from . import audit
from .errors import InputRejected, NotFound

STATUSES = {
    "not_started": "Chưa thực hiện",
    "in_progress": "Đang thực hiện",
    "done": "Hoàn thành",
    "overdue": "Quá hạn",
    "failed": "Không thực hiện được",
}


@dataclass(frozen=True)
class ItemRow:
    id: int
    stt: int
    content: str
    criterion_code: str | None
    points_lost: Decimal | None
    reason: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    deadline_text: str
    deadline_end: date | None
    deadline_kind: str | None
    status: str
    expected_output: str


def _offices(item: PlanItem, role: str) -> tuple[str, ...]:
    return tuple(link.office.short_name for link in item.offices if link.role == role)


def item_row(item: PlanItem) -> ItemRow:
    return ItemRow(item.id, item.stt, item.content, item.criterion_code, item.points_lost, item.reason or "",
                   _offices(item, "lead"), _offices(item, "partner"), item.deadline_text or "",
                   item.deadline_end, item.deadline_kind, item.status, item.expected_output or "")


def item_json(item: PlanItem, plan_year: int) -> dict:
    dl = parse_deadline(item.deadline_text, plan_year) if item.deadline_text else None
    parsed = dl.to_json() if dl is not None and dl.kind != "unknown" else None
    return {"stt": item.stt, "content": item.content, "criterion": item.criterion_code,
            "points_lost": json_dec(item.points_lost), "reason": item.reason,
            "lead": "; ".join(_offices(item, "lead")), "lead_offices": list(_offices(item, "lead")),
            "partners": list(_offices(item, "partner")), "deadline": parsed,
            "deadline_text": item.deadline_text, "expected_output": item.expected_output,
            "status": item.status, "status_label": STATUSES.get(item.status, item.status)}


def get_plan(s: Session, plan_id: int) -> RemediationPlan:
    plan = s.execute(select(RemediationPlan).where(RemediationPlan.id == plan_id)
                     .options(selectinload(RemediationPlan.items).selectinload(PlanItem.offices)
                              .selectinload(PlanItemOffice.office))).scalar_one_or_none()
    if plan is None or plan.deleted:
        raise NotFound(f"Không có kế hoạch số {plan_id}. Xem danh sách bằng lệnh: cchc plan list",
                       en=f"There is no plan number {plan_id}. List the plans with: cchc plan list")
    return plan


def list_plans(db, unit_code: str | None = None) -> list[dict]:
    """Every plan (or one unit's), newest first; task counts in one grouped query, not per plan."""
    with db.read() as s:
        # plain columns: a plan row also holds its bases, organisation and recipients as JSON
        P = RemediationPlan
        query = (select(P.id, Unit.code, Unit.name, P.year, P.result_year, P.number, P.subject, P.state)
                 .join(Unit, Unit.id == P.unit_id).where(P.deleted.is_(False)).order_by(P.year.desc(), P.id))
        if unit_code is not None:
            query = query.where(Unit.code == unit_code)
        plans = s.execute(query).all()
        counted = select(PlanItem.plan_id, func.count()).where(PlanItem.deleted.is_(False))
        if unit_code is not None:
            counted = counted.where(PlanItem.plan_id.in_([p.id for p in plans]))
        counts = dict(s.execute(counted.group_by(PlanItem.plan_id)).all())
        return [{"id": p.id, "unit": p.code, "unit_name": p.name, "year": p.year, "result_year": p.result_year,
                 "number": p.number, "subject": p.subject, "state": p.state,
                 "items": counts.get(p.id, 0)} for p in plans]


def plan_json(plan: RemediationPlan, unit: Unit) -> dict:
    return {"id": plan.id, "unit": unit.code, "unit_name": unit.name, "year": plan.year,
            "result_year": plan.result_year, "number": plan.number,
            "date": plan.issued_on.isoformat() if plan.issued_on else None, "place": plan.place,
            "subject": plan.subject, "state": plan.state, "signer": {
                "name": plan.signer_name, "authority": plan.signer_authority,
                "authority_body": plan.signer_authority_body, "title_line1": plan.signer_title_line1,
                "title": plan.signer_title},
            "recipients": plan.recipients or [],
            "items": [item_json(i, plan.year) for i in plan.items if not i.deleted]}


def show_plan(db, plan_id: int) -> dict:
    with db.read() as s:
        plan = get_plan(s, plan_id)
        return plan_json(plan, s.get(Unit, plan.unit_id))


_ITEM_COLUMNS = (PlanItem.id, PlanItem.stt, PlanItem.content, PlanItem.criterion_code, PlanItem.points_lost,
                 PlanItem.reason, PlanItem.deadline_text, PlanItem.deadline_end, PlanItem.deadline_kind,
                 PlanItem.status, PlanItem.expected_output)


def plan_items(db, plan_id: int) -> list[ItemRow]:
    """The plan's tasks as item_row makes them, from plain columns in three queries: the Kế hoạch
    tab reloads them on every change of unit or year, and the plan with its tasks, their office
    links and the offices as ORM objects cost half of that tab's load."""
    with db.read() as s:
        found = s.execute(select(RemediationPlan.deleted).where(RemediationPlan.id == plan_id)).first()
        if found is None or found[0]:
            get_plan(s, plan_id)  # its refusal
        offices: dict = {}
        for item_id, role, name in s.execute(
                select(PlanItemOffice.item_id, PlanItemOffice.role, Office.short_name)
                .join(Office, Office.id == PlanItemOffice.office_id)
                .join(PlanItem, PlanItem.id == PlanItemOffice.item_id)
                .where(PlanItem.plan_id == plan_id).order_by(PlanItemOffice.item_id, PlanItemOffice.sort_order)):
            offices.setdefault((item_id, role), []).append(name)
        rows = s.execute(select(*_ITEM_COLUMNS).where(PlanItem.plan_id == plan_id, PlanItem.deleted.is_(False))
                         .order_by(PlanItem.stt)).all()
        return [ItemRow(i, stt, content, code, lost, reason or "", tuple(offices.get((i, "lead"), ())),
                        tuple(offices.get((i, "partner"), ())), deadline or "", end, kind, status, output or "")
                for i, stt, content, code, lost, reason, deadline, end, kind, status, output in rows]


def find_office(s: Session, unit_id: int, name: str) -> Office:
    """An office of the unit by short name or name, accent-insensitively."""
    key = fold(name)
    offices = s.execute(select(Office).where(Office.unit_id == unit_id, Office.deleted.is_(False))).scalars().all()
    for o in offices:
        if fold(o.short_name) == key or fold(o.name) == key:
            return o
    starts = [o for o in offices if fold(o.short_name).startswith(key) or fold(o.name).startswith(key)]
    if len(starts) == 1:
        return starts[0]
    known = "; ".join(o.short_name for o in offices[:15])
    raise InputRejected(f"Không có cơ quan «{name}» trong danh mục của đơn vị. Các cơ quan hiện có: {known}.",
                        en=f"There is no office «{name}» in the unit's list. The offices are: {known}.")


def set_item_offices(s: Session, item: PlanItem, role: str, names: list[str]) -> None:
    item.offices[:] = [link for link in item.offices if link.role != role]
    for n, name in enumerate(names):
        office = find_office(s, item.plan.unit_id, name)
        item.offices.append(PlanItemOffice(office_id=office.id, office=office, role=role, sort_order=n))


def apply_deadline(item: PlanItem, text: str | None, plan_year: int) -> None:
    item.deadline_text = clean(text) or None
    dl = parse_deadline(item.deadline_text, plan_year) if item.deadline_text else None
    item.deadline_kind = dl.kind if dl else None
    item.deadline_start = dl.start if dl else None
    item.deadline_end = dl.end if dl else None
    item.deadline_recurring = dl.recurring if dl else None


def edit_item(db, plan_id: int, stt: int, *, content: str | None = None, lead: list[str] | None = None,
              partners: list[str] | None = None, deadline: str | None = None, status: str | None = None,
              status_reason: str | None = None, expected_output: str | None = None) -> dict:
    """Change one task, as the GUI would; one transaction, audited."""
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = next((i for i in plan.items if i.stt == stt and not i.deleted), None)
        if item is None:
            raise NotFound(f"Kế hoạch {plan_id} không có nhiệm vụ STT {stt}.",
                           en=f"Plan {plan_id} has no task No. {stt}.")
        before = item_json(item, plan.year)
        if content is not None:
            if not clean(content):
                raise InputRejected("Nội dung khắc phục không được để trống.",
                                    en="The remedial action must not be empty.")
            item.content = clean(content)
        if lead is not None:
            set_item_offices(s, item, "lead", lead)
        if partners is not None:
            set_item_offices(s, item, "partner", partners)
        if deadline is not None:
            apply_deadline(item, deadline, plan.year)
        if status is not None:
            if status not in STATUSES:
                raise InputRejected(f"Tình trạng «{status}» không hợp lệ; dùng: {', '.join(STATUSES)}.",
                                    en=f"The status «{status}» is not valid; use: {', '.join(STATUSES)}.")
            if status == "failed" and not (status_reason or item.status_reason):
                raise InputRejected("Tình trạng «Không thực hiện được» cần ghi rõ lý do.",
                                    en="The status «Không thực hiện được» (could not be done) needs a reason.")
            item.status = status
        if status_reason is not None:
            item.status_reason = status_reason
        if expected_output is not None:
            item.expected_output = clean(expected_output)
        item.revision += 1
        s.flush()
        after = item_json(item, plan.year)
        audit.record(s, "plan.item.edit", "plan_item", f"{plan_id}/{stt}", before, after)
        return {"item": after}
