"""A print preview of a generated PDF inside the app (QtPdf: no external viewer needed)."""
from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QVBoxLayout


class PdfPreview(QDialog):
    def __init__(self, path: Path, title: str, parent=None):
        super().__init__(parent)
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.path = Path(path)
        self.setWindowTitle(title)
        self.resize(900, 760)
        self.document = QPdfDocument(self)
        self.document.load(str(self.path))
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close)
        open_button = buttons.addButton(self.tr("Open in PDF viewer"), QDialogButtonBox.ButtonRole.ActionRole)
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path))))
        buttons.accepted.connect(self.save_as)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view)
        layout.addWidget(buttons)

    def save_as(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self.path.name, "PDF (*.pdf)")
        if not target:
            return
        try:
            shutil.copyfile(self.path, target)
        except OSError as exc:
            QMessageBox.warning(self, self.windowTitle(), self.tr("Could not save: %1").replace("%1", str(exc)))
