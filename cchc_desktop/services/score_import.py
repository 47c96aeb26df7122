"""`scores import`: a provincial score workbook (per-unit, matrix or ranking layout) into the
database, all or nothing.

The workbook is read and checked first (io.score_workbook); then the database is compared with
it in memory (existing scores loaded in one query) and only differences are written, in bulk.
Any error leaves the database exactly as before — not even the import record is kept. Every
import that is kept records the previous values of what it changed (`import_log`), so
`undo_last_import` can restore them.
"""
from __future__ import annotations

import contextlib
import functools
import gc
import os
import re
from dataclasses import dataclass, field
from typing import Callable

from sqlalchemy import select

from ..domain.text import clean, fold, nfc
from ..io.issues import Issue
from ..io.score_workbook import ScoresParse, parse_scores
from ..io.unit_match import core_name
from ..io.workbook_reader import open_workbook
from ..io.formulas import col_index
from ..io.xlsx_table import IDS_SHEET, ids_table
from ..store.models import CriteriaSet, Unit
from . import audit, backups, criteria, import_log, units
from .errors import CchcError, InputRejected
from .score_apply import apply_published, apply_unit_scores

_REF = re.compile(r"^([A-Z]{1,3})(\d+)$")


class ImportCancelled(CchcError):
    exit_code = 2


class _Discard(Exception):
    """Raised inside the transaction to roll it back (dry run, errors) with a result in hand."""

    def __init__(self, doc: dict):
        self.doc = doc


@dataclass
class ImportContext:
    s: object
    year: int
    file_name: str
    criteria_set: CriteriaSet | None
    crit_by_code: dict = field(default_factory=dict)
    who: str = ""
    progress: Callable | None = None
    cancelled: Callable | None = None
    undo: dict = field(default_factory=lambda: {"scores_created": [], "scores_updated": [],
                                                "assessments_created": [], "assessment_states": [],
                                                "units_created": [], "published_created": [],
                                                "published_updated": []})

    def check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled("Đã hủy nhập bảng điểm; cơ sở dữ liệu không thay đổi.",
                                  en="The score import was cancelled; the database is unchanged.")


def _known_units(s) -> list[tuple[str, str]]:
    out = []
    # three columns, not Unit objects: the units are loaded as objects later only if they are needed
    for code, name, short_name in s.execute(
            select(Unit.code, Unit.name, Unit.short_name).where(Unit.deleted.is_(False))):
        out.append((code, name))
        if short_name and fold(short_name) != fold(name):
            out.append((code, short_name))
    return out


def _known_criteria(s, cs: CriteriaSet | None) -> dict | None:
    if cs is None:
        return None
    return {c.code: (c.max_points, c.kind) for c in criteria.crits_of(s, cs.id)}


def _pick_set(s, wb, file_name, year, layout, level, known_units, mappings) -> CriteriaSet | None:
    sets = criteria.sets_of_year(s, year, level)
    if len(sets) == 1:
        return sets[0]
    ids = ids_table(wb.sheet(IDS_SHEET)) if wb.sheet(IDS_SHEET) is not None else {}
    ours = next((cs for cs in sets if [cs.uuid] == (ids.get("set") or [[None]])[0][:1]), None)
    if ours is not None:
        return ours   # a workbook this app exported names its set
    if not sets:
        if layout == "ranking":
            return None
        what = f" cấp «{level}»" if level else ""
        what_en = f" at level «{level}»" if level else ""
        raise InputRejected(f"Chưa có bộ tiêu chí năm {year}{what}: hãy nhập bộ tiêu chí trước (cchc criteria "
                            "import) rồi mới nhập bảng điểm.",
                            en=f"There is no criteria set for {year}{what_en}: import the criteria set first "
                            "(cchc criteria import), then the scores.", file=file_name)
    # Several sets (districts, departments…): the level of the units the workbook names decides.
    first = parse_scores(wb, file_name, layout, None, known_units, mappings)
    codes = {u.matched_unit_code for u in first.units} | {p.matched_unit_code for p in first.published}
    levels = {u.level for u in s.execute(select(Unit).where(Unit.code.in_(codes - {None}))).scalars()}
    matching = [cs for cs in sets if cs.level in levels]
    if len(matching) == 1:
        return matching[0]
    return criteria.find_set(s, year)


def _province_of(s) -> Unit | None:
    u = units.own_unit(s)
    seen = 0
    while u is not None and u.level != "tinh" and seen < 10:
        u, seen = u.parent, seen + 1
    return u


def _new_code(label: str, prefix: str, taken: set[str]) -> str:
    core = re.sub(r"[^A-Z0-9]", "", fold(core_name(label) or label).upper()) or "DONVI"
    base = f"{prefix}-{core}" if prefix else core
    code, n = base[:60], 2
    while code in taken:
        code, n = f"{base[:56]}-{n}", n + 1
    taken.add(code)
    return code


