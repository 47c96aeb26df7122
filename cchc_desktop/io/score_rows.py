"""Scores of one unit read from a found table (a per-unit sheet, or one block of a matrix)."""
from __future__ import annotations

from decimal import Decimal
from operator import itemgetter
from typing import NamedTuple

from cchc_desktop.domain.numbers import fmt_points

from .cells import Sheet, cell_text
from .issues import IssueLog, cell_ref, column_letter
from .score_row_shapes import _TRIOS, _known_bounds, _known_prefixes, _prefixes_of, _shape_of, _summary
from .table_finder import TableMapping
from .text_cache import clean
from .table_rows import _EMPTY, DataRow, Num, data_rows, read_number

SCORE_ROLES = ("self", "appraised", "survey")
ROLE_VI = {"self": "điểm tự chấm", "appraised": "điểm thẩm định", "survey": "điểm điều tra XHH"}
TOLERANCE = Decimal("0.01")  # published sheets round totals to 2 decimals


class ScoreCell(NamedTuple):
    """One criterion's scores as read, with the cells they came from. A named tuple, not a frozen
    dataclass: a 200-unit workbook makes 8 000 of them and the dataclass's __init__ (one
    object.__setattr__ per field) cost a fifth of reading the scores."""
    code: str
    self_score: Decimal | None
    appraised: Decimal | None
    survey: Decimal | None
    reason: str
    code_cell: str
    self_cell: str | None = None
    appraised_cell: str | None = None
    survey_cell: str | None = None
    reason_cell: str | None = None


