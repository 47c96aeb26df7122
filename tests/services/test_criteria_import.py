"""`criteria import` / `criteria export`: a province's criteria set in, the app's workbook out and back."""
from __future__ import annotations

from decimal import Decimal as D

import pytest
from python_calamine import CalamineWorkbook
from sqlalchemy import select

from cchc_desktop.services import criteria, units
from cchc_desktop.services.criteria_export import export_criteria
from cchc_desktop.services.criteria_import import import_criteria
from cchc_desktop.services.errors import InputRejected
from cchc_desktop.services.import_log import list_imports
from cchc_desktop.services.score_import import import_scores
from cchc_desktop.store import models as m

from import_world import YEAR, district_world, dump, fw, per_unit_xlsx


def _flat(nodes, out=None):
    out = [] if out is None else out
    for n in nodes:
        out.append((n["code"], n["name"], n["max_points"], n["kind"]))
        _flat(n["children"], out)
    return out


def test_import_builds_the_tree_with_kinds_guidance_and_evidence(db, tmp_path):
    doc = import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx"), YEAR)
    assert doc["ok"] and doc["criteria"] == 10 and doc["max_total"] == "100" and doc["errors"] == []
    assert doc["level"] == "huyen"   # no own unit: district level
    shown = criteria.show(db, YEAR)
    assert shown["decision"] == "123/QĐ-UBND"
    flat = {code: (mx, kind) for code, _, mx, kind in _flat(shown["criteria"])}
    assert flat["3.1"] == ("79.5", "survey") and flat["1.1.1"] == ("1", "scored")
    assert [c["code"] for c in shown["criteria"][0]["children"]] == ["1.1", "1.2"]
    with db.read() as s:
        c = s.execute(select(m.Criterion).where(m.Criterion.code == "1.1.1")).scalar_one()
        assert c.guidance == "- Ban hành đúng hạn: 1 điểm\n- Ban hành chậm: 0,5 điểm"
        assert c.evidence_required == "Quyết định ban hành"
        cs = s.get(m.CriteriaSet, doc["set_id"])
        assert len(cs.version_hash) == 64
    rec = list_imports(db)[0]
    assert rec["kind"] == "criteria" and rec["file_name"] == "c.xlsx" and len(rec["sha256"]) == 64


def test_level_defaults_to_the_own_units_level(db, tmp_path):
    from cchc_desktop.services import settings
    units.add_unit(db, "S01", "Sở Nội vụ", "so")
    with db.session() as s:
        settings.put(s, settings.OWN_UNIT, "S01")
    assert import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx"), YEAR)["level"] == "so"


@pytest.mark.parametrize("body, cell, words", [
    (fw.CRITERIA_BODY + [["2.1", "Trùng mã", 1, None, None]], "A21", "bị trùng"),
    ([r if r[0] != "2.2" else ["2.2", "Giải quyết hồ sơ", "mười", None, None] for r in fw.CRITERIA_BODY],
     "C18", "không phải là số"),
])
def test_errors_write_nothing_and_name_the_cell(db, tmp_path, body, cell, words):
    before = dump(db)
    doc = import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx", body=body), YEAR)
    assert doc["ok"] is False and doc["set_id"] is None
    assert doc["errors"][0]["cell"] == cell and words in doc["errors"][0]["message"]
    assert doc["errors"][0]["sheet"] == "Bộ tiêu chí"
    assert dump(db) == before


def test_a_set_without_scores_is_replaced_in_place(db, tmp_path):
    first = import_criteria(db, fw.criteria_xlsx(tmp_path / "a.xlsx"), YEAR)
    body = [r if r[0] != "1.2" else ["1.2", "Báo cáo CCHC định kỳ (sửa)", 4, None, None] for r in fw.CRITERIA_BODY]
    body = [r for r in body if r[0] != "1.1.2"]
    doc = import_criteria(db, fw.criteria_xlsx(tmp_path / "b.xlsx", body=body), YEAR)
    assert doc["ok"] and doc["set_id"] == first["set_id"]
    assert (doc["created"], doc["updated"]) == (0, 1)   # 1.2 renamed; rows that only moved up are not changes
    codes = [code for code, *_ in _flat(criteria.show(db, YEAR)["criteria"])]
    assert "1.1.2" not in codes and len(codes) == 9
    assert len(criteria.list_sets(db)) == 1


