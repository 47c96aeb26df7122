"""Report use cases on a database: plan, deficit, progress, scorecard, ranking (documents.md)."""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
from pdftools import first_line, flat, fonts, page_sizes, task_column, text  # noqa: E402

from cchc_desktop.services import reports  # noqa: E402
from cchc_desktop.services.errors import InputRejected, NotFound  # noqa: E402
from report_factory import add_progress, make_plan, make_scores  # noqa: E402

LANDSCAPE = (842, 595)


def test_render_plan_from_database(db, tmp_path):
    pid = make_plan(db, 4)
    res = reports.render_plan(db, pid, tmp_path / "kh.pdf")
    assert Path(res["path"]).exists() and res["pages"] == len(page_sizes(res["path"]))
    page1 = text(res["path"], 1, 1)
    assert "Số: 65/KH-UBND" in page1 and "Tuy Đức, ngày 05 tháng 4 năm 2023" in page1
    assert "TM. ỦY BAN NHÂN DÂN" in page1 and "KT. CHỦ TỊCH" in page1 and "PHÓ CHỦ TỊCH" in page1
    body = flat(res["path"])
    assert "(Kèm theo Kế hoạch số 65/KH-UBND ngày 05 tháng 4 năm 2023 của Ủy ban nhân dân huyện Tuy Đức)" in body
    # section II lists each deduction answered, with its points in Vietnamese format
    assert "Tiêu chí 1.2.2 Chất lượng báo cáo và thời gian báo cáo: Chưa đạt yêu cầu năm 2022 (trừ 0,5 điểm)" in body
    assert all(r["emb"] == "yes" for r in fonts(res["path"]))


def test_print_preview_overrides_signer_date_number(db, tmp_path):
    pid = make_plan(db, 2)
    res = reports.render_plan(db, pid, tmp_path / "kh.pdf", overrides={
        "signer_name": "Nguyễn Văn Ánh", "signer_title_line1": None, "signer_authority": "TM.",
        "signer_title": "CHỦ TỊCH", "issued_on": "2023-02-03", "number": "70/KH-UBND"})
    page1 = text(res["path"], 1, 1)
    assert "Nguyễn Văn Ánh" in page1 and "Võ Quốc Tuấn" not in page1
    assert "Tuy Đức, ngày 03 tháng 02 năm 2023" in page1 and "Số: 70/KH-UBND" in page1
    assert "KT. CHỦ TỊCH" not in page1
    # the database keeps what was typed; only the printout changed
    again = reports.render_plan(db, pid, tmp_path / "kh2.pdf")
    assert "Võ Quốc Tuấn" in text(again["path"], 1, 1) and again["hash"] != res["hash"]
    with pytest.raises(InputRejected):
        reports.render_plan(db, pid, tmp_path / "x.pdf", overrides={"issued_on": "05/04/2023"})
    with pytest.raises(InputRejected):
        reports.render_plan(db, pid, tmp_path / "x.pdf", overrides={"items": []})


def test_sixty_task_plan_has_table_header_on_every_appendix_page(db, tmp_path):
    pid = make_plan(db, 60)
    seen = []
    res = reports.render_plan(db, pid, tmp_path / "60.pdf", progress=lambda d, t: seen.append((d, t)))
    sizes = page_sizes(res["path"])
    appendix = [n + 1 for n, s in enumerate(sizes) if s == LANDSCAPE]
    assert len(appendix) >= 3
    for n in appendix:
        page = flat(res["path"], n, n)
        assert "Nội dung khắc phục" in page and "Thời gian hoàn thành" in page
        assert f"Mã dữ liệu: {res['hash']}" in page
    assert seen and seen[-1][0] == seen[-1][1]  # progress reached the end


def test_cancel_writes_nothing(db, tmp_path):
    pid = make_plan(db, 30)
    out = tmp_path / "huy.pdf"
    with pytest.raises(Exception) as info:
        reports.render_plan(db, pid, out, cancelled=lambda: True)
    assert "hủy" in str(info.value)
    assert not out.exists() and not list(tmp_path.glob(".~*"))