class UnitScoreReader:
    """Reads and checks one unit's column set; errors/warnings go to the shared log."""

    def __init__(self, sheet: Sheet, mapping: TableMapping, columns: dict[str, int], unit_label: str,
                 log: IssueLog, known_criteria: dict[str, tuple[Decimal | None, str]] | None,
                 rows: list[DataRow] | None = None, memo: dict | None = None):
        self.sheet, self.mapping, self.columns = sheet, mapping, columns
        # shared by the readers of one workbook: common rows already read (see read())
        self._memo = memo
        self.unit, self.log, self.known = unit_label, log, known_criteria
        self.values: dict[str, dict[str, Decimal | None]] = {}
        self._children: dict[str, list[str]] | None = None
        self._rows = rows   # a matrix's data rows, read once for all its unit blocks
        self._effective_memo: dict[str, dict[str, Decimal | None]] = {}   # role -> code -> value
        # a reason cell holds line breaks (the importer then keeps them; the text read joins them)
        self.multiline_reasons = False
        # column letter of each role, so a cell address is one f-string (asked ~5 times per row)
        self._letters = {role: column_letter(col) for role, col in columns.items() if col is not None}
        self._l_self, self._l_appr = self._letters.get("self"), self._letters.get("appraised")
        self._l_surv, self._l_reason = self._letters.get("survey"), self._letters.get("reason")

    def _ref(self, row: int, role: str) -> str | None:
        letter = self._letters.get(role)
        return f"{letter}{row + 1}" if letter is not None else None

    def read(self) -> list[ScoreCell]:
        rows = self._rows if self._rows is not None else data_rows(self.sheet, self.mapping)
        coded, codes, self.rows_by_code = _shape_of(rows)
        parents = codes & (_prefixes_of(codes) | _known_prefixes(self.known))
        sheet = self.sheet
        number_of = self._number_reader()
        filled = {role: any(number_of(dr.row)[0][i].present for dr in coded)
                  for i, role in enumerate(SCORE_ROLES) if role in self.columns}
        for role, any_filled in filled.items():
            if not any_filled and coded:
                col = self.columns[role]
                self.log.warning(f"Cột {ROLE_VI[role]} của {self.unit} không có điểm nào.", self.sheet.name,
                                 cell_ref(self.mapping.last_header_row, col))
        out: list[ScoreCell] = []
        seen: dict[str, str] = {}
        totals: list[tuple[DataRow, list[str]]] = []
        roots_since: list[str] = []
        # The common row (a known leaf criterion, numbers in range, nothing to warn about) is read
        # inline below; any other goes through _read_row, which also says what is wrong with it.
        known, values, grid = self.known, self.values, sheet.rows
        must_self, must_appr = filled.get("self", False), filled.get("appraised", False)
        reason_col = self.columns.get("reason")
        l_self, l_appr, l_surv, l_reason = self._l_self, self._l_appr, self._l_surv, self._l_reason
        bounds = _known_bounds(known) if known is not None else {}
        new_cell = tuple.__new__   # ScoreCell(...) through its generated __new__ is twice as slow
        # A common row's result depends only on the row's cells and its place, given the same data
        # rows, columns, criteria and empty-cell rule: equal rows of different unit sheets (the
        # reader shares one list between them) are read once per workbook.
        done = None
        # (not for the blocks of a matrix: each reads its own columns of the shared rows, so no
        # block would ever find another's row here; remembering them only cost time)
        if self._memo is not None and not sheet.uncomputed and self._rows is None:
            context = (id(rows), tuple(self.columns.get(r) for r in SCORE_ROLES), reason_col,
                       l_self, l_appr, l_surv, l_reason, must_self, must_appr, id(bounds))
            entry = self._memo.get(context)
            if entry is None or entry[0] is not rows or entry[1] is not bounds:
                entry = self._memo[context] = (rows, bounds, {})
            done = entry[2]
        for dr in rows:
            code = dr.code
            if code is not None and code in bounds and code not in parents and code not in seen:
                row = dr.row
                cells = grid[row]
                if done is not None:
                    hit = done.get((id(cells), row))
                    if hit is not None and hit[0] is cells:
                        seen[code] = dr.code_cell
                        if "." not in code:
                            roots_since.append(code)
                        values[code] = hit[2]
                        if hit[3]:
                            self.multiline_reasons = True
                        out.append(hit[1])
                        continue
                _, self_v, appr_v, surv_v, no_error, self_present, appr_present, low, top = number_of(row)
                high, kind = bounds[code]
                if kind != "survey" and no_error \
                        and (self_present or not must_self) and (appr_present or not must_appr) \
                        and (low is None or (low >= 0 and (high is None or top <= high))):
                    seen[code] = dr.code_cell
                    if "." not in code:
                        roots_since.append(code)
                    values[code] = own = {"self": self_v, "appraised": appr_v, "survey": surv_v}
                    multiline = False
                    if reason_col is None:
                        reason = ""
                    else:
                        v = cells[reason_col] if 0 <= reason_col < len(cells) else None
                        if type(v) is str:
                            reason = clean(v)
                            if "\n" in v:
                                self.multiline_reasons = multiline = True
                        else:
                            reason = cell_text(v)
                    r1 = row + 1
                    cell = new_cell(ScoreCell, (code, self_v, appr_v, surv_v, reason, dr.code_cell,
                                                f"{l_self}{r1}" if l_self else None,
                                                f"{l_appr}{r1}" if l_appr else None,
                                                f"{l_surv}{r1}" if l_surv else None,
                                                f"{l_reason}{r1}" if l_reason else None))
                    out.append(cell)
                    if done is not None:
                        done[(id(cells), row)] = (cells, cell, own, multiline)
                    continue
            if dr.code is None:
                if dr.total and dr.total != "average":
                    totals.append((dr, roots_since))
                    roots_since = []
                else:
                    self._stray_numbers(dr)
                continue
            if self.known is not None and dr.code not in self.known:
                self.log.error(f"Mã tiêu chí {dr.code} không có trong bộ tiêu chí.", self.sheet.name,
                               dr.code_cell, en=f"unknown criterion code {dr.code}")
                continue
            if dr.code in seen:
                self.log.error(f"Tiêu chí {dr.code} xuất hiện hai lần cho {self.unit} (đã có ở ô "
                               f"{seen[dr.code]}).", self.sheet.name, dr.code_cell,
                               en="the same criterion twice for one unit")
                continue
            seen[dr.code] = dr.code_cell
            if "." not in dr.code:
                roots_since.append(dr.code)
            cell = self._read_row(dr, is_parent=dr.code in parents, filled=filled, nums=number_of(dr.row)[0])
            if cell is not None:
                out.append(cell)
        self._check_parents(parents)
        self._check_totals(totals, codes)
        return out

    def _max_and_kind(self, dr: DataRow) -> tuple[Decimal | None, str]:
        if self.known is not None:
            return self.known[dr.code]
        max_num = read_number(self.sheet, dr.row, self.columns.get("max", self.mapping.columns.get("max")))
        markers = {read_number(self.sheet, dr.row, self.columns.get(r)).marker for r in SCORE_ROLES}
        kind = "survey" if "survey" in markers or max_num.marker == "survey" else "scored"
        return max_num.value, kind

    def _number_reader(self):
        """row -> `_summary` of its self, appraised and survey cells as `read_number` reads them,
        looked up straight in the grid and shared by equal cells (read_number's checks, once per
        sheet); each row read once."""
        sheet, columns = self.sheet, self.columns
        cols = tuple(columns.get(role) for role in SCORE_ROLES)
        out: dict[int, tuple] = {}
        if sheet.uncomputed or any(c is not None and c < 0 for c in cols):
            def slow(row: int) -> tuple:
                got = out.get(row)
                if got is None:
                    got = out[row] = _summary(tuple(read_number(sheet, row, c) for c in cols))
                return got
            return slow
        grid = sheet.rows
        used = [c for c in cols if c is not None]
        if not used:
            nothing = _summary((_EMPTY, _EMPTY, _EMPTY))
            return lambda row: nothing
        cells_of = itemgetter(*used) if len(used) > 1 else (lambda cells, c=used[0]: (cells[c],))
        widest = max(used)
        trios = _TRIOS

        def number_of(row: int) -> tuple:
            got = out.get(row)
            if got is not None:
                return got
            cells = grid[row] if row < len(grid) else ()
            if len(cells) <= widest:
                got = out[row] = _summary(tuple(read_number(sheet, row, c) for c in cols))
                return got
            values = cells_of(cells)
            # typed: 1 and True are equal keys but not equal cells
            key = (cols, values, tuple(map(type, values)))
            got = trios.get(key)
            if got is None:
                if len(trios) >= 50_000:
                    trios.clear()
                got = trios[key] = _summary(tuple(read_number(sheet, row, c) for c in cols))
            out[row] = got
            return got
        return number_of

    def _read_row(self, dr: DataRow, *, is_parent: bool, filled: dict[str, bool],
                  nums: tuple[Num, Num, Num]) -> ScoreCell | None:
        max_points, kind = self.known[dr.code] if self.known is not None else self._max_and_kind(dr)
        sheet, row, columns = self.sheet, dr.row, self.columns
        n_self, n_appr, n_surv = nums
        if is_parent:
            for role, num in (("self", n_self), ("appraised", n_appr), ("survey", n_surv)):
                if num.error:
                    self.log.warning(f"Dòng tổng của tiêu chí {dr.code}: {num.error}.", self.sheet.name,
                                     self._ref(dr.row, role))
            self.values[dr.code] = {"self": n_self.value, "appraised": n_appr.value, "survey": n_surv.value}
            return None
        self_v, appr_v, surv_v = n_self.value, n_appr.value, n_surv.value
        ok = True
        # Nearly every row has three fine cells: a cheap test first, the located messages only if not.
        suspect = bool(n_self.error or n_appr.error or n_surv.error)
        if not suspect:
            high = abs(max_points) if max_points is not None else None
            for v in (self_v, appr_v, surv_v):
                if v is not None and (v < 0 or high is not None and v > high):
                    suspect = True
                    break
        if suspect:
            for role, num in (("self", n_self), ("appraised", n_appr), ("survey", n_surv)):
                if num.error:
                    self.log.error(f"Tiêu chí {dr.code}, {ROLE_VI[role]}: {num.error}.", self.sheet.name,
                                   self._ref(row, role), en="score is not a number")
                    ok = False
                elif num.value is not None and \
                        not self._in_range(dr.code, role, num.value, max_points, kind, self._ref(row, role)):
                    ok = False
        r1 = row + 1
        self_ref = f"{self._l_self}{r1}" if self._l_self else None
        appr_ref = f"{self._l_appr}{r1}" if self._l_appr else None
        if kind == "survey":
            # Units never self-score survey criteria; the province's points may sit in either column.
            if self_v is not None:
                self.log.warning(f"Tiêu chí {dr.code} là tiêu chí điều tra XHH, điểm tự chấm bị bỏ qua.",
                                 self.sheet.name, self_ref)
            surv_v, self_v = (surv_v if surv_v is not None else appr_v), None
            surv_ref = self._ref(row, "survey") if n_surv.value is not None else appr_ref
            appr_v = None
        else:
            surv_ref = f"{self._l_surv}{r1}" if self._l_surv else None
            if not n_self.present and filled.get("self"):
                self.log.warning(f"Tiêu chí {dr.code} chưa có {ROLE_VI['self']} của {self.unit}.",
                                 self.sheet.name, self_ref, en="empty score cell")
            if not n_appr.present and filled.get("appraised"):
                self.log.warning(f"Tiêu chí {dr.code} chưa có {ROLE_VI['appraised']} của {self.unit}.",
                                 self.sheet.name, appr_ref, en="empty score cell")
        self.values[dr.code] = {"self": self_v, "appraised": appr_v, "survey": surv_v}
        if not ok:
            return None
        reason_col = columns.get("reason")
        reason = sheet.text(row, reason_col) if reason_col is not None else ""
        if reason_col is not None and "\n" in str(sheet.value(row, reason_col) or ""):
            self.multiline_reasons = True
        return ScoreCell(dr.code, self_v, appr_v, surv_v, reason, dr.code_cell, self_ref, appr_ref, surv_ref,
                         f"{self._l_reason}{r1}" if self._l_reason else None)

    def _in_range(self, code, role, value, max_points, kind, ref) -> bool:
        if value < 0 and kind != "penalty":
            self.log.error(f"Tiêu chí {code}, {ROLE_VI[role]} âm ({fmt_points(value)}).", self.sheet.name, ref,
                           en="negative score")
            return False
        if max_points is not None and abs(value) > abs(max_points):
            self.log.error(f"Tiêu chí {code}, {ROLE_VI[role]} {fmt_points(value)} vượt điểm tối đa "
                           f"{fmt_points(max_points)}.", self.sheet.name, ref, en="score above maximum")
            return False
        return True

    def _stray_numbers(self, dr: DataRow) -> None:
        for role in SCORE_ROLES:
            num = read_number(self.sheet, dr.row, self.columns.get(role))
            if num.value is not None or num.error:
                self.log.warning("Dòng không có mã tiêu chí nhưng có điểm; điểm này không được nhập.",
                                 self.sheet.name, self._ref(dr.row, role))

    def _kids(self, code: str) -> list[str]:
        if self._children is None:
            self._children = {}
            for c in self.values:
                if "." in c:
                    self._children.setdefault(c.rsplit(".", 1)[0], []).append(c)
        return self._children.get(code, [])

    def _effective(self, code: str, role: str) -> Decimal | None:
        """A node's value: its own, or the sum of its children's when it has none."""
        known = self._effective_memo.get(role)
        if known is None:   # values are final once read() checks parents and totals
            known = self._effective_memo[role] = self._effective_map(role)
        if code in known:
            return known[code]
        return self._compute_effective(code, role)

    def _effective_map(self, role: str) -> dict[str, Decimal | None]:
        """`_effective` of every read code at once, deepest codes first (children before parents)."""
        out: dict[str, Decimal | None] = {}
        self._kids("")   # builds the children index
        children = self._children
        for code in sorted(self.values, key=lambda c: c.count("."), reverse=True):
            own = self.values[code]
            value = own.get(role) if role != "appraised" else (own.get("appraised") if own.get("appraised")
                                                               is not None else own.get("survey"))
            kids = children.get(code)
            if value is None and kids:
                parts = [out[k] for k in kids]
                value = None if any(p is None for p in parts) else sum(parts, Decimal(0))
            out[code] = value
        return out

    def _compute_effective(self, code: str, role: str) -> Decimal | None:
        kids = self._kids(code)
        own = self.values.get(code, {})
        value = own.get(role) if role != "appraised" else (own.get("appraised") if own.get("appraised")
                                                           is not None else own.get("survey"))
        if value is not None or not kids:
            return value
        parts = [self._effective(k, role) for k in kids]
        return None if any(p is None for p in parts) else sum(parts, Decimal(0))

    def _check_parents(self, parents: set[str]) -> None:
        for code in sorted(parents):
            row_vals = self.values.get(code, {})
            if row_vals.get("self") is None and row_vals.get("appraised") is None:
                continue   # a field row without its own numbers: nothing to check
            kids = self._kids(code)
            for role in ("self", "appraised"):
                written = row_vals.get(role)
                if written is None or not kids:
                    continue
                parts = [self._effective(k, role) for k in kids]
                if any(p is None for p in parts):
                    continue
                total = sum(parts, Decimal(0))
                if abs(total - written) > TOLERANCE:
                    self.log.warning(f"Tiêu chí {code}: {ROLE_VI[role]} ghi {fmt_points(written)}, tổng các "
                                     f"tiêu chí con là {fmt_points(total)}.", self.sheet.name,
                                     self._ref(self._row_of(code), role), en="subtotal disagrees with children")

    def _row_of(self, code: str) -> int:
        return self.rows_by_code.get(code, 0)

    def _check_totals(self, totals: list[tuple[DataRow, list[str]]], codes: set[str]) -> None:
        roots = [c for c in self.values if "." not in c]
        for dr, since in totals:
            for role in ("self", "appraised"):
                num: Num = read_number(self.sheet, dr.row, self.columns.get(role))
                ref = self._ref(dr.row, role)
                if num.error:
                    self.log.warning(f"Dòng tổng: {num.error}.", self.sheet.name, ref)
                    continue
                if num.value is None:
                    continue
                parts = [self._effective(c, role) for c in (roots if dr.total == "grand" else since)]
                total = sum((p for p in parts if p is not None), Decimal(0))
                if abs(total - num.value) > TOLERANCE:
                    self.log.warning(f"Dòng tổng ghi {fmt_points(num.value)} ({ROLE_VI[role]}), khác tổng "
                                     f"các phần là {fmt_points(total)}.", self.sheet.name, ref,
                                     en="total row disagrees with its parts")
