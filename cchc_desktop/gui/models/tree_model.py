"""What the item models (trees and tables) share: alignments, and the cells every view of
criteria shows the same way."""
from __future__ import annotations

from PySide6.QtCore import Qt

from ...domain.numbers import fmt_points

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

CRITERION_KEYS = frozenset(("code", "name", "max"))  # columns whose text is criterion_text


def criterion_text(r, key: str) -> str:
    """A criterion's code, name or maximum points (Vietnamese number format), for any row that
    has code, name and max_points: the criteria tree, the scorecard, the points to recover."""
    if key == "code":
        return r.code
    if key == "name":
        return r.name
    return fmt_points(r.max_points)
