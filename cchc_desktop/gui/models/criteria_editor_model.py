"""The criteria tree as the editor shows it: code, name, maximum and kind editable in place,
rows with validation findings marked (icon, colour, tooltip)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QApplication, QStyle

from ...domain.numbers import fmt_points, parse_points
from ..i18n import current_language
from .criteria_model import READ_ONLY, CriteriaModel

EDITABLE = ("code", "name", "max", "kind")
ERROR_BG = QColor("#fde7e9")
WARNING_BG = QColor("#fff4ce")
_EDIT = Qt.ItemDataRole.EditRole
_EDITABLE_FLAGS = READ_ONLY | Qt.ItemFlag.ItemIsEditable
_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.TextAlignmentRole,
                    Qt.ItemDataRole.FontRole, Qt.ItemDataRole.EditRole, Qt.ItemDataRole.DecorationRole,
                    Qt.ItemDataRole.BackgroundRole))


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
        """repaint=False right after set_rows: the reset already repaints every row."""
        new: dict = {}
        for f in findings:
            new.setdefault(f.key, []).append(f)
        changed = new != self._findings
        self._findings = new
        if self._rows and repaint and changed:
            self._emit_all_changed(-1)

    def findings_of(self, row) -> list:
        return self._findings.get(row.id, [])

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role not in _ROLES or not index.isValid():  # painting asks many roles we never answer
            return None
        r = self._rows[index.internalId()]
        found = self._findings.get(r.id)
        if not found and role != _EDIT:
            return super().data(index, role)
        key = self.columns[index.column()][0]
        if role == _EDIT:
            return {"code": r.code, "name": r.name, "max": fmt_points(r.max_points), "kind": r.kind}[key]
        if found:
            worst = "error" if any(f.severity == "error" for f in found) else "warning"
            if role == Qt.ItemDataRole.DecorationRole and key == "code":
                icon = (QStyle.StandardPixmap.SP_MessageBoxCritical if worst == "error"
                        else QStyle.StandardPixmap.SP_MessageBoxWarning)
                return QApplication.style().standardIcon(icon)
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(ERROR_BG if worst == "error" else WARNING_BG)
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(finding_text(f) for f in found)
        return super().data(index, role)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return _EDITABLE_FLAGS if self.columns[index.column()][0] in EDITABLE else READ_ONLY

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
