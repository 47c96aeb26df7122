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
        hint = max(header.sectionSizeHint(col), view.sizeHintForColumn(col))
        width = min(hint + 24, caps.get(col, 260))
        header.resizeSection(col, width)
