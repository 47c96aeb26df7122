"""Automatic backups, backup/restore with evidence files, and the new identity of a copied database."""
import json
import shutil
import zipfile
from datetime import datetime, timedelta

import pytest

from cchc_desktop.cli import main
from cchc_desktop.paths import evidence_dir
from cchc_desktop.services import audit, audit_export, backups, settings
from cchc_desktop.store.engine import Database


pytestmark = pytest.mark.sqlite_file


def _installation_id(db):
    with db.read() as s:
        return settings.get(s, settings.INSTALLATION_ID)


def _units(db):
    from cchc_desktop.services import units
    return sorted(u.code for u in units.list_units(db))


def test_first_open_of_the_day_keeps_one_daily_copy(demo_db):
    folder = backups.backups_dir(demo_db.path)
    daily = list(folder.glob("*.hang-ngay-*.sqlite3"))
    assert len(daily) == 1
    Database.open(demo_db.path).close()  # a second open the same day adds nothing
    assert list(folder.glob("*.hang-ngay-*.sqlite3")) == daily


def test_rotation_keeps_the_last_ten_of_each_kind(demo_db):
    start = datetime(2026, 1, 1)
    for d in range(14):
        backups.daily_backup(demo_db, today=start + timedelta(days=d))
    for i in range(13):
        backups.backup_before(demo_db, f"nhập thử {i}")
    folder = backups.backups_dir(demo_db.path)
    daily = sorted(p.name for p in folder.glob("*.hang-ngay-*.sqlite3"))
    assert len(daily) == backups.KEEP_DAILY and daily[0].endswith("20260106.sqlite3")  # oldest went first
    assert len(list(folder.glob("*.truoc-*.sqlite3"))) == backups.KEEP_EVENT
    assert backups.latest_backup(demo_db.path).name.startswith("demo.truoc-nhap-thu-12")


def test_event_backup_is_an_openable_consistent_copy_with_evidence(demo_db):
    ev = evidence_dir(demo_db.path)
    ev.mkdir(parents=True, exist_ok=True)
    (ev / "ab" ).mkdir(exist_ok=True)
    (ev / "ab" / "abcd.pdf").write_bytes(b"%PDF-1.4 bien ban")
    copy = backups.backup_before(demo_db, "nhận gói")
    assert copy.parent.name == "sao-luu" and "truoc-nhan-goi" in copy.name
    assert (copy.parent / "demo-tai-lieu" / "ab" / "abcd.pdf").read_bytes() == b"%PDF-1.4 bien ban"
    other = Database.open(copy, housekeeping=False)
    assert _units(other) == _units(demo_db)
    other.close()


def test_score_import_backs_up_first(demo_db, tmp_path):
    from cchc_desktop.services import score_export, score_import
    wb = tmp_path / "diem.xlsx"
    score_export.export_scores(demo_db, 2022, wb)
    before = set(backups.backups_dir(demo_db.path).glob("*.truoc-nhap-bang-diem-*"))
    score_import.import_scores(demo_db, wb, 2022)
    after = set(backups.backups_dir(demo_db.path).glob("*.truoc-nhap-bang-diem-*"))
    assert len(after - before) == 1


def test_copied_database_gets_a_new_installation_id_logged_in_audit(demo_db, tmp_path):
    original = _installation_id(demo_db)
    Database.open(demo_db.path).close()
    assert _installation_id(demo_db) == original  # reopening the same file keeps its identity
    copy = tmp_path / "ban-chep.sqlite3"
    shutil.copy2(demo_db.path, copy)
    moved = Database.open(copy)
    new = _installation_id(moved)
    assert new and new != original
    last = audit.entries(moved, 1)[0]
    assert last["action"] == "installation.new_id" and "sao chép" in last["reason"]
    assert audit.verify(moved)["ok"]
    moved.close()


def test_cli_backup_zip_and_restore_bring_back_data_and_evidence(demo_db, tmp_path, capsys):
    path = demo_db.path
    ev = evidence_dir(path)
    ev.mkdir(parents=True, exist_ok=True)
    (ev / "minh-chung.pdf").write_bytes(b"%PDF minh chung")
    original_id, units_before = _installation_id(demo_db), _units(demo_db)
    demo_db.close()
    out = tmp_path / "usb" / "sao-luu.zip"
    assert main(["--db", str(path), "--json", "backup", "--out", str(out)]) == 0
    assert json.loads(capsys.readouterr().out)["evidence_files"] == 1
    assert {"cchc.sqlite3", "tai-lieu/minh-chung.pdf"} <= set(zipfile.ZipFile(out).namelist())
    # Disaster: the database and the evidence are gone.
    for f in (path, ev / "minh-chung.pdf"):
        f.unlink()
    path.write_bytes(b"rac")
    assert main(["--db", str(path), "--json", "restore", str(out)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["evidence_files"] == 1 and (ev / "minh-chung.pdf").read_bytes() == b"%PDF minh chung"
    assert doc["previous_saved_as"] and doc["installation_id"] != original_id
    db = Database.open(path)
    assert _units(db) == units_before and _installation_id(db) == doc["installation_id"]
    assert audit.verify(db)["ok"]
    db.close()


def test_cli_backup_to_sqlite_puts_evidence_beside_the_copy(demo_db, tmp_path, capsys):
    ev = evidence_dir(demo_db.path)
    ev.mkdir(parents=True, exist_ok=True)
    (ev / "x.docx").write_bytes(b"docx")
    demo_db.close()
    out = tmp_path / "ban-sao.sqlite3"
    assert main(["--db", str(demo_db.path), "backup", "--out", str(out)]) == 0
    assert (tmp_path / "ban-sao-tai-lieu" / "x.docx").read_bytes() == b"docx"


def test_restore_refuses_a_file_that_is_not_a_backup_and_changes_nothing(demo_db, tmp_path, capsys):
    units_before = _units(demo_db)
    demo_db.close()
    bad = tmp_path / "khong-phai.sqlite3"
    bad.write_bytes(b"not a database at all" * 100)
    assert main(["--db", str(demo_db.path), "restore", str(bad)]) == 2
    assert "không phải bản sao lưu" in capsys.readouterr().err
    db = Database.open(demo_db.path)
    assert _units(db) == units_before
    db.close()


def test_audit_export_filters_by_unit_criterion_and_date(demo_db, tmp_path, capsys):
    from cchc_desktop.services import scores
    entries = audit_export.filtered(demo_db)
    assert entries
    path = tmp_path / "nhat-ky.csv"
    assert main(["--db", str(demo_db.path), "--json", "audit", "export", "--out", str(path)]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["entries"] == len(entries) and doc["chain_ok"]
    text = path.read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Số,Thời điểm")
    assert audit_export.filtered(demo_db, since="2999-01-01") == []
    assert main(["--db", str(demo_db.path), "audit", "export", "--out", str(tmp_path / "a.xlsx"),
                 "--unit", "KHONG-CO"]) == 0
    from openpyxl import load_workbook
    wb = load_workbook(tmp_path / "a.xlsx")
    assert wb["Nhật ký"].max_row == 1 and wb["Kiểm tra"]["B1"].value == "Có"
    assert main(["--db", str(demo_db.path), "audit", "export", "--out", str(tmp_path / "a.txt")]) == 2
