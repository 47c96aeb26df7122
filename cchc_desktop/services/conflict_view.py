"""How a stored conflict reads to an officer: which record it is (unit, criterion, layer), the
fields that differ with Vietnamese labels, and both values formatted the Vietnamese way
("30,44", dd/mm/yyyy, có/không). Used by services.conflicts, the CLI and the exchange centre."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.numbers import fmt_points
from ..store import models as m
from . import sync_records as sr

# Bookkeeping keys the importer may keep beside the content: never shown, never compared.
META_KEYS = ("uuid", "origin", "revision", "base_revision", "updated_at")

FIELD_LABELS = {
    "value": "Điểm", "reason": "Lý do", "explanation": "Giải trình", "layer": "Lớp điểm", "updated_by": "Người sửa",
    "deleted": "Đã xóa", "name": "Tên", "short_name": "Tên ngắn", "code": "Mã", "state": "Trạng thái",
    "status": "Tình trạng", "status_reason": "Lý do tình trạng", "content": "Nội dung", "stt": "STT",
    "max_points": "Điểm tối đa", "points_lost": "Điểm bị trừ", "criterion_code": "Mã tiêu chí",
    "criterion_name": "Tên tiêu chí", "deadline_text": "Thời hạn", "deadline_kind": "Loại thời hạn",
    "deadline_start": "Bắt đầu", "deadline_end": "Hạn hoàn thành", "deadline_recurring": "Định kỳ",
    "expected_output": "Sản phẩm", "sort_order": "Thứ tự", "kind": "Loại", "guidance": "Hướng dẫn",
    "evidence_required": "Minh chứng cần có", "note": "Ghi chú", "sha256": "Tệp minh chứng", "period": "Kỳ báo cáo",
    "text": "Nội dung báo cáo", "evidence_sha256": "Tệp minh chứng", "points": "Điểm", "rank": "Xếp hạng",
    "rank_of": "Trên tổng số", "label": "Nhãn", "year": "Năm", "number": "Số hiệu", "issued_on": "Ngày ban hành",
    "subject": "Trích yếu", "signer_name": "Người ký", "valid_to": "Hiệu lực đến", "criterion": "Tiêu chí",
    "offices": "Phòng ban thực hiện", "place": "Địa danh", "level": "Cấp", "decision_number": "Số quyết định",
    "decision_date": "Ngày quyết định", "declared_total": "Tổng điểm công bố",
}
LAYER_NAMES = {"self": "tự chấm", "appraised": "thẩm định", "survey": "ĐTXHH"}
STATE_NAMES = {"open": "chờ quyết định", "kept": "đã giữ bản của mình", "taken": "đã nhận bản của họ",
               "edited": "đã sửa"}
EMPTY = "(trống)"


def field_label(name: str) -> str:
    return FIELD_LABELS.get(name, name)


def is_points(rt: sr.RecordType, name: str) -> bool:
    from sqlalchemy import Numeric
    return name in rt.fields and isinstance(sr.column_type(rt, name), Numeric)


def format_value(rt: sr.RecordType, name: str, value, refs: dict | None = None) -> str:
    """A JSON value (dot-string points, ISO dates) as the officer reads it."""
    if value is None or value == "":
        return EMPTY
    if isinstance(value, bool):
        return "có" if value else "không"
    if name == "layer":
        return LAYER_NAMES.get(value, str(value))
    if is_points(rt, name):
        try:
            return fmt_points(Decimal(str(value)))
        except (InvalidOperation, ValueError):
            return str(value)
    if name in rt.refs:
        return (refs or {}).get(value) or str(value)[:8]
    if isinstance(value, str) and len(value) in (10, 25, 32) and value[:4].isdigit() and value[4:5] == "-":
        try:
            d = datetime.fromisoformat(value) if "T" in value else date.fromisoformat(value)
            return d.strftime("%d/%m/%Y %H:%M" if isinstance(d, datetime) else "%d/%m/%Y")
        except ValueError:
            pass
    if isinstance(value, list):
        return ", ".join((refs or {}).get(x.get("office"), "?") if isinstance(x, dict) else str(x) for x in value)
    return str(value)


def differing_fields(rt: sr.RecordType, mine: dict, theirs: dict) -> list[str]:
    """Field names (content fields, references, deleted) whose values differ, in the record's own order."""
    names = list(rt.fields) + list(rt.refs) + ["deleted"] + (["offices"] if rt.name == "plan_item" else [])
    return [n for n in names if n not in META_KEYS and _norm(mine.get(n)) != _norm(theirs.get(n))]


