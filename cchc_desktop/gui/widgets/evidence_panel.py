"""Minh chứng of the selected score row: the linked files with their page/section note,
attach (file dialog), open (the system's viewer), remove — every change undoable."""
from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QPushButton, QVBoxLayout, QWidget)

from ...services import evidence
from ...services.errors import CchcError
from ..i18n import error_text


def _size_text(size: int) -> str:
    return f"{size / 1024:.0f} KB".replace(".", ",") if size >= 1024 else f"{size} B"


class EvidencePanel(QWidget):
    """The tab gives it the row and a way to run commands; it never writes by itself."""
    message = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.db = None
        self.unit_code, self.year, self.row = None, None, None
        self.run_attach = None   # callable(row, path, note) -> bool
        self.run_detach = None   # callable(row, EvidenceRow) -> bool
        self.locked = False      # a published assessment: evidence is shown, not changed
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("evidenceList")
        self.list.setMinimumHeight(48)
        self.list.itemDoubleClicked.connect(lambda *_: self.open_selected())
        self.note = QLineEdit()
        self.note.setObjectName("evidenceNote")
        self.attach_button = QPushButton()
        self.open_button = QPushButton()
        self.remove_button = QPushButton()
        self.attach_button.clicked.connect(self.choose_files)
        self.open_button.clicked.connect(self.open_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.note_label = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.note_label)
        buttons.addWidget(self.note, 1)
        for b in (self.attach_button, self.open_button, self.remove_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        self.list.currentRowChanged.connect(lambda *_: self._enable())
        self.retranslate()
        self.show_row(None, None, None, None)

    def retranslate(self) -> None:
        self.attach_button.setText(self.tr("Attach files…"))
        self.open_button.setText(self.tr("Open"))
        self.remove_button.setText(self.tr("Remove"))
        self.note_label.setText(self.tr("Page / section:"))
        self.note.setPlaceholderText(self.tr("e.g. page 3, section II"))
        self._show_title()

    def show_row(self, db, unit_code, year, row) -> None:
        self.db, self.unit_code, self.year, self.row = db, unit_code, year, row
        if self.list.count():
            # clearing an empty list still resets its view, which relaid and repainted the
            # whole Chấm điểm tab on every unit switch (no row is chosen after a switch)
            self.list.clear()
        if db is not None and row is not None and row.is_leaf:
            try:
                for e in evidence.list_for(db, unit_code, year, row.criterion_id):
                    text = e.file_name + (f" — {e.note}" if e.note else "") + f"  ({_size_text(e.size)})"
                    item = QListWidgetItem(text)
                    item.setData(256, e)
                    item.setToolTip(text)
                    self.list.addItem(item)
            except CchcError as exc:
                self.message.emit(error_text(exc))
        self._show_title()
        self._enable()

    def _show_title(self) -> None:
        if self.row is None or not self.row.is_leaf:
            self.title.setText(self.tr("Select a criterion to see its evidence."))
        else:
            self.title.setText(f"<b>{self.row.code}</b> {self.row.name}")

    def _enable(self) -> None:
        leaf = self.row is not None and self.row.is_leaf and self.db is not None
        self.attach_button.setEnabled(leaf and not self.locked)
        self.note.setEnabled(leaf and not self.locked)
        chosen = self.list.currentItem() is not None
        self.open_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen and not self.locked)

    def selected(self):
        item = self.list.currentItem()
        return item.data(256) if item else None

    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach evidence files"))
        self.attach_files(paths, self.note.text())

    def attach_files(self, paths, note: str = "") -> int:
        done = 0
        for path in paths:
            if self.run_attach and self.run_attach(self.row, str(path), note.strip()):
                done += 1
        if done:
            self.note.clear()
        return done

    def open_selected(self) -> None:
        e = self.selected()
        if e is None:
            return
        try:
            path = evidence.file_path(self.db, e.sha256)
        except CchcError as exc:
            self.message.emit(error_text(exc))
            return
        # stored under its hash: a copy with its real name lets the viewer pick the right program
        named = Path(tempfile.gettempdir()) / "cchc-minh-chung" / e.sha256[:12] / e.file_name
        try:
            if not named.exists():
                named.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, named)
        except OSError:
            named = path
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(named)))

    def remove_selected(self) -> None:
        e = self.selected()
        if e is not None and self.run_detach:
            self.run_detach(self.row, e)
