"""The province ranking of all units of a year (landscape when field columns are shown)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...domain.numbers import fmt_fixed, fmt_points
from .model import RankingDoc
from .appendix import CELL_PADDING
from .pages import build, text_width
from .styles import LANDSCAPE, PORTRAIT, esc, styles
from .tables import cell, ruled_table


def ranking_story(doc: RankingDoc) -> tuple[list[Flowable], str]:
    st = styles()
    wide = len(doc.field_heads) > 0
    width = text_width(LANDSCAPE if wide else PORTRAIT)
    story: list[Flowable] = [Paragraph(esc(doc.title.upper()), st["title"]),
                             Paragraph(esc(doc.set_name), st["center_italic"]), Spacer(1, 5 * mm)]
    head = ["Xếp hạng", "Đơn vị"] + list(doc.field_heads) + ["Tự đánh giá", "Điểm đạt được", "Chỉ số (%)",
                                                             "Xếp loại"]
    texts = [[str(ln.rank or "—"), ln.name] + [fmt_points(v) for v in ln.fields]
             + [fmt_points(ln.self_total), fmt_points(ln.appraised_total), fmt_fixed(ln.index_pct, 2), ln.band or ""]
             for ln in doc.lines]
    last = len(head) - 1
    aligns = {0: "cell_center", 1: "cell", last: "cell_center"}
    rows = [[cell(t, aligns.get(i, "cell_right")) for i, t in enumerate(line)] for line in texts]
    story.append(ruled_table(head, rows, ranking_fractions(head, texts, width), width))
    return story, "landscape" if wide else "portrait"


def ranking_fractions(head: list[str], texts: list[list[str]], width: float) -> tuple[float, ...]:
    """Column shares of the ranking table (the .docx uses them too). Every column at least as wide as its longest number or header word, so a score such as
    15,75 never breaks across lines; the unit's name as wide as the longest name (wrapping beyond
    a third of the page); room left over is shared by the other columns, for their headers."""
    st = styles()

    def needed(i: int) -> float:
        words = max((stringWidth(w, st["cell_head"].fontName, st["cell_head"].fontSize)
                     for w in head[i].split()), default=0)
        values = max((stringWidth(t[i], st["cell"].fontName, st["cell"].fontSize) for t in texts), default=0)
        return max(words, values) + 2 * CELL_PADDING + 1

    widths = [needed(i) for i in range(len(head))]
    widths[1] = min(widths[1], width / 3)
    spare = width - sum(widths)
    if spare > 0:
        share = spare / (len(widths) - 1)
        widths = [w if i == 1 else w + share for i, w in enumerate(widths)]
    total = sum(widths)
    return tuple(w / total for w in widths)


def render_ranking_pdf(doc: RankingDoc, out: Path, hooks=None) -> int:
    story, first = ranking_story(doc)
    return build(out, story, title=doc.title, footer_hash=doc.data_hash, footer_on_portrait=True,
                 first=first, hooks=hooks)
