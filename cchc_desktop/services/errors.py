"""Errors a user sees: Vietnamese text (and, where written, English), an exit status, and where the problem is."""
from __future__ import annotations

_WHERE = {
    "vi": ("Tệp {}", "trang tính «{}»", "ô {}"),
    "en": ("File {}", "sheet «{}»", "cell {}"),
}


def locate(message: str, file: str | None = None, sheet: str | None = None, cell: str | None = None,
           lang: str = "vi") -> str:
    """The message with file, sheet and cell in front, as officers need it (words in `lang`)."""
    words = _WHERE.get(lang, _WHERE["vi"])
    where = [w.format(v) for w, v in zip(words, (file, sheet, cell)) if v]
    return (", ".join(where) + ": " + message) if where else message


class CchcError(Exception):
    """`message` is the Vietnamese text (what the GUI and the JSON show by default); `en` the same
    in English for `cchc --lang en`, when someone has written it."""
    exit_code = 2

    def __init__(self, message: str, *, en: str | None = None, exit_code: int | None = None,
                 file: str | None = None, sheet: str | None = None, cell: str | None = None,
                 details: list | None = None):
        super().__init__(message)
        self.message = message
        self.message_en = en
        if exit_code is not None:
            self.exit_code = exit_code
        self.file, self.sheet, self.cell = file, sheet, cell
        self.details = details or []

    def text(self, lang: str = "vi") -> str:
        """The message in `lang` ("en" falls back to Vietnamese where no English was written)."""
        return self.message_en if lang == "en" and self.message_en else self.message

    def located(self, lang: str = "vi") -> str:
        return locate(self.text(lang), self.file, self.sheet, self.cell, lang)


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
