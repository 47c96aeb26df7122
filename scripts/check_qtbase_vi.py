"""Checks that resources/translations/qtbase_vi.qm really translates the Qt widgets
users see (contexts and source texts must match Qt's exactly, or nothing happens).

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/check_qtbase_vi.py
(after `make translations`). Exits 1 and lists what stayed English.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox

QM = Path(__file__).resolve().parents[1] / "resources" / "translations" / "qtbase_vi.qm"


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    translator = QTranslator()
    if not translator.load(str(QM)):
        print(f"cannot load {QM} (run make translations)")
        return 1
    app.installTranslator(translator)

    buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel | QDialogButtonBox.Save)
    line_edit = QLineEdit()
    menu_texts = [a.text() for a in line_edit.createStandardContextMenu().actions() if a.text()]
    stack = QUndoStack()
    box = QMessageBox(QMessageBox.Question, "", "", QMessageBox.Yes | QMessageBox.No)
    checks = {
        "QCoreApplication.translate('QPlatformTheme', 'Cancel')":
            (QCoreApplication.translate("QPlatformTheme", "Cancel"), "Hủy"),
        "Cancel button": (buttons.button(QDialogButtonBox.Cancel).text(), "Hủy"),
        "OK button": (buttons.button(QDialogButtonBox.Ok).text(), "Đồng ý"),
        "Save button": (buttons.button(QDialogButtonBox.Save).text(), "Lưu"),
        "message box Yes": (box.button(QMessageBox.Yes).text(), "&Có"),
        "line edit menu starts with": (menu_texts[0].split("\t")[0] if menu_texts else "", "&Hoàn tác"),
        "undo action": (stack.createUndoAction(stack).text(), "Hoàn tác"),
        "QFileDialog 'Look in:'": (QCoreApplication.translate("QFileDialog", "Look in:"), "Tìm trong:"),
        "print preview": (QCoreApplication.translate("QPrintPreviewDialog", "Print Preview"), "Xem trước khi in"),
    }
    failed = [f"{name}: got {got!r}, want {want!r}" for name, (got, want) in checks.items() if got != want]
    for line in failed:
        print("NOT TRANSLATED", line)
    print(f"qtbase_vi: {len(checks) - len(failed)}/{len(checks)} checks passed; line edit menu: {menu_texts}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
