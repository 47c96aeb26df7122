"""Lịch sử nhập: every kept import (file, SHA-256, who, when, counts) and undo of the last one."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox, QPushButton, QTableView, QVBoxLayout

from ..models.rows import PlainRowsModel
from ...services import import_log
from ...services.errors import CchcError
from .exchange_models import local_time
from ..i18n import error_text


class ImportHistoryModel(PlainRowsModel):
    COLUMNS = ("at", "kind", "file_name", "who", "year", "counts", "state", "sha256")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("When"), self.tr("Kind"), self.tr("File"), self.tr("Who"), self.tr("Year"),
                self.tr("Created / updated / unchanged"), self.tr("State"), self.tr("SHA-256"))

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        if key == "at":
            return local_time(row["at"])
        if key == "kind":
            return {"scores": self.tr("scores"), "package": self.tr("package"),
                    "criteria": self.tr("criteria")}.get(row["kind"], row["kind"])
        if key == "counts":
            c = row["counts"]
            return f"{c.get('created', 0)} / {c.get('updated', 0)} / {c.get('unchanged', 0)}"
        if key == "state":
            return self.tr("undone") if row["undone"] else (self.tr("can be undone") if row["can_undo"] else "")
        if key == "sha256":
            return row["sha256"] if role == Qt.ItemDataRole.ToolTipRole else (row["sha256"] or "")[:12]
        v = row.get(key)
        return "" if v is None else str(v)


class ImportHistoryDialog(QDialog):
    def __init__(self, db, parent=None, on_undone=None):
        super().__init__(parent)
        self.db, self.on_undone = db, on_undone
        self.setWindowTitle(self.tr("Import history"))
        self.model = ImportHistoryModel(self)
        self.view = QTableView()
        self.view.setObjectName("importHistory")
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.undo_button = QPushButton(self.tr("Undo last score import"))
        buttons.addButton(self.undo_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.undo_button.clicked.connect(self.undo_last)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.view)
        box.addWidget(buttons)
        self.resize(900, 400)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(import_log.list_imports(self.db))
        self.view.resizeColumnsToContents()
        self.undo_button.setEnabled(any(r["kind"] == "scores" and r["can_undo"] for r in self.model.rows))

    def undo_last(self) -> None:
        undo_last_import(self, self.db, self.on_undone)
        self.reload()


def undo_last_import(parent, db, on_undone=None, confirm: bool = True) -> dict | None:
    """Ask, then take back the newest score import; None when nothing was undone."""
    from ...services.score_import import undo_last_import as undo
    title = QCoreApplication.translate("ImportHistoryDialog", "Undo last import")
    if confirm and QMessageBox.question(parent, title, QCoreApplication.translate(
            "ImportHistoryDialog", "Take back the last score import as a whole?")) != QMessageBox.StandardButton.Yes:
        return None
    try:
        doc = undo(db)
    except CchcError as exc:
        QMessageBox.information(parent, title, error_text(exc))
        return None
    if on_undone:
        on_undone(doc)
    return doc
