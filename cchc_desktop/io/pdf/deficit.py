"""The deficit table of seed 000: what was lost last year, why, and the remedy this year, with a Tổng row."""
from __future__ import annotations

from decimal import Decimal

from reportlab.platypus import LongTable, TableStyle

from ...domain.numbers import fmt_points
from .appendix import GRID
from .cells import text_cell
from .model import Appendix
from .styles import styles


def achieved(max_points: Decimal | None, lost: Decimal | None) -> Decimal | None:
    if max_points is None:
        return None
    return max_points - (lost or Decimal(0))


def deficit_table(ap: Appendix, width: float) -> LongTable:
    """STT | Tên tiêu chí | (Năm N: Điểm chuẩn | Điểm đạt được | Lý do) | Giải pháp khắc phục trong năm N+1."""
    st = styles()
    c, cc, cr, h = st["cell"], st["cell_center"], st["cell_center"], st["cell_head"]
    year = f"NĂM {ap.result_year}" if ap.result_year else "KẾT QUẢ"
    remedy = f"GIẢI PHÁP KHẮC PHỤC TRONG NĂM {ap.plan_year}" if ap.plan_year else "GIẢI PHÁP KHẮC PHỤC"
    rows = [[text_cell("STT", h), text_cell("TÊN TIÊU CHÍ", h), text_cell(year, h), "", "", text_cell(remedy, h)],
            ["", "", text_cell("Điểm chuẩn", h), text_cell("Điểm đạt được", h), text_cell("Lý do", h), ""]]
    total_max, total_got = Decimal(0), Decimal(0)
    for t in ap.tasks:
        got = achieved(t.max_points, t.points_lost)
        total_max += t.max_points or 0
        total_got += got or 0
        rows.append([text_cell(t.stt, cc), text_cell(t.criterion_name or t.criterion_code or "", c),
                     text_cell(fmt_points(t.max_points), cr), text_cell(fmt_points(got), cr),
                     text_cell(t.reason, c), text_cell(t.content, c)])
    bc = st["cell_bold_center"]
    rows.append([text_cell("Tổng", bc), "", text_cell(fmt_points(total_max), bc), text_cell(fmt_points(total_got), bc),
                 "", ""])
    fractions = (0.05, 0.22, 0.08, 0.08, 0.24, 0.33)
    table = LongTable(rows, colWidths=[width * f for f in fractions], repeatRows=2, splitByRow=1)
    table.setStyle(TableStyle(GRID + [
        ("SPAN", (0, 0), (0, 1)), ("SPAN", (1, 0), (1, 1)), ("SPAN", (2, 0), (4, 0)), ("SPAN", (5, 0), (5, 1)),
        ("VALIGN", (0, 0), (-1, 1), "MIDDLE"), ("SPAN", (0, -1), (1, -1))]))
    return table


def render_deficit_pdf(doc, out, hooks=None) -> int:
    """Only the deficit appendix of a plan (landscape), as seed 000 prints it."""
    from .appendix import appendix_flowables
    from .pages import build, text_width
    from .styles import LANDSCAPE
    from reportlab.platypus import NextPageTemplate
    from .pages import SectionStart
    story = [NextPageTemplate("landscape"), SectionStart()]
    story += appendix_flowables(doc.appendices[0], 0, 1, text_width(LANDSCAPE))
    return build(out, story, title=f"Phụ lục {doc.letterhead.number}", footer_hash=doc.data_hash,
                 qr_payload=doc.qr_payload, first="landscape", hooks=hooks)
