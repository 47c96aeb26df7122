"""Paragraph styles of an administrative document (13 pt body, justified, 1,27 cm first-line indent)."""
from __future__ import annotations

from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm, mm

from . import fonts

PORTRAIT = A4
LANDSCAPE = landscape(A4)
# Nghị định 30/2020: top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 20 * mm
MARGIN_LEFT = 30 * mm
MARGIN_RIGHT = 15 * mm
BODY_SIZE = 13
INDENT = 1.27 * cm


@lru_cache(maxsize=None)
def styles() -> dict[str, ParagraphStyle]:
    fonts.register()
    R, B, I, BI = fonts.REGULAR, fonts.BOLD, fonts.ITALIC, fonts.BOLD_ITALIC
    base = ParagraphStyle("base", fontName=R, fontSize=BODY_SIZE, leading=BODY_SIZE * 1.25)
    s = {
        "body": ParagraphStyle("body", base, alignment=TA_JUSTIFY, firstLineIndent=INDENT, spaceBefore=3,
                               spaceAfter=3),
        "heading": ParagraphStyle("heading", base, fontName=B, alignment=TA_JUSTIFY, firstLineIndent=INDENT,
                                  spaceBefore=6, spaceAfter=3),
        "subheading": ParagraphStyle("subheading", base, fontName=B, alignment=TA_JUSTIFY,
                                     firstLineIndent=INDENT, spaceBefore=3, spaceAfter=3),
        "head_left": ParagraphStyle("head_left", base, fontSize=13, leading=15, alignment=TA_CENTER),
        "head_left_bold": ParagraphStyle("head_left_bold", base, fontName=B, fontSize=13, leading=15,
                                         alignment=TA_CENTER),
        "head_right_bold": ParagraphStyle("head_right_bold", base, fontName=B, fontSize=12, leading=15,
                                          alignment=TA_CENTER),
        "motto": ParagraphStyle("motto", base, fontName=B, fontSize=13, leading=15, alignment=TA_CENTER),
        "number": ParagraphStyle("number", base, alignment=TA_CENTER, leading=16),
        "place_date": ParagraphStyle("place_date", base, fontName=I, alignment=TA_CENTER, leading=16),
        "title": ParagraphStyle("title", base, fontName=B, fontSize=14, leading=17, alignment=TA_CENTER,
                                spaceBefore=14),
        "subject": ParagraphStyle("subject", base, fontName=B, fontSize=14, leading=17, alignment=TA_CENTER),
        "center": ParagraphStyle("center", base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", base, fontName=B, alignment=TA_CENTER),
        "center_italic": ParagraphStyle("center_italic", base, fontName=I, alignment=TA_CENTER),
        "sign": ParagraphStyle("sign", base, fontName=B, fontSize=13, leading=16, alignment=TA_CENTER),
        "recipients_head": ParagraphStyle("recipients_head", base, fontName=BI, fontSize=12, leading=14,
                                          alignment=TA_LEFT),
        "recipient": ParagraphStyle("recipient", base, fontSize=11, leading=13, alignment=TA_LEFT),
        "addressee": ParagraphStyle("addressee", base, alignment=TA_LEFT, leading=17),
        "cell": ParagraphStyle("cell", base, fontSize=12, leading=14.5, alignment=TA_LEFT),
        "cell_center": ParagraphStyle("cell_center", base, fontSize=12, leading=14.5, alignment=TA_CENTER),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=12, leading=14.5, alignment=TA_RIGHT),
        "cell_head": ParagraphStyle("cell_head", base, fontName=B, fontSize=12, leading=14.5, alignment=TA_CENTER),
        "cell_bold_center": ParagraphStyle("cell_bold_center", base, fontName=B, fontSize=12, leading=14.5,
                                           alignment=TA_CENTER),
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=B, fontSize=12, leading=14.5, alignment=TA_LEFT),
        "cell_s": ParagraphStyle("cell_s", base, fontSize=11, leading=13, alignment=TA_LEFT),
        "cell_s_center": ParagraphStyle("cell_s_center", base, fontSize=11, leading=13, alignment=TA_CENTER),
        "cell_s_head": ParagraphStyle("cell_s_head", base, fontName=B, fontSize=11, leading=13, alignment=TA_CENTER),
        "small": ParagraphStyle("small", base, fontSize=9, leading=11, alignment=TA_LEFT),
        "page_no": ParagraphStyle("page_no", base, fontSize=13, alignment=TA_CENTER),
    }
    return s


def esc(text: str | None) -> str:
    """Paragraph markup is XML: user text must not be read as tags."""
    return escape(text or "")


def paras(text) -> tuple[str, ...]:
    """Stored free text (str with line breaks, or a list) as one entry per paragraph."""
    if not text:
        return ()
    if isinstance(text, (list, tuple)):
        out = []
        for t in text:
            out.extend(paras(t))
        return tuple(out)
    return tuple(line.strip() for line in str(text).splitlines() if line.strip())
