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
    """Encoded and drawn once per document as a form XObject, then reused on every page
    (encoding it per page made a 300-task plan take seconds)."""
    name = "cchcQR" + str(abs(hash((payload, size))))
    forms = canvas.__dict__.setdefault("_cchc_qr_forms", set())
    if name not in forms:
        canvas.beginForm(name, lowerx=0, lowery=0, upperx=size, uppery=size)
        renderPDF.draw(qr_drawing(payload, size), canvas, 0, 0)
        canvas.endForm()
        forms.add(name)
    canvas.saveState()
    canvas.translate(x, y)
    canvas.doForm(name)
    canvas.restoreState()
