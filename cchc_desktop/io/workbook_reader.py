"""Opens .xlsx/.xlsm/.xls/.ods into plain `Workbook`/`Sheet` grids.

Values come from python-calamine (fast, reads every format). For .xlsx/.xlsm a scan of the sheet XML
(io.xlsx_details; openpyxl when that scan gives up) adds what
calamine does not expose: formulas and hidden columns. Formula cells saved without a cached
value (workbooks written by libraries) are computed by `formulas.evaluate`; those that cannot
be computed are listed in `Sheet.uncomputed` so importers report them instead of reading 0.
"""
from __future__ import annotations

import gc
import os
import re
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from itertools import chain

from cchc_desktop.services.errors import InputRejected, NotFound

from .cells import CellRange, CellValue, Sheet, Workbook
from .formulas import FormulaError, evaluate
from .issues import cell_ref
from .xlsx_details import read_details

MAX_SHEETS = 200
MAX_ROWS = 100_000
MAX_COLS = 500
MAX_CELL_CHARS = 10_000
_OPENPYXL_SUFFIXES = (".xlsx", ".xlsm")
_HIDDEN_COL = re.compile(rb"<(?:\w+:)?col\s([^>]*)>")
_ATTR = re.compile(rb'(\w+)="([^"]*)"')
_CELL = re.compile(rb"<c\s([^>]*?)(?<!/)>(.*?)</c>", re.S)
_TYPED_RESULT = re.compile(rb'\bt="(?:str|s|e|b|inlineStr)"')
_REF = re.compile(rb'\br="([A-Z]{1,3})(\d+)"')


def open_workbook(path: str | os.PathLike) -> Workbook:
    """Read every sheet of the workbook at `path`; InputRejected (exit 2) when it is not one."""
    path = os.fspath(path)
    name = os.path.basename(path)
    if not os.path.isfile(path):
        raise NotFound(f"Không tìm thấy tệp «{name}».", en=f"The file «{name}» was not found.", file=name)
    if os.path.getsize(path) == 0:
        raise InputRejected(f"Tệp «{name}» rỗng, không phải là bảng tính.",
                            en=f"The file «{name}» is empty, not a workbook.", file=name)
    # Tens of thousands of row lists that live as long as the workbook and form no cycles: the
    # cyclic collector would only walk them again and again while they are made.
    collecting = gc.isenabled()
    gc.disable()
    try:
        sheets = _read_values(path, name)
        if path.lower().endswith(_OPENPYXL_SUFFIXES) and not read_details(
                path, sheets, _hidden_columns, _cells_with_cached_formula_result):
            _add_openpyxl_details(path, name, sheets)
        workbook = Workbook(path=path, sheets=sheets)
        _compute_missing_formulas(workbook)
    finally:
        if collecting:
            gc.enable()
    return workbook


def _not_a_workbook(name: str) -> InputRejected:
    return InputRejected(
        f"Tệp «{name}» không phải là bảng tính Excel/OpenDocument đọc được "
        "(cần tệp .xlsx, .xls hoặc .ods).",
        en=f"The file «{name}» is not a readable Excel/OpenDocument workbook (an .xlsx, .xls or .ods file is needed).",
        file=name)


