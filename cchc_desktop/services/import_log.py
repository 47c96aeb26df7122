"""Every workbook import leaves a record (file, SHA-256, who, when, counts, warnings) and the
previous values of what it changed, so the last import can be taken back."""
from __future__ import annotations

import hashlib
import os

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..store.models import ImportRecord
from . import audit


def sha256_of(path: str | os.PathLike) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def record(s: Session, kind: str, path: str, digest: str, year: int | None, counts: dict,
           warnings: list[dict], undo_data: dict | None) -> ImportRecord:
    rec = ImportRecord(kind=kind, file_name=os.path.basename(path), sha256=digest, who=audit.current_user(),
                       year=year, counts=counts, warnings=warnings, undo_data=undo_data)
    s.add(rec)
    s.flush()
    audit.record(s, f"{kind}.import", "import_record", rec.id,
                 after={"file": rec.file_name, "sha256": digest, "year": year, **counts})
    return rec


def list_imports(db, limit: int = 200) -> list[dict]:
    with db.read() as s:
        rows = s.execute(select(ImportRecord).order_by(ImportRecord.id.desc()).limit(limit)).scalars().all()
        return [{"id": r.id, "kind": r.kind, "file_name": r.file_name, "sha256": r.sha256,
                 "at": r.at.isoformat() if r.at else None, "who": r.who, "year": r.year,
                 "counts": r.counts or {}, "warnings": len(r.warnings or []),
                 "undone": bool((r.undo_data or {}).get("undone")),
                 "can_undo": bool(r.undo_data) and not (r.undo_data or {}).get("undone")} for r in rows]
