"""The whole data model (DESIGN.md) as SQLAlchemy 2 tables.

Synchronised records carry uuid / origin / revision / base_revision / updated_at / deleted
(package.md). Points are Numeric(9, 3) and come back as Decimal.
"""
from __future__ import annotations

import uuid as uuid_mod
from datetime import date, datetime, timezone
from decimal import Decimal

from sqlalchemy import (Boolean, Date, DateTime, ForeignKey, Integer, Numeric, String, Text,
                        UniqueConstraint, Index, JSON)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

POINTS = Numeric(9, 3, asdecimal=True)


def new_uuid() -> str:
    return str(uuid_mod.uuid4())


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    pass


class Synced:
    """Fields every exchanged record carries (package.md)."""
    uuid: Mapped[str] = mapped_column(String(36), unique=True, default=new_uuid)
    origin: Mapped[str | None] = mapped_column(String(64))  # code of the unit that owns it
    revision: Mapped[int] = mapped_column(Integer, default=1)
    base_revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, onupdate=utcnow)
    deleted: Mapped[bool] = mapped_column(Boolean, default=False)


class RowVersioned:
    """Optimistic concurrency on a shared server: every UPDATE/DELETE carries `WHERE revision = <as read>`,
    so an edit based on a row another officer changed meanwhile is refused (StaleDataError → StaleEdit),
    never written over it. The services still bump `revision` themselves (package.md), hence no generator."""

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.revision, "version_id_generator": False}


class Setting(Base):
    """Installation-wide key/value settings: own unit, installation id, defaults."""
    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str | None] = mapped_column(Text)


class UnitLevel(Base):
    __tablename__ = "unit_level"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_vi: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Unit(Synced, Base):
    __tablename__ = "unit"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str | None] = mapped_column(String(120))
    level: Mapped[str] = mapped_column(ForeignKey("unit_level.code"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    valid_from: Mapped[date | None] = mapped_column(Date)
    valid_to: Mapped[date | None] = mapped_column(Date)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("unit.id"))
    place: Mapped[str | None] = mapped_column(String(120))  # printed before the date: "Tuy Đức"

    parent: Mapped["Unit | None"] = relationship(remote_side=[id], foreign_keys=[parent_id])


class SigningKey(Base):
    """Ed25519 keys: ours (with private part) and trusted keys of other installations."""
    __tablename__ = "signing_key"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(64), index=True)
    installation_id: Mapped[str | None] = mapped_column(String(36))
    public_key: Mapped[bytes] = mapped_column()
    private_key: Mapped[bytes | None] = mapped_column()
    fingerprint: Mapped[str] = mapped_column(String(100), unique=True)
    own: Mapped[bool] = mapped_column(Boolean, default=False)
    trusted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class Office(Synced, Base):
    """An office of a unit that leads or supports plan tasks (or a group phrase such as
    "Các phòng, ban liên quan", which plans use like an office)."""
    __tablename__ = "office"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    short_name: Mapped[str] = mapped_column(String(255))
    kind: Mapped[str] = mapped_column(String(20), default="office")  # office | commune_group | group
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    valid_to: Mapped[date | None] = mapped_column(Date)
    successor_id: Mapped[int | None] = mapped_column(ForeignKey("office.id"))


class CriteriaSet(Synced, Base):
    __tablename__ = "criteria_set"
    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    level: Mapped[str] = mapped_column(ForeignKey("unit_level.code"))
    name: Mapped[str] = mapped_column(String(255))
    decision_number: Mapped[str | None] = mapped_column(String(100))
    decision_date: Mapped[date | None] = mapped_column(Date)
    declared_total: Mapped[Decimal | None] = mapped_column(POINTS)
    version_hash: Mapped[str | None] = mapped_column(String(64))
    previous_set_id: Mapped[int | None] = mapped_column(ForeignKey("criteria_set.id"))
    bands: Mapped[list | None] = mapped_column(JSON)  # classification bands [{"label","min"}]

    criteria: Mapped[list["Criterion"]] = relationship(back_populates="criteria_set",
                                                       order_by="Criterion.sort_order",
                                                       cascade="all, delete-orphan")


