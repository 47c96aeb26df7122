"""Models pass Qt's model tester; language switch; screenshot; empty database; task runner."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import Qt

from cchc_desktop import paths
from cchc_desktop.gui.app import run_gui
from cchc_desktop.gui.tasks import run_task


@pytest.mark.parametrize("key", ["criteria", "scores", "plans"])
def test_models_pass_the_qt_model_tester(qtmodeltester, window, key):
    window.show_tab(key)
    model = window.tab(key).model
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_switching_to_english_retitles_tabs_live_and_is_remembered(qtbot, window):
    from PySide6.QtCore import QSettings
    tabs = window.ui.tabs
    assert [tabs.tabText(i) for i in range(4)] == ["Tiêu chí", "Chấm điểm", "Kế hoạch khắc phục", "Báo cáo"]
    window.ui.actionLangEn.trigger()
    qtbot.waitUntil(lambda: tabs.tabText(0) == "Criteria")  # LanguageChange events are posted
    assert [tabs.tabText(i) for i in range(4)] == ["Criteria", "Scoring", "Remediation plan", "Reports"]
    assert window.ui.menuFile.title() == "&File"
    # entries that features add to the menus follow the switch too
    from PySide6.QtGui import QAction

    def entry(name):
        return window.findChild(QAction, name).text()
    assert (entry("actionExchange"), entry("actionAuditLog")) == ("Data e&xchange…", "Change &log…")
    window.show_tab("scores")
    assert window.tab("scores").model.headerData(3, Qt.Orientation.Horizontal) == "Self"
    assert QSettings().value("ui/language") == "en"
    window.ui.actionLangVi.trigger()
    qtbot.waitUntil(lambda: tabs.tabText(1) == "Chấm điểm")
    assert window.ui.menuFile.title() == "&Tệp"
    assert (entry("actionExchange"), entry("actionAuditLog")) == ("&Trao đổi dữ liệu…", "Nhật ký &thay đổi…")


def test_screenshot_writes_a_png_of_the_chosen_tab(demo_db, tmp_path, monkeypatch):
    import sys
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    out = tmp_path / "plans.png"
    assert run_gui(demo_db.path, tab="plans", screenshot=str(out)) == 0
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 20_000  # a real window, not an empty image


def test_empty_database_explains_how_to_get_data(window_on, db, vietnamese):
    w = window_on(db)
    assert w.ui.pages.currentWidget() is w.ui.emptyPage
    assert w.ui.emptyTitle.text() == "Chưa có dữ liệu — Tệp → Tạo dữ liệu mẫu"
    assert w.ui.actionCreateDemo.text() == "Tạo dữ liệu mẫu"
    assert not w.unit_combo.isEnabled()


def test_demo_menu_action_fills_the_database_in_the_background(qtbot, window_on, db, vietnamese):
    w = window_on(db)
    w.ui.actionCreateDemo.trigger()
    qtbot.waitUntil(lambda: w.ui.pages.currentWidget() is w.ui.tabsPage, timeout=60_000)
    assert w.unit_combo.itemData(0) == "DNO-TUYDUC"
    assert "dữ liệu mẫu" in w.statusBar().currentMessage()


def test_task_runner_returns_results_and_errors_on_the_gui_thread(qtbot):
    results, errors = [], []

    def job(progress, n):
        for i in range(n):
            progress(i, n, "")
        return n * 2

    task = run_task(None, "x", job, 5, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert results == [10] and errors == []

    def broken(progress):
        raise ValueError("hỏng")

    task = run_task(None, "x", broken, on_done=results.append, on_error=errors.append)
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert isinstance(errors[0], ValueError)


def test_vietnamese_translation_is_complete():
    ts = paths.resources_dir() / "translations" / "cchc_vi.ts"
    root = ET.parse(ts).getroot()
    unfinished = [m.find("source").text for m in root.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == []
    assert len(list(root.iter("message"))) > 150


def test_about_box_says_offline_and_font_licence(window):
    text = window.about_text()
    assert "Hoạt động hoàn toàn không cần mạng" in text
    assert "Liberation Serif" in text and "Open Font License" in text


def test_the_last_unit_year_and_tab_come_back_after_a_restart(qtbot, window, window_on, demo_db):
    """Written a moment after the last change (not on every switch) and when the window closes."""
    from cchc_desktop.gui.remembered import WRITE_AFTER_MS
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO-CUJUT"))
    window.year_combo.setCurrentIndex(window.year_combo.findData(2021))
    window.show_tab("plans")
    window.close()
    again = window_on(demo_db)
    qtbot.waitUntil(lambda: again.started)
    assert again.unit_combo.currentData() == "DNO-CUJUT"
    assert again.current_year() == 2021
    assert again.ui.tabs.currentWidget() is again.tabs["plans"]
    # without closing: the choice reaches the settings file a moment later
    again.unit_combo.setCurrentIndex(again.unit_combo.findData("DNO-DAKMIL"))
    from PySide6.QtCore import QSettings
    qtbot.waitUntil(lambda: QSettings().value("context/unit") == "DNO-DAKMIL", timeout=WRITE_AFTER_MS + 2000)
