"""A table model over plain rows (dicts or DTOs): the part every list dialog shares."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt


class PlainRowsModel(QAbstractTableModel):
    """Subclasses give `headers()` (translated titles) and `data()`; rows are replaced whole."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headers(self) -> tuple[str, ...]:  # pragma: no cover - abstract
        raise NotImplementedError

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers()[section]
        return None


class KeyedRowsModel(QAbstractTableModel):
    """Rows with columns declared as (key, untranslated title) pairs of a translation `context`;
    subclasses add `data()` (and alignment or flags of their own)."""
    context = ""
    columns: tuple[tuple[str, str], ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def title(self, section: int) -> str:
        return QCoreApplication.translate(self.context, self.columns[section][1])
