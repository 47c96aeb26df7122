from decimal import Decimal

import pytest

from cchc_desktop.io.score_workbook import detect_layout, parse_scores
from cchc_desktop.io.workbook_reader import open_workbook
from cchc_desktop.services.errors import InputRejected

from fixtures_workbooks import (KNOWN_CRITERIA, KNOWN_UNITS, score_body, unit_sheet_rows, write_ods,
                                write_xlsx)

# unit_sheet_rows with a unit title: 3 title rows + blank + header -> first data row is Excel row 6
FIRST = 6


def parse(path, **kw):
    kw.setdefault("known_criteria", KNOWN_CRITERIA)
    kw.setdefault("known_units", KNOWN_UNITS)
    return parse_scores(open_workbook(path), path.name, **kw)


def per_unit_book(tmp_path, body_a=None, body_b=None, name="diem.xlsx", **kw):
    sheets = {
        "Cao Lãnh": unit_sheet_rows("Đơn vị: UBND huyện Cao Lãnh", body_a or score_body()),
        "Tháp Mười": unit_sheet_rows("UBND HUYỆN THÁP MƯỜI", body_b or score_body()),
    }
    return write_xlsx(tmp_path / name, sheets, **kw)


def scores_of(unit):
    return {s.code: s for s in unit.scores}


def test_per_unit_layout_reads_leaf_scores_reasons_and_units(tmp_path):
    result = parse(per_unit_book(tmp_path))
    assert result.layout == "per-unit" and result.errors == []
    a, b = result.units
    assert (a.unit_label, a.matched_unit_code, a.label_cell) == ("UBND huyện Cao Lãnh", "H01", "A3")
    assert (b.unit_label, b.matched_unit_code) == ("UBND HUYỆN THÁP MƯỜI", "H02")
    s = scores_of(a)
    # parents (1, 1.1, 2, 3) are subtotals, never scores
    assert sorted(s) == ["1.1.1", "1.1.2", "1.2", "2.1", "2.2", "3.1"]
    assert s["1.1.1"].self_score == Decimal(1) and s["1.1.1"].appraised == Decimal("0.5")
    assert s["1.1.1"].reason == "Ban hành chậm" and s["1.1.1"].appraised_cell == f"E{FIRST + 2}"
    assert s["2.2"].appraised == Decimal("9.25") and s["1.2"].appraised == Decimal("3.75")
    # survey criterion: the province's points, no self score
    assert s["3.1"].survey == Decimal("70.25") and s["3.1"].self_score is None and s["3.1"].appraised is None


def test_detects_layout(tmp_path):
    assert detect_layout(open_workbook(per_unit_book(tmp_path))) == "per-unit"


def test_score_above_maximum_negative_and_text_are_errors_with_cells(tmp_path):
    body = score_body(self_1_1_1="2", appr_1_1_1="-0,5")
    body[6][4] = "đạt"   # 2.1 appraised
    result = parse(per_unit_book(tmp_path, body_a=body))
    found = {(e.sheet, e.cell) for e in result.errors}
    assert found == {("Cao Lãnh", f"D{FIRST + 2}"), ("Cao Lãnh", f"E{FIRST + 2}"), ("Cao Lãnh", f"E{FIRST + 6}")}
    messages = " ".join(e.message for e in result.errors)
    assert "vượt điểm tối đa" in messages and "âm" in messages and "«đạt»" in messages


def test_unknown_code_and_same_criterion_twice_are_errors(tmp_path):
    body = score_body() + [["9.9", "Không có", 1, 1, 1, None], ["2.2", "Lặp lại", 10, 1, 1, None]]
    result = parse(per_unit_book(tmp_path, body_a=body))
    cells = sorted(e.cell for e in result.errors)
    assert cells == [f"A{FIRST + 10}", f"A{FIRST + 11}"]
    assert all(e.sheet == "Cao Lãnh" for e in result.errors)


def test_parent_subtotal_and_total_row_mismatch_are_warnings(tmp_path):
    body = score_body()
    body[1][4] = 2        # 1.1 appraised subtotal says 2, children give 1.5
    total = ["Tổng cộng", None, 100, None, "50"]
    sheets = {"Cao Lãnh": unit_sheet_rows("Đơn vị: UBND huyện Cao Lãnh", body, total)}
    result = parse(write_xlsx(tmp_path / "w.xlsx", sheets))
    assert result.errors == []
    assert {w.cell for w in result.warnings} == {f"E{FIRST + 1}", f"E{FIRST + len(body)}"}


def test_empty_score_cell_is_a_warning(tmp_path):
    body = score_body()
    body[3][4] = None   # 1.1.2 appraised empty
    body[4][4] = "-"    # '-' means no score
    result = parse(per_unit_book(tmp_path, body_a=body))
    assert result.errors == []
    assert {w.cell for w in result.warnings if w.sheet == "Cao Lãnh"} == {f"E{FIRST + 3}", f"E{FIRST + 4}"}
    assert scores_of(result.units[0])["1.1.2"].appraised is None


