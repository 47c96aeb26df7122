"""The appendix table of a real plan (seed 000: Sở KH&ĐT Đồng Tháp, 2022): STT counting 1..7, a
two-row header under 'NĂM 2021', the header repeated on the next page, a 'Tổng' row."""
from decimal import Decimal

from cchc_desktop.io.criteria_workbook import parse_criteria_sheet
from cchc_desktop.io.score_workbook import parse_scores
from cchc_desktop.io.workbook_reader import open_workbook

from fixtures_workbooks import write_xlsx

HEADER = [["STT", "TÊN TIÊU CHÍ", "NĂM 2021", None, None, "GIẢI PHÁP KHẮC PHỤC TRONG NĂM 2022"],
          [None, None, "Điểm chuẩn", "Điểm đạt được", "Lý do", None]]
ROWS = [
    [1, "Thực hiện các nhiệm vụ được UBND Tỉnh giao trên phần mềm giao việc.", "1.00", "0.50",
     "Có 01 nhiệm vụ trễ hạn.", "Chủ động thực hiện nhiệm vụ."],
    [2, "100% công chức, viên chức chưa lập hồ sơ công việc.", "0.50", "0", "Chưa lập hồ sơ", "Tổ chức lập"],
    [3, "Thực hiện tinh giản biên chế theo quy định.", "0.50", "0", "Không có trường hợp", "Thực hiện"],
    [4, "Thực hiện kế hoạch đào tạo, bồi dưỡng.", "1.00", "0.83", "Chưa hoàn thành 02 chỉ tiêu", "Đăng ký"],
    [5, "Tỷ lệ hồ sơ TTHC tiếp nhận qua bưu chính công ích.", "1.00", "0.50", "Chỉ đạt 11,3%", "Hướng dẫn"],
]
ROWS_PAGE_2 = [
    [6, "Sự hài lòng của tổ chức, người dân, doanh nghiệp đối với hoạt động của Sở.", "33,5", "28,61",
     "Do sự đánh giá của các đối tượng được khảo sát", "Nâng cao trách nhiệm"],
    [7, "Hoàn thành từ 80% - 100% kế hoạch cải cách hành chính.", "2", "0", "Tổ chấm không đạt", "Kiến nghị"],
]


def seed_book(tmp_path):
    rows = [["Phụ lục"], ["NHỮNG NHIỆM VỤ, NỘI DUNG CẢI CÁCH HÀNH CHÍNH CHƯA HOÀN THÀNH"],
            ["(Kèm theo Kế hoạch số: 925/KH-SKHĐT ngày 12 tháng 4 năm 2022 của Sở Kế hoạch và Đầu tư)"], []]
    rows += HEADER + ROWS + [[]] + HEADER + ROWS_PAGE_2 + [["Tổng", None, "39,5", "30,44"]]
    merges = ["A5:A6", "B5:B6", "C5:E5", "F5:F6"]
    return write_xlsx(tmp_path / "925-KH-SKHDT.xlsx", {"Phụ lục": rows}, merges={"Phụ lục": merges})


def test_seed_table_as_criteria(tmp_path):
    result = parse_criteria_sheet(open_workbook(seed_book(tmp_path)), "925-KH-SKHDT.xlsx")
    assert [r.code for r in result.rows] == ["1", "2", "3", "4", "5", "6", "7"]
    assert result.rows[5].max_points == Decimal("33.5")
    assert result.declared_total == Decimal("39.5") and result.max_total == Decimal("39.5")
    assert result.errors == [] and result.warnings == []


def test_seed_table_as_scores_of_one_unit(tmp_path):
    result = parse_scores(open_workbook(seed_book(tmp_path)), "925-KH-SKHDT.xlsx",
                          known_units=[("SKHDT", "Sở Kế hoạch và Đầu tư")])
    assert result.layout == "per-unit" and result.errors == [] and result.warnings == []
    [unit] = result.units
    assert (unit.unit_label, unit.matched_unit_code, unit.label_cell) == ("Sở Kế hoạch và Đầu tư", "SKHDT", "A3")
    scores = {s.code: s for s in unit.scores}
    assert scores["6"].appraised == Decimal("28.61") and scores["4"].appraised == Decimal("0.83")
    assert scores["1"].reason == "Có 01 nhiệm vụ trễ hạn." and scores["1"].appraised_cell == "D7"
    assert sum(s.appraised for s in unit.scores) == Decimal("30.44")
