"""Score workbooks the app writes: the per-unit layout (`scores export`, re-importable to the
identical state) and blank templates of the three layouts a province can fill in."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

from .criteria_writer import SURVEY_MARK, CriterionOut
from .issues import column_letter
from .xlsx_table import (Formula, TableRow, TableSheet, save_workbook, sum_formula, unique_sheet_name,
                         write_ids_sheet, write_sheet, IDS_SHEET)

HEADER = ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do"]
WIDTHS = [9, 60, 12, 12, 12, 45]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]


@dataclass
class UnitScoresOut:
    code: str
    name: str
    uuid: str
    # criterion code -> (self, appraised or survey points, reason)
    scores: dict[str, tuple[Decimal | None, Decimal | None, str]] = field(default_factory=dict)


@dataclass
class ScoresOut:
    year: int
    set_uuid: str
    set_name: str
    level: str
    criteria: list[CriterionOut]
    units: list[UnitScoresOut]


def _children(criteria: list[CriterionOut]) -> dict[str | None, list[CriterionOut]]:
    out: dict[str | None, list[CriterionOut]] = {}
    for c in criteria:
        out.setdefault(c.parent_code, []).append(c)
    return out


def _unit_sheet(title: str, data: ScoresOut, unit: UnitScoresOut | None, unit_name: str) -> TableSheet:
    spec = TableSheet(title, [f"BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {data.year}", f"Đơn vị: {unit_name}",
                              data.set_name], HEADER, WIDTHS, number_cols=(2, 3, 4), wrap_cols=(1, 5))
    kids = _children(data.criteria)
    row_of = {c.code: spec.first_data_row + n for n, c in enumerate(data.criteria)}
    effective: dict[tuple[str, int], Decimal | None] = {}

    def value(c: CriterionOut, col: int) -> Decimal | None:
        """What the cell shows: the score of a leaf, the sum of the children for a parent (as SUM does)."""
        key = (c.code, col)
        if key not in effective:
            if kids.get(c.code):
                effective[key] = sum((v for k in kids[c.code] if (v := value(k, col)) is not None), Decimal(0))
            else:
                self_v, appr_v, _ = (unit.scores.get(c.code) if unit else None) or (None, None, "")
                effective[key] = self_v if col == 3 else appr_v
        return effective[key]

    for c in data.criteria:
        if kids.get(c.code):
            cells = [Formula(sum_formula(col, [row_of[k.code] for k in kids[c.code]]), value(c, col))
                     for col in (3, 4)]
            spec.rows.append(TableRow([c.code, c.name, c.max_points, *cells, None], bold=c.parent_code is None))
            continue
        self_v, appr_v, reason = (unit.scores.get(c.code) if unit else None) or (None, None, "")
        shown_self = SURVEY_MARK if c.kind == "survey" else self_v
        spec.rows.append(TableRow([c.code, c.name, c.max_points, shown_self, appr_v, reason or None],
                                  bold=c.parent_code is None))
    roots = [c for c in data.criteria if c.parent_code is None and c.kind in ("scored", "survey")]
    total = [None, "Tổng cộng", Formula(sum_formula(2, [row_of[c.code] for c in roots]),
                                        sum((c.max_points for c in roots), Decimal(0)))]
    for col in (3, 4):
        total.append(Formula(sum_formula(col, [row_of[c.code] for c in roots]),
                             sum((v for c in roots if (v := value(c, col)) is not None), Decimal(0))))
    spec.rows.append(TableRow(total + [None], bold=True))
    return spec


def write_scores_workbook(data: ScoresOut, path: str | os.PathLike) -> str:
    """One sheet per unit (names unique, at most 31 characters) and the hidden id sheet."""
    import openpyxl

    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached: dict = {}
    taken = {IDS_SHEET}
    ids = [["kind", "scores"], ["set", data.set_uuid, data.year, data.level, data.set_name],
           ["columns", "sheet", "unit code", "unit uuid"]]
    for unit in data.units:
        title = unique_sheet_name(unit.name, taken)
        write_sheet(wb, _unit_sheet(title, data, unit, unit.name), cached)
        ids.append(["unit", title, unit.code, unit.uuid])
    if not data.units:
        write_sheet(wb, _unit_sheet("Đơn vị", data, None, "(tên đơn vị)"), cached)
    write_ids_sheet(wb, ids)
    return save_workbook(wb, path, cached)


def write_per_unit_template(data: ScoresOut, path) -> str:
    blank = ScoresOut(data.year, data.set_uuid, data.set_name, data.level, data.criteria,
                      [UnitScoresOut(u.code, u.name, u.uuid) for u in data.units])
    return write_scores_workbook(blank, path)


def write_matrix_template(data: ScoresOut, path) -> str:
    """Criteria down the rows, per unit a block `Tự chấm | Thẩm định | Lý do` under its name."""
    import openpyxl
    from openpyxl.styles import Alignment, Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Bảng điểm"
    bold = Font(bold=True)
    ws.cell(1, 1, f"BẢNG ĐIỂM CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {data.year} — {data.set_name}").font = bold
    top, sub = 3, 4
    for c, text in enumerate(["Mã", "Tiêu chí", "Điểm tối đa"], start=1):
        ws.cell(top, c, text).font = bold
        ws.merge_cells(start_row=top, start_column=c, end_row=sub, end_column=c)
    names = [u.name for u in data.units] or ["(tên đơn vị)"]
    for n, name in enumerate(names):
        first = 4 + 3 * n
        ws.cell(top, first, name).font = bold
        ws.merge_cells(start_row=top, start_column=first, end_row=top, end_column=first + 2)
        for k, text in enumerate(["Tự chấm", "Thẩm định", "Lý do"]):
            ws.cell(sub, first + k, text).font = bold
            ws.column_dimensions[column_letter(first + k - 1)].width = 12 if k < 2 else 30
    ws.column_dimensions["B"].width = 55
    for r, c in enumerate(data.criteria, start=sub + 1):
        ws.cell(r, 1, c.code).number_format = "@"
        ws.cell(r, 2, c.name).alignment = Alignment(wrap_text=True)
        ws.cell(r, 3, c.max_points).number_format = "#,##0.00"
        if c.parent_code is None:
            for col in (1, 2, 3):
                ws.cell(r, col).font = bold
    ws.freeze_panes = ws.cell(sub + 1, 4)
    ws.print_title_rows = f"{top}:{sub}"
    return save_workbook(wb, path, {})


def write_ranking_template(data: ScoresOut, path) -> str:
    """One row per unit: points per field, total, index % and rank (published results)."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Xếp hạng"
    bold = Font(bold=True)
    ws.cell(1, 1, f"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {data.year}").font = bold
    fields = [c for c in data.criteria if c.parent_code is None]
    header = ["STT", "Đơn vị"] + [f"Lĩnh vực {ROMAN[int(c.code) - 1] if c.code.isdigit() and 0 < int(c.code) <= 15 else c.code}"
                                  for c in fields] + ["Tổng điểm", "Chỉ số (%)", "Xếp hạng"]
    for col, text in enumerate(header, start=1):
        ws.cell(3, col, text).font = bold
    ws.column_dimensions["B"].width = 40
    for n, u in enumerate(data.units, start=1):
        ws.cell(3 + n, 1, n)
        ws.cell(3 + n, 2, u.name)
        for col in range(3, len(header) + 1):
            ws.cell(3 + n, col).number_format = "#,##0.00"
    ws.freeze_panes = "C4"
    ws.print_title_rows = "3:3"
    return save_workbook(wb, path, {})
