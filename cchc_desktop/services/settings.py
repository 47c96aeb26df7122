"""Installation settings kept in the database (own unit, installation id, defaults)."""
from __future__ import annotations

import uuid

from sqlalchemy.orm import Session

from ..store.models import Setting

OWN_UNIT = "own_unit_code"
INSTALLATION_ID = "installation_id"


def get(s: Session, key: str, default: str | None = None) -> str | None:
    row = s.get(Setting, key)
    return row.value if row is not None else default


def put(s: Session, key: str, value: str | None) -> None:
    row = s.get(Setting, key)
    if row is None:
        s.add(Setting(key=key, value=value))
    else:
        row.value = value


def installation_id(s: Session) -> str:
    value = get(s, INSTALLATION_ID)
    if value is None:
        value = str(uuid.uuid4())
        put(s, INSTALLATION_ID, value)
    return value
