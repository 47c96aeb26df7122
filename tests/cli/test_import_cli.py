"""`cchc criteria import/export` and `cchc scores import/export/imports/undo-import` as scripts use them."""
from __future__ import annotations

import json
import sys
from pathlib import Path

import openpyxl
import pytest

from cli_run import run

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
import fixtures_workbooks as fw  # noqa: E402

SCORE_KEYS = {"ok", "dry_run", "layout", "year", "units", "created", "updated", "unchanged", "errors", "warnings"}


@pytest.fixture
def world(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "criteria", "import", fw.criteria_xlsx(tmp_path / "c.xlsx"),
                       "--year", 2025, "--json")
    assert code == 0
    doc = json.loads(out)
    assert {"ok", "criteria", "max_total", "errors", "warnings"} <= set(doc)
    assert doc["ok"] and doc["criteria"] == 10 and doc["max_total"] == "100"
    run(capsys, "--db", db_path, "units", "add", "--code", "H01", "--name", "UBND huyện Cao Lãnh", "--level", "huyen")
    return db_path


def _scores_xlsx(path, **kw):
    return fw.write_xlsx(path, {"Cao Lãnh": fw.unit_sheet_rows("Đơn vị: UBND huyện Cao Lãnh", fw.score_body(**kw))})


def test_scores_import_json_then_unchanged(capsys, world, tmp_path):
    path = _scores_xlsx(tmp_path / "diem.xlsx")
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--json")
    doc = json.loads(out)
    assert code == 0 and SCORE_KEYS <= set(doc)
    assert doc["ok"] and doc["layout"] == "per-unit" and doc["units"] == 1 and doc["created"] == 6
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--json")
    assert json.loads(out)["unchanged"] == 6
    code, out, _ = run(capsys, "--db", world, "scores", "imports", "--json")
    kinds = [r["kind"] for r in json.loads(out)["imports"]]
    assert kinds == ["scores", "scores", "criteria"]


def test_errors_exit_2_list_each_cell_and_write_nothing(capsys, world, tmp_path):
    path = _scores_xlsx(tmp_path / "sai.xlsx", appr_1_1_1="5")
    code, out, err = run(capsys, "--db", world, "scores", "import", path, "--year", 2025)
    assert code == 2
    assert "Trang tính «Cao Lãnh», ô E8: Tiêu chí 1.1.1, điểm thẩm định 5 vượt điểm tối đa 1." in out
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--json",
                       "--annotated-out", tmp_path / "danh-dau.xlsx")
    doc = json.loads(out)
    assert code == 2 and doc["ok"] is False and doc["errors"][0] == {
        "sheet": "Cao Lãnh", "cell": "E8", "message": "Tiêu chí 1.1.1, điểm thẩm định 5 vượt điểm tối đa 1."}
    assert openpyxl.load_workbook(doc["annotated"])["Cao Lãnh"]["E8"].comment is not None
    code, out, _ = run(capsys, "--db", world, "scores", "show", "--year", 2025, "--json")
    assert json.loads(out)["units"] == []


def test_a_file_that_is_not_a_workbook_exits_2_naming_it(capsys, world, tmp_path):
    junk = tmp_path / "bao-cao.docx"
    junk.write_bytes(b"PK\x03\x04 not really")
    code, out, err = run(capsys, "--db", world, "scores", "import", junk, "--year", 2025, "--json")
    assert code == 2 and "bao-cao.docx" in err and json.loads(out)["ok"] is False
    code, _, err = run(capsys, "--db", world, "criteria", "import", junk, "--year", 2026)
    assert code == 2 and "bao-cao.docx" in err


def test_criteria_errors_exit_2_with_located_text(capsys, db_path, tmp_path):
    body = fw.CRITERIA_BODY + [["2.1", "Trùng mã", 1, None, None]]
    code, out, _ = run(capsys, "--db", db_path, "criteria", "import", fw.criteria_xlsx(tmp_path / "c.xlsx", body=body),
                       "--year", 2025)
    assert code == 2 and "Trang tính «Bộ tiêu chí», ô A21: Mã tiêu chí 2.1 bị trùng" in out
    code, _, _ = run(capsys, "--db", db_path, "criteria", "show", "--year", 2025)
    assert code == 2   # nothing was written


def test_exports_and_undo(capsys, world, tmp_path):
    run(capsys, "--db", world, "scores", "import", _scores_xlsx(tmp_path / "d.xlsx"), "--year", 2025)
    code, out, _ = run(capsys, "--db", world, "scores", "export", "--year", 2025, "--out", tmp_path / "x.xlsx", "--json")
    assert code == 0 and json.loads(out)["path"] == str(tmp_path / "x.xlsx")
    code, out, _ = run(capsys, "--db", world, "criteria", "export", "--year", 2025, "--out", tmp_path / "c.xlsx",
                       "--json")
    assert code == 0 and Path(json.loads(out)["path"]).exists()
    code, out, _ = run(capsys, "--db", world, "criteria", "import", tmp_path / "c.xlsx", "--year", 2025, "--json")
    assert code == 0 and json.loads(out)["unchanged"] == 10
    code, out, _ = run(capsys, "--db", world, "scores", "undo-import", "--json")
    assert code == 0 and json.loads(out)["scores_removed"] == 11
    code, out, _ = run(capsys, "--db", world, "scores", "show", "--year", 2025, "--json")
    assert json.loads(out)["units"] == []
    code, _, err = run(capsys, "--db", world, "scores", "undo-import")
    assert code == 2 and "hoàn tác" in err


def test_dry_run_and_add_units(capsys, world, tmp_path):
    path = fw.write_xlsx(tmp_path / "moi.xlsx", {"Hồng Ngự": fw.unit_sheet_rows("Đơn vị: UBND huyện Hồng Ngự",
                                                                                 fw.score_body())})
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--json")
    assert code == 2 and json.loads(out)["unknown_units"] == ["UBND huyện Hồng Ngự"]
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--add-units", "--dry-run",
                       "--json")
    assert code == 0 and json.loads(out)["dry_run"] is True
    code, out, _ = run(capsys, "--db", world, "units", "list", "--json")
    assert len(json.loads(out)["units"]) == 1
    code, out, _ = run(capsys, "--db", world, "scores", "import", path, "--year", 2025, "--add-units", "--json")
    assert code == 0 and json.loads(out)["created"] == 6
    code, out, _ = run(capsys, "--db", world, "units", "list", "--json")
    assert {u["name"]: u["level"] for u in json.loads(out)["units"]}["UBND huyện Hồng Ngự"] == "huyen"
