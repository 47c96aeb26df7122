"""Reads provincial score workbooks in the three layouts workbooks.md describes.

per-unit: one sheet per unit; matrix: one sheet, a column block per unit; ranking: published
totals per unit. Nothing here touches the database: the result lists what was read and every
located error and warning, and the scores service decides what to write.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from .text_cache import fold
from cchc_desktop.services.errors import InputRejected

from .cells import Sheet, Workbook
from .issues import Issue, IssueLog, cell_ref
from .ranking_workbook import PublishedRow, read_ranking
from .score_rows import SCORE_ROLES, ScoreCell, UnitScoreReader
from .table_rows import data_rows
from .table_finder import TableMapping, find_table
from .unit_match import match_unit

LAYOUTS = ("per-unit", "matrix", "ranking")
_LABELLED = re.compile(r"^(?:ten )?(?:don vi|co quan|dia phuong)(?: duoc danh gia| cham diem)?\s*:")
_UNIT_START = re.compile(r"^(?:ubnd|uy ban nhan dan) (?:huyen|thi xa|thanh pho|quan|xa|phuong|thi tran)\b"
                         r"|^(?:so|ban quan ly) \S")

KnownCriteria = dict[str, tuple[Decimal | None, str]]


@dataclass
class UnitScores:
    unit_label: str                     # as written in the workbook
    sheet: str
    matched_unit_code: str | None
    scores: list[ScoreCell]
    label_cell: str | None = None       # the title/header cell naming the unit (None: the sheet name)
    candidates: list[tuple[str, str]] = field(default_factory=list)
    # some reason cell holds line breaks: the importer reads those cells again to keep them
    multiline_reasons: bool = field(default=True, repr=False, compare=False)


@dataclass
class ScoresParse:
    layout: str
    units: list[UnitScores] = field(default_factory=list)
    published: list[PublishedRow] = field(default_factory=list)
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)


def _tables(workbook: Workbook, mappings: dict[str, TableMapping] | None):
    for sheet in workbook.visible_sheets:
        mapping = (mappings or {}).get(sheet.name) or find_table(sheet)
        if mapping is not None:
            yield sheet, mapping


def _has_scores(mapping: TableMapping) -> bool:
    return any(role in mapping.columns for role in SCORE_ROLES)


def detect_layout(workbook: Workbook, mappings: dict[str, TableMapping] | None = None,
                  tables: list[tuple[Sheet, TableMapping]] | None = None) -> str | None:
    if tables is None:
        tables = list(_tables(workbook, mappings))
    kinds = [(m.kind, _has_scores(m)) for _, m in tables]
    if any(k == "matrix" for k, _ in kinds):
        return "matrix"
    if any(k == "criteria" and scored for k, scored in kinds):
        return "per-unit"
    if any(k == "ranking" for k, _ in kinds):
        return "ranking"
    return None


def parse_scores(workbook: Workbook, file_name: str, layout: str = "auto",
                 known_criteria: KnownCriteria | None = None,
                 known_units: list[tuple[str, str]] | None = None,
                 mappings: dict[str, TableMapping] | None = None) -> ScoresParse:
    """Read every unit's scores; InputRejected when no table of the layout can be found."""
    tables = list(_tables(workbook, mappings))   # found once: detecting the layout needs them too
    chosen = detect_layout(workbook, mappings, tables) if layout == "auto" else layout
    if chosen not in LAYOUTS:
        raise InputRejected(f"Không tìm thấy bảng điểm nào trong tệp «{file_name}» (cần các cột tiêu chí "
                            "và «Tự chấm»/«Thẩm định», hoặc bảng xếp hạng các đơn vị).",
                            en=f"No score table was found in the file «{file_name}» (criteria columns with "
                            "«Tự chấm»/«Thẩm định» are needed, or a ranking of the units).", file=file_name)
    log = IssueLog(file_name)
    result = ScoresParse(chosen)
    memo: dict = {}   # rows the unit readers have in common, read once for this workbook
    if chosen == "ranking":
        for sheet, mapping in tables:
            if mapping.kind == "ranking":
                result.published += read_ranking(sheet, mapping, log, known_units, known_criteria)
        found = bool(result.published)
    elif chosen == "matrix":
        found = False
        for sheet, mapping in tables:
            if mapping.kind == "matrix":
                found = True
                rows = data_rows(sheet, mapping)   # the same rows for every unit block
                for block in mapping.unit_blocks:
                    cols = {**{r: c for r, c in mapping.columns.items() if r not in SCORE_ROLES + ("reason",)},
                            **block.columns}
                    result.units.append(_unit(sheet, mapping, cols, block.label, block.header_cell,
                                              log, known_criteria, known_units, rows, memo))
    else:
        found = False
        for sheet, mapping in tables:
            if mapping.kind == "criteria" and _has_scores(mapping):
                found = True
                label, ref = unit_label(sheet, mapping, known_units)
                result.units.append(_unit(sheet, mapping, mapping.columns, label, ref, log,
                                          known_criteria, known_units, memo=memo))
    if not found:
        raise InputRejected(f"Tệp «{file_name}» không có bảng điểm theo dạng «{chosen}».",
                            en=f"The file «{file_name}» has no score table in the «{chosen}» layout.", file=file_name)
    _check_same_unit_twice(result, log)
    result.errors, result.warnings = log.errors, log.warnings
    return result


