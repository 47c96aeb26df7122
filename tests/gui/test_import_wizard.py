"""Tệp → Nhập điểm từ Excel…: the wizard reads a per-unit workbook, shows what would change,
imports in the background, and the import can be taken back."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))

import fixtures_workbooks as fw  # noqa: E402
from import_world import YEAR, district_world, per_unit_xlsx  # noqa: E402

from cchc_desktop.gui.dialogs.import_history import ImportHistoryDialog, undo_last_import  # noqa: E402
from cchc_desktop.gui.dialogs.import_wizard import ImportWizard  # noqa: E402
from cchc_desktop.services import import_log  # noqa: E402


@pytest.fixture
def world(db, tmp_path):
    district_world(db, tmp_path)
    return db


def open_wizard(qtbot, db, path):
    wiz = ImportWizard(db, YEAR)
    qtbot.addWidget(wiz)
    wiz.show()
    wiz.file_page.path_edit.setText(str(path))
    assert wiz.file_page.isComplete()
    wiz.next()
    assert wiz.currentPage() is wiz.mapping_page
    return wiz


def test_wizard_previews_imports_and_undoes(qtbot, world, tmp_path, vietnamese):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body(), thap_muoi=fw.score_body())
    wiz = open_wizard(qtbot, world, path)
    assert wiz.layout == "per-unit"
    assert wiz.mapping_page.model.rowCount() > 5
    wiz.next()
    pv = wiz.preview
    assert pv["ok"] and pv["dry_run"] and pv["created"] > 0 and pv["updated"] == 0
    assert str(pv["created"]) in wiz.preview_page.summary.text()
    scores_imports = lambda: [r for r in import_log.list_imports(world) if r["kind"] == "scores"]  # noqa: E731
    assert scores_imports() == []           # a dry run keeps nothing
    wiz.next()
    qtbot.waitUntil(lambda: wiz.finished_import, timeout=10000)
    assert wiz.result_doc["ok"] and wiz.result_doc["created"] == pv["created"]
    history = scores_imports()
    assert len(history) == 1 and history[0]["file_name"] == "diem.xlsx" and history[0]["can_undo"]

    dialog = ImportHistoryDialog(world)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 2 and dialog.undo_button.isEnabled()
    assert undo_last_import(dialog, world, confirm=False)["ok"]
    dialog.reload()
    assert dialog.model.data(dialog.model.index(0, 6)) == "đã hoàn tác"
    assert not dialog.undo_button.isEnabled()


def test_refused_workbook_shows_located_errors_and_cannot_go_on(qtbot, world, tmp_path):
    path = per_unit_xlsx(tmp_path / "sai.xlsx", cao_lanh=fw.score_body(appr_1_1_1="5"))  # above max 1
    wiz = open_wizard(qtbot, world, path)
    wiz.next()
    assert not wiz.preview["ok"] and not wiz.preview_page.isComplete()
    table = wiz.preview_page.issues
    cells = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert any(c.startswith("E") for c in cells)
    out = wiz.save_annotated(str(tmp_path / "sai-loi.xlsx"))
    assert Path(out).is_file()


def test_unknown_unit_added_only_when_ticked(qtbot, world, tmp_path):
    path = per_unit_xlsx(tmp_path / "moi.xlsx", hong_ngu=fw.score_body())
    wiz = open_wizard(qtbot, world, path)
    wiz.next()
    units = wiz.preview_page.unit_list
    assert not wiz.preview["ok"] and units.count() == 1 and "Hồng Ngự" in units.item(0).text()
    units.item(0).setCheckState(Qt.CheckState.Checked)
    assert wiz.preview["ok"] and wiz.preview["created"] > 0


def test_changing_a_column_role_reparses_and_is_remembered(qtbot, world, tmp_path):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body())
    wiz = open_wizard(qtbot, world, path)
    page = wiz.mapping_page
    appraised = next(c for c, combo in page.role_combos.items() if combo.currentData() == "appraised")
    before = page.parse_label.text()
    combo = page.role_combos[appraised]
    combo.setCurrentIndex(combo.findData(""))                     # ignore the appraised column
    assert page.model.data(page.model.index(page.model.first_data_row, appraised),
                           Qt.ItemDataRole.BackgroundRole) is not None
    assert page.parse_label.text() != before
    wiz.next()
    assert wiz.preview["ok"]
    # the next wizard for the same sender starts with the column ignored
    wiz2 = open_wizard(qtbot, world, path)
    assert wiz2.mapping_page.role_combos[appraised].currentData() == ""


def test_models_pass_the_qt_model_tester(qtbot, world, tmp_path, qtmodeltester):
    path = per_unit_xlsx(tmp_path / "diem.xlsx", cao_lanh=fw.score_body())
    wiz = open_wizard(qtbot, world, path)
    qtmodeltester.check(wiz.mapping_page.model)
    dialog = ImportHistoryDialog(world)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
