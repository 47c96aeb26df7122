"""Matching a unit as a workbook writes it ('UBND HUYỆN CAO LÃNH', a 31-character sheet name)
to the units the database knows."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc_desktop.domain.text import fold

EXCEL_SHEET_NAME_LIMIT = 31
_PUNCT = re.compile(r"[^\w\s]")
_PREFIXES = ("uy ban nhan dan", "ubnd", "thanh pho", "thi xa", "thi tran", "huyen", "quan",
             "phuong", "xa", "tp", "tx", "so", "don vi")


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


def match_unit(label: str, known_units: list[tuple[str, str]] | None) -> UnitMatch:
    """Exact (folded) name or code, then name without 'UBND/huyện/…' prefixes, then — for labels
    cut at Excel's 31 characters — prefix. The first stage with matches decides; several = ambiguous."""
    if not known_units or not label:
        return UnitMatch(None)
    folded, core = fold(label), core_name(label)
    flat = " ".join(_PUNCT.sub(" ", folded).split())
    stages = [
        lambda code, name: folded in (fold(name), fold(code)),
        lambda code, name: bool(core) and core == core_name(name),
    ]
    if len(label) >= EXCEL_SHEET_NAME_LIMIT:
        stages.append(lambda code, name: bool(flat) and (
            " ".join(_PUNCT.sub(" ", fold(name)).split()).startswith(flat)
            or (len(core) >= 3 and core_name(name).startswith(core))))
    for stage in stages:
        hits = [(code, name) for code, name in known_units if stage(code, name)]
        if len({c for c, _ in hits}) == 1:
            return UnitMatch(hits[0][0], hits)
        if hits:
            return UnitMatch(None, hits)
    return UnitMatch(None)
