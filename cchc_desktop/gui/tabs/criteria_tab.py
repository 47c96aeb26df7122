"""Tiêu chí: the criteria tree of the chosen year's set, with a check that maxima add up."""
from __future__ import annotations

import html


from ...domain.numbers import fmt_points
from ...services.errors import CchcError
from .. import queries
from ..models.criteria_model import CriteriaModel
from ..widgets.views import fit_columns
from .base import TabBase
from ..i18n import error_text


class CriteriaTab(TabBase):
    form_name = "criteria_tab"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CriteriaModel(self)
        self.ui.tree.setModel(self.model)
        self.ui.tree.setUniformRowHeights(False)
        self.ui.tree.setIndentation(14)
        self.view_data = None

    def reload(self) -> None:
        self.view_data = None
        if self.db is None or self.year is None:
            self.model.set_rows([])
            self.ui.setTitle.setText(self.tr("No criteria set: choose a year."))
            self.ui.validation.clear()
            return
        try:
            view = queries.criteria_set(self.db, self.year, self.unit.level if self.unit else None)
        except CchcError as exc:
            self.model.set_rows([])
            self.ui.setTitle.setText(html.escape(error_text(exc)))
            self.ui.validation.clear()
            return
        self.view_data = view
        self.model.set_rows(view.rows)
        self.ui.tree.expandAll()
        fit_columns(self.ui.tree, {0: 130, 2: 110, 3: 170}, stretch=1)
        self._show_header(view)

    def _show_header(self, view) -> None:
        decision = view.decision or self.tr("no decision number")
        title = self.tr("<b>%1</b> — year %2, decision %3 — total maximum <b>%4</b> points").replace(
            "%1", html.escape(view.name)).replace("%2", str(view.year)).replace(
            "%3", html.escape(decision)).replace("%4", fmt_points(view.max_total))
        self.ui.setTitle.setText(title)
        problems = queries.validate_sums(view.rows)
        declared = view.declared_total
        lines = []
        for code, own, kids in problems[:3]:
            lines.append(self.tr("criterion %1: maximum %2 but its sub-criteria add up to %3").replace(
                "%1", code).replace("%2", fmt_points(own)).replace("%3", fmt_points(kids)))
        if declared is not None and declared != view.max_total:
            lines.append(self.tr("the decision declares %1 points, the criteria add up to %2").replace(
                "%1", fmt_points(declared)).replace("%2", fmt_points(view.max_total)))
        if lines:
            more = len(problems) - 3
            tail = self.tr(" (and %1 more)").replace("%1", str(more)) if more > 0 else ""
            text = self.tr("Check: ") + "; ".join(lines) + tail
            self.ui.validation.setStyleSheet("color: #b00020;")
        else:
            text = "✔ " + self.tr("Valid: every parent equals the sum of its sub-criteria.")
            self.ui.validation.setStyleSheet("color: #1b5e20;")
        self.ui.validation.setText(text)

    def retranslate(self) -> None:
        self.model.retranslate()
        if self.view_data is not None:
            self._show_header(self.view_data)
        else:
            super().retranslate()
