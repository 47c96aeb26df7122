"""Nhật ký thay đổi (viewer, filters, integrity check, export), restore from a backup, start-up recovery."""
from __future__ import annotations

import contextlib
import sqlite3

import pytest

from cchc_desktop.services import backups, units
from cchc_desktop.store.engine import Database

pytestmark = pytest.mark.sqlite_file


@pytest.fixture
def logged_db(demo_db):
    """The demo plus a few changes of two units, so the log has something to filter."""
    units.add_unit(demo_db, "XA-MOT", "Xã Một", "xa")
    units.add_unit(demo_db, "XA-HAI", "Xã Hai", "xa")
    return demo_db


@pytest.fixture
def viewer(qtbot, logged_db, vietnamese):
    from cchc_desktop.gui.dialogs.audit_viewer import AuditViewer
    dialog = AuditViewer(logged_db)
    qtbot.addWidget(dialog)
    return dialog


def test_viewer_lists_entries_newest_first_in_vietnamese(viewer):
    from cchc_desktop.services import audit
    m = viewer.model
    total = audit.verify(viewer.db)["entries"]
    assert total >= 3 and m.rowCount() == total
    assert m.headerData(0, __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal) == "Thời gian"
    assert m.index(0, 2).data() == "thêm đơn vị"
    assert "XA-HAI" in m.index(0, 3).data()
    assert "name=Xã Hai" in m.index(0, 4).data()
    assert "nạp dữ liệu mẫu" in [m.index(r, 2).data() for r in range(m.rowCount())]
    # dd/MM/yyyy HH:mm
    assert __import__("re").fullmatch(r"\d\d/\d\d/\d{4} \d\d:\d\d", m.index(0, 0).data())
    assert viewer.count_label.text() == f"{total} mục"


def test_filter_by_unit_reduces_the_list(viewer):
    viewer.unit_combo.setCurrentIndex(viewer.unit_combo.findData("XA-MOT"))
    assert viewer.model.rowCount() == 1
    assert "XA-MOT" in viewer.model.index(0, 3).data()
    viewer.unit_combo.setCurrentIndex(0)
    viewer.since_check.setChecked(True)
    viewer.since_edit.setDate(viewer.since_edit.date().addYears(5))
    assert viewer.model.rowCount() == 0


def test_verify_ok_then_tampering_is_shown_in_red(viewer, logged_db):
    total = viewer.verify()["entries"]
    assert viewer.verify()["ok"] and total >= 3
    assert viewer.verify_label.text() == f"Nhật ký toàn vẹn ({total} mục)"
    with contextlib.closing(sqlite3.connect(logged_db.path)) as conn:
        conn.execute("update audit_entry set who='ke-gian' where id=(select max(id) from audit_entry)")
        conn.commit()
    assert not viewer.verify()["ok"]
    assert "đã bị sửa" in viewer.verify_label.text()
    assert "b71c1c" in viewer.verify_label.styleSheet()


def test_export_writes_the_filtered_log(viewer, tmp_path):
    viewer.unit_combo.setCurrentIndex(viewer.unit_combo.findData("XA-HAI"))
    result = viewer.export_to(tmp_path / "nhat-ky.csv")
    text = (tmp_path / "nhat-ky.csv").read_text(encoding="utf-8-sig")
    assert result["entries"] == 1 and "XA-HAI" in text and "XA-MOT" not in text


def test_audit_model_passes_the_qt_model_tester(qtmodeltester, viewer):
    qtmodeltester.check(viewer.model)


def test_view_menu_opens_the_change_log(window):
    dialog = window.audit_backup.open_audit()
    assert dialog.model.rowCount() >= 1
    dialog.close()


def test_restore_from_the_dialog_brings_back_a_deleted_unit(window, demo_db):
    units.add_unit(demo_db, "XA-MAT", "Xã Sẽ Mất", "xa")
    window.reload_all()
    made = backups.backup_before(demo_db, "thu nghiem")
    with contextlib.closing(sqlite3.connect(demo_db.path)) as conn:
        conn.execute("update unit set deleted=1 where code='XA-MAT'")
        conn.commit()
    window.reload_all()
    assert window.unit_combo.findData("XA-MAT") < 0
    dialog = window.audit_backup.open_restore()
    assert dialog.model.paths[0] == made
    assert dialog.model.index(0, 1).data() == "trước: thu nghiem"
    assert dialog.restore(dialog.selected()) is not None
    assert window.unit_combo.findData("XA-MAT") >= 0
    assert window.db is not demo_db
    window.db.close()


def test_backup_menu_writes_a_zip_with_evidence(window, tmp_path):
    import zipfile
    result = window.backup_to(tmp_path / "sao-luu.zip")
    assert result is not None
    assert "cchc.sqlite3" in zipfile.ZipFile(tmp_path / "sao-luu.zip").namelist()


def test_startup_recovers_a_corrupt_file_from_the_backup_beside_it(qapp, tmp_path):
    from cchc_desktop.gui.startup_check import inspect, recover_latest, resolve
    path = tmp_path / "cchc.sqlite3"
    db = Database.open(path)
    units.add_unit(db, "XA-CON", "Xã Còn", "xa")
    backups.backup_before(db, "thu nghiem")
    db.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)  # header right, pages garbage
    check = inspect(path)
    assert check.blocking and check.blocking[0].code == "corrupt"
    assert resolve(path, interactive=False) == (False, [])
    recover_latest(path)
    assert inspect(path).blocking == []
    db = Database.open(path)
    try:
        assert any(u.code == "XA-CON" for u in units.list_units(db))
    finally:
        db.close()
