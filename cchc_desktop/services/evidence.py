"""Evidence (minh chứng) for a score: files stored once by SHA-256 beside the database,
linked to an assessment's criterion with a page/section note.

Detaching marks the link deleted (a tombstone, so packages carry the removal); attaching
the same file again revives it — that is how the GUI undoes a removal.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from ..store.models import Assessment, Criterion, EvidenceFile, EvidenceLink
from . import audit, scores, units
from .errors import InputRejected, NotFound

PUBLISHED = "published"


def _refuse_if_published(a) -> None:
    if a.state == PUBLISHED:
        raise InputRejected("Bản đánh giá đã công bố và đang khóa: hãy mở khóa trước khi thay đổi minh chứng.",
                            en="The assessment is published and locked: unlock it before changing evidence.")
from .progress import store_evidence_file


@dataclass(frozen=True)
class EvidenceRow:
    link_id: int
    sha256: str
    file_name: str
    size: int
    note: str


def _criterion(s, a, criterion_id: int) -> Criterion:
    c = s.get(Criterion, criterion_id)
    if c is None or c.set_id != a.set_id:
        raise NotFound("Tiêu chí không thuộc bộ tiêu chí của bản đánh giá này.",
                       en="The criterion does not belong to the criteria set of this assessment.")
    return c


def attach(db, unit_ref: str, year: int, criterion_id: int, file_path, note: str | None = None) -> EvidenceRow:
    """Store the file (once) and link it to the criterion; returns the link."""
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        a = scores.assessment_for(s, unit, year, create=True)
        c = _criterion(s, a, criterion_id)
        _refuse_if_published(a)
        sha = store_evidence_file(s, db.evidence_root, file_path)
        note = (note or "").strip() or None
        link = s.execute(select(EvidenceLink).where(EvidenceLink.assessment_id == a.id,
                                                    EvidenceLink.criterion_id == c.id,
                                                    EvidenceLink.sha256 == sha)).scalars().first()
        if link is None:
            link = EvidenceLink(assessment_id=a.id, criterion_id=c.id, sha256=sha, note=note, origin=unit.code)
            s.add(link)
        else:  # same file again: revive / update the note rather than list it twice
            link.deleted = False
            link.note = note if note is not None else link.note
            link.revision += 1
        s.flush()
        f = s.get(EvidenceFile, sha)
        audit.record(s, "evidence.attach", "evidence_link", f"{unit.code}/{year}/{c.code}",
                     None, {"sha256": sha, "file": f.file_name, "note": link.note})
        return EvidenceRow(link.id, sha, f.file_name, f.size, link.note or "")


def list_for(db, unit_ref: str, year: int, criterion_id: int) -> list[EvidenceRow]:
    with db.read() as s:
        a = scores.assessment_for(s, units.find_unit(s, unit_ref), year)
        rows = s.execute(select(EvidenceLink, EvidenceFile)
                         .join(EvidenceFile, EvidenceFile.sha256 == EvidenceLink.sha256)
                         .where(EvidenceLink.assessment_id == a.id, EvidenceLink.criterion_id == criterion_id,
                                EvidenceLink.deleted.is_(False))
                         .order_by(EvidenceLink.id)).all()
        return [EvidenceRow(l.id, f.sha256, f.file_name, f.size, l.note or "") for l, f in rows]


def detach(db, link_id: int) -> EvidenceRow:
    """Remove a link (the stored file stays: other links or an undo may need it)."""
    with db.session() as s:
        link = s.get(EvidenceLink, link_id)
        if link is None or link.deleted:
            raise NotFound("Minh chứng này không còn trong bản đánh giá.",
                           en="This evidence is no longer in the assessment.")
        _refuse_if_published(s.get(Assessment, link.assessment_id))
        link.deleted = True
        link.revision += 1
        f = s.get(EvidenceFile, link.sha256)
        audit.record(s, "evidence.detach", "evidence_link", str(link.uuid),
                     {"sha256": link.sha256, "file": f.file_name, "note": link.note}, None)
        return EvidenceRow(link.id, link.sha256, f.file_name, f.size, link.note or "")


def file_path(db, sha256: str) -> Path:
    """Where a stored evidence file lives (to open it)."""
    path = db.evidence_root / sha256
    if not path.is_file():
        raise NotFound("Tệp minh chứng không còn trong thư mục dữ liệu (có thể đã bị xóa bằng tay).",
                       file=str(path),
                       en="The evidence file is no longer in the data folder (it may have been deleted by hand).")
    return path


def restore(db, link_id: int) -> EvidenceRow:
    """Undo of `detach`: the same link comes back with its note."""
    with db.session() as s:
        link = s.get(EvidenceLink, link_id)
        if link is None:
            raise NotFound("Minh chứng này không còn trong bản đánh giá.",
                           en="This evidence is no longer in the assessment.")
        link.deleted = False
        link.revision += 1
        f = s.get(EvidenceFile, link.sha256)
        audit.record(s, "evidence.attach", "evidence_link", str(link.uuid), None,
                     {"sha256": link.sha256, "file": f.file_name, "note": link.note})
        return EvidenceRow(link.id, link.sha256, f.file_name, f.size, link.note or "")
