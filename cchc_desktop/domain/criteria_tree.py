"""Checks and numbering of a criteria set tree (fields -> criteria -> sub-criteria).

Provinces type their criteria sets by hand every year; sums that do not add up and codes that
drift (`3.2.5` under `3.1`) are common and usually honest mistakes, so most findings are
warnings that the officer may accept. Duplicate codes and negative maxima outside penalty
criteria would make scores ambiguous, so those are errors.
"""
from __future__ import annotations

import functools
import re
from collections import defaultdict
from dataclasses import dataclass
from decimal import Decimal

from .numbers import fmt_points, q3

_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_FORM = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
# Upper-case only: lower-case `a`, `b`, `x` are item letters or tick marks, not Roman numerals.
_CODE_PART = re.compile(r"^(\d+|[IVXLCDM]+)$")


@dataclass(frozen=True)
class Node:
    key: object  # any hashable id (database id, uuid, row number)
    code: str
    name: str
    parent_key: object | None
    max_points: Decimal
    kind: str = "scored"  # scored | survey | bonus | penalty
    order: int = 0


@dataclass(frozen=True)
class Finding:
    severity: str  # error | warning
    code: str  # machine code, e.g. "sum_mismatch"
    key: object | None
    message_vi: str
    message_en: str


def roman_to_int(text: str) -> int:
    """`IV` -> 4; ValueError for anything that is not a well-formed Roman numeral."""
    s = str(text or "").strip().upper()
    if not s or not _ROMAN_FORM.match(s):
        raise ValueError(f"Không phải số La Mã: «{text}»")
    total = 0
    for ch, nxt in zip(s, s[1:] + " "):
        v = _ROMAN_VALUES[ch]
        total += -v if nxt != " " and _ROMAN_VALUES[nxt] > v else v
    return total


def normalise_code(raw) -> str | None:
    """A criterion code as typed -> canonical dotted digits: `III` -> "3", `1.2.` -> "1.2",
    `1.2 -` -> "1.2", `1,2` -> "1.2", `II.3` -> "2.3", `TC 1.2)` -> "1.2"; None when there is none."""
    if raw is None:
        return None
    return _normalise(str(raw))


@functools.lru_cache(maxsize=4096)
def _normalise(text: str) -> str | None:
    # the same few hundred codes are normalised on every validation and sort of a tree
    s = text.strip()
    s = re.sub(r"^(?:tiêu chí thành phần|tiêu chí|lĩnh vực|tctp|tc|lv)\s*", "", s, flags=re.I)
    s = re.sub(r"[\s.\-–—:)\]]+$", "", s).lstrip("([ ")
    s = s.replace(",", ".")
    parts = [p for p in re.split(r"\s*\.\s*", s)]
    if not parts or any(not _CODE_PART.match(p) for p in parts):
        return None
    out = []
    for p in parts:
        if p.isdigit():
            out.append(str(int(p)))
        else:
            try:
                out.append(str(roman_to_int(p)))
            except ValueError:
                return None
    return ".".join(out)


def code_parent(code: str | None) -> str | None:
    """"3.2.5" -> "3.2"; a top-level code has no parent."""
    if not code or "." not in code:
        return None
    return code.rsplit(".", 1)[0]


def sort_key(code: str | None) -> tuple:
    """Natural order of codes: 1.9 before 1.10, Roman fields by value, codes before uncoded rows."""
    norm = normalise_code(code) if code else None
    if norm is None:
        return (1, str(code or ""))
    return (0, tuple(int(p) for p in norm.split(".")))


def _children(nodes: list[Node]) -> dict[object, list[Node]]:
    keys = {n.key for n in nodes}
    kids: dict[object, list[Node]] = defaultdict(list)
    for n in nodes:
        kids[n.parent_key if n.parent_key in keys else None].append(n)
    for lst in kids.values():
        lst.sort(key=lambda n: (n.order, sort_key(n.code)))
    return kids


