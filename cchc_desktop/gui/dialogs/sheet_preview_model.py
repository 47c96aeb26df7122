"""The first rows of a worksheet as a table, with the header and data rows the finder chose
highlighted, so an officer sees at a glance whether the importer found the right table."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...domain.numbers import fmt_points
from ...io.cells import Sheet
from ...io.issues import cell_ref, column_letter

PREVIEW_ROWS = 40
HEADER_BRUSH = QBrush(QColor("#cfe2ff"))
DATA_BRUSH = QBrush(QColor("#e8f5e9"))
IGNORED_BRUSH = QBrush(QColor("#eeeeee"))


class SheetPreviewModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.sheet: Sheet | None = None
        self.header_rows: tuple[int, ...] = ()
        self.first_data_row = -1
        self.ignored_cols: set[int] = set()

    def set_sheet(self, sheet: Sheet | None, header_rows=(), first_data_row=-1, ignored_cols=()) -> None:
        self.beginResetModel()
        self.sheet = sheet
        self.header_rows, self.first_data_row = tuple(header_rows), first_data_row
        self.ignored_cols = set(ignored_cols)
        self.endResetModel()

    def set_ignored(self, cols) -> None:
        self.ignored_cols = set(cols)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1),
                                  [Qt.ItemDataRole.BackgroundRole])

    def rowCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.sheet is None:
            return 0
        return min(self.sheet.n_rows, PREVIEW_ROWS)

    def columnCount(self, parent=QModelIndex()) -> int:
        if parent.isValid() or self.sheet is None:
            return 0
        return self.sheet.n_cols

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.sheet is None:
            return None
        r, c = index.row(), index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            v = self.sheet.value(r, c)
            if isinstance(v, Decimal):
                return fmt_points(v)
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{cell_ref(r, c)}: {v}" if v not in (None, "") else cell_ref(r, c)
            return "" if v is None else str(v)
        if role == Qt.ItemDataRole.BackgroundRole:
            if c in self.ignored_cols:
                return IGNORED_BRUSH
            if r in self.header_rows:
                return HEADER_BRUSH
            if self.first_data_row >= 0 and r >= self.first_data_row:
                return DATA_BRUSH
        return None

    def headerData(self, section: int, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return column_letter(section)
        return str(section + 1)
