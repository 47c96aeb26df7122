"""Settings: what the first-run dialog asked (unit name, province, language), the signing key's
fingerprint (read over the phone to the province) and where the data is kept."""
from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
                               QPushButton, QVBoxLayout, QWidget)

from ..paths import data_dir
from ..portable import is_portable
from ..services import preferences
from ..services.errors import CchcError
from . import i18n
from .first_run import LANGUAGE_LABELS
from .i18n import error_text


class SettingsDialog(QDialog):
    """`language_changed` is True when the officer picked another interface language."""

    def __init__(self, db, parent: QWidget | None = None):
        super().__init__(parent)
        self.db = db
        self.language_changed = False
        prefs = preferences.load(db)
        self._initial_language = i18n.current_language()
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(560)

        self.code_label = QLabel(prefs.unit_code or self.tr("(not set)"))
        self.name_edit = QLineEdit(prefs.unit_name or "")
        self.name_edit.setEnabled(prefs.unit_code is not None)
        self.province_edit = QLineEdit(prefs.province)
        self.language_combo = QComboBox()
        for code, label in LANGUAGE_LABELS.items():
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(self._initial_language), 0))
        self.fingerprint_label = QLabel(prefs.key_fingerprint or self.tr("(no key yet)"))
        self.fingerprint_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        folder = data_dir()
        where = self.tr("%1 (portable: beside the program)").replace("%1", str(folder)) if is_portable() \
            else str(folder)
        self.folder_label = QLabel(where)
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

        form = QFormLayout()
        form.addRow(self.tr("Unit code:"), self.code_label)
        form.addRow(self.tr("Unit &name:"), self.name_edit)
        form.addRow(self.tr("&Province:"), self.province_edit)
        form.addRow(self.tr("Lan&guage:"), self.language_combo)
        form.addRow(self.tr("Signing key fingerprint:"), self.fingerprint_label)
        form.addRow(self.tr("Data folder:"), self.folder_label)
        form.addRow("", open_folder)

        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.hide()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def save(self) -> None:
        language = self.language_combo.currentData()
        try:
            preferences.save(self.db, province=self.province_edit.text(),
                             unit_name=self.name_edit.text() if self.name_edit.isEnabled() else None)
        except CchcError as exc:
            self.error_label.setText(error_text(exc))
            self.error_label.show()
            return
        self.language_changed = language != self._initial_language
        if self.language_changed:
            i18n.remember_language(language)
            i18n.apply_language(language)  # the GUI switches live (widgets get LanguageChange)
        self.accept()
