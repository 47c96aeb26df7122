"""The plan as .docx, opened back with python-docx: same tasks, same layout rules."""
from __future__ import annotations

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from cchc_desktop.io.docx_plan import render_plan_docx
from pdf_samples import tuy_duc_plan


def _cell_text(cell) -> str:
    return "\n".join(p.text for p in cell.paragraphs)


def test_docx_has_header_table_body_and_all_tasks(tmp_path):
    doc = tuy_duc_plan(21)
    out = tmp_path / "ke-hoach.docx"
    assert render_plan_docx(doc, out) is None  # Word paginates; no page count pretended
    d = Document(out)
    header = d.tables[0]
    left, right = (_cell_text(c) for c in header.rows[0].cells)
    assert "UBND TỈNH ĐẮK NÔNG" in left and "ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC" in left and "Số: 65/KH-UBND" in left
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in right and "Độc lập - Tự do - Hạnh phúc" in right
    assert "Tuy Đức, ngày 05 tháng 4 năm 2023" in right
    texts = [p.text for p in d.paragraphs]
    assert "KẾ HOẠCH" in texts and doc.subject in texts
    sign = d.tables[1]
    recipients, signer = (_cell_text(c) for c in sign.rows[0].cells)
    assert recipients.startswith("Nơi nhận:") and recipients.endswith("- Lưu: VT, NV (N).")
    assert "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH" in signer and signer.endswith("Võ Quốc Tuấn")
    table = d.tables[-1]
    rows = [[_cell_text(c) for c in r.cells] for r in table.rows]
    assert rows[0] == ["STT", "Nội dung khắc phục", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    tasks = doc.appendices[0].tasks
    assert [r[1] for r in rows[1:-1]] == [t.content for t in tasks]
    assert rows[4][2] == "Văn phòng HĐND&UBND; Phòng Văn hóa và Thông tin; Trung tâm Văn hóa – TT-TT"
    assert rows[-1][0] == "Tổng cộng: 21 nội dung"


def test_docx_layout_portrait_then_landscape_with_repeated_header(tmp_path):
    out = tmp_path / "kh.docx"
    render_plan_docx(tuy_duc_plan(8), out)
    d = Document(out)
    body, appendix = d.sections
    assert body.orientation == WD_ORIENT.PORTRAIT and round(body.page_width.mm) == 210
    assert appendix.orientation == WD_ORIENT.LANDSCAPE and round(appendix.page_width.mm) == 297
    for s in d.sections:
        assert round(s.left_margin.mm) == 30 and round(s.right_margin.mm) == 15
        assert round(s.top_margin.mm) == 20 and round(s.bottom_margin.mm) == 20
        assert s.different_first_page_header_footer  # no number on a section's first page
    assert appendix._sectPr.find(qn("w:pgNumType")).get(qn("w:start")) == "1"
    first_row = d.tables[-1].rows[0]._tr
    assert first_row.trPr.find(qn("w:tblHeader")) is not None
    assert all(r._tr.trPr.find(qn("w:cantSplit")) is not None for r in d.tables[-1].rows[1:-1])
    assert d.styles["Normal"].font.name == "Times New Roman" and d.styles["Normal"].font.size.pt == 13
    assert "PAGE" in body.header._element.xml
    assert "Mã dữ liệu" in "".join(p.text for p in appendix.footer.paragraphs)
