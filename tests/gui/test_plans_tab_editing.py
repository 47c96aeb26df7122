"""Kế hoạch khắc phục tab: drafting, task editing with undo, progress per period, Việc cần làm."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from cchc_desktop.services import plan_desk, plans


@pytest.fixture
def plans_tab(window):
    window.show_tab("plans")
    tab = window.tab("plans")
    tab.today = date(2023, 9, 20)
    tab.model.today = tab.today
    tab._refresh_views()
    return tab


def _draft_2023(tab, monkeypatch):
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2022", True))
    before = {p["id"] for p in plans.list_plans(tab.db)}
    tab.plan_buttons["draft"].click()
    new = [p for p in plans.list_plans(tab.db) if p["id"] not in before]
    assert len(new) == 1
    return new[0]


def test_draft_from_2022_deductions_selects_the_new_plan_and_undo_removes_it(window, plans_tab, monkeypatch):
    new = _draft_2023(plans_tab, monkeypatch)
    assert new["unit"] == "DNO-TUYDUC" and new["year"] == 2023 and new["items"] > 0
    assert plans_tab.plan_id == new["id"]
    assert plans_tab.model.rowCount() == new["items"]
    window.undo_action.trigger()
    assert new["id"] not in {p["id"] for p in plans.list_plans(plans_tab.db)}
    assert plans_tab.plan_id != new["id"]
    window.redo_action.trigger()
    assert new["id"] in {p["id"] for p in plans.list_plans(plans_tab.db)}


def test_lead_office_and_deadline_edits_show_meaning_and_undo_restores_both(window, plans_tab, monkeypatch):
    new = _draft_2023(plans_tab, monkeypatch)
    tab, db, pid = plans_tab, plans_tab.db, new["id"]
    tab.ui.table.selectRow(0)
    original = plans.plan_items(db, pid)[0]
    editor = tab.editor
    assert editor.detail["stt"] == 1
    editor.lead.set_checked(["Phòng Tư pháp"])
    editor.deadline.setText("Quý III/2023")
    assert editor.deadline_hint.text() == "→ hạn 30/09/2023"
    editor.apply.click()
    row = plans.plan_items(db, pid)[0]
    assert row.lead == ("Phòng Tư pháp",) and row.deadline_text == "Quý III/2023"
    assert tab.model.index(0, tab.model.column_of("lead")).data() == "Phòng Tư pháp"
    window.undo_action.trigger()
    row = plans.plan_items(db, pid)[0]
    assert row.lead == original.lead and row.deadline_text == original.deadline_text
    window.redo_action.trigger()
    assert plans.plan_items(db, pid)[0].lead == ("Phòng Tư pháp",)


def test_table_cell_edit_of_deadline_is_undoable(window, plans_tab):
    tab, db = plans_tab, plans_tab.db
    idx = tab.model.index(1, tab.model.column_of("deadline"))
    before = plans.plan_items(db, tab.plan_id)[1].deadline_text
    assert tab.model.setData(idx, "Tháng 10/2023")
    assert plans.plan_items(db, tab.plan_id)[1].deadline_text == "Tháng 10/2023"
    window.undo_action.trigger()
    assert plans.plan_items(db, tab.plan_id)[1].deadline_text == before


def test_progress_for_a_period_shows_in_the_overview_and_undoes(window, plans_tab):
    tab = plans_tab
    tab.pages.setCurrentIndex(1)  # the officer watches "Progress by period" (filled when shown)
    tab.ui.table.selectRow(2)
    panel = tab.progress_panel
    panel.period.setCurrentIndex(panel.period.findData("H1-2023"))
    panel.status.setCurrentIndex(panel.status.findData("done"))
    panel.text.setPlainText("Đã ban hành kế hoạch số 12/KH-UBND")
    panel.record.click()
    h1 = next(r for r in tab.overview_model.rows() if r["period"] == "H1-2023")
    assert h1["done"] == 1
    ov = tab.overview_model
    row = next(n for n, r in enumerate(ov.rows()) if r["period"] == "H1-2023")
    assert ov.index(row, 2).data() == "1"
    assert panel.table.item(1, 1).text() == "Hoàn thành"
    assert plans.plan_items(tab.db, tab.plan_id)[2].status == "done"
    window.undo_action.trigger()
    assert next(r for r in tab.overview_model.rows() if r["period"] == "H1-2023")["done"] == 0
    assert plans.plan_items(tab.db, tab.plan_id)[2].status == "not_started"


def test_deadline_in_the_past_appears_in_the_overdue_list_in_red(window, plans_tab):
    tab = plans_tab
    tab.pages.setCurrentIndex(2)  # the "To do" page (filled when shown)
    before = tab.todo_model.overdue_count()
    row = next(r for r in tab.model.rows() if r.stt == 5)
    assert tab.model.setData(tab.model.index(4, tab.model.column_of("deadline")), "30/06/2023")
    assert tab.todo_model.overdue_count() == before + 1
    hit = next(n for n, r in enumerate(tab.todo_model.rows()) if r["stt"] == row.stt and r["kind"] == "overdue")
    assert tab.todo_model.index(hit, 0).data(Qt.ItemDataRole.ForegroundRole).color().name() == "#b00020"
    window.undo_action.trigger()
    assert tab.todo_model.overdue_count() == before


def test_move_merge_and_header_edits_are_undoable(window, plans_tab):
    tab, db = plans_tab, plans_tab.db
    first = plans.plan_items(db, tab.plan_id)[0].content
    tab.ui.table.selectRow(0)
    tab.task_buttons["down"].click()
    assert plans.plan_items(db, tab.plan_id)[1].content == first
    window.undo_action.trigger()
    assert plans.plan_items(db, tab.plan_id)[0].content == first
    n = len(plans.plan_items(db, tab.plan_id))
    tab.ui.table.selectRow(0)
    tab.ui.table.selectionModel().select(tab.model.index(1, 0), tab.ui.table.selectionModel().SelectionFlag.Select
                                         | tab.ui.table.selectionModel().SelectionFlag.Rows)
    tab.task_buttons["merge"].click()
    assert len(plans.plan_items(db, tab.plan_id)) == n - 1
    window.undo_action.trigger()
    assert len(plans.plan_items(db, tab.plan_id)) == n
    assert tab.apply_header({"number": "99/KH-UBND", "signer_authority": "TM.",
                             "recipients": ["Sở Nội vụ;", "Lưu: VT, NV."]})
    assert plan_desk.plan_header(db, tab.plan_id)["number"] == "99/KH-UBND"
    window.undo_action.trigger()
    assert plan_desk.plan_header(db, tab.plan_id)["number"] == "65/KH-UBND"


def test_office_rename_shows_in_the_plan_and_undoes(window, plans_tab):
    tab = plans_tab
    assert tab.office_action("rename", office="Phòng Tư pháp", name="Phòng Tư pháp huyện")
    assert any("Phòng Tư pháp huyện" in r.lead for r in plans.plan_items(tab.db, tab.plan_id))
    window.undo_action.trigger()
    assert not any("Phòng Tư pháp huyện" in r.lead for r in plans.plan_items(tab.db, tab.plan_id))


def test_refused_import_names_sheet_and_cell(plans_tab, tmp_path, monkeypatch):
    from cchc_desktop.gui.dialogs import plan_dialogs
    shown = {}
    monkeypatch.setattr(plan_dialogs.QDialog, "exec", lambda self: shown.setdefault("dlg", self) and 0)
    out = tmp_path / "kh.xlsx"
    plans_tab.export_plan(str(out))
    import openpyxl
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[0]
    header_row = next(r for r in range(1, 20) if any("Nội dung" in str(c.value or "") for c in ws[r]))
    col = next(c.column for c in ws[header_row] if "Nội dung" in str(c.value or ""))
    ws.cell(header_row + 1, col).value = None
    wb.save(out)
    assert plans_tab.import_plan(str(out)) is None
    table = shown["dlg"].findChild(plan_dialogs.QTableWidget, "importProblems")
    assert table.item(0, 1).text() and table.item(0, 2).text()


def test_models_pass_the_qt_model_tester(qtmodeltester, plans_tab):
    plans_tab.ui.table.selectRow(0)
    plans_tab.pages.setCurrentIndex(1)
    qtmodeltester.check(plans_tab.overview_model)
    plans_tab.pages.setCurrentIndex(2)
    qtmodeltester.check(plans_tab.todo_model)
    qtmodeltester.check(plans_tab.model)


def test_retire_office_moves_open_tasks_to_the_successor_and_undo_gives_them_back(window, plans_tab):
    tab, db = plans_tab, plans_tab.db
    leads_before = [r.lead for r in plans.plan_items(db, tab.plan_id)]
    assert any("Phòng Tư pháp" in lead for lead in leads_before)
    # retired from the start of the plan year: the 2023 plan's open tasks move
    assert tab.office_action("retire", office="Phòng Tư pháp", successor="Phòng Nội vụ", on=date(2023, 1, 1))
    assert not any("Phòng Tư pháp" in r.lead for r in plans.plan_items(db, tab.plan_id))
    assert "Phòng Tư pháp" not in plan_desk.office_choices(db, tab.plan_id)
    window.undo_action.trigger()
    assert [r.lead for r in plans.plan_items(db, tab.plan_id)] == leads_before


def test_add_split_delete_tasks_and_undo_each(window, plans_tab, monkeypatch):
    tab, db = plans_tab, plans_tab.db
    n = len(plans.plan_items(db, tab.plan_id))
    tab.ui.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Tập huấn CCHC cho công chức xã", True))
    tab.task_buttons["add"].click()
    items = plans.plan_items(db, tab.plan_id)
    assert len(items) == n + 1 and items[1].content == "Tập huấn CCHC cho công chức xã"
    window.undo_action.trigger()
    assert len(plans.plan_items(db, tab.plan_id)) == n
    tab.ui.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("Phần một\nPhần hai", True))
    tab.task_buttons["split"].click()
    assert [r.content for r in plans.plan_items(db, tab.plan_id)[:2]] == ["Phần một", "Phần hai"]
    window.undo_action.trigger()
    assert len(plans.plan_items(db, tab.plan_id)) == n
    tab.ui.table.selectRow(0)
    first = plans.plan_items(db, tab.plan_id)[0].content
    tab.task_buttons["delete"].click()
    assert plans.plan_items(db, tab.plan_id)[0].content != first
    window.undo_action.trigger()
    assert plans.plan_items(db, tab.plan_id)[0].content == first


def test_could_not_be_done_needs_a_reason_in_the_editor(window, plans_tab):
    tab, db = plans_tab, plans_tab.db
    tab.ui.table.selectRow(3)
    editor = tab.editor
    editor.status.setCurrentIndex(editor.status.findData("failed"))
    assert editor.reason.isEnabled()
    editor.apply.click()
    assert plans.plan_items(db, tab.plan_id)[3].status == "not_started"
    assert "lý do" in window.statusBar().currentMessage()
    editor.reason.setText("Chưa được cấp kinh phí")
    editor.apply.click()
    assert plans.plan_items(db, tab.plan_id)[3].status == "failed"


def test_progress_with_an_evidence_file_is_marked(plans_tab, tmp_path):
    tab = plans_tab
    proof = tmp_path / "bien-ban.pdf"
    proof.write_bytes(b"%PDF-1.4 minh chung")
    tab.ui.table.selectRow(0)
    panel = tab.progress_panel
    panel.period.setCurrentIndex(panel.period.findData("Q1-2023"))
    panel.status.setCurrentIndex(panel.status.findData("in_progress"))
    panel.text.setPlainText("Đang soạn báo cáo")
    panel.evidence.setText(str(proof))
    panel.record.click()
    assert "📎" in panel.table.item(0, 2).text()
    tab.pages.setCurrentIndex(1)  # "Progress by period" is filled when shown
    assert next(r for r in tab.overview_model.rows() if r["period"] == "Q1-2023")["in_progress"] == 1


def test_overdue_deadline_is_marked_but_edited_without_its_mark(qtbot, window, plans_tab):
    """The table shows «… ⚠» for an overdue task; typing into the cell starts from the deadline
    itself, and the status editor starts on the task's status."""
    from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
    tab = plans_tab
    tab.today = tab.model.today = date(2030, 1, 1)  # every open task of the demo plan is overdue then
    tab.reload()
    rows = tab.model.rows()
    i = next(n for n, r in enumerate(rows) if r.status != "done" and r.deadline_end is not None)
    table = tab.ui.table
    cell = tab.model.index(i, tab.model.column_of("deadline"))
    assert cell.data() == rows[i].deadline_text + "  ⚠"
    assert "Quá hạn" in cell.data(Qt.ItemDataRole.ToolTipRole) or "Overdue" in cell.data(Qt.ItemDataRole.ToolTipRole)
    table.setCurrentIndex(cell)
    table.edit(cell)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == rows[i].deadline_text
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    status = tab.model.index(i, tab.model.column_of("status"))
    table.setCurrentIndex(status)
    table.edit(status)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox) and combo.currentData() == rows[i].status
