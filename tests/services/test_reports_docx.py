"""Scorecard, progress report and ranking as .docx (issue 7), opened back with python-docx."""
from __future__ import annotations

import pytest
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn

from cchc_desktop.services import reports
from cchc_desktop.services.errors import InputRejected
from cchc_desktop.services.plans import list_plans, plan_items
from cchc_desktop.services.units import list_units

DISTRICTS_2022 = 8  # Đắk Nông's eight district-level units scored in the demo


def all_text(path) -> str:
    doc = Document(path)
    parts = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            parts += [c.text for c in row.cells]
    return "\n".join(parts)


def repeats_header(table) -> bool:
    return table.rows[0]._tr.trPr is not None and table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_scorecard_docx_has_unit_total_and_field_table(demo_db, tmp_path):
    res = reports.render_scorecard(demo_db, "DNO-TUYDUC", 2022, tmp_path / "diem.docx", fmt="docx")
    assert res["pages"] is None and res["hash"]
    body = all_text(res["path"])
    assert "UBND HUYỆN TUY ĐỨC" in body and "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022" in body
    assert "71,79" in body and "71.79" not in body
    assert "II. KẾT QUẢ THEO LĨNH VỰC" in body and "III. CÁC TIÊU CHÍ BỊ TRỪ ĐIỂM" in body
    doc = Document(res["path"])
    field_table = doc.tables[1]
    assert [c.text for c in field_table.rows[0].cells][:3] == ["Mã", "Lĩnh vực", "Tối đa"]
    assert repeats_header(field_table)
    assert doc.sections[0].orientation == WD_ORIENT.PORTRAIT


def test_progress_docx_lists_every_task_under_the_decree_header(demo_db, tmp_path):
    pid = {p["number"]: p["id"] for p in list_plans(demo_db)}["65/KH-UBND"]
    res = reports.render_progress(demo_db, pid, "Y-2023", tmp_path / "bc.docx", fmt="docx")
    assert res["pages"] is None and res["period"] == "Y-2023"
    body = all_text(res["path"])
    assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in body and "/BC-UBND" in body and "BÁO CÁO" in body
    assert "UBND huyện Tuy Đức" in body and "Kính gửi: Sở Nội vụ." in body
    items = plan_items(demo_db, pid)
    assert len(items) == 21
    for item in items:
        assert item.content in body, item.stt
    task_table = Document(res["path"]).tables[1]
    assert task_table.rows[0].cells[1].text == "Nhiệm vụ" and repeats_header(task_table)
    assert len(task_table.rows) == 1 + 21
    assert "Nơi nhận:" in body


def test_ranking_docx_lists_all_eight_districts_in_landscape(demo_db, tmp_path):
    res = reports.render_ranking(demo_db, 2022, tmp_path / "xh.docx", level="huyen", fmt="docx")
    assert res["pages"] is None
    doc = Document(res["path"])
    table = doc.tables[0]
    names = [row.cells[1].text for row in table.rows[1:]]
    districts = [u.name for u in list_units(demo_db) if u.level == "huyen"]
    assert len(names) == len(districts) == DISTRICTS_2022
    assert set(names) == set(districts)
    assert "71,79" in all_text(res["path"])
    assert repeats_header(table)
    assert doc.sections[0].orientation == WD_ORIENT.LANDSCAPE  # field columns need the width, as in the PDF


def test_unknown_format_is_refused_before_writing(demo_db, tmp_path):
    for call in (lambda out: reports.render_scorecard(demo_db, "DNO-TUYDUC", 2022, out, fmt="odt"),
                 lambda out: reports.render_ranking(demo_db, 2022, out, fmt="odt"),
                 lambda out: reports.render_progress(demo_db, 1, "Y-2023", out, fmt="odt")):
        with pytest.raises(InputRejected) as info:
            call(tmp_path / "x.odt")
        assert "odt" in info.value.message
    assert not list(tmp_path.glob("x.*"))
