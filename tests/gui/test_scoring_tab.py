"""The Chấm điểm tab end to end on the demo: typing, undo, lock/unlock, reason and
explanation, evidence, search, ranking, charts, clipboard."""
from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit

from cchc_desktop.services import assessments, audit, scorecard

UNIT, YEAR = "DNO-TUYDUC", 2022


@pytest.fixture
def draft_window(demo_db, window_on, vietnamese):
    """The demo is published (locked): reopen Tuy Đức 2022 the way an officer would."""
    assessments.unlock(demo_db, UNIT, YEAR, "chấm lại trong kiểm thử")
    w = window_on(demo_db)
    w.unit_combo.setCurrentIndex(w.unit_combo.findData(UNIT))
    w.year_combo.setCurrentIndex(w.year_combo.findData(YEAR))
    w.show_tab("scores")
    return w


def _row(db, code):
    return next(r for r in scorecard.build(db, UNIT, YEAR).rows if r.code == code)


def _type(qtbot, tab, code, column, text):
    tree = tab.ui.tree
    index = tab.model.find_code(code, tab.model.column_of(column))
    tree.scrollTo(index)
    tree.setCurrentIndex(index)
    tree.setFocus()
    tree.edit(index)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:  # QTest types ASCII only; Vietnamese arrives through the input method as whole text
        editor.setText(text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.wait(20)  # the plain text editor commits through a queued call
    return index


def test_typed_scores_undo_redo_then_lock_and_unlock_with_reason(qtbot, draft_window, demo_db):
    w = draft_window
    tab = w.tab("scores")
    assert tab.lock_button.isEnabled() and not tab.unlock_button.isEnabled()
    _type(qtbot, tab, "1.2.2", "self", "0,5")
    _type(qtbot, tab, "1.3.1", "self", "0,75")
    assert _row(demo_db, "1.3.1").self_score == Decimal("0.75")
    w.undo_stack.undo()
    w.undo_stack.undo()
    assert _row(demo_db, "1.2.2").self_score == Decimal("1")
    w.undo_stack.redo()
    assert _row(demo_db, "1.2.2").self_score == Decimal("0.5")

    qtbot.mouseClick(tab.lock_button, Qt.MouseButton.LeftButton)
    assert assessments.state_of(demo_db, UNIT, YEAR) == "self_assessed"
    cell = tab.model.find_code("1.2.2", tab.model.column_of("self"))
    assert not tab.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert "đã khóa" in tab.state_label.text()
    assert tab.unlock_button.isEnabled() and not tab.lock_button.isEnabled()

    tab.ask_unlock_reason = lambda: ""
    assert not tab.unlock_assessment(), "an empty reason is refused"
    assert "lý do" in w.statusBar().currentMessage()
    tab.ask_unlock_reason = lambda: "Bổ sung minh chứng theo văn bản của Sở Nội vụ"
    qtbot.mouseClick(tab.unlock_button, Qt.MouseButton.LeftButton)
    assert assessments.state_of(demo_db, UNIT, YEAR) == "draft"
    assert tab.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    assert audit.entries(demo_db, 1)[0]["reason"] == "Bổ sung minh chứng theo văn bản của Sở Nội vụ"

    # Locking and unlocking are steps of the undo stack too, each undo audited.
    w.undo_stack.undo()
    assert assessments.state_of(demo_db, UNIT, YEAR) == "self_assessed"
    assert not tab.model.flags(cell) & Qt.ItemFlag.ItemIsEditable
    w.undo_stack.undo()
    assert assessments.state_of(demo_db, UNIT, YEAR) == "draft"
    assert audit.entries(demo_db, 1)[0]["action"] == "assessment.restore"
    w.undo_stack.redo()
    assert assessments.state_of(demo_db, UNIT, YEAR) == "self_assessed"


def test_reason_and_explanation_are_typed_per_row_and_undone(qtbot, draft_window, demo_db):
    w = draft_window
    tab = w.tab("scores")
    _type(qtbot, tab, "1.2.2", "explanation", "Đã ban hành báo cáo đúng hạn")
    assert _row(demo_db, "1.2.2").explanation == "Đã ban hành báo cáo đúng hạn"
    before = _row(demo_db, "1.2.2").reason
    _type(qtbot, tab, "1.2.2", "reason", "Báo cáo thiếu số liệu")
    assert _row(demo_db, "1.2.2").reason == "Báo cáo thiếu số liệu"
    assert _row(demo_db, "1.2.2").appraised == Decimal("0.5"), "the score itself is kept"
    w.undo_stack.undo()
    assert _row(demo_db, "1.2.2").reason == before
    w.undo_stack.undo()
    assert _row(demo_db, "1.2.2").explanation == ""


def test_evidence_attached_counted_removed_and_undone(qtbot, draft_window, demo_db, tmp_path):
    w = draft_window
    tab = w.tab("scores")
    index = tab.model.find_code("1.2.2", tab.model.column_of("code"))
    tab.ui.tree.setCurrentIndex(index)
    panel = tab.evidence_panel
    assert panel.attach_button.isEnabled()
    doc = tmp_path / "Báo cáo quý IV.pdf"
    doc.write_bytes(b"%PDF minh chung")
    assert panel.attach_files([doc], "trang 2, mục I") == 1
    count_cell = tab.model.find_code("1.2.2", tab.model.column_of("evidence"))
    assert count_cell.data() == "1"
    assert panel.list.count() == 1 and "trang 2, mục I" in panel.list.item(0).text()
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.remove_button, Qt.MouseButton.LeftButton)
    assert tab.model.find_code("1.2.2", tab.model.column_of("evidence")).data() == ""
    w.undo_stack.undo()
    assert tab.model.find_code("1.2.2", tab.model.column_of("evidence")).data() == "1"
    w.undo_stack.undo()
    assert tab.model.find_code("1.2.2", tab.model.column_of("evidence")).data() == ""
    w.undo_stack.redo()
    assert panel.list.count() == 1