def test_formulas_without_cached_values_are_computed_or_reported(tmp_path):
    body = score_body()
    body[1][4] = f"=E{FIRST + 2}+E{FIRST + 3}"     # subtotal of 1.1, computable
    body[3][4] = f"=ROUND(E{FIRST + 2}*2,2)"        # 1.1.2 = 1
    body[6][4] = "=VLOOKUP(1,A1:B2,2)"              # 2.1 cannot be computed: error
    body[0][3] = "=INDIRECT(\"X\")"                 # field I self subtotal: only a warning
    result = parse(per_unit_book(tmp_path, body_a=body))
    s = scores_of(result.units[0])
    assert s["1.1.2"].appraised == Decimal(1)
    assert [(e.sheet, e.cell) for e in result.errors] == [("Cao Lãnh", f"E{FIRST + 6}")]
    assert "VLOOKUP" in result.errors[0].message
    assert ("Cao Lãnh", f"D{FIRST}") in {(w.sheet, w.cell) for w in result.warnings}
    assert "2.1" not in s  # never silently 0


def test_sheet_name_cut_at_31_characters_matches_unit_by_prefix(tmp_path):
    sheets = {"Sở Tài nguyên và Môi trường tỉn": unit_sheet_rows(None, score_body())}
    result = parse(write_xlsx(tmp_path / "s.xlsx", sheets))
    unit = result.units[0]
    assert (unit.unit_label, unit.matched_unit_code, unit.label_cell) == (
        "Sở Tài nguyên và Môi trường tỉn", "S01", None)


def test_accent_insensitive_and_ambiguous_unit_names(tmp_path):
    units = KNOWN_UNITS + [("TP02", "Thành phố Cao Lãnh")]
    sheets = {"thap muoi": unit_sheet_rows(None, score_body()), "Cao Lanh": unit_sheet_rows(None, score_body())}
    result = parse(write_xlsx(tmp_path / "u.xlsx", sheets), known_units=units)
    assert [u.matched_unit_code for u in result.units] == ["H02", None]
    [err] = result.errors
    assert err.sheet == "Cao Lanh" and "H01" in err.message and "TP02" in err.message


