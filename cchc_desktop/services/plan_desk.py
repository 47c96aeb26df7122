"""What the plans tab needs beyond plans/plan_editing/progress: snapshots for undo, the plan's
header as one dict, per-period overview, undo helpers for drafting, progress and offices.

No Qt here: the GUI's QUndoCommands call these so undo and redo are audited like any edit.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import select

from ..domain import periods
from ..domain.deadlines import is_overdue, parse_deadline
from ..store.models import Office, PlanItem, PlanItemOffice, ProgressUpdate, RemediationPlan
from . import audit
from .errors import NotFound
from .plan_editing import META_FIELDS, _meta, snapshot
from .plans import STATUSES, get_plan


def _item(plan: RemediationPlan, stt: int) -> PlanItem:
    item = next((i for i in plan.items if i.stt == stt and not i.deleted), None)
    if item is None:
        raise NotFound(f"Kế hoạch {plan.id} không có nhiệm vụ STT {stt}.", en=f"Plan {plan.id} has no task No. {stt}.")
    return item


def item_snapshot(db, plan_id: int, stt: int) -> dict:
    """The task as plan_editing.restore_item can put it back."""
    with db.read() as s:
        return snapshot(_item(get_plan(s, plan_id), stt))


def item_detail(db, plan_id: int, stt: int) -> dict:
    """What the side editor shows: fields, the status reason and the progress per period."""
    with db.read() as s:
        plan = get_plan(s, plan_id)
        item = _item(plan, stt)
        rows = s.execute(select(ProgressUpdate).where(ProgressUpdate.item_id == item.id,
                                                      ProgressUpdate.deleted.is_(False))).scalars().all()
        return {"stt": item.stt, "uuid": item.uuid, "content": item.content,
                "expected_output": item.expected_output or "", "status": item.status,
                "status_reason": item.status_reason or "", "deadline_text": item.deadline_text or "",
                "plan_year": plan.year, "unit_id": plan.unit_id,
                "lead": [l.office.short_name for l in item.offices if l.role == "lead"],
                "partners": [l.office.short_name for l in item.offices if l.role == "partner"],
                "progress": {r.period: {"status": r.status, "text": r.text or "", "evidence": r.evidence_sha256}
                             for r in rows}}


def plan_header(db, plan_id: int) -> dict:
    """Every editable header field (dates as ISO text), plus the plan's unit and year."""
    with db.read() as s:
        plan = get_plan(s, plan_id)
        out = _meta(plan, META_FIELDS)
        out.update(id=plan.id, year=plan.year, result_year=plan.result_year)
        return out


def set_plan_deleted(db, plan_id: int, deleted: bool) -> dict:
    """Tombstone (or revive) a plan: undo of "draft a plan" keeps the rows for redo."""
    with db.session() as s:
        plan = s.get(RemediationPlan, plan_id)
        if plan is None:
            raise NotFound(f"Không có kế hoạch số {plan_id}.", en=f"There is no plan number {plan_id}.")
        before = {"deleted": bool(plan.deleted)}
        plan.deleted, plan.revision = deleted, plan.revision + 1
        audit.record(s, "plan.delete" if deleted else "plan.revive", "remediation_plan", plan_id,
                     before, {"deleted": deleted})
        return {"plan_id": plan_id, "deleted": deleted}


def restore_progress(db, plan_id: int, stt: int, period: str, update: dict | None, item_state: dict) -> dict:
    """Undo of progress.record_progress: the period's update as it was (None = none) and the task status."""
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = _item(plan, stt)
        row = s.execute(select(ProgressUpdate).where(ProgressUpdate.item_id == item.id,
                                                     ProgressUpdate.period == period)).scalar_one_or_none()
        before = {"status": row.status, "text": row.text} if row is not None else None
        if update is None:
            if row is not None:
                s.delete(row)
        else:
            if row is None:
                row = ProgressUpdate(item_id=item.id, period=period, status=update["status"], origin=plan.origin)
                s.add(row)
            else:
                row.revision += 1
            row.status, row.text = update["status"], update.get("text")
            row.evidence_sha256 = update.get("evidence")
        item.status, item.status_reason = item_state["status"], item_state.get("status_reason")
        item.revision += 1
        s.flush()
        audit.record(s, "plan.progress.restore", "progress_update", f"{plan_id}/{stt}/{period}", before, update)
        return {"plan_id": plan_id, "item": stt, "period": period}


