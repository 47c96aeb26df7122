"""Column-role choices remembered per sender, so the next workbook from the same province office
opens with the mapping the officer fixed last time. Stored in QSettings (per user)."""
from __future__ import annotations

import json

from PySide6.QtCore import QSettings

from ...domain.text import fold

_GROUP = "import/profiles"


def _key(sender: str) -> str:
    return fold(sender).replace(" ", "_").replace("/", "_")[:80] or "_"


def load_profile(sender: str) -> dict[str, str] | None:
    """{header text folded: role} or None."""
    raw = QSettings().value(f"{_GROUP}/{_key(sender)}", "")
    try:
        doc = json.loads(raw) if raw else None
    except ValueError:
        return None
    return doc if isinstance(doc, dict) else None


def save_profile(sender: str, roles_by_header: dict[str, str]) -> None:
    QSettings().setValue(f"{_GROUP}/{_key(sender)}", json.dumps(roles_by_header, ensure_ascii=False))


def senders() -> list[str]:
    s = QSettings()
    s.beginGroup(_GROUP)
    try:
        return list(s.childKeys())
    finally:
        s.endGroup()