def test_matrix_layout_with_merged_unit_headers(tmp_path):
    rows = [["KẾT QUẢ CHẤM ĐIỂM CHỈ SỐ CCHC CẤP HUYỆN NĂM 2025"], [],
            ["TT", "Tiêu chí", "Điểm tối đa", "Huyện Cao Lãnh", None, "Huyện Tháp Mười", None, "TP Sa Đéc"],
            [None, None, None, "Tự chấm", "Thẩm định", "Tự chấm", "Thẩm định", "Thẩm định"],
            ["1.1.1", "Ban hành kịp thời", 1, 1, "0,5", 1, 1, "1"],
            ["1.1.2", "Mức độ hoàn thành", 1, 1, 1, "0.75", "0,75", 1],
            ["2.1", "Công khai TTHC", 4.5, 4, 4, 4.5, 4.5, "5"]]
    merges = {"M": ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"]}
    path = write_xlsx(tmp_path / "m.xlsx", {"M": rows}, merges=merges)
    assert detect_layout(open_workbook(path)) == "matrix"
    result = parse(path)
    assert [u.unit_label for u in result.units] == ["Huyện Cao Lãnh", "Huyện Tháp Mười", "TP Sa Đéc"]
    assert [u.matched_unit_code for u in result.units] == ["H01", "H02", "TP01"]
    a, b, c = (scores_of(u) for u in result.units)
    assert a["1.1.1"].appraised == Decimal("0.5") and a["1.1.1"].self_score == Decimal(1)
    assert b["1.1.2"].self_score == Decimal("0.75")
    assert c["1.1.1"].self_score is None and c["1.1.1"].appraised == Decimal(1)
    assert [(e.sheet, e.cell) for e in result.errors] == [("M", "H7")]  # 5 > 4.5


def test_ranking_layout_published_totals(tmp_path):
    rows = [["KẾT QUẢ XẾP HẠNG CHỈ SỐ CCHC NĂM 2025"],
            ["STT", "Tên đơn vị", "Lĩnh vực I", "Lĩnh vực II", "Lĩnh vực III", "Tổng điểm", "Chỉ số (%)", "Xếp hạng"],
            [1, "UBND huyện Cao Lãnh", "5,5", 14, "70", "89,5", "89,50", "1"],
            [2, "Huyện Tháp Mười", 5, "13.5", 70, 88, "88%", "2/3"],
            [3, "Thành phố Sa Đéc", 4, 12, 64, 80, 80, 3],
            [None, "Giá trị trung bình", None, None, None, "85,83", None, None],
            ["Ghi chú: xếp hạng theo tổng điểm."]]
    path = write_xlsx(tmp_path / "r.xlsx", {"XH": rows})
    assert detect_layout(open_workbook(path)) == "ranking"
    result = parse(path)
    assert result.layout == "ranking" and result.units == []
    a, b, c = result.published
    assert (a.matched_unit_code, a.total, a.index_pct, a.rank, a.rank_of) == ("H01", Decimal("89.5"),
                                                                               Decimal("89.5"), 1, 3)
    assert a.fields == {"1": (Decimal("5.5"), None), "2": (Decimal(14), None), "3": (Decimal(70), None)}
    assert (b.rank, b.rank_of, b.index_pct) == (2, 3, Decimal(88))
    assert [(w.sheet, w.cell) for w in result.warnings] == [("XH", "F4")]  # 5+13.5+70 = 88.5 != 88
    assert [(e.sheet, e.cell) for e in result.errors] == []


def test_unit_title_in_a_long_title_row(tmp_path):
    rows = [["BẢNG TỔNG HỢP ĐIỂM CHỈ SỐ CCHC NĂM 2025 CỦA UBND HUYỆN THÁP MƯỜI"], []] + \
           [["TT", "Tiêu chí", "Điểm tối đa", "Tự chấm", "Thẩm định"], ["2.1", "Công khai", 4.5, 4, 4]]
    result = parse(write_xlsx(tmp_path / "t.xlsx", {"Sheet1": rows}))
    assert (result.units[0].unit_label, result.units[0].matched_unit_code) == ("UBND HUYỆN THÁP MƯỜI", "H02")


def test_hidden_sheet_and_notes_below_are_ignored(tmp_path):
    rows = unit_sheet_rows("Đơn vị: Huyện Cao Lãnh", score_body()) + \
        [[], ["Ghi chú: 1.2 tính theo số báo cáo"], ["1.3", "dòng ghi chú", 1, 9, 9]]
    sheets = {"A": rows, "_cchc": [["id", "x"], ["1.1.1", 5]]}
    result = parse(write_xlsx(tmp_path / "n.xlsx", sheets, hidden_sheets=("_cchc",)))
    assert result.errors == [] and len(result.units) == 1


def test_ods_per_unit_scores(tmp_path):
    path = write_ods(tmp_path / "d.ods", {"Cao Lãnh": unit_sheet_rows("Đơn vị: Huyện Cao Lãnh", score_body())})
    result = parse(path)
    assert result.errors == [] and scores_of(result.units[0])["2.2"].appraised == Decimal("9.25")


def test_without_known_criteria_the_sheet_maximum_is_checked(tmp_path):
    body = score_body(appr_1_1_1="1,5")
    result = parse(per_unit_book(tmp_path, body_a=body), known_criteria=None)
    assert [(e.sheet, e.cell) for e in result.errors] == [("Cao Lãnh", f"E{FIRST + 2}")]


def test_not_a_score_workbook_names_the_file(tmp_path):
    path = write_xlsx(tmp_path / "khac.xlsx", {"S": [["Danh sách cán bộ"], ["Nguyễn Văn A"]]})
    with pytest.raises(InputRejected) as exc:
        parse(path)
    assert "khac.xlsx" in exc.value.message


def test_unit_sheets_with_equal_rows_read_as_each_sheet_alone(tmp_path):
    """Rows equal between unit sheets are read once per workbook; each unit still gets exactly what
    reading its sheet alone gives: its own empty cells, column warnings and line breaks."""
    body = score_body()
    no_self_here = [list(r) for r in body]
    no_self_here[3][3] = None                 # 1.1.2 without self score: a warning for that sheet only
    no_self_at_all = [[*r[:3], None, *r[4:]] for r in body]   # the column empty: one column warning
    two_lines = [list(r) for r in body]
    two_lines[2][5] = "Ban hành chậm\nthiếu chữ ký"
    sheets = {"A": body, "B": [list(r) for r in body], "C": no_self_here, "D": no_self_at_all, "E": two_lines}
    rows = {name: unit_sheet_rows(f"Đơn vị: UBND huyện {name}", b) for name, b in sheets.items()}
    together = parse(write_xlsx(tmp_path / "all.xlsx", rows))
    for unit in together.units:
        alone = parse(write_xlsx(tmp_path / f"{unit.sheet}.xlsx", {unit.sheet: rows[unit.sheet]}))
        assert unit.scores == alone.units[0].scores
        assert unit.multiline_reasons == alone.units[0].multiline_reasons
        for mine, theirs in ((together.warnings, alone.warnings), (together.errors, alone.errors)):
            assert [i.to_json() for i in mine if i.sheet == unit.sheet] == [i.to_json() for i in theirs]
    warned = {i.sheet for i in together.warnings}
    assert {"C", "D"} <= warned and not {"A", "B"} & warned
    assert [u.multiline_reasons for u in together.units] == [False, False, False, False, True]
