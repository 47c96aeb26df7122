"""Append-only, hash-chained change log: who, when, what, before -> after."""
from __future__ import annotations

import getpass
import hashlib
import json
from datetime import datetime, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import AuditEntry

GENESIS = "0" * 64


def current_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name on some Windows services: still log something
        return "không rõ"


def _digest(prev_hash: str, at: datetime, who: str, action: str, entity: str, key, before, after, reason) -> str:
    body = json.dumps([prev_hash, at.isoformat(), who, action, entity, key, before, after, reason],
                      ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def record(s: Session, action: str, entity: str, key=None, before=None, after=None,
           reason: str | None = None, who: str | None = None) -> AuditEntry:
    """Append one entry chained to the previous one, in the caller's transaction."""
    last = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).scalar_one_or_none()
    prev = last.hash if last else GENESIS
    at = datetime.now(timezone.utc).replace(microsecond=0)
    who = who or current_user()
    key = None if key is None else str(key)
    entry = AuditEntry(at=at, who=who, action=action, entity=entity, entity_key=key, before=before,
                       after=after, reason=reason, prev_hash=prev,
                       hash=_digest(prev, at, who, action, entity, key, before, after, reason))
    s.add(entry)
    s.flush()
    return entry


def verify(db) -> dict:
    """Recompute the chain; any edited, inserted or deleted entry breaks it."""
    problems = []
    with db.read() as s:
        prev = GENESIS
        n = 0
        for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
            n += 1
            at = e.at if e.at.tzinfo else e.at.replace(tzinfo=timezone.utc)
            expected = _digest(prev, at, e.who, e.action, e.entity, e.entity_key, e.before, e.after, e.reason)
            if e.prev_hash != prev:
                problems.append(f"Mục nhật ký #{e.id}: liên kết với mục trước bị đứt (có mục bị xóa hoặc chèn).")
            elif e.hash != expected:
                problems.append(f"Mục nhật ký #{e.id}: nội dung đã bị sửa sau khi ghi.")
            prev = e.hash
    return {"ok": not problems, "entries": n, "problems": problems}


def entries(db, limit: int = 500) -> list[dict]:
    with db.read() as s:
        rows = s.execute(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)).scalars().all()
        return [{"id": e.id, "at": e.at.isoformat(), "who": e.who, "action": e.action, "entity": e.entity,
                 "key": e.entity_key, "before": e.before, "after": e.after, "reason": e.reason} for e in rows]
