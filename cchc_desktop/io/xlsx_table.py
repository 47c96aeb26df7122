"""Writing one table sheet the way officers expect it: title rows, a frozen header repeated on
every printed page, bold field rows, real numbers shown `#,##0.00`, totals as formulas whose
results are stored too (`xlsx_cached`), and a hidden `_cchc` sheet with the ids that let a
re-import update records instead of duplicating them."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from decimal import Decimal

from .issues import column_letter
from .xlsx_cached import add_cached_values

IDS_SHEET = "_cchc"
NUMBER_FORMAT = "#,##0.00"   # Excel shows it with the separators of the Vietnamese locale
_BAD_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")
SHEET_NAME_LIMIT = 31


@dataclass(frozen=True)
class Formula:
    text: str                   # "=SUM(C7:C9)"
    cached: Decimal | None      # the result, stored so readers without a formula engine see it


@dataclass
class TableRow:
    values: list
    bold: bool = False


@dataclass
class TableSheet:
    title: str
    titles: list[str]
    header: list[str]
    widths: list[int]
    rows: list[TableRow] = field(default_factory=list)
    number_cols: tuple[int, ...] = ()     # zero-based columns holding points
    wrap_cols: tuple[int, ...] = ()

    @property
    def header_row(self) -> int:
        """1-based Excel row of the header (titles, one blank row, header)."""
        return len(self.titles) + 2

    @property
    def first_data_row(self) -> int:
        return self.header_row + 1


def unique_sheet_name(wanted: str, taken: set[str]) -> str:
    """A legal sheet name of at most 31 characters, different (case-insensitively) from `taken`."""
    base = _BAD_SHEET_CHARS.sub(" ", wanted).strip().strip("'") or "Trang"
    base = base[:SHEET_NAME_LIMIT].rstrip()
    name, n = base, 2
    lowered = {t.lower() for t in taken}
    while name.lower() in lowered:
        suffix = f" ({n})"
        name = base[:SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
        n += 1
    taken.add(name)
    return name


def _put(ws, row: int, col: int, value, cached: dict, sheet_title: str):
    cell = ws.cell(row, col)
    if isinstance(value, Formula):
        cell.value = value.text
        cached.setdefault(sheet_title, {})[(row - 1, col - 1)] = value.cached
    else:
        cell.value = value
    return cell


def write_sheet(wb, spec: TableSheet, cached: dict) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    ws = wb.create_sheet(spec.title)
    bold = Font(bold=True)
    thin = Side(style="thin", color="808080")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    last_col = column_letter(len(spec.header) - 1)
    for i, text in enumerate(spec.titles, start=1):
        ws.cell(i, 1, text).font = Font(bold=True, size=12 if i == 1 else 11)
        ws.merge_cells(f"A{i}:{last_col}{i}")
        ws.cell(i, 1).alignment = Alignment(horizontal="center", wrap_text=False)
    hr = spec.header_row
    fill = PatternFill("solid", fgColor="DDEBF7")
    for c, text in enumerate(spec.header, start=1):
        cell = ws.cell(hr, c, text)
        cell.font, cell.fill, cell.border = bold, fill, border
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for c, width in enumerate(spec.widths, start=1):
        ws.column_dimensions[column_letter(c - 1)].width = width
    wrap = Alignment(wrap_text=True, vertical="top")
    for r, row in enumerate(spec.rows, start=spec.first_data_row):
        for c, value in enumerate(row.values, start=1):
            cell = _put(ws, r, c, value, cached, spec.title)
            cell.border = border
            if row.bold:
                cell.font = bold
            if c - 1 in spec.number_cols:
                cell.number_format = NUMBER_FORMAT
            elif c - 1 in spec.wrap_cols:
                cell.alignment = wrap
            elif c == 1:
                cell.number_format = "@"   # codes stay text: 1.10 is not 1.1
    ws.freeze_panes = ws.cell(spec.first_data_row, 1)
    ws.print_title_rows = f"{hr}:{hr}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_setup.fitToHeight = 0


def write_ids_sheet(wb, rows: list[list]) -> None:
    ws = wb.create_sheet(IDS_SHEET)
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row, start=1):
            if value is not None:
                ws.cell(r, c, value)
    ws.sheet_state = "hidden"


def save_workbook(wb, path: str | os.PathLike, cached: dict) -> str:
    """Save, then store the formula results; writes beside the target first so a failure
    never leaves a half-written workbook under the officer's file name."""
    path = os.fspath(path)
    tmp = path + ".tmp.xlsx"
    try:
        wb.save(tmp)
        add_cached_values(tmp, cached)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def sum_formula(col: int, rows: list[int]) -> str:
    """=SUM over 1-based rows of one zero-based column, ranges where rows are consecutive."""
    letter = column_letter(col)
    if not rows:
        return "=0"
    rows = sorted(rows)
    parts, start, prev = [], rows[0], rows[0]
    for r in rows[1:] + [None]:
        if r is not None and r == prev + 1:
            prev = r
            continue
        parts.append(f"{letter}{start}" if start == prev else f"{letter}{start}:{letter}{prev}")
        if r is not None:
            start = prev = r
    return "=SUM(" + ",".join(parts) + ")"


def ids_table(sheet: "object | None") -> dict[str, list[list[str]]]:
    """The `_cchc` sheet read back: first cell of each row is a key, the rest its values."""
    out: dict[str, list[list[str]]] = {}
    if sheet is None:
        return out
    for r in range(sheet.n_rows):
        key = sheet.text(r, 0)
        if key:
            out.setdefault(key, []).append([sheet.text(r, c) for c in range(1, sheet.n_cols)])
    return out
