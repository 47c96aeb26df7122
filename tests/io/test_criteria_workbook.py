from decimal import Decimal

import pytest

from cchc_desktop.io.criteria_workbook import parse_criteria_sheet
from cchc_desktop.io.workbook_reader import open_workbook
from cchc_desktop.services.errors import InputRejected

from fixtures_workbooks import (CRITERIA_BODY, CRITERIA_HEADER, criteria_rows, criteria_xlsx,
                                 header_row_index, write_ods, write_xlsx)

FIRST = header_row_index()  # Excel row of the first field row


def parse(path):
    return parse_criteria_sheet(open_workbook(path), path.name)


def test_reads_tree_codes_names_maxima_and_kinds(tmp_path):
    result = parse(criteria_xlsx(tmp_path / "bo.xlsx"))
    assert result.errors == [] and result.warnings == []
    by_code = {r.code: r for r in result.rows}
    assert list(by_code) == ["1", "1.1", "1.1.1", "1.1.2", "1.2", "2", "2.1", "2.2", "3", "3.1"]
    assert by_code["1"].name == "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC" and by_code["1"].parent_code is None
    assert by_code["1.1.1"].parent_code == "1.1" and by_code["1.1"].parent_code == "1"
    assert by_code["2"].max_points == Decimal("14.5") and by_code["2.1"].max_points == Decimal("4.5")
    assert by_code["3"].kind == "survey" and by_code["3.1"].kind == "survey"
    assert by_code["2.2"].kind == "scored"
    assert by_code["1.1.1"].evidence == "Quyết định ban hành"
    # Level rows without a code become the criterion's scoring guidance, never criteria
    assert "Ban hành đúng hạn: 1 điểm" in by_code["1.1.1"].guidance
    assert "Ban hành chậm: 0,5 điểm" in by_code["1.1.1"].guidance
    assert by_code["1.1"].guidance == "Ban hành trước 31/12"
    assert by_code["1"].cell_ref == f"A{FIRST}" and by_code["1"].sheet == "Bộ tiêu chí"
    assert result.declared_total == Decimal(100) and result.max_total == Decimal(100)
    assert [r.order for r in result.rows] == list(range(1, 11))


def test_codes_written_in_the_name_and_counting_stt_column(tmp_path):
    body = [[1, "I. CÔNG TÁC CHỈ ĐẠO", 6], [2, "1.1. Kế hoạch CCHC", 2], [3, "1.2 - Báo cáo CCHC", 4],
            [4, "II. CẢI CÁCH TTHC", 4], [5, "2.1 Công khai TTHC", 4]]
    header = [["STT", "Nội dung", "Điểm chuẩn"]]
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["BỘ TIÊU CHÍ"]] + header + body})
    result = parse(path)
    assert [(r.code, r.name) for r in result.rows] == [
        ("1", "CÔNG TÁC CHỈ ĐẠO"), ("1.1", "Kế hoạch CCHC"), ("1.2", "Báo cáo CCHC"),
        ("2", "CẢI CÁCH TTHC"), ("2.1", "Công khai TTHC")]
    assert result.rows[1].cell_ref == "B4"


def test_roman_field_with_relative_criterion_numbers(tmp_path):
    body = [["III", "CẢI CÁCH TTHC", 3], ["1", "Công khai", 1], ["2", "Giải quyết", 2], ["2.1", "Đúng hạn", 2]]
    path = write_xlsx(tmp_path / "a.xlsx", {"S": [["TT", "Tiêu chí", "Điểm tối đa"]] + body})
    assert [r.code for r in parse(path).rows] == ["3", "3.1", "3.2", "3.2.1"]


def test_duplicate_code_is_an_error_naming_sheet_and_cell(tmp_path):
    body = CRITERIA_BODY + [["2.2", "Trùng mã", 1, None, None]]
    result = parse(criteria_xlsx(tmp_path / "dup.xlsx", body=body, total=None))
    assert len(result.errors) == 1
    err = result.errors[0]
    assert err.sheet == "Bộ tiêu chí" and err.cell == f"A{FIRST + len(CRITERIA_BODY)}"
    assert "2.2" in err.message and "trùng" in err.message
    assert err.to_json() == {"sheet": "Bộ tiêu chí", "cell": err.cell, "message": err.message}


