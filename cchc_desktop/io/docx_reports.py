"""Scorecard, progress report and ranking as .docx (python-docx), saying what their PDFs say.

Layout helpers (fonts, margins, header block, signature, repeated table header rows) come from
docx_plan so the plan and these reports look alike in Word. Word paginates, so the renderers return
None for the page count, as render_plan_docx does.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Mm, Pt

from ..domain.numbers import fmt_fixed, fmt_points
from .docx_plan import (CENTER, JUSTIFY, LEFT, base_style, cant_split, cell_para, footer_qr, header_block, para,
                        page_numbers, repeat_header, rule_below, save_atomic, set_margins, signature_block)
from .docx_rows import add_body_rows
from .pdf.model import ProgressDoc, RankingDoc, ScorecardDoc
from .pdf.scorecard_pdf import summary_rows

RIGHT = WD_ALIGN_PARAGRAPH.RIGHT
PORTRAIT_CM = 16.5  # A4 210 mm minus 30 + 15 mm margins
LANDSCAPE_CM = 25.2


def _new_document(landscape: bool = False):
    doc = Document()
    base_style(doc)
    sec = doc.sections[0]
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Mm(297), Mm(210)
    else:
        sec.page_width, sec.page_height = Mm(210), Mm(297)
    set_margins(sec)
    page_numbers(sec, restart=False)
    return doc, sec


def _hash_footer(sec, dto) -> None:
    """The PDFs carry the data hash and QR on every page; so does the Word copy."""
    if dto.data_hash:
        footer_qr(sec, dto)


def grid_table(doc, head, rows, widths_cm, aligns, size=12, bold_last=False):
    """Ruled table whose header row repeats on every page and whose rows do not split."""
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.autofit = False
    for cell, h, w in zip(table.rows[0].cells, head, widths_cm):
        cell.width = Cm(w)
        cell_para(cell, h, bold=True, size=size)
    repeat_header(table.rows[0])

    def build_row(table, r, bold=False):
        row = table.add_row()
        cant_split(row)
        for cell, text, w, a in zip(row.cells, r, widths_cm, aligns):
            cell.width = Cm(w)
            cell_para(cell, text, size=size, align=a, bold=bold)
        return row
    body = rows[:-1] if bold_last and rows else rows
    add_body_rows(table, body, build_row)
    if len(body) < len(rows):
        build_row(table, rows[-1], bold=True)
    return table


def _heading(doc, text: str) -> None:
    para(doc, text, align=JUSTIFY, bold=True, indent=True)


def _body(doc, lines) -> None:
    for line in lines:
        para(doc, line, align=JUSTIFY, indent=True)


def _title(doc, kind: str, subject: str, rule_cm: float = 5.5) -> None:
    para(doc, kind.upper(), bold=True, size=14).paragraph_format.space_before = Pt(14)
    p = para(doc, subject, bold=True, size=14) if subject else para(doc, "")
    rule_below(p, rule_cm)


# --- scorecard -----------------------------------------------------------------------------------

def build_scorecard_docx(sc: ScorecardDoc):
    doc, sec = _new_document()
    _hash_footer(sec, sc)
    if sc.parent_name:
        para(doc, sc.parent_name.upper(), align=LEFT, space_after=0)
    rule_below(para(doc, sc.unit_name.upper(), align=LEFT, bold=True), 0)
    para(doc, f"KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM {sc.year}", bold=True, size=14).paragraph_format \
        .space_before = Pt(12)
    para(doc, sc.set_name, italic=True)
    _heading(doc, "I. KẾT QUẢ CHUNG")
    t = doc.add_table(rows=0, cols=2)
    t.style = "Table Grid"
    for k, v in summary_rows(sc):
        a, b = t.add_row().cells
        a.width, b.width = Cm(PORTRAIT_CM * 0.45), Cm(PORTRAIT_CM * 0.55)
        cell_para(a, k, align=LEFT, size=12)
        cell_para(b, v, align=LEFT, bold=True, size=12)
    # The PDF draws a bar chart of maximum vs achieved points per field; Word gets no chart: the
    # field table below already holds every number the bars show, and stays editable.
    _heading(doc, "II. KẾT QUẢ THEO LĨNH VỰC")
    has_prev = any(f.previous is not None for f in sc.fields)
    head = ["Mã", "Lĩnh vực", "Tối đa", "Tự đánh giá", "Đạt được", "Bị trừ"] + (["Năm trước"] if has_prev else [])
    fr = (0.07, 0.45, 0.1, 0.13, 0.12, 0.13) if not has_prev else (0.07, 0.36, 0.1, 0.13, 0.11, 0.11, 0.12)
    rows = [[f.code, f.name, fmt_points(f.max), fmt_points(f.self_total), fmt_points(f.appraised),
             fmt_points(f.lost)] + ([fmt_points(f.previous)] if has_prev else []) for f in sc.fields]
    grid_table(doc, head, rows, [PORTRAIT_CM * x for x in fr], [CENTER, LEFT] + [RIGHT] * (len(head) - 2))
    _heading(doc, "III. CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM")
    if not sc.deductions:
        _body(doc, ["Đơn vị không bị trừ điểm ở tiêu chí nào."])
        return doc
    rows = [[d.code, d.name, fmt_points(d.max), fmt_points(d.score), fmt_points(d.lost), d.reason]
            for d in sc.deductions]
    total = sum((d.lost for d in sc.deductions), Decimal(0))
    rows.append([f"Tổng số điểm bị trừ: {len(sc.deductions)} tiêu chí", "", "", "", fmt_points(total), ""])
    fr = (0.08, 0.28, 0.08, 0.08, 0.08, 0.40)
    table = grid_table(doc, ["Mã", "Tiêu chí", "Tối đa", "Đạt", "Bị trừ", "Lý do"], rows,
                       [PORTRAIT_CM * x for x in fr], [CENTER, LEFT, RIGHT, RIGHT, RIGHT, LEFT], bold_last=True)
    last = table.rows[-1].cells
    merged = last[0].merge(last[3])  # like the PDF's SPAN over the first four columns
    for p in merged.paragraphs[1:]:
        p._p.getparent().remove(p._p)
    return doc


def render_scorecard_docx(sc: ScorecardDoc, out: Path, hooks=None) -> None:
    save_atomic(build_scorecard_docx(sc), out)
    return None


# --- progress report -----------------------------------------------------------------------------

def _addressees(doc, names) -> None:
    if len(names) == 1:
        para(doc, f"Kính gửi: {names[0]}.")
        return
    para(doc, "Kính gửi:", space_after=0)
    for n, name in enumerate(names):
        para(doc, f"- {name}{'.' if n == len(names) - 1 else ';'}", space_after=0)


def build_progress_docx(pr: ProgressDoc):
    doc, sec = _new_document()
    _hash_footer(sec, pr)
    header_block(doc, pr)  # uses only .letterhead, which ProgressDoc shares with PlanDoc
    _title(doc, "BÁO CÁO", pr.subject)
    if pr.addressees:
        _addressees(doc, pr.addressees)
    _body(doc, pr.intro)
    _heading(doc, "I. KẾT QUẢ THỰC HIỆN")
    _body(doc, pr.summary)
    rows = [[str(t.stt), t.content, "; ".join(t.lead), t.deadline, t.status_label, t.progress] for t in pr.tasks]
    fr = (0.07, 0.29, 0.19, 0.14, 0.12, 0.19)
    grid_table(doc, ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn", "Tình trạng", "Kết quả thực hiện"], rows,
               [PORTRAIT_CM * x for x in fr], [CENTER, LEFT, LEFT, CENTER, CENTER, LEFT], size=11)
    _heading(doc, "II. KHÓ KHĂN, VƯỚNG MẮC")
    _body(doc, pr.difficulties)
    _heading(doc, "III. ĐỀ XUẤT, KIẾN NGHỊ")
    _body(doc, pr.proposals)
    signature_block(doc, pr)  # .signer and .recipients, as on a plan
    return doc


def render_progress_docx(pr: ProgressDoc, out: Path, hooks=None) -> None:
    save_atomic(build_progress_docx(pr), out)
    return None


# --- ranking -------------------------------------------------------------------------------------

def build_ranking_docx(rk: RankingDoc):
    wide = len(rk.field_heads) > 0  # field columns need the landscape page, as in the PDF
    doc, sec = _new_document(landscape=wide)
    _hash_footer(sec, rk)
    para(doc, rk.title.upper(), bold=True, size=14)
    para(doc, rk.set_name, italic=True, space_after=8)
    width = LANDSCAPE_CM if wide else PORTRAIT_CM
    head = ["Xếp hạng", "Đơn vị"] + list(rk.field_heads) + ["Tự đánh giá", "Điểm đạt được", "Chỉ số (%)", "Xếp loại"]
    n = len(rk.field_heads)
    rows = [[str(ln.rank) if ln.rank else "—", ln.name] + [fmt_points(v) for v in ln.fields]
            + [fmt_points(ln.self_total), fmt_points(ln.appraised_total), fmt_fixed(ln.index_pct, 2), ln.band or ""]
            for ln in rk.lines]
    from .pdf.ranking_pdf import ranking_fractions  # same widths as the PDF: numbers never break
    fr = ranking_fractions(head, rows, width * 28.35)
    grid_table(doc, head, rows, [width * x for x in fr], [CENTER, LEFT] + [RIGHT] * (n + 3) + [CENTER],
               size=11 if wide else 12)
    return doc


def render_ranking_docx(rk: RankingDoc, out: Path, hooks=None) -> None:
    save_atomic(build_ranking_docx(rk), out)
    return None
