"""Editors inside the tables: points typed the Vietnamese way, task status from a list."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemDelegate, QComboBox, QLineEdit, QStyledItemDelegate

from ..labels import STATUS_CODES, status_label
from ..models.item_tree import EDIT_VALUE_ROLE


def edit_value(index):
    """What an editor of this cell starts from (item models keep it apart when it differs from the text)."""
    value = index.data(EDIT_VALUE_ROLE)
    return index.data(Qt.ItemDataRole.EditRole) if value is None else value


class TextDelegate(QStyledItemDelegate):
    """The default editors, started from edit_value (a deadline without the ⚠ shown after it)."""

    def setEditorData(self, editor, index):
        value = index.data(EDIT_VALUE_ROLE)
        if value is not None and hasattr(editor, "setText"):
            editor.setText(value)
        else:
            super().setEditorData(editor, index)


class PointsDelegate(QStyledItemDelegate):
    """A line edit for points: `0,5` and `0.5` both work; Enter commits and moves down.

    `validate(index, text)` returns the reason a value is refused (or None); a refused
    value keeps the editor open so the officer can correct it at once.
    """
    refused = Signal(QModelIndex, str)
    move_down = Signal(QModelIndex)

    def __init__(self, parent=None, validate=None):
        super().__init__(parent)
        self.validate = validate
        self._editing: dict[int, QModelIndex] = {}

    def createEditor(self, parent, option, index):
        editor = QLineEdit(parent)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        editor.setObjectName("pointsEditor")
        self._editing[id(editor)] = index
        editor.destroyed.connect(lambda *_: self._editing.pop(id(editor), None))
        return editor

    def setEditorData(self, editor, index):
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index):
        model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def eventFilter(self, editor, event):
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            index = self._editing.get(id(editor), QModelIndex())
            problem = self.validate(index, editor.text()) if (self.validate and index.isValid()) else None
            if problem:
                self.refused.emit(index, problem)
                editor.selectAll()
                return True
            self.commitData.emit(editor)
            self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
            if index.isValid():
                self.move_down.emit(index)
            return True
        return super().eventFilter(editor, event)


class StatusDelegate(QStyledItemDelegate):
    """A combo of the task statuses; the choice is committed as soon as it is picked."""

    def createEditor(self, parent, option, index):
        combo = QComboBox(parent)
        for code in STATUS_CODES:
            combo.addItem(status_label(code), code)
        combo.activated.connect(lambda *_: self._commit(combo))
        return combo

    def _commit(self, combo):
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        pos = editor.findData(edit_value(index))
        editor.setCurrentIndex(max(pos, 0))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
