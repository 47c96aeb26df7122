"""Finding the unit an officer means by a code or a name (`--unit`), on plain rows.

Kept apart from services.units (SQLAlchemy) so the read-only sqlite3 path of `cchc scores show
--unit …` resolves names exactly as the full path does, with the same messages.
"""
from __future__ import annotations

from collections import namedtuple
from typing import Callable, Sequence

from ..domain.text import clean, fold
from .errors import InputRejected, NotFound


def pick_unit(ref: str, by_code, live: Sequence):
    """by_code: the unit whose code is exactly the cleaned ref (deleted ones too) or None; live:
    the units not deleted (objects with code, name, short_name). Code first, then the code or name
    accent- and case-insensitively, then a part of the name; ambiguity lists candidates."""
    ref_c = clean(ref)
    if by_code is not None:
        return by_code
    key = fold(ref_c)
    for u in live:
        if fold(u.code) == key:
            return u
    exact = [u for u in live if fold(u.name) == key or fold(u.short_name) == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [u for u in live if key and key in fold(u.name)]
    if len(partial) == 1:
        return partial[0]
    # "Ea Năng" or "xã Ea Năng" for «UBND xã Ea Năng» (not «UBND xã Ea Năng 196»): the name
    # without its «UBND» and level words, when that picks one unit
    named = [u for u in partial if key in _bare_names(u.name)]
    if len(named) == 1:
        return named[0]
    if not partial:
        raise NotFound(f"Không tìm thấy đơn vị «{ref_c}». Xem danh sách bằng lệnh: cchc units list",
                       en=f"Unit «{ref_c}» not found. List the units with: cchc units list")
    names = "; ".join(f"{u.code} ({u.name})" for u in partial[:12])
    raise InputRejected(f"Tên đơn vị «{ref_c}» khớp với nhiều đơn vị: {names}. Hãy dùng mã đơn vị.",
                        en=f"The unit name «{ref_c}» matches several units: {names}. Use the unit code.")


_LEVEL_WORDS = ("thi tran", "thi xa", "thanh pho", "xa", "phuong", "huyen", "quan", "tinh", "so")


def _bare_names(name: str) -> set[str]:
    """«UBND xã Ea Năng» -> {"xa ea nang", "ea nang"}: how officers shorten a unit's name."""
    folded = fold(name)
    out = set()
    if folded.startswith("ubnd "):
        folded = folded[5:]
        out.add(folded)
    for word in _LEVEL_WORDS:
        if folded.startswith(word + " "):
            out.add(folded[len(word) + 1:])
            break
    return out


_Unit = namedtuple("_Unit", "id code name short_name")


def find_unit_rows(fetch: Callable, ref: str) -> tuple[int, str]:
    """(id, name) of the unit `ref` means, read through fetch(sql, params) (services.score_sheet's
    plain-SQL reader): the same answer and messages as units.find_unit."""
    cols = "SELECT id, code, name, COALESCE(short_name, '') FROM unit"
    hit = fetch(f"{cols} WHERE code = :code", {"code": clean(ref)})
    live = [] if hit else [_Unit(*r) for r in fetch(f"{cols} WHERE deleted = 0 ORDER BY id", {})]
    u = pick_unit(ref, _Unit(*hit[0]) if hit else None, live)
    return u.id, u.name
