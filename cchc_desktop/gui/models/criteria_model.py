"""Tiêu chí tab: the criteria tree of one set (CriterionRow DTOs)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont

from ...domain.numbers import fmt_points
from ..labels import kind_label
from .tree_model import LEFT, RIGHT, FlatTreeModel


_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.BackgroundRole))
_DISPLAY, _TOOLTIP = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole
_ALIGN, _FONT = Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.FontRole
READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: enum "|" is slow in Python
_BOLD: list = []  # one bold QFont, made on first use (it needs the QGuiApplication)


def _bold() -> QFont:
    if not _BOLD:
        font = QFont()
        font.setBold(True)
        _BOLD.append(font)
    return _BOLD[0]


class CriteriaModel(FlatTreeModel):
    columns = (("code", QT_TRANSLATE_NOOP("CriteriaModel", "Code")),
               ("name", QT_TRANSLATE_NOOP("CriteriaModel", "Criterion")),
               ("max", QT_TRANSLATE_NOOP("CriteriaModel", "Max points")),
               ("kind", QT_TRANSLATE_NOOP("CriteriaModel", "Type")))

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CriteriaModel", self.columns[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if self.columns[section][0] == "max" else LEFT
        return None

    def __init__(self, parent=None):
        super().__init__(parent)
        self._texts: dict = {}  # (row, column) -> display text, emptied whenever the rows or the language change

    def set_rows(self, rows) -> None:
        self._texts = {}
        super().set_rows(rows)

    def update_rows(self, rows) -> None:
        self._texts = {}
        super().update_rows(rows)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # painting asks many roles we never answer
            return None
        i, column = index.internalId(), index.column()
        if role == _DISPLAY:
            # each cell's text made once per load (points and kinds were formatted on every paint)
            cell = (i, column)
            text = self._texts.get(cell)
            if text is None:
                text = self._texts[cell] = self._display(self._rows[i], self.columns[column][0])
            return text
        r = self._rows[i]
        key = self.columns[column][0]
        if role == _TOOLTIP:
            if key == "name" and r.guidance:
                return f"{r.name}\n\n{r.guidance}"
            return self._display(r, key)
        if role == _ALIGN:
            return RIGHT if key == "max" else LEFT
        if role == _FONT and r.depth == 0:
            return _bold()
        return None

    def _display(self, r, key: str):
        """The text of a cell (also what views.fit_text_columns measures)."""
        if key == "code":
            return r.code
        if key == "name":
            return r.name
        if key == "max":
            return fmt_points(r.max_points)
        if key == "kind":
            return kind_label(r.kind)
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return READ_ONLY

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._texts = {}
        self._emit_all_changed(-1)