def _resolve_units(ctx: ImportContext, parsed: ScoresParse, add_units: bool, errors: list[Issue],
                   unknown: list[str]) -> dict[str, Unit]:
    """Unit code -> Unit for every entry; unknown labels become errors, or units with --add-units."""
    s = ctx.s
    entries = [(u.unit_label, u.sheet, u.label_cell, u) for u in parsed.units] + \
              [(p.unit_label, p.sheet, p.label_cell, p) for p in parsed.published]
    all_units = {u.code: u for u in s.execute(select(Unit)).scalars()}
    province = _province_of(s) if add_units else None
    level = ctx.criteria_set.level if ctx.criteria_set is not None else \
        (units.own_unit(s).level if units.own_unit(s) else "huyen")
    taken = set(all_units)
    made_by_label: dict[str, Unit] = {}
    for label, sheet, cell, entry in entries:
        code = entry.matched_unit_code
        if code is not None or len(entry.candidates) > 1:
            continue  # matched, or ambiguous (already an error of the reader)
        key = fold(label)
        if not add_units:
            unknown.append(label)
            errors.append(Issue("error", f"Không tìm thấy đơn vị «{label}» trong danh mục đơn vị. Hãy thêm đơn vị "
                                         "(cchc units add) hoặc nhập lại với --add-units.", sheet, cell,
                                ctx.file_name))
            continue
        if key not in made_by_label:
            unit = units.add_unit_in(s, _new_code(label, province.code if province else "", taken), clean(label),
                                     level, province.code if province else None)
            made_by_label[key] = unit
            all_units[unit.code] = unit
            ctx.undo["units_created"].append(unit.id)
            unknown.append(label)
        _set_code(entry, made_by_label[key].code)
    return all_units


def _set_code(entry, code: str) -> None:
    object.__setattr__(entry, "matched_unit_code", code)


def _apply_ids(wb, parsed: ScoresParse, s) -> None:
    """Workbooks this app wrote name each sheet's unit by code in the hidden `_cchc` sheet."""
    sheet = wb.sheet(IDS_SHEET)
    if sheet is None:
        return
    by_sheet = {row[0]: row[1] for row in ids_table(sheet).get("unit", []) if len(row) >= 2}
    if not by_sheet:
        return
    existing = {c for (c,) in s.execute(select(Unit.code).where(Unit.code.in_(set(by_sheet.values()))))}
    for u in parsed.units:
        code = by_sheet.get(u.sheet)
        if code in existing:
            u.matched_unit_code, u.candidates = code, []


@functools.lru_cache(maxsize=4096)   # every unit sheet has its reasons in the same cells
def _cell_pos(ref: str) -> tuple[int, int] | None:
    m = _REF.match(ref)
    return (int(m.group(2)) - 1, col_index(m.group(1))) if m else None


def _raw_reason(sheets: dict, sheet_name: str, ref: str | None, fallback: str) -> str:
    """The reason cell with its line breaks (the reader's text joins lines)."""
    pos = _cell_pos(ref) if ref else None
    sheet = sheets.get(sheet_name)
    if pos is None or sheet is None:
        return fallback
    v = sheet.value(*pos)
    if not isinstance(v, str) or "\n" not in v:
        return fallback   # one line: the reader's text is already what we would build
    lines = [clean(line) for line in nfc(v).replace("\r\n", "\n").split("\n")]
    return "\n".join(line for line in lines if line)


def import_scores(db, path, year: int, layout: str = "auto", add_units: bool = False, dry_run: bool = False,
                  mappings=None, progress=None, cancelled=None, level: str | None = None) -> dict:
    path = os.fspath(path)
    file_name = os.path.basename(path)
    if layout not in ("auto", "per-unit", "matrix", "ranking"):
        raise InputRejected(f"Dạng bảng «{layout}» không hợp lệ (auto, per-unit, matrix, ranking).",
                            en=f"«{layout}» is not a table layout (auto, per-unit, matrix, ranking).")
    # Kept, not skipped, although the import is one transaction with an undo record: the copy lets the
    # officer go back even after undo history is gone or a later import was built on this one. It costs
    # nearly nothing on the clock: the snapshot is taken on a thread while the workbook is read and
    # checked (SQLite copies with the GIL released) and is complete before the first write; its sync
    # to disk (most of its time) overlaps the writing and is awaited before returning.
    backup = None if dry_run else backups.BackupInBackground(db, "nhap bang diem")
    try:
        with _gc_paused():
            doc = _import(db, path, file_name, year, layout, add_units, dry_run, mappings, progress, cancelled,
                          level, backup)
    except BaseException:
        if backup is not None:
            with contextlib.suppress(Exception):   # never leave the copy half done; the first error wins
                backup.finish()
        raise
    if backup is not None:
        try:
            backup.finish()
        except Exception as exc:   # the copy was complete before the import wrote; only its sync failed
            doc["warnings"].append({"sheet": None, "cell": None,
                                    "message": f"Bản sao lưu trước khi nhập chưa ghi được ra đĩa ({exc})."})
    return doc


