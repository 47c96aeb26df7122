"""Trao đổi dữ liệu: packages sent and received per counterpart, receiving a package with a
preview, conflicts shown side by side and decided, keys shown and trusted."""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))

from package_world import DISTRICT, PROVINCE, World, open_installation, score_of, set_score  # noqa: E402

from cchc_desktop.gui.dialogs.exchange_centre import ExchangeCentre  # noqa: E402
from cchc_desktop.services import keys, packages  # noqa: E402
from cchc_desktop.store import models as m  # noqa: E402


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


def centre_on(qtbot, db):
    dlg = ExchangeCentre(db)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def test_lists_a_package_sent_to_the_province_and_shows_its_manifest(qtbot, world, tmp_path, vietnamese):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    sent = packages.export_package(world.district, PROVINCE[0], tmp_path / "gui-tinh.cchc")
    dlg = centre_on(qtbot, world.district)
    rows = {r["counterpart"]: r for r in dlg.counterparts.rows}
    assert rows[PROVINCE[0]]["sent"] == 1 and rows[PROVINCE[0]]["received"] == 1   # criteria set came in
    assert rows[PROVINCE[0]]["acknowledged"] == 0
    first = dlg.counterparts.data(dlg.counterparts.index(0, 0))
    assert PROVINCE[0] in first
    row = next(n for n, r in enumerate(dlg.log.rows) if r["package_id"] == sent["package_id"])
    assert dlg.log.data(dlg.log.index(row, 6)) == "chưa có biên nhận"
    text = dlg.show_details(row)
    assert sent["package_id"] in text and json.loads(text)["manifest"]["recipient"] == PROVINCE[0]

    # the province receives it through its own exchange centre, the receipt comes back: acknowledged
    prov = centre_on(qtbot, world.province)
    doc = prov.receive(sent["path"], confirm=lambda text: "Tạo mới" in text or True)
    assert doc["ok"] and doc["created"] >= 1 and doc["receipt"]
    dlg.receive(doc["receipt"], confirm=lambda text: True)
    rows = {r["counterpart"]: r for r in dlg.counterparts.rows}
    assert rows[PROVINCE[0]]["acknowledged"] == 1