def _unit(sheet: Sheet, mapping: TableMapping, columns: dict[str, int], label: str, label_ref: str | None,
          log: IssueLog, known_criteria, known_units, rows=None, memo: dict | None = None) -> UnitScores:
    match = match_unit(label, known_units)
    if match.ambiguous:
        log.error(f"Tên đơn vị «{label}» khớp với nhiều đơn vị: "
                  + "; ".join(f"{c} – {n}" for c, n in match.candidates) + ".", sheet.name, label_ref,
                  en="ambiguous unit name")
    reader = UnitScoreReader(sheet, mapping, columns, label, log, known_criteria, rows, memo)
    scores = reader.read()
    return UnitScores(label, sheet.name, match.code, scores, label_ref, match.candidates,
                      multiline_reasons=reader.multiline_reasons)


def unit_label(sheet: Sheet, mapping: TableMapping, known_units) -> tuple[str, str | None]:
    """The unit a per-unit sheet is about: 'Đơn vị: …' title row, a known unit named in a title
    row, 'UBND HUYỆN X' in a title row, else the sheet name (ref None)."""
    cells = [(r, c, sheet.text(r, c)) for r in range(mapping.header_rows[0])
             for c in range(sheet.n_cols) if sheet.text(r, c)]
    for r, c, text in cells:
        if _LABELLED.match(fold(text)):
            rest = text.split(":", 1)[1].strip()
            if rest:
                return rest, cell_ref(r, c)
    for r, c, text in cells:
        for part in _tails(text):
            if known_units and match_unit(part, known_units).code:
                return part, cell_ref(r, c)
    for r, c, text in cells:
        for part in _tails(text):
            if _UNIT_START.match(fold(part)):
                return part, cell_ref(r, c)
    return sheet.name, None


def _tails(text: str) -> list[str]:
    """The cell text and what follows 'của' in it ('… NĂM 2025 CỦA UBND HUYỆN X')."""
    words = text.split()
    tails = [text]
    for i, w in enumerate(words):
        if fold(w) == "cua" and i + 1 < len(words):
            tails.append(" ".join(words[i + 1:]).rstrip(").;,:"))
    return tails


def _check_same_unit_twice(result: ScoresParse, log: IssueLog) -> None:
    seen: dict[str, UnitScores] = {}
    for unit in result.units:
        if unit.matched_unit_code is None:
            continue
        first = seen.setdefault(unit.matched_unit_code, unit)
        if first is not unit:
            log.error(f"Đơn vị {unit.matched_unit_code} có hai bảng điểm (trang «{first.sheet}» và "
                      f"«{unit.sheet}»).", unit.sheet, unit.label_cell, en="the same unit twice")
