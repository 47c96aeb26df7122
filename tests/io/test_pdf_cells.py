"""Table cells drawn the fast way print exactly what a reportlab Paragraph per cell printed."""
from __future__ import annotations

import subprocess

from PIL import Image, ImageChops
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from cchc_desktop.io.pdf.appendix import GRID
from cchc_desktop.io.pdf.cells import text_cell
from cchc_desktop.io.pdf.styles import LANDSCAPE, esc, styles
from pdftools import flat

ROWS = [
    ("1", "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", "30,44", "Quý I/2026"),
    ("2", "Tỷ lệ giải quyết thủ tục hành chính đúng hạn ở cấp xã và cấp huyện", "0,5", "Thường xuyên"),
    ("3", "Văn phòng HĐND & UBND <huyện> \"Tuy Đức\"", "17,125", "Trước ngày 15/11/2026"),
    ("4", "  khoảng   trắng\nthừa  ", "", "ngày\u00a0\u00a015"),
    ("5", "Một đoạn rất dài " * 12, "1", "Tháng 6/2026"),
]
KINDS = ("cell_center", "cell", "cell_right", "cell_center")


def _render(path, make) -> None:
    st = styles()
    data = [[make(text, st[kind]) for text, kind in zip(row, KINDS)] for row in ROWS * 12]
    table = LongTable(data, colWidths=[40, 380, 50, 90], repeatRows=1, splitByRow=1)
    table.setStyle(TableStyle(GRID))
    SimpleDocTemplate(str(path), pagesize=LANDSCAPE).build([table])


def _pages(pdf, stem) -> list[Image.Image]:
    subprocess.run(["pdftoppm", "-r", "100", "-png", str(pdf), str(stem)], check=True)
    return [Image.open(p).convert("L") for p in sorted(stem.parent.glob(f"{stem.name}-*.png"))]


def test_fast_cells_print_pixel_for_pixel_like_paragraph_cells(tmp_path):
    _render(tmp_path / "para.pdf", lambda text, style: Paragraph(esc(text), style))
    _render(tmp_path / "fast.pdf", text_cell)
    before, after = _pages(tmp_path / "para.pdf", tmp_path / "a"), _pages(tmp_path / "fast.pdf", tmp_path / "b")
    assert len(before) == len(after) > 1
    for a, b in zip(before, after):
        assert ImageChops.difference(a, b).getbbox() is None


def test_markup_characters_print_literally_and_long_cells_wrap(tmp_path):
    _render(tmp_path / "fast.pdf", text_cell)
    printed = flat(tmp_path / "fast.pdf", 1, 1)
    assert 'Văn phòng HĐND & UBND <huyện> "Tuy Đức"' in printed
    assert "khoảng trắng thừa" in printed
    assert ("Một đoạn rất dài " * 12).strip() in printed
