"""Table cell text that lays out cheaply and prints exactly like a reportlab Paragraph.

A 300-row table is measured several times by reportlab (row heights while filling a page, again when
it is split, again for the part kept and again to draw it); a Paragraph re-breaks its lines each time
and parses its markup once per cell. Cells here remember their last wrap and draw one-line plain text
directly: same position (baseline at height - fontSize, as paraFontSizeHeightOffset prescribes),
same alignment inside the available width, same font. Text that must wrap or carries markup still
goes through a Paragraph, so long cells wrap exactly as before.
"""
from __future__ import annotations

from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph
from reportlab.platypus.paragraph import _FUZZ

from .styles import esc

# Paragraph collapses and strips these; text containing them (or a soft hyphen) takes the Paragraph path
_SPECIAL = frozenset("\t\n\r\x0b\x0c\xa0\xad\u200b")
# A line this close to the available width may be broken differently by Paragraph's word-by-word sum
_MARGIN = 0.01


def _simple(text: str) -> bool:
    return (bool(text) and text[0] != " " and text[-1] != " " and "  " not in text
            and _SPECIAL.isdisjoint(text))


class CachedParagraph(Paragraph):
    """A Paragraph that re-breaks its lines only when asked for a different width."""

    _wrapped = None

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        size = super().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, size)
        return size


class TextCell(Flowable):
    """Plain text in a table cell: drawn as one line when it fits, else a (cached) Paragraph."""

    def __init__(self, text: str, style):
        super().__init__()
        self.text, self.style = text, style
        self._para: CachedParagraph | None = None
        self._width_of_text: float | None = None
        self._wrapped = None

    def _paragraph(self) -> CachedParagraph:
        if self._para is None:
            self._para = CachedParagraph(esc(self.text), self.style)
        return self._para

    def _fits(self, avail: float) -> bool:
        st = self.style
        if self._width_of_text is None:
            self._width_of_text = stringWidth(self.text, st.fontName, st.fontSize)
        return self._width_of_text <= avail - st.leftIndent - st.rightIndent - st.firstLineIndent - _MARGIN

    def wrap(self, availWidth, availHeight):
        if self._wrapped is not None and self._wrapped[0] == availWidth:
            return self._wrapped[1]
        if availWidth >= _FUZZ and self._fits(availWidth):
            self._para_mode = False
            self.width, self.height = availWidth, self.style.leading
        else:
            self._para_mode = True
            self.width, self.height = self._paragraph().wrap(availWidth, availHeight)
        self._wrapped = (availWidth, (self.width, self.height))
        return self.width, self.height

    def split(self, availWidth, availHeight):
        return self._paragraph().split(availWidth, availHeight) if self._para_mode else []

    def getSpaceBefore(self):
        return self.style.spaceBefore

    def getSpaceAfter(self):
        return self.style.spaceAfter

    def draw(self):
        if self._para_mode:
            self._para.drawOn(self.canv, 0, 0)
            return
        st, canv = self.style, self.canv
        y = self.height - st.fontSize
        canv.setFillColor(st.textColor)
        canv.setFont(st.fontName, st.fontSize, st.leading)
        if st.alignment == TA_CENTER:
            x = st.leftIndent + st.firstLineIndent + 0.5 * (self.width - st.leftIndent - st.rightIndent
                                                            - st.firstLineIndent - self._width_of_text)
            canv.drawString(x, y, self.text)
        elif st.alignment == TA_RIGHT:
            canv.drawRightString(self.width - st.rightIndent, y, self.text)
        else:
            canv.drawString(st.leftIndent + st.firstLineIndent, y, self.text)


def text_cell(text, style) -> Flowable:
    """The cheapest flowable that prints `text` as Paragraph(esc(text), style) would in a table cell."""
    text = "" if text is None else str(text)
    if _simple(text) and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT):
        return TextCell(text, style)
    return CachedParagraph(esc(text), style)
