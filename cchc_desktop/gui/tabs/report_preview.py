"""The Báo cáo tab's print preview: the PDF pages, the signer side form and the output buttons.

The tab says *what* to print through a `make_job(out, fmt, overrides)` factory (a tasks.py job);
this panel renders it in the background, shows it, re-renders after a signer/date/number change,
prints it and saves it as PDF or .docx. The last output folder is remembered (QSettings).
"""
from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSettings, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QSplitter, QVBoxLayout, QWidget

from ...services.errors import CchcError
from ..pdf_printing import print_document
from ..tasks import run_task
from ..widgets.pdf_pages import PdfPagesView
from ..widgets.signer_form import SignerForm

FOLDER_KEY = "reports/last_folder"


class ReportPreview(QWidget):
    status_message = Signal(str)
    failed = Signal(str)
    rendered = Signal(object)   # the service's {"path", "pages", "hash"} after the preview shows it
    saved = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.pages = PdfPagesView(self)
        self.form = SignerForm(self)
        self.form.setObjectName("signerForm")
        self.form.changed.connect(self.refresh)
        self.form.set_plan(None)
        self.print_button = self._button(self.tr("Print…"), self.print_dialog, "printButton")
        self.pdf_button = self._button(self.tr("Save PDF…"), self.save_pdf_dialog, "savePdfButton")
        self.docx_button = self._button(self.tr("Save Word (.docx)…"), self.save_docx_dialog, "saveDocxButton")
        self.folder_button = self._button(self.tr("Open folder"), self.open_folder, "openFolderButton")
        self.folder_button.setToolTip(self.tr("Open the folder where the last document was saved"))
        buttons = QHBoxLayout()
        for b in (self.print_button, self.pdf_button, self.docx_button, self.folder_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(self.pages)
        split.addWidget(self.form)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 0)
        split.setChildrenCollapsible(False)
        split.setSizes([700, 280])
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(split, 1)
        self.title = ""
        self.make_job: Callable | None = None
        self.docx_allowed = False
        self.result: dict | None = None
        self.task = None
        self._pending = False
        self._sync_buttons()

    def move_buttons_to(self, row: QHBoxLayout, at: int) -> None:
        """Puts In… / Lưu… / Mở thư mục into the tab's own button row (one row less of chrome)."""
        for i, b in enumerate((self.print_button, self.pdf_button, self.docx_button, self.folder_button)):
            self.buttons.removeWidget(b)
            row.insertWidget(at + i, b)

    def _button(self, text, slot, name) -> QPushButton:
        b = QPushButton(text, self)
        b.setObjectName(name)
        b.clicked.connect(slot)
        return b

    def _sync_buttons(self) -> None:
        shown = self.pages.page_count() > 0
        self.print_button.setEnabled(shown)
        self.pdf_button.setEnabled(self.make_job is not None)
        self.docx_button.setEnabled(self.make_job is not None and self.docx_allowed)
        self.docx_button.setVisible(self.docx_allowed)

    # --- rendering ------------------------------------------------------------------------------

    def show_document(self, title: str, make_job: Callable, plan: dict | None, docx: bool) -> None:
        """plan: show_plan() of the plan when the signer form applies (plans and progress reports)."""
        self.title, self.make_job, self.docx_allowed = title, make_job, docx
        self.form.set_plan(plan)
        self._sync_buttons()
        self.refresh()

    def refresh(self) -> None:
        if self.make_job is None:
            return
        if self.task is not None and not self.task.done:
            self._pending = True  # one render at a time; the newest values win
            return
        out = Path(tempfile.mkdtemp(prefix="cchc-preview-")) / "preview.pdf"
        job = self.make_job(out, "pdf", self.form.overrides())
        self.task = run_task(self.window(), self.tr("Creating the document…"), job,
                             on_done=self._show, on_error=self._render_failed)

    def _after_task(self) -> bool:
        if self._pending:
            self._pending = False
            self.refresh()
            return True
        return False

    def _show(self, result) -> None:
        if self._after_task():
            return
        self.result = result
        self.pages.load(Path(result["path"]))
        self._sync_buttons()
        self.status_message.emit(self.tr("%1: %2 pages").replace("%1", self.title).replace(
            "%2", str(result.get("pages", self.pages.page_count()))))
        self.rendered.emit(result)

    def _render_failed(self, exc) -> None:
        if self._after_task():
            return
        self._report(exc)

    def _report(self, exc) -> None:
        cancelled = self.task is not None and self.task.worker.cancelled
        message = exc.located() if isinstance(exc, CchcError) else str(exc)
        self.status_message.emit(message)
        if not cancelled:
            self.failed.emit(message)

    # --- output ---------------------------------------------------------------------------------

    @staticmethod
    def last_folder() -> str:
        folder = QSettings().value(FOLDER_KEY, "", str)
        if folder and Path(folder).is_dir():
            return folder
        return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())

    def _suggested(self, suffix: str) -> str:
        name = "".join(c if c.isalnum() or c in " -_" else "_" for c in self.title).strip() or "tai-lieu"
        return str(Path(self.last_folder()) / f"{name}{suffix}")

    def save_pdf_dialog(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save PDF"), self._suggested(".pdf"), "PDF (*.pdf)")
        if target:
            self.save_to(Path(target), "pdf")

    def save_docx_dialog(self) -> None:
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save Word document"), self._suggested(".docx"),
                                                self.tr("Word document (*.docx)"))
        if target:
            self.save_to(Path(target), "docx")

    def save_to(self, target: Path, fmt: str):
        """Renders straight into the chosen file with the form's current values (no stale copy)."""
        if self.make_job is None:
            return None
        if fmt == "docx" and target.suffix.lower() != ".docx":
            target = target.with_suffix(".docx")
        if fmt == "pdf" and target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        job = self.make_job(target, fmt, self.form.overrides())
        self.task = run_task(self.window(), self.tr("Saving the document…"), job,
                             on_done=lambda result: self._saved(target), on_error=self._report)
        return self.task

    def _saved(self, target: Path) -> None:
        QSettings().setValue(FOLDER_KEY, str(target.parent))
        self.status_message.emit(self.tr("Saved: %1").replace("%1", str(target)))
        self.saved.emit(str(target))

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(self.last_folder()))

    def print_dialog(self) -> None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.title)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print"))
        dialog.setMinMax(1, max(self.pages.page_count(), 1))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.print_to(printer)

    def print_to(self, printer: QPrinter) -> int:
        """Prints the previewed pages on `printer` without any dialog (the dialog and tests call this)."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            sent = print_document(self.pages.document, printer)
        except CchcError as exc:
            self._report(exc)
            return 0
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.status_message.emit(self.tr("Sent %1 pages to the printer").replace("%1", str(sent)))
        return sent
