"""A small QR code + short hash in the appendix footer: matches a paper copy to the exact data printed."""
from __future__ import annotations

from functools import lru_cache

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing


@lru_cache(maxsize=16)
def qr_drawing(payload: str, size: float) -> Drawing:
    """Encoded once per payload: the pure-Python encoder tries all eight masks on every draw, and
    widget.getBounds() would draw (encode) it a second time just to learn the box it was given."""
    widget = QrCodeWidget(payload, barLevel="M")
    modules = widget.draw()  # the widget's first shape is its (unfilled) box, so its bounds are the box
    w, h = widget.barWidth, widget.barHeight
    d = Drawing(size, size, transform=[size / w, 0, 0, size / h, 0, 0])
    d.add(modules)
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
