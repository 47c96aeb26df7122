"""Column sizing shared by the tabs: fit the contents, never wider than a cap, wrap the rest."""
from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QHeaderView


def fit_columns(view: QAbstractItemView, caps: dict[int, int], stretch: int | None = None) -> None:
    """Resize columns to their contents (headers included) but at most caps[col] pixels.

    The `stretch` column takes the remaining width, so long names wrap instead of being cut.
    """
    header: QHeaderView = view.header() if hasattr(view, "header") else view.horizontalHeader()
    model = view.model()
    if model is None:
        return
    header.setStretchLastSection(False)
    for col in range(model.columnCount()):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        view.resizeColumnToContents(col)
        title = header.sectionSizeHint(col)
        hint = max(title, view.sizeHintForColumn(col))
        # A cap limits long cell text (it wraps), never the column title: a clipped header is unreadable.
        width = min(hint + 24, max(caps.get(col, 260), title + 8))
        header.resizeSection(col, width)
