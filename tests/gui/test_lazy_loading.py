"""Issue #11: the window paints before the data loads, and a tab loads when it is shown, for the
unit and year chosen at that moment (not the ones of when it was last on screen)."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget

from cchc_desktop.domain.numbers import fmt_points, q3
from cchc_desktop.gui.lazy_start import PlaceholderPage
from cchc_desktop.services import scorecard


def choose(window, unit_code: str, year: int) -> None:
    window.unit_combo.setCurrentIndex(window.unit_combo.findData(unit_code))
    window.year_combo.setCurrentIndex(window.year_combo.findData(year))


class _FirstPaintState(QObject):
    """Remembers what the window looked like when its first paint event arrived."""

    def __init__(self, window):
        super().__init__()
        self.window, self.seen = window, None

    def eventFilter(self, obj, event):
        if (self.seen is None and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self.window):
            self.seen = {"started": self.window.started,
                         "page": type(self.window.ui.tabs.currentWidget()).__name__}
        return False


def test_window_is_painted_with_placeholders_before_the_data_loads(qtbot, demo_db, vietnamese):
    from cchc_desktop.gui.main_window import MainWindow
    window = MainWindow(demo_db, deferred=True)
    qtbot.addWidget(window)
    watcher = _FirstPaintState(window)
    QApplication.instance().installEventFilter(watcher)
    try:
        assert not window.started  # nothing loaded while constructing
        assert isinstance(window.ui.tabs.currentWidget(), PlaceholderPage)
        assert window.ui.tabs.currentWidget().label.text() == "Đang tải…"
        window.resize(1280, 800)
        window.show()
        qtbot.waitUntil(lambda: watcher.seen is not None, timeout=5000)
    finally:
        QApplication.instance().removeEventFilter(watcher)
    # the officer saw the frame with "Đang tải…" first; the data came after that paint
    assert watcher.seen == {"started": False, "page": "PlaceholderPage"}
    qtbot.waitUntil(lambda: window.started, timeout=10000)
    assert window.unit_combo.count() > 0 and window.tab("scores").model.rowCount() > 0


def test_tab_first_shown_after_a_unit_switch_shows_that_units_rows(qtbot, window, demo_db):
    window.show_tab("criteria")
    choose(window, "DNO-CUJUT", 2022)
    # the Chấm điểm tab was not on screen: switching units did not load it…
    assert "scores" in window._dirty
    # …clicking its tab does, for the unit chosen meanwhile
    window.ui.tabs.setCurrentIndex(1)
    tab = window.tabs["scores"]
    assert "Cư Jút" in tab.ui.unitTitle.text()
    expected = scorecard.build(demo_db, "DNO-CUJUT", 2022)
    assert [(r.code, r.appraised) for r in tab.model.rows()] == [(r.code, r.appraised) for r in expected.rows]
    assert tab.ui.totalValue.text().startswith("82,35")
    # and back to the own unit: the same tree, the own unit's values
    window.show_tab("criteria")
    choose(window, "DNO-TUYDUC", 2022)
    window.ui.tabs.setCurrentIndex(1)
    assert "Tuy Đức" in tab.ui.unitTitle.text()
    assert tab.side.isTabEnabled(tab.side.indexOf(tab.charts))
    assert tab.ui.totalValue.text().startswith("71,79")


def test_ranking_page_follows_the_year_and_keeps_its_rows_across_unit_switches(window):
    window.show_tab("scores")
    tab = window.tab("scores")
    tab.side.setCurrentWidget(tab.ranking_view)
    assert len(tab.ranking_model.rows()) == 8
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO-CUJUT"))
    # same year and level: the ranking on screen is still right, Cư Jút is in it
    assert any(r.code == "DNO-CUJUT" for r in tab.ranking_model.rows())
    window.year_combo.setCurrentIndex(window.year_combo.findData(2021))
    tab.refresh_side_panel(now=True)  # the page refreshes after a short pause; do it now
    assert tab.ranking_model.rows() and tab.ranking_model.rows()[0].rank == 1


def test_year_switch_shows_that_years_rows_and_criteria(window, demo_db):
    window.show_tab("scores")
    tab = window.tab("scores")
    for year in (2021, 2022, 2021):
        window.year_combo.setCurrentIndex(window.year_combo.findData(year))
        expected = scorecard.build(demo_db, "DNO-TUYDUC", year)
        # the tree on screen may be reused (same codes), its rows are that year's criteria and scores
        assert [(r.criterion_id, r.self_score, r.appraised) for r in tab.model.rows()] == \
            [(r.criterion_id, r.self_score, r.appraised) for r in expected.rows]
        assert f"năm {year}" in tab.ui.unitTitle.text()


def _on_screen(window, widget):
    """What the window's backing store holds for `widget` (not a fresh render, as grab() would be)."""
    from PySide6.QtCore import QPoint, QRect
    QApplication.processEvents()
    image = window.windowHandle().screen().grabWindow(window.winId()).toImage()
    top_left = widget.mapTo(window, QPoint(0, 0))
    return image.copy(QRect(top_left, widget.size()))


