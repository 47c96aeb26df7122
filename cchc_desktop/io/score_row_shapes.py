"""What the score readers work out once and share: the shape of a list of data rows, the criteria
set's bounds and parent codes, and the summary of each distinct combination of score cells.
Module-level caches, keyed by identity (the keyed object kept alive) or by value."""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from .table_rows import DataRow, Num


_SHAPES: dict[int, tuple] = {}   # id(rows) -> (rows kept alive, their shape)


def _summary(trio: tuple[Num, Num, Num]) -> tuple:
    """(the three Nums, their values, no error in any, self present, appraised present, lowest and
    highest value or None): what the common-row test in `read` asks, unpacked at once."""
    found = [n.value for n in trio if n.value is not None]
    return (trio, trio[0].value, trio[1].value, trio[2].value, not any(n.error for n in trio),
            trio[0].present, trio[1].present, min(found) if found else None, max(found) if found else None)


# (score columns, their raw cells, the cells' types) -> `_summary` of their Nums: a workbook repeats the same
# few score combinations thousands of times. Nums depend on the cell value alone (read_number),
# and sheets with uncomputed formulas never come here.
_TRIOS: dict[tuple, tuple] = {}


def _shape_of(rows: list[DataRow]) -> tuple[list[DataRow], frozenset[str], dict[str, int]]:
    """The coded rows, their codes and each code's first row: once per list of data rows, which
    `data_rows` shares between the sheets of a workbook that list the same criteria."""
    hit = _SHAPES.get(id(rows))
    if hit is not None and hit[0] is rows:
        return hit[1]
    coded = [r for r in rows if r.code]
    shape = (coded, frozenset(r.code for r in coded), {r.code: r.row for r in reversed(coded)})
    if len(_SHAPES) >= 64:
        _SHAPES.clear()
    _SHAPES[id(rows)] = (rows, shape)
    return shape


def _prefixes(codes) -> frozenset[str]:
    """'3.2.5' -> {'3', '3.2'}: the codes that have children."""
    return _prefixes_of(frozenset(codes))


@lru_cache(maxsize=64)   # the blocks of a matrix, and most per-unit sheets, have the same codes
def _prefixes_of(codes: frozenset[str]) -> frozenset[str]:
    return frozenset(".".join(o.split(".")[:i]) for o in codes for i in range(1, o.count(".") + 1))


_KNOWN_BOUNDS: list = [None, 0, {}]   # [the known-criteria dict (kept alive), its size, bounds]


def _known_bounds(known) -> dict[str, tuple[Decimal | None, str]]:
    """code -> (|maximum| or None, kind) of the criteria set, once for all units of a workbook."""
    if _KNOWN_BOUNDS[0] is not known or _KNOWN_BOUNDS[1] != len(known):
        _KNOWN_BOUNDS[:] = [known, len(known), {code: (abs(mx) if mx is not None else None, kind)
                                                 for code, (mx, kind) in known.items()}]
    return _KNOWN_BOUNDS[2]


_KNOWN_PREFIXES: list = [None, 0, frozenset()]   # [the known-criteria dict (kept alive), its size, prefixes]


def _known_prefixes(known) -> frozenset[str]:
    """Prefixes of the criteria set's codes, computed once for all units of a workbook."""
    if not known:
        return frozenset()
    if _KNOWN_PREFIXES[0] is not known or _KNOWN_PREFIXES[1] != len(known):
        _KNOWN_PREFIXES[:] = [known, len(known), frozenset(_prefixes(known))]
    return _KNOWN_PREFIXES[2]
