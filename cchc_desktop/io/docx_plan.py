"""The plan as .docx (python-docx) with the decree layout, for offices that polish the wording in Word.

Same DTO as the PDF: two-column borderless header table, Times New Roman 13 pt, justified body with a
1,27 cm first-line indent, signature/Nơi nhận table, then a landscape section for the appendix whose
table header row repeats on every page and whose rows do not split.
"""
from __future__ import annotations

import io
import os
import tempfile
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt

from .docx_rows import add_body_rows
from .pdf.appendix import appendix_label
from .pdf.deficit import achieved
from .pdf.header import MOTTO, NATION, date_line, recipient_lines
from .pdf.model import Appendix, PlanDoc
from ..domain.numbers import fmt_points

FONT = "Times New Roman"
CENTER, JUSTIFY, LEFT = WD_ALIGN_PARAGRAPH.CENTER, WD_ALIGN_PARAGRAPH.JUSTIFY, WD_ALIGN_PARAGRAPH.LEFT


def base_style(doc) -> None:
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(13)
    rpr = st.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)
    pf = st.paragraph_format
    pf.space_before, pf.space_after, pf.line_spacing = Pt(3), Pt(3), 1.1


def set_margins(section) -> None:
    section.top_margin, section.bottom_margin = Mm(20), Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(15)
    section.header_distance, section.footer_distance = Mm(10), Mm(8)


def para(container, text: str = "", *, align=CENTER, bold=False, italic=False, size=None, indent=False,
          space_after=None):
    p = container.add_paragraph()
    p.alignment = align
    if indent:
        p.paragraph_format.first_line_indent = Cm(1.27)
    if space_after is not None:
        p.paragraph_format.space_after = Pt(space_after)
    if text:
        run = p.add_run(text)
        run.bold, run.italic = bold, italic
        if size:
            run.font.size = Pt(size)
    return p


def cell_para(cell, text, **kw):
    """First paragraph of a fresh cell is reused, later ones are added."""
    if len(cell.paragraphs) == 1 and not cell.paragraphs[0].text and not getattr(cell, "_used", False):
        cell._used = True
        p = cell.paragraphs[0]
        p.alignment = kw.get("align", CENTER)
        p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
        run = p.add_run(text)
        run.bold, run.italic = kw.get("bold", False), kw.get("italic", False)
        if kw.get("size"):
            run.font.size = Pt(kw["size"])
        return p
    p = para(cell, text, **kw)
    p.paragraph_format.space_before = p.paragraph_format.space_after = Pt(0)
    return p


def rule_below(p, indent_cm: float) -> None:
    """A short rule under a header line: a bottom border on a paragraph narrowed by indents."""
    p.paragraph_format.left_indent = p.paragraph_format.right_indent = Cm(indent_cm)
    ppr = p._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(k), v)
    bdr.append(bottom)
    ppr.append(bdr)


def _field(paragraph, instr: str) -> None:
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def page_numbers(section, restart: bool) -> None:
    """Number centred in the top margin, none on the section's first page; restart for appendices."""
    section.different_first_page_header_footer = True
    section.header.is_linked_to_previous = False
    hp = section.header.paragraphs[0]
    hp.alignment = CENTER
    _field(hp, "PAGE")
    if restart:
        pg = OxmlElement("w:pgNumType")
        pg.set(qn("w:start"), "1")
        section._sectPr.append(pg)


def borderless_table(doc, cols, widths):
    t = doc.add_table(rows=1, cols=cols)
    t.alignment = WD_TABLE_ALIGNMENT.CENTER
    t.autofit = False
    for cell, w in zip(t.rows[0].cells, widths):
        cell.width = w
    return t


def header_block(doc, pd: PlanDoc) -> None:
    lh = pd.letterhead
    t = borderless_table(doc, 2, (Cm(6.8), Cm(9.7)))
    left, right = t.rows[0].cells
    if lh.governing_body:
        cell_para(left, lh.governing_body.upper())
    p = cell_para(left, lh.issuing_body.upper(), bold=True)
    rule_below(p, 1.6)
    cell_para(left, f"Số: {lh.number}").paragraph_format.space_before = Pt(6)
    cell_para(right, NATION, bold=True, size=12)
    rule_below(cell_para(right, MOTTO, bold=True), 2.2)
    cell_para(right, date_line(lh.place, lh.issued_on, lh.year), italic=True).paragraph_format.space_before = Pt(6)


def signature_block(doc, pd: PlanDoc) -> None:
    t = borderless_table(doc, 2, (Cm(8.2), Cm(8.3)))
    left, right = t.rows[0].cells
    cell_para(left, "Nơi nhận:", align=LEFT, bold=True, italic=True, size=12)
    for line in recipient_lines(pd.recipients):
        cell_para(left, line, align=LEFT, size=11)
    for line in pd.signer.lines:
        cell_para(right, line.upper(), bold=True)
    for _ in range(4):
        cell_para(right, "")
    cell_para(right, pd.signer.name, bold=True)


