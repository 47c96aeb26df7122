"""The Tiêu chí tab as an editor: real widgets, undo/redo, inline validation, a new year's set."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit

from cchc_desktop.services import criteria_edit as ce
from cchc_desktop.services import criteria_view


def _tab(window):
    window.show_tab("criteria")
    return window.tab("criteria")


def _view(db, year=2022):
    return criteria_view.editor_view(db, year, "huyen")


def _row(db, code, year=2022):
    return next((r for r in _view(db, year).rows if r.code == code), None)


def _select(tab, code):
    index = tab.model.find_code(code)
    assert index.isValid(), code
    tab.ui.tree.setCurrentIndex(index)
    return index


def _ok(dialog):
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_add_sub_criterion_through_the_dialog_then_undo_redo(qtbot, window, demo_db):
    tab = _tab(window)
    _select(tab, "1.6")
    tab.actions_by_key["add_child"].trigger()
    dlg = tab.dialog
    assert dlg.code.text() == "1.6.1"  # the next free code under the chosen criterion
    qtbot.keyClicks(dlg.name, "Tham muu ke hoach")  # keyClicks types ASCII only
    dlg.max_points.setText("0,5")
    _ok(dlg)
    added = _row(demo_db, "1.6.1")
    assert added and added.max_points == Decimal("0.5") and added.parent_id == _row(demo_db, "1.6").id
    assert tab.current_row().code == "1.6.1"
    # 1.6 (max 1) now has one sub-criterion of 0,5: the validation line says so at once
    assert "1.6" in tab.ui.validation.text() and "⚠" in tab.ui.validation.text()
    window.undo_stack.undo()
    assert _row(demo_db, "1.6.1") is None
    assert tab.model.find_code("1.6.1").isValid() is False
    window.undo_stack.redo()
    assert _row(demo_db, "1.6.1").id == added.id


def test_edit_max_in_place_undo_redo_and_sum_mismatch_shown_inline(qtbot, window, demo_db):
    tab = _tab(window)
    tree = tab.ui.tree
    index = tab.model.find_code("1.2.1", tab.model.column_of("max"))
    tree.scrollTo(index)
    tree.setCurrentIndex(index)
    tree.setFocus()
    tree.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, "0,75")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert _row(demo_db, "1.2.1").max_points == Decimal("0.75")
    assert tab.model.find_code("1.2.1", 2).data() == "0,75"
    text = tab.ui.validation.text()
    assert "1.2" in text and "1,75" in text and "1,5" in text  # parent 1.2 is 1,5 but children add to 1,75
    parent = tab.model.find_code("1.2")
    assert "1,75" in parent.data(Qt.ItemDataRole.ToolTipRole)
    assert parent.data(Qt.ItemDataRole.DecorationRole) is not None
    window.undo_stack.undo()
    assert _row(demo_db, "1.2.1").max_points == Decimal("0.5")
    assert tab.ui.validation.text().startswith("✔")
    assert tab.model.find_code("1.2").data(Qt.ItemDataRole.DecorationRole) is None
    window.undo_stack.redo()
    assert _row(demo_db, "1.2.1").max_points == Decimal("0.75")


def test_indent_changes_parent_and_undo_restores_it(qtbot, window, demo_db):
    tab = _tab(window)
    _select(tab, "1.2")
    tab.actions_by_key["indent"].trigger()
    assert _row(demo_db, "1.2").parent_id == _row(demo_db, "1.1").id
    assert tab.model.parent(tab.model.find_code("1.2")).data() == "1.1"
    window.undo_stack.undo()
    assert _row(demo_db, "1.2").parent_id == _row(demo_db, "1").id
    _select(tab, "1")
    tab.actions_by_key["indent"].trigger()  # the first field cannot go anywhere: no command, a message
    assert window.undo_stack.index() == window.undo_stack.count() - 1 or window.undo_stack.canRedo()


def test_delete_with_scores_asks_first_and_undo_brings_scores_back(qtbot, window, demo_db, monkeypatch):
    tab = _tab(window)
    asked = []
    monkeypatch.setattr(tab, "confirm", lambda text: asked.append(text) or False)
    _select(tab, "1.2")
    tab.actions_by_key["delete"].trigger()
    assert asked and "1.2" in asked[0] and _row(demo_db, "1.2") is not None  # said no: nothing deleted
    monkeypatch.setattr(tab, "confirm", lambda text: True)
    count = ce.scores_count(demo_db, _row(demo_db, "1.2").id)
    tab.actions_by_key["delete"].trigger()
    assert _row(demo_db, "1.2") is None and _row(demo_db, "1.2.1") is None
    window.undo_stack.undo()
    assert _row(demo_db, "1.2.1") is not None
    assert ce.scores_count(demo_db, _row(demo_db, "1.2").id) == count


def test_set_details_and_guidance_from_the_side_panel(qtbot, window, demo_db):
    tab = _tab(window)
    _select(tab, "1.1.1")
    tab.panel.guidance.setPlainText("Kế hoạch ban hành trước 31/12")
    tab.panel.save_texts.click()
    assert _row(demo_db, "1.1.1").guidance == "Kế hoạch ban hành trước 31/12"
    tab.panel.decision_number.setText("12/QĐ-UBND")
    tab.panel.save_set_button.click()
    assert _view(demo_db).decision_number == "12/QĐ-UBND"
    assert "12/QĐ-UBND" in tab.ui.setTitle.text()
    window.undo_stack.undo()
    assert _view(demo_db).decision_number == "1877/QĐ-UBND"


def test_copy_into_new_year_with_renamed_and_split_then_changes_view(qtbot, window, demo_db):
    tab = _tab(window)
    tab.set_menu_button.menu().actions()[0].trigger()
    dlg = tab.dialog
    assert dlg.year.value() == 2023
    dlg.mark("1.1", "renamed", names="Kế hoạch cải cách hành chính năm")
    dlg.mark("1.2.2", "split", codes="1.2.2; 1.2.3", names="Chất lượng báo cáo; Thời gian báo cáo",
             maxes="0,5; 0,5")
    _ok(dlg)
    assert window.current_year() == 2023
    assert tab.editor_view.year == 2023
    assert _row(demo_db, "1.1", 2023).name == "Kế hoạch cải cách hành chính năm"
    assert _row(demo_db, "1.2.3", 2023).max_points == Decimal("0.5")
    assert tab.ui.validation.text().startswith("✔")  # the split keeps 1.2 at 1,5
    tab.actions_by_key["changes"].trigger()
    table = tab.dialog.table
    rows = [(table.item(n, 1).text(), table.item(n, 3).text()) for n in range(table.rowCount())]
    assert rows == [("1.1", "1.1"), ("1.2.2", "1.2.2"), ("1.2.2", "1.2.3")]
    assert table.item(0, 0).text() == "đổi tên"
    tab.dialog.close()
    # The copy is one step on the undo stack: Hoàn tác removes the 2023 set, Làm lại brings it back.
    window.undo_stack.undo()
    from cchc_desktop.services import criteria as criteria_service
    with demo_db.read() as s:
        assert criteria_service.sets_of_year(s, 2023, "huyen") == []
    window.undo_stack.redo()
    assert _row(demo_db, "1.2.3", 2023).max_points == Decimal("0.5")


def test_models_pass_the_qt_model_tester(qtmodeltester, demo_db, vietnamese):
    from cchc_desktop.gui.models.criteria_editor_model import CriteriaEditorModel
    view = _view(demo_db)
    model = CriteriaEditorModel()
    model.set_rows(view.rows[:30])  # field 1 and part of 2: every depth, parents and leaves
    model.set_findings(view.findings)
    qtmodeltester.check(model)


def test_year_switch_to_a_set_with_the_same_tree_shows_that_sets_values_and_marks(qtbot, window, demo_db):
    """2021 and 2022 have the same tree: switching years keeps the rows on screen (expansion,
    current row) but every cell and mark must be that year's."""
    ce.update_criterion(demo_db, _row(demo_db, "1.2.1").id, name="Số lượng báo cáo (2022)", max_points=Decimal("0.75"))
    tab = _tab(window)
    _select(tab, "3.1")
    for year in (2021, 2022, 2021):
        window.year_combo.setCurrentIndex(window.year_combo.findData(year))
        view = _view(demo_db, year)
        assert [r.id for r in tab.model.rows()] == [r.id for r in view.rows]
        assert tab.model.find_code("1.2.1", 1).data() == ("Số lượng báo cáo (2022)" if year == 2022 else "Số lượng báo cáo")
        assert tab.model.find_code("1.2.1", 2).data() == ("0,75" if year == 2022 else "0,5")
        marked = tab.model.find_code("1.2").data(Qt.ItemDataRole.DecorationRole) is not None
        assert marked == (year == 2022)  # 1.2's children add up to 1,75 only in 2022
        assert tab.current_row().code == "3.1" and tab.current_row().id == _row(demo_db, "3.1", year).id
