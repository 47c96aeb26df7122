"""Kế hoạch khắc phục tab: the tasks of one plan (plans.ItemRow DTOs); status is editable."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QBrush, QColor, QFont

from ...domain.numbers import fmt_points
from ..labels import status_label
from .item_tree import EDIT_VALUE_ROLE, ItemTreeModel

OVERDUE_COLOR = QColor("#b00020")
DONE_COLOR = QColor("#1b5e20")
TOP_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
TOP_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
TOP_CENTER = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


TEXT_EDITABLE = ("content", "lead", "partners", "deadline")


def _tr(text: str) -> str:
    return QCoreApplication.translate("PlanItemsModel", text)


def is_overdue(row, today: date) -> bool:
    return row.deadline_end is not None and row.deadline_end < today and row.status != "done"


_BOLD: list = []
_TOOLTIP, _FOREGROUND, _FONT = Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole


def _bold() -> QFont:
    if not _BOLD:  # one bold font, made on first use (it needs the QGuiApplication)
        _BOLD.append(QFont())
        _BOLD[0].setBold(True)
    return _BOLD[0]


class PlanItemsModel(ItemTreeModel):
    """The cells are Qt items (see item_tree): the table is measured for its wrapped rows and
    painted without asking Python for every cell."""
    header_context = "PlanItemsModel"
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
        self.today = today or date.today()
        self.edit_handler = None  # callable(row, new_status) -> bool
        self.field_handler = None  # callable(row, key, text) -> bool, for content/lead/partners/deadline

    def update_rows(self, rows) -> None:
        if not self.refill_changed(rows):
            self.set_rows(rows)

    def row_key(self, row):
        return row.id  # (a task also names its criterion)

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

    def _edit_value(self, r, key: str) -> str:
        if key == "deadline":
            return r.deadline_text
        return r.status if key == "status" else self._text(r, key)

    def fill(self, item, r, col: int, fresh: bool = False) -> None:
        key = self.columns[col][0]
        overdue = key in ("deadline", "status") and is_overdue(r, self.today)
        item.setText(self._text(r, key))
        item.setData(self._edit_value(r, key) if key in ("deadline", "status") else None, EDIT_VALUE_ROLE)
        item.setTextAlignment(Qt.AlignmentFlag(TOP_RIGHT if key == "lost" else TOP_CENTER if key in ("stt", "criterion")
                                               else TOP_LEFT))
        item.setData(self._tooltip(r, key, overdue), _TOOLTIP)
        item.setData(QBrush(OVERDUE_COLOR) if overdue else QBrush(DONE_COLOR) if key == "status" and r.status == "done"
                     else None, _FOREGROUND)
        item.setData(_bold() if overdue else None, _FONT)
        editable = key == "status" or (key in TEXT_EDITABLE and self.field_handler is not None)
        item.setFlags(_EDITABLE if editable else _READ_ONLY)

    def _tooltip(self, r, key: str, overdue: bool):
        if overdue:
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

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        key = self.columns[index.column()][0]
        r = self.row_at(index)
        if key in TEXT_EDITABLE and self.field_handler is not None:
            if str(value) == self._edit_value(r, key):
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
        self.set_headers()
        for i in range(len(self._rows)):
            self.refill_row(i)