def _read_values(path: str, name: str) -> list[Sheet]:
    try:
        from python_calamine import CalamineWorkbook, SheetTypeEnum, SheetVisibleEnum
        book = CalamineWorkbook.from_path(path)
        metas = book.sheets_metadata
    except Exception as exc:  # calamine raises many kinds for garbage input
        raise _not_a_workbook(name) from exc
    if len(metas) > MAX_SHEETS:
        raise InputRejected(f"Tệp «{name}» có {len(metas)} trang tính, nhiều hơn giới hạn "
                            f"{MAX_SHEETS}.", en=f"The file «{name}» has {len(metas)} sheets, more than the limit "
                            f"of {MAX_SHEETS}.", file=name)
    if not metas:
        raise _not_a_workbook(name)
    sheets = []
    # converted rows by what numbers their sheet holds (see below), then by the raw row
    converted_by_kind: dict[object, dict[tuple, list[CellValue]]] = {}
    for meta in metas:
        if meta.typ != SheetTypeEnum.WorkSheet:
            continue  # chart sheets hold no cells
        try:
            raw = book.get_sheet_by_name(meta.name)
            end = raw.end
            if end is not None:
                if end[0] + 1 > MAX_ROWS:
                    raise _too_big(name, meta.name, f"có {end[0] + 1} dòng, nhiều hơn giới hạn {MAX_ROWS}",
                                   f"has {end[0] + 1} rows, more than the limit of {MAX_ROWS}")
                if end[1] + 1 > MAX_COLS:
                    raise _too_big(name, meta.name, f"có {end[1] + 1} cột, nhiều hơn giới hạn {MAX_COLS}",
                                   f"has {end[1] + 1} columns, more than the limit of {MAX_COLS}")
            grid = raw.to_python(skip_empty_area=False)
            merged = [CellRange(a[0], a[1], b[0], b[1]) for a, b in (raw.merged_cell_ranges or [])]
        except InputRejected:
            raise
        except Exception as exc:
            raise InputRejected(f"Không đọc được trang tính «{meta.name}» của tệp «{name}».",
                                en=f"The sheet «{meta.name}» of the file «{name}» could not be read.",
                                file=name, sheet=meta.name) from exc
        rows = []
        # Rows repeat across the sheets of a workbook (the same criterion with the same score in
        # many unit sheets): converted once per distinct raw row. Only numbers of different types
        # compare equal while converting differently (True == 1 == 1.0; 2**60 == 2.0**60): a sheet
        # holding one kind of number (or none) looks its rows up by their values alone, among the
        # rows of sheets with that same kind; a sheet mixing kinds adds the cell types to the key.
        numbers = set(map(type, chain.from_iterable(grid))) & _NUMBER_TYPES
        typed = len(numbers) > 1
        converted = converted_by_kind.setdefault("typed" if typed else frozenset(numbers), {})
        for r, row in enumerate(grid):
            key = (tuple(row), tuple(map(type, row))) if typed else tuple(row)
            done = converted.get(key)
            if done is None:
                done = _convert_row(row, name, meta.name, r)
                if len(converted) < 65536:
                    converted[key] = done
            rows.append(done)   # shared by equal rows: _compute_missing_formulas copies before writing
        while rows and all(v is None for v in rows[-1]):
            rows.pop()
        sheets.append(Sheet(name=meta.name, rows=rows, merged=merged,
                            hidden=meta.visible != SheetVisibleEnum.Visible))
    return sheets


_NUMBER_TYPES = frozenset((bool, int, float))


def _too_big(name: str, sheet: str, what: str, what_en: str) -> InputRejected:
    return InputRejected(f"Trang tính «{sheet}» của tệp «{name}» {what}.",
                         en=f"The sheet «{sheet}» of the file «{name}» {what_en}.", file=name, sheet=sheet)


def to_cell_value(v) -> CellValue:
    """Calamine/openpyxl value -> our cell value; float goes through repr so 0.1 stays 0.1."""
    if v is None or v == "":
        return None
    if isinstance(v, bool):
        return v
    if isinstance(v, float):
        if v != v or v in (float("inf"), float("-inf")):
            return str(v)
        if v.is_integer() and abs(v) < 2 ** 53:
            return int(v)
        return Decimal(repr(v))
    if isinstance(v, (int, Decimal, str, date)):
        return v
    if isinstance(v, (time, timedelta)):
        return str(v)
    return str(v)


_FLOATS: dict[float, CellValue] = {}   # float -> int/Decimal: scores repeat a few values all over a workbook


def _convert_row(row: list, name: str, sheet: str, r: int) -> list[CellValue]:
    """`_convert` of each cell, with the common types (empty, text, number) handled inline:
    converting cell by cell through `_convert` cost as much as calamine's whole read."""
    out: list[CellValue] = []
    append = out.append
    for c, v in enumerate(row):
        kind = type(v)
        if kind is str:
            if not v:
                append(None)
            elif len(v) > MAX_CELL_CHARS:
                append(_convert(v, name, sheet, r, c))   # raises the located error
            else:
                append(v)
        elif kind is float:
            value = _FLOATS.get(v)
            if value is None:
                value = to_cell_value(v)
                if v == v and len(_FLOATS) < 65536:   # NaN never finds itself in a dict
                    _FLOATS[v] = value
            append(value)
        elif kind is int or v is None:
            append(v)
        else:
            append(_convert(v, name, sheet, r, c))
    return out


def _convert(v, name: str, sheet: str, r: int, c: int) -> CellValue:
    value = to_cell_value(v)
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise InputRejected(
            f"Ô {cell_ref(r, c)} của trang tính «{sheet}» có {len(value)} ký tự, nhiều hơn giới "
            f"hạn {MAX_CELL_CHARS}.", en=f"Cell {cell_ref(r, c)} of the sheet «{sheet}» has {len(value)} characters, "
            f"more than the limit of {MAX_CELL_CHARS}.", file=name, sheet=sheet, cell=cell_ref(r, c))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date()
    return value


