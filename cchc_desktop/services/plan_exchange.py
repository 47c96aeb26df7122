"""`plan export` / `plan import`: the appendix as a workbook, both ways.

Importing a workbook this app exported updates that plan in place (tasks matched by the uuids
of the hidden `_cchc` sheet); a workbook typed by someone creates a new plan for the own unit
(or `unit`). Everything is checked before anything is written: an unknown office or status
stops the import with the sheet and cell, and the database is untouched.
"""
from __future__ import annotations

import hashlib
import re
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.plan_drafting import draft_metadata
from ..domain.text import clean, fold
from ..io.plan_workbook import PlanRowOut, PlanSheetOut, read_plan_workbook, write_plan_workbook
from ..store.models import ImportRecord, PlanItem, PlanItemOffice, RemediationPlan, Unit
from . import audit, units
from .errors import CchcError, InputRejected
from .plan_drafting import latest_plan_fields
from .plans import STATUSES, apply_deadline, find_office, get_plan


def _offices(item: PlanItem, role: str) -> tuple[str, ...]:
    return tuple(l.office.short_name for l in item.offices if l.role == role)


def export_plan(db, plan_id: int, out: str | Path) -> dict:
    out = Path(out)
    with db.read() as s:
        plan = get_plan(s, plan_id)
        unit = s.get(Unit, plan.unit_id)
        rows = tuple(PlanRowOut(i.stt, i.content, i.criterion_code or "", _offices(i, "lead"), _offices(i, "partner"),
                                i.deadline_text or "", i.expected_output or "", STATUSES.get(i.status, i.status),
                                i.uuid)
                     for i in sorted(plan.items, key=lambda i: i.stt) if not i.deleted)
        title = plan.appendix_title or f"Khắc phục các tồn tại, hạn chế về Chỉ số CCHC năm {plan.year}"
        body = plan.issuing_body or unit.name
        attached = f"(Kèm theo Kế hoạch số {plan.number or '/KH-UBND'} ngày " + \
            (plan.issued_on.strftime("%d/%m/%Y") if plan.issued_on else f"    /    /{plan.year}") + f" của {body})"
        data = PlanSheetOut(plan.uuid, "PHỤ LỤC", title, attached, rows)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        tmp = out.with_name(out.name + ".tmp")
        write_plan_workbook(data, tmp)
        tmp.replace(out)  # never leave a half-written workbook under the real name
    except OSError as exc:
        raise InputRejected(f"Không ghi được tệp «{out.name}»: {exc.strerror or exc}.", file=str(out),
                            en=f"Could not write «{out.name}»: {exc.strerror or exc}.") from exc
    return {"path": str(out), "plan_id": plan_id, "items": len(rows)}


# ------------------------------------------------------------------ import
def _status(row, existing: str | None) -> str:
    text = row.values.get("status", "")
    if not clean(text):
        return existing or "not_started"
    for code, label in STATUSES.items():
        if fold(text) in (fold(label), code.replace("_", " "), code):
            return code
    labels = ", ".join(STATUSES.values())
    raise InputRejected(f"Tình trạng «{clean(text)}» không hợp lệ (dùng: {labels}).", sheet=row.sheet,
                        cell=row.cell("status"), en=f"The status «{clean(text)}» is not valid (use: {labels}).")


def _office_ids(s: Session, unit_id: int, row, role: str) -> list[int]:
    out = []
    for name in row.offices(role):
        try:
            oid = find_office(s, unit_id, name).id
        except CchcError as exc:
            raise InputRejected(f"Không có cơ quan «{name}» trong danh mục của đơn vị. Thêm bằng lệnh "
                                f"cchc offices add, hoặc sửa tên trong bảng tính.", sheet=row.sheet,
                                cell=row.cell("lead" if role == "lead" else "partners"),
                                en=f"There is no office «{name}» in the unit's list. Add it with cchc offices add, or fix the name in the workbook.") from exc
        if oid not in out:
            out.append(oid)
    return out


def _year_from(title: str) -> int | None:
    years = [int(y) for y in re.findall(r"(?<!\d)(20\d{2})(?!\d)", title)]
    return max(years) if years else None


