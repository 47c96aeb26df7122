"""Explicit revision checks for edits made from a screen that was read earlier (GUI, shared server).

The ORM guards the short window between reading and writing inside one transaction (version_id_col on
Score, PlanItem, Criterion). A form the officer kept open for ten minutes needs more: it passes the
revision it showed, and the service refuses when the row moved on since.
"""
from __future__ import annotations

from ..store.engine import STALE_MESSAGE, STALE_MESSAGE_EN, StaleEdit


def check_revision(row, expected: int | None) -> None:
    """No-op when the caller does not track revisions (expected None)."""
    if expected is not None and row is not None and row.revision != expected:
        raise StaleEdit(STALE_MESSAGE, en=STALE_MESSAGE_EN, details=[{"expected_revision": expected, "current_revision": row.revision}])
