"""`cchc report …` through the real entry point: JSON {"path", "pages"}, exit codes."""
from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from pdftools import page_sizes, text  # noqa: E402
from report_factory import add_progress, make_plan, make_scores  # noqa: E402

from cchc_desktop.cli import main  # noqa: E402
from cchc_desktop.store.engine import Database  # noqa: E402


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def _prepared(db_path, tasks=5):
    db = Database.open(db_path)
    pid = make_plan(db, tasks)
    make_scores(db)
    add_progress(db, pid, "9M-2026", 1, "done", "Đã hoàn thành.")
    db.close()
    return pid


def test_report_plan_pdf_and_docx(capsys, db_path, tmp_path):
    pid = _prepared(db_path)
    code, out, err = run(capsys, "--db", db_path, "report", "plan", pid, "--out", tmp_path / "kh.pdf", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["path"].endswith("kh.pdf") and doc["pages"] == len(page_sizes(doc["path"])) >= 2
    code, out, _ = run(capsys, "--db", db_path, "--json", "report", "plan", pid, "--out", tmp_path / "kh.docx")
    assert code == 0 and json.loads(out)["path"].endswith("kh.docx")
    code, out, _ = run(capsys, "--db", db_path, "report", "plan", pid, "--out", tmp_path / "kh2.pdf",
                       "--signer", "Nguyễn Thị Bé")
    assert code == 0 and "Đã ghi" in out and "Nguyễn Thị Bé" in text(tmp_path / "kh2.pdf")


def test_report_progress_scorecard_ranking(capsys, db_path, tmp_path):
    pid = _prepared(db_path)
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "progress", pid, "--period", "9M-2026",
                         "--out", tmp_path / "bc.pdf")
    assert code == 0, err
    assert json.loads(out)["pages"] >= 1 and "9 tháng năm 2026" in text(tmp_path / "bc.pdf")
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "scorecard", "--unit", "DNO-TUYDUC",
                         "--year", "2022", "--out", tmp_path / "sc.pdf")
    assert code == 0, err
    assert json.loads(out)["pages"] >= 1 and "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2022" in text(tmp_path / "sc.pdf")
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "ranking", "--year", "2022", "--level",
                         "huyen", "--out", tmp_path / "xh.pdf")
    assert code == 0, err
    assert "Huyện Đắk Mil" in text(tmp_path / "xh.pdf")


def test_bad_period_exits_2_with_a_vietnamese_message(capsys, db_path, tmp_path):
    pid = _prepared(db_path, 1)
    code, out, err = run(capsys, "--db", db_path, "--json", "report", "progress", pid, "--period", "Quy1",
                         "--out", tmp_path / "bc.pdf")
    assert code == 2
    assert "Kỳ báo cáo không hợp lệ" in json.loads(out)["error"] and "Traceback" not in err
    assert not (tmp_path / "bc.pdf").exists()


def test_unknown_plan_and_missing_out(capsys, db_path, tmp_path):
    code, out, _ = run(capsys, "--db", db_path, "--json", "report", "plan", "42", "--out", tmp_path / "x.pdf")
    assert code == 2 and "42" in json.loads(out)["error"]
    code, _, err = run(capsys, "--db", db_path, "report", "plan", "1")
    assert code == 1 and "--out" in err
