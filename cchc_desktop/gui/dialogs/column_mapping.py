"""Column roles of a found table, as the officer may correct them in the import wizard.

Roles are keyed by each column's header text (folded), not by position, so one correction
applies to every per-unit sheet of a workbook and to the next workbook from the same sender.
No Qt here: the wizard page and the tests share it.
"""
from __future__ import annotations

from dataclasses import replace

from ...domain.text import fold
from ...io.cells import Sheet, Workbook
from ...io.table_finder import TableMapping, find_table

# Roles an officer may pick for a column; "" = ignore the column.
EDITABLE_ROLES = ("stt", "code", "name", "max", "self", "appraised", "survey", "reason", "")


def header_text(sheet: Sheet, mapping: TableMapping, col: int) -> str:
    parts = []
    for r in mapping.header_rows:
        t = sheet.merged_text(r, col)
        if t and t not in parts:
            parts.append(t)
    return " | ".join(parts)


def roles_by_column(mapping: TableMapping) -> dict[int, str]:
    return {c: r for r, c in mapping.columns.items()}


def header_roles(sheet: Sheet, mapping: TableMapping, roles: dict[int, str]) -> dict[str, str]:
    """{folded header text: role ('' = ignored)} for every column of the table."""
    return {fold(header_text(sheet, mapping, c)): roles.get(c, "") for c in range(sheet.n_cols)
            if header_text(sheet, mapping, c)}


def apply_roles(mapping: TableMapping, sheet: Sheet, by_header: dict[str, str]) -> TableMapping:
    """The mapping with its columns re-assigned where the header text has an officer's choice."""
    current = roles_by_column(mapping)
    for c in range(sheet.n_cols):
        key = fold(header_text(sheet, mapping, c))
        if key and key in by_header:
            if by_header[key]:
                current[c] = by_header[key]
            else:
                current.pop(c, None)
    columns: dict[str, int] = {}
    for c, role in sorted(current.items()):
        columns.setdefault(role, c)  # a role twice: the leftmost column wins, as the finder does
    return replace(mapping, columns=columns)


def overrides(workbook: Workbook, by_header: dict[str, str]) -> dict[str, TableMapping]:
    """`mappings` for parse_scores/import_scores: every criteria-like sheet with the choices applied."""
    out = {}
    for sheet in workbook.visible_sheets:
        mapping = find_table(sheet)
        if mapping is not None and mapping.kind == "criteria":
            out[sheet.name] = apply_roles(mapping, sheet, by_header)
    return out


def default_sender(workbook: Workbook) -> str:
    """The agency named in the first title cell ('UBND TỈNH ĐỒNG THÁP'), else the file name."""
    for sheet in workbook.visible_sheets[:1]:
        for r in range(min(sheet.n_rows, 5)):
            for c in range(min(sheet.n_cols, 4)):
                t = sheet.text(r, c)
                if t and not t[0].isdigit():
                    return t[:80]
    return ""
