"""Page templates: portrait body, landscape appendix; page numbers centred in the top margin,
never on the first page of a section; every appendix restarts at 1 (NĐ 30/2020)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageBreak, PageTemplate

from . import fonts
from .styles import LANDSCAPE, MARGIN_BOTTOM, MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, PORTRAIT


class RenderCancelled(Exception):
    """The user pressed Cancel while a long document was being drawn."""


class SectionStart(Flowable):
    """Zero-size marker: page numbering restarts at the page it lands on."""

    def wrap(self, w, h):
        return 0, 0

    def draw(self):
        self.canv._doctemplate.section_start = self.canv.getPageNumber()


def text_width(pagesize) -> float:
    return pagesize[0] - MARGIN_LEFT - MARGIN_RIGHT


def text_height(pagesize) -> float:
    return pagesize[1] - MARGIN_TOP - MARGIN_BOTTOM


class DocumentTemplate(BaseDocTemplate):
    def __init__(self, filename, *, title: str, footer_hash: str = "", qr_payload: str = "",
                 footer_on_portrait: bool = False, hooks=None, total: int = 0, **kw):
        super().__init__(filename, pagesize=PORTRAIT, leftMargin=MARGIN_LEFT, rightMargin=MARGIN_RIGHT,
                         topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=title, initialFontName=fonts.REGULAR,
                         author="CCHC Desktop", creator="CCHC Desktop", **kw)
        self.section_start = 1
        self.pages = 0
        self.footer_hash, self.qr_payload = footer_hash, qr_payload
        self.footer_on_portrait = footer_on_portrait
        self.hooks, self.total, self.done = hooks, total, 0
        templates = []
        for name, size in (("portrait", PORTRAIT), ("landscape", LANDSCAPE)):
            frame = Frame(MARGIN_LEFT, MARGIN_BOTTOM, text_width(size), text_height(size), id=name,
                          leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
            templates.append(PageTemplate(id=name, frames=[frame], pagesize=size, onPageEnd=self._page_end))
        self.addPageTemplates(templates)

    def handle_pageBegin(self):
        super().handle_pageBegin()
        self.canv._doctemplate = self

    def _page_end(self, canvas, doc):
        self.pages += 1
        w, h = canvas._pagesize
        n = canvas.getPageNumber() - self.section_start + 1
        if n > 1:
            canvas.setFont(fonts.REGULAR, 13)
            canvas.drawCentredString(w / 2, h - MARGIN_TOP / 2 - 4, str(n))
        landscape = w > h
        if self.footer_hash and (landscape or self.footer_on_portrait):
            size = 14 * mm
            x = w - MARGIN_RIGHT - size
            y = (MARGIN_BOTTOM - size) / 2
            if self.qr_payload and landscape:
                from .qr import draw_qr  # reportlab.graphics only for documents that carry a QR code
                draw_qr(canvas, self.qr_payload, x, y, size)
            canvas.setFont(fonts.REGULAR, 8)
            label = f"Mã dữ liệu: {self.footer_hash}"
            canvas.drawRightString(x - 2 * mm if landscape and self.qr_payload else w - MARGIN_RIGHT,
                                   y + 2, label)

    def afterFlowable(self, flowable):
        if self.hooks is None:
            return
        self.done += 1
        cancelled = getattr(self.hooks, "cancelled", None)
        if cancelled and cancelled():
            raise RenderCancelled()
        progress = getattr(self.hooks, "progress", None)
        if progress and self.total:
            progress(min(self.done, self.total), self.total)


def landscape_section() -> list[Flowable]:
    """Switch to landscape pages, numbering from 1 again."""
    return [NextPageTemplate("landscape"), PageBreak(), SectionStart()]


def portrait_section() -> list[Flowable]:
    return [NextPageTemplate("portrait"), PageBreak(), SectionStart()]


def build(out: Path, story: list[Flowable], *, title: str, footer_hash: str = "", qr_payload: str = "",
          first: str = "portrait", footer_on_portrait: bool = False, hooks=None) -> int:
    """Render to a temporary file beside `out`, then move it into place (no half-written PDF)."""
    fonts.register()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".pdf", dir=out.parent)
    os.close(fd)
    try:
        doc = DocumentTemplate(tmp, title=title, footer_hash=footer_hash, qr_payload=qr_payload,
                               footer_on_portrait=footer_on_portrait, hooks=hooks, total=len(story))
        if first != "portrait":
            doc.pageTemplates.sort(key=lambda t: t.id != first)
        # Page streams stay zlib-compressed but are not wrapped in ASCII85 (reportlab's default), whose
        # pure-Python encoder took a tenth of a long plan's time and made the file a quarter larger.
        saved_a85, rl_config.useA85 = rl_config.useA85, 0
        try:
            doc.build(list(story))
        finally:
            rl_config.useA85 = saved_a85
        os.replace(tmp, out)
        return doc.pages
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
