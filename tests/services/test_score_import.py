"""`scores import`: what an officer sees when importing a province's score workbook."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from cchc_desktop.services import scores
from cchc_desktop.services.errors import CchcError, InputRejected
from cchc_desktop.services.import_log import list_imports
from cchc_desktop.services.score_import import import_scores, undo_last_import
from cchc_desktop.store import models as m

from import_world import YEAR, district_world, dump, fw, per_unit_xlsx

KEYS = {"ok", "dry_run", "layout", "year", "units", "created", "updated", "unchanged", "errors", "warnings",
        "unknown_units", "import_id"}


@pytest.fixture
def world(db, tmp_path):
    district_world(db, tmp_path)
    return db


def _unit(doc, code):
    return next(u for u in doc["units"] if u["code"] == code)


def test_per_unit_workbook_imports_scores_reasons_and_state(world, tmp_path):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body(), thap_muoi=fw.score_body(1, 1, None))
    doc = import_scores(world, path, YEAR)
    assert set(doc) == KEYS
    assert doc["ok"] and doc["layout"] == "per-unit" and doc["units"] == 2
    assert (doc["created"], doc["updated"], doc["unchanged"]) == (12, 0, 0)  # 6 leaves x 2 units
    shown = scores.show(world, YEAR)
    cao_lanh = _unit(shown, "H01")
    assert cao_lanh["state"] == "appraised"
    assert cao_lanh["self_total"] == "20.5"          # survey criterion 3.1 is never self-scored
    assert cao_lanh["appraised_total"] == "89.25"    # 0.5 + 1 + 3.75 + 4.5 + 9.25 + 70.25
    lost = {d["code"]: (d["lost"], d["reason"]) for d in cao_lanh["deductions"]}
    assert lost["1.1.1"] == ("0.5", "Ban hành chậm")
    assert lost["2.2"] == ("0.75", "Trễ hạn 3 hồ sơ")
    assert _unit(shown, "H02")["appraised_total"] == "89.75"


def test_importing_the_same_workbook_twice_changes_nothing(world, tmp_path):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body())
    import_scores(world, path, YEAR)
    before = dump(world)
    doc = import_scores(world, path, YEAR)
    assert (doc["created"], doc["updated"], doc["unchanged"]) == (0, 0, 6)
    after = dump(world)
    assert after["scores"] == before["scores"] and after["states"] == before["states"]
    assert after["import_record"] == before["import_record"] + 1   # every import is recorded


def test_a_changed_score_is_updated_and_counted_once_per_criterion(world, tmp_path):
    import_scores(world, per_unit_xlsx(tmp_path / "a.xlsx", cao_lanh=fw.score_body()), YEAR)
    doc = import_scores(world, per_unit_xlsx(tmp_path / "b.xlsx", cao_lanh=fw.score_body(1, "0,75", "Chậm 2 ngày")),
                        YEAR)
    assert (doc["created"], doc["updated"], doc["unchanged"]) == (0, 1, 5)
    lost = {d["code"]: d for d in _unit(scores.show(world, YEAR), "H01")["deductions"]}
    assert lost["1.1.1"]["score"] == "0.75" and lost["1.1.1"]["reason"] == "Chậm 2 ngày"


def _body_with(code, column, value):
    body = fw.score_body()
    row = next(r for r in body if r[0] == code)
    row[{"self": 3, "appraised": 4}[column]] = value
    return body


REFUSED = {
    "above maximum": (_body_with("1.2", "appraised", 5), "E10", "vượt điểm tối đa"),
    "negative": (_body_with("2.1", "self", "-1"), "D12", "âm"),
    "not a number": (_body_with("2.2", "appraised", "chín"), "E13", "không phải là số"),
    "unknown code": (fw.score_body() + [["9.9", "Tiêu chí lạ", 1, 1, 1, None]], "A16", "không có trong bộ tiêu chí"),
    "same criterion twice": (fw.score_body() + [["2.1", "Công khai TTHC", "4.5", 4, 4, None]], "A16", "hai lần"),
}


@pytest.mark.parametrize("case", sorted(REFUSED))
def test_any_error_leaves_the_database_exactly_as_before(world, tmp_path, case):
    import_scores(world, per_unit_xlsx(tmp_path / "ok.xlsx", thap_muoi=fw.score_body()), YEAR)
    body, cell, words = REFUSED[case]
    before = dump(world)
    doc = import_scores(world, per_unit_xlsx(tmp_path / "bad.xlsx", cao_lanh=fw.score_body(1, 1, None),
                                             thap_muoi=body), YEAR)
    assert doc["ok"] is False and doc["import_id"] is None
    assert {"sheet": "Tháp Mười", "cell": cell} == {k: doc["errors"][0][k] for k in ("sheet", "cell")}
    assert words in doc["errors"][0]["message"]
    assert dump(world) == before


def test_unknown_unit_is_an_error_naming_its_cell_unless_units_may_be_added(world, tmp_path):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body(), hong_ngu=fw.score_body())
    before = dump(world)
    doc = import_scores(world, path, YEAR)
    assert not doc["ok"] and doc["unknown_units"] == ["UBND huyện Hồng Ngự"]
    assert doc["errors"][0]["sheet"] == "Hồng Ngự" and doc["errors"][0]["cell"] == "A3"
    assert dump(world) == before
    doc = import_scores(world, path, YEAR, add_units=True)
    assert doc["ok"] and doc["units"] == 2 and doc["created"] == 12
    with world.read() as s:
        added = s.execute(select(m.Unit).where(m.Unit.name == "UBND huyện Hồng Ngự")).scalar_one()
        assert added.level == "huyen"
    assert _unit(scores.show(world, YEAR), added.code)["appraised_total"] == "89.25"


def test_added_units_belong_to_the_own_units_province(world, tmp_path):
    from cchc_desktop.services import settings
    with world.session() as s:
        settings.put(s, settings.OWN_UNIT, "H01")
    import_scores(world, per_unit_xlsx(tmp_path / "d.xlsx", hong_ngu=fw.score_body()), YEAR, add_units=True)
    with world.read() as s:
        added = s.execute(select(m.Unit).where(m.Unit.name == "UBND huyện Hồng Ngự")).scalar_one()
        assert added.parent.code == "DTP"


def test_dry_run_reports_counts_and_writes_nothing(world, tmp_path):
    before = dump(world)
    doc = import_scores(world, per_unit_xlsx(tmp_path / "d.xlsx", cao_lanh=fw.score_body(),
                                             hong_ngu=fw.score_body()), YEAR, add_units=True, dry_run=True)
    assert doc["ok"] and doc["dry_run"] and doc["created"] == 12 and doc["import_id"] is None
    assert dump(world) == before


def test_matrix_layout(world, tmp_path):
    rows = [["BẢNG ĐIỂM CÁC HUYỆN"], [],
            ["TT", "Tiêu chí", "Điểm tối đa", "UBND huyện Cao Lãnh", None, "UBND huyện Tháp Mười", None],
            [None, None, None, "Tự chấm", "Thẩm định", "Tự chấm", "Thẩm định"]]
    for r in fw.score_body():
        rows.append(r[:5] + r[3:5])
    path = fw.write_xlsx(tmp_path / "matrix.xlsx", {"Tổng hợp": rows},
                         merges={"Tổng hợp": ["A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3"]})
    doc = import_scores(world, path, YEAR)
    assert doc["ok"] and doc["layout"] == "matrix" and doc["created"] == 12
    assert _unit(scores.show(world, YEAR), "H02")["appraised_total"] == "89.25"


def _ranking_xlsx(path, total_h01="71,5", rank_h01=2):
    rows = [["KẾT QUẢ CHỈ SỐ CCHC NĂM 2025"], [],
            ["STT", "Đơn vị", "Lĩnh vực I", "Lĩnh vực II", "Lĩnh vực III", "Tổng điểm", "Xếp hạng"],
            [1, "UBND huyện Tháp Mười", "5,5", 14, 70, "89,5", 1],
            [2, "UBND huyện Cao Lãnh", 5, "12,5", 54, total_h01, rank_h01]]
    return fw.write_xlsx(path, {"Xếp hạng": rows})


def test_ranking_layout_becomes_published_results(world, tmp_path):
    doc = import_scores(world, _ranking_xlsx(tmp_path / "r.xlsx"), YEAR)
    assert doc["ok"] and doc["layout"] == "ranking" and doc["units"] == 2
    assert doc["created"] == 8   # three fields + total per unit
    with world.read() as s:
        h01 = s.execute(select(m.Unit).where(m.Unit.code == "H01")).scalar_one()
        rows = {p.code: p for p in s.execute(select(m.PublishedResult).where(m.PublishedResult.unit_id == h01.id))
                .scalars()}
    assert rows[None].points == D("71.5") and rows[None].rank == 2 and rows[None].rank_of == 2
    assert rows["2"].points == D("12.5") and rows["2"].max_points == D("14.5")
    again = import_scores(world, _ranking_xlsx(tmp_path / "r.xlsx"), YEAR)
    assert (again["created"], again["updated"], again["unchanged"]) == (0, 0, 8)
    fixed = import_scores(world, _ranking_xlsx(tmp_path / "r2.xlsx", "71,5", 3), YEAR)
    assert (fixed["created"], fixed["updated"], fixed["unchanged"]) == (0, 1, 7)


def test_undo_of_the_last_import_restores_previous_values(world, tmp_path):
    import_scores(world, per_unit_xlsx(tmp_path / "a.xlsx", cao_lanh=fw.score_body()), YEAR)
    first = dump(world)
    import_scores(world, per_unit_xlsx(tmp_path / "b.xlsx", cao_lanh=fw.score_body(1, "0,75", "Chậm"),
                                       hong_ngu=fw.score_body()), YEAR, add_units=True)
    undone = undo_last_import(world)
    assert undone["scores_restored"] == 1 and undone["units_removed"] == 1
    after = dump(world)
    assert after["scores"] == first["scores"] and after["unit"] == first["unit"]
    assert after["states"] == first["states"]
    undo_last_import(world)   # then the first import goes too
    assert dump(world)["score"] == 0
    with pytest.raises(InputRejected):
        undo_last_import(world)
    assert [r["undone"] for r in list_imports(world) if r["kind"] == "scores"] == [True, True]


def test_undo_restores_published_results(world, tmp_path):
    import_scores(world, _ranking_xlsx(tmp_path / "r.xlsx"), YEAR)
    before = dump(world)["published"]
    import_scores(world, _ranking_xlsx(tmp_path / "r2.xlsx", "70", 3), YEAR)
    undo_last_import(world)
    assert dump(world)["published"] == before


def test_cancelling_writes_nothing(world, tmp_path):
    before = dump(world)
    with pytest.raises(CchcError):
        import_scores(world, per_unit_xlsx(tmp_path / "a.xlsx", cao_lanh=fw.score_body()), YEAR,
                      cancelled=lambda: True)
    assert dump(world) == before


def test_progress_is_reported_per_unit(world, tmp_path):
    seen = []
    import_scores(world, per_unit_xlsx(tmp_path / "a.xlsx", cao_lanh=fw.score_body(), thap_muoi=fw.score_body()),
                  YEAR, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_not_a_workbook_or_no_table_names_the_file(world, tmp_path):
    junk = tmp_path / "ghi-chu.xlsx"
    junk.write_text("không phải bảng tính")
    with pytest.raises(InputRejected) as exc:
        import_scores(world, junk, YEAR)
    assert "ghi-chu.xlsx" in exc.value.message
    empty = fw.write_xlsx(tmp_path / "trong.xlsx", {"Sheet1": [["Chỉ có một dòng chữ"]]})
    with pytest.raises(InputRejected) as exc:
        import_scores(world, empty, YEAR)
    assert "trong.xlsx" in exc.value.message


def test_without_a_criteria_set_for_the_year_nothing_is_imported(world, tmp_path):
    with pytest.raises(InputRejected) as exc:
        import_scores(world, per_unit_xlsx(tmp_path / "a.xlsx", cao_lanh=fw.score_body()), 2031)
    assert "2031" in exc.value.message


MESSY = st.one_of(
    st.decimals(min_value=D("-2"), max_value=D("6"), places=3).map(lambda d: format(d, "f").replace(".", ",")),
    st.decimals(min_value=D(0), max_value=D(4), places=2).map(lambda d: f" {d} "),
    st.decimals(min_value=D(0), max_value=D(4), places=3),
    st.sampled_from(["", "-", "ĐTXHH", "x", "1.000,5", "1,2,3", "#REF!", "NaN", "4%", "½", "0,,5", "3 ,5"]),
    st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs")), max_size=8),
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=MESSY)
def test_messy_score_cells_import_exactly_or_are_refused_with_their_cell(world, tmp_path, value):
    path = per_unit_xlsx(tmp_path / "messy.xlsx", cao_lanh=_body_with("1.2", "appraised", value))
    before = dump(world)
    doc = import_scores(world, path, YEAR, dry_run=True)
    assert dump(world) == before
    if not doc["ok"]:
        assert any(e["sheet"] == "Cao Lãnh" and e["cell"] == "E10" for e in doc["errors"])
        return
    real = import_scores(world, path, YEAR)
    assert real["ok"]
    with world.read() as s:
        crit = s.execute(select(m.Criterion).where(m.Criterion.code == "1.2")).scalar_one()
        stored = s.execute(select(m.Score.value).where(m.Score.criterion_id == crit.id,
                                                       m.Score.layer == "appraised")).scalar()
    from cchc_desktop.domain.numbers import parse_points, q3
    text = value if isinstance(value, str) else format(value, "f")
    try:
        expected = parse_points(text)
    except ValueError:
        expected = None
    assert stored == (None if expected is None else q3(expected))   # empty, '-', markers: no score
    undo_last_import(world)
