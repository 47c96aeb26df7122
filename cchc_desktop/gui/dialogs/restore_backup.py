"""Tệp → Khôi phục từ bản sao lưu…: pick one of the automatic backups (or any backup file) and restore it.

Restoring closes the open database first (Windows cannot replace an open file), replaces it through
services.backup_files.restore_backup (which keeps a safety copy of the current file) and reopens it
in the main window, whatever happened, so the window never stays on a closed database.
"""
from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QLabel, QMessageBox, QPushButton, QTableView,
                               QVBoxLayout)

from ...services import backup_files, backups
from ...services.errors import CchcError


def describe_size(n: int) -> str:
    if n >= 1024 * 1024:
        return f"{n / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, n // 1024)} KB"


class BackupListModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.paths: list[Path] = []

    def set_paths(self, paths) -> None:
        self.beginResetModel()
        self.paths = list(paths)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.paths)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        return (self.tr("Date"), self.tr("Reason"), self.tr("Size"), self.tr("File"))[section]

    def reason(self, path: Path) -> str:
        name = path.name
        if f".{backups.DAILY_TAG}-" in name:
            return self.tr("daily backup")
        m = re.search(r"\.truoc-(.+?)-\d{8}-\d{6}", name)
        if m:
            slug = m.group(1)
            known = {"khoi-phuc": self.tr("before a restore"), "nhap-bang-diem": self.tr("before a score import"),
                     "nhan-goi": self.tr("before receiving a package")}
            return known.get(slug) or self.tr("before: %1").replace("%1", slug.replace("-", " "))
        return ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.paths):
            return None
        path = self.paths[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return str(path)
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        try:
            st = path.stat()
        except OSError:
            return ""
        col = index.column()
        if col == 0:
            return datetime.fromtimestamp(st.st_mtime).strftime("%d/%m/%Y %H:%M")
        if col == 1:
            return self.reason(path)
        if col == 2:
            return describe_size(st.st_size)
        return str(path) if role == Qt.ItemDataRole.ToolTipRole else path.name


def restore_into(window, src) -> dict | None:
    """Closes the window's database, restores `src` over it and reopens it; None (after a message) on failure."""
    target = Path(window.db.path)
    window.undo_stack.clear()  # the commands point at rows of the database being replaced
    window.db.close()
    result, error = None, None
    try:
        result = backup_files.restore_backup(target, src)
    except (CchcError, OSError) as exc:
        error = exc
    window.open_database(target)  # reopened either way: the old file stays when the restore failed
    if error is not None:
        window.show_error(error.located() if isinstance(error, CchcError) else str(error))
        return None
    window.show_message(QCoreApplication.translate("RestoreBackupDialog", "Restored from %1").replace("%1", Path(src).name))
    return result


class RestoreBackupDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.model = BackupListModel(self)
        self.view = QTableView()
        self.view.setObjectName("backupList")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.view.doubleClicked.connect(lambda _i: self.restore_selected())
        note = QLabel(self.tr("The current database is kept as a backup before it is replaced."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore"))
        self.other_button = QPushButton(self.tr("Choose another file…"))
        for b in (self.restore_button, self.other_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        self.other_button.clicked.connect(self.choose_other)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.view, 1)
        box.addWidget(note)
        box.addWidget(buttons)
        self.resize(820, 420)
        self.reload()

    def reload(self) -> None:
        self.model.set_paths(backups.list_backups(self.window.db.path))
        self.view.resizeColumnsToContents()
        if self.model.paths:
            self.view.selectRow(0)
        self.restore_button.setEnabled(bool(self.model.paths))

    def selected(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.paths[rows[0].row()] if rows else None

    def restore_selected(self) -> None:
        src = self.selected()
        if src is not None and self.confirm(src):
            self.restore(src)

    def choose_other(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup file"), str(Path(self.window.db.path).parent),
                                              self.tr("CCHC backups (*.zip *.sqlite3);;All files (*)"))
        if path and self.confirm(Path(path)):
            self.restore(path)

    def confirm(self, src: Path) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Restore from a backup"),
            self.tr("Replace the current database with the backup «%1»? Changes made after this backup will be "
                    "lost (a copy of the current database is kept in the sao-luu folder).").replace("%1", src.name))
        return answer == QMessageBox.StandardButton.Yes

    def restore(self, src) -> dict | None:
        """Restores without asking (the confirmation is in restore_selected/choose_other)."""
        result = restore_into(self.window, src)
        if result is not None:
            self.accept()
        return result
