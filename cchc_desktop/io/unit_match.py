"""Matching a unit as a workbook writes it ('UBND HUYỆN CAO LÃNH', a 31-character sheet name)
to the units the database knows."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from .text_cache import fold

EXCEL_SHEET_NAME_LIMIT = 31
_PUNCT = re.compile(r"[^\w\s]")
_PREFIXES = ("uy ban nhan dan", "ubnd", "thanh pho", "thi xa", "thi tran", "huyen", "quan",
             "phuong", "xa", "tp", "tx", "so", "don vi")


@lru_cache(maxsize=8192)
def core_name(name: str) -> str:
    """'UBND huyện Cao Lãnh' -> 'cao lanh'; 'Sở Nội vụ' -> 'noi vu'; 'TP. Sa Đéc' -> 'sa dec'."""
    text = " ".join(_PUNCT.sub(" ", fold(name)).split())
    changed = True
    while changed:
        changed = False
        for prefix in _PREFIXES:
            if text.startswith(prefix + " "):
                text, changed = text[len(prefix) + 1:], True
    return text


@dataclass
class UnitMatch:
    code: str | None
    candidates: list[tuple[str, str]] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        return self.code is None and len(self.candidates) > 1


@lru_cache(maxsize=8192)
def _flat(name: str) -> str:
    return " ".join(_PUNCT.sub(" ", fold(name)).split())


class _UnitIndex:
    """Folded names/codes and core names of the known units, built once per list of units so
    matching 200 labels does not fold 200 names 200 times."""

    def __init__(self, known_units: tuple[tuple[str, str], ...]):
        self.units = known_units
        self.by_folded: dict[str, list[int]] = {}
        self.by_core: dict[str, list[int]] = {}
        for i, (code, name) in enumerate(known_units):
            for key in dict.fromkeys((fold(name), fold(code))):
                self.by_folded.setdefault(key, []).append(i)
            self.by_core.setdefault(core_name(name), []).append(i)
        self.flat = [(_flat(name), core_name(name)) for _, name in known_units]

    def hits(self, indexes: list[int]) -> list[tuple[str, str]]:
        return [self.units[i] for i in indexes]


@lru_cache(maxsize=8)
def _index(known_units: tuple[tuple[str, str], ...]) -> _UnitIndex:
    return _UnitIndex(known_units)


_LAST_INDEX: list = [None, 0, None]   # [the list of units last asked about (kept alive), its size, its index]


def _index_of(known_units) -> _UnitIndex:
    """The index of a list of units; a workbook's 200 labels are matched against the same list,
    which no longer has to be copied into a tuple (and hashed) once per label."""
    if _LAST_INDEX[0] is not known_units or _LAST_INDEX[1] != len(known_units):
        _LAST_INDEX[:] = [known_units, len(known_units), _index(tuple(tuple(u) for u in known_units))]
    return _LAST_INDEX[2]


def match_unit(label: str, known_units: list[tuple[str, str]] | None) -> UnitMatch:
    """Exact (folded) name or code, then name without 'UBND/huyện/…' prefixes, then — for labels
    cut at Excel's 31 characters — prefix. The first stage with matches decides; several = ambiguous."""
    if not known_units or not label:
        return UnitMatch(None)
    index = _index_of(known_units)
    folded, core = fold(label), core_name(label)
    flat = " ".join(_PUNCT.sub(" ", folded).split())
    stages = [index.hits(index.by_folded.get(folded, [])),
              index.hits(index.by_core.get(core, [])) if core else []]
    for hits in stages:
        decided = _decide(hits)
        if decided is not None:
            return decided
    if len(label) >= EXCEL_SHEET_NAME_LIMIT:
        hits = [unit for unit, (name_flat, name_core) in zip(index.units, index.flat)
                if bool(flat) and (name_flat.startswith(flat)
                                   or (len(core) >= 3 and name_core.startswith(core)))]
        decided = _decide(hits)
        if decided is not None:
            return decided
    return UnitMatch(None)


def _decide(hits: list[tuple[str, str]]) -> UnitMatch | None:
    if len({c for c, _ in hits}) == 1:
        return UnitMatch(hits[0][0], hits)
    if hits:
        return UnitMatch(None, hits)
    return None
