"""One unit's year on paper: totals, rank, year-over-year change, fields (with a bar chart), deductions."""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from ...domain.numbers import fmt_fixed, fmt_points
from . import fonts
from .header import Rule
from .model import ScorecardDoc
from .pages import build, text_width
from .styles import PORTRAIT, esc, styles
from .tables import bold, cell, ruled_table

DARK = colors.Color(0.16, 0.33, 0.58)
LIGHT = colors.Color(0.8, 0.84, 0.9)


def change_text(now: Decimal | None, before: Decimal | None) -> str:
    if now is None or before is None:
        return "Chưa có số liệu năm trước"
    diff = now - before
    sign = "+" if diff > 0 else ""
    return f"{sign}{fmt_points(diff)} điểm so với năm trước ({fmt_points(before)})"


def summary_rows(doc: ScorecardDoc) -> list[tuple[str, str]]:
    """Section I of the scorecard as (label, value) lines; the .docx prints the same lines."""
    rank = f"{doc.rank}/{doc.rank_of}" if doc.rank else "Chưa xếp hạng"
    rows = [("Điểm tối đa", fmt_points(doc.max_total)),
            ("Điểm tự đánh giá", fmt_points(doc.self_total, "—")),
            ("Điểm đạt được (sau thẩm định)", fmt_points(doc.appraised_total, "—")),
            ("Chỉ số CCHC", f"{fmt_fixed(doc.index_pct, 2)}%" if doc.index_pct is not None else "—"),
            ("Xếp loại", doc.band or "—"),
            ("Xếp hạng", rank),
            ("Thay đổi so với năm trước", change_text(doc.appraised_total, doc.previous_total))]
    if doc.published_total is not None:
        rows.append(("Kết quả tỉnh công bố", fmt_points(doc.published_total)
                     + (f", xếp thứ {doc.published_rank}" if doc.published_rank else "")))
    return rows


def summary_table(doc: ScorecardDoc, width: float) -> Table:
    data = [[cell(k), bold(v)] for k, v in summary_rows(doc)]
    t = Table(data, colWidths=[width * 0.45, width * 0.55])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def field_chart(doc: ScorecardDoc, width: float) -> Drawing:
    """Grouped horizontal bars: maximum vs achieved points per field (vector, prints sharply)."""
    fields = doc.fields
    height = 18 * mm + 9 * mm * max(len(fields), 1)
    d = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = 28 * mm, 14 * mm
    chart.width, chart.height = width - 36 * mm, height - 20 * mm
    chart.data = [[float(f.max) for f in reversed(fields)],
                  [float(f.appraised or 0) for f in reversed(fields)]]
    chart.categoryAxis.categoryNames = [f"Lĩnh vực {f.code}" for f in reversed(fields)]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 9
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.valueMin = 0
    chart.bars[0].fillColor, chart.bars[1].fillColor = LIGHT, DARK
    chart.bars.strokeWidth = 0
    chart.barLabelFormat = lambda v: fmt_points(Decimal(str(v)).quantize(Decimal("0.001")))
    chart.barLabels.fontName = fonts.REGULAR
    chart.barLabels.fontSize = 7
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    d.add(chart)
    legend = Legend()
    legend.x, legend.y = 28 * mm, 6 * mm
    legend.fontName, legend.fontSize = fonts.REGULAR, 9
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.colorNamePairs = [(LIGHT, "Điểm tối đa"), (DARK, "Điểm đạt được")]
    legend.deltax = 45 * mm
    d.add(legend)
    return d


def scorecard_story(doc: ScorecardDoc) -> list[Flowable]:
    st = styles()
    width = text_width(PORTRAIT)
    story: list[Flowable] = []
    if doc.parent_name:
        story.append(Paragraph(esc(doc.parent_name.upper()), st["head_left"]))
    story.append(Paragraph(esc(doc.unit_name.upper()), st["head_left_bold"]))
    story.append(Rule(35 * mm))
    story.append(Paragraph(f"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {doc.year}", st["title"]))
    story.append(Paragraph(esc(doc.set_name), st["center_italic"]))
    story.append(Spacer(1, 6 * mm))
    story.append(Paragraph("I. KẾT QUẢ CHUNG", st["heading"]))
    story.append(summary_table(doc, width))
    story.append(Paragraph("II. KẾT QUẢ THEO LĨNH VỰC", st["heading"]))
    has_prev = any(f.previous is not None for f in doc.fields)
    head = ["Mã", "Lĩnh vực", "Tối đa", "Tự đánh giá", "Đạt được", "Bị trừ"] + (["Năm trước"] if has_prev else [])
    rows = []
    for f in doc.fields:
        r = [cell(f.code, "cell_center"), cell(f.name), cell(fmt_points(f.max), "cell_right"),
             cell(fmt_points(f.self_total), "cell_right"), cell(fmt_points(f.appraised), "cell_right"),
             cell(fmt_points(f.lost), "cell_right")]
        rows.append(r + ([cell(fmt_points(f.previous), "cell_right")] if has_prev else []))
    fr = (0.07, 0.45, 0.1, 0.13, 0.12, 0.13) if not has_prev else (0.07, 0.36, 0.1, 0.13, 0.11, 0.11, 0.12)
    story.append(ruled_table(head, rows, fr, width))
    if doc.fields:
        story.append(Spacer(1, 4 * mm))
        story.append(KeepTogether([field_chart(doc, width)]))
    story.append(Paragraph("III. CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM", st["heading"]))
    if not doc.deductions:
        story.append(Paragraph("Đơn vị không bị trừ điểm ở tiêu chí nào.", st["body"]))
    else:
        rows = [[cell(d.code, "cell_center"), cell(d.name), cell(fmt_points(d.max), "cell_right"),
                 cell(fmt_points(d.score), "cell_right"), cell(fmt_points(d.lost), "cell_right"), cell(d.reason)]
                for d in doc.deductions]
        total = sum((d.lost for d in doc.deductions), Decimal(0))
        rows.append([bold(f"Tổng số điểm bị trừ: {len(doc.deductions)} tiêu chí"), "", "", "",
                     bold(fmt_points(total), "cell_right"), ""])
        story.append(ruled_table(["Mã", "Tiêu chí", "Tối đa", "Đạt", "Bị trừ", "Lý do"], rows,
                                 (0.08, 0.28, 0.08, 0.08, 0.08, 0.40), width, [("SPAN", (0, -1), (3, -1))]))
    return story


def render_scorecard_pdf(doc: ScorecardDoc, out: Path, hooks=None) -> int:
    return build(out, scorecard_story(doc), title=f"Kết quả Chỉ số CCHC {doc.year} — {doc.unit_name}",
                 footer_hash=doc.data_hash, footer_on_portrait=True, hooks=hooks)
