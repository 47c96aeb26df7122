"""A sheet as a plain grid of values, with what the importers need besides values.

Rows and columns are zero-based everywhere; `issues.cell_ref` turns them into `E17`.
Values are str, int, Decimal, bool, date/datetime or None (empty): floats never leave the
reader, they become Decimal through their shortest repr, so 0.1 stays 0.1.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import Union

from .text_cache import clean, fold

CellValue = Union[str, int, Decimal, bool, date, None]


@dataclass(frozen=True)
class CellRange:
    """Inclusive zero-based range, e.g. a merged header A5:A6 is CellRange(4, 0, 5, 0)."""
    first_row: int
    first_col: int
    last_row: int
    last_col: int

    def contains(self, row: int, col: int) -> bool:
        return self.first_row <= row <= self.last_row and self.first_col <= col <= self.last_col


@dataclass
class Sheet:
    name: str
    rows: list[list[CellValue]]
    hidden_cols: frozenset[int] = frozenset()
    merged: list[CellRange] = field(default_factory=list)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    # formula cells without a cached value that could not be computed: (row, col) -> why
    uncomputed: dict[tuple[int, int], str] = field(default_factory=dict)
    hidden: bool = False
    # formula cells saved with a result (possibly an empty text, e.g. =IF(..;"";..)): never recomputed
    formula_cached: set[tuple[int, int]] = field(default_factory=set)
    _merge_index: dict[tuple[int, int], CellRange] | None = field(default=None, repr=False)

    @property
    def n_rows(self) -> int:
        return len(self.rows)

    @property
    def n_cols(self) -> int:
        # asked once per table row by the readers: map(len) keeps a 200-unit matrix cheap
        return max(map(len, self.rows), default=0)

    def value(self, row: int, col: int) -> CellValue:
        # asked ~10 times per cell by the readers: the in-range path first, bounds by exception
        if row >= 0 and col >= 0:
            try:
                return self.rows[row][col]
            except IndexError:
                pass
        return None

    def text(self, row: int, col: int) -> str:
        """The cell as clean text ('' when empty); numbers keep their plain form."""
        return cell_text(self.value(row, col))

    def first_text(self, row: int) -> str:
        """The first non-empty text of a row, '' when there is none."""
        for v in (self.rows[row] if 0 <= row < len(self.rows) else ()):
            if v is not None:
                text = cell_text(v)
                if text:
                    return text
        return ""

    def folded(self, row: int, col: int) -> str:
        return fold(self.text(row, col))

    def formula(self, row: int, col: int) -> str | None:
        return self.formulas.get((row, col))

    def merged_range(self, row: int, col: int) -> CellRange | None:
        if self._merge_index is None:
            index: dict[tuple[int, int], CellRange] = {}
            for rng in self.merged:
                # Bounded by the reader's limits; header merges are small anyway.
                for r in range(rng.first_row, min(rng.last_row, rng.first_row + 200) + 1):
                    for c in range(rng.first_col, min(rng.last_col, rng.first_col + 500) + 1):
                        index[(r, c)] = rng
            self._merge_index = index
        return self._merge_index.get((row, col))

    def merged_text(self, row: int, col: int) -> str:
        """Text of the cell, or of the top-left cell of the merged range covering it."""
        rng = self.merged_range(row, col)
        if rng is not None:
            return self.text(rng.first_row, rng.first_col)
        return self.text(row, col)

    def is_blank_row(self, row: int) -> bool:
        return all(v is None or (isinstance(v, str) and not v.strip())
                   for v in (self.rows[row] if 0 <= row < len(self.rows) else []))


def cell_text(v: CellValue) -> str:
    """A cell value as `Sheet.text` shows it."""
    if v is None:
        return ""
    if type(v) is str:
        return clean(v)
    if isinstance(v, Decimal):
        return format(v, "f")
    return clean(v)


@dataclass
class Workbook:
    path: str
    sheets: list[Sheet]

    def sheet(self, name: str) -> Sheet | None:
        for s in self.sheets:
            if s.name == name:
                return s
        return None

    @property
    def visible_sheets(self) -> list[Sheet]:
        return [s for s in self.sheets if not s.hidden]


def sheet_from_rows(name: str, rows: list[list[CellValue]], **kw) -> Sheet:
    """A sheet built in memory (tests, GUI previews)."""
    return Sheet(name=name, rows=[list(r) for r in rows], **kw)
