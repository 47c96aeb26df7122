"""The plan PDF as the decree prints it (documents.md), read back with poppler."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from cchc_desktop.io.pdf.deficit import render_deficit_pdf
from cchc_desktop.io.pdf.header import date_line, recipient_lines
from cchc_desktop.io.pdf.model import data_hash
from cchc_desktop.io.pdf.plan_pdf import render_plan_pdf
from pdf_samples import deficit_appendix, tuy_duc_plan
from pdftools import first_line, flat, fonts, page_sizes, page_texts, text

PORTRAIT, LANDSCAPE = (595, 842), (842, 595)


@pytest.fixture(scope="module")
def plan21(tmp_path_factory):
    doc = tuy_duc_plan(21)
    out = tmp_path_factory.mktemp("pdf") / "ke-hoach.pdf"
    pages = render_plan_pdf(doc, out)
    return doc, out, pages


def test_header_block_title_signature_and_recipients(plan21):
    _, out, _ = plan21
    page1 = text(out, 1, 1)
    for line in ("UBND TỈNH ĐẮK NÔNG", "ỦY BAN NHÂN DÂN HUYỆN", "Số: 65/KH-UBND",
                 "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                 "Tuy Đức, ngày 05 tháng 4 năm 2023", "KẾ HOẠCH", "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH",
                 "PHÓ CHỦ TỊCH", "Võ Quốc Tuấn", "Nơi nhận:", "- Sở Nội vụ (đ/b);", "- Lưu: VT, NV (N)."):
        assert line in page1, line
    # governing body and nation title share the first line, left and right
    top = first_line(page1)
    assert top.startswith("UBND TỈNH ĐẮK NÔNG") and top.endswith("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")


def test_vietnamese_letters_survive_extraction(plan21):
    _, out, _ = plan21
    body = flat(out)
    for word in ("Khắc phục", "cải thiện", "Ủy ban", "Tuy Đức", "thời gian", "ơ", "ư", "ả", "ạ", "Đ"):
        assert word in body, word


def test_only_embedded_fonts(plan21):
    _, out, _ = plan21
    rows = fonts(out)
    assert rows and all(r["emb"] == "yes" for r in rows), rows
    assert all("LiberationSerif" in r["name"] for r in rows)


def test_portrait_body_then_landscape_appendix(plan21):
    _, out, pages = plan21
    sizes = page_sizes(out)
    assert len(sizes) == pages
    assert sizes[0] == PORTRAIT
    assert sizes[-1] == LANDSCAPE
    first_landscape = sizes.index(LANDSCAPE)
    assert all(s == PORTRAIT for s in sizes[:first_landscape])
    assert all(s == LANDSCAPE for s in sizes[first_landscape:])


def test_appendix_heading_and_every_task(plan21):
    doc, out, pages = plan21
    start = page_sizes(out).index(LANDSCAPE) + 1
    appendix = flat(out, start, pages)
    assert "Phụ lục" in appendix
    assert "KHẮC PHỤC CÁC TỒN TẠI, HẠN CHẾ VỀ CHỈ SỐ PAR INDEX VÀ SIPAS NĂM 2023" in appendix
    assert "(Kèm theo Kế hoạch số 65/KH-UBND ngày 05 tháng 4 năm 2023 của Ủy ban nhân dân huyện Tuy Đức)" \
        in appendix
    for t in doc.appendices[0].tasks:
        assert t.content in appendix, t.stt
    assert "Tổng cộng: 21 nội dung" in appendix


def test_page_numbers_top_centre_not_on_first_pages_restart_for_appendix(tmp_path):
    doc = tuy_duc_plan(60)
    doc = replace(doc, organisation=doc.organisation * 30)  # a body longer than one page
    out = tmp_path / "dai.pdf"
    pages = render_plan_pdf(doc, out)
    sizes = page_sizes(out)
    texts = page_texts(out, pages)
    start = sizes.index(LANDSCAPE)
    assert start >= 2, "the long body must span two portrait pages"
    assert first_line(texts[0]).startswith("UBND TỈNH")  # page 1: no number
    assert first_line(texts[1]) == "2"
    assert not first_line(texts[start]).isdigit()  # first appendix page: restarted, not shown
    for n, page in enumerate(texts[start + 1:], start=2):
        assert first_line(page) == str(n)


def test_table_header_on_every_appendix_page_of_60_tasks(tmp_path):
    doc = tuy_duc_plan(60)
    out = tmp_path / "60.pdf"
    pages = render_plan_pdf(doc, out)
    sizes = page_sizes(out)
    appendix_pages = [n + 1 for n, s in enumerate(sizes) if s == LANDSCAPE]
    assert len(appendix_pages) >= 3
    for n in appendix_pages:
        page = flat(out, n, n)
        for head in ("STT", "Nội dung khắc phục", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"):
            assert head in page, (n, head)
        assert f"Mã dữ liệu: {doc.data_hash}" in page  # footer identifies the data version
    appendix = flat(out, appendix_pages[0], pages)
    for t in doc.appendices[0].tasks:
        assert t.content in appendix, t.stt  # no row lost or cut between pages


def test_data_hash_changes_with_printed_data():
    a = tuy_duc_plan(5)
    b = replace(a, subject=a.subject + " (sửa đổi)")
    assert len(a.data_hash) == 12 and int(a.data_hash, 16) >= 0
    assert data_hash(a) == a.data_hash
    assert data_hash(b) != a.data_hash


def test_date_line_leading_zeros():
    assert date_line("Tuy Đức", date(2023, 4, 5), 2023) == "Tuy Đức, ngày 05 tháng 4 năm 2023"
    assert date_line("Đồng Tháp", date(2022, 2, 12), 2022) == "Đồng Tháp, ngày 12 tháng 02 năm 2022"
    assert date_line("Đồng Tháp", date(2022, 1, 9), 2022) == "Đồng Tháp, ngày 09 tháng 01 năm 2022"
    assert date_line("Đồng Tháp", date(2022, 12, 31), 2022) == "Đồng Tháp, ngày 31 tháng 12 năm 2022"
    blank = date_line("Đồng Nai", None, 2022)
    assert blank.startswith("Đồng Nai, ngày") and blank.endswith("năm 2022")


def test_recipients_one_per_line_archive_last():
    assert recipient_lines(("- Sở Nội vụ;", "Lưu: VT, VP.", "Ban Lãnh đạo Sở")) == \
        ["- Sở Nội vụ;", "- Ban Lãnh đạo Sở;", "- Lưu: VT, VP."]
    assert recipient_lines(("Sở Nội vụ",)) == ["- Sở Nội vụ;", "- Lưu: VT."]


def test_deficit_table_of_seed_000(tmp_path):
    doc = replace(tuy_duc_plan(1), appendices=(deficit_appendix(),))
    out = tmp_path / "thieu-hut.pdf"
    pages = render_deficit_pdf(doc, out)
    assert page_sizes(out) == [LANDSCAPE] * pages
    body = flat(out)
    for head in ("STT", "TÊN TIÊU CHÍ", "NĂM 2021", "Điểm chuẩn", "Điểm đạt được", "Lý do",
                 "GIẢI PHÁP KHẮC PHỤC TRONG NĂM 2022"):
        assert head in body, head
    layout = text(out)
    assert re.search(r"Tổng\s+39,5\s+30,44", layout)  # seed 000's totals in Vietnamese number format
    assert re.search(r"33,5\s+28,61", layout) and re.search(r"\s1\s+0,83\s", layout)
