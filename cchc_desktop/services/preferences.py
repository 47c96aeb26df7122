"""What the first-run wizard and the settings dialog show and change: this installation's unit,
its province and the signing key's fingerprint.

Kept in the database's settings so a backup or a portable copy carries them along. (The
interface language is a per-user choice the GUI keeps itself: gui/i18n.py.)
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from ..domain.text import clean
from . import audit, keys, settings, units
from .errors import InputRejected

PROVINCE = "province_name"


@dataclass(frozen=True)
class Preferences:
    unit_code: str | None
    unit_name: str | None
    level: str | None
    province: str
    key_fingerprint: str | None

    def to_json(self) -> dict:
        return asdict(self)


def needs_first_run(db) -> bool:
    """True while the database has no unit of its own (a fresh installation)."""
    with db.read() as s:
        return units.own_unit(s) is None


def load(db) -> Preferences:
    with db.read() as s:
        unit = units.own_unit(s)
        key = keys.own_key(s)
        return Preferences(unit.code if unit else None, unit.name if unit else None, unit.level if unit else None,
                           settings.get(s, PROVINCE) or "", key.fingerprint if key else None)


def save(db, *, province: str | None = None, unit_name: str | None = None) -> Preferences:
    """Changes what was given (None = unchanged), in one transaction, logged in the audit chain."""
    with db.session() as s:
        before = {"province": settings.get(s, PROVINCE)}
        if province is not None:
            settings.put(s, PROVINCE, clean(province))
        if unit_name is not None:
            unit = units.own_unit(s)
            if unit is None:
                raise InputRejected("Chưa có đơn vị của máy này; hãy khai báo đơn vị trước.",
                                    en="This computer has no unit yet; set the unit first.")
            if not clean(unit_name):
                raise InputRejected("Tên đơn vị không được để trống.", en="The unit name must not be empty.")
            before["unit_name"] = unit.name
            unit.name = clean(unit_name)
        audit.record(s, "preferences.save", "settings", None, before=before,
                     after={"province": province, "unit_name": unit_name})
    return load(db)
