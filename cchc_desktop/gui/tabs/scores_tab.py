"""Chấm điểm: one unit's year — summary, the scored tree, self/appraised edits with undo."""
from __future__ import annotations

import html
from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QToolTip

from ...domain.numbers import fmt_fixed, fmt_points
from ...services import score_overview, scorecard
from ...services.errors import CchcError
from ..commands import SetScoreCommand, push_applied
from ..labels import band_label, state_label
from ..models.item_tree import tree_shape
from ..models.scores_model import ScoresModel
from ..widgets.delegates import PointsDelegate
from ..widgets.views import fit_text_columns, repaint_columns
from .base import TabBase
from .scores_panels import ScoresPanels
from .year_prefetch import YearPrefetch
from ..i18n import error_text

BIG = "font-size: 15pt; font-weight: bold;"
COLUMN_CAPS = {0: 120, 1: 440, 2: 70, 3: 80, 4: 90, 5: 80, 6: 90, 8: 150, 9: 110}


def _two_places(value):
    # an average to three places reads as false precision, and crowds the next figure
    return value.quantize(Decimal("0.01")) if value is not None else None


class ScoresTab(ScoresPanels, TabBase):
    form_name = "scores_tab"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = ScoresModel(self)
        self.model.edit_handler = self._edit
        self.model.rejected.connect(self._refused)
        tree = self.ui.tree
        self.model.values_changed.connect(lambda first, last: repaint_columns(tree, first, last))
        tree.setModel(self.model)
        tree.setIndentation(14)
        # Rows are one line (long names are elided): with uniform heights a new unit's values
        # repaint the visible rows only instead of re-measuring all 87 rows per change.
        tree.setUniformRowHeights(True)
        # One-line rows show long text elided either way; without word wrap the delegate skips
        # the wrapping text layout for each of the ~300 painted cells (a third of a repaint).
        tree.setWordWrap(False)
        self.delegate = PointsDelegate(tree, validate=self._validate)
        self.delegate.refused.connect(self._refused)
        self.delegate.move_down.connect(self._move_down)
        for key in ("self", "appraised", "survey"):
            tree.setItemDelegateForColumn(self.model.column_of(key), self.delegate)
        tree.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        for label in (self.ui.totalValue, self.ui.indexValue, self.ui.rankValue, self.ui.bandValue,
                      self.ui.publishedValue, self.ui.previousValue):
            label.setStyleSheet(BIG)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card = None
        self.overview = None  # the units' average, on the page of a unit not assessed (the province)
        self.province_mode = False
        # criteria trees and set ranks between unit switches (scorecard.build's cache); emptied
        # by invalidate() whenever scores or criteria may have changed
        self.caches: dict = {}
        self.prefetch = YearPrefetch(self)  # the other recent years, prepared in the background
        self._shown_keys: list = []  # (code, depth) of the tree on screen: same shape → values only
        tree.header().setStyleSheet("QHeaderView::section { padding-left: 6px; padding-right: 6px; }")
        self._build_panels()

    # --- loading -------------------------------------------------------------
    def reload(self) -> None:
        self.card = self.overview = None
        if self.db is None or self.unit is None or self.year is None:
            self._empty(self.tr("Choose a unit and a year."))
            return
        try:
            card = scorecard.build(self.db, self.unit.code, self.year, self.caches)
        except CchcError as exc:
            if not self._show_overview():
                self._empty(error_text(exc))
                # (the province itself, when a province officer opens the app): say where to go next
                self.ui.message.setText(self.tr("Choose the unit to look at in the «Unit» box above."))
            return
        self.card = card
        self._show_rows(card.rows, card.state)
        self._show_summary(card)
        self._refresh_panels(True)
        self.prefetch.schedule(self.db, self.unit.level, self.caches, self.year)

    def _show_rows(self, rows, state: str) -> None:
        keys = tree_shape(rows)
        if keys and keys == self._shown_keys:
            # another unit, or a year whose set has the same tree: new values in the tree on
            # screen, no reset, no expandAll, no column fitting (those cost more than the query)
            self.model.state = state
            self.model.update_rows(rows)
        else:
            self.model.set_scorecard(rows, state)
            self.ui.tree.expandAll()
            fit_text_columns(self.ui.tree, self.model, rows, COLUMN_CAPS, stretch=7)
            self.ui.tree.setColumnWidth(1, 330)
            self._shown_keys = keys

    def _show_overview(self) -> bool:
        """The unit on screen (the province itself) is not assessed this year: its page shows the
        average of the units that are, read-only, and on how many of them lost points on each
        criterion — where a province-wide remediation pays most. It is the tree a unit's page
        shows, so opening a unit from here only changes the numbers."""
        try:
            ov = score_overview.build(self.db, self.year, self.caches, self.unit.id)
        except CchcError:
            return False
        if ov is None:
            return False
        self.overview = ov
        lost_text = self.tr("%1 of %2 units lost points")
        self._show_rows([replace(r, reason=lost_text.replace("%1", str(ov.lost_counts[r.criterion_id])).replace(
            "%2", str(ov.units))) if ov.lost_counts.get(r.criterion_id) else r for r in ov.rows], "published")
        self._show_overview_summary(ov)
        self._refresh_panels(True)
        return True

    def _show_overview_summary(self, ov) -> None:
        self.ui.unitTitle.setText(self.tr("<b>Average of the %1 assessed units</b> — year %2 — %3").replace(
            "%1", str(ov.units)).replace("%2", str(ov.year)).replace("%3", html.escape(ov.set_name)))
        self.ui.totalValue.setText(self.tr("%1 / %2 points").replace(
            "%1", fmt_points(_two_places(ov.average_total), "—")).replace("%2", fmt_points(ov.max_total)))
        pct = ov.average_total * 100 / ov.max_total if ov.average_total is not None and ov.max_total else None
        self.ui.indexValue.setText(fmt_fixed(pct, 2, "—") + ("%" if pct is not None else ""))
        self.ui.rankValue.setText(self.tr("%1 units").replace("%1", str(ov.ranked)))
        for label in (self.ui.bandValue, self.ui.publishedValue, self.ui.previousValue):
            label.setText("—")
        self.ui.message.setText(self.tr("To open a unit, choose it in the «Unit» box above "
                                        "or double-click it in the Ranking tab below."))

    def invalidate(self) -> None:
        """Scores or criteria may have changed (edit, undo, import, another database)."""
        self.caches.clear()
        self.prefetch.invalidate()
        self._ranking_key = None

    def refresh_values(self) -> None:
        """After an edit or undo: new numbers in the same tree (expansion and focus kept)."""
        if self.db is None or self.unit is None or self.year is None:
            return
        self.invalidate()
        if self.overview is not None:  # an undo of another unit's score: the averages change
            self.reload()
            return
        try:
            card = scorecard.build(self.db, self.unit.code, self.year, self.caches)
        except CchcError as exc:
            self.status_message.emit(error_text(exc))
            return
        self.card = card
        self.model.state = card.state
        self.model.update_rows(card.rows)
        self._show_summary(card)
        self._refresh_panels(True)

    def _empty(self, message: str) -> None:
        self.model.set_scorecard([], "draft")
        self._shown_keys = []
        self.ui.unitTitle.setText(html.escape(message))
        for label in (self.ui.totalValue, self.ui.indexValue, self.ui.rankValue, self.ui.bandValue,
                      self.ui.publishedValue, self.ui.previousValue):
            label.setText("—")
        self.ui.message.clear()
        self._refresh_panels(True)

    def _show_summary(self, card) -> None:
        t = card.totals
        self.ui.unitTitle.setText(self.tr("<b>%1</b> — year %2 — %3 — state: %4").replace(
            "%1", html.escape(card.unit_name)).replace("%2", str(card.year)).replace(
            "%3", html.escape(card.set_name)).replace("%4", state_label(card.state)))
        self.ui.totalValue.setText(self.tr("%1 / %2 points").replace(
            "%1", fmt_points(t.appraised_total, "—")).replace("%2", fmt_points(t.max_total)))
        self.ui.indexValue.setText(fmt_fixed(t.index_pct, 2, "—") + ("%" if t.index_pct is not None else ""))
        self.ui.rankValue.setText(f"{card.rank}/{card.rank_of}" if card.rank else "—")
        self.ui.bandValue.setText(band_label(card.band) or "—")
        self.ui.publishedValue.setText(self._published_text(card))
        self.ui.previousValue.setText(self._previous_text(card))
        self.ui.message.setText(self._lock_text(card))

    def _published_text(self, card) -> str:
        if card.published_total is None:
            return self.tr("not published")
        text = fmt_points(card.published_total)
        if card.published_rank:
            text += f" ({card.published_rank}/{card.published_rank_of or '?'})"
        computed = card.totals.appraised_total
        if computed is not None and computed != card.published_total:
            gap = computed - card.published_total
            sign = "+" if gap > 0 else "−"
            text += "  " + self.tr("computed %1%2").replace("%1", sign).replace("%2", fmt_points(abs(gap)))
        return text

    def _previous_text(self, card) -> str:
        if card.previous_total is None:
            return self.tr("no data")
        text = fmt_points(card.previous_total)
        now = card.totals.appraised_total
        if now is not None:
            change = now - card.previous_total
            arrow = "▲ +" if change > 0 else "▼ −" if change < 0 else "= "
            text += f"  ({arrow}{fmt_points(abs(change))})"
        return text

    def _lock_text(self, card) -> str:
        if card.state in ("published",):
            return self.tr("This assessment is published and locked: scores are shown read-only.")
        if card.state != "draft":
            return self.tr("Self-assessment is locked (%1); appraised scores can still be entered.").replace(
                "%1", state_label(card.state))
        return self.tr("Type into the Self and Appraised columns: 0,5 or 0.5; Enter moves down; Ctrl+Z undoes.")

    # --- editing -------------------------------------------------------------
    def _validate(self, index: QModelIndex, text: str) -> str | None:
        r = self.model.row_at(index)
        return self.model.check_text(r, text)[1] if r is not None else None

    def _edit(self, criterion_id, layer, old, new, code) -> bool:
        cmd = SetScoreCommand(self.edit_context, self.unit.code, self.year, criterion_id, code, layer, old, new)
        return push_applied(self.undo_stack, cmd)

    def _refused(self, index: QModelIndex, reason: str) -> None:
        self.status_message.emit(reason)
        rect = self.ui.tree.visualRect(index)
        pos = self.ui.tree.viewport().mapToGlobal(rect.bottomLeft())
        QToolTip.showText(pos, reason, self.ui.tree.viewport(), rect, 6000)
        self.last_refusal = reason

    def _move_down(self, index: QModelIndex) -> None:
        below = self.ui.tree.indexBelow(index.siblingAtColumn(0))
        while below.isValid():
            target = below.siblingAtColumn(index.column())
            if self.model.flags(target) & Qt.ItemFlag.ItemIsEditable:
                self.ui.tree.setCurrentIndex(target)
                return
            below = self.ui.tree.indexBelow(below)

    def retranslate(self) -> None:
        self.model.retranslate()
        self._retranslate_panels()
        if self.card is not None:
            self._show_summary(self.card)
        elif self.overview is not None:
            self.reload()  # the counts in the Reason column are translated text
        else:
            super().retranslate()
