"""Which office leads (and supports) the task of each criterion, per unit.

Learned from the unit's earlier plans; what an officer sets by hand is kept in the setting
`office_map:<unit code>` as JSON `{code: {"lead": [office ids], "partners": [office ids]}}`
and wins over what was learned. There is no table for it: it is a preference, not a record
exchanged with the province.
"""
from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.plan_drafting import OfficeChoice, OfficeMap, PastTask, learn_office_map
from ..store.models import Office, PlanItem, RemediationPlan, Unit
from . import audit, settings, units
from .plans import find_office


def setting_key(unit_code: str) -> str:
    return f"office_map:{unit_code}"


def current_office_id(s: Session, office_id: int, _seen=None) -> int:
    """Follow successor links of retired offices (2025 reorganisation) to the office of today."""
    seen = _seen or set()
    o = s.get(Office, office_id)
    while o is not None and o.successor_id and o.id not in seen:
        seen.add(o.id)
        o = s.get(Office, o.successor_id)
    return o.id if o is not None else office_id


def past_tasks(s: Session, unit: Unit) -> list[PastTask]:
    plans = s.execute(select(RemediationPlan).where(RemediationPlan.unit_id == unit.id,
                                                    RemediationPlan.deleted.is_(False))
                      .order_by(RemediationPlan.year.desc(), RemediationPlan.id.desc())).scalars().all()
    out = []
    for p in plans:
        for it in p.items:
            if it.deleted:
                continue
            lead = tuple(current_office_id(s, link.office_id) for link in it.offices if link.role == "lead")
            partners = tuple(current_office_id(s, link.office_id) for link in it.offices if link.role == "partner")
            out.append(PastTask(it.criterion_code, lead, partners, it.deadline_text or "", it.deadline_kind,
                                it.expected_output or ""))
    return out


def _stored(s: Session, unit: Unit) -> dict:
    try:
        return json.loads(settings.get(s, setting_key(unit.code)) or "{}")
    except ValueError:  # a hand-edited setting must not stop drafting
        return {}


def office_map_in(s: Session, unit: Unit) -> OfficeMap:
    learned = learn_office_map(past_tasks(s, unit))
    for code, entry in _stored(s, unit).items():
        if entry.get("lead"):
            old = learned.choices.get(code)
            learned.choices[code] = OfficeChoice(
                tuple(current_office_id(s, i) for i in entry["lead"]),
                tuple(current_office_id(s, i) for i in entry.get("partners", [])),
                old.deadline_text if old else "", old.deadline_kind if old else None,
                old.expected_output if old else "")
    return learned


def _names(s: Session, ids) -> list[str]:
    return [o.short_name for o in (s.get(Office, i) for i in ids) if o is not None]


def get_map(db, unit_ref: str) -> dict:
    with db.read() as s:
        unit = units.find_unit(s, unit_ref)
        stored = _stored(s, unit)
        m = office_map_in(s, unit)
        return {"unit": unit.code, "criteria": {
            code: {"lead": _names(s, c.lead), "partners": _names(s, c.partners),
                   "source": "set" if code in stored else "learned"}
            for code, c in sorted(m.choices.items())}}


def set_offices_for(db, unit_ref: str, code: str, lead: list[str], partners: list[str] | None = None) -> dict:
    """Set by hand who leads a criterion's task in future drafts; returns before/after (undo = call again)."""
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        stored = _stored(s, unit)
        before = stored.get(code)
        if lead:
            entry = {"lead": [find_office(s, unit.id, n).id for n in lead],
                     "partners": [find_office(s, unit.id, n).id for n in (partners or [])]}
            stored[code] = entry
        else:
            stored.pop(code, None)
            entry = None
        settings.put(s, setting_key(unit.code), json.dumps(stored, ensure_ascii=False))
        audit.record(s, "office_map.set", "setting", f"{unit.code}/{code}", before, entry)
        return {"code": code, "before": before, "after": entry}