def test_unit_switch_repaints_the_rows_on_screen_when_scrolled_into_a_group(qtbot, window, qtmodeltester):
    """A switch that only replaces values must repaint every visible row: scrolled past a group's
    heading, its children on screen used to keep the previous unit's numbers."""
    window.resize(1100, 420)  # a short window: the tree scrolls
    window.show_tab("scores")
    tab = window.tab("scores")
    tree = tab.ui.tree
    qtbot.waitUntil(lambda: tree.verticalScrollBar().maximum() > 10)
    bar = tree.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    before = _on_screen(window, tree.viewport())
    choose(window, "DNO-CUJUT", 2022)
    shown = _on_screen(window, tree.viewport())
    assert shown != before  # the other unit's numbers are visible…
    tree.viewport().repaint()  # …and they are all of them: a full repaint changes nothing
    assert _on_screen(window, tree.viewport()) == shown
    qtmodeltester.check(tab.model, force_py=True)  # the item tree keeps Qt's model rules


def test_other_years_are_prepared_in_the_background_and_dropped_after_an_edit(qtbot, window, demo_db):
    window.show_tab("scores")
    tab = window.tab("scores")
    prepared = lambda: {k[1] for k in tab.caches if k[0] == "year_assessments"}  # noqa: E731
    qtbot.waitUntil(lambda: {2021, 2022} <= prepared())  # 2021 ready before the officer asks for it
    # scores changed while a preparation ran: its figures may be old and are not used
    tab.prefetch.schedule(demo_db, "tinh", tab.caches)  # another level: a new preparation starts…
    tab.invalidate()  # …and an edit empties the cache meanwhile
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)  # the result arrives through the event loop
    assert not tab.caches
    window.year_combo.setCurrentIndex(window.year_combo.findData(2021))
    expected = scorecard.build(demo_db, "DNO-TUYDUC", 2021)
    assert tab.ui.totalValue.text().startswith(fmt_points(expected.totals.appraised_total))
    assert tab.ui.rankValue.text() == f"{expected.rank}/{expected.rank_of}"


def test_years_are_prepared_in_the_officers_pauses_not_while_they_click(qtbot, window, demo_db):
    """While units are being switched (here: every 20 ms, like an arrow key held on the unit box)
    the background preparation of other years waits; once the officer stops, it runs."""
    import time
    window.show_tab("scores")
    tab = window.tab("scores")
    from PySide6.QtCore import QThreadPool
    QThreadPool.globalInstance().waitForDone(10000)
    qtbot.wait(50)
    ranked_sets = lambda: {k[1] for k in tab.caches if k[0] == "ranks"}  # noqa: E731
    tab.invalidate()  # scores changed: the prepared years are gone and will be prepared again
    codes = ["DNO-TUYDUC", "DNO-CUJUT"]
    end = time.monotonic() + 0.3
    n = 0
    while time.monotonic() < end:
        window.unit_combo.setCurrentIndex(window.unit_combo.findData(codes[n % 2]))
        n += 1
        qtbot.wait(20)
        assert len(ranked_sets()) <= 1  # only the year on screen, loaded in the foreground
    qtbot.waitUntil(lambda: len(ranked_sets()) >= 2)  # 2021's set ranked in the background


def test_the_province_itself_shows_the_average_of_its_units(qtbot, window, demo_db):
    """The province is not assessed: its page (the first a province officer sees) shows the average
    of the units assessed that year on the same tree, read-only, with how many units lost points on
    each criterion; opening a unit from there only changes the numbers (no new tree)."""
    window.show_tab("scores")
    tab = window.tab("scores")
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO"))
    assert tab.ui.unitTitle.text().startswith("<b>Trung bình của 8 đơn vị được đánh giá</b> — năm 2022")
    assert tab.ui.message.text().startswith("Để mở một đơn vị, chọn ở ô «Đơn vị» phía trên")
    cards = [scorecard.build(demo_db, code, 2022) for code in (
        "DNO-GIANGHIA", "DNO-DAKMIL", "DNO-CUJUT", "DNO-DAKRLAP", "DNO-KRONGNO", "DNO-DAKSONG",
        "DNO-DAKGLONG", "DNO-TUYDUC")]
    totals = [c.totals.appraised_total for c in cards]
    expected_total = sum(totals) / len(totals)
    assert tab.ui.totalValue.text().startswith(fmt_points(expected_total.quantize(Decimal("0.01"))) + " / ")
    assert tab.ui.rankValue.text() == "8 đơn vị"
    model = tab.model
    # a scored leaf: the average of the eight appraised scores, and the count of those below the maximum
    row = next(i for i, r in enumerate(cards[0].rows) if r.is_leaf and r.kind == "scored"
               and any(c.rows[i].appraised is not None and c.rows[i].appraised < r.max_points for c in cards))
    leaf = model.rows()[row]
    values = [c.rows[row].appraised for c in cards if c.rows[row].appraised is not None]
    assert leaf.code == cards[0].rows[row].code
    assert leaf.appraised == q3(sum(values) / len(values))
    below = sum(1 for v in values if v < leaf.max_points)
    assert leaf.reason == f"{below}/8 đơn vị bị trừ điểm"
    index = model.find_code(leaf.code, model.column_of("appraised"))
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable  # an average is not typed into
    # below: the points the units lose most, with how many lose them; no charts (no one unit's card)
    tab.side.setCurrentWidget(tab.improvement_view)
    worst = tab.improvement_model.rows()[0]
    assert worst.lost == max(r.lost for r in model.rows() if r.is_leaf and r.lost is not None)
    assert worst.reason.endswith("/8 đơn vị bị trừ điểm")
    assert not tab.side.isTabEnabled(tab.side.indexOf(tab.charts))
    resets = []
    model.modelReset.connect(lambda: resets.append(1))
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO-TUYDUC"))
    assert not resets  # the same tree: only the numbers changed
    assert model.rows()[row].appraised == cards[-1].rows[row].appraised
    assert "Tuy Đức" in tab.ui.unitTitle.text()


