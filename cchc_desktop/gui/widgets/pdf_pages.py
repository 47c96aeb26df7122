"""An embedded print preview: QPdfView (all pages, scrolling) with page navigation and zoom.

The tab owns the PDF file; this widget only shows it. Reloading a new file keeps the zoom
and the page the officer was looking at, so changing the signer does not jump back to page 1.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QSpinBox, QStackedWidget, QToolButton,
                               QVBoxLayout, QWidget)

ZOOMS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0)


class PdfPagesView(QWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.path: Path | None = None

        self.prev_button = self._tool("go-previous", self.tr("Previous page"), lambda: self.go_to(self.current_page() - 1))
        self.next_button = self._tool("go-next", self.tr("Next page"), lambda: self.go_to(self.current_page() + 1))
        self.page_spin = QSpinBox(self)
        self.page_spin.setObjectName("pageSpin")
        self.page_spin.setMinimum(1)
        self.page_spin.setKeyboardTracking(False)
        self.page_spin.valueChanged.connect(lambda v: self.go_to(v - 1))
        self.page_total = QLabel(self)
        self.zoom_out = self._tool("zoom-out", self.tr("Zoom out"), lambda: self.step_zoom(-1))
        self.zoom_in = self._tool("zoom-in", self.tr("Zoom in"), lambda: self.step_zoom(+1))
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setObjectName("zoomCombo")
        self.zoom_combo.addItem(self.tr("Fit width"), "width")
        self.zoom_combo.addItem(self.tr("Whole page"), "page")
        for z in ZOOMS:
            self.zoom_combo.addItem(f"{round(z * 100)} %", z)
        self.zoom_combo.activated.connect(self._zoom_chosen)

        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.prev_button)
        bar.addWidget(QLabel(self.tr("Page"), self))
        bar.addWidget(self.page_spin)
        bar.addWidget(self.page_total)
        bar.addWidget(self.next_button)
        bar.addStretch(1)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_combo)
        bar.addWidget(self.zoom_in)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        # Before the first render an empty grey page says nothing: tell the officer what to do.
        self.placeholder = QLabel(self.tr("Choose a document on the left, then press “Preview” to see "
                                          "the pages exactly as they will print."), self)
        self.placeholder.setObjectName("previewPlaceholder")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("QLabel { background: #f4f4f4; border: 1px dashed #b0b0b0; "
                                       "color: #555; font-size: 12pt; padding: 24px; }")
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self.view)
        layout.addWidget(self.stack, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._page_changed)
        self._sync()

    def _tool(self, icon: str, tip: str, slot) -> QToolButton:
        from PySide6.QtGui import QIcon
        b = QToolButton(self)
        b.setIcon(QIcon.fromTheme(icon))
        if b.icon().isNull():  # no icon theme (Windows): arrows and signs as text
            b.setText({"go-previous": "◀", "go-next": "▶", "zoom-out": "−", "zoom-in": "+"}[icon])
        b.setToolTip(tip)
        b.clicked.connect(slot)
        return b

    def load(self, path: Path) -> int:
        keep = self.current_page()
        self.document.close()
        self.path = Path(path)
        self.document.load(str(self.path))
        self.page_spin.setMaximum(max(self.page_count(), 1))
        self.stack.setCurrentWidget(self.view if self.page_count() else self.placeholder)
        self._sync()
        if keep > 0:
            self.go_to(min(keep, self.page_count() - 1))
        return self.page_count()

    def page_count(self) -> int:
        return self.document.pageCount() if self.document.status() == QPdfDocument.Status.Ready else 0

    def current_page(self) -> int:
        return self.view.pageNavigator().currentPage()

    def go_to(self, page: int) -> None:
        if 0 <= page < self.page_count() and page != self.current_page():
            from PySide6.QtCore import QPointF
            self.view.pageNavigator().jump(page, QPointF(), self.view.pageNavigator().currentZoom())

    def step_zoom(self, direction: int) -> None:
        now = self.view.zoomFactor() if self.view.zoomMode() == QPdfView.ZoomMode.Custom else 1.0
        bigger = [z for z in ZOOMS if z > now + 0.01]
        smaller = [z for z in ZOOMS if z < now - 0.01]
        target = (bigger[0] if bigger else ZOOMS[-1]) if direction > 0 else (smaller[-1] if smaller else ZOOMS[0])
        self.set_zoom(target)

    def set_zoom(self, zoom) -> None:
        if zoom == "width":
            self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        elif zoom == "page":
            self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        else:
            self.view.setZoomMode(QPdfView.ZoomMode.Custom)
            self.view.setZoomFactor(float(zoom))
        index = self.zoom_combo.findData(zoom)
        if index >= 0:
            self.zoom_combo.setCurrentIndex(index)

    def _zoom_chosen(self, index: int) -> None:
        self.set_zoom(self.zoom_combo.itemData(index))

    def _page_changed(self, page: int) -> None:
        self._sync()

    def _sync(self) -> None:
        n, page = self.page_count(), self.current_page()
        self.page_spin.blockSignals(True)
        self.page_spin.setValue(page + 1)
        self.page_spin.blockSignals(False)
        self.page_total.setText(self.tr("of %1").replace("%1", str(n)))
        self.prev_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < n - 1)
        for w in (self.page_spin, self.zoom_in, self.zoom_out, self.zoom_combo):
            w.setEnabled(n > 0)
