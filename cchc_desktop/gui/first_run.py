"""First start: name this installation's unit (and create its signing key), or use the demo data.

Shown by app.main while the database has no unit of its own; everything it asks can be
changed later in the settings dialog. Errors appear inside the dialog, never as a traceback.
"""
from __future__ import annotations

import re

from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..domain.text import fold
from ..services import installation, preferences, units
from ..services.errors import CchcError
from . import i18n
from .i18n import error_text

LANGUAGE_LABELS = {"vi": "Tiếng Việt", "en": "English"}  # each in its own language, on purpose

DEFAULT_LEVEL = "xa"  # most installations are communes since the 2025 mergers


def suggest_code(name: str) -> str:
    """"UBND xã Đắk Búk So" -> "DAK-BUK-SO": a readable code the officer may still change."""
    words = [w for w in re.split(r"[^a-z0-9]+", fold(name)) if w]
    drop = {"ubnd", "uy", "ban", "nhan", "dan", "xa", "phuong", "thi", "tran", "huyen", "so", "tinh"}
    start = 0
    while start < len(words) - 1 and words[start] in drop:  # titles lead the name: "UBND xã ..."
        start += 1
    kept = words[start:]
    return "-".join(kept).upper()[:40]


class FirstRunDialog(QDialog):
    """`choice` is "created" or "demo" after the dialog was accepted."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.choice: str | None = None
        self.setWindowTitle(self.tr("Welcome to CCHC Desktop"))
        self.setMinimumWidth(520)

        intro = QLabel(self.tr("Before you start, tell the program which unit this computer works for. "
                               "A signing key for exchanging files with the province is created at the "
                               "same time. You can change these details later in Settings."))
        intro.setWordWrap(True)

        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. People's Committee of Dak Buk So commune"))
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("short code, e.g. DAK-BUK-SO"))
        self._code_touched = False
        self.code_edit.textEdited.connect(lambda _t: setattr(self, "_code_touched", True))
        self.name_edit.textChanged.connect(self._suggest_code)

        self.level_combo = QComboBox()
        for lv in units.levels(db):
            self.level_combo.addItem(lv["name_vi"], lv["code"])
        index = self.level_combo.findData(DEFAULT_LEVEL)
        self.level_combo.setCurrentIndex(max(index, 0))

        self.province_edit = QLineEdit()
        self.province_edit.setPlaceholderText(self.tr("e.g. Lam Dong"))
        self.language_combo = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, code)

        form = QFormLayout()
        form.addRow(self.tr("Unit &name:"), self.name_edit)
        form.addRow(self.tr("Unit &code:"), self.code_edit)
        form.addRow(self.tr("&Level:"), self.level_combo)
        form.addRow(self.tr("&Province:"), self.province_edit)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        buttons = QDialogButtonBox()
        self.create_button = buttons.addButton(self.tr("Create my unit"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.demo_button: QPushButton = buttons.addButton(self.tr("Use sample data"),
                                                          QDialogButtonBox.ButtonRole.ActionRole)
        self.demo_button.setToolTip(self.tr("Fill the database with the example district from the seed "
                                            "documents, to try the program out"))
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_unit)
        self.demo_button.clicked.connect(self.use_demo)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def _suggest_code(self, name: str) -> None:
        if not self._code_touched:
            self.code_edit.setText(suggest_code(name))

    def _fail(self, message: str) -> None:
        self.error_label.setText(message)
        self.error_label.show()

    def _keep_language(self) -> None:
        language = self.language_combo.currentData()
        i18n.remember_language(language)
        if language != i18n.current_language():
            i18n.apply_language(language)

    def create_unit(self) -> None:
        name, code = self.name_edit.text().strip(), self.code_edit.text().strip()
        if not name:
            self.name_edit.setFocus()
            return self._fail(self.tr("Please enter the unit's name."))
        if not code:
            self.code_edit.setFocus()
            return self._fail(self.tr("Please enter a short code for the unit."))
        try:
            installation.init(self.db, code, name, self.level_combo.currentData())
            preferences.save(self.db, province=self.province_edit.text())
        except CchcError as exc:
            return self._fail(error_text(exc))
        self._keep_language()
        self.choice = "created"
        self.accept()

    def use_demo(self) -> None:
        try:
            from ..services import demo
            demo.load(self.db)
        except CchcError as exc:
            return self._fail(error_text(exc))
        self._keep_language()
        self.choice = "demo"
        self.accept()


def run_first_run_if_needed(db, parent: QWidget | None = None) -> str | None:
    """For app.main, before the main window loads data: "created", "demo", "cancelled" or None
    when the database already has its own unit. A cancelled wizard comes back next start."""
    if not preferences.needs_first_run(db):
        return None
    dialog = FirstRunDialog(db, parent)
    return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else "cancelled"