def test_refusals_follow_the_interface_language(qtbot, window, demo_db):
    """A service's refusal (here: a year no unit is assessed in yet) is shown in English in the
    English interface and in Vietnamese otherwise."""
    from cchc_desktop.services import criteria_years
    with demo_db.read() as s:
        from cchc_desktop.services import criteria
        set_id = criteria.sets_of_year(s, 2022, "huyen")[0].id
    criteria_years.copy_set_to_year(demo_db, set_id, 2023)
    window.reload_all()
    window.show_tab("scores")
    tab = window.tab("scores")
    window.year_combo.setCurrentIndex(window.year_combo.findData(2023))
    window.ui.actionLangEn.trigger()
    qtbot.waitUntil(lambda: window.ui.tabs.tabText(0) == "Criteria")
    try:
        window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO"))
        assert "has no assessment for 2023" in tab.ui.unitTitle.text()
        assert tab.ui.message.text() == "Choose the unit to look at in the «Unit» box above."
        window.year_combo.setCurrentIndex(window.year_combo.findData(2022))
        assert tab.ui.unitTitle.text().startswith("<b>Average of the 8 assessed units</b>")
        assert any(r.reason.endswith(" of 8 units lost points") for r in tab.model.rows())
        assert not any("đơn vị" in r.reason for r in tab.model.rows())
        window.year_combo.setCurrentIndex(window.year_combo.findData(2023))
    finally:
        window.ui.actionLangVi.trigger()
        qtbot.waitUntil(lambda: window.ui.tabs.tabText(0) == "Tiêu chí")
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO-TUYDUC"))
    window.unit_combo.setCurrentIndex(window.unit_combo.findData("DNO"))
    assert "chưa có bản đánh giá năm 2023" in tab.ui.unitTitle.text()


def test_other_tabs_load_in_a_quiet_moment_after_a_unit_switch(qtbot, window, demo_db, monkeypatch):
    """After a switch only the tab on screen loads at once; a moment later the Kế hoạch, Tiêu chí and
    Báo cáo tabs are loaded for the new unit, so clicking them finds them ready (no load on the click)."""
    window.show_tab("scores")
    choose(window, "DNO-CUJUT", 2022)
    assert {"plans", "criteria", "reports"} <= window._dirty  # nothing else loaded at the switch itself
    qtbot.waitUntil(lambda: not ({"plans", "criteria", "reports"} & window._dirty), timeout=5000)
    plans_tab = window.tabs["plans"]
    assert "Cư Jút" in plans_tab.ui.planInfo.text() or "Cư Jút" in plans_tab.ui.planCombo.currentText()
    loads = []
    monkeypatch.setattr(plans_tab, "reload", lambda: loads.append(1))
    window.ui.tabs.setCurrentIndex(2)
    assert loads == [] and window.ui.tabs.currentWidget() is plans_tab
    # Báo cáo too: its list of the unit's plans is ready, and no document was rendered for it
    from cchc_desktop.gui import queries
    reports_tab = window.tabs["reports"]
    assert "reports" not in window._dirty
    assert [p.id for p in reports_tab.plans] == [p.id for p in queries.plans_of_unit(demo_db, "DNO-CUJUT", 2022)]
    assert reports_tab.preview.task is None


def test_closing_while_years_are_prepared_does_not_keep_the_process_waiting(qtbot, window, monkeypatch):
    """The officer keeps clicking, then closes the window: the preparation that was waiting for a
    pause finishes at once instead of waiting out each of its steps."""
    import threading
    import time

    from PySide6.QtCore import QThreadPool

    from cchc_desktop.gui import quiet_gate
    QThreadPool.globalInstance().waitForDone(10000)
    monkeypatch.setattr(quiet_gate, "_closing", threading.Event())
    monkeypatch.setattr(quiet_gate, "_quiet", threading.Event())  # the officer is busy: no pause comes
    tab = window.tab("scores")
    tab.invalidate()
    tab.prefetch.schedule(window.db, "huyen", tab.caches, 2022)
    start = time.monotonic()
    quiet_gate.closing()
    assert QThreadPool.globalInstance().waitForDone(3000)
    assert time.monotonic() - start < 2 * quiet_gate.HOLD_AT_MOST_S
