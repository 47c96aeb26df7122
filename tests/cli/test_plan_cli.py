"""`cchc plan draft/export/import/progress/todo` and `cchc offices` as a script would use them."""
import json

import openpyxl
import pytest

from cchc_desktop.cli import main


@pytest.fixture
def run(demo_db, capsys):
    path = str(demo_db.path)

    def _run(*args):
        capsys.readouterr()
        code = main(["--db", path, "--json", *args])
        out = capsys.readouterr().out
        return code, (json.loads(out) if out.strip() else None)
    return _run


def test_draft_export_import_round_trip(run, tmp_path):
    code, doc = run("plan", "draft", "--unit", "DNO-TUYDUC", "--year", "2022")
    assert code == 0 and doc["items"] > 0 and isinstance(doc["plan_id"], int)
    out = tmp_path / "kh.xlsx"
    code, exported = run("plan", "export", str(doc["plan_id"]), "--out", str(out))
    assert code == 0 and exported["path"] == str(out) and out.exists()
    code, imported = run("plan", "import", str(out))
    assert code == 0
    assert {k: imported[k] for k in ("plan_id", "created", "updated", "unchanged")} == \
        {"plan_id": doc["plan_id"], "created": 0, "updated": 0, "unchanged": doc["items"]}


def test_import_with_unknown_office_exits_2_naming_the_cell(run, tmp_path):
    _, doc = run("plan", "draft", "--unit", "DNO-TUYDUC", "--year", "2022")
    out = tmp_path / "kh.xlsx"
    run("plan", "export", str(doc["plan_id"]), "--out", str(out))
    wb = openpyxl.load_workbook(out)
    wb["Phụ lục"]["D9"] = "Sở Ngoại giao"
    wb.save(out)
    code, err = run("plan", "import", str(out))
    assert code == 2 and err["ok"] is False
    assert err["sheet"] == "Phụ lục" and err["cell"] == "D9" and err["file"] == "kh.xlsx"


def test_progress_and_todo(run):
    _, doc = run("plan", "draft", "--unit", "DNO-TUYDUC", "--year", "2022")
    pid = str(doc["plan_id"])
    code, _ = run("plan", "edit", pid, "--item", "1", "--deadline", "Quý II/2023")
    assert code == 0
    code, todo = run("plan", "todo", "--unit", "DNO-TUYDUC", "--today", "2023-07-10")
    assert code == 0 and set(todo) >= {"today", "overdue", "due_this_month", "by_office", "next_report"}
    assert any(t["plan_id"] == doc["plan_id"] and t["stt"] == 1 for t in todo["overdue"])
    code, prog = run("plan", "progress", pid, "--item", "1", "--period", "H1-2023", "--status", "done",
                     "--text", "Đã gửi báo cáo")
    assert code == 0 and prog["after"]["status"] == "done" and prog["period"] == "H1-2023"
    _, todo = run("plan", "todo", "--unit", "DNO-TUYDUC", "--today", "2023-07-10")
    assert not any(t["plan_id"] == doc["plan_id"] and t["stt"] == 1 for t in todo["overdue"])


def test_progress_rejects_bad_period_and_todo_bad_date(run):
    _, doc = run("plan", "draft", "--unit", "DNO-TUYDUC", "--year", "2022")
    code, err = run("plan", "progress", str(doc["plan_id"]), "--item", "1", "--period", "Q7-2023",
                    "--status", "done")
    assert code == 2 and "Kỳ báo cáo" in err["error"]
    code, _ = run("plan", "todo", "--today", "10/07/2023")
    assert code == 1


def test_draft_for_a_year_without_scores_exits_2(run):
    code, err = run("plan", "draft", "--unit", "DNO-TUYDUC", "--year", "1999")
    assert code == 2 and "1999" in err["error"]


def test_offices_list_add_rename(run):
    code, doc = run("offices", "list", "--unit", "DNO-TUYDUC")
    assert code == 0 and any(o["short_name"] == "Phòng Nội vụ" for o in doc["offices"])
    code, added = run("offices", "add", "--unit", "DNO-TUYDUC", "Phòng Kinh tế", "--short", "Phòng KT")
    assert code == 0 and added["office"]["short_name"] == "Phòng KT"
    code, renamed = run("offices", "rename", "--unit", "DNO-TUYDUC", "phong kt", "Phòng Kinh tế - Hạ tầng")
    assert code == 0 and renamed["after"]["name"] == "Phòng Kinh tế - Hạ tầng"
    code, _ = run("offices", "add", "--unit", "DNO-TUYDUC", "Phòng Kinh tế - Hạ tầng")
    assert code == 2