@contextlib.contextmanager
def _gc_paused():
    """A 200-unit import makes ~10^5 small objects that all live until it ends and form no cycles;
    the cyclic collector walked them again and again (a fifth of the import's time)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _import(db, path, file_name, year, layout, add_units, dry_run, mappings, progress, cancelled, level,
            backup) -> dict:
    wb = open_workbook(path)
    digest = import_log.sha256_of(path)
    try:
        with db.session() as s:
            known_units = _known_units(s)
            cs = _pick_set(s, wb, file_name, year, layout, level, known_units, mappings)
            ctx = ImportContext(s, year, file_name, cs, who=audit.current_user(), progress=progress,
                                cancelled=cancelled)
            if cs is not None:
                ctx.crit_by_code = {c.code: c for c in criteria.crits_of(s, cs.id)}
            known_criteria = None if cs is None else \
                {code: (c.max_points, c.kind) for code, c in ctx.crit_by_code.items()}   # = _known_criteria
            parsed = parse_scores(wb, file_name, layout, known_criteria, known_units, mappings)
            _apply_ids(wb, parsed, s)
            if backup is not None:
                backup.wait_copied()   # before the first write (--add-units may add units just below)
            errors, unknown = list(parsed.errors), []
            by_code = _resolve_units(ctx, parsed, add_units, errors, unknown)
            doc = {"ok": not errors, "dry_run": dry_run, "layout": parsed.layout, "year": year,
                   "units": len({e.matched_unit_code for e in [*parsed.units, *parsed.published]
                                 if e.matched_unit_code}),
                   "created": 0, "updated": 0, "unchanged": 0,
                   "errors": [i.to_json() for i in errors], "warnings": [i.to_json() for i in parsed.warnings],
                   "unknown_units": unknown, "import_id": None}
            if errors:
                raise _Discard(doc)
            if parsed.layout == "ranking":
                counts = apply_published(ctx, parsed.published, by_code)
            else:
                sheets = {}
                for sh in wb.sheets:
                    sheets.setdefault(sh.name, sh)   # the first of a name, as wb.sheet() finds it
                for u in parsed.units:
                    if not u.multiline_reasons:
                        continue   # every reason is already as the cell says it
                    for i, sc in enumerate(u.scores):
                        if sc.reason_cell and sc.reason:
                            raw = _raw_reason(sheets, u.sheet, sc.reason_cell, sc.reason)
                            if raw != sc.reason:
                                u.scores[i] = _replace_reason(sc, raw)
                counts = apply_unit_scores(ctx, parsed.units, by_code)
            doc.update(counts)
            if dry_run:
                raise _Discard(doc)
            rec = import_log.record(s, "scores", path, digest, year,
                                    {"layout": parsed.layout, "units": doc["units"], **counts},
                                    doc["warnings"], ctx.undo)
            doc["import_id"] = rec.id
            return doc
    except _Discard as d:
        return d.doc


def preview_scores(db, path, year: int, layout: str = "auto", add_units: bool = False, mappings=None,
                   level: str | None = None) -> dict:
    """What an import would do (counts, errors, warnings) without writing: the GUI wizard's preview."""
    return import_scores(db, path, year, layout, add_units, dry_run=True, mappings=mappings, level=level)


def _replace_reason(sc, reason: str):
    return sc._replace(reason=reason)


def undo_last_import(db) -> dict:
    """Restore what the last kept score import changed (its record stays, marked undone)."""
    from .score_apply import undo_changes
    from ..store.models import ImportRecord
    with db.session() as s:
        # Undo works like a stack: each call takes back the newest import not yet undone.
        rec = next((r for r in s.execute(select(ImportRecord).where(ImportRecord.kind == "scores")
                                         .order_by(ImportRecord.id.desc())).scalars()
                    if r.undo_data and not r.undo_data.get("undone")), None)
        if rec is None:
            raise InputRejected("Không có lần nhập bảng điểm nào để hoàn tác.",
                                en="There is no score import to undo.")
        restored = undo_changes(s, rec.undo_data)
        rec.undo_data = {**rec.undo_data, "undone": True}
        audit.record(s, "scores.import.undo", "import_record", rec.id, after=restored)
        return {"ok": True, "import_id": rec.id, "file_name": rec.file_name, **restored}