def period_overview(db, plan_id: int, today: date | None = None) -> list[dict]:
    """For each reporting period of the plan's year: tasks reported done / in progress / failed,
    tasks not reported, and tasks whose deadline had passed at the period's end without being done."""
    today = today or date.today()
    with db.read() as s:
        plan = get_plan(s, plan_id)
        items = [i for i in plan.items if not i.deleted]
        ups = s.execute(select(ProgressUpdate).where(ProgressUpdate.item_id.in_([i.id for i in items]),
                                                     ProgressUpdate.deleted.is_(False))).scalars().all()
        by = {(u.item_id, u.period): u.status for u in ups}
        out = []
        for p in periods.default_calendar(plan.year):
            counts = {"done": 0, "in_progress": 0, "failed": 0, "not_reported": 0, "overdue": 0}
            for i in items:
                st = by.get((i.id, p.code))
                if st is None:
                    counts["not_reported"] += 1
                elif st in counts:
                    counts[st] += 1
                else:  # reported "not started" or "overdue": still open, counted as not progressing
                    counts["not_reported"] += 1
                dl = parse_deadline(i.deadline_text or "", plan.year)
                at = min(p.end, today)
                if st not in ("done", "failed") and is_overdue(dl, at, done=False) and p.start <= today:
                    counts["overdue"] += 1
            out.append({"period": p.code, "label": p.label_vi, "start": p.start, "end": p.end, "due": p.due,
                        "tasks": len(items), **counts})
        return out


def office_choices(db, plan_id: int) -> list[str]:
    """Short names of the plan unit's current offices, directory order (for multi-select lists)."""
    with db.read() as s:
        plan = get_plan(s, plan_id)
        rows = s.execute(select(Office).where(Office.unit_id == plan.unit_id, Office.deleted.is_(False),
                                              Office.valid_to.is_(None))
                         .order_by(Office.sort_order, Office.id)).scalars().all()
        return [o.short_name for o in rows]


def set_office_deleted(db, office_id: int, deleted: bool) -> None:
    """Undo of "add office" (only while no task names it)."""
    with db.session() as s:
        o = s.get(Office, office_id)
        if o is None:
            raise NotFound("Không tìm thấy cơ quan.", en="Office not found.")
        used = s.execute(select(PlanItemOffice.id).where(PlanItemOffice.office_id == office_id)).first()
        if deleted and used:
            from .errors import InputRejected
            raise InputRejected(f"Cơ quan «{o.short_name}» đã được giao nhiệm vụ, không thể bỏ.",
                                en=f"The office «{o.short_name}» has tasks assigned and cannot be removed.")
        o.deleted, o.revision = deleted, o.revision + 1
        audit.record(s, "office.delete" if deleted else "office.revive", "office", o.id, None, {"deleted": deleted})


def office_links(db, unit_code: str, name: str) -> dict:
    """Where an office sits in each task's list ("uuid/role" -> sort_order), so undoing a retirement
    puts it back in the same place."""
    from . import units
    from .plans import find_office
    with db.read() as s:
        office = find_office(s, units.find_unit(s, unit_code).id, name)
        rows = s.execute(select(PlanItemOffice, PlanItem.uuid).join(PlanItem, PlanItem.id == PlanItemOffice.item_id)
                         .where(PlanItemOffice.office_id == office.id)).all()
        return {f"{uuid}/{link.role}": link.sort_order for link, uuid in rows}


def unretire_office(db, office_id: int, moved: list[dict], places: dict | None = None) -> None:
    """Undo of offices.retire_office: reopen it and give the moved tasks back (at their old places)."""
    places = places or {}
    with db.session() as s:
        o = s.get(Office, office_id)
        succ_id = o.successor_id
        o.valid_to, o.successor_id, o.revision = None, None, o.revision + 1
        for m in moved:
            item = s.execute(select(PlanItem).where(PlanItem.uuid == m["item_uuid"])).scalar_one_or_none()
            if item is None:
                continue
            place = places.get(f"{m['item_uuid']}/{m['role']}", len(item.offices))
            if m.get("dropped"):
                item.offices.append(PlanItemOffice(office_id=o.id, role=m["role"], sort_order=place))
            else:
                link = next((l for l in item.offices if l.office_id == succ_id and l.role == m["role"]), None)
                if link is not None:
                    link.office_id, link.sort_order = o.id, place
            item.revision += 1
        audit.record(s, "office.unretire", "office", o.id, None, {"moved_back": len(moved)})


STATUS_LABELS = STATUSES
