"""The user guide (Hướng dẫn sử dụng), offline: resources/help/huong-dan.html in a QTextBrowser
(F1), and exported to PDF for printing. Screenshots in it are made by the app itself
(scripts/make_guide_screenshots.py), so they never show an old version of a tab."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QAction, QKeySequence, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QMessageBox, QTextBrowser, QVBoxLayout,
                               QWidget)

from ..paths import resources_dir


def guide_path() -> Path:
    return resources_dir() / "help" / "huong-dan.html"


def load_guide(document: QTextDocument | None = None) -> QTextDocument:
    """The guide as a QTextDocument with its images resolved from resources/help/."""
    doc = document or QTextDocument()
    path = guide_path()
    doc.setBaseUrl(QUrl.fromLocalFile(str(path)))
    doc.setHtml(path.read_text(encoding="utf-8"))
    return doc


def export_guide_pdf(target: str | Path) -> Path:
    """A4 PDF of the guide, for officers who prefer it printed."""
    target = Path(target)
    writer = QPdfWriter(str(target))
    writer.setTitle("CCHC Desktop — Hướng dẫn sử dụng")
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(20, 20, 15, 20), QPageLayout.Unit.Millimeter))
    writer.setResolution(300)
    doc = load_guide()
    doc.print_(writer)
    return target


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.resize(900, 700)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)  # offline: nothing leaves the computer
        self.browser.setSearchPaths([str(guide_path().parent)])
        self.browser.setSource(QUrl.fromLocalFile(str(guide_path())))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.pdf_button = buttons.addButton(self.tr("Save as PDF for printing…"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.pdf_button.clicked.connect(self._save_pdf)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)

    def _save_pdf(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the user guide"), "Huong-dan-CCHC-Desktop.pdf",
                                              self.tr("PDF files (*.pdf)"))
        if name:
            export_guide_pdf(name)
            QMessageBox.information(self, self.tr("User guide"), self.tr("Saved: %1").replace("%1", name))


def install_help(window: QWidget) -> QAction:
    """F1 opens the guide from anywhere in the window; add the returned action to a Help menu too."""
    action = QAction(window.tr("User &guide"), window)
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
    dialogs: list[HelpDialog] = []

    def show():
        if not dialogs:
            dialogs.append(HelpDialog(window))
        dialogs[0].show()
        dialogs[0].raise_()
        dialogs[0].activateWindow()
    action.triggered.connect(show)
    window.addAction(action)
    return action
