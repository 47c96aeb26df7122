"""«Sửa…» for one conflict: the differing fields, each with both values shown and an editable
box starting from this computer's value. Values are validated by the service (points ≤ maximum,
Vietnamese decimal comma) when the officer presses OK."""
from __future__ import annotations

from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit,
                               QVBoxLayout, QWidget)

from ...services.conflict_view import EMPTY

_LONG = ("reason", "explanation", "content", "guidance", "text", "expected_output", "status_reason", "note")


class ConflictEditDialog(QDialog):
    def __init__(self, conflict: dict, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit conflict"))
        self.editors: dict[str, QWidget] = {}
        head = QLabel(conflict["label"])
        head.setWordWrap(True)
        form = QFormLayout()
        for f in conflict["fields"]:
            if not f["editable"]:
                continue
            start = "" if f["mine_text"] == EMPTY else f["mine_text"]
            editor = QPlainTextEdit(start) if f["field"] in _LONG else QLineEdit(start)
            if isinstance(editor, QPlainTextEdit):
                editor.setMaximumHeight(80)
            editor.setObjectName(f"edit_{f['field']}")
            hint = QLabel(self.tr("Mine: %1 — theirs: %2").replace("%1", f["mine_text"])
                          .replace("%2", f["theirs_text"]))
            hint.setWordWrap(True)
            hint.setEnabled(False)
            box = QWidget()
            col = QVBoxLayout(box)
            col.setContentsMargins(0, 0, 0, 0)
            col.addWidget(editor)
            col.addWidget(hint)
            form.addRow(f["label"], box)
            self.editors[f["field"]] = editor
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    def set_value(self, field: str, text: str) -> None:
        editor = self.editors[field]
        editor.setPlainText(text) if isinstance(editor, QPlainTextEdit) else editor.setText(text)

    def values(self) -> dict[str, str]:
        return {k: (e.toPlainText() if isinstance(e, QPlainTextEdit) else e.text()) for k, e in self.editors.items()}
