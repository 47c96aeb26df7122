"""`init`: name this installation's unit and create its signing key."""
from __future__ import annotations

from sqlalchemy import select

from ..store.models import Unit
from . import audit, keys, settings, units


def init(db, code: str, name: str, level: str, parent: str | None = None) -> dict:
    with db.session() as s:
        unit = s.execute(select(Unit).where(Unit.code == code.strip())).scalar_one_or_none()
        if unit is None:
            unit = units.add_unit_in(s, code, name, level, parent)
        units.set_own_unit_in(s, unit)
        key = keys.ensure_own_key(s, unit.code)
        audit.record(s, "installation.init", "unit", unit.code, after={"fingerprint": key.fingerprint})
        row = units.UnitRow(unit.id, unit.code, unit.name, unit.level,
                            unit.parent.code if unit.parent else None, True)
        return {"unit": row.to_json(), "key_fingerprint": key.fingerprint}
