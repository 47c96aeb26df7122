"""Tracking a plan: progress per reporting period, evidence files, "Việc cần làm", the report calendar.

A progress update belongs to one task and one period (Q1/H1/9M/Y); typing it again for the
same period replaces it. The task's status follows its latest reported period. Evidence files
are stored once, named by SHA-256, beside the database (paths.evidence_dir).
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..domain import periods
from ..domain.deadlines import is_overdue, next_due, parse_deadline
from ..domain.text import clean, fold
from ..store.models import EvidenceFile, PlanItem, PlanItemOffice, ProgressUpdate, RemediationPlan, Unit
from . import audit, settings, units
from .errors import InputRejected, NotFound
from .plans import STATUSES, get_plan

CALENDAR_KEY = "report_calendar"
_ORDER = {"Q1": 1, "Q2": 2, "H1": 2, "Q3": 3, "9M": 3, "Q4": 4, "Y": 4}


def parse_status(text: str) -> str:
    """`done`, `Hoàn thành`, `hoan thanh` -> `done`."""
    key = fold(text).replace(" ", "_")
    for code, label in STATUSES.items():
        if key == code or fold(text) == fold(label):
            return code
    labels = "; ".join(f"{c} ({label})" for c, label in STATUSES.items())
    raise InputRejected(f"Tình trạng «{text}» không hợp lệ. Dùng một trong: {labels}.",
                        en=f"The status «{text}» is not valid. Use one of: {labels}.")


def parse_period_or_reject(text: str) -> periods.Period:
    try:
        return periods.parse_period(text)
    except ValueError as exc:
        raise InputRejected(str(exc), en=period_error_en(text)) from exc


def period_error_en(text: str) -> str:
    """The English of domain.periods' refusals of a period written by the officer."""
    return (f"The reporting period «{text}» is not valid. Use Q1-2026, Q2-2026, Q3-2026, Q4-2026, H1-2026, "
            "9M-2026 or Y-2026.")


# ------------------------------------------------------------------ evidence
def store_evidence_file(s: Session, folder: Path, source: str | os.PathLike) -> str:
    """Copy a file into the evidence folder once (by SHA-256); returns the hash."""
    src = Path(source)
    if not src.is_file():
        raise NotFound(f"Không tìm thấy tệp minh chứng «{src.name}».", file=str(src),
                       en=f"Evidence file «{src.name}» not found.")
    digest = hashlib.sha256()
    with src.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    sha = digest.hexdigest()
    target = folder / sha
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".tmp-")
        os.close(fd)
        shutil.copyfile(src, tmp)
        os.replace(tmp, target)  # atomic: a half-copied file never carries the final name
    if s.get(EvidenceFile, sha) is None:
        s.add(EvidenceFile(sha256=sha, file_name=src.name[:255], size=src.stat().st_size))
        s.flush()
    return sha


def evidence_path(db, sha256: str) -> Path:
    return db.evidence_root / sha256


# ------------------------------------------------------------------ progress
def _update_json(u: ProgressUpdate | None) -> dict | None:
    if u is None:
        return None
    return {"period": u.period, "status": u.status, "status_label": STATUSES.get(u.status, u.status),
            "text": u.text, "evidence": u.evidence_sha256}


def _period_key(code: str):
    p = periods.parse_period(code)
    return (p.year, _ORDER[p.kind], p.end)


def record_progress(db, plan_id: int, stt: int, period: str, status: str, text: str | None = None,
                    evidence: str | None = None) -> dict:
    """Write the progress of one task for one period; returns before/after (undo = write before back)."""
    p = parse_period_or_reject(period)
    code = parse_status(status)
    if code == "failed" and not clean(text):
        raise InputRejected("Tình trạng «Không thực hiện được» cần ghi rõ lý do (--text).",
                            en="The status «Không thực hiện được» (could not be done) needs a reason (--text).")
    with db.session() as s:
        plan = get_plan(s, plan_id)
        item = next((i for i in plan.items if i.stt == stt and not i.deleted), None)
        if item is None:
            raise NotFound(f"Kế hoạch {plan_id} không có nhiệm vụ STT {stt}.",
                           en=f"Plan {plan_id} has no task No. {stt}.")
        sha = store_evidence_file(s, db.evidence_root, evidence) if evidence else None
        row = s.execute(select(ProgressUpdate).where(ProgressUpdate.item_id == item.id,
                                                     ProgressUpdate.period == p.code)).scalar_one_or_none()
        before = _update_json(row)
        item_before = {"status": item.status, "status_reason": item.status_reason}
        if row is None:
            row = ProgressUpdate(item_id=item.id, period=p.code, status=code, origin=plan.origin)
            s.add(row)
        else:
            row.revision += 1
        row.status, row.text = code, clean(text) or None
        if sha:
            row.evidence_sha256 = sha
        s.flush()
        latest = max(s.execute(select(ProgressUpdate.period).where(ProgressUpdate.item_id == item.id)).scalars(),
                     key=_period_key)
        if latest == p.code:
            item.status = code
            item.status_reason = row.text if code == "failed" else item.status_reason
            item.revision += 1
        after = _update_json(row)
        audit.record(s, "plan.progress", "progress_update", f"{plan_id}/{stt}/{p.code}", before, after)
        return {"plan_id": plan_id, "item": stt, "period": p.code, "period_label": p.label_vi,
                "before": before, "after": after, "item_before": item_before,
                "item_after": {"status": item.status, "status_reason": item.status_reason}}


