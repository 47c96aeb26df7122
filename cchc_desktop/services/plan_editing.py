"""Editing a plan as a whole: add, delete, move, merge and split tasks; change the plan's header.

Every call is one audited transaction and returns `{"plan_id", "action", "before", "after"}`
where before/after are *states* (`order`: the live tasks' uuids in STT order, `items`: full
snapshots of the tasks touched, `meta`: header fields touched). `undo(db, change)` puts the
before state back and `redo(db, change)` the after state, so the GUI's QUndoCommands are thin.
Deleted tasks are tombstoned, never erased: undo revives the same row with its progress reports.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from ..domain.numbers import json_dec, q3
from ..domain.text import clean
from ..store.models import PlanItem, PlanItemOffice, RemediationPlan
from . import audit
from .errors import InputRejected, NotFound
from .plans import apply_deadline, get_plan, set_item_offices

ITEM_FIELDS = ("stt", "content", "criterion_id", "criterion_code", "criterion_name", "reason", "deadline_text",
               "expected_output", "status", "status_reason")
POINT_FIELDS = ("max_points", "points_lost")
META_FIELDS = ("number", "issued_on", "place", "governing_body", "issuing_body", "subject", "bases", "purpose",
               "requirements", "tasks_intro", "organisation", "signer_name", "signer_authority",
               "signer_authority_body", "signer_title_line1", "signer_title", "recipients", "appendix_title", "state")


# ------------------------------------------------------------------ snapshots
def snapshot(item: PlanItem) -> dict:
    doc = {k: getattr(item, k) for k in ITEM_FIELDS}
    doc.update({k: json_dec(getattr(item, k)) for k in POINT_FIELDS})
    doc["uuid"] = item.uuid
    doc["deleted"] = bool(item.deleted)
    doc["offices"] = [[link.office_id, link.role, link.sort_order] for link in item.offices]
    return doc


def _live(plan: RemediationPlan) -> list[PlanItem]:
    return sorted((i for i in plan.items if not i.deleted), key=lambda i: i.stt)


def _state(plan: RemediationPlan, items: list[PlanItem] = (), meta: dict | None = None) -> dict:
    st = {"order": [i.uuid for i in _live(plan)], "items": [snapshot(i) for i in items]}
    if meta is not None:
        st["meta"] = meta
    return st


def _restore(s: Session, plan: RemediationPlan, snap: dict) -> PlanItem:
    item = next((i for i in plan.items if i.uuid == snap["uuid"]), None)
    if item is None:
        item = PlanItem(uuid=snap["uuid"], plan_id=plan.id, stt=snap["stt"], content=snap["content"],
                        origin=plan.origin)
        item.plan = plan
        s.add(item)
    for k in ITEM_FIELDS:
        setattr(item, k, snap[k])
    for k in POINT_FIELDS:
        setattr(item, k, q3(Decimal(snap[k])) if snap[k] is not None else None)
    apply_deadline(item, snap["deadline_text"], plan.year)
    item.deleted = snap["deleted"]
    item.offices[:] = [PlanItemOffice(office_id=oid, role=role, sort_order=n) for oid, role, n in snap["offices"]]
    item.revision = (item.revision or 0) + 1
    return item


def _renumber(plan: RemediationPlan, order: list[str] | None = None) -> None:
    live = _live(plan)
    if order is not None:
        pos = {u: n for n, u in enumerate(order)}
        live.sort(key=lambda i: (pos.get(i.uuid, len(pos)), i.stt))
    for n, item in enumerate(live, start=1):
        if item.stt != n:
            item.stt = n
            item.revision += 1


def _apply(s: Session, plan: RemediationPlan, state: dict, other: dict) -> None:
    """Make the plan look like `state`; tasks only the other state knows are tombstoned."""
    known = {snap["uuid"] for snap in state["items"]}
    for snap in state["items"]:
        _restore(s, plan, snap)
    for snap in other.get("items", []):
        if snap["uuid"] not in known:
            item = next((i for i in plan.items if i.uuid == snap["uuid"]), None)
            if item is not None and not item.deleted:
                item.deleted, item.revision = True, item.revision + 1
    if "meta" in state:
        _set_meta(plan, state["meta"])
    s.flush()
    _renumber(plan, state["order"])


def _finish(s: Session, plan: RemediationPlan, action: str, before: dict, after: dict) -> dict:
    s.flush()
    audit.record(s, f"plan.{action}", "remediation_plan", plan.id, before, after)
    return {"plan_id": plan.id, "action": action, "before": before, "after": after}


def undo(db, change: dict) -> dict:
    return _replay(db, change, change["before"], change["after"], "undo")


def redo(db, change: dict) -> dict:
    return _replay(db, change, change["after"], change["before"], "redo")


def _replay(db, change: dict, target: dict, other: dict, verb: str) -> dict:
    with db.session() as s:
        plan = get_plan(s, change["plan_id"])
        current = _state(plan, [i for i in plan.items if i.uuid in {x["uuid"] for x in target["items"] + other["items"]}],
                         _meta(plan, target.get("meta", {})) if "meta" in target else None)
        _apply(s, plan, target, other)
        return _finish(s, plan, f"{verb}.{change['action']}", current, _state(
            plan, [i for i in plan.items if i.uuid in {x["uuid"] for x in target["items"] + other["items"]}],
            _meta(plan, target.get("meta", {})) if "meta" in target else None))


def restore_item(db, plan_id: int, snap: dict) -> dict:
    """Put one task back exactly as a snapshot shows it (revived if it was deleted)."""
    with db.session() as s:
        plan = get_plan(s, plan_id)
        old = next((i for i in plan.items if i.uuid == snap["uuid"]), None)
        before = _state(plan, [old] if old else [])
        item = _restore(s, plan, snap)
        s.flush()
        order = [i.uuid for i in _live(plan) if i.uuid != item.uuid]
        if not item.deleted:
            order.insert(max(0, snap["stt"] - 1), item.uuid)
        _renumber(plan, order)
        return _finish(s, plan, "item.restore", before, _state(plan, [item]))


# ------------------------------------------------------------------ operations on tasks
def _item(plan: RemediationPlan, stt: int) -> PlanItem:
    item = next((i for i in _live(plan) if i.stt == stt), None)
    if item is None:
        raise NotFound(f"Kế hoạch {plan.id} không có nhiệm vụ STT {stt}.", en=f"Plan {plan.id} has no task No. {stt}.")
    return item


def _content(text: str | None) -> str:
    if not clean(text):
        raise InputRejected("Nội dung khắc phục không được để trống.", en="The remedial action must not be empty.")
    return clean(text)


def add_item(db, plan_id: int, content: str, *, at: int | None = None, criterion_code: str | None = None,
             lead: list[str] | None = None, partners: list[str] | None = None, deadline: str | None = None,
             expected_output: str | None = None) -> dict:
    """A task not tied to a deduction (or tied by code only); `at` = STT it takes, default last."""
    with db.session() as s:
        plan = get_plan(s, plan_id)
        before = _state(plan)
        live = _live(plan)
        item = PlanItem(plan_id=plan.id, stt=len(live) + 1, content=_content(content),
                        criterion_code=clean(criterion_code) or None, expected_output=clean(expected_output) or None,
                        status="not_started", origin=plan.origin)
        item.plan = plan
        s.add(item)
        apply_deadline(item, deadline, plan.year)
        set_item_offices(s, item, "lead", lead or [])
        set_item_offices(s, item, "partner", partners or [])
        s.flush()
        order = [i.uuid for i in live]
        order.insert(len(order) if at is None else max(0, min(at - 1, len(order))), item.uuid)
        _renumber(plan, order)
        return _finish(s, plan, "item.add", before, _state(plan, [item]))


def delete_item(db, plan_id: int, stt: int) -> dict:
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = _item(plan, stt)
        before = _state(plan, [item])
        item.deleted, item.revision = True, item.revision + 1
        s.flush()
        _renumber(plan)
        return _finish(s, plan, "item.delete", before, _state(plan, [item]))


def move_item(db, plan_id: int, stt: int, to: int) -> dict:
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = _item(plan, stt)
        before = _state(plan)
        order = [i.uuid for i in _live(plan) if i.uuid != item.uuid]
        order.insert(max(0, min(to - 1, len(order))), item.uuid)
        _renumber(plan, order)
        return _finish(s, plan, "item.move", before, _state(plan))


def _union(*lists):
    out = []
    for lst in lists:
        out += [x for x in lst if x not in out]
    return out


def merge_items(db, plan_id: int, stts: list[int]) -> dict:
    """The first task absorbs the others: contents, criteria, points and reasons joined, offices united."""
    if len(set(stts)) < 2:
        raise InputRejected("Cần chọn ít nhất hai nhiệm vụ để gộp.", en="Choose at least two tasks to merge.")
    with db.session() as s:
        plan = get_plan(s, plan_id)
        items = [_item(plan, n) for n in sorted(set(stts))]
        before = _state(plan, items)
        first, rest = items[0], items[1:]
        first.content = "; ".join(_union([i.content for i in items]))
        codes = _union([i.criterion_code for i in items if i.criterion_code])
        first.criterion_code = ", ".join(codes)[:40] or None
        lost = [i.points_lost for i in items if i.points_lost is not None]
        first.points_lost = q3(sum(lost, Decimal(0))) if lost else None
        first.reason = "\n".join(_union([i.reason for i in items if i.reason])) or None
        leads = _union(*[[l.office_id for l in i.offices if l.role == "lead"] for i in items])
        partners = [o for o in _union(*[[l.office_id for l in i.offices if l.role == "partner"] for i in items])
                    if o not in leads]
        first.offices[:] = ([PlanItemOffice(office_id=o, role="lead", sort_order=n) for n, o in enumerate(leads)]
                            + [PlanItemOffice(office_id=o, role="partner", sort_order=n)
                               for n, o in enumerate(partners)])
        first.revision += 1
        for i in rest:
            i.deleted, i.revision = True, i.revision + 1
        s.flush()
        _renumber(plan)
        return _finish(s, plan, "item.merge", before, _state(plan, items))


def split_item(db, plan_id: int, stt: int, parts: list[str]) -> dict:
    """One task becomes several (same criterion, offices, deadline); the points stay on the first."""
    parts = [clean(p) for p in parts if clean(p)]
    if len(parts) < 2:
        raise InputRejected("Cần ít nhất hai nội dung để tách nhiệm vụ.",
                            en="At least two texts are needed to split a task.")
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = _item(plan, stt)
        before = _state(plan, [item])
        item.content, item.revision = parts[0], item.revision + 1
        made = []
        for text in parts[1:]:
            new = PlanItem(plan_id=plan.id, stt=item.stt, content=text, criterion_id=item.criterion_id,
                           criterion_code=item.criterion_code, criterion_name=item.criterion_name,
                           expected_output=item.expected_output, status=item.status, origin=plan.origin)
            new.plan = plan
            apply_deadline(new, item.deadline_text, plan.year)
            new.offices[:] = [PlanItemOffice(office_id=l.office_id, role=l.role, sort_order=l.sort_order)
                              for l in item.offices]
            s.add(new)
            made.append(new)
        s.flush()
        order = [i.uuid for i in _live(plan) if i not in made]
        at = order.index(item.uuid) + 1
        order[at:at] = [m.uuid for m in made]
        _renumber(plan, order)
        return _finish(s, plan, "item.split", before, _state(plan, [item, *made]))


# ------------------------------------------------------------------ the plan's header
def _meta(plan: RemediationPlan, keys) -> dict:
    out = {}
    for k in keys:
        v = getattr(plan, k)
        out[k] = v.isoformat() if isinstance(v, date) else v
    return out


def _set_meta(plan: RemediationPlan, values: dict) -> None:
    for k, v in values.items():
        if k == "issued_on" and isinstance(v, str):
            v = date.fromisoformat(v)
        setattr(plan, k, v)
    plan.revision += 1


def update_plan(db, plan_id: int, **fields) -> dict:
    """Number, date, place, signer, recipients, bases… Unknown field names are refused."""
    unknown = [k for k in fields if k not in META_FIELDS]
    if unknown:
        raise InputRejected(f"Không sửa được trường «{', '.join(unknown)}» của kế hoạch.",
                            en=f"The plan field «{', '.join(unknown)}» cannot be edited.")
    if "recipients" in fields or "bases" in fields:
        for k in ("recipients", "bases"):
            if k in fields and not isinstance(fields[k], list):
                raise InputRejected("Nơi nhận và căn cứ là danh sách dòng.",
                                    en="Recipients and legal bases are lists of lines.")
    with db.session() as s:
        plan = get_plan(s, plan_id)
        before = _state(plan, meta=_meta(plan, fields))
        _set_meta(plan, fields)
        return _finish(s, plan, "update", before, _state(plan, meta=_meta(plan, fields)))

