"""The offices of a unit (and the communes below it) that lead or support plan tasks.

Tasks reference offices by id, so a rename shows in every plan at once. Offices are never
erased: the 2025 reorganisation merged many of them, and last year's plan must still print
with last year's names. Retiring an office sets `valid_to` and a successor; open tasks of
current plans move to the successor, finished and old ones keep the office they had.
"""
from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain.text import clean, fold
from ..store.models import Office, PlanItem, PlanItemOffice, RemediationPlan, Unit
from . import audit, units
from .errors import InputRejected
from .plans import find_office

KINDS = {"office": "Phòng, ban", "commune_group": "Nhóm xã", "commune": "Xã, phường, thị trấn",
         "group": "Nhóm cơ quan"}
OPEN_STATUSES = ("not_started", "in_progress", "overdue")


def _json(o: Office, uses: int = 0, successor: str | None = None) -> dict:
    return {"id": o.id, "name": o.name, "short_name": o.short_name, "kind": o.kind,
            "valid_to": o.valid_to.isoformat() if o.valid_to else None, "successor": successor,
            "tasks": uses, "retired": o.valid_to is not None}


def _own_or(s: Session, unit_ref: str | None) -> Unit:
    if unit_ref:
        return units.find_unit(s, unit_ref)
    own = units.own_unit(s)
    if own is None:
        raise InputRejected("Chưa chọn đơn vị: dùng --unit hoặc khai báo đơn vị của máy bằng lệnh cchc init.",
                            en="No unit chosen: use --unit, or set this computer's unit with cchc init.")
    return own


def list_offices(db, unit_ref: str | None = None, include_retired: bool = True) -> dict:
    """The directory: offices with how many tasks name them, then the communes below the unit."""
    with db.read() as s:
        unit = _own_or(s, unit_ref)
        rows = s.execute(select(Office).where(Office.unit_id == unit.id, Office.deleted.is_(False))
                         .order_by(Office.sort_order, Office.id)).scalars().all()
        uses = dict(s.execute(select(PlanItemOffice.office_id, func.count(PlanItemOffice.id))
                              .join(PlanItem, PlanItem.id == PlanItemOffice.item_id)
                              .where(PlanItem.deleted.is_(False)).group_by(PlanItemOffice.office_id)).all())
        names = {o.id: o.short_name for o in rows}
        offices = [_json(o, uses.get(o.id, 0), names.get(o.successor_id)) for o in rows
                   if include_retired or o.valid_to is None]
        communes = s.execute(select(Unit).where(Unit.parent_id == unit.id, Unit.deleted.is_(False))
                             .order_by(Unit.name)).scalars().all()
        return {"unit": unit.code, "offices": offices,
                "communes": [{"code": u.code, "name": u.name, "short_name": u.short_name or u.name,
                              "level": u.level, "valid_to": u.valid_to.isoformat() if u.valid_to else None}
                             for u in communes]}


def _check_free(s: Session, unit: Unit, name: str, short: str, except_id: int | None = None) -> None:
    """Two current offices with the same name would make imports and `--lead` ambiguous."""
    keys = {fold(name), fold(short)}
    for o in s.execute(select(Office).where(Office.unit_id == unit.id, Office.deleted.is_(False))).scalars():
        if o.id != except_id and o.valid_to is None and keys & {fold(o.name), fold(o.short_name)}:
            raise InputRejected(f"Đơn vị đã có cơ quan «{o.name}»; hãy đặt tên khác.",
                                en=f"The unit already has an office «{o.name}»; choose another name.")


def add_office(db, unit_ref: str | None, name: str, short_name: str | None = None, kind: str = "office") -> dict:
    name, short = clean(name), clean(short_name) or clean(name)
    if not name:
        raise InputRejected("Tên cơ quan không được để trống.", en="The office name must not be empty.")
    if kind not in KINDS:
        raise InputRejected(f"Loại cơ quan «{kind}» không hợp lệ ({', '.join(KINDS)}).",
                            en=f"The office kind «{kind}» is not valid ({', '.join(KINDS)}).")
    with db.session() as s:
        unit = _own_or(s, unit_ref)
        _check_free(s, unit, name, short)
        last = s.execute(select(func.max(Office.sort_order)).where(Office.unit_id == unit.id)).scalar() or 0
        o = Office(unit_id=unit.id, name=name, short_name=short, kind=kind, sort_order=last + 1, origin=unit.code)
        s.add(o)
        s.flush()
        after = _json(o)
        audit.record(s, "office.add", "office", f"{unit.code}/{o.id}", None, after)
        return {"office": after, "before": None, "after": after}


def rename_office(db, unit_ref: str | None, office: str, name: str, short_name: str | None = None) -> dict:
    """New name (and short name) for an office; every plan that names it shows the new name."""
    name = clean(name)
    if not name:
        raise InputRejected("Tên mới của cơ quan không được để trống.", en="The new office name must not be empty.")
    with db.session() as s:
        unit = _own_or(s, unit_ref)
        o = find_office(s, unit.id, office)
        before = _json(o)
        short = clean(short_name) or (name if fold(o.short_name) == fold(o.name) else o.short_name)
        _check_free(s, unit, name, short, except_id=o.id)
        o.name, o.short_name, o.revision = name, short, o.revision + 1
        s.flush()
        plans = s.execute(select(func.count(func.distinct(PlanItem.plan_id)))
                          .join(PlanItemOffice, PlanItemOffice.item_id == PlanItem.id)
                          .where(PlanItemOffice.office_id == o.id)).scalar()
        after = _json(o)
        audit.record(s, "office.rename", "office", f"{unit.code}/{o.id}", before, after)
        return {"office": after, "before": before, "after": after, "plans": plans}


def retire_office(db, unit_ref: str | None, office: str, successor: str | None, on: date | None = None) -> dict:
    """Close an office (merged or dissolved); open tasks of plans running on or after `on` move to
    the successor. Returns the tasks moved so the change can be undone."""
    on = on or date.today()
    with db.session() as s:
        unit = _own_or(s, unit_ref)
        o = find_office(s, unit.id, office)
        succ = find_office(s, unit.id, successor) if successor else None
        if succ is not None and succ.id == o.id:
            raise InputRejected("Cơ quan kế nhiệm phải khác cơ quan bị giải thể/sáp nhập.",
                                en="The successor office must differ from the office being dissolved or merged.")
        before = _json(o)
        o.valid_to, o.successor_id, o.revision = on, succ.id if succ else None, o.revision + 1
        moved = []
        if succ is not None:
            links = s.execute(select(PlanItemOffice, PlanItem).join(PlanItem, PlanItem.id == PlanItemOffice.item_id)
                              .join(RemediationPlan, RemediationPlan.id == PlanItem.plan_id)
                              .where(PlanItemOffice.office_id == o.id, PlanItem.deleted.is_(False),
                                     PlanItem.status.in_(OPEN_STATUSES), RemediationPlan.year >= on.year)).all()
            for link, item in links:
                already = any(l.office_id == succ.id and l.role == link.role for l in item.offices)
                moved.append({"item_uuid": item.uuid, "role": link.role, "dropped": already})
                if already:
                    s.delete(link)
                else:
                    link.office_id = succ.id
                item.revision += 1
        s.flush()
        after = _json(o, successor=succ.short_name if succ else None)
        audit.record(s, "office.retire", "office", f"{unit.code}/{o.id}", before, {**after, "moved": moved})
        return {"office": after, "before": before, "after": after, "moved_tasks": len(moved), "moved": moved}
