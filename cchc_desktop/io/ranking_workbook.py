"""Published ranking tables: one row per unit with field totals, grand total, index % and rank."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal

from cchc_desktop.domain.numbers import fmt_points
from .text_cache import fold

from .cells import Sheet
from .issues import IssueLog, cell_ref
from .table_finder import TableMapping
from .table_rows import _NOTE_START, read_number, total_kind
from .unit_match import match_unit

_RANK = re.compile(r"^\s*(\d{1,4})\s*(?:/\s*(\d{1,4}))?")
TOLERANCE = Decimal("0.01")


@dataclass(frozen=True)
class PublishedRow:
    unit_label: str
    matched_unit_code: str | None
    fields: dict[str, tuple[Decimal | None, int | None]]   # field code -> (points, rank)
    total: Decimal | None
    index_pct: Decimal | None
    rank: int | None
    rank_of: int | None
    sheet: str = ""
    label_cell: str = ""
    candidates: tuple[tuple[str, str], ...] = field(default_factory=tuple)


def parse_rank(value) -> tuple[int | None, int | None]:
    """'4' -> (4, None); '4/63' -> (4, 63); '38 (5)' -> (38, None): the bracket counts ties."""
    if value is None or isinstance(value, bool):
        return None, None
    if isinstance(value, (int, Decimal)):
        return (int(value), None) if value == int(value) else (None, None)
    m = _RANK.match(str(value))
    if not m:
        return None, None
    return int(m.group(1)), int(m.group(2)) if m.group(2) else None


def read_ranking(sheet: Sheet, mapping: TableMapping, log: IssueLog, known_units,
                 known_criteria) -> list[PublishedRow]:
    cols = mapping.columns
    unit_col = cols["unit"]
    raw = []
    for r in range(mapping.first_data_row, sheet.n_rows):
        label = sheet.merged_text(r, unit_col)
        first = next((sheet.text(r, c) for c in range(sheet.n_cols) if sheet.text(r, c)), "")
        if not first:
            continue
        if _NOTE_START.match(fold(first)):
            break
        if not label or total_kind(label) or total_kind(first):
            continue  # averages and totals over units are published figures, not units
        raw.append((r, label))
    out = []
    for r, label in raw:
        fields = {}
        for code, (pcol, rcol) in mapping.field_columns.items():
            points = _number(sheet, r, pcol, log, f"điểm lĩnh vực {code}")
            if points is not None and known_criteria and code in known_criteria:
                max_points = known_criteria[code][0]
                if max_points is not None and points > max_points:
                    log.error(f"Điểm lĩnh vực {code} của {label} là {fmt_points(points)}, vượt điểm tối đa "
                              f"{fmt_points(max_points)}.", sheet.name, cell_ref(r, pcol))
            fields[code] = (points, parse_rank(sheet.value(r, rcol))[0] if rcol is not None else None)
        total = _number(sheet, r, cols.get("total"), log, "tổng điểm")
        index = _number(sheet, r, cols.get("index"), log, "chỉ số")
        rank, rank_of = parse_rank(sheet.value(r, cols["rank"])) if "rank" in cols else (None, None)
        parts = [p for p, _ in fields.values()]
        if total is not None and parts and all(p is not None for p in parts):
            summed = sum(parts, Decimal(0))
            if abs(summed - total) > TOLERANCE:
                log.warning(f"Tổng điểm của {label} ghi {fmt_points(total)}, tổng các lĩnh vực là "
                            f"{fmt_points(summed)}.", sheet.name, cell_ref(r, cols["total"]))
        match = match_unit(label, known_units)
        if match.ambiguous:
            log.error(f"Tên đơn vị «{label}» khớp với nhiều đơn vị: "
                      + "; ".join(f"{c} – {n}" for c, n in match.candidates) + ".",
                      sheet.name, cell_ref(r, unit_col))
        out.append(PublishedRow(label, match.code, fields, total, index, rank, rank_of or len(raw),
                                sheet.name, cell_ref(r, unit_col), tuple(match.candidates)))
    return out


def _number(sheet: Sheet, row: int, col: int | None, log: IssueLog, what: str) -> Decimal | None:
    num = read_number(sheet, row, col)
    if num.error:
        log.error(f"Ô {what}: {num.error}.", sheet.name, cell_ref(row, col))
        return None
    return num.value
