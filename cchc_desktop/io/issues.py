"""Located problems found while reading a workbook: an error stops an import, a warning does not."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from ..services.errors import locate

Severity = Literal["error", "warning"]


@lru_cache(maxsize=1024)
def column_letter(col_idx0: int) -> str:
    """0 -> 'A', 25 -> 'Z', 26 -> 'AA'."""
    n = col_idx0 + 1
    letters = ""
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_ref(row_idx0: int, col_idx0: int) -> str:
    """Zero-based row/column -> the address an officer sees in Excel: (16, 4) -> 'E17'."""
    return f"{column_letter(col_idx0)}{row_idx0 + 1}"


@dataclass(frozen=True)
class Issue:
    severity: Severity
    message: str                  # Vietnamese, shown to the user
    sheet: str | None = None
    cell: str | None = None       # "E17"
    file: str | None = None
    message_en: str | None = None

    def to_json(self) -> dict:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}

    def located(self) -> str:
        return locate(self.message, self.file, self.sheet, self.cell)


class IssueLog:
    """Collects errors and warnings for one parse, all stamped with the same file name."""

    def __init__(self, file: str | None = None):
        self.file = file
        self.errors: list[Issue] = []
        self.warnings: list[Issue] = []

    def error(self, message: str, sheet: str | None = None, cell: str | None = None,
              en: str | None = None) -> None:
        self.errors.append(Issue("error", message, sheet, cell, self.file, en))

    def warning(self, message: str, sheet: str | None = None, cell: str | None = None,
                en: str | None = None) -> None:
        self.warnings.append(Issue("warning", message, sheet, cell, self.file, en))