def repeat_header(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    trpr.append(el)


def cant_split(row) -> None:
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:cantSplit"))


def _appendix_table(doc, ap: Appendix) -> None:
    if ap.kind == "deficit":
        head = ["STT", "Tên tiêu chí", "Điểm chuẩn", "Điểm đạt được", "Lý do", "Giải pháp khắc phục"]
        widths = [1.2, 6, 2, 2, 6, 8.6]
        rows = [[str(t.stt), t.criterion_name or t.criterion_code or "", fmt_points(t.max_points),
                 fmt_points(achieved(t.max_points, t.points_lost)), t.reason, t.content] for t in ap.tasks]
    else:
        head = ["STT", "Nội dung khắc phục", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
        widths = [1.2, 9.8, 5, 5, 4.8]
        rows = [[str(t.stt), t.content, "; ".join(t.lead), "; ".join(t.partners), t.deadline] for t in ap.tasks]
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    table.autofit = False
    for cell, h, w in zip(table.rows[0].cells, head, widths):
        cell.width = Cm(w)
        cell_para(cell, h, bold=True, size=12)
    repeat_header(table.rows[0])

    def build_row(table, r):
        row = table.add_row()
        cant_split(row)
        for n, (cell, text, w) in enumerate(zip(row.cells, r, widths)):
            cell.width = Cm(w)
            cell_para(cell, text, size=12, align=CENTER if n == 0 or (ap.kind == "deficit" and n in (2, 3))
                       else LEFT)
        return row
    add_body_rows(table, rows, build_row)
    if ap.kind == "deficit":
        row = table.add_row()
        total_max = sum((t.max_points or 0 for t in ap.tasks), 0)
        total_got = sum((achieved(t.max_points, t.points_lost) or 0 for t in ap.tasks), 0)
        a = row.cells[0].merge(row.cells[1])
        cell_para(a, "Tổng", bold=True, size=12)
        cell_para(row.cells[2], fmt_points(total_max), bold=True, size=12)
        cell_para(row.cells[3], fmt_points(total_got), bold=True, size=12)
    else:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        cell_para(merged, f"Tổng cộng: {len(ap.tasks)} nội dung", bold=True, size=12, align=LEFT)


def footer_qr(section, pd) -> None:
    """QR code + short hash in the appendix footer (first page included)."""
    import qrcode
    img = qrcode.make(getattr(pd, "qr_payload", "") or pd.data_hash, box_size=4, border=1)
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    for footer in (section.footer, section.first_page_footer):
        footer.is_linked_to_previous = False
        p = footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        r = p.add_run(f"Mã dữ liệu: {pd.data_hash}  ")
        r.font.size = Pt(8)
        buf.seek(0)
        p.add_run().add_picture(buf, width=Mm(14))


def build_plan_docx(pd: PlanDoc):
    doc = Document()
    base_style(doc)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    set_margins(sec)
    page_numbers(sec, restart=False)
    header_block(doc, pd)
    para(doc, pd.kind_title.upper(), bold=True, size=14).paragraph_format.space_before = Pt(14)
    p = para(doc, pd.subject, bold=True, size=14)
    rule_below(p, 5.5)
    for line in pd.bases + pd.intro:
        para(doc, line, align=JUSTIFY, indent=True)
    sections = [("I. MỤC ĐÍCH, YÊU CẦU", [("1. Mục đích", pd.purpose), ("2. Yêu cầu", pd.requirements)]),
                ("II. NHIỆM VỤ, GIẢI PHÁP", [(None, pd.tasks_intro + pd.deductions)]),
                ("III. TỔ CHỨC THỰC HIỆN", [(None, pd.organisation + pd.closing)])]
    for heading, parts in sections:
        if heading.startswith("I.") and not (pd.purpose or pd.requirements):
            continue
        para(doc, heading, align=JUSTIFY, bold=True, indent=True)
        for sub, lines in parts:
            if sub:
                para(doc, sub, align=JUSTIFY, bold=True, indent=True)
            for line in lines:
                para(doc, line, align=JUSTIFY, indent=True)
        if heading.startswith("II.") and pd.appendices and \
                not any("kèm theo" in line.lower() for line in pd.tasks_intro):
            para(doc, "(Có Phụ lục kèm theo)", align=JUSTIFY, italic=True, indent=True)
    signature_block(doc, pd)
    for n, ap in enumerate(pd.appendices):
        s = doc.add_section(WD_SECTION.NEW_PAGE)
        s.orientation = WD_ORIENT.LANDSCAPE
        s.page_width, s.page_height = Mm(297), Mm(210)
        set_margins(s)
        page_numbers(s, restart=True)
        if pd.data_hash:
            footer_qr(s, pd)
        para(doc, appendix_label(n, len(pd.appendices)), bold=True, space_after=0)
        para(doc, ap.title.upper(), bold=True, space_after=0)
        para(doc, ap.attached_to, italic=True, space_after=8)
        _appendix_table(doc, ap)
    return doc


def save_atomic(document, out: Path) -> None:
    """Saves through a temporary file so a half-written .docx never replaces a good one."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=".docx", dir=out.parent)
    os.close(fd)
    try:
        document.save(tmp)
        os.replace(tmp, out)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def render_plan_docx(pd: PlanDoc, out: Path, hooks=None) -> None:
    """Writes the .docx atomically; Word paginates it, so no page count is returned (None)."""
    save_atomic(build_plan_docx(pd), out)
    return None
