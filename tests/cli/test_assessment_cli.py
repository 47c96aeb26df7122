"""The scripting side of the Chấm điểm and Tiêu chí tabs: scores set, assessment lock/unlock, criteria copy."""
import json

from cchc_desktop.cli import main


def run(capsys, *argv):
    code = main([str(a) for a in argv] + ["--json"])
    out, err = capsys.readouterr()
    return code, (json.loads(out) if out.strip() else None), err


def test_unlock_set_score_lock_then_refuse(capsys, db_path):
    db = ["--db", db_path]
    run(capsys, *db, "demo")
    code, doc, err = run(capsys, *db, "scores", "set", "--unit", "DNO-TUYDUC", "--year", 2022, "--criterion",
                         "1.7", "--value", "1,5")
    assert code == 2 and "đang khóa" in err and "đã công bố" in err  # the demo year is published
    code, doc, _ = run(capsys, *db, "assessment", "unlock", "--unit", "DNO-TUYDUC", "--year", 2022,
                       "--reason", "Tỉnh cho giải trình lại")
    assert code == 0 and (doc["before"], doc["state"]) == ("published", "draft")
    code, doc, _ = run(capsys, *db, "scores", "set", "--unit", "tuy duc", "--year", 2022, "--criterion", "1.7",
                       "--value", "1,5")
    assert code == 0 and doc["before"]["value"] == "0" and doc["after"]["value"] == "1.5"
    _, shown, _ = run(capsys, *db, "scores", "show", "--year", 2022, "--unit", "DNO-TUYDUC")
    assert shown["units"][0]["self_total"] == "81.5"
    code, _, err = run(capsys, *db, "scores", "set", "--unit", "DNO-TUYDUC", "--year", 2022, "--criterion", "1.7",
                       "--value", "3")
    assert code == 2 and "vượt điểm tối đa 2" in err
    run(capsys, *db, "assessment", "lock", "--unit", "DNO-TUYDUC", "--year", 2022)
    code, _, err = run(capsys, *db, "scores", "set", "--unit", "DNO-TUYDUC", "--year", 2022, "--criterion", "1.7",
                       "--value", "2")
    assert code == 2 and "đang khóa" in err
    _, log, _ = run(capsys, *db, "audit")
    assert any(e["reason"] == "Tỉnh cho giải trình lại" for e in log["log"])


def test_unlock_needs_a_reason(capsys, db_path):
    run(capsys, "--db", db_path, "demo")
    code, _, err = run(capsys, "--db", db_path, "assessment", "unlock", "--unit", "DNO-TUYDUC", "--year", 2022)
    assert code == 1 and "--reason" in err


def test_criteria_copy_with_a_renamed_criterion(capsys, db_path, tmp_path):
    run(capsys, "--db", db_path, "demo")
    mapping = tmp_path / "map.json"
    mapping.write_text(json.dumps([{"change": "renamed", "code": "1.1", "name": "Kế hoạch CCHC năm 2024"}]),
                       encoding="utf-8")
    code, doc, _ = run(capsys, "--db", db_path, "criteria", "copy", "--year", 2022, "--to-year", 2024,
                       "--level", "huyen", "--mapping", mapping)
    assert code == 0 and doc["changes"]["renamed"] == 1 and doc["year"] == 2024
    _, shown, _ = run(capsys, "--db", db_path, "criteria", "show", "--year", 2024, "--level", "huyen")
    assert shown["max_total"] == "100"
    assert shown["criteria"][0]["children"][0]["name"] == "Kế hoạch CCHC năm 2024"
    code, _, _ = run(capsys, "--db", db_path, "criteria", "copy", "--year", 2022, "--to-year", 2024,
                     "--level", "huyen")
    assert code == 2  # the year already has its set: refused, nothing written
