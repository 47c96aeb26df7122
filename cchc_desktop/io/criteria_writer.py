"""A criteria set as a workbook that `criteria import` reads back to the identical set."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from decimal import Decimal

from .xlsx_table import Formula, TableRow, TableSheet, save_workbook, sum_formula, write_ids_sheet, write_sheet

HEADER = ["Mã", "Tiêu chí", "Điểm tối đa", "Hướng dẫn chấm", "Tài liệu kiểm chứng"]
SURVEY_MARK = "ĐTXHH"


@dataclass(frozen=True)
class CriterionOut:
    uuid: str
    code: str
    name: str
    parent_code: str | None
    max_points: Decimal
    kind: str
    guidance: str = ""
    evidence: str = ""


@dataclass
class CriteriaSetOut:
    uuid: str
    year: int
    level: str
    name: str
    decision_number: str | None
    criteria: list[CriterionOut] = field(default_factory=list)


def in_total(c: CriterionOut) -> bool:
    return c.parent_code is None and c.kind in ("scored", "survey")


def write_criteria_workbook(cs: CriteriaSetOut, path: str | os.PathLike) -> str:
    import openpyxl

    titles = [cs.name.upper()]
    if cs.decision_number:
        titles.append(f"(Kèm theo Quyết định số {cs.decision_number})")
    titles.append(f"Năm {cs.year} — cấp {cs.level}")
    spec = TableSheet("Bộ tiêu chí", titles, HEADER, [10, 70, 13, 45, 35], number_cols=(2,), wrap_cols=(1, 3, 4))
    rows_of_roots = []
    for n, c in enumerate(cs.criteria):
        spec.rows.append(TableRow([c.code, c.name, c.max_points, c.guidance or None, c.evidence or None],
                                  bold=c.parent_code is None))
        if in_total(c):
            rows_of_roots.append(spec.first_data_row + n)
    total = sum((c.max_points for c in cs.criteria if in_total(c)), Decimal(0))
    spec.rows.append(TableRow([None, "Tổng cộng", Formula(sum_formula(2, rows_of_roots), total), None, None],
                              bold=True))
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    cached: dict = {}
    write_sheet(wb, spec, cached)
    ids = [["kind", "criteria"], ["set", cs.uuid, cs.year, cs.level, cs.name, cs.decision_number or ""],
           ["columns", "row", "uuid", "code", "kind"]]
    ids += [["criterion", spec.first_data_row + n, c.uuid, c.code, c.kind] for n, c in enumerate(cs.criteria)]
    write_ids_sheet(wb, ids)
    return save_workbook(wb, path, cached)
