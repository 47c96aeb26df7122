"""Long .docx tables built from copied rows are byte-for-byte the tables python-docx builds cell by cell."""
from __future__ import annotations

from docx import Document
from docx.shared import Cm
from lxml import etree

from cchc_desktop.io.docx_plan import CENTER, LEFT, cant_split, cell_para
from cchc_desktop.io.docx_rows import add_body_rows

ROWS = [
    ["1", "Tiếp nhận hồ sơ & trả kết quả <qua> bưu chính", "Phòng Nội vụ", "Quý I/2026"],
    ["2", "Tỷ lệ giải quyết thủ tục hành chính đúng hạn", "", "Thường xuyên"],
    ["3", "Dòng một\nDòng hai", "Văn phòng HĐND và UBND", "\tTháng 6"],
    ["4", "  khoảng trắng ở đầu", "Phòng Văn hóa và Thông tin", ""],
    ["5", "Công khai thủ tục hành chính", "", "Thường xuyên"],
    ["6", "Sáng kiến kinh nghiệm", "Phòng Nội vụ", "Trước ngày 15/11/2026"],
]


def _build_row(table, texts):
    row = table.add_row()
    cant_split(row)
    for n, (cell, text) in enumerate(zip(row.cells, texts)):
        cell.width = Cm(3)
        cell_para(cell, text, size=12, align=CENTER if n == 0 else LEFT)
    return row


def _table_xml(fill) -> str:
    doc = Document()
    table = doc.add_table(rows=0, cols=4)
    fill(table)
    return etree.tostring(table._tbl, encoding="unicode")


def test_copied_rows_write_the_same_xml_as_cell_by_cell_rows():
    slow = _table_xml(lambda t: [_build_row(t, r) for r in ROWS * 3])
    fast = _table_xml(lambda t: add_body_rows(t, ROWS * 3, _build_row))
    assert fast == slow
    assert "Tiếp nhận hồ sơ &amp; trả kết quả &lt;qua&gt; bưu chính" in fast
