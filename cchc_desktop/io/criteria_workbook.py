"""Reads a criteria set (codes, names, maximum points, guidance, evidence) from a workbook."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from cchc_desktop.domain.numbers import fmt_points
from .text_cache import fold
from cchc_desktop.services.errors import InputRejected

from .cells import Sheet, Workbook
from .issues import Issue, IssueLog, cell_ref
from .table_finder import TableMapping, find_table
from .table_rows import data_rows, read_number

_SURVEY_NAME = re.compile(r"dieu tra xa hoi hoc|dieu tra xhh|\bdtxhh\b|\bsipas\b|chi so hai long")
_BONUS_NAME = re.compile(r"diem thuong|thuong diem|diem cong\b|cong diem")
_PENALTY_NAME = re.compile(r"diem tru\b|tru diem|bi tru")


@dataclass(frozen=True)
class CriterionRow:
    code: str
    name: str
    parent_code: str | None
    max_points: Decimal | None
    kind: str                 # "scored" | "survey" | "bonus" | "penalty"
    guidance: str
    evidence: str
    order: int
    sheet: str
    cell_ref: str             # the cell holding the code
    max_cell: str | None = None


@dataclass
class CriteriaParse:
    rows: list[CriterionRow]
    declared_total: Decimal | None
    errors: list[Issue] = field(default_factory=list)
    warnings: list[Issue] = field(default_factory=list)
    sheet: str | None = None
    mapping: TableMapping | None = None

    @property
    def max_total(self) -> Decimal:
        """Sum of the top-level maxima that make up the index (bonus/penalty excluded)."""
        return sum((r.max_points for r in self.rows if r.parent_code is None
                    and r.max_points is not None and r.kind in ("scored", "survey")), Decimal(0))


def find_criteria_sheet(workbook: Workbook) -> tuple[Sheet, TableMapping] | None:
    """The first visible sheet whose table has criterion names and maximum points."""
    for sheet in workbook.visible_sheets:
        mapping = find_table(sheet)
        if mapping and mapping.kind == "criteria" and "max" in mapping.columns:
            return sheet, mapping
    return None


def parse_criteria_sheet(workbook: Workbook, file_name: str, mapping: TableMapping | None = None,
                         sheet_name: str | None = None) -> CriteriaParse:
    """Parse the criteria table; InputRejected when the workbook holds none."""
    if sheet_name is not None:
        sheet = workbook.sheet(sheet_name)
        if sheet is None:
            raise InputRejected(f"Tệp «{file_name}» không có trang tính «{sheet_name}».", file=file_name,
                                en=f"The file «{file_name}» has no sheet «{sheet_name}».")
        mapping = mapping or find_table(sheet)
    elif mapping is not None:
        sheet = workbook.visible_sheets[0] if workbook.visible_sheets else None
    else:
        found = find_criteria_sheet(workbook)
        sheet, mapping = found if found else (None, None)
    if sheet is None or mapping is None or "max" not in mapping.columns:
        raise InputRejected(
            f"Không tìm thấy bảng tiêu chí trong tệp «{file_name}»: cần các cột tiêu chí và "
            "«Điểm tối đa» (hoặc «Điểm chuẩn»).", file=file_name,
            en=f"No criteria table found in «{file_name}»: it needs the criteria columns and «Điểm tối đa» (maximum points) "
               "(or «Điểm chuẩn»).")
    return _CriteriaReader(sheet, mapping, file_name).parse()


class _CriteriaReader:
    def __init__(self, sheet: Sheet, mapping: TableMapping, file_name: str):
        self.sheet, self.mapping = sheet, mapping
        self.log = IssueLog(file_name)
        self.rows: dict[str, dict] = {}

    def parse(self) -> CriteriaParse:
        sheet, cols = self.sheet, self.mapping.columns
        max_col = cols["max"]
        totals: list[tuple[int, str, list[str]]] = []  # (row, kind, roots before it)
        roots_since_total: list[str] = []
        last: dict | None = None
        for dr in data_rows(sheet, self.mapping):
            if dr.code is None:
                if dr.total:
                    totals.append((dr.row, dr.total, roots_since_total))
                    roots_since_total = []
                elif last is not None and dr.name:
                    last["extra_guidance"].append(self._guidance_line(dr.row, dr.name, max_col))
                continue
            if dr.code in self.rows:
                first = self.rows[dr.code]
                self.log.error(f"Mã tiêu chí {dr.code} bị trùng (đã có ở ô {first['cell']}).",
                               sheet.name, dr.code_cell, en=f"duplicate criterion code {dr.code}")
                continue
            num = read_number(sheet, dr.row, max_col)
            max_ref = cell_ref(dr.row, max_col)
            if num.error:
                self.log.error(f"Điểm tối đa của tiêu chí {dr.code}: {num.error}.", sheet.name, max_ref,
                               en="maximum points is not a number")
            markers = {read_number(sheet, dr.row, cols.get(role)).marker
                       for role in ("max", "self", "appraised", "survey")}
            entry = {
                "code": dr.code, "name": dr.name, "max": num.value, "cell": dr.code_cell,
                "max_cell": max_ref, "markers": markers, "row": dr.row, "order": len(self.rows) + 1,
                "guidance": self._text(dr.row, "guidance"), "evidence": self._text(dr.row, "evidence"),
                "extra_guidance": [],
            }
            self.rows[dr.code] = entry
            last = entry
            if "." not in dr.code:
                roots_since_total.append(dr.code)
        result = self._finish()
        self._check_totals(totals, result)
        declared = next((read_number(sheet, r, max_col).value for r, kind, _ in totals
                         if kind == "grand"), None)
        if declared is None:
            declared = self.mapping.header_points.get(max_col)
        return CriteriaParse(result, declared, self.log.errors, self.log.warnings, sheet.name,
                             self.mapping)

    def _text(self, row: int, role: str) -> str:
        col = self.mapping.columns.get(role)
        return self.sheet.text(row, col) if col is not None else ""

    def _guidance_line(self, row: int, name: str, max_col: int) -> str:
        points = read_number(self.sheet, row, max_col).value
        return f"{name}: {fmt_points(points)} điểm" if points is not None else name

    def _parent(self, code: str) -> str | None:
        parts = code.split(".")
        while len(parts) > 1:
            parts = parts[:-1]
            if ".".join(parts) in self.rows:
                return ".".join(parts)
        return None

    def _kind(self, entry: dict, parent_kind: str | None) -> str:
        name = fold(entry["name"])
        if "survey" in entry["markers"] or _SURVEY_NAME.search(name):
            return "survey"
        if _PENALTY_NAME.search(name) or (entry["max"] is not None and entry["max"] < 0):
            return "penalty"
        if _BONUS_NAME.search(name):
            return "bonus"
        return parent_kind or "scored"

    def _finish(self) -> list[CriterionRow]:
        kinds: dict[str, str] = {}
        out = []
        for code, e in self.rows.items():  # parents come before children in sheet order
            parent = self._parent(code)
            kinds[code] = self._kind(e, kinds.get(parent) if parent else None)
            guidance = "\n".join(t for t in [e["guidance"], *e["extra_guidance"]] if t)
            out.append(CriterionRow(code, e["name"], parent, e["max"], kinds[code], guidance,
                                    e["evidence"], e["order"], self.sheet.name, e["cell"], e["max_cell"]))
        self._check_children(out)
        return out

    def _check_children(self, rows: list[CriterionRow]) -> None:
        children: dict[str, list[CriterionRow]] = {}
        for r in rows:
            if r.parent_code:
                children.setdefault(r.parent_code, []).append(r)
        for r in rows:
            kids = children.get(r.code)
            if not kids or r.max_points is None or any(k.max_points is None for k in kids):
                continue
            total = sum((k.max_points for k in kids), Decimal(0))
            if total != r.max_points:
                self.log.warning(
                    f"Tổng điểm tối đa các tiêu chí con của {r.code} là {fmt_points(total)}, khác điểm "
                    f"tối đa {fmt_points(r.max_points)} ghi ở tiêu chí {r.code}.",
                    self.sheet.name, r.max_cell, en="children do not sum to the parent's maximum")

    def _check_totals(self, totals, rows: list[CriterionRow]) -> None:
        by_code = {r.code: r for r in rows}
        max_col = self.mapping.columns["max"]
        for row, kind, roots in totals:
            if kind == "average":
                continue
            ref = cell_ref(row, max_col)
            num = read_number(self.sheet, row, max_col)
            if num.error:
                self.log.warning(f"Dòng tổng: {num.error}.", self.sheet.name, ref)
                continue
            if num.value is None:
                continue
            codes = [r.code for r in rows if r.parent_code is None] if kind == "grand" else roots
            picked = [by_code[c] for c in codes if c in by_code and by_code[c].max_points is not None]
            index_sum = sum((r.max_points for r in picked if r.kind in ("scored", "survey")), Decimal(0))
            all_sum = sum((r.max_points for r in picked), Decimal(0))
            if num.value not in (index_sum, all_sum):
                self.log.warning(
                    f"Dòng tổng ghi {fmt_points(num.value)} điểm, khác tổng các lĩnh vực/tiêu chí "
                    f"phía trên là {fmt_points(index_sum)}.", self.sheet.name, ref,
                    en="total row disagrees with its parts")
