"""`cchc scores show` reads a current-schema file straight through sqlite3 (no SQLAlchemy import)
and prints exactly what the service prints; anything unusual about the file goes the full way."""
from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from decimal import Decimal as D

import pytest
from hypothesis import given, settings, strategies as st

from cli_run import run
from cchc_desktop.cli.output import json_text
from cchc_desktop.services import scores
from cchc_desktop.store import quick_read

pytestmark = pytest.mark.sqlite_file


@pytest.mark.parametrize("year, level", [(2022, None), (2021, None), (2021, "so"), (2021, "huyen")])
def test_quick_read_prints_what_the_service_computes(capsys, demo_db, year, level):
    argv = ["--db", demo_db.path, "scores", "show", "--year", year, "--json"] + (["--level", level] if level else [])
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out == json_text(scores.show(demo_db, year, level)) + "\n"
    if year == 2021 and level is None:  # a year with a district set and a department set
        assert {u["criteria_set"] for u in json.loads(out)["units"]} == \
            {"Bộ chỉ số CCHC cấp huyện năm 2021", "Bộ chỉ số CCHC cấp sở năm 2021"}


def test_scores_show_does_not_import_sqlalchemy_or_writers(demo_db):
    probe = ("import sys; from cchc_desktop.cli import main; code = main(sys.argv[1:]); "
             "heavy = sorted(m for m in ('sqlalchemy', 'alembic', 'reportlab', 'openpyxl', 'docx', 'cryptography') "
             "if m in sys.modules); print(code, heavy, file=sys.stderr)")
    res = subprocess.run([sys.executable, "-c", probe, "--db", str(demo_db.path), "--json", "scores", "show",
                          "--year", "2022"], capture_output=True, text=True)
    assert res.stderr.strip().splitlines()[-1] == "0 []"
    assert len(json.loads(res.stdout)["units"]) == 8


@pytest.mark.parametrize("ref", ["DNO-TUYDUC", "dno-cujut", "tuy duc", "UBND huyện Đắk Mil", "Đắk"])
def test_one_unit_reads_quickly_with_the_same_answer_and_messages(capsys, demo_db, ref):
    """--unit resolves codes and names (accents, case, a part of the name, several matches) on the
    sqlite3 path exactly as the full path does, without importing SQLAlchemy."""
    code, out, err = run(capsys, "--db", demo_db.path, "--json", "scores", "show", "--year", 2022, "--unit", ref)
    try:
        expected = json_text(scores.show(demo_db, 2022, None, ref)) + "\n"
    except Exception as exc:  # an ambiguous or unknown name: the same refusal and exit status
        assert code == exc.exit_code and exc.message in err
    else:
        assert code == 0 and out == expected
    probe = ("import sys; from cchc_desktop.cli import main; code = main(sys.argv[1:]); "
             "print(code, 'sqlalchemy' in sys.modules, file=sys.stderr)")
    res = subprocess.run([sys.executable, "-c", probe, "--db", str(demo_db.path), "--json", "scores", "show",
                          "--year", "2022", "--unit", ref], capture_output=True, text=True)
    assert res.stderr.strip().splitlines()[-1].endswith("False")


def test_quick_read_only_takes_current_schema_files(tmp_path, demo_db):
    with quick_read.connect(demo_db.path) as conn:
        assert conn is not None
        with pytest.raises(sqlite3.OperationalError):  # read-only: nothing can be written through it
            conn.execute("delete from unit")
    copy = tmp_path / "newer.sqlite3"
    demo_db.backup_to(copy)
    with sqlite3.connect(copy) as con:
        con.execute("update alembic_version set version_num='9999'")
    con.close()
    with quick_read.connect(copy) as conn:
        assert conn is None
    (tmp_path / "junk.sqlite3").write_bytes(b"not a database at all" * 100)
    for path in (tmp_path / "missing.sqlite3", tmp_path / "junk.sqlite3", tmp_path, "postgresql://x/y"):
        with quick_read.connect(path) as conn:
            assert conn is None


def test_newer_or_broken_files_still_get_the_full_open_messages(capsys, tmp_path, demo_db):
    newer = tmp_path / "newer.sqlite3"
    demo_db.backup_to(newer)
    with sqlite3.connect(newer) as con:
        con.execute("update alembic_version set version_num='9999'")
    con.close()
    code, out, err = run(capsys, "--db", newer, "--json", "scores", "show", "--year", 2022)
    assert code == 5 and "mới hơn" in err and json.loads(out)["exit_code"] == 5
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    code, out, err = run(capsys, "--db", junk, "scores", "show", "--year", 2022)
    assert code == 5 and "Traceback" not in err


def test_missing_year_and_new_file_behave_as_before(capsys, tmp_path, demo_db):
    code, out, err = run(capsys, "--db", demo_db.path, "--json", "scores", "show", "--year", 1999)
    assert code == 2 and "Chưa có bộ tiêu chí năm 1999" in err
    fresh = tmp_path / "moi.sqlite3"
    code, out, err = run(capsys, "--db", fresh, "scores", "show", "--year", 2022)
    assert code == 2 and fresh.exists()  # created and migrated by the full open, as before


def test_people_text_and_unit_filter_unchanged(capsys, demo_db):
    code, out, _ = run(capsys, "--db", demo_db.path, "scores", "show", "--year", 2022)
    assert code == 0 and out.splitlines()[0] == "Năm 2022 — Bộ chỉ số CCHC cấp huyện năm 2022"
    assert "71,79" in out
    code, out, _ = run(capsys, "--db", demo_db.path, "--json", "scores", "show", "--year", 2022, "--unit", "tuy duc")
    assert code == 0 and [u["rank"] for u in json.loads(out)["units"]] == [8]


_scalars = st.none() | st.booleans() | st.integers() | st.text() | \
    st.decimals(min_value=-10**6, max_value=10**6, places=3) | st.dates()
_docs = st.recursive(_scalars, lambda inner: st.lists(inner, max_size=4)
                     | st.dictionaries(st.text() | st.integers(), inner, max_size=4), max_leaves=30)


@settings(max_examples=200, deadline=None)
@given(_docs)
def test_json_writer_gives_the_bytes_of_json_dumps(doc):
    from cchc_desktop.cli.output import _default
    assert json_text(doc) == json.dumps(doc, ensure_ascii=False, indent=2, default=_default)


def test_json_writer_leaves_floats_and_odd_keys_to_json_dumps():
    doc = {"a": [1.5, {"b": D("2.50")}], 3: date(2026, 1, 2), "c": (1, 2)}
    assert json_text(doc) == json.dumps(doc, ensure_ascii=False, indent=2, default=lambda o: str(o)) \
        .replace('"2.50"', '"2.5"')