def test_plan_as_docx_has_the_same_tasks(db, tmp_path):
    from docx import Document
    pid = make_plan(db, 6)
    res = reports.render_plan(db, pid, tmp_path / "kh.docx", fmt="docx")
    rows = Document(res["path"]).tables[-1].rows
    from cchc_desktop.services.plans import plan_items
    assert [r.cells[1].text for r in rows[1:-1]] == [i.content for i in plan_items(db, pid)]


def test_deficit_plan_prints_the_seed_000_table(db, tmp_path):
    pid = make_plan(db, 4, deficit=True)
    res = reports.render_deficit(db, pid, tmp_path / "bang.pdf")
    assert set(page_sizes(res["path"])) == {LANDSCAPE}
    layout = text(res["path"])
    # max = 2 × lost in the factory: 1+4+10+4 = 19 max, 9,5 achieved
    assert "Tổng" in layout and "19" in layout and "9,5" in layout
    # a plan shaped like seed 000 (no offices) gets the deficit table as its appendix
    plan = reports.render_plan(db, pid, tmp_path / "kh.pdf")
    assert "Điểm đạt được" in flat(plan["path"])


def test_progress_report_for_a_period(db, tmp_path):
    pid = make_plan(db, 4)
    add_progress(db, pid, "Q1-2026", 1, "done", "Đã ban hành báo cáo quý I đúng hạn.")
    add_progress(db, pid, "Q1-2026", 3, "overdue", "Tỷ lệ đúng hẹn mới đạt 85%.")
    add_progress(db, pid, "H1-2026", 2, "done", "Có 02 sáng kiến được công nhận.")
    res = reports.render_progress(db, pid, "Q1-2026", tmp_path / "bc.pdf")
    body = flat(res["path"])
    page1 = text(res["path"], 1, 1)
    assert "BÁO CÁO" in page1 and "Kính gửi: Sở Nội vụ." in page1 and "/BC-UBND" in page1
    assert "quý I năm 2026" in body
    assert "Đã ban hành báo cáo quý I đúng hạn." in body and "Có 02 sáng kiến" not in body
    assert "I. KẾT QUẢ THỰC HIỆN" in body and "II. KHÓ KHĂN, VƯỚNG MẮC" in body
    assert "III. ĐỀ XUẤT, KIẾN NGHỊ" in body
    assert "Nhiệm vụ 3" in body and "quá hạn" in body  # the overdue task is named under difficulties
    assert "hoàn thành 1" in body
    for period in ("H1-2026", "9M-2026", "Y-2026"):
        assert reports.render_progress(db, pid, period, tmp_path / f"{period}.pdf")["pages"] >= 1
    assert "6 tháng đầu năm 2026" in flat(tmp_path / "H1-2026.pdf")


def test_bad_period_is_rejected_before_anything_is_written(db, tmp_path):
    pid = make_plan(db, 1)
    with pytest.raises(InputRejected) as info:
        reports.render_progress(db, pid, "Q5-2026", tmp_path / "bc.pdf")
    assert "Q1-2026" in str(info.value.message)
    assert not (tmp_path / "bc.pdf").exists()


def test_missing_plan_is_not_found(db, tmp_path):
    with pytest.raises(NotFound):
        reports.render_plan(db, 999, tmp_path / "x.pdf")


def test_scorecard_shows_totals_rank_change_and_deductions(db, tmp_path):
    make_scores(db)
    res = reports.render_scorecard(db, "tuy duc", 2022, tmp_path / "diem.pdf")
    body = flat(res["path"])
    assert "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022" in body and "HUYỆN TUY ĐỨC" in body
    assert "Điểm đạt được (sau thẩm định) 23" in body and "Xếp hạng 2/2" in body
    assert "-4,5 điểm so với năm trước (27,5)" in body
    assert "Tỷ lệ đúng hẹn thấp" in body and "Báo cáo 6 tháng chậm" in body
    assert "Tổng số điểm bị trừ: 3 tiêu chí" in body and "7,5" in body
    assert "Điểm tối đa" in body and "Lĩnh vực 1" in body  # chart legend and axis are real text
    assert all(r["emb"] == "yes" for r in fonts(res["path"]))


