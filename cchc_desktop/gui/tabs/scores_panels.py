"""The Chấm điểm tab's tools around the score tree: lock state and buttons, the search box,
and the bottom panel (Minh chứng, Biểu đồ, Điểm có thể cải thiện, Xếp hạng)."""
from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QInputDialog, QLabel, QLineEdit,
                               QPushButton, QSplitter, QTableView, QTabWidget)

from ...services import assessments, ranking, score_views
from ...services.errors import CchcError
from ..commands import push_applied
from ..labels import state_label
from ..models.ranking_model import ImprovementModel, RankingModel
from ...services.scores import LOCKED_FOR_APPRAISAL
from ..models.scores_model import text_layer
from ..score_commands import AttachEvidenceCommand, DetachEvidenceCommand, SetScoreTextCommand
from ..widgets.evidence_panel import EvidencePanel
from ..timers import single_shot_timer
from ..widgets.score_charts import ScoreCharts
from .scores_clipboard import ScoresClipboard
from .scores_tools import filter_tree
from ..i18n import error_text


PANEL_DEBOUNCE_MS = 150


def _table(name: str, model) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 8)
    view.setWordWrap(False)
    return view


class ScoresPanels(ScoresClipboard):
    """Mixed into ScoresTab (a TabBase with self.ui.tree and self.model)."""

    def _build_panels(self) -> None:
        layout = self.ui.layout
        tree = self.ui.tree
        layout.removeWidget(tree)
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("scoreSearch")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.apply_filter)
        self.state_label = QLabel()
        self.state_label.setObjectName("stateLabel")
        self.lock_button = QPushButton()
        self.lock_button.setObjectName("lockButton")
        self.unlock_button = QPushButton()
        self.unlock_button.setObjectName("unlockButton")
        self.lock_button.clicked.connect(self.lock_assessment)
        self.unlock_button.clicked.connect(lambda: self.unlock_assessment())
        bar.addWidget(self.search, 2)
        bar.addStretch(1)
        for w in (self.state_label, self.lock_button, self.unlock_button):
            bar.addWidget(w)
        layout.addLayout(bar)

        self.evidence_panel = EvidencePanel()
        self.evidence_panel.run_attach = self._attach
        self.evidence_panel.run_detach = self._detach
        self.evidence_panel.message.connect(self.status_message)
        self.charts = ScoreCharts()
        self.improvement_model = ImprovementModel(self)
        self.improvement_view = _table("improvementView", self.improvement_model)
        self.improvement_view.doubleClicked.connect(self._go_to_improvement)
        self.ranking_model = RankingModel(self)
        self.ranking_view = _table("rankingView", self.ranking_model)
        self.ranking_view.doubleClicked.connect(self._appraise_unit)
        for view, stretch in ((self.improvement_view, 5), (self.ranking_view, 1)):
            view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
            view.horizontalHeader().setStyleSheet("QHeaderView::section { padding-left: 6px; padding-right: 6px; }")
        self.improvement_view.setColumnWidth(1, 420)
        self.side = QTabWidget()
        self.side.setObjectName("sidePanel")
        for w in (self.evidence_panel, self.charts, self.improvement_view, self.ranking_view):
            self.side.addTab(w, "")
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(tree)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)
        self._sized = False
        self.splitter.setSizes([3000, 1000])
        # The bottom panel shows one page at a time: only that page is refreshed, and charts and the
        # ranking (whole-year queries) only after the officer stops switching units for a moment.
        self._stale_panels: set[str] = set()
        self._ranking_key = None  # (year, level) the ranking page shows
        self._panel_timer = single_shot_timer(self, lambda: self.refresh_side_panel(now=True), PANEL_DEBOUNCE_MS)
        self.side.currentChanged.connect(lambda *_: self.refresh_side_panel(now=True))
        tree.selectionModel().currentChanged.connect(lambda *_: self._row_chosen())
        tree.installEventFilter(self)
        self.model.text_handler = self._edit_text
        self._retranslate_panels()

    def showEvent(self, event):
        super().showEvent(event)
        self._size_splitter()

    def resizeEvent(self, event):
        # the tab may get its final height after it was shown (layout passes that change nothing
        # visible are skipped, widgets/layout_guard.py): size the panel when the room is there
        super().resizeEvent(event)
        if self.isVisible():
            self._size_splitter()

    def _size_splitter(self) -> None:
        if not self._sized and self.splitter.height() > 200:
            # the scores first: the panel below is for a glance (the officer can drag it taller)
            total = sum(self.splitter.sizes())
            self.splitter.setSizes([total - 210, 210])
            self._sized = True

    def _retranslate_panels(self) -> None:
        self.search.setPlaceholderText(self.tr("Find a criterion by code or name (accents optional)…"))
        self.lock_button.setText(self.tr("Lock self-assessment"))
        self.unlock_button.setText(self.tr("Unlock…"))
        self.lock_button.setToolTip(self.tr("Self-assessed scores become read-only until unlocked."))
        self.unlock_button.setToolTip(self.tr("Reopen the assessment for editing; the reason is kept in the audit log."))
        for n, text in enumerate((self.tr("Evidence"), self.tr("Charts"), self.tr("Points to recover"),
                                  self.tr("Ranking"))):
            self.side.setTabText(n, text)
        self.evidence_panel.retranslate()
        self.charts.retranslate()
        self._show_state()

    # --- state and panels ------------------------------------------------------
    def _show_state(self) -> None:
        card = self.card
        state = card.state if card is not None else None
        self.state_label.setText(self.tr("State: %1").replace("%1", state_label(state)) if state else "")
        self.lock_button.setEnabled(state == "draft")
        self.unlock_button.setEnabled(state is not None and state != "draft")

    def _refresh_panels(self, full: bool) -> None:
        """The card changed: the bottom pages are out of date; the one on screen is refreshed
        (points to recover at once, charts and ranking after a short pause)."""
        card = self.card
        self._show_state()
        # the charts draw one unit's fields and years: nothing to draw without a unit's card
        self.side.setTabEnabled(self.side.indexOf(self.charts), card is not None)
        if card is None and self.side.currentWidget() is self.charts:
            self.side.setCurrentWidget(self.improvement_view if self.overview is not None else self.evidence_panel)
        self._stale_panels = {"improvement", "charts", "ranking"}
        if full:
            self._ranking_key = None
        if card is None and self.overview is None:
            self.improvement_model.set_rows([])
            self.ranking_model.set_rows([])
            self._ranking_key = None
            self._stale_panels.clear()
            self.evidence_panel.show_row(None, None, None, None)
            return
        self._row_chosen()
        if self.search.text():
            self.apply_filter(self.search.text())
        self.refresh_side_panel(now=False)

    def refresh_side_panel(self, now: bool = True) -> None:
        """Bring the bottom page on screen up to date (now=False: charts and ranking wait for the
        debounce timer, so a quick run through units does not draw each unit's charts). On the
        units' average (self.overview) the points to recover and the ranking are the units'."""
        card, overview, page = self.card, self.overview, self.side.currentWidget()
        if card is None and overview is None:
            return
        # (the average's rows as the tree shows them: the Reason column says how many units lost points)
        rows, level = (card.rows, self.unit.level) if card is not None else (self.model.rows(), overview.level)
        if page is self.improvement_view and "improvement" in self._stale_panels:
            self._stale_panels.discard("improvement")
            self.improvement_model.set_rows(ImprovementModel.from_scorecard(rows))
            return
        wanted = ((page is self.charts and "charts" in self._stale_panels and card is not None)
                  or (page is self.ranking_view and self._ranking_key != (self.year, level)))
        if not wanted:
            return
        if not now:
            self._panel_timer.start()
            return
        self._panel_timer.stop()
        try:
            if page is self.charts:
                self._stale_panels.discard("charts")
                self.charts.show_data(card, score_views.year_totals(self.db, card.unit_code))
            else:
                self._ranking_key = (self.year, level)
                self.ranking_model.set_rows(score_views.ranking_rows(self.db, self.year, level))
        except CchcError as exc:
            self.status_message.emit(error_text(exc))

    def flush_panels(self) -> None:
        """Every bottom page up to date now (printing, tests, a screenshot)."""
        current = self.side.currentIndex()
        for n in range(self.side.count()):
            self.side.setCurrentIndex(n)
            self.refresh_side_panel(now=True)
        self.side.setCurrentIndex(current)

    def _row_chosen(self) -> None:
        if self.card is None:  # the units' average: no evidence of its own
            self.evidence_panel.show_row(None, None, None, None)
            return
        r = self.model.row_at(self.ui.tree.currentIndex())
        self.evidence_panel.locked = self.card is not None and self.card.state in LOCKED_FOR_APPRAISAL
        self.evidence_panel.show_row(self.db, self.unit.code if self.unit else None, self.year, r)

    def apply_filter(self, text: str) -> int:
        found = filter_tree(self.ui.tree, self.model, text)
        if text.strip():
            self.status_message.emit(self.tr("%n criteria found", "", found))
        return found

    # --- lock / unlock -----------------------------------------------------------
    def lock_assessment(self) -> bool:
        return self._change_state(lambda: assessments.lock(self.db, self.unit.code, self.year))

    def ask_unlock_reason(self) -> str | None:
        text, ok = QInputDialog.getText(self, self.tr("Unlock the assessment"),
                                        self.tr("Reason for unlocking (kept in the audit log):"))
        return text if ok else None

    def unlock_assessment(self, reason: str | None = None) -> bool:
        reason = self.ask_unlock_reason() if reason is None else reason
        if reason is None:
            return False
        return self._change_state(lambda: assessments.unlock(self.db, self.unit.code, self.year, reason))

    def _change_state(self, call) -> bool:
        try:
            change = call()
        except CchcError as exc:
            self.status_message.emit(error_text(exc))
            self.last_refusal = error_text(exc)
            return False
        # On the stack, so "undo any step" holds for locking too. The service already ran: skip the first redo.
        from ..score_commands import AssessmentStateCommand
        cmd = AssessmentStateCommand(self.edit_context, change.unit_code, change.year, change.before,
                                     change.after, change.reason)
        cmd._skip_first_redo = True
        self.undo_stack.push(cmd)
        self.status_message.emit(self.tr("Assessment: %1 → %2").replace("%1", state_label(change.before))
                                 .replace("%2", state_label(change.after)))
        self.refresh_values()
        return True

    # --- edits ---------------------------------------------------------------------
    def _edit_text(self, r, field, old, new) -> bool:
        layer = text_layer(r)
        value = r.survey if layer == "survey" else r.appraised
        cmd = SetScoreTextCommand(self.edit_context, self.unit.code, self.year, r.criterion_id, r.code,
                                  layer, value, field, old, new)
        return push_applied(self.undo_stack, cmd)

    def _attach(self, r, path, note) -> bool:
        from pathlib import Path
        cmd = AttachEvidenceCommand(self.edit_context, self.unit.code, self.year, r.criterion_id, r.code,
                                    path, note, Path(path).name)
        return push_applied(self.undo_stack, cmd)

    def _detach(self, r, e) -> bool:
        return push_applied(self.undo_stack, DetachEvidenceCommand(self.edit_context, e.link_id, e.file_name, r.code))

    def _go_to_improvement(self, index: QModelIndex) -> None:
        r = self.improvement_model.rows()[index.row()]
        target = self.model.index_for_key(r.criterion_id, self.model.column_of("explanation"))
        self.ui.tree.scrollTo(target)
        self.ui.tree.setCurrentIndex(target)

    def _appraise_unit(self, index: QModelIndex) -> None:
        """Province mode: open any unit of the ranking to appraise its scores side by side."""
        r = self.ranking_model.rows()[index.row()]
        self.province_mode = ranking.province_mode(self.db)  # asked here: one query, not per unit switch
        combo = getattr(self.window(), "unit_combo", None)
        if combo is not None and (getattr(self, "province_mode", False) or r.own):
            combo.setCurrentIndex(combo.findData(r.code))
        elif not getattr(self, "province_mode", False):
            self.status_message.emit(self.tr("Only the province (or its Department of Home Affairs) appraises other units."))