def _norm(v):
    return None if v in ("", None) else (False if v is False else v)


def ref_names(s: Session, rt: sr.RecordType, docs: list[dict]) -> dict[str, str]:
    """uuid -> short readable name for the references that appear in these records."""
    wanted = {d.get(k) for d in docs for k in rt.refs if isinstance(d.get(k), str)}
    wanted |= {o.get("office") for d in docs for o in (d.get("offices") or []) if isinstance(o, dict)}
    wanted.discard(None)
    out: dict[str, str] = {}
    if not wanted:
        return out
    ids = list(wanted)
    for u, code, name in s.execute(select(m.Criterion.uuid, m.Criterion.code, m.Criterion.name)
                                   .where(m.Criterion.uuid.in_(ids))):
        out[u] = f"{code} {name}"
    for model in (m.Unit, m.Office):
        for u, name in s.execute(select(model.uuid, model.name).where(model.uuid.in_(ids))):
            out[u] = name
    return out


def describe(s: Session, kind: str, rec: dict) -> dict:
    """{"label", "unit", "criterion"} for a record in local terms («Điểm tự chấm 1.1 Kế hoạch CCHC»)."""
    unit = crit = None
    label = sr.describe(kind, rec) if kind in sr.BY_NAME else kind
    assessment_uuid = rec.get("uuid") if kind == "assessment" else rec.get("assessment")
    if assessment_uuid:
        a = s.execute(select(m.Assessment).where(m.Assessment.uuid == assessment_uuid)).scalar()
        if a is not None:
            unit = s.get(m.Unit, a.unit_id)
            cs = s.get(m.CriteriaSet, a.set_id)
            if kind == "assessment" and cs is not None:
                label = f"Bản đánh giá năm {cs.year}"
    if rec.get("criterion"):
        crit = s.execute(select(m.Criterion).where(m.Criterion.uuid == rec["criterion"])).scalar()
    if kind == "score":
        layer = LAYER_NAMES.get(rec.get("layer"), rec.get("layer") or "")
        label = f"Điểm {layer} tiêu chí {crit.code} {crit.name}" if crit else f"Điểm {layer}"
    elif kind == "evidence_link" and crit is not None:
        label = f"Minh chứng tiêu chí {crit.code} {crit.name}"
    elif kind in ("plan_item", "remediation_plan", "progress_update"):
        plan_uuid = rec.get("uuid") if kind == "remediation_plan" else rec.get("plan")
        if kind == "progress_update":
            item = s.execute(select(m.PlanItem).where(m.PlanItem.uuid == rec.get("item"))).scalar()
            plan = s.get(m.RemediationPlan, item.plan_id) if item is not None else None
            label = f"Tiến độ kỳ {rec.get('period') or ''} nhiệm vụ {item.stt if item else ''}".strip()
        else:
            plan = s.execute(select(m.RemediationPlan).where(m.RemediationPlan.uuid == plan_uuid)).scalar()
            if kind == "plan_item":
                label = f"Nhiệm vụ {rec.get('stt') or ''} – {str(rec.get('content') or '')[:60]}"
            elif plan is not None:
                label = f"Kế hoạch khắc phục năm {plan.year}"
        unit = s.get(m.Unit, plan.unit_id) if plan is not None else None
    elif kind == "criterion":
        label = f"Tiêu chí {rec.get('code') or ''} {rec.get('name') or ''}".strip()
    return {"label": label + (f" – {unit.name}" if unit is not None else ""),
            "unit": unit.code if unit is not None else None,
            "unit_name": unit.name if unit is not None else None,
            "criterion": crit.code if crit is not None else None}
