"""Reading the data rows of a found table: criterion codes, field rows, totals, numbers, markers.

Shared by the criteria and score importers so both tolerate the same spellings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain
from operator import itemgetter
from decimal import Decimal

from cchc_desktop.domain.numbers import parse_points, q3
from .text_cache import clean, fold

from .cells import Sheet
from .issues import cell_ref, column_letter
from .table_finder import ROMAN, TableMapping, role_of

_CODE = re.compile(r"^(\d{1,2})((?:[.,]\d{1,2})*)\.?$")
_NAME_CODE = re.compile(
    r"^\s*(?P<code>\d{1,2}(?:\.\d{1,2})+|\d{1,2}(?=\s*[.):\-–]))\s*[.):\-–]?\s*(?:[-–:]\s*)?(?P<rest>\S.*)$",
    re.S)
_NAME_ROMAN = re.compile(r"^\s*(?P<roman>[IVX]{1,4})\s*[.):\-–]\s*(?P<rest>\S.*)$", re.S)
_TOTAL = re.compile(
    r"^(?P<label>tong cong|tong so diem|tong so|tong diem|tong|cong|gia tri trung binh|"
    r"diem trung binh|trung binh cong|trung binh)"
    r"(?:\s+(?:diem|cong|so diem|toi da|tham dinh|tu cham|dat duoc|chung|chi so cchc))*"
    r"\s*(?::|\.|\(.*\)|\s+[ivx0-9+ ,.()-]*|\s+linh vuc.*)?\s*:?$")
_GRAND = {"tong cong", "tong so diem", "tong so", "tong diem", "tong"}
_NOTE_START = re.compile(r"^(ghi chu|luu y|chu thich|nguoi lap|noi nhan|tm\.|kt\.|giam doc|"
                         r"chu tich|xac nhan|thu truong|can bo cham|\*)")
_NO_SCORE = {"-", "–", "—", "x", "/"}
_ROMAN_UPPER = {k.upper() for k in ROMAN}
_IDENTITY = ("stt", "code", "name", "unit")
MARKERS = {"dtxhh": "survey", "sipas": "survey", "dieu tra xhh": "survey",
           "khong ap dung": "not_applicable", "kad": "not_applicable"}


_CODES: dict = {}   # (type, cell value) -> code: every unit sheet repeats the same codes


def parse_code(value) -> str | None:
    """Code cell -> dotted code: 1 -> '1', 1.2 -> '1.2', '3.2.5.' -> '3.2.5', 'III' -> '3'."""
    if value is None or isinstance(value, bool):
        return None
    key = (type(value), value)
    try:
        return _CODES[key]
    except KeyError:
        pass
    except TypeError:   # unhashable: not a cell value we cache
        return _parse_code(value)
    if len(_CODES) >= 50_000:
        _CODES.clear()
    code = _CODES[key] = _parse_code(value)
    return code


def _parse_code(value) -> str | None:
    if isinstance(value, int):
        return str(value) if 0 < value < 100 else None
    text = format(value, "f") if isinstance(value, Decimal) else clean(value)
    if text.isupper() and text in _ROMAN_UPPER:
        return str(ROMAN[text.lower()])
    m = _CODE.match(text.replace(" ", ""))
    if not m:
        return None
    parts = [m.group(1)] + [p for p in re.split(r"[.,]", m.group(2)) if p]
    return ".".join(str(int(p)) for p in parts)


@lru_cache(maxsize=16384)
def code_in_name(name: str) -> tuple[str, str] | None:
    """'1.2. Báo cáo CCHC' -> ('1.2', 'Báo cáo CCHC'); 'III. CẢI CÁCH TTHC' -> ('3', ...)."""
    m = _NAME_CODE.match(name)
    if m:
        return ".".join(str(int(p)) for p in m.group("code").split(".")), m.group("rest").strip()
    m = _NAME_ROMAN.match(name)
    if m and m.group("roman").lower() in ROMAN:
        return str(ROMAN[m.group("roman").lower()]), m.group("rest").strip()
    return None


def total_kind(label: str) -> str | None:
    """'Tổng cộng' -> 'grand', 'Cộng lĩnh vực I' -> 'subtotal', 'Giá trị trung bình' -> 'average'."""
    m = _TOTAL.match(fold(label))
    if not m:
        return None
    word = m.group("label")
    if "trung binh" in word:
        return "average"
    return "grand" if word in _GRAND and "linh vuc" not in fold(label) else "subtotal"


@dataclass(frozen=True)
class Num:
    """One number cell: a value, a marker (survey / not applicable), an error, or nothing."""
    value: Decimal | None = None
    marker: str | None = None
    error: str | None = None
    present: bool = False   # something was written (a value, marker or an error)


_EMPTY = Num()
# value -> Num for ints, Decimals and texts: a 200-unit workbook repeats the same few scores and
# markers thousands of times. Nums are frozen, so sharing them is safe. Bounded: cleared when full.
_NUM_CACHE: dict = {}
_NUM_CACHE_MAX = 50_000


def read_number(sheet: Sheet, row: int, col: int | None) -> Num:
    if col is None:
        return _EMPTY
    if sheet.uncomputed and (row, col) in sheet.uncomputed:
        return Num(error=f"công thức {sheet.formula(row, col)} không tính được "
                         f"({sheet.uncomputed[(row, col)]})", present=True)
    value = sheet.value(row, col)
    if value is None:
        return _EMPTY
    kind = type(value)
    if kind is int or kind is str or kind is Decimal:
        num = _NUM_CACHE.get((kind, value))
        if num is None:
            if len(_NUM_CACHE) >= _NUM_CACHE_MAX:
                _NUM_CACHE.clear()
            num = _NUM_CACHE[(kind, value)] = _number_of(value)
        return num
    if isinstance(value, bool) or not isinstance(value, (int, Decimal, str)):
        return Num(error=f"«{sheet.text(row, col)}» không phải là số", present=True)
    return _number_of(value)


def _number_of(value) -> Num:
    """The Num of an int, Decimal or text cell (depends on the value alone)."""
    if isinstance(value, str):
        text = clean(value)
        if not text or text in _NO_SCORE:
            return _EMPTY
        key = fold(text).strip("() ")
        if key in MARKERS:
            return Num(marker=MARKERS[key], present=True)
        if text.startswith("#"):
            return Num(error=f"ô có lỗi công thức «{text}»", present=True)
        try:
            parsed = parse_points(text)
        except ValueError:
            return Num(error=f"«{text[:60]}» không phải là số", present=True)
        return Num(value=None if parsed is None else q3(parsed), present=parsed is not None)
    return Num(value=q3(parse_points(value)), present=True)


@dataclass
class DataRow:
    row: int
    code: str | None
    name: str
    code_cell: str
    name_cell: str
    total: str | None = None    # 'grand' | 'subtotal' | 'average' for total rows


def _row_label(sheet: Sheet, row: int, mapping: TableMapping) -> str:
    for role in ("stt", "code", "name", "unit"):
        col = mapping.columns.get(role)
        if col is not None:
            text = sheet.merged_text(row, col)
            if text and not parse_code(text):
                return text
    return sheet.first_text(row)


def _is_repeated_header(sheet: Sheet, row: int, mapping: TableMapping) -> bool:
    cells = sheet.rows[row] if 0 <= row < len(sheet.rows) else ()
    width = len(cells)
    hits = 0
    for role, col in mapping.columns.items():
        if 0 <= col < width:
            value = cells[col]
            # only a text cell can name a column (numbers, dates and booleans never match a role)
            if type(value) is str and _role_of_cell(value) == role:
                hits += 1
    return hits >= 2


@lru_cache(maxsize=16384)
def _role_of_cell(text: str) -> str | None:
    """role_of of a text cell as written (one cache lookup instead of clean's and role_of's)."""
    return role_of(clean(text))


@lru_cache(maxsize=16384)
def _is_note(first_text: str) -> bool:
    """A row whose first text starts a note or signature block ends the table."""
    return bool(_NOTE_START.match(fold(first_text)))


# (table layout, what the rows hold in their code/stt/name columns) -> data rows. Every sheet of a
# per-unit workbook lists the same criteria in the same rows; only the score cells differ, and
# those do not decide which rows are data rows or what their codes are.
_DATA_ROWS: dict = {}
_DATA_ROWS_MAX = 256


def data_rows(sheet: Sheet, mapping: TableMapping) -> list[DataRow]:
    """The table's rows with their criterion code (or total kind); notes below end the table.

    The list may be shared by sheets with the same rows: callers must not change it or its rows."""
    key = _rows_key(sheet, mapping)
    if key is None:
        return _data_rows(sheet, mapping)
    rows = _DATA_ROWS.get(key)
    if rows is None:
        if len(_DATA_ROWS) >= _DATA_ROWS_MAX:
            _DATA_ROWS.clear()
        rows = _DATA_ROWS[key] = _data_rows(sheet, mapping)
    return rows


def _rows_key(sheet: Sheet, mapping: TableMapping) -> tuple | None:
    """Everything `_data_rows` reads, or None when that is not cheap to say.

    The cells from column A to the last code/stt/name/unit column of every row after the header.
    The other mapped columns (scores, reasons...) only matter through a header word repeated under
    their header (a repeated header row) or in rows whose key cells are empty (their first text):
    sheets with either are not cached. Built column-wise with C-level map() calls: a per-row
    Python loop cost as much as reading the rows."""
    cols = mapping.columns
    ident = [c for role, c in cols.items() if role in _IDENTITY and c >= 0]
    if not ident:
        return None
    last = max(ident)
    others = sorted({c for c in cols.values() if c > last})
    body = sheet.rows[mapping.first_data_row:]
    try:
        keys = tuple(map(itemgetter(*range(last + 1)), body)) if last else \
            tuple(map(tuple, map(itemgetter(slice(0, 1)), body)))
        rest = tuple(map(itemgetter(*others), body)) if others else ()
    except IndexError:   # ragged rows (sheets built in memory)
        return None
    values = set(chain.from_iterable(keys))
    types = set(map(type, values))
    if bool in types or Decimal in types:
        return None   # 1, True and Decimal('1.0') are equal keys but not equal cells
    if str in types and "" in map(str.strip, filter(str.__instancecheck__, values)):
        return None   # a blank-looking text: the row's first text may be further right
    if rest:
        if len(others) == 1:
            rest = tuple((v,) for v in rest)
        roles = {role for role, c in cols.items() if c in others}
        if any(type(v) is str and _role_of_cell(v) in roles for v in set(chain.from_iterable(rest))):
            return None   # maybe a repeated header row
        blank = (None,) * (last + 1)
        if blank in keys:
            empty = (None,) * len(others)
            if any(k == blank and o != empty for k, o in zip(keys, rest)):
                return None
    return (mapping.header_rows, mapping.first_data_row, tuple(sorted(cols.items())), tuple(sheet.merged),
            len(sheet.rows), keys)


def _data_rows(sheet: Sheet, mapping: TableMapping) -> list[DataRow]:
    code_col = mapping.columns.get("code")
    stt_col = mapping.columns.get("stt")
    name_col = mapping.columns.get("name")
    rows = []
    grid = sheet.rows
    header_cols = [(col, role) for role, col in mapping.columns.items() if col >= 0]
    for r in range(mapping.first_data_row, len(grid)):
        # Sheet.is_blank_row and first_text inlined (asked for every row of every unit sheet)
        first = None
        for v in grid[r]:
            if v is not None and (type(v) is not str or v.strip()):
                first = v
                break
        if first is None:
            continue
        cells = grid[r]
        width = len(cells)
        hits = 0
        for col, role in header_cols:   # _is_repeated_header, inlined (asked for every row)
            if col < width:
                v = cells[col]
                if type(v) is str and _role_of_cell(v) == role:
                    hits += 1
        if hits >= 2:
            continue
        text = (clean(first) if type(first) is str else "") or sheet.first_text(r)
        if _is_note(text):
            break
        name = sheet.text(r, name_col) if name_col is not None else ""
        rows.append((r, name))
    mode = _code_mode(sheet, rows, code_col, stt_col)
    out: list[DataRow] = []
    field: str | None = None
    field_roman = relative = False
    # the columns' letters once, not per row (cell_ref of each row's code and name cells)
    code_letter = column_letter(code_col if code_col is not None else stt_col if stt_col is not None
                                else name_col or 0)
    name_letter = column_letter(name_col if name_col is not None else 0)
    for r, name in rows:
        code, shown = None, name
        code_ref = f"{code_letter}{r + 1}"
        name_ref = f"{name_letter}{r + 1}"
        from_name = code_in_name(name) if name else None
        own_col = code_col if mode == "code" else stt_col
        own = parse_code(sheet.value(r, own_col)) if own_col is not None else None
        stt_text = sheet.text(r, stt_col) if stt_col is not None else ""
        stt_roman = stt_text.isupper() and stt_text.lower() in ROMAN
        if mode == "name":
            if from_name:
                code, shown = from_name
                code_ref = name_ref
            elif stt_roman:
                code = own
        else:
            code = own
            if from_name and (code is None or from_name[0] == code):
                shown = from_name[1]
                if code is None and mode != "code":
                    code, code_ref = from_name[0], name_ref
        is_roman_field = stt_roman or bool(from_name and _NAME_ROMAN.match(name or ""))
        if code is not None and is_roman_field:
            field, field_roman, relative = code, True, False
        elif code is not None and field_roman and field is not None:
            # Under field III a criterion numbered '1' means 3.1, and then '1.2' means 3.1.2.
            if "." not in code:
                relative = True
            if relative and code.split(".")[0] != field or "." not in code:
                code = f"{field}.{code}"
        elif code is not None and "." not in code:
            field, field_roman = code, False
        if code is None:
            kind = total_kind(_row_label(sheet, r, mapping))
            out.append(DataRow(r, None, shown, code_ref, name_ref, kind))
            if kind == "grand":
                break
            continue
        out.append(DataRow(r, code, shown, code_ref, name_ref))
    return out


def _code_mode(sheet: Sheet, rows, code_col, stt_col) -> str:
    """'code' column, 'stt' holding real codes, or codes written at the start of the 'name'."""
    if code_col is not None:
        return "code"
    stt_codes = [parse_code(sheet.value(r, stt_col)) for r, _ in rows] if stt_col is not None else []
    if any(c and "." in c for c in stt_codes):
        return "stt"
    name_codes = [code_in_name(n) for _, n in rows if n]
    if any(c and "." in c[0] for c in name_codes) or sum(1 for c in name_codes if c) >= 2:
        return "name"
    return "stt"