def test_receive_preview_is_shown_before_anything_is_written(qtbot, world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    sent = packages.export_package(world.district, PROVINCE[0], tmp_path / "p.cchc")
    prov = centre_on(qtbot, world.province)
    seen = []
    assert prov.receive(sent["path"], confirm=lambda text: seen.append(text) or False) is None
    assert "Tuy Đức" in seen[0] and "1" in seen[0]
    assert score_of(world.province, DISTRICT[0], "1.1", "self") is None          # declined: nothing written
    prov.receive(sent["path"], confirm=lambda text: True)
    assert score_of(world.province, DISTRICT[0], "1.1", "self") == Decimal("2.000")


@pytest.fixture
def conflicting(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    laptop = world.second_district_pc()
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    set_score(laptop, DISTRICT[0], "1.1", "self", "1")
    set_score(laptop, DISTRICT[0], "1.2", "self", "3")               # no conflict: comes with the rest
    exp = packages.export_package(laptop, DISTRICT[0], tmp_path / "lap.cchc")
    yield exp["path"]
    laptop.close()


def sides_of(dlg) -> dict:
    return {dlg.sides.data(dlg.sides.index(r, 0)): (dlg.sides.data(dlg.sides.index(r, 1)),
                                                     dlg.sides.data(dlg.sides.index(r, 2)))
            for r in range(dlg.sides.rowCount())}


@pytest.mark.parametrize("choice, expected", [("keep-mine", "2.500"), ("take-theirs", "1.000")])
def test_conflict_shown_side_by_side_and_decided(qtbot, world, conflicting, choice, expected, vietnamese):
    dlg = centre_on(qtbot, world.district)
    doc = dlg.receive(conflicting, confirm=lambda text: True)
    assert doc["needs_decision"] and dlg.tabs.currentIndex() == 1 and dlg.tabs.tabText(1) == "Xung đột (1)"
    assert dlg.conflict_rows.rowCount() == 1 and dlg.keep_button.isEnabled()
    assert dlg.keep_button.text() == "Giữ bản của tôi" and dlg.take_button.text() == "Nhận bản của họ"
    assert (dlg.edit_button.text(), dlg.later_button.text()) == ("Sửa…", "Để sau")
    assert sides_of(dlg)["Điểm"] == ("2,5", "1")
    label = dlg.conflict_rows.index(0, 0).data()
    assert "1.1" in label and "Tuy Đức" in label
    dlg.postpone()                                                    # nothing changes, a date is noted
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    assert dlg.conflict_rows.index(0, 3).data().startswith("để sau từ ")
    assert dlg.resolve(choice)["ok"]
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal(expected)
    assert dlg.conflict_rows.rowCount() == 0 and packages.open_conflicts(world.district) == []
    assert score_of(world.district, DISTRICT[0], "1.2", "self") == Decimal("3.000")  # the rest came in
    assert "phần còn lại" in dlg.inbox.status.text()


def test_take_theirs_in_the_main_window_updates_the_scores_tab_and_undoes(qtbot, world, conflicting, window_on,
                                                                          vietnamese):
    window = window_on(world.district)
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(DISTRICT[0]))
    window.year_combo.setCurrentIndex(window.year_combo.findData(2025))
    dlg = window.import_exchange.open_exchange()
    dlg.receive(conflicting, confirm=lambda text: True)
    dlg.inbox.table.selectRow(0)
    qtbot.mouseClick(dlg.take_button, Qt.MouseButton.LeftButton)
    assert dlg.conflict_rows.rowCount() == 0
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("1.000")
    tab = window.tabs["scores"]
    assert tab.model.find_code("1.1", tab.model.column_of("self")).data() == "1"
    assert window.undo_stack.count() == 1
    window.undo_stack.undo()                                          # back to ours, conflict open again
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    assert tab.model.find_code("1.1", tab.model.column_of("self")).data() == "2,5"
    assert dlg.conflict_rows.rowCount() == 1 and len(packages.open_conflicts(world.district)) == 1


def test_edit_dialog_and_several_conflicts_at_once(qtbot, world, tmp_path, vietnamese):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    set_score(world.district, DISTRICT[0], "1.2", "self", "2")
    laptop = world.second_district_pc()
    for db, a, b in ((world.district, "2.5", "2.5"), (laptop, "1", "1")):
        set_score(db, DISTRICT[0], "1.1", "self", a)
        set_score(db, DISTRICT[0], "1.2", "self", b)
    path = packages.export_package(laptop, DISTRICT[0], tmp_path / "lap.cchc")["path"]
    dlg = centre_on(qtbot, world.district)
    dlg.receive(path, confirm=lambda text: True)
    assert dlg.conflict_rows.rowCount() == 2
    dlg.inbox.table.selectAll()
    assert not dlg.edit_button.isEnabled()                            # «Sửa…» is for one conflict
    dlg.inbox.table.selectRow(0)
    assert dlg.edit_button.isEnabled()
    refused = dlg.inbox.edit(fill=lambda d: d.set_value("value", "9") or True)
    assert refused is None and "vượt điểm tối đa" in dlg.inbox.status.text()
    assert dlg.conflict_rows.rowCount() == 2
    assert dlg.inbox.edit(fill=lambda d: d.set_value("value", "2,75") or True)["ok"]
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("2.750")
    dlg.inbox.table.selectAll()
    assert dlg.resolve("keep-mine")["ok"] and dlg.conflict_rows.rowCount() == 0
    assert score_of(world.district, DISTRICT[0], "1.2", "self") == Decimal("2.500")
    laptop.close()


def test_keys_show_fingerprint_and_trust_only_after_confirmation(qtbot, tmp_path):
    a = open_installation(tmp_path, "a", PROVINCE)
    b = open_installation(tmp_path, "b", DISTRICT, parent="DNO")
    info = keys.export_public_key(b, tmp_path / "khoa-b.json")
    dlg = centre_on(qtbot, a)
    assert keys.show_key(a)["fingerprint"] in dlg.own_key_label.text()
    shown = []
    assert dlg.trust_key_file(info["path"], confirm=lambda i: shown.append(i["fingerprint"]) or False) is None
    assert dlg.trusted_list.count() == 0 and shown == [info["fingerprint"]]
    assert dlg.trust_key_file(info["path"], confirm=lambda i: True)["fingerprint"] == info["fingerprint"]
    assert dlg.trusted_list.count() == 1 and info["fingerprint"] in dlg.trusted_list.item(0).text()
    a.close()
    b.close()


def test_send_dialog_writes_a_package_for_the_chosen_recipient(qtbot, world, tmp_path):
    from cchc_desktop.gui.dialogs.exchange_send import SendDialog, removable_drives
    assert isinstance(removable_drives(), list)
    dlg = SendDialog(world.district)
    qtbot.addWidget(dlg)
    assert dlg.recipient.currentData() == PROVINCE[0]                 # the province above us by default
    assert "1" in dlg.summary.text()
    doc = dlg.export_to(str(tmp_path))
    assert Path(doc["path"]).is_file() and doc["sequence"] == 1
    assert packages.verify_package(world.province, doc["path"])["ok"]


def test_models_pass_the_qt_model_tester(qtbot, world, conflicting, qtmodeltester):
    dlg = centre_on(qtbot, world.district)
    dlg.receive(conflicting, confirm=lambda text: True)
    for model in (dlg.counterparts, dlg.log, dlg.conflict_rows, dlg.sides):
        qtmodeltester.check(model)


@pytest.mark.parametrize("has_xdg, expected", [(True, "xdg-email"), (False, "mailto")])
def test_send_by_mail_attaches_with_xdg_email_or_shows_the_file(qtbot, world, tmp_path, monkeypatch, has_xdg,
                                                                 expected):
    import shutil
    from cchc_desktop.gui.dialogs import exchange_send
    from cchc_desktop.services import mail_attach
    opened, said, ran = [], [], []
    monkeypatch.setattr(exchange_send.QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    monkeypatch.setattr(exchange_send.QMessageBox, "information", lambda *a: said.append(a[2]))
    monkeypatch.setattr(mail_attach.platform, "system", lambda: "Linux")
    monkeypatch.setattr(shutil, "which", lambda name: "/usr/bin/xdg-email" if has_xdg else None)
    monkeypatch.setattr(mail_attach, "_run_xdg", lambda command: ran.append(command) or True)
    dlg = exchange_send.SendDialog(world.district)
    qtbot.addWidget(dlg)
    doc = dlg.export_to(str(tmp_path))
    assert dlg.open_mail(doc["path"], "Gói số 1", "Kính gửi") == expected
    if has_xdg:
        assert ran[0][2:4] == ["--attach", str(Path(doc["path"]).resolve())] and opened == []
        assert "attached" in said[0] or "đính kèm" in said[0]
    else:
        assert ran == [] and opened[0].startswith("mailto:") and opened[1] == f"file://{tmp_path}"
        assert doc["path"] in said[0]


def test_inbox_reads_their_revision_from_the_package_before_deciding(qtbot, world, tmp_path, vietnamese):
    """Conflicts stored by an older version of the app lack the laptop's revision; keep-mine still
    wins cleanly because the centre reads it from the remembered package."""
    from cchc_desktop.gui.dialogs.exchange_centre import remember_path
    from cchc_desktop.services import conflicts
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    laptop = world.second_district_pc()
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    for value in ("1", "1.5", "0.5"):                                # several edits on the laptop
        set_score(laptop, DISTRICT[0], "1.1", "self", value)
    path = packages.export_package(laptop, DISTRICT[0], tmp_path / "lap.cchc")["path"]
    doc = packages.import_package(world.district, path)              # not through the centre
    remember_path(doc["package_id"], path)
    with world.district.session() as s:                               # as an older version stored it
        for c in s.query(m.Conflict):
            c.theirs = {k: v for k, v in c.theirs.items() if k not in ("revision", "base_revision", "origin")}
    assert not conflicts.list_conflicts(world.district)[0]["their_revision_known"]
    dlg = centre_on(qtbot, world.district)
    assert dlg.resolve("keep-mine")["ok"]
    assert dlg.last_result["conflicts"] == [] and dlg.last_result["ok"]   # the rest imported, no new conflict
    out = packages.export_package(world.district, DISTRICT[0], tmp_path / "office.cchc")
    assert packages.import_package(laptop, out["path"])["conflicts"] == []
    assert score_of(laptop, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    laptop.close()
