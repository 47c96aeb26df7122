"""Finds the table inside a sheet by its header words, whatever rows and columns it sits in.

Header rows are matched accent- and case-insensitively (`fold`) over one or two rows; merged
header cells count for every column they cover. The result, `TableMapping`, is a plain object
the GUI may edit (users can reassign column roles) before handing it back to the parsers.
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass, field
from decimal import Decimal

from cchc_desktop.domain.numbers import parse_points
from .text_cache import fold

from .cells import Sheet
from .issues import cell_ref

ROLES = ("stt", "code", "name", "max", "self", "appraised", "survey", "reason", "guidance",
         "evidence", "unit", "total", "index", "rank", "field")
IDENTITY_ROLES = {"stt", "code", "name", "unit"}
VALUE_ROLES = {"max", "self", "appraised", "survey", "total", "index", "rank", "field"}
SCAN_ROWS = 60          # the header is always near the top
MAX_HEADER_CHARS = 150  # longer cells are titles or notes, never column headers

# Order matters: the first pattern that matches a header cell gives its role.
_ROLE_PATTERNS: list[tuple[str, re.Pattern]] = [(role, re.compile(p)) for role, p in [
    ("stt", r"^(stt|tt|so tt|so thu tu)\.?$"),
    ("code", r"^(ma|ma so|ma tieu chi|ma tc|ky hieu)\.?$"),
    ("evidence", r"kiem chung"),
    ("guidance", r"huong dan|cach (tinh|cham)|phuong phap cham|yeu cau cham|tieu chuan cham"),
    ("reason", r"^(ly do|nguyen nhan|ghi chu)|ly do tru"),
    ("survey", r"dtxhh|dieu tra xa hoi hoc|dieu tra xhh|\bxhh\b|^sipas"),
    ("self", r"tu danh gia|tu cham|tu dg\b"),
    ("appraised", r"tham dinh|dat duoc|^diem dat\b|ket qua cham|diem chinh thuc"),
    ("max", r"toi da|diem chuan|thang diem|diem quy dinh|^diem chuan"),
    ("rank", r"xep hang|thu hang|vi thu|^hang$|^xep thu"),
    ("index", r"^chi so|ty le|\(%\)|^%$"),
    ("total", r"^tong( cong)?( so)?( diem)?\b|^diem tong"),
    ("unit", r"^(ten )?(don vi|co quan|dia phuong)"),
    ("field", r"^(?:linh vuc|lv)\s*\.?\s*(?:[ivx]+|\d{1,2})\b|^(?:[ivx]+)$"),
    ("name", r"tieu chi|noi dung|linh vuc|chi tieu|^ten\b"),
]]
_FIELD_HEADER = re.compile(r"^(?:linh vuc|lv)\s*\.?\s*([ivx]+|\d{1,2})\b|^([ivx]+|\d{1,2})\s*[.)/:-]\s*\S|^([ivx]+)$")
_POINTS_IN_HEADER = re.compile(r"\(\s*(\d+(?:[.,]\d+)?)\s*(?:diem|d)?\s*\)")
_NUMBERING_CELL = re.compile(r"^\(?[a-z0-9]{1,3}\)?(\s*[=+\-x*/]\s*\(?[a-z0-9]{1,3}\)?)*$")
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9,
         "x": 10, "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}


@lru_cache(maxsize=8192)
def role_of(header_text: str) -> str | None:
    """The column role a header cell names, or None: 'Điểm tự chấm' -> 'self'."""
    text = fold(header_text)
    if not text or len(text) > MAX_HEADER_CHARS:
        return None
    for role, pattern in _ROLE_PATTERNS:
        if pattern.search(text):
            return role
    return None


def field_code_of_header(header_text: str) -> str | None:
    """'Lĩnh vực III' / 'III' / '3. Cải cách TTHC' -> '3' (ranking tables)."""
    m = _FIELD_HEADER.match(fold(header_text))
    if not m:
        return None
    token = next(g for g in m.groups() if g)
    return str(ROMAN[token]) if token in ROMAN else str(int(token)) if token.isdigit() else None


def points_in_header(header_text: str) -> Decimal | None:
    """'Điểm thẩm định (65)' -> 65."""
    m = _POINTS_IN_HEADER.search(fold(header_text))
    if not m:
        return None
    try:
        return parse_points(m.group(1))
    except ValueError:
        return None


@dataclass
class UnitBlock:
    """Matrix layout: the columns of one unit under its merged header cell."""
    label: str
    columns: dict[str, int]
    header_cell: str


@dataclass
class TableMapping:
    header_rows: tuple[int, ...]
    first_data_row: int
    columns: dict[str, int]
    header_points: dict[int, Decimal] = field(default_factory=dict)
    unit_blocks: list[UnitBlock] = field(default_factory=list)
    # ranking: field code -> (points column, rank column or None)
    field_columns: dict[str, tuple[int, int | None]] = field(default_factory=dict)

    @property
    def kind(self) -> str:
        if len(self.unit_blocks) >= 2:
            return "matrix"
        if "unit" in self.columns and ("name" not in self.columns or self.field_columns):
            return "ranking"
        return "criteria"

    @property
    def last_header_row(self) -> int:
        return self.header_rows[-1]


@dataclass
class _Candidate:
    rows: tuple[int, ...]
    col_roles: dict[int, str]
    top_labels: dict[int, tuple[str, str]]   # col -> (top text, its cell ref) for 2-row headers
    col_text: dict[int, str]
    top_roles: int = 0   # columns whose role came from the upper row of a two-row header
    sub_is_header: bool = True  # the lower row names columns itself and holds no numbers

    @property
    def roles(self) -> set[str]:
        return set(self.col_roles.values())

    def score(self) -> int:
        return len(self.roles)

    def valid(self) -> bool:
        if len(self.rows) == 2 and not self.sub_is_header:
            return False  # the row below the header is data, not a second header row
        if len(self.rows) == 2 and not self.top_roles and len({t for t, _ in self.top_labels.values()}) < 2:
            return False  # the upper row adds nothing: it is a title above a one-row header
        roles = self.roles
        return bool(roles & IDENTITY_ROLES) and bool(roles & VALUE_ROLES)


def _header_text(sheet: Sheet, row: int, col: int, width: int) -> tuple[str, str]:
    """Text a header cell shows and the ref of the cell holding it; wide merged titles count as blank."""
    rng = sheet.merged_range(row, col)
    if rng is not None:
        if rng.last_col - rng.first_col + 1 > max(4, int(width * 0.6)):
            return "", ""
        return sheet.text(rng.first_row, rng.first_col), cell_ref(rng.first_row, rng.first_col)
    return sheet.text(row, col), cell_ref(row, col)


# (rows, width, their cells, merges over them) -> _Candidate. Every sheet of a per-unit workbook
# repeats the same header and first data rows: reading them once saves most of the table finding.
# Candidates are never changed after they are made, so sheets may share one.
_CANDIDATES: dict = {}


def _cells_key(sheet: Sheet, row: int) -> tuple:
    cells = sheet.rows[row] if 0 <= row < len(sheet.rows) else ()
    # exact: 1, True, Decimal('1') and Decimal('1.0') are equal keys in a dict but not equal cells
    return tuple(v if v is None or type(v) is str else (type(v), str(v)) for v in cells)


def _candidate(sheet: Sheet, rows: tuple[int, ...], width: int, keys: dict | None = None) -> _Candidate:
    merges = tuple(m for m in sheet.merged if m.first_row <= rows[-1] and m.last_row >= rows[0]) \
        if sheet.merged else ()
    if keys is None:
        keys = {}
    for r in rows:
        if r not in keys:
            keys[r] = _cells_key(sheet, r)
    key = (rows, width, merges, *(keys[r] for r in rows))
    cand = _CANDIDATES.get(key)
    if cand is None:
        if len(_CANDIDATES) >= 4096:
            _CANDIDATES.clear()
        cand = _CANDIDATES[key] = _make_candidate(sheet, rows, width)
    return cand


def _make_candidate(sheet: Sheet, rows: tuple[int, ...], width: int) -> _Candidate:
    col_roles: dict[int, str] = {}
    top_labels: dict[int, tuple[str, str]] = {}
    col_text: dict[int, str] = {}
    top_row = rows[0]
    top_roles = 0
    carried = ("", "")
    for col in range(width):
        top, top_ref = _header_text(sheet, top_row, col, width)
        if len(rows) == 2:
            sub, _ = _header_text(sheet, rows[1], col, width)
            below = sheet.merged_range(rows[1], col)
            if below is not None and below.first_row < rows[1]:
                sub = ""  # vertical merge: the top text already covers this row
            # Without merge information a group label is only in its first column: carry it.
            if top and not sheet.merged_range(top_row, col):
                carried = (top, top_ref) if sub and role_of(top) is None else ("", "")
            elif not top and sub and carried[0]:
                top, top_ref = carried
            role = role_of(sub) if sub else None
            if role is None:
                # 'STT' merged over both rows, or 'Lĩnh vực I' above a plain 'Điểm'
                role = role_of(top)
                top_roles += role is not None
            if top and sub:
                top_labels[col] = (top, top_ref)
            text = sub or top
        else:
            role, text = role_of(top), top
        if role:
            col_roles[col] = role
        if text:
            col_text[col] = text
    sub_is_header = True
    if len(rows) == 2:
        values = [sheet.value(rows[1], c) for c in range(width)]
        own_roles = [role_of(v) for v in values if isinstance(v, str)]
        sub_is_header = any(own_roles) and not any(_looks_numeric(v) for v in values)
    return _Candidate(rows, col_roles, top_labels, col_text, top_roles, sub_is_header)


def _looks_numeric(value) -> bool:
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return True
    if isinstance(value, str) and value.strip():
        try:
            return parse_points(value) is not None
        except ValueError:
            return False
    return False


def _is_numbering_row(sheet: Sheet, row: int) -> bool:
    """The '(1) (2) (3)=(1)+(2)' row many tables put under the header."""
    count = 0
    for c in range(len(sheet.rows[row]) if 0 <= row < len(sheet.rows) else 0):
        text = fold(sheet.text(row, c))
        if text:
            if not _NUMBERING_CELL.match(text):
                return False   # the first data row, usually at its first cell
            count += 1
    return count >= 3


def find_table(sheet: Sheet) -> TableMapping | None:
    """Locate header row(s) and column roles; None when the sheet holds no recognisable table."""
    width = min(sheet.n_cols, 500)
    best: _Candidate | None = None
    keys: dict[int, tuple] = {}   # each row's cells key, made once though two candidates use it
    for row in range(min(sheet.n_rows, SCAN_ROWS)):
        if sheet.is_blank_row(row):
            continue
        for rows in ((row,), (row, row + 1)):
            if rows[-1] >= sheet.n_rows:
                continue
            cand = _candidate(sheet, rows, width, keys)
            if not cand.valid():
                continue
            # At equal strength a two-row header starting on the same row tells more (groups).
            if best is None or cand.score() > best.score() or (
                    cand.score() == best.score() and len(cand.rows) == 2 and cand.rows[0] == best.rows[0]):
                best = cand
        if best is not None and row > best.rows[-1] + 1:
            break  # the header found is followed by data rows; stop looking further down
    if best is None:
        return None
    return _mapping_from(sheet, best)


# (candidate, hidden columns) -> what a mapping takes from them: candidates are shared by the sheets
# with the same header (see _CANDIDATES), so these are worked out once per header, not per sheet.
_PARTS: dict = {}


def _mapping_from(sheet: Sheet, cand: _Candidate) -> TableMapping:
    hidden = frozenset(sheet.hidden_cols)
    key = (id(cand), hidden)
    hit = _PARTS.get(key)
    if hit is None or hit[0] is not cand:
        if len(_PARTS) >= 1024:
            _PARTS.clear()
        hit = _PARTS[key] = (cand, *_mapping_parts(hidden, cand))
    _, columns, header_points, blocks, field_columns = hit
    first = cand.rows[-1] + 1
    while first < sheet.n_rows and (sheet.is_blank_row(first) or _is_numbering_row(sheet, first)):
        first += 1
    # copies: a mapping is the user's to edit (the import wizard reassigns columns)
    return TableMapping(cand.rows, first, dict(columns), dict(header_points),
                        [UnitBlock(b.label, dict(b.columns), b.header_cell) for b in blocks], dict(field_columns))


def _mapping_parts(hidden_cols: frozenset[int], cand: _Candidate) -> tuple:
    columns: dict[str, int] = {}
    score_cols: dict[str, list[int]] = {}
    # Visible columns first: a hidden helper column only serves a role nobody else has.
    for col, role in sorted(cand.col_roles.items(), key=lambda cr: (cr[0] in hidden_cols, cr[0])):
        columns.setdefault(role, col)
        if role in ("self", "appraised", "survey", "reason"):
            score_cols.setdefault(role, []).append(col)
    header_points = {c: p for c, t in cand.col_text.items()
                     if cand.col_roles.get(c) in VALUE_ROLES and (p := points_in_header(t)) is not None}
    blocks = _unit_blocks(cand, score_cols)
    field_columns: dict[str, tuple[int, int | None]] = {}
    if "unit" in columns:
        field_columns = _field_columns(cand)
        # The overall rank/total are the columns outside the per-field blocks.
        in_fields = {c for pair in field_columns.values() for c in pair if c is not None}
        for role in ("rank", "total", "index"):
            free = [c for c, r in sorted(cand.col_roles.items()) if r == role and c not in in_fields]
            if free:
                columns[role] = free[0]
            elif columns.get(role) in in_fields:
                del columns[role]
    return columns, header_points, blocks, field_columns


def _unit_blocks(cand: _Candidate, score_cols: dict[str, list[int]]) -> list[UnitBlock]:
    """Score columns grouped by the label above them (matrix layout); needs two rows of header."""
    if len(cand.rows) < 2:
        return []
    blocks: dict[str, UnitBlock] = {}
    for role in ("self", "appraised", "survey", "reason"):
        for col in score_cols.get(role, []):
            label, ref = cand.top_labels.get(col, ("", ""))
            if not label or role_of(label) is not None:
                continue
            block = blocks.setdefault(label, UnitBlock(label, {}, ref))
            block.columns.setdefault(role, col)
    if len(blocks) < 2:
        return []
    return sorted(blocks.values(), key=lambda b: min(b.columns.values()))


def _field_columns(cand: _Candidate) -> dict[str, tuple[int, int | None]]:
    fields: dict[str, tuple[int, int | None]] = {}
    for col, text in sorted(cand.col_text.items()):
        label = cand.top_labels.get(col, (text, ""))[0]
        code = field_code_of_header(label) or field_code_of_header(text)
        if code is None:
            continue
        role = cand.col_roles.get(col)
        points, rank = fields.get(code, (None, None))
        if role == "rank":
            rank = rank if rank is not None else col
        elif points is None:
            points = col
        fields[code] = (points, rank)
    return {code: (p, r) for code, (p, r) in fields.items() if p is not None}
