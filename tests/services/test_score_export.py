"""`scores export`, templates and annotated copies: workbooks the officer opens and sends back."""
from __future__ import annotations

import openpyxl
import pytest
from python_calamine import CalamineWorkbook

from cchc_desktop.io.annotate import annotate_workbook
from cchc_desktop.services import scores
from cchc_desktop.services.errors import NotFound
from cchc_desktop.services.score_export import export_scores, templates
from cchc_desktop.services.score_import import import_scores

from import_world import YEAR, district_world, dump, fw, per_unit_xlsx


@pytest.fixture
def world(db, tmp_path):
    district_world(db, tmp_path)
    import_scores(db, per_unit_xlsx(tmp_path / "s.xlsx", cao_lanh=fw.score_body(), thap_muoi=fw.score_body(1, 1)),
                  YEAR)
    return db


def test_demo_scores_export_and_reimport_unchanged(demo_db, tmp_path):
    before_show, before = scores.show(demo_db, 2022), dump(demo_db)
    out = export_scores(demo_db, 2022, tmp_path / "diem-2022.xlsx")
    assert out["units"] == 8
    doc = import_scores(demo_db, out["path"], 2022)
    assert doc["ok"] and doc["units"] == 8 and doc["created"] == 0 and doc["updated"] == 0
    assert doc["unchanged"] > 0 and doc["warnings"] == []
    assert scores.show(demo_db, 2022) == before_show
    after = dump(demo_db)
    assert after["scores"] == before["scores"] and after["states"] == before["states"]


def test_exported_sheets_are_named_titled_and_totalled(world, tmp_path):
    path = export_scores(world, YEAR, tmp_path / "x.xlsx")["path"]
    wb = openpyxl.load_workbook(path)
    names = [ws.title for ws in wb.worksheets]
    assert names == ["UBND huyện Cao Lãnh", "UBND huyện Tháp Mười", "_cchc"]
    assert wb["_cchc"].sheet_state == "hidden"
    ws = wb["UBND huyện Cao Lãnh"]
    assert ws["A2"].value == "Đơn vị: UBND huyện Cao Lãnh"
    assert [c.value for c in ws[5]] == ["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định", "Lý do"]
    assert ws.freeze_panes == "A6" and ws["A6"].font.b and not ws["A8"].font.b
    assert ws["E6"].value.startswith("=SUM(") and ws["E6"].number_format == "#,##0.00"
    rows = CalamineWorkbook.from_path(path).get_sheet_by_name("UBND huyện Cao Lãnh").to_python()
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2:5] == [100.0, 20.5, 89.25]        # cached results: readable without Excel
    assert rows[5][4] == 5.25                        # field I subtotal


def test_long_unit_names_give_unique_sheet_names_of_at_most_31_characters(db, tmp_path):
    from cchc_desktop.services import units
    district_world(db, tmp_path)
    long_a = "UBND thành phố Gia Nghĩa tỉnh Đắk Nông khu vực A"
    long_b = "UBND thành phố Gia Nghĩa tỉnh Đắk Nông khu vực B"
    units.add_unit(db, "GN-A", long_a, "huyen")
    units.add_unit(db, "GN-B", long_b, "huyen")
    sheets = {"A": fw.unit_sheet_rows(f"Đơn vị: {long_a}", fw.score_body()),
              "B": fw.unit_sheet_rows(f"Đơn vị: {long_b}", fw.score_body(1, 1))}
    assert import_scores(db, fw.write_xlsx(tmp_path / "in.xlsx", sheets), YEAR)["ok"]
    path = export_scores(db, YEAR, tmp_path / "x.xlsx")["path"]
    names = openpyxl.load_workbook(path).sheetnames[:-1]
    assert len(names) == len(set(names)) == 2 and all(len(n) <= 31 for n in names)
    before = scores.show(db, YEAR)
    again = import_scores(db, path, YEAR)
    assert again["ok"] and again["created"] == again["updated"] == 0
    assert scores.show(db, YEAR) == before


def test_one_unit_only(world, tmp_path):
    path = export_scores(world, YEAR, tmp_path / "x.xlsx", unit="Tháp Mười")["path"]
    assert openpyxl.load_workbook(path).sheetnames == ["UBND huyện Tháp Mười", "_cchc"]
    with pytest.raises(NotFound):
        export_scores(world, YEAR + 3, tmp_path / "y.xlsx")


def _fill(path, cells: dict[str, object], sheet=None):
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet] if sheet else wb.worksheets[0]
    for ref, value in cells.items():
        ws[ref] = value
    wb.save(path)


def test_templates_import_once_filled(db, tmp_path):
    district_world(db, tmp_path)
    per_unit, matrix, ranking = templates(db, YEAR, tmp_path / "mau")
    # per-unit: the first sheet is Cao Lãnh; rows 8.. are 1.1.1, 1.1.2, 1.2 (row 6 field I, row 7 1.1)
    _fill(per_unit, {"D8": 1, "E8": 0.5, "F8": "Ban hành chậm"})
    doc = import_scores(db, per_unit, YEAR)
    assert doc["ok"] and doc["created"] == 1
    # matrix: header rows 3-4, criteria from row 5; Cao Lãnh block D:F, Tháp Mười block G:I
    _fill(matrix, {"G7": 1, "H7": 1})
    doc = import_scores(db, matrix, YEAR)
    assert doc["ok"] and doc["layout"] == "matrix" and doc["created"] == 1
    # ranking: one row per unit from row 4 (Cao Lãnh, Tháp Mười), fields I-III, total, index, rank
    _fill(ranking, {"C4": 5, "D4": 12, "E4": 70, "F4": 87, "H4": 1})
    doc = import_scores(db, ranking, YEAR)
    assert doc["ok"] and doc["layout"] == "ranking" and doc["created"] == 4


def test_annotated_copy_marks_each_refused_cell(world, tmp_path):
    bad = per_unit_xlsx(tmp_path / "bad.xlsx", cao_lanh=fw.score_body(appr_1_1_1="một"))
    doc = import_scores(world, bad, YEAR)
    assert not doc["ok"]
    out = annotate_workbook(bad, [{"severity": "error", **e} for e in doc["errors"]], tmp_path / "danh-dau.xlsx")
    cell = openpyxl.load_workbook(out)["Cao Lãnh"][doc["errors"][0]["cell"]]
    assert cell.fill.fgColor.rgb.endswith("FFC7CE")
    assert "không phải là số" in cell.comment.text


def test_annotated_copy_of_an_ods_is_an_xlsx(tmp_path):
    src = fw.write_ods(tmp_path / "bang.ods", {"Trang 1": [["Mã", "Điểm"], ["1.1", "abc"]]})
    out = annotate_workbook(src, [{"sheet": "Trang 1", "cell": "B2", "message": "«abc» không phải là số"}],
                            tmp_path / "bang-danh-dau.ods")
    assert out.endswith(".xlsx")
    ws = openpyxl.load_workbook(out)["Trang 1"]
    assert ws["B2"].value == "abc" and "abc" in ws["B2"].comment.text