def test_ranking_lists_every_unit_in_rank_order(db, tmp_path):
    make_scores(db)
    res = reports.render_ranking(db, 2022, tmp_path / "xh.pdf")
    layout = text(res["path"])
    assert layout.index("Huyện Đắk Mil") < layout.index("Huyện Tuy Đức")
    assert "97,54" in layout and "75,41" in layout
    with pytest.raises(NotFound):
        reports.render_ranking(db, 1999, tmp_path / "none.pdf")


def test_demo_plans_print_like_seeds_004_and_000(demo_db, tmp_path):
    from cchc_desktop.services.plans import list_plans, plan_items
    plans = {p["number"]: p["id"] for p in list_plans(demo_db)}
    tuy_duc = reports.render_plan(demo_db, plans["65/KH-UBND"], tmp_path / "004.pdf")
    sizes = page_sizes(tuy_duc["path"])
    start = sizes.index(LANDSCAPE) + 1
    contents = task_column(tuy_duc["path"], start, tuy_duc["pages"])
    items = plan_items(demo_db, plans["65/KH-UBND"])
    assert len(items) == 21
    for i in items:
        assert i.content in contents, i.stt
    assert "Tổng cộng: 21 nội dung" in flat(tuy_duc["path"], start, tuy_duc["pages"])
    whole = text(tuy_duc["path"])
    assert "TM. ỦY BAN NHÂN DÂN" in whole and "KT. CHỦ TỊCH" in whole and "PHÓ CHỦ TỊCH" in whole
    department = reports.render_plan(demo_db, plans["925/KH-SKHĐT"], tmp_path / "000.pdf")
    layout = text(department["path"])
    assert "GIÁM ĐỐC" in layout and "Trương Hòa Châu" in layout and "Đồng Tháp, ngày 12 tháng 4 năm 2022" in layout
    import re
    assert re.search(r"Tổng\s+39,5\s+30,44", layout)  # the seed's own totals


def test_seed_004_plan_prints_its_preamble_and_closing_paragraphs(demo_db, tmp_path):
    import subprocess
    from cchc_desktop.services import reports
    from cchc_desktop.services.plans import list_plans
    plan_id = next(p["id"] for p in list_plans(demo_db) if p["unit"] == "DNO-TUYDUC")
    out = reports.render_plan(demo_db, plan_id, tmp_path / "kh.pdf")
    text = " ".join(subprocess.run(["pdftotext", out["path"], "-"], capture_output=True, text=True).stdout.split())
    assert "UBND huyện xây dựng kế hoạch khắc phục" in text
    assert "Trên đây là Kế hoạch khắc phục" in text
    assert text.index("như sau") < text.index("I. MỤC ĐÍCH") < text.index("Trên đây là") < text.index("Nơi nhận")


def test_demo_ranking_keeps_every_score_and_unit_name_on_one_line(demo_db, tmp_path):
    # Field columns are sized to their numbers: «15,75» must not print as «15,7» over «5».
    res = reports.render_ranking(demo_db, 2022, tmp_path / "xh.pdf")
    assert page_sizes(res["path"]) == [LANDSCAPE]
    lines = text(res["path"]).splitlines()
    tuy_duc = next(ln for ln in lines if "UBND huyện Tuy Đức" in ln).split()
    assert tuy_duc[0] == "8" and tuy_duc[-4:] == ["80", "71,79", "71,79", "Khá"]
    assert "7,315" in tuy_duc and "14,975" in tuy_duc
    assert any("UBND thành phố Gia Nghĩa" in ln and "15,5" in ln and "11,42" in ln for ln in lines)
    assert "3 (17,5)" in " ".join(lines)
