"""First start: the officer names the unit (a signing key is made) or chooses the demo data."""
from __future__ import annotations

from PySide6.QtWidgets import QDialog

from cchc_desktop.gui import i18n
from cchc_desktop.gui.first_run import FirstRunDialog, run_first_run_if_needed, suggest_code
from cchc_desktop.gui.settings_dialog import SettingsDialog
from cchc_desktop.services import preferences, units


def test_creating_the_unit_names_it_makes_a_key_and_keeps_province_and_language(qtbot, db):
    assert preferences.needs_first_run(db)
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.name_edit.insert("UBND xã Đắk Búk So")  # QTest cannot type non-ASCII keys
    assert dlg.code_edit.text() == "DAK-BUK-SO"
    dlg.level_combo.setCurrentIndex(dlg.level_combo.findData("xa"))
    dlg.province_edit.insert("Lâm Đồng")
    dlg.create_button.click()
    assert dlg.result() == QDialog.DialogCode.Accepted and dlg.choice == "created"
    prefs = preferences.load(db)
    assert (prefs.unit_code, prefs.unit_name, prefs.level) == ("DAK-BUK-SO", "UBND xã Đắk Búk So", "xa")
    assert prefs.province == "Lâm Đồng"
    assert prefs.key_fingerprint and len(prefs.key_fingerprint.split()) == 10
    assert not preferences.needs_first_run(db)


def test_missing_name_is_said_in_the_dialog_and_nothing_is_written(qtbot, db):
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.create_button.click()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert dlg.error_label.isVisibleTo(dlg) and dlg.error_label.text()
    assert preferences.needs_first_run(db)


def test_duplicate_code_error_from_the_service_is_shown_not_raised(qtbot, db):
    units.add_unit(db, "TRUNG", "UBND xã Trùng Tên", "xa")
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.name_edit.insert("Một đơn vị khác")  # QTest cannot type non-ASCII keys
    dlg.code_edit.setText("TRUNG")
    dlg.create_button.click()
    # an existing unit with that code becomes this installation's unit (init is idempotent)
    assert dlg.choice == "created" and preferences.load(db).unit_code == "TRUNG"


def test_sample_data_button_fills_the_database(qtbot, db):
    dlg = FirstRunDialog(db)
    qtbot.addWidget(dlg)
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("en"))
    dlg.demo_button.click()
    assert dlg.choice == "demo"
    assert len(units.list_units(db)) > 3
    assert i18n.saved_language() == "en" and not preferences.needs_first_run(db)
    i18n.apply_language("vi")


def test_wizard_is_not_shown_again_once_the_unit_exists(qtbot, demo_db):
    assert run_first_run_if_needed(demo_db) is None


def test_settings_dialog_changes_name_province_and_language(qtbot, db):
    from cchc_desktop.services import installation
    installation.init(db, "XA-A", "UBND xã A", "xa")
    dlg = SettingsDialog(db)
    qtbot.addWidget(dlg)
    assert dlg.code_label.text() == "XA-A" and dlg.fingerprint_label.text()
    dlg.name_edit.setText("UBND xã A (mới)")
    dlg.province_edit.setText("Đắk Nông")
    dlg.language_combo.setCurrentIndex(dlg.language_combo.findData("en"))
    dlg.save_button.click()
    prefs = preferences.load(db)
    assert (prefs.unit_name, prefs.province) == ("UBND xã A (mới)", "Đắk Nông")
    assert dlg.language_changed and i18n.saved_language() == "en" and i18n.current_language() == "en"
    i18n.apply_language("vi")


def test_code_suggestion_drops_titles_and_accents():
    assert suggest_code("Ủy ban nhân dân phường Nghĩa Đức") == "NGHIA-DUC"
    assert suggest_code("Sở Nội vụ") == "NOI-VU"
