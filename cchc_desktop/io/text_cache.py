"""Memoised `fold`/`clean` for the readers: a 200-sheet workbook repeats the same header,
criterion and marker texts thousands of times, and folding (NFD + a Python loop over
characters) dominated import time. Same results as cchc_desktop.domain.text."""
from __future__ import annotations

from functools import lru_cache

from cchc_desktop.domain import text as _text

# typed: fold(True) is 'true' but fold(1) is '1' although True == 1.
_fold = lru_cache(maxsize=65536, typed=True)(_text.fold)
_clean = lru_cache(maxsize=65536, typed=True)(_text.clean)


def fold(s) -> str:
    try:
        return _fold(s)
    except TypeError:   # unhashable: not worth caching
        return _text.fold(s)


def clean(s) -> str:
    try:
        return _clean(s)
    except TypeError:
        return _text.clean(s)
