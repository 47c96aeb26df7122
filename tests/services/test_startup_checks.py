"""Start-up checks: each problem an officer can meet gets a Vietnamese message, a way out and exit code 5."""
import json
import os
import sqlite3


import pytest

from cchc_desktop.cli import main
from cchc_desktop.services import backups, startup
from cchc_desktop.store.engine import Database


pytestmark = pytest.mark.sqlite_file


def _codes(findings):
    return [f.code for f in findings]


def test_healthy_database_has_no_findings(db, db_path):
    assert startup.check_database(db_path) == []


def test_corrupt_file_offers_the_latest_backup(demo_db, tmp_path, capsys):
    path = demo_db.path
    backup = backups.backup_before(demo_db, "kiểm thử")
    demo_db.close()
    with open(path, "r+b") as fh:  # wreck pages in the middle of the file
        fh.seek(8192)
        fh.write(os.urandom(16384))
    findings = startup.check_database(path)
    assert _codes(findings) == ["corrupt"]
    assert findings[0].backup == str(backup)
    assert "cchc restore" in findings[0].recovery
    assert main(["--db", str(path), "--json", "units", "list"]) == 5
    doc = json.loads(capsys.readouterr().out)
    assert doc["exit_code"] == 5 and "hỏng" in doc["error"]


def test_garbage_file_is_not_a_database(tmp_path, capsys):
    path = tmp_path / "cchc.sqlite3"
    path.write_bytes(b"day khong phai sqlite" * 200)
    assert _codes(startup.check_database(path)) == ["corrupt"]
    assert main(["--db", str(path), "units", "list"]) == 5
    assert "cchc restore" in capsys.readouterr().err


def test_newer_schema_is_named(db, db_path, capsys):
    db.close()
    with sqlite3.connect(db_path) as conn:
        conn.execute("update alembic_version set version_num='9999_tuong_lai'")
    assert _codes(startup.check_database(db_path)) == ["newer_schema"]
    assert main(["--db", str(db_path), "units", "list"]) == 5
    assert "mới hơn" in capsys.readouterr().err


def test_database_locked_by_another_writer(db, db_path, capsys):
    other = sqlite3.connect(str(db_path), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another window in the middle of an import
    try:
        findings = startup.check_database(db_path)
        assert _codes(findings) == ["locked"]
        assert "Đóng cửa sổ" in findings[0].recovery
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_read_only_folder_detected_through_the_write_probe(tmp_path, monkeypatch):
    # Also true for root, whom chmod does not stop: a failing probe write is what counts.
    monkeypatch.setattr(startup, "_writable", lambda folder: False)
    findings = startup.check_database(tmp_path / "cchc.sqlite3")
    assert _codes(findings) == ["read_only"]
    assert "chỉ cho phép đọc" in findings[0].message
    assert main(["--db", str(tmp_path / "cchc.sqlite3"), "units", "list"]) == 5
    assert not (tmp_path / "cchc.sqlite3").exists()


def test_disk_full_blocks_with_exit_5_and_writes_nothing(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(startup, "_free_bytes", lambda folder: 3 * 1024 * 1024)
    path = tmp_path / "cchc.sqlite3"
    assert _codes(startup.check_database(path)) == ["disk_full"]
    assert main(["--db", str(path), "--json", "units", "list"]) == 5
    assert "gần đầy" in json.loads(capsys.readouterr().out)["error"]
    assert not path.exists()