def test_maximum_that_is_not_a_number_is_an_error(tmp_path):
    body = [list(r) for r in CRITERIA_BODY]
    body[6][2] = "bốn điểm"
    result = parse(criteria_xlsx(tmp_path / "x.xlsx", body=body))
    assert [(e.sheet, e.cell) for e in result.errors] == [("Bộ tiêu chí", f"C{FIRST + 6}")]
    assert "bốn điểm" in result.errors[0].message


def test_children_not_summing_and_wrong_total_are_warnings(tmp_path):
    body = [list(r) for r in CRITERIA_BODY]
    body[1][2] = 3  # 1.1 says 3 but its children sum to 2; field I then sums to 7, not 6
    result = parse(criteria_xlsx(tmp_path / "w.xlsx", body=body, total=["Tổng cộng", None, 99]))
    assert result.errors == []
    cells = sorted(w.cell for w in result.warnings)
    assert cells == sorted([f"C{FIRST}", f"C{FIRST + 1}", f"C{FIRST + len(CRITERIA_BODY)}"])
    assert all(w.sheet == "Bộ tiêu chí" for w in result.warnings)
    assert result.declared_total == Decimal(99)


def test_total_row_as_formula_without_cached_value_is_computed(tmp_path):
    rows = criteria_rows(total=None)
    first = header_row_index()
    fields = [first + i for i, r in enumerate(CRITERIA_BODY) if r[0] in ("I", "II", "III")]
    rows.insert(len(rows) - 3, ["Tổng", None, "=" + "+".join(f"C{r}" for r in fields)])
    result = parse(write_xlsx(tmp_path / "f.xlsx", {"S": rows}))
    assert result.warnings == [] and result.declared_total == Decimal(100)


def test_marker_in_max_column_makes_survey_criterion(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"S": [["STT", "Tiêu chí", "Điểm tối đa"], ["1", "Hài lòng", "SIPAS"],
                                                  ["2", "Báo cáo", "Không áp dụng"]]})
    result = parse(path)
    assert [(r.code, r.kind, r.max_points) for r in result.rows] == [("1", "survey", None), ("2", "scored", None)]
    assert result.errors == []


def test_penalty_and_bonus_kinds(tmp_path):
    body = [["1", "Báo cáo", 2], ["2", "Điểm thưởng sáng kiến", 1], ["3", "Điểm trừ do vi phạm", -2],
            ["3.1", "Chậm báo cáo", -2]]
    result = parse(write_xlsx(tmp_path / "k.xlsx", {"S": [["STT", "Tiêu chí", "Điểm tối đa"]] + body}))
    assert [r.kind for r in result.rows] == ["scored", "bonus", "penalty", "penalty"]


def test_hidden_columns_do_not_displace_the_visible_maximum(tmp_path):
    rows = [["STT", "Tiêu chí", "Điểm tối đa", "Điểm tối đa"], ["1", "Báo cáo", 99, 2]]
    path = write_xlsx(tmp_path / "h.xlsx", {"S": rows}, hidden_cols={"S": ["C"]})
    assert parse(path).rows[0].max_points == Decimal(2)


def test_ods_criteria_set(tmp_path):
    path = write_ods(tmp_path / "bo.ods", {"Tiêu chí": criteria_rows()})
    result = parse(path)
    assert [r.code for r in result.rows][:3] == ["1", "1.1", "1.1.1"] and result.errors == []
    assert result.declared_total == Decimal(100)


def test_workbook_without_criteria_table_names_the_file(tmp_path):
    path = write_xlsx(tmp_path / "trong.xlsx", {"S": [["Chỉ có tiêu đề"], ["và một dòng chữ"]]})
    with pytest.raises(InputRejected) as exc:
        parse(path)
    assert exc.value.file == "trong.xlsx" and "trong.xlsx" in exc.value.message
