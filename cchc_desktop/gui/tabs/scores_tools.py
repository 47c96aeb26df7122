"""Helpers of the Chấm điểm tab that need no widgets of their own: the accent-insensitive
filter over the tree, and the clipboard (rows out as tab-separated text, scores in from Excel)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

from ...domain.numbers import fmt_points
from ...domain.text import fold

COPIED = ("code", "name", "max", "self", "appraised", "survey", "lost", "reason", "explanation")


def row_matches(r, folded_query: str) -> bool:
    return folded_query in fold(f"{r.code} {r.name}")


def filter_tree(view, model, query: str) -> int:
    """Hide rows that neither match nor lead to a match; a matching parent shows its children.

    Hiding rows (instead of a proxy model) keeps every index the editor and the undo
    commands use pointing into the one real model. Returns the number of matching rows.
    """
    q = fold(query)
    matches = 0

    def walk(parent: QModelIndex, ancestor_matches: bool) -> bool:
        nonlocal matches
        any_visible = False
        for row in range(model.rowCount(parent)):
            idx = model.index(row, 0, parent)
            r = model.row_at(idx)
            own = not q or row_matches(r, q)
            matches += bool(q and own)
            below = walk(idx, ancestor_matches or own)
            visible = own or below or ancestor_matches
            view.setRowHidden(row, parent, not visible)
            any_visible |= own or below
        return any_visible

    walk(QModelIndex(), False)
    if q:
        view.expandAll()
    return matches


def _cell(r, key: str) -> str:
    value = {"code": r.code, "name": r.name, "max": fmt_points(r.max_points), "self": fmt_points(r.self_score),
             "appraised": fmt_points(r.appraised), "survey": fmt_points(r.survey),
             "lost": fmt_points(r.lost) if r.lost else "", "reason": r.reason,
             "explanation": r.explanation}[key]
    # a tab or line break inside a cell would split it into two cells or rows in Excel
    return " ".join(str(value or "").split())


def rows_as_tsv(rows, headers: list[str]) -> str:
    lines = ["\t".join(headers)]
    lines += ["\t".join(_cell(r, k) for k in COPIED) for r in rows]
    return "\r\n".join(lines) + "\r\n"


def pasted_values(text: str) -> list[str]:
    """The first cell of each pasted line (Excel puts a trailing line break after the last)."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[-1].strip():
        lines.pop()
    return [line.split("\t")[0].strip() for line in lines]
