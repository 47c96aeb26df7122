"""The criteria tree as the editor shows it: code, name, maximum and kind editable in place,
rows with validation findings marked (icon, colour, tooltip)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.numbers import parse_points
from ..i18n import current_language
from .criteria_model import READ_ONLY, CriteriaModel

EDITABLE = ("code", "name", "max", "kind")
ERROR_BG = QColor("#fde7e9")
WARNING_BG = QColor("#fff4ce")
_EDITABLE_FLAGS = READ_ONLY | Qt.ItemFlag.ItemIsEditable


def finding_text(f) -> str:
    return f.message_en if current_language() == "en" else f.message_vi


class CriteriaEditorModel(CriteriaModel):
    #: (criterion id, field, new value, row): the tab turns it into an undoable command
    edit_requested = Signal(int, str, object, object)
    rejected = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._findings: dict[object, list] = {}

    def set_findings(self, findings, repaint: bool = True) -> None:
        """repaint=False right before set_rows: the new items are filled with them anyway."""
        new: dict = {}
        for f in findings:
            new.setdefault(f.key, []).append(f)
        old, self._findings = self._findings, new
        if repaint and new != old:
            for i, r in enumerate(self._rows):
                if new.get(r.id) != old.get(r.id):
                    self.refill_row(i)

    def keep_shape(self, rows, shown, findings=()) -> bool:
        """ItemTreeModel.keep_shape, findings included: a row whose marks differ is filled again
        (they are kept by criterion id, and the other set's rows have other ids)."""
        marks = [self._marks(r) for r in self._rows]
        self.set_findings(findings, repaint=False)
        if not super().keep_shape(rows, shown):
            return False
        for i, r in enumerate(self._rows):
            if self._marks(r) != marks[i]:
                self.refill_row(i)
        return True

    def _marks(self, row) -> tuple:
        return tuple((f.severity, f.message_vi, f.message_en) for f in self._findings.get(row.id, ()))

    def findings_of(self, row) -> list:
        return self._findings.get(row.id, [])

    def fill(self, item, r, col: int, fresh: bool = False) -> None:
        super().fill(item, r, col, fresh)
        found = self._findings.get(r.id)
        if fresh and not found:
            return  # nothing to mark, nothing to clear
        key = self.columns[col][0]
        worst = None if not found else ("error" if any(f.severity == "error" for f in found) else "warning")
        icon = None
        if worst and key == "code":
            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical if worst == "error"
                                                     else QStyle.StandardPixmap.SP_MessageBoxWarning)
        item.setData(icon, Qt.ItemDataRole.DecorationRole)
        item.setData(None if not worst else QBrush(ERROR_BG if worst == "error" else WARNING_BG),
                     Qt.ItemDataRole.BackgroundRole)
        if found:
            item.setData("\n".join(finding_text(f) for f in found), Qt.ItemDataRole.ToolTipRole)

    def cell_flags(self, key: str):
        return _EDITABLE_FLAGS if key in EDITABLE else READ_ONLY

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole):
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        r = self.row_at(index)
        key = self.columns[index.column()][0]
        if key not in EDITABLE:
            return False
        text = "" if value is None else str(value).strip()
        if key == "max":
            new = parse_points(text)
            if new is None:
                self.rejected.emit(QCoreApplication.translate(
                    "CriteriaEditorModel", "«%1» is not a number of points.").replace("%1", text))
                return False
            if new == r.max_points:
                return False
            self.edit_requested.emit(r.id, "max_points", new, r)
            return True
        field = {"code": "code", "name": "name", "kind": "kind"}[key]
        if not text:
            self.rejected.emit(QCoreApplication.translate("CriteriaEditorModel", "The value cannot be empty."))
            return False
        if text == getattr(r, field):
            return False
        self.edit_requested.emit(r.id, field, text, r)
        return True
