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

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # painting asks many roles we never answer
            return None
        r = self.row_at(index)
        key = self.columns[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if key == "name" and role == Qt.ItemDataRole.ToolTipRole and r.guidance:
                return f"{r.name}\n\n{r.guidance}"
            return self._display(r, key)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if key == "max" else LEFT
        if role == Qt.ItemDataRole.FontRole and r.depth == 0:
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
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        self._emit_all_changed(-1)