def _add_openpyxl_details(path: str, name: str, sheets: list[Sheet]) -> None:
    """Formulas and hidden columns; a failure here only loses those details, never values."""
    try:
        import openpyxl
        book = openpyxl.load_workbook(path, read_only=True, data_only=False)
    except Exception:
        return
    try:
        by_name = {s.name: s for s in sheets}
        for ws in book.worksheets:
            sheet = by_name.get(ws.title)
            if sheet is None:
                continue
            try:
                source = ws._get_source()  # the sheet XML; small next to the values we hold
                xml = source.read()
                source.close()
            except Exception:
                continue
            sheet.hidden_cols = frozenset(_hidden_columns(xml))
            if b"<f" in xml or b":f>" in xml or b":f " in xml:
                try:
                    _collect_formulas(ws, sheet)
                except Exception:  # malformed sheet XML (found by fuzzing): keep the values calamine read
                    continue
                sheet.formula_cached = _cells_with_cached_formula_result(xml)
    finally:
        book.close()


def _hidden_columns(xml: bytes) -> set[int]:
    end = xml.find(b"sheetData")
    head = xml[:end] if end >= 0 else xml   # <cols> come before the cells
    hidden: set[int] = set()
    for m in _HIDDEN_COL.finditer(head):
        attrs = dict(_ATTR.findall(m.group(1)))
        if attrs.get(b"hidden") in (b"1", b"true"):
            lo, hi = int(attrs.get(b"min", b"1")), int(attrs.get(b"max", b"1"))
            hidden.update(range(lo - 1, min(hi, MAX_COLS)))
    return hidden


def _cells_with_cached_formula_result(xml: bytes) -> set[tuple[int, int]]:
    """Formula cells whose saved result is text (t="str"), possibly '' as =IF(…;"";…) gives.

    Library writers (openpyxl) leave an untyped empty <v></v>: those still need computing.
    """
    from .formulas import col_index
    found = set()
    for m in _CELL.finditer(xml):
        inner = m.group(2)
        if b"<f" in inner and _TYPED_RESULT.search(m.group(1)):
            ref = _REF.search(m.group(1))
            if ref:
                found.add((int(ref.group(2)) - 1, col_index(ref.group(1).decode())))
    return found


def _collect_formulas(ws, sheet: Sheet) -> None:
    for row in ws.iter_rows():
        for cell in row:
            if getattr(cell, "data_type", None) != "f":
                continue
            value = cell.value
            text = value if isinstance(value, str) else getattr(value, "text", None)
            if text:
                sheet.formulas[(cell.row - 1, cell.column - 1)] = str(text)


def _compute_missing_formulas(workbook: Workbook) -> None:
    by_name = {s.name: s for s in workbook.sheets}
    done: dict[tuple[str, int, int], object] = {}
    active: set[tuple[str, int, int]] = set()

    def compute(sheet: Sheet, r: int, c: int):
        key = (sheet.name, r, c)
        if key in done:
            return done[key]
        formula = sheet.formulas.get((r, c))
        if formula is None or sheet.value(r, c) is not None or (r, c) in sheet.formula_cached:
            return sheet.value(r, c)
        if key in active:
            raise FormulaError("công thức tham chiếu vòng")
        active.add(key)
        try:
            value = evaluate(formula, lambda sh, rr, cc: resolve(sheet, sh, rr, cc))
        except (FormulaError, RecursionError) as exc:
            reason = str(exc) if isinstance(exc, FormulaError) else "công thức lồng nhau quá sâu"
            sheet.uncomputed[(r, c)] = reason
            raise FormulaError(f"ô {cell_ref(r, c)} không tính được") from None
        finally:
            active.discard(key)
        done[key] = value
        return value

    def resolve(current: Sheet, sheet_name: str | None, r: int, c: int):
        target = current if sheet_name is None else by_name.get(sheet_name)
        if target is None:
            raise FormulaError(f"tham chiếu tới trang tính «{sheet_name}» không có")
        return compute(target, r, c)

    for sheet in workbook.sheets:
        for (r, c) in list(sheet.formulas):
            if sheet.value(r, c) is not None or (r, c) in sheet.formula_cached:
                continue
            try:
                value = compute(sheet, r, c)
            except FormulaError:
                continue
            while len(sheet.rows) <= r:
                sheet.rows.append([])
            row = sheet.rows[r] = list(sheet.rows[r])   # rows may be shared by equal rows (_read_values)
            while len(row) <= c:
                row.append(None)
            row[c] = value
