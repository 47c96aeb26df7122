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


_MARKUP = frozenset("&<>")
_templates: dict[int, tuple] = {}


def _plain_paragraph(text: str, style) -> CachedParagraph:
    """A Paragraph of simple text without running the markup parser (an HTML parser per cell): its one
    fragment is the parser's own fragment for this style with the text swapped in."""
    if not _MARKUP.isdisjoint(text):
        return CachedParagraph(esc(text), style)
    held = _templates.get(id(style))
    if held is None or held[0] is not style:
        held = _templates[id(style)] = (style, Paragraph("x", style).frags[0])
    return CachedParagraph(text, style, frags=[held[1].clone(text=text)])


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
            self._para = _plain_paragraph(self.text, self.style)
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

    def drawOn(self, canvas, x, y, _sW=0):
        """Drawn in place: a Flowable would save the state and translate for every cell, and each of
        those PDF operators is formatted by reportlab's pure-Python number formatter."""
        if self._para_mode:
            self._para.drawOn(canvas, x, y, _sW)
            return
        st = self.style
        x = self._hAlignAdjust(x, _sW)
        changes = (canvas._fillColorObj != st.textColor or canvas._fontname != st.fontName
                   or canvas._fontsize != st.fontSize or canvas._leading != st.leading)
        if changes:
            canvas.saveState()
            canvas.setFillColor(st.textColor)
            canvas.setFont(st.fontName, st.fontSize, st.leading)
        y += self.height - st.fontSize
        if st.alignment == TA_CENTER:
            inner = self.width - st.leftIndent - st.rightIndent - st.firstLineIndent
            canvas.drawString(x + st.leftIndent + st.firstLineIndent + 0.5 * (inner - self._width_of_text), y,
                              self.text)
        elif st.alignment == TA_RIGHT:
            canvas.drawRightString(x + self.width - st.rightIndent, y, self.text)
        else:
            canvas.drawString(x + st.leftIndent + st.firstLineIndent, y, self.text)
        if changes:
            canvas.restoreState()

    def draw(self):
        self.drawOn(self.canv, 0, 0)

def text_cell(text, style) -> Flowable:
    """The cheapest flowable that prints `text` as Paragraph(esc(text), style) would in a table cell."""
    text = "" if text is None else str(text)
    if _simple(text) and style.alignment in (TA_LEFT, TA_CENTER, TA_RIGHT):
        return TextCell(text, style)
    return CachedParagraph(esc(text), style)