def test_a_set_with_scores_is_never_replaced(db, tmp_path):
    district_world(db, tmp_path)
    import_scores(db, per_unit_xlsx(tmp_path / "s.xlsx", cao_lanh=fw.score_body()), YEAR)
    before = dump(db)
    body = [r for r in fw.CRITERIA_BODY if r[0] != "1.1.2"]
    with pytest.raises(InputRejected) as exc:
        import_criteria(db, fw.criteria_xlsx(tmp_path / "b.xlsx", body=body), YEAR)
    assert "đã có điểm" in exc.value.message
    assert dump(db) == before


def test_dry_run_writes_nothing(db, tmp_path):
    before = dump(db)
    doc = import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx"), YEAR, dry_run=True)
    assert doc["ok"] and doc["dry_run"] and doc["created"] == 10
    assert dump(db) == before


def test_exported_workbook_looks_right_and_totals_read_as_numbers(db, tmp_path):
    import openpyxl
    import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx"), YEAR, name="Bộ tiêu chí cấp huyện 2025")
    out = export_criteria(db, YEAR, tmp_path / "xuat.xlsx")["path"]
    book = CalamineWorkbook.from_path(out)
    rows = book.get_sheet_by_name("Bộ tiêu chí").to_python()
    total = next(r for r in rows if r[1] == "Tổng cộng")
    assert total[2] == 100.0                                   # cached formula result, not empty
    wb = openpyxl.load_workbook(out)
    ws = wb["Bộ tiêu chí"]
    assert wb["_cchc"].sheet_state == "hidden"
    header = next(r for r in range(1, 10) if ws.cell(r, 1).value == "Mã")
    assert ws.freeze_panes == f"A{header + 1}" and ws.print_title_rows == f"${header}:${header}"
    assert ws.cell(header + 1, 1).font.b and not ws.cell(header + 2, 1).font.b   # field row bold
    assert ws.cell(header + 1, 3).number_format == "#,##0.00"
    assert str(ws.cell(len(rows), 3).value).startswith("=SUM(")


def test_export_then_import_gives_the_identical_set(db, tmp_path):
    import_criteria(db, fw.criteria_xlsx(tmp_path / "c.xlsx"), YEAR, name="Bộ tiêu chí cấp huyện 2025")
    out = export_criteria(db, YEAR, tmp_path / "xuat.xlsx")["path"]
    again = import_criteria(db, out, YEAR)
    assert again["ok"] and (again["created"], again["updated"], again["unchanged"]) == (0, 0, 10)
    assert len(criteria.list_sets(db)) == 1
    moved = import_criteria(db, out, YEAR + 1)
    assert moved["created"] == 10
    a, b = criteria.show(db, YEAR), criteria.show(db, YEAR + 1)
    assert _flat(a["criteria"]) == _flat(b["criteria"]) and a["name"] == b["name"]


def test_demo_district_set_round_trips_through_a_workbook(demo_db, tmp_path):
    out = export_criteria(demo_db, 2022, tmp_path / "bo-2022.xlsx", level="huyen")["path"]
    same = import_criteria(demo_db, out, 2022, level="huyen")
    assert same["ok"] and same["unchanged"] == same["criteria"] and same["created"] == 0
    copy = import_criteria(demo_db, out, 2030, level="huyen")
    assert copy["ok"] and copy["created"] == copy["criteria"]
    original, imported = criteria.show(demo_db, 2022, "huyen"), criteria.show(demo_db, 2030, "huyen")
    assert imported["criteria"] == original["criteria"] and imported["max_total"] == original["max_total"]
    with demo_db.read() as s:
        def details(year):
            cs = criteria.find_set(s, year, "huyen")
            return [(c.code, c.guidance, c.evidence_required, c.kind, c.max_points)
                    for c in criteria.crits_of(s, cs.id)]
        assert details(2030) == details(2022)


def test_ods_criteria_set(db, tmp_path):
    path = fw.write_ods(tmp_path / "c.ods", {"Bộ tiêu chí": fw.criteria_rows()})
    doc = import_criteria(db, path, YEAR)
    assert doc["ok"] and doc["criteria"] == 10 and doc["max_total"] == "100"
    assert D(doc["max_total"]) == D(100)
