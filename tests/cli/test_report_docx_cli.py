"""`cchc report scorecard|progress|ranking --format docx` (issue 7): JSON like `report plan`, exit codes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from docx import Document

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from report_factory import add_progress, make_plan, make_scores  # noqa: E402

from cchc_desktop.cli import main  # noqa: E402
from cchc_desktop.store.engine import Database  # noqa: E402


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _prepared(db_path):
    db = Database.open(db_path)
    pid = make_plan(db, 3)
    make_scores(db)
    add_progress(db, pid, "9M-2026", 1, "done", "Đã hoàn thành.")
    db.close()
    return pid


def words(path) -> str:
    doc = Document(path)
    return "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for r in t.rows for c in r.cells])


def test_three_reports_export_docx_with_plan_like_json(capsys, db_path, tmp_path):
    pid = _prepared(db_path)
    commands = {"sc.docx": ("scorecard", "--unit", "DNO-TUYDUC", "--year", "2022"),
                "bc.docx": ("progress", pid, "--period", "9M-2026"),
                "xh.docx": ("ranking", "--year", "2022", "--level", "huyen")}
    for name, argv in commands.items():
        code, out, err = run(capsys, "--db", db_path, "--json", "report", *argv, "--format", "docx",
                             "--out", tmp_path / name)
        assert code == 0, err
        res = json.loads(out)
        assert {"path", "pages", "hash"} <= set(res) and res["pages"] is None and res["path"].endswith(name)
    assert "HUYỆN TUY ĐỨC" in words(tmp_path / "sc.docx")
    assert "Đã hoàn thành." in words(tmp_path / "bc.docx")
    assert "Huyện Đắk Mil" in words(tmp_path / "xh.docx")


def test_format_follows_the_out_extension_unless_given(capsys, db_path, tmp_path):
    _prepared(db_path)
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "scorecard", "--unit", "DNO-TUYDUC",
                         "--year", "2022", "--out", tmp_path / "sc.DOCX")
    assert code == 0, err
    assert json.loads(out)["pages"] is None
    Document(tmp_path / "sc.DOCX")  # a real Word file, not a PDF with the wrong name
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "ranking", "--year", "2022",
                         "--out", tmp_path / "xh")
    assert code == 0, err
    assert (tmp_path / "xh").read_bytes()[:5] == b"%PDF-" and json.loads(out)["pages"] >= 1


def test_bad_format_exits_1_and_writes_nothing(capsys, db_path, tmp_path):
    pid = _prepared(db_path)
    for argv in (("scorecard", "--unit", "DNO-TUYDUC", "--year", "2022"), ("progress", pid, "--period", "9M-2026"),
                 ("ranking", "--year", "2022")):
        code, _, err = run(capsys, "--db", db_path, "report", *argv, "--format", "odt", "--out", tmp_path / "x.odt")
        assert code == 1 and "--format" in err and "Traceback" not in err
    assert not (tmp_path / "x.odt").exists()
