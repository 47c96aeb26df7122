"""Alignment constants shared by the item models (tree and table)."""
from __future__ import annotations

from PySide6.QtCore import Qt

RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
