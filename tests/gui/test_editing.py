"""Typing scores into the real table, refusals, undo/redo, task status edits."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit

from cchc_desktop.services import plans, scorecard


def _self_value(db, code):
    card = scorecard.build(db, "DNO-TUYDUC", 2022)
    return next(r.self_score for r in card.rows if r.code == code)


def _type_into(qtbot, tab, code, column, text):
    tree = tab.ui.tree
    index = tab.model.find_code(code, tab.model.column_of(column))
    tree.scrollTo(index)
    tree.setCurrentIndex(index)
    tree.setFocus()
    tree.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit), "the points editor opens on the cell"
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    return index, editor


def test_typed_self_score_is_saved_then_ctrl_z_restores_it(qtbot, unlocked_window, demo_db):
    w = unlocked_window
    w.show_tab("scores")
    tab = w.tab("scores")
    assert _self_value(demo_db, "1.2.2") == Decimal("1")
    index, _ = _type_into(qtbot, tab, "1.2.2", "self", "0,5")
    assert _self_value(demo_db, "1.2.2") == Decimal("0.5")
    assert index.data() == "0,5"
    # Enter moved down to the next editable row, same column
    assert tab.ui.tree.currentIndex().column() == index.column()
    assert tab.ui.tree.currentIndex().row() != index.row() or tab.ui.tree.currentIndex().parent() != index.parent()
    assert "1.2.2" in w.undo_action.text()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _self_value(demo_db, "1.2.2") == Decimal("1")
    assert tab.model.find_code("1.2.2", tab.model.column_of("self")).data() == "1"
    qtbot.keyClick(w, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert _self_value(demo_db, "1.2.2") == Decimal("0.5")


def test_dot_decimal_is_accepted_and_updates_field_subtotal(qtbot, unlocked_window, demo_db):
    tab = unlocked_window.tab("scores")
    unlocked_window.show_tab("scores")
    before = tab.model.find_code("1", tab.model.column_of("self")).data()
    _type_into(qtbot, tab, "1.2.2", "self", "0.5")
    assert _self_value(demo_db, "1.2.2") == Decimal("0.5")
    after = tab.model.find_code("1", tab.model.column_of("self")).data()
    assert before != after


def test_value_above_max_is_refused_on_the_spot(qtbot, unlocked_window, demo_db):
    w = unlocked_window
    w.show_tab("scores")
    tab = w.tab("scores")
    _, editor = _type_into(qtbot, tab, "1.2.2", "self", "5")
    assert _self_value(demo_db, "1.2.2") == Decimal("1")
    assert "vượt điểm tối đa" in w.statusBar().currentMessage()
    assert editor.isVisible(), "the editor stays open so the officer can correct the value"
    assert w.undo_stack.count() == 0


def test_published_assessment_cells_are_read_only(window):
    window.show_tab("scores")
    tab = window.tab("scores")
    index = tab.model.find_code("1.2.2", tab.model.column_of("self"))
    assert not (tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable)
    assert "khóa" in tab.ui.message.text()
    assert "khóa" in index.data(Qt.ItemDataRole.ToolTipRole)


def test_survey_rows_are_not_self_scored(unlocked_window):
    tab = unlocked_window.tab("scores")
    unlocked_window.show_tab("scores")
    survey = [r for r in tab.model.rows() if r.kind == "survey" and r.is_leaf]
    assert survey, "the demo set has survey (ĐTXHH) criteria"
    index = tab.model.find_code(survey[0].code, tab.model.column_of("self"))
    assert not (tab.model.flags(index) & Qt.ItemFlag.ItemIsEditable)


def test_task_status_change_is_undoable(window, demo_db):
    window.show_tab("plans")
    tab = window.tab("plans")
    model = tab.model
    index = model.index(0, model.column_of("status"))
    assert model.setData(index, "done")
    assert plans.plan_items(demo_db, tab.plan_id)[0].status == "done"
    assert index.data() == "Hoàn thành"
    assert "nhiệm vụ 1" in window.undo_action.text()
    window.undo_action.trigger()
    assert plans.plan_items(demo_db, tab.plan_id)[0].status == "not_started"
    assert model.index(0, model.column_of("status")).data() == "Chưa thực hiện"


def test_undo_and_redo_have_the_standard_shortcuts(window):
    assert window.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert QKeySequence("Ctrl+Y") in window.redo_action.shortcuts()
