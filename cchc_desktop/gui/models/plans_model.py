"""Kế hoạch khắc phục tab: the tasks of one plan (plans.ItemRow DTOs); status is editable."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.numbers import fmt_points
from ..labels import status_label
from .tree_model import LEFT

OVERDUE_COLOR = QColor("#b00020")
DONE_COLOR = QColor("#1b5e20")
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TOP_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)


TEXT_EDITABLE = ("content", "lead", "partners", "deadline")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanItemsModel", text)


def is_overdue(row, today: date) -> bool:
    return row.deadline_end is not None and row.deadline_end < today and row.status != "done"


_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.ToolTipRole,
                    Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole))
_BOLD: list = []

class PlanItemsModel(QAbstractTableModel):
    columns = (("stt", QT_TRANSLATE_NOOP("PlanItemsModel", "No.")),
               ("content", QT_TRANSLATE_NOOP("PlanItemsModel", "Remediation task")),
               ("criterion", QT_TRANSLATE_NOOP("PlanItemsModel", "Criterion")),
               ("lost", QT_TRANSLATE_NOOP("PlanItemsModel", "Points lost")),
               ("lead", QT_TRANSLATE_NOOP("PlanItemsModel", "Lead office")),
               ("partners", QT_TRANSLATE_NOOP("PlanItemsModel", "Partner offices")),
               ("deadline", QT_TRANSLATE_NOOP("PlanItemsModel", "Deadline")),
               ("status", QT_TRANSLATE_NOOP("PlanItemsModel", "Status")))

    def __init__(self, parent=None, today: date | None = None):
        super().__init__(parent)
        self._rows: list = []
        self.today = today or date.today()
        self.edit_handler = None  # callable(row, new_status) -> bool
        self.field_handler = None  # callable(row, key, text) -> bool, for content/lead/partners/deadline

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def update_rows(self, rows) -> None:
        rows = list(rows)
        if [r.id for r in rows] != [r.id for r in self._rows]:
            self.set_rows(rows)
            return
        self._rows = rows
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, len(self.columns) - 1))

    def row_at(self, index: QModelIndex):
        return self._rows[index.row()] if index.isValid() else None

    def rows(self) -> list:
        return list(self._rows)

    def column_of(self, key: str) -> int:
        return next(i for i, (k, _) in enumerate(self.columns) if k == key)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.columns):
            if role == Qt.ItemDataRole.DisplayRole:
                return _tr(self.columns[section][1])
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return LEFT
        return None

    def _text(self, r, key: str) -> str:
        if key == "stt":
            return str(r.stt)
        if key == "content":
            return r.content
        if key == "criterion":
            return r.criterion_code or ""
        if key == "lost":
            return fmt_points(r.points_lost)
        if key == "lead":
            return "; ".join(r.lead)
        if key == "partners":
            return "; ".join(r.partners)
        if key == "deadline":
            return r.deadline_text + ("  ⚠" if is_overdue(r, self.today) else "")
        if key == "status":
            return status_label(r.status)
        return ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # painting asks many roles never answered here
            return None
        r = self._rows[index.row()]
        key = self.columns[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, key)
        if role == Qt.ItemDataRole.EditRole:
            if key == "deadline":
                return r.deadline_text
            return r.status if key == "status" else self._text(r, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key in ("deadline", "status") and is_overdue(r, self.today):
                return QCoreApplication.translate("PlanItemsModel", "Overdue since %1").replace("%1", r.deadline_end.strftime("%d/%m/%Y"))
            if key == "content":
                extra = [r.content]
                if r.reason:
                    extra.append(QCoreApplication.translate("PlanItemsModel", "Reason for the deduction:") + " " + r.reason)
                if r.expected_output:
                    extra.append(QCoreApplication.translate("PlanItemsModel", "Expected output:") + " " + r.expected_output)
                return "\n\n".join(extra)
            if key == "status":
                return QCoreApplication.translate("PlanItemsModel", "Double-click to change the status")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return TOP_RIGHT if key == "lost" else TOP_CENTER if key in ("stt", "criterion") else TOP_LEFT
        if role == Qt.ItemDataRole.ForegroundRole:
            if key in ("deadline", "status") and is_overdue(r, self.today):
                return QBrush(OVERDUE_COLOR)
            if key == "status" and r.status == "done":
                return QBrush(DONE_COLOR)
        if role == Qt.ItemDataRole.FontRole and key in ("deadline", "status") and is_overdue(r, self.today):
            if not _BOLD:  # one bold font, made on first use (it needs the QGuiApplication)
                _BOLD.append(QFont())
                _BOLD[0].setBold(True)
            return _BOLD[0]
        return None

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        f = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = self.columns[index.column()][0]
        if key == "status" or (key in TEXT_EDITABLE and self.field_handler is not None):
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()][0]
        r = self._rows[index.row()]
        if key in TEXT_EDITABLE and self.field_handler is not None:
            if str(value) == self.data(index, Qt.ItemDataRole.EditRole):
                return False
            return bool(self.field_handler(r, key, str(value)))
        if key != "status":
            return False
        if value == r.status or self.edit_handler is None:
            return False
        return bool(self.edit_handler(r, value))

    def overdue_count(self) -> int:
        return sum(1 for r in self._rows if is_overdue(r, self.today))

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.columns) - 1)
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(self.columns) - 1))
