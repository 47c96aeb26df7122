"""The province ranking of all units of a year (landscape when field columns are shown)."""
from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from ...domain.numbers import fmt_fixed, fmt_points
from .model import RankingDoc
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
    rows = []
    for ln in doc.lines:
        rows.append([cell(ln.rank or "—", "cell_center"), cell(ln.name)]
                    + [cell(fmt_points(v), "cell_right") for v in ln.fields]
                    + [cell(fmt_points(ln.self_total), "cell_right"), cell(fmt_points(ln.appraised_total), "cell_right"),
                       cell(fmt_fixed(ln.index_pct, 2), "cell_right"), cell(ln.band or "", "cell_center")])
    n = len(doc.field_heads)
    fixed = (0.07, 0.25 if wide else 0.37)
    tail = (0.09, 0.09, 0.08, 0.09) if wide else (0.14, 0.14, 0.14, 0.14)
    rest = 1 - sum(fixed) - sum(tail)
    fractions = fixed + tuple(rest / n for _ in range(n)) + tail
    story.append(ruled_table(head, rows, fractions, width))
    return story, "landscape" if wide else "portrait"


def render_ranking_pdf(doc: RankingDoc, out: Path, hooks=None) -> int:
    story, first = ranking_story(doc)
    return build(out, story, title=doc.title, footer_hash=doc.data_hash, footer_on_portrait=True,
                 first=first, hooks=hooks)
