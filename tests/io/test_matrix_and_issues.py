from decimal import Decimal

from cchc_desktop.io.issues import Issue, cell_ref
from cchc_desktop.io.score_workbook import detect_layout, parse_scores
from cchc_desktop.io.workbook_reader import open_workbook

from fixtures_workbooks import KNOWN_UNITS, write_ods, write_xlsx


def test_cell_ref_and_issue_json():
    assert cell_ref(16, 4) == "E17" and cell_ref(0, 26) == "AA1"
    issue = Issue("error", "Điểm vượt tối đa", "Huyện A", "E17", "diem.xlsx", "score above maximum")
    assert issue.to_json() == {"sheet": "Huyện A", "cell": "E17", "message": "Điểm vượt tối đa"}
    assert issue.located() == "Tệp diem.xlsx, trang tính «Huyện A», ô E17: Điểm vượt tối đa"


def test_matrix_in_ods_without_merge_information(tmp_path):
    rows = [["STT", "Nội dung", "Điểm chuẩn", "UBND HUYỆN CAO LÃNH", None, "UBND HUYỆN THÁP MƯỜI", None],
            [None, None, None, "Điểm tự đánh giá", "Điểm thẩm định", "Điểm tự đánh giá", "Điểm thẩm định"],
            ["1.1", "Kế hoạch", 2, 2, "1,5", "2", "2"],
            ["1.2", "Báo cáo", 1, 1, 1, "0,5", "0.5"]]
    path = write_ods(tmp_path / "m.ods", {"Tổng hợp": rows})
    assert detect_layout(open_workbook(path)) == "matrix"
    result = parse_scores(open_workbook(path), "m.ods", known_units=KNOWN_UNITS)
    assert [(u.unit_label, u.matched_unit_code, u.label_cell) for u in result.units] == [
        ("UBND HUYỆN CAO LÃNH", "H01", "D1"), ("UBND HUYỆN THÁP MƯỜI", "H02", "F1")]
    assert result.units[1].scores[1].appraised == Decimal("0.5")
    assert result.units[1].scores[1].appraised_cell == "G4"


def test_ambiguous_unit_in_ranking_is_an_error_listing_candidates(tmp_path):
    rows = [["STT", "Đơn vị", "Tổng điểm", "Xếp hạng"], [1, "Cao Lãnh", 90, 1]]
    units = [("H01", "Huyện Cao Lãnh"), ("TP02", "Thành phố Cao Lãnh")]
    result = parse_scores(open_workbook(write_xlsx(tmp_path / "r.xlsx", {"XH": rows})), "r.xlsx",
                          known_units=units)
    [err] = result.errors
    assert (err.sheet, err.cell) == ("XH", "B2") and "H01" in err.message and "TP02" in err.message
    assert result.published[0].matched_unit_code is None


def test_same_unit_on_two_sheets_is_an_error(tmp_path):
    body = [["TT", "Tiêu chí", "Điểm tối đa", "Thẩm định"], ["1.1", "Kế hoạch", 2, 2]]
    sheets = {"Cao Lãnh": body, "Cao Lanh (2)": [["Đơn vị: Huyện Cao Lãnh"]] + body}
    result = parse_scores(open_workbook(write_xlsx(tmp_path / "d.xlsx", sheets)), "d.xlsx", known_units=KNOWN_UNITS)
    assert [(e.sheet, e.cell) for e in result.errors] == [("Cao Lanh (2)", "A1")]
