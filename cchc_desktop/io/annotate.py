""""Save an annotated copy" of a refused workbook: every offending cell filled red with the
Vietnamese message as a comment, so the officer can fix the file and send it back."""
from __future__ import annotations

import os
import re

from .issues import Issue

_REF = re.compile(r"^[A-Z]{1,3}\d+$")
RED = "FFC7CE"
AMBER = "FFEB9C"


def _as_issue(item) -> Issue:
    if isinstance(item, Issue):
        return item
    return Issue(item.get("severity", "error"), item.get("message", ""), item.get("sheet"), item.get("cell"))


def _load(path: str):
    import openpyxl
    if path.lower().endswith((".xlsx", ".xlsm")):
        return openpyxl.load_workbook(path)
    # .xls / .ods: openpyxl cannot write those; a copy of the values as .xlsx carries the marks.
    from .workbook_reader import open_workbook
    source = open_workbook(path)
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for sheet in source.sheets:
        ws = wb.create_sheet(sheet.name[:31])
        for r, row in enumerate(sheet.rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value if not hasattr(value, "as_tuple") else float(value))
    return wb


def _anchor(ws, ref: str):
    """The writable cell for `ref`: the top-left cell when `ref` lies inside a merged range."""
    cell = ws[ref]
    if type(cell).__name__ == "MergedCell":
        for rng in ws.merged_cells.ranges:
            if ref in rng:
                return ws.cell(rng.min_row, rng.min_col)
    return cell


def annotate_workbook(path: str | os.PathLike, issues, out: str | os.PathLike) -> str:
    """Write `out` (.xlsx): the workbook with each issue's cell marked; returns the path written."""
    from openpyxl.comments import Comment
    from openpyxl.styles import PatternFill

    path, out = os.fspath(path), os.fspath(out)
    if not out.lower().endswith(".xlsx"):
        out = os.path.splitext(out)[0] + ".xlsx"
    wb = _load(path)
    notes: dict[tuple[str, str], list[Issue]] = {}
    for item in issues:
        issue = _as_issue(item)
        if issue.sheet in wb.sheetnames and issue.cell and _REF.match(issue.cell):
            notes.setdefault((issue.sheet, issue.cell), []).append(issue)
    for (sheet, ref), found in notes.items():
        cell = _anchor(wb[sheet], ref)
        colour = RED if any(i.severity == "error" for i in found) else AMBER
        cell.fill = PatternFill("solid", fgColor=colour)
        text = "\n".join(("Lỗi: " if i.severity == "error" else "Lưu ý: ") + i.message for i in found)
        cell.comment = Comment(text, "CCHC Desktop", width=320, height=120)
    wb.save(out)
    return out