def validate_tree(nodes: list[Node], declared_total: Decimal | None = None) -> list[Finding]:
    """Findings about a criteria tree, in tree order; an empty list means the set is consistent."""
    found: list[Finding] = []
    kids = _children(nodes)
    by_key = {n.key: n for n in nodes}

    codes: dict[str, list[Node]] = defaultdict(list)
    for n in nodes:
        if n.code:
            codes[normalise_code(n.code) or n.code].append(n)
    for code, same in codes.items():
        for n in same[1:]:
            found.append(Finding("error", "duplicate_code", n.key,
                                 f"Mã tiêu chí {code} bị trùng ({len(same)} tiêu chí cùng mã).",
                                 f"Criterion code {code} is used {len(same)} times."))

    for n in nodes:
        if n.max_points < 0 and n.kind != "penalty":
            found.append(Finding("error", "negative_max", n.key,
                                 f"Tiêu chí {n.code}: điểm tối đa âm ({fmt_points(n.max_points)}) "
                                 "chỉ dùng cho tiêu chí điểm trừ.",
                                 f"Criterion {n.code}: a negative maximum is only allowed for penalties."))
        parent = by_key.get(n.parent_key)
        if parent is not None and parent is not n and parent.code and n.code:
            pc, nc = normalise_code(parent.code), normalise_code(n.code)
            if pc and nc and code_parent(nc) != pc:
                found.append(Finding("warning", "code_outside_parent", n.key,
                                     f"Mã {n.code} không bắt đầu bằng mã tiêu chí cha {parent.code}.",
                                     f"Code {n.code} does not start with its parent's code {parent.code}."))

    for parent_key, children in kids.items():
        parent = by_key.get(parent_key)
        if parent is None:
            continue
        total = _counted_sum(children, parent.kind)
        if q3(total) != q3(parent.max_points):
            found.append(Finding("warning", "sum_mismatch", parent.key,
                                 f"Tiêu chí {parent.code}: tổng điểm tối đa các tiêu chí con là "
                                 f"{fmt_points(total)}, khác điểm tối đa {fmt_points(parent.max_points)}.",
                                 f"Criterion {parent.code}: children's maxima add up to {total.normalize():f}, "
                                 f"not {parent.max_points.normalize():f}."))

    if declared_total is not None:
        total = _counted_sum(kids.get(None, []))
        if q3(total) != q3(declared_total):
            found.append(Finding("warning", "total_mismatch", None,
                                 f"Tổng điểm tối đa các lĩnh vực là {fmt_points(total)}, khác tổng điểm "
                                 f"công bố {fmt_points(declared_total)}.",
                                 f"Top-level maxima add up to {total.normalize():f}, not the declared "
                                 f"{Decimal(declared_total).normalize():f}."))
    order = {n.key: i for i, n in enumerate(_walk(kids, None))}
    for n in nodes:
        if n.key not in order:
            found.append(Finding("error", "parent_cycle", n.key,
                                 f"Tiêu chí {n.code} nằm trong vòng lặp cha–con (tự là cha của chính nó).",
                                 f"Criterion {n.code} is its own ancestor."))
    found.sort(key=lambda f: (f.severity != "error", order.get(f.key, -1)))
    return found


def _counted_sum(children: list[Node], parent_kind: str = "scored") -> Decimal:
    # Bonus and penalty points sit outside the 100-point scale: they never fill a scored parent's
    # maximum; under a bonus or penalty parent they are exactly what fills it.
    extra = ("bonus", "penalty")
    return sum((c.max_points for c in children if parent_kind in extra or c.kind not in extra), Decimal(0))


def _walk(kids: dict[object, list[Node]], parent_key):
    for n in kids.get(parent_key, []):
        yield n
        yield from _walk(kids, n.key)


def renumber(nodes: list[Node]) -> dict[object, str]:
    """New codes from tree position (order within parent): fields 1, 2…, criteria 1.1, 1.2…"""
    kids = _children(nodes)
    out: dict[object, str] = {}

    def visit(parent_key, prefix: str, seen: set):
        for i, n in enumerate(kids.get(parent_key, []), start=1):
            if n.key in seen:  # a cycle in hand-made data; do not loop forever
                continue
            seen.add(n.key)
            out[n.key] = f"{prefix}{i}"
            visit(n.key, f"{prefix}{i}.", seen)

    visit(None, "", set())
    return out
