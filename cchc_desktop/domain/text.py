"""Accent- and case-insensitive matching of Vietnamese names (đ = d)."""
from __future__ import annotations

import re
import unicodedata

_WS = re.compile(r"\s+")


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def fold(s: str | None) -> str:
    """'Điểm  Tự Chấm' -> 'diem tu cham'. Used for every name/header comparison."""
    if not s:
        return ""
    s = str(s).replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFD", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn")
    return _WS.sub(" ", s).strip().lower()


def clean(s) -> str:
    """Text as shown and stored: NFC, single spaces, trimmed."""
    if s is None:
        return ""
    return _WS.sub(" ", nfc(str(s))).strip()
