"""End-to-end: numbers typed every way officers type them, in real files."""
from decimal import Decimal

from hypothesis import HealthCheck, given, settings, strategies as st

from cchc_desktop.io.score_workbook import parse_scores
from cchc_desktop.io.workbook_reader import open_workbook

from fixtures_workbooks import write_xlsx

STYLES = ("float", "comma", "dot", "spaced", "percent")


def render(value: Decimal, style: str):
    plain = format(value, "f")
    return {"float": float(value), "comma": plain.replace(".", ","), "dot": plain,
            "spaced": f" {plain.replace('.', ',')}  ", "percent": f"{plain}%"}[style]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.decimals(min_value=0, max_value=10, places=2), st.sampled_from(STYLES)),
                min_size=1, max_size=12))
def test_mixed_number_styles_in_one_table(tmp_path_factory, cells):
    rows = [["STT", "Nội dung", "Điểm chuẩn", "Điểm tự chấm", "Điểm thẩm định"]]
    rows += [[i + 1, f"1.{i + 1}. Tiêu chí {i + 1}", 10, render(v, s), render(v, s)]
             for i, (v, s) in enumerate(cells)]
    path = write_xlsx(tmp_path_factory.mktemp("m") / "m.xlsx", {"Huyện A": rows})
    result = parse_scores(open_workbook(path), "m.xlsx")
    assert result.errors == []
    got = [(s.code, s.self_score, s.appraised) for s in result.units[0].scores]
    assert got == [(f"1.{i + 1}", v, v) for i, (v, _) in enumerate(cells)]


def test_codes_in_names_beat_a_counting_stt_column(tmp_path):
    rows = [["STT", "Nội dung", "Điểm tối đa", "Tự chấm", "Thẩm định"],
            [1, "I. CÔNG TÁC CHỈ ĐẠO", 3, None, None],
            [2, "1.1. Kế hoạch", 1, 1, 1],
            [3, "1.2 - Báo cáo", 2, 2, "1,5"]]
    result = parse_scores(open_workbook(write_xlsx(tmp_path / "a.xlsx", {"Huyện A": rows})), "a.xlsx")
    assert [(s.code, s.appraised, s.appraised_cell) for s in result.units[0].scores] == [
        ("1.1", Decimal(1), "E3"), ("1.2", Decimal("1.5"), "E4")]
    assert result.units[0].unit_label == "Huyện A"


def test_ranking_with_field_blocks_of_points_and_rank(tmp_path):
    rows = [["TT", "Đơn vị", "Lĩnh vực I", None, "Lĩnh vực II", None, "Tổng điểm", "Xếp hạng"],
            [None, None, "Điểm", "Xếp hạng", "Điểm", "Xếp hạng", None, None],
            [1, "Huyện Cao Lãnh", "8,5", 1, 10, 2, "18,5", "1"],
            [2, "Huyện Tháp Mười", 8, 2, "10,5", 1, "18,5", "1"]]
    merges = {"XH": ["A1:A2", "B1:B2", "C1:D1", "E1:F1", "G1:G2", "H1:H2"]}
    result = parse_scores(open_workbook(write_xlsx(tmp_path / "r.xlsx", {"XH": rows}, merges=merges)), "r.xlsx",
                          layout="ranking", known_units=[("H01", "Huyện Cao Lãnh"), ("H02", "Huyện Tháp Mười")])
    a, b = result.published
    assert a.fields == {"1": (Decimal("8.5"), 1), "2": (Decimal(10), 2)}
    assert (b.matched_unit_code, b.total, b.rank, b.rank_of) == ("H02", Decimal("18.5"), 1, 2)
    assert result.errors == [] and result.warnings == []
