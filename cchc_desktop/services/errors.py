"""Errors a user sees: Vietnamese text, an exit status, and where the problem is."""
from __future__ import annotations


def locate(message: str, file: str | None = None, sheet: str | None = None, cell: str | None = None) -> str:
    """The message with file, sheet and cell in front, as officers need it."""
    where = []
    if file:
        where.append(f"Tệp {file}")
    if sheet:
        where.append(f"trang tính «{sheet}»")
    if cell:
        where.append(f"ô {cell}")
    return (", ".join(where) + ": " + message) if where else message


class CchcError(Exception):
    exit_code = 2

    def __init__(self, message: str, *, exit_code: int | None = None, file: str | None = None,
                 sheet: str | None = None, cell: str | None = None, details: list | None = None):
        super().__init__(message)
        self.message = message
        if exit_code is not None:
            self.exit_code = exit_code
        self.file, self.sheet, self.cell = file, sheet, cell
        self.details = details or []

    def located(self) -> str:
        return locate(self.message, self.file, self.sheet, self.cell)


class UsageError(CchcError):
    exit_code = 1


class InputRejected(CchcError):
    exit_code = 2


class NeedsDecision(CchcError):
    exit_code = 3


class IntegrityFailure(CchcError):
    exit_code = 4


class DatabaseProblem(CchcError):
    exit_code = 5


class NotFound(InputRejected):
    """A unit, plan or set that does not exist (input rejected, nothing written)."""
