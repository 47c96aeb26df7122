"""Printing a generated PDF on a QPrinter, page by page, without an external viewer.

Each PDF page is rasterised at the printer's resolution (QPdfDocument.render) and drawn on the
printer's painter. Landscape appendix pages switch the printer page to landscape before
newPage(), so the table is not shrunk onto a portrait sheet.
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ..services.errors import CchcError

# A 1200 dpi printer would need ~550 MB per A4 image; 300 dpi is sharp for 13 pt text.
MAX_DPI = 300


def _orientation(document: QPdfDocument, page: int) -> QPageLayout.Orientation:
    size = document.pagePointSize(page)
    return QPageLayout.Orientation.Landscape if size.width() > size.height() else QPageLayout.Orientation.Portrait


def print_document(document: QPdfDocument, printer: QPrinter, progress=None) -> int:
    """Prints every page (or the printer's from/to range); returns the number of pages sent.

    progress(done, total) may return False to stop (Cancel)."""
    count = document.pageCount()
    if count <= 0:
        raise CchcError("Không có trang nào để in.", exit_code=2)
    first, last = 0, count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first, last = printer.fromPage() - 1, min(printer.toPage() - 1, count - 1)
    printer.setFullPage(True)  # the PDF already carries the decree's margins
    printer.setPageOrientation(_orientation(document, first))
    painter = QPainter()
    if not painter.begin(printer):
        raise CchcError("Không mở được máy in để in tài liệu.", exit_code=2)
    sent = 0
    try:
        for page in range(first, last + 1):
            if page > first:
                printer.setPageOrientation(_orientation(document, page))
                printer.newPage()
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            dpi = min(printer.resolution(), MAX_DPI)
            _draw_page(painter, document, page, QRect(0, 0, target.width(), target.height()), dpi)
            sent += 1
            if progress is not None and progress(sent, last - first + 1) is False:
                break
    finally:
        painter.end()
    return sent


def _draw_page(painter: QPainter, document: QPdfDocument, page: int, area: QRect, dpi: int) -> None:
    """Keeps the page's proportions, centred on the sheet."""
    points = document.pagePointSize(page)
    scale = min(area.width() / points.width(), area.height() / points.height())
    size = QSize(int(points.width() * scale), int(points.height() * scale))
    pixels = QSize(int(points.width() / 72 * dpi), int(points.height() / 72 * dpi))
    image = document.render(page, pixels, QPdfDocumentRenderOptions())
    x = area.x() + (area.width() - size.width()) // 2
    y = area.y() + (area.height() - size.height()) // 2
    painter.drawImage(QRect(x, y, size.width(), size.height()), image)