def progress_of(db, plan_id: int) -> dict:
    with db.read() as s:
        plan = get_plan(s, plan_id)
        ids = {i.id: i.stt for i in plan.items if not i.deleted}
        rows = s.execute(select(ProgressUpdate).where(ProgressUpdate.item_id.in_(ids),
                                                      ProgressUpdate.deleted.is_(False))).scalars().all()
        out: dict[int, list] = {}
        for r in sorted(rows, key=lambda r: _period_key(r.period)):
            out.setdefault(ids[r.item_id], []).append(_update_json(r))
        return {"plan_id": plan_id, "items": {str(k): v for k, v in sorted(out.items())}}


# ------------------------------------------------------------------ Việc cần làm
def _task(plan: RemediationPlan, item: PlanItem, due: date | None) -> dict:
    leads = [l.office.short_name for l in item.offices if l.role == "lead"]
    return {"plan_id": plan.id, "plan_year": plan.year, "stt": item.stt, "content": item.content,
            "criterion": item.criterion_code, "lead": leads, "deadline_text": item.deadline_text,
            "due": due.isoformat() if due else None, "status": item.status,
            "status_label": STATUSES.get(item.status, item.status)}


def todo(db, today: date | None = None, unit: str | None = None) -> dict:
    """Tasks overdue and tasks due this month, and the same grouped by lead office."""
    today = today or date.today()
    with db.read() as s:
        u = units.find_unit(s, unit) if unit else units.own_unit(s)
        q = select(RemediationPlan).where(RemediationPlan.deleted.is_(False), RemediationPlan.state != "closed")
        if u is not None:
            q = q.where(RemediationPlan.unit_id == u.id)
        # tasks and their lead offices in three queries, not one per plan and one per task
        q = q.options(selectinload(RemediationPlan.items).selectinload(PlanItem.offices)
                      .selectinload(PlanItemOffice.office))
        overdue, due_month = [], []
        for plan in s.execute(q.order_by(RemediationPlan.year, RemediationPlan.id)).scalars():
            for item in plan.items:
                if item.deleted or item.status in ("done", "failed"):
                    continue
                dl = parse_deadline(item.deadline_text or "", plan.year)
                if item.status == "overdue" or is_overdue(dl, today, done=False):
                    overdue.append(_task(plan, item, dl.end))
                    continue
                due = next_due(dl, today)
                if due is not None and (due.year, due.month) == (today.year, today.month):
                    due_month.append(_task(plan, item, due))
        groups: dict[str, dict] = {}
        for kind, tasks in (("overdue", overdue), ("due_this_month", due_month)):
            for t in tasks:
                for office in t["lead"] or ["Chưa phân công"]:
                    g = groups.setdefault(office, {"office": office, "overdue": [], "due_this_month": []})
                    g[kind].append(t)
        cal = _calendar_in(s, today.year, u)
        upcoming = next((p for p in cal if p["due"] >= today.isoformat()), None)
        return {"today": today.isoformat(), "unit": u.code if u else None, "overdue": overdue,
                "due_this_month": due_month, "by_office": sorted(groups.values(), key=lambda g: fold(g["office"])),
                "next_report": upcoming}


# ------------------------------------------------------------------ report calendar
def province_of(s: Session, unit: Unit | None) -> str:
    seen = set()
    while unit is not None and unit.id not in seen:
        if unit.level == "tinh":
            return unit.code
        seen.add(unit.id)
        unit = unit.parent
    return "default"


def _due_days(s: Session, province: str) -> dict[str, tuple[int, int]]:
    raw = settings.get(s, f"{CALENDAR_KEY}:{province}") or settings.get(s, f"{CALENDAR_KEY}:default")
    try:
        doc = json.loads(raw) if raw else {}
        return {k: (int(v[0]), int(v[1])) for k, v in doc.items() if k in periods.DEFAULT_DUE_DAYS}
    except (ValueError, TypeError, IndexError):
        return {}


def _calendar_in(s: Session, year: int, unit: Unit | None) -> list[dict]:
    days = {**periods.DEFAULT_DUE_DAYS, **_due_days(s, province_of(s, unit))}
    return [{"period": p.code, "label": p.label_vi, "start": p.start.isoformat(), "end": p.end.isoformat(),
             "due": p.due.isoformat()} for p in periods.default_calendar(year, days)]


def report_calendar(db, year: int, unit: str | None = None) -> dict:
    with db.read() as s:
        u = units.find_unit(s, unit) if unit else units.own_unit(s)
        return {"year": year, "province": province_of(s, u), "periods": _calendar_in(s, year, u)}


def set_report_due_days(db, due_days: dict[str, tuple[int, int]], province: str = "default") -> dict:
    """A province's own due dates, e.g. {"Q1": (3, 20)}; kinds not given keep the defaults."""
    for kind, (month, day) in due_days.items():
        if kind not in periods.DEFAULT_DUE_DAYS or not (1 <= month <= 12 and 1 <= day <= 31):
            raise InputRejected(f"Hạn báo cáo «{kind}: {day}/{month}» không hợp lệ.",
                                en=f"The reporting deadline «{kind}: {day}/{month}» is not valid.")
    with db.session() as s:
        key = f"{CALENDAR_KEY}:{province}"
        before = json.loads(settings.get(s, key) or "{}")
        after = {**before, **{k: [m, d] for k, (m, d) in due_days.items()}}
        settings.put(s, key, json.dumps(after))
        audit.record(s, "calendar.set", "setting", key, before, after)
        return {"province": province, "before": before, "after": after}
