"""The unit directory: levels, parents, this installation's own unit."""
from __future__ import annotations

from dataclasses import dataclass, asdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.text import clean, fold
from ..store.models import Unit, UnitLevel
from . import audit, settings
from .errors import InputRejected
from .unit_lookup import pick_unit


@dataclass(frozen=True)
class UnitRow:
    id: int
    code: str
    name: str
    level: str
    parent: str | None
    own: bool = False

    def to_json(self) -> dict:
        return {"code": self.code, "name": self.name, "level": self.level, "parent": self.parent}


def _row(u: Unit, own_code: str | None) -> UnitRow:
    return UnitRow(u.id, u.code, u.name, u.level, u.parent.code if u.parent else None, u.code == own_code)


def levels(db) -> list[dict]:
    with db.read() as s:
        return [{"code": lv.code, "name_vi": lv.name_vi, "name_en": lv.name_en}
                for lv in s.execute(select(UnitLevel).order_by(UnitLevel.sort_order)).scalars()]


def find_unit(s: Session, ref: str) -> Unit:
    """A unit by code, or by name accent- and case-insensitively; ambiguity lists candidates."""
    unit = s.execute(select(Unit).where(Unit.code == clean(ref))).scalar_one_or_none()
    if unit:
        return unit
    return pick_unit(ref, None, s.execute(select(Unit).where(Unit.deleted.is_(False))).scalars().all())


def own_unit(s: Session) -> Unit | None:
    code = settings.get(s, settings.OWN_UNIT)
    return s.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none() if code else None


def _check_level(s: Session, level: str) -> str:
    if s.get(UnitLevel, level) is None:
        known = ", ".join(lv.code for lv in s.execute(select(UnitLevel)).scalars())
        raise InputRejected(f"Cấp đơn vị «{level}» không có trong danh mục ({known}).",
                            en=f"The unit level «{level}» is not in the list ({known}).")
    return level


def add_unit_in(s: Session, code: str, name: str, level: str, parent: str | None = None,
                short_name: str | None = None, place: str | None = None) -> Unit:
    code, name = clean(code), clean(name)
    if not code or not name:
        raise InputRejected("Mã và tên đơn vị không được để trống.", en="The unit code and name must not be empty.")
    if s.execute(select(Unit).where(Unit.code == code)).scalar_one_or_none():
        raise InputRejected(f"Mã đơn vị «{code}» đã có trong danh mục.",
                            en=f"The unit code «{code}» is already in the list.")
    parent_unit = find_unit(s, parent) if parent else None
    unit = Unit(code=code, name=name, level=_check_level(s, level), parent=parent_unit,
                short_name=short_name, place=place, origin=code)
    s.add(unit)
    s.flush()
    audit.record(s, "unit.add", "unit", code, after={"code": code, "name": name, "level": level,
                                                     "parent": parent_unit.code if parent_unit else None})
    return unit


def add_unit(db, code: str, name: str, level: str, parent: str | None = None) -> UnitRow:
    with db.session() as s:
        unit = add_unit_in(s, code, name, level, parent)
        return _row(unit, settings.get(s, settings.OWN_UNIT))


def list_units(db) -> list[UnitRow]:
    with db.read() as s:
        own = settings.get(s, settings.OWN_UNIT)
        level_order = {lv.code: lv.sort_order for lv in s.execute(select(UnitLevel)).scalars()}
        units = s.execute(select(Unit).where(Unit.deleted.is_(False))).scalars().all()
        units.sort(key=lambda u: (level_order.get(u.level, 99), fold(u.name)))
        return [_row(u, own) for u in units]


def set_own_unit_in(s: Session, unit: Unit) -> None:
    settings.put(s, settings.OWN_UNIT, unit.code)
    settings.installation_id(s)


def own_unit_row(db) -> UnitRow | None:
    with db.read() as s:
        u = own_unit(s)
        return _row(u, u.code) if u else None


def unit_dict(row: UnitRow) -> dict:
    return asdict(row)