class Criterion(RowVersioned, Synced, Base):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("set_id", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("criteria_set.id", ondelete="CASCADE"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    code: Mapped[str] = mapped_column(String(40))
    name: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    max_points: Mapped[Decimal] = mapped_column(POINTS, default=Decimal(0))
    kind: Mapped[str] = mapped_column(String(20), default="scored")  # scored|survey|bonus|penalty
    guidance: Mapped[str | None] = mapped_column(Text)
    evidence_required: Mapped[str | None] = mapped_column(Text)

    criteria_set: Mapped[CriteriaSet] = relationship(back_populates="criteria")


class CriterionMapping(Base):
    """How a criterion of one year's set became criteria of the next (renamed, split…)."""
    __tablename__ = "criterion_mapping"
    id: Mapped[int] = mapped_column(primary_key=True)
    from_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    to_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    change: Mapped[str] = mapped_column(String(20))  # unchanged|renamed|split|merged|removed|new
    note: Mapped[str | None] = mapped_column(Text)


class Assessment(Synced, Base):
    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("unit_id", "set_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("criteria_set.id", ondelete="CASCADE"), index=True)
    state: Mapped[str] = mapped_column(String(20), default="draft")
    # draft | self_assessed | sent | explained | appraised | published


class Score(RowVersioned, Synced, Base):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("assessment_id", "criterion_id", "layer"),
                      Index("ix_score_assessment", "assessment_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"))
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    layer: Mapped[str] = mapped_column(String(12))  # self | appraised | survey
    value: Mapped[Decimal | None] = mapped_column(POINTS)
    reason: Mapped[str | None] = mapped_column(Text)
    explanation: Mapped[str | None] = mapped_column(Text)  # giải trình
    updated_by: Mapped[str | None] = mapped_column(String(100))


class EvidenceFile(Base):
    """A file stored once in the data folder, named by its SHA-256."""
    __tablename__ = "evidence_file"
    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255))
    size: Mapped[int] = mapped_column(Integer)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class EvidenceLink(Synced, Base):
    __tablename__ = "evidence_link"
    id: Mapped[int] = mapped_column(primary_key=True)
    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessment.id", ondelete="CASCADE"), index=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("criterion.id", ondelete="CASCADE"))
    sha256: Mapped[str] = mapped_column(ForeignKey("evidence_file.sha256"))
    note: Mapped[str | None] = mapped_column(Text)  # page / section


class PublishedResult(Synced, Base):
    """What the province or ministry published for a unit and year, field by field."""
    __tablename__ = "published_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    year: Mapped[int] = mapped_column(Integer, index=True)
    code: Mapped[str | None] = mapped_column(String(40))  # field code, or None for the total
    label: Mapped[str] = mapped_column(Text)
    points: Mapped[Decimal | None] = mapped_column(POINTS)
    max_points: Mapped[Decimal | None] = mapped_column(POINTS)
    rank: Mapped[int | None] = mapped_column(Integer)
    rank_of: Mapped[int | None] = mapped_column(Integer)
    rank_note: Mapped[str | None] = mapped_column(String(40))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    source: Mapped[str | None] = mapped_column(Text)


class RemediationPlan(Synced, Base):
    __tablename__ = "remediation_plan"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("unit.id"), index=True)
    result_year: Mapped[int] = mapped_column(Integer)  # the year whose deductions it answers
    year: Mapped[int] = mapped_column(Integer)  # the year it is carried out
    number: Mapped[str | None] = mapped_column(String(60))  # 12/KH-UBND
    issued_on: Mapped[date | None] = mapped_column(Date)
    place: Mapped[str | None] = mapped_column(String(120))
    governing_body: Mapped[str | None] = mapped_column(String(255))  # UBND TỈNH ĐẮK NÔNG
    issuing_body: Mapped[str | None] = mapped_column(String(255))  # ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC
    subject: Mapped[str | None] = mapped_column(Text)
    bases: Mapped[list | None] = mapped_column(JSON)
    preamble: Mapped[str | None] = mapped_column(Text)  # "… ban hành Kế hoạch … như sau:"
    closing: Mapped[str | None] = mapped_column(Text)  # "Trên đây là Kế hoạch …"
    purpose: Mapped[str | None] = mapped_column(Text)
    requirements: Mapped[str | None] = mapped_column(Text)
    tasks_intro: Mapped[str | None] = mapped_column(Text)
    organisation: Mapped[list | None] = mapped_column(JSON)
    signer_name: Mapped[str | None] = mapped_column(String(120))
    signer_authority: Mapped[str | None] = mapped_column(String(10))  # TM. KT. Q. TL. TUQ.
    signer_authority_body: Mapped[str | None] = mapped_column(String(120))
    signer_title_line1: Mapped[str | None] = mapped_column(String(120))
    signer_title: Mapped[str | None] = mapped_column(String(120))
    recipients: Mapped[list | None] = mapped_column(JSON)
    appendix_title: Mapped[str | None] = mapped_column(Text)
    state: Mapped[str] = mapped_column(String(20), default="draft")  # draft | issued | closed

    items: Mapped[list["PlanItem"]] = relationship(back_populates="plan", order_by="PlanItem.stt",
                                                   cascade="all, delete-orphan")


