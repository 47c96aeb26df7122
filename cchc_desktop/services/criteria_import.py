"""`criteria import`: a criteria set read from a workbook, previewed, then written in one go.

`preview_criteria` only reads (the GUI wizard shows it and lets the officer fix the column
mapping); `import_criteria` previews and, when nothing is wrong, writes the set. A set that
already has scores is never replaced: its criteria carry those scores.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import func, select

from ..domain.numbers import json_dec, q3
from ..domain.text import clean, fold, nfc
from ..io.criteria_workbook import CriteriaParse, parse_criteria_sheet
from ..io.issues import Issue
from ..io.workbook_reader import open_workbook
from ..io.xlsx_table import IDS_SHEET, ids_table
from ..store.models import Assessment, Criterion, CriteriaSet, Score, UnitLevel
from . import criteria, import_log, units
from .errors import InputRejected

_ROW = re.compile(r"(\d+)$")
_DECISION = re.compile(r"quy[eế]t đ[iị]nh s[oố]\s*:?\s*([0-9A-Za-zĐđ/.\-]+)", re.I)


@dataclass
class NewCriterion:
    code: str
    name: str
    parent_code: str | None
    max_points: Decimal
    kind: str
    guidance: str
    evidence: str
    uuid: str | None = None

    def canonical(self) -> dict:
        return {"code": self.code, "name": self.name, "parent": self.parent_code,
                "max_points": json_dec(self.max_points), "kind": self.kind,
                "guidance": self.guidance, "evidence": self.evidence}


@dataclass
class CriteriaPreview:
    file_name: str
    rows: list[NewCriterion]
    errors: list[Issue]
    warnings: list[Issue]
    title_name: str | None = None
    decision_number: str | None = None
    declared_total: Decimal | None = None
    ids: dict = field(default_factory=dict)

    @property
    def max_total(self) -> Decimal:
        parents = {r.parent_code for r in self.rows}
        return sum((r.max_points for r in self.rows if r.code not in parents and r.kind in ("scored", "survey")),
                   Decimal(0))

    @property
    def version_hash(self) -> str:
        return canonical_hash([r.canonical() for r in self.rows])


def canonical_hash(rows: list[dict]) -> str:
    body = json.dumps(rows, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def _raw_text(sheet, row: int, col: int | None) -> str:
    """Cell text keeping its line breaks (guidance is often a list of cases)."""
    if col is None:
        return ""
    v = sheet.value(row, col)
    if v is None:
        return ""
    if not isinstance(v, str):
        return sheet.text(row, col)
    lines = [clean(line) for line in nfc(v).replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def _titles(sheet, header_row: int) -> tuple[str | None, str | None]:
    name = decision = None
    for r in range(header_row):
        for c in range(sheet.n_cols):
            text = sheet.text(r, c)
            if not text:
                continue
            if name is None and "bo tieu chi" in fold(text):
                name = text
            m = _DECISION.search(text)
            if decision is None and m:
                decision = m.group(1).rstrip(".,")
    return name, decision


def preview_criteria(path: str | os.PathLike, mapping=None, sheet_name: str | None = None) -> CriteriaPreview:
    """Read and check the workbook; raises InputRejected when it is not one or holds no table."""
    path = os.fspath(path)
    file_name = os.path.basename(path)
    wb = open_workbook(path)
    parsed: CriteriaParse = parse_criteria_sheet(wb, file_name, mapping, sheet_name)
    if not parsed.rows and not parsed.errors:
        raise InputRejected(f"Bảng tiêu chí trong tệp «{file_name}» không có dòng tiêu chí nào có mã.",
                            file=file_name, en=f"The criteria table in «{file_name}» has no criterion row with a code.")
    sheet = wb.sheet(parsed.sheet)
    ids = ids_table(wb.sheet(IDS_SHEET)) if wb.sheet(IDS_SHEET) is not None else {}
    by_row = {int(r[0]): r for r in ids.get("criterion", []) if r and r[0].isdigit()}
    cols = parsed.mapping.columns
    errors, warnings = list(parsed.errors), list(parsed.warnings)
    children: dict[str, list] = {}
    for r in parsed.rows:
        if r.parent_code:
            children.setdefault(r.parent_code, []).append(r)
    out = []
    for r in parsed.rows:
        row0 = int(_ROW.search(r.cell_ref).group(1)) - 1
        known = by_row.get(row0 + 1)
        ours = known is not None and len(known) >= 4 and known[2] == r.code
        max_points = r.max_points
        if max_points is None:
            kids = children.get(r.code, [])
            if kids and all(k.max_points is not None for k in kids):
                max_points = sum((k.max_points for k in kids), Decimal(0))
            else:
                if not any(e.cell == r.max_cell for e in errors):  # unreadable max: already reported
                    errors.append(Issue("error", f"Tiêu chí {r.code} chưa có điểm tối đa.", r.sheet,
                                        r.max_cell, file_name))
                continue
        guidance = _raw_text(sheet, row0, cols.get("guidance")) if ours else r.guidance
        evidence = _raw_text(sheet, row0, cols.get("evidence")) if ours else r.evidence
        kind = known[3] if ours and known[3] in ("scored", "survey", "bonus", "penalty") else r.kind
        out.append(NewCriterion(r.code, r.name, r.parent_code, q3(max_points), kind, guidance, evidence,
                                known[1] if ours else None))
    title, decision = _titles(sheet, parsed.mapping.header_rows[0])
    set_row = (ids.get("set") or [[]])[0]
    if len(set_row) >= 5 and set_row[3]:
        title, decision = set_row[3], (set_row[4] or None) if len(set_row) > 4 else decision
    return CriteriaPreview(file_name, out, errors, warnings, title, decision, parsed.declared_total, ids)


def _has_scores(s, set_id: int) -> bool:
    return bool(s.execute(select(func.count(Score.id)).join(Assessment, Assessment.id == Score.assessment_id)
                          .where(Assessment.set_id == set_id, Score.deleted.is_(False))).scalar())


def _existing_canonical(rows: list[Criterion]) -> list[dict]:
    by_id = {c.id: c for c in rows}
    ordered = criteria.tree_rows(rows)
    return [NewCriterion(c.code, c.name, by_id[c.parent_id].code if c.parent_id else None, q3(c.max_points),
                         c.kind, c.guidance or "", c.evidence_required or "").canonical()
            for c in (by_id[r.id] for r in ordered)]


def _doc(preview: CriteriaPreview, dry_run: bool, **extra) -> dict:
    return {"ok": not preview.errors, "dry_run": dry_run, "criteria": len(preview.rows),
            "max_total": json_dec(preview.max_total),
            "errors": [i.to_json() for i in preview.errors], "warnings": [i.to_json() for i in preview.warnings],
            "set_id": None, "created": 0, "updated": 0, "unchanged": 0, **extra}


def import_criteria(db, path, year: int, level: str | None = None, name: str | None = None,
                    dry_run: bool = False, mapping=None, sheet_name: str | None = None) -> dict:
    path = os.fspath(path)
    preview = preview_criteria(path, mapping, sheet_name)
    with db.session() as s:
        if level is None:
            own = units.own_unit(s)
            level = own.level if own else "huyen"
        if s.get(UnitLevel, level) is None:
            raise InputRejected(f"Cấp đơn vị «{level}» không có trong danh mục.",
                                en=f"The unit level «{level}» is not in the list.")
        doc = _doc(preview, dry_run, year=year, level=level)
        if preview.errors:
            return doc
        found = criteria.sets_of_year(s, year, level)
        cs = found[0] if found else None
        set_uuid = ((preview.ids.get("set") or [[None]])[0] or [None])[0]
        if len(found) > 1:
            cs = next((x for x in found if x.uuid == set_uuid), None)
            if cs is None:
                raise InputRejected(f"Năm {year} cấp «{level}» đã có {len(found)} bộ tiêu chí; không biết thay bộ nào.",
                                    en=f"{year} at level «{level}» already has {len(found)} criteria sets; it is unclear which one to replace.")
        new_hash = preview.version_hash
        set_name = clean(name) if name else (preview.title_name or (cs.name if cs else
                                                                    f"Bộ tiêu chí CCHC năm {year} cấp {level}"))
        old = criteria.crits_of(s, cs.id) if cs else []
        if cs is not None and canonical_hash(_existing_canonical(old)) == new_hash:
            doc.update(set_id=cs.id, unchanged=len(old), name=cs.name)
            if not dry_run:
                cs.version_hash = cs.version_hash or new_hash
                doc["import_id"] = _record(s, path, year, doc, preview)
            return doc
        if cs is not None and _has_scores(s, cs.id):
            raise InputRejected(
                f"Bộ tiêu chí năm {year} cấp «{level}» («{cs.name}») đã có điểm của các đơn vị, nên không thể "
                "thay bằng bộ tiêu chí trong tệp này (điểm đã chấm sẽ mất liên kết). Hãy nhập bộ tiêu chí "
                "cho năm khác hoặc xóa điểm trước.", file=preview.file_name,
                en=f"The criteria set of {year} at level «{level}» («{cs.name}») already has units' scores, so it cannot be "
                   "replaced by the set in this file (the scores would lose their criteria). Import the set for another "
                   "year or delete the scores first.")
        if dry_run:
            doc.update(set_id=cs.id if cs else None, name=set_name,
                       **_diff_counts(old, preview.rows))
            return doc
        if cs is None:
            cs = CriteriaSet(year=year, level=level, name=set_name)
            if set_uuid and not s.execute(select(CriteriaSet.id).where(CriteriaSet.uuid == set_uuid)).first():
                cs.uuid = set_uuid
            s.add(cs)
            s.flush()
        cs.name = set_name
        cs.decision_number = preview.decision_number or cs.decision_number
        cs.declared_total = q3(preview.declared_total) if preview.declared_total is not None else cs.declared_total
        cs.version_hash = new_hash
        counts = _write_criteria(s, cs, old, preview.rows, reuse_uuids=(set_uuid == cs.uuid))
        doc.update(set_id=cs.id, name=cs.name, **counts)
        doc["import_id"] = _record(s, path, year, doc, preview)
        return doc


def _diff_counts(old: list[Criterion], rows: list[NewCriterion]) -> dict:
    by_code = {c.code: c for c in old}
    created = sum(1 for r in rows if r.code not in by_code)
    return {"created": created, "updated": len(rows) - created, "unchanged": 0}


def _write_criteria(s, cs: CriteriaSet, old: list[Criterion], rows: list[NewCriterion], reuse_uuids: bool) -> dict:
    by_code = {c.code: c for c in old}
    wanted = {r.code for r in rows}
    for c in sorted((c for c in old if c.code not in wanted), key=lambda c: -c.code.count(".")):
        s.delete(c)
    s.flush()
    taken = set()
    if reuse_uuids:
        uuids = [r.uuid for r in rows if r.uuid]
        taken = {u for (u,) in s.execute(select(Criterion.uuid).where(Criterion.uuid.in_(uuids)))} if uuids else set()
    made: dict[str, Criterion] = {}
    created = updated = unchanged = 0
    for n, r in enumerate(rows):
        c = by_code.get(r.code)
        values = dict(name=r.name, sort_order=n, max_points=r.max_points, kind=r.kind,
                      guidance=r.guidance or None, evidence_required=r.evidence or None)
        if c is None:
            c = Criterion(set_id=cs.id, code=r.code, origin=cs.origin, **values)
            if r.uuid and reuse_uuids and r.uuid not in taken:
                c.uuid = r.uuid
            s.add(c)
            created += 1
        else:
            # A criterion only moved up or down (a sibling removed) is not a changed criterion.
            same = all(getattr(c, k) == v for k, v in values.items() if k != "sort_order")
            c.sort_order = n
            if not same:
                for k, v in values.items():
                    setattr(c, k, v)
                c.revision += 1
            updated += not same
            unchanged += same
        made[r.code] = c
    s.flush()
    for r in rows:
        parent_id = made[r.parent_code].id if r.parent_code else None
        if made[r.code].parent_id != parent_id:
            made[r.code].parent_id = parent_id
    s.flush()
    return {"created": created, "updated": updated, "unchanged": unchanged}


def _record(s, path: str, year: int, doc: dict, preview: CriteriaPreview) -> int:
    counts = {k: doc[k] for k in ("criteria", "created", "updated", "unchanged")}
    counts["set_id"] = doc["set_id"]
    return import_log.record(s, "criteria", path, import_log.sha256_of(path), year, counts,
                             [i.to_json() for i in preview.warnings], None).id
