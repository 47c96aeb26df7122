"""Column sizing shared by the tabs: fit the contents, never wider than a cap, wrap the rest."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTreeView


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
        # (no resizeColumnToContents first: it measured every cell once more only to be overridden below)
        title = header.sectionSizeHint(col)
        hint = max(title, view.sizeHintForColumn(col))
        # A cap limits long cell text (it wraps), never the column title: a clipped header is unreadable.
        width = min(hint + 24, max(caps.get(col, 260), title + 8))
        header.resizeSection(col, width)


def fit_text_columns(view, model, rows, caps: dict[int, int], stretch: int | None = None,
                     extra: dict[int, int] | None = None) -> None:
    """fit_columns for a tree whose cells are plain text (model._display(row, key)), measured with
    the font instead of asking the view for every cell's size hint: the same widths for a
    fraction of the cost (resizeColumnToContents was ~0.1 s per column on 87 rows)."""
    header: QHeaderView = view.header()
    header.setStretchLastSection(False)
    plain = view.fontMetrics()
    bold_font = QFont(view.font())
    bold_font.setBold(True)
    bold = QFontMetrics(bold_font)
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    branch = view.indentation()
    for col, (key, _title) in enumerate(model.columns):
        if col == stretch:
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
            continue
        header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        widest = 0
        for r in rows:
            text = model._display(r, key)
            if not text:
                continue
            fm = bold if getattr(r, "depth", 1) == 0 else plain
            width = fm.horizontalAdvance(text) + margin
            if col == 0 and view.rootIsDecorated():
                width += branch * (getattr(r, "depth", 0) + 1)
            widest = max(widest, width)
        title = header.sectionSizeHint(col)
        hint = max(title, widest + (extra or {}).get(col, 0))
        # A cap limits long cell text (it wraps), never the column title: a clipped header is unreadable.
        header.resizeSection(col, min(hint + 24, max(caps.get(col, 260), title + 8)))


def repaint_columns(view: QTreeView, first: int, last: int) -> None:
    """Repaint columns first..last over the view's whole height. A tree view repaints a changed
    range of top-level rows only between those rows' own lines: scrolled into the middle of a
    group, the children on screen would keep the previous unit's values."""
    header = view.header()
    left = min(header.sectionViewportPosition(c) for c in range(first, last + 1))
    right = max(header.sectionViewportPosition(c) + header.sectionSize(c) for c in range(first, last + 1))
    viewport = view.viewport()
    viewport.update(QRect(left, 0, right - left, viewport.height()))