class PlanItem(RowVersioned, Synced, Base):
    __tablename__ = "plan_item"
    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("remediation_plan.id", ondelete="CASCADE"), index=True)
    stt: Mapped[int] = mapped_column(Integer)
    content: Mapped[str] = mapped_column(Text)
    criterion_id: Mapped[int | None] = mapped_column(ForeignKey("criterion.id", ondelete="SET NULL"))
    criterion_code: Mapped[str | None] = mapped_column(String(40))
    criterion_name: Mapped[str | None] = mapped_column(Text)
    max_points: Mapped[Decimal | None] = mapped_column(POINTS)
    points_lost: Mapped[Decimal | None] = mapped_column(POINTS)
    reason: Mapped[str | None] = mapped_column(Text)
    deadline_text: Mapped[str | None] = mapped_column(String(255))
    deadline_kind: Mapped[str | None] = mapped_column(String(20))
    deadline_start: Mapped[date | None] = mapped_column(Date)
    deadline_end: Mapped[date | None] = mapped_column(Date)
    deadline_recurring: Mapped[str | None] = mapped_column(String(20))
    expected_output: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), default="not_started")
    # not_started | in_progress | done | overdue | failed
    status_reason: Mapped[str | None] = mapped_column(Text)

    plan: Mapped[RemediationPlan] = relationship(back_populates="items")
    offices: Mapped[list["PlanItemOffice"]] = relationship(order_by="PlanItemOffice.sort_order",
                                                           cascade="all, delete-orphan")


class PlanItemOffice(Base):
    __tablename__ = "plan_item_office"
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"))
    role: Mapped[str] = mapped_column(String(10))  # lead | partner
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    office: Mapped[Office] = relationship()


class ProgressUpdate(Synced, Base):
    __tablename__ = "progress_update"
    __table_args__ = (UniqueConstraint("item_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(ForeignKey("plan_item.id", ondelete="CASCADE"), index=True)
    period: Mapped[str] = mapped_column(String(12))  # Q1-2026, H1-2026, 9M-2026, Y-2026
    status: Mapped[str] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    evidence_sha256: Mapped[str | None] = mapped_column(ForeignKey("evidence_file.sha256"))


class AuditEntry(Base):
    """Append-only, hash-chained change log."""
    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    who: Mapped[str] = mapped_column(String(120))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(60))
    entity_key: Mapped[str | None] = mapped_column(String(120))
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    reason: Mapped[str | None] = mapped_column(Text)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))


class ImportRecord(Base):
    """Every workbook or package import: file, hash, who, when, counts, warnings."""
    __tablename__ = "import_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    file_name: Mapped[str] = mapped_column(String(255))
    sha256: Mapped[str] = mapped_column(String(64))
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    who: Mapped[str | None] = mapped_column(String(120))
    year: Mapped[int | None] = mapped_column(Integer)
    counts: Mapped[dict | None] = mapped_column(JSON)
    warnings: Mapped[list | None] = mapped_column(JSON)
    undo_data: Mapped[dict | None] = mapped_column(JSON)


class PackageLog(Base):
    """Exchange packages sent and received, and their receipts."""
    __tablename__ = "package_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36), unique=True)
    direction: Mapped[str] = mapped_column(String(10))  # sent | received
    counterpart: Mapped[str] = mapped_column(String(64))
    sequence: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    acknowledged_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    records: Mapped[int] = mapped_column(Integer, default=0)
    outcome: Mapped[dict | None] = mapped_column(JSON)
    manifest: Mapped[dict | None] = mapped_column(JSON)


class Conflict(Base):
    """A record changed on both sides since its base revision, waiting for a decision."""
    __tablename__ = "conflict"
    id: Mapped[int] = mapped_column(primary_key=True)
    package_id: Mapped[str] = mapped_column(String(36))
    record_type: Mapped[str] = mapped_column(String(40))
    record_uuid: Mapped[str] = mapped_column(String(36))
    mine: Mapped[dict | None] = mapped_column(JSON)
    theirs: Mapped[dict | None] = mapped_column(JSON)
    state: Mapped[str] = mapped_column(String(20), default="open")  # open | kept | taken | edited
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
