"""A small QR code + short hash in the appendix footer: matches a paper copy to the exact data printed."""
from __future__ import annotations

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing


def qr_drawing(payload: str, size: float) -> Drawing:
    widget = QrCodeWidget(payload, barLevel="M")
    x0, y0, x1, y1 = widget.getBounds()
    w, h = x1 - x0, y1 - y0
    d = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    d.add(widget)
    return d


def draw_qr(canvas, payload: str, x: float, y: float, size: float) -> None:
    renderPDF.draw(qr_drawing(payload, size), canvas, x, y)
