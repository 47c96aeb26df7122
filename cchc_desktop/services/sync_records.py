"""Synchronised records as plain JSON, and who owns them (package.md "Records").

Every record travels as `{"uuid", "origin", "revision", "base_revision", "updated_at",
"deleted", ...fields, ...references}`; references are UUIDs (database ids differ between
installations), points are dot strings, dates ISO. Types are listed parents first so an
import can create them in this order.

Ownership is decided from the data, not from what the sender claims: a self score belongs to
the unit of its assessment, appraised/survey scores, criteria and published results belong to
the province authority (a unit of level `tinh`, or the provincial Department of Home Affairs,
Sở Nội vụ). A package may *create* directory entries (units) it needs, but only owners change them.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from decimal import Decimal, InvalidOperation
from functools import partial
from operator import itemgetter

from sqlalchemy import Date, DateTime, Integer, Numeric, select
from sqlalchemy.orm import Session

from ..domain.numbers import json_dec, q3
from ..domain.text import fold
from ..store import models as m

META = ("uuid", "origin", "revision", "base_revision", "updated_at", "deleted")
PROVINCE = "province"  # owner marker: the province authority, whichever unit holds that role
PROVINCE_ORIGINS = {"province", "tinh", "ministry"}  # symbolic origins used before a province code is known


@dataclass(frozen=True)
class RecordType:
    name: str
    model: type
    fields: tuple[str, ...]
    refs: dict[str, tuple[str, str]] = field(default_factory=dict)  # json key -> (column, target type)
    label: str = ""

    def ref_type(self, key: str) -> str:
        return self.refs[key][1]


TYPES: list[RecordType] = [
    RecordType("unit", m.Unit, ("code", "name", "short_name", "level", "valid_from", "valid_to", "place"),
               {"parent": ("parent_id", "unit"), "successor": ("successor_id", "unit")}, "đơn vị"),
    RecordType("office", m.Office, ("name", "short_name", "kind", "sort_order", "valid_to"),
               {"unit": ("unit_id", "unit"), "successor": ("successor_id", "office")}, "phòng ban"),
    RecordType("criteria_set", m.CriteriaSet, ("year", "level", "name", "decision_number", "decision_date",
                                               "declared_total", "bands"),
               {"previous_set": ("previous_set_id", "criteria_set")}, "bộ tiêu chí"),
    RecordType("criterion", m.Criterion, ("code", "name", "sort_order", "max_points", "kind", "guidance",
                                          "evidence_required"),
               {"criteria_set": ("set_id", "criteria_set"), "parent": ("parent_id", "criterion")}, "tiêu chí"),
    RecordType("assessment", m.Assessment, ("state",),
               {"unit": ("unit_id", "unit"), "criteria_set": ("set_id", "criteria_set")}, "bản đánh giá"),
    RecordType("score", m.Score, ("layer", "value", "reason", "explanation", "updated_by"),
               {"assessment": ("assessment_id", "assessment"), "criterion": ("criterion_id", "criterion")}, "điểm"),
    RecordType("evidence_link", m.EvidenceLink, ("sha256", "note"),
               {"assessment": ("assessment_id", "assessment"), "criterion": ("criterion_id", "criterion")},
               "minh chứng"),
    RecordType("published_result", m.PublishedResult, ("year", "code", "label", "points", "max_points", "rank",
                                                       "rank_of", "rank_note", "sort_order", "source"),
               {"unit": ("unit_id", "unit")}, "kết quả công bố"),
    RecordType("remediation_plan", m.RemediationPlan,
               ("result_year", "year", "number", "issued_on", "place", "governing_body", "issuing_body", "subject",
                "bases", "purpose", "requirements", "tasks_intro", "organisation", "signer_name",
                "signer_authority", "signer_authority_body", "signer_title_line1", "signer_title", "recipients",
                "appendix_title", "state"),
               {"unit": ("unit_id", "unit")}, "kế hoạch khắc phục"),
    RecordType("plan_item", m.PlanItem,
               ("stt", "content", "criterion_code", "criterion_name", "max_points", "points_lost", "reason",
                "deadline_text", "deadline_kind", "deadline_start", "deadline_end", "deadline_recurring",
                "expected_output", "status", "status_reason"),
               {"plan": ("plan_id", "remediation_plan"), "criterion": ("criterion_id", "criterion")},
               "nhiệm vụ kế hoạch"),
    RecordType("progress_update", m.ProgressUpdate, ("period", "status", "text", "evidence_sha256"),
               {"item": ("item_id", "plan_item")}, "tiến độ"),
]
BY_NAME = {t.name: t for t in TYPES}
# Parents a record cannot exist without (the others may be missing and are then left empty).
REQUIRED_REFS = {"office": {"unit"}, "criterion": {"criteria_set"}, "assessment": {"unit", "criteria_set"},
                 "score": {"assessment", "criterion"}, "evidence_link": {"assessment", "criterion"},
                 "published_result": {"unit"}, "remediation_plan": {"unit"}, "plan_item": {"plan"},
                 "progress_update": {"item"}}


class BadRecord(ValueError):
    """A payload value of the wrong type (the package is signed, so this is a sender's bug)."""


# ------------------------------------------------------------------ values
def _out(value):
    if isinstance(value, Decimal):
        return json_dec(value)
    if isinstance(value, datetime):
        return (value if value.tzinfo else value.replace(tzinfo=timezone.utc)).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return value


def _in(column_type, value):
    """JSON value -> column value, refusing anything of the wrong shape."""
    if value is None:
        return None
    try:
        if isinstance(column_type, Numeric):
            if not isinstance(value, (str, int)) or isinstance(value, bool):
                raise BadRecord(value)
            d = Decimal(str(value))
            if not d.is_finite() or abs(d) >= 10 ** 6:
                raise BadRecord(value)
            return q3(d)
        if isinstance(column_type, DateTime):
            dt = datetime.fromisoformat(value)
            return dt.astimezone(timezone.utc) if dt.tzinfo else dt.replace(tzinfo=timezone.utc)
        if isinstance(column_type, Date):
            return date.fromisoformat(value)
        if isinstance(column_type, Integer):
            if not isinstance(value, int) or isinstance(value, bool) or abs(value) > 2 ** 53:
                raise BadRecord(value)
            return value
        if column_type.python_type is str:
            if not isinstance(value, str) or len(value) > 100_000:
                raise BadRecord(value)
            return value
        if column_type.python_type is bool:
            if not isinstance(value, bool):
                raise BadRecord(value)
            return value
    except (TypeError, ValueError, InvalidOperation, NotImplementedError, OverflowError) as exc:
        if isinstance(exc, BadRecord):
            raise
        raise BadRecord(value) from exc
    return value  # JSON columns: lists/dicts as they are


def column_type(rt: RecordType, name: str):
    return rt.model.__table__.c[name].type


def _text_in(value):
    """`_in` for a text column, inlined: most payload values are text and an import checks ~400 000."""
    if value is None:
        return None
    if not isinstance(value, str) or len(value) > 100_000:
        raise BadRecord(value)
    return value


def converters(rt: RecordType) -> tuple[tuple[str, object], ...]:
    """(field, JSON -> column value function) for every field of a record type, built once per type."""
    cached = _CONVERTERS.get(rt.name)
    if cached is None:
        out = []
        for f in rt.fields:
            ctype = column_type(rt, f)
            try:
                text = (not isinstance(ctype, (Numeric, DateTime, Date, Integer)) and ctype.python_type is str)
            except NotImplementedError:
                text = False
            out.append((f, _text_in if text else partial(_in, ctype)))
        cached = _CONVERTERS[rt.name] = tuple(out)
    return cached


_CONVERTERS: dict[str, tuple] = {}


def converted_fields(rt: RecordType) -> tuple[str, ...]:
    """Fields whose column value differs from its JSON (points, dates, times): `_out` is needed."""
    cached = _CONVERTED_FIELDS.get(rt.name)
    if cached is None:
        cached = _CONVERTED_FIELDS[rt.name] = tuple(
            f for f in rt.fields if isinstance(column_type(rt, f), (Numeric, Date, DateTime)))
    return cached


_CONVERTED_FIELDS: dict[str, tuple] = {}


# ------------------------------------------------------------------ export
def id_to_uuid(s: Session, model) -> dict[int, str]:
    return dict(s.execute(select(model.id, model.uuid)).all())


def to_json(rt: RecordType, row, uuid_maps: dict[str, dict[int, str]], offices=None) -> dict:
    doc = {k: _out(getattr(row, k)) for k in META}
    for f in rt.fields:
        doc[f] = _out(getattr(row, f))
    for key, (col, target) in rt.refs.items():
        ref_id = getattr(row, col)
        doc[key] = uuid_maps[target].get(ref_id) if ref_id is not None else None
    if rt.name == "plan_item":
        doc["offices"] = offices or []
    return doc


def row_encoder(rt: RecordType, columns: tuple[str, ...], uuid_maps: dict[str, dict[int, str]]):
    """`to_json` for rows read with `select(table)` (plain tuples whose names are `columns`), built once
    per type: columns are taken by position and only points, dates and times converted.
    Returns encode(row, offices=None) -> dict."""
    table = rt.model.__table__
    at = {name: i for i, name in enumerate(columns)}
    # Keys in to_json's order (META, fields, references): the conflict inbox stores this JSON as is.
    keys = META + rt.fields + tuple(rt.refs)
    take = itemgetter(*[at[k] for k in META + rt.fields] + [at[col] for col, _t in rt.refs.values()])
    converted = [(k, at[k]) for k in META + rt.fields if isinstance(table.c[k].type, (Numeric, Date, DateTime))]
    refs = [(key, uuid_maps[target]) for key, (_col, target) in rt.refs.items()]
    items = rt.name == "plan_item"
    points: dict[Decimal, str] = {}  # a year's scores take a handful of values: format each once

    def encode(row, offices=None) -> dict:
        doc = dict(zip(keys, take(row)))  # references hold local ids until replaced below
        for k, i in converted:
            value = row[i]
            if isinstance(value, Decimal):
                text = points.get(value)
                if text is None:
                    text = points[value] = json_dec(value)
                doc[k] = text
            else:
                doc[k] = _out(value)
        for key, uuids in refs:
            ref_id = doc[key]
            doc[key] = uuids.get(ref_id) if ref_id is not None else None
        if items:
            doc["offices"] = offices or []
        return doc
    return encode


def json_rows(rt: RecordType, rows: list, uuid_maps: dict[str, dict[int, str]], offices: dict[int, list] | None = None):
    """`to_json` for many rows of one type read with `select(table)` (an export)."""
    if not rows:
        return
    encode = row_encoder(rt, rows[0]._fields, uuid_maps)
    offices = offices or {}
    id_at = rows[0]._fields.index("id")
    for row in rows:
        yield encode(row, offices.get(row[id_at]))


def content(doc: dict) -> dict:
    """What a record says, without its bookkeeping: equal content means `unchanged`."""
    return {k: v for k, v in doc.items() if k not in ("uuid", "origin", "revision", "base_revision", "updated_at")}


def set_fingerprint(s: Session, set_id: int) -> str:
    """Version of a criteria set from its criteria (code, parent, maximum, kind): the same tree gives
    the same hash on every installation, so scores never merge into a different set silently."""
    rows = s.execute(select(m.Criterion.id, m.Criterion.code, m.Criterion.parent_id, m.Criterion.max_points,
                            m.Criterion.kind).where(m.Criterion.set_id == set_id,
                                                    m.Criterion.deleted.is_(False))).all()
    codes = {r.id: r.code for r in rows}
    body = sorted((r.code, codes.get(r.parent_id), json_dec(r.max_points), r.kind) for r in rows)
    return hashlib.sha256(json.dumps(body, ensure_ascii=False).encode("utf-8")).hexdigest()


# ------------------------------------------------------------------ ownership
def is_province_authority(unit) -> bool:
    if unit is None:
        return False
    return unit.level == "tinh" or (unit.level == "so" and "noi vu" in fold(unit.name))


class Owners:
    """Answers "who owns this record?" from local data overlaid with the package's own records."""

    def __init__(self, s: Session, payload: dict[str, list[dict]]):
        self.unit_code_by_uuid = dict(s.execute(select(m.Unit.uuid, m.Unit.code)).all())
        self.assessment_unit = dict(s.execute(select(m.Assessment.uuid, m.Unit.uuid)
                                              .join(m.Unit, m.Unit.id == m.Assessment.unit_id)).all())
        self.plan_unit = dict(s.execute(select(m.RemediationPlan.uuid, m.Unit.uuid)
                                        .join(m.Unit, m.Unit.id == m.RemediationPlan.unit_id)).all())
        self.item_plan = dict(s.execute(select(m.PlanItem.uuid, m.RemediationPlan.uuid)
                                        .join(m.RemediationPlan, m.RemediationPlan.id == m.PlanItem.plan_id)).all())
        self.office_unit = dict(s.execute(select(m.Office.uuid, m.Unit.uuid)
                                          .join(m.Unit, m.Unit.id == m.Office.unit_id)).all())
        # Local data wins: a package cannot move an existing record to another unit to gain ownership.
        for rec in payload.get("unit", []):
            self.unit_code_by_uuid.setdefault(rec.get("uuid"), rec.get("code"))
        for kind, target, key in (("assessment", self.assessment_unit, "unit"),
                                  ("remediation_plan", self.plan_unit, "unit"),
                                  ("plan_item", self.item_plan, "plan"), ("office", self.office_unit, "unit")):
            for rec in payload.get(kind, []):
                target.setdefault(rec.get("uuid"), rec.get(key))

    def owner(self, kind: str, rec: dict) -> str | None:
        """A unit code, PROVINCE, or None when it cannot be told (then nobody may change it)."""
        if kind in ("criteria_set", "criterion", "published_result", "unit"):
            return PROVINCE
        if kind == "score" and rec.get("layer") != "self":
            return PROVINCE
        if kind == "assessment":
            unit_uuid = self.assessment_unit.get(rec.get("uuid"))
        elif kind in ("score", "evidence_link"):
            unit_uuid = self.assessment_unit.get(rec.get("assessment"))
        elif kind == "office":
            unit_uuid = self.office_unit.get(rec.get("uuid"))
        elif kind == "remediation_plan":
            unit_uuid = self.plan_unit.get(rec.get("uuid"))
        elif kind == "plan_item":
            unit_uuid = self.plan_unit.get(rec.get("plan"))
        elif kind == "progress_update":
            unit_uuid = self.plan_unit.get(self.item_plan.get(rec.get("item")))
        else:
            return None
        return self.unit_code_by_uuid.get(unit_uuid)


def sender_owns(owner: str | None, sender_code: str, sender_is_province: bool) -> bool:
    if owner is None:
        return False
    if owner == PROVINCE:
        return sender_is_province
    return owner == sender_code


# Columns that identify a record even when two installations created it under different UUIDs
# (a unit added by hand at the province and the same unit's own record, say).
NATURAL = {"unit": ("code",), "criterion": ("set_id", "code"), "assessment": ("unit_id", "set_id"),
           "score": ("assessment_id", "criterion_id", "layer"), "progress_update": ("item_id", "period")}


def describe(kind: str, rec: dict) -> str:
    """A short human label of a record for messages: «điểm 1.2 (self)», «đơn vị DNO-TUYDUC»."""
    label = BY_NAME[kind].label
    bits = []
    for k in _DESCRIBE_KEYS:
        value = rec.get(k)
        if value is not None and value != "":
            bits.append(str(value))
            if len(bits) == 2:
                break
    return f"{label} {' '.join(bits)}".strip() if bits else f"{label} {rec.get('uuid', '')[:8]}"


_DESCRIBE_KEYS = ("code", "layer", "period", "stt", "number", "name")