def test_search_is_accent_insensitive(qtbot, window):
    window.show_tab("scores")
    tab = window.tab("scores")
    qtbot.keyClicks(tab.search, "bao cao")
    tree = tab.ui.tree
    shown = tab.model.find_code("1.2", 0)
    assert tab.model.row_at(shown).name == "Báo cáo CCHC"
    assert not tree.isRowHidden(shown.row(), shown.parent())
    other = tab.model.find_code("1.1.1", 0)
    assert tree.isRowHidden(other.row(), other.parent())
    tab.search.clear()
    assert not tree.isRowHidden(other.row(), other.parent())
    assert tab.apply_filter("KIEM TRA") > 0


def test_ranking_lists_eight_units_with_tuy_duc_last_and_charts_have_series(window, qtmodeltester):
    window.show_tab("scores")
    tab = window.tab("scores")
    tab.side.setCurrentWidget(tab.ranking_view)  # the officer opens the Xếp hạng page
    rows = tab.ranking_model.rows()
    assert len(rows) == 8
    assert rows[-1].code == UNIT and rows[-1].rank == 8
    assert tab.ranking_model.index(7, 0).data() == "8/8"
    tab.side.setCurrentWidget(tab.charts)
    assert len(tab.charts.all_series()) >= 4
    tab.side.setCurrentWidget(tab.improvement_view)
    improve = tab.improvement_model.rows()
    assert improve and all(a.lost >= b.lost for a, b in zip(improve, improve[1:]))
    for model in (tab.ranking_model, tab.improvement_model, tab.model):
        qtmodeltester.check(model, force_py=True)


def test_copy_rows_and_paste_scores_as_one_undo_step(qtbot, draft_window, demo_db):
    w = draft_window
    tab = w.tab("scores")
    tree = tab.ui.tree
    tree.setCurrentIndex(tab.model.find_code("1.2.2", 0))
    text = tab.copy_rows()
    assert text.splitlines()[1].startswith("1.2.2\tChất lượng báo cáo")
    assert QGuiApplication.clipboard().text() == text

    start = tab.model.find_code("1.1.1", tab.model.column_of("self"))
    tree.setCurrentIndex(start)
    QGuiApplication.clipboard().setText("0,5\r\n0.25\r\n")
    qtbot.keyClick(tree, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert _row(demo_db, "1.1.1").self_score == Decimal("0.5")
    assert _row(demo_db, "1.1.2").self_score == Decimal("0.25")
    w.undo_stack.undo()
    assert (_row(demo_db, "1.1.1").self_score, _row(demo_db, "1.1.2").self_score) == (Decimal(1), Decimal(1))

    QGuiApplication.clipboard().setText("0,5\n9\n")
    assert not tab.paste_scores(), "one value above the maximum refuses the whole paste"
    assert _row(demo_db, "1.1.1").self_score == Decimal(1)

    # pasted outside a score column: the officer is told where scores go, in Vietnamese
    messages = []
    tab.status_message.connect(messages.append)
    tree.setCurrentIndex(tab.model.find_code("1.1.1", tab.model.column_of("name")))
    assert not tab.paste_scores()
    assert messages[-1] == "Hãy dán điểm vào cột Tự chấm, Thẩm định hoặc ĐTXHH."