def _check(s: Session, unit_id: int, parsed, items_by_uuid: dict) -> list[dict]:
    """Every row as the values to write; raises on the first bad cell before anything is written."""
    out = []
    for row in parsed.rows:
        content = clean(row.values.get("content"))
        if not content:
            raise InputRejected("Nội dung khắc phục không được để trống.", sheet=row.sheet, cell=row.cell("content"),
                                en="The remedial action must not be empty.")
        existing = items_by_uuid.get(row.uuid) if row.uuid else None
        out.append({"row": row, "item": existing, "content": content,
                    "criterion": clean(row.values.get("criterion")) or None,
                    "lead": _office_ids(s, unit_id, row, "lead"), "partners": _office_ids(s, unit_id, row, "partners"),
                    "deadline": clean(row.values.get("deadline")) or None,
                    "output": clean(row.values.get("output")) or None,
                    "status": _status(row, existing.status if existing else None)})
    return out


def _same(item: PlanItem, v: dict, stt: int) -> bool:
    return (item.stt == stt and item.content == v["content"] and (item.criterion_code or None) == v["criterion"]
            and [l.office_id for l in item.offices if l.role == "lead"] == v["lead"]
            and [l.office_id for l in item.offices if l.role == "partner"] == v["partners"]
            and (item.deadline_text or None) == v["deadline"] and (item.expected_output or None) == v["output"]
            and item.status == v["status"])


def _write(item: PlanItem, v: dict, stt: int, plan_year: int) -> None:
    item.stt, item.content, item.criterion_code = stt, v["content"], v["criterion"]
    item.expected_output, item.status = v["output"], v["status"]
    apply_deadline(item, v["deadline"], plan_year)
    item.offices[:] = ([PlanItemOffice(office_id=o, role="lead", sort_order=n) for n, o in enumerate(v["lead"])]
                       + [PlanItemOffice(office_id=o, role="partner", sort_order=n)
                          for n, o in enumerate(v["partners"])])


def import_plan(db, path: str | Path, unit: str | None = None) -> dict:
    path = Path(path)
    parsed = read_plan_workbook(path)
    try:
        with db.session() as s:
            plan = None
            if parsed.plan_uuid:
                plan = s.execute(select(RemediationPlan).where(RemediationPlan.uuid == parsed.plan_uuid,
                                                               RemediationPlan.deleted.is_(False))).scalar_one_or_none()
            if plan is not None:
                plan = get_plan(s, plan.id)
                owner = s.get(Unit, plan.unit_id)
            else:
                owner = units.find_unit(s, unit) if unit else units.own_unit(s)
                if owner is None:
                    raise InputRejected("Chưa biết kế hoạch của đơn vị nào: dùng --unit.", file=path.name,
                                        en="It is not known whose plan this is: use --unit.")
            items_by_uuid = {i.uuid: i for i in plan.items} if plan is not None else {}
            values = _check(s, owner.id, parsed, items_by_uuid)
            if not values:
                raise InputRejected("Bảng nhiệm vụ không có dòng nào.", file=path.name, sheet=parsed.sheet,
                                    en="The task table has no rows.")
            if plan is None:
                year = _year_from(parsed.title_text) or date.today().year
                meta = draft_metadata(latest_plan_fields(s, owner), year, year - 1)
                plan = RemediationPlan(unit_id=owner.id, year=year, result_year=year - 1, state="draft",
                                       origin=owner.code, **meta)
                plan.place = plan.place or owner.place
                s.add(plan)
                s.flush()
            created = updated = unchanged = 0
            seen = set()
            for stt, v in enumerate(values, start=1):
                item = v["item"]
                if item is not None and item.id not in seen and not item.deleted:
                    seen.add(item.id)
                    if _same(item, v, stt):
                        unchanged += 1
                        continue
                    _write(item, v, stt, plan.year)
                    item.revision += 1
                    updated += 1
                else:
                    item = PlanItem(plan_id=plan.id, stt=stt, content=v["content"], origin=owner.code)
                    item.plan = plan
                    s.add(item)
                    _write(item, v, stt, plan.year)
                    created += 1
            missing = [i.stt for i in plan.items if not i.deleted and i.id and i.id not in seen
                       and i.uuid in items_by_uuid]
            for n, i in enumerate(sorted((i for i in plan.items if i.stt in missing and i.id not in seen
                                          and not i.deleted), key=lambda i: i.stt)):
                i.stt = len(values) + 1 + n  # tasks the workbook left out are kept, after the others
            s.flush()
            counts = {"created": created, "updated": updated, "unchanged": unchanged}
            s.add(ImportRecord(kind="plan", file_name=path.name[:255], sha256=_sha(path), who=audit.current_user(),
                               year=plan.year, counts=counts))
            audit.record(s, "plan.import", "remediation_plan", plan.id, None, {**counts, "file": path.name})
            return {"plan_id": plan.id, **counts, "kept_not_in_workbook": missing}
    except CchcError as exc:
        exc.file = exc.file or path.name
        raise


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
