"""The `cchc` conventions through the real entry point (cli.md)."""
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from cli_run import run


def test_init_creates_unit_and_key(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "init", "--unit-code", "DNO-TUYDUC", "--unit-name",
                         "UBND huyện Tuy Đức", "--level", "huyen", "--json")
    assert code == 0
    doc = json.loads(out)
    assert doc["unit"] == {"code": "DNO-TUYDUC", "name": "UBND huyện Tuy Đức", "level": "huyen", "parent": None}
    assert len(doc["key_fingerprint"].split()) == 10  # groups of 4 hex, read over the phone
    code, out, _ = run(capsys, "--db", db_path, "--json", "units", "list")
    assert json.loads(out)["units"][0]["code"] == "DNO-TUYDUC"


def test_json_flag_after_arguments_and_names_match_without_accents(capsys, db_path):
    run(capsys, "--db", db_path, "units", "add", "--code", "DNO", "--name", "Tỉnh Đắk Nông", "--level", "tinh")
    code, out, _ = run(capsys, "--db", db_path, "units", "add", "--code", "DNO-DM", "--name", "Huyện Đắk Mil",
                       "--level", "huyen", "--parent", "tinh dak nong", "--json")
    assert code == 0
    assert json.loads(out)["unit"]["parent"] == "DNO"


def test_ambiguous_name_lists_candidates(capsys, db_path):
    run(capsys, "--db", db_path, "units", "add", "--code", "A", "--name", "Huyện Đắk Mil", "--level", "huyen")
    run(capsys, "--db", db_path, "units", "add", "--code", "B", "--name", "Huyện Đắk Song", "--level", "huyen")
    code, out, err = run(capsys, "--db", db_path, "units", "add", "--code", "C", "--name", "Xã C",
                         "--level", "xa", "--parent", "dak")
    assert code == 2
    assert "A (Huyện Đắk Mil)" in err and "B (Huyện Đắk Song)" in err


def test_usage_error_exits_1_not_argparse_2(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "units", "add", "--code", "X")
    assert code == 1
    assert "Lệnh không hợp lệ" in err and "Traceback" not in err


def test_rejected_input_exits_2_with_json_error_and_writes_nothing(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "--json", "units", "add", "--code", "X", "--name", "Y",
                         "--level", "khong-co")
    assert code == 2
    assert json.loads(out)["ok"] is False
    assert "khong-co" in err
    assert json.loads(run(capsys, "--db", db_path, "--json", "units", "list")[1])["units"] == []


def test_newer_database_exits_5_untouched(capsys, db_path):
    run(capsys, "--db", db_path, "units", "list")
    with sqlite3.connect(db_path) as con:
        con.execute("update alembic_version set version_num='9999'")
    code, out, err = run(capsys, "--db", db_path, "units", "list")
    assert code == 5 and "mới hơn" in err


def test_db_from_environment(capsys, tmp_path, monkeypatch):
    target = tmp_path / "env.sqlite3"
    monkeypatch.setenv("CCHC_DB", str(target))
    run(capsys, "units", "add", "--code", "X", "--name", "Xã X", "--level", "xa")
    assert target.exists()


def test_console_script_runs_without_traceback(tmp_path):
    exe = Path(sys.executable).with_name("cchc")
    if not exe.exists():  # pragma: no cover - installed by `make venv`
        pytest.fail("the `cchc` console script is not installed in this environment")
    res = subprocess.run([str(exe), "--db", str(tmp_path / "x.sqlite3"), "plan", "show", "42", "--json"],
                         capture_output=True, text=True, env={**os.environ, "CCHC_LANG": "vi"})
    assert res.returncode == 2
    assert json.loads(res.stdout)["ok"] is False
    assert "Traceback" not in res.stderr and "kế hoạch" in res.stderr.lower()


def test_audit_chain_detects_an_edited_entry(capsys, db_path):
    run(capsys, "--db", db_path, "units", "add", "--code", "X", "--name", "Xã X", "--level", "xa")
    code, out, _ = run(capsys, "--db", db_path, "--json", "audit", "--verify")
    assert code == 0 and json.loads(out)["ok"] is True
    with sqlite3.connect(db_path) as con:
        con.execute("update audit_entry set who='ai-do'")
    code, out, _ = run(capsys, "--db", db_path, "--json", "audit", "--verify")
    assert code == 4 and json.loads(out)["ok"] is False


def test_backup_and_restore_round_trip(capsys, db_path, tmp_path):
    run(capsys, "--db", db_path, "units", "add", "--code", "X", "--name", "Xã X", "--level", "xa")
    code, out, _ = run(capsys, "--db", db_path, "--json", "backup", "--out", tmp_path / "b.sqlite3")
    assert code == 0 and Path(json.loads(out)["path"]).exists()
    run(capsys, "--db", db_path, "units", "add", "--code", "Y", "--name", "Xã Y", "--level", "xa")
    code, out, _ = run(capsys, "--db", db_path, "--json", "restore", tmp_path / "b.sqlite3")
    assert code == 0
    units = json.loads(run(capsys, "--db", db_path, "--json", "units", "list")[1])["units"]
    assert [u["code"] for u in units] == ["X"]
