"""Kế hoạch khắc phục: the chosen unit's plans and their tasks; status changes are undoable."""
from __future__ import annotations

import html

from PySide6.QtWidgets import QAbstractItemView, QInputDialog

from ...services import plans
from ...services.errors import CchcError
from .. import queries
from ..commands import SetItemStatusCommand, push_applied
from ..labels import status_label
from ..models.plans_model import PlanItemsModel
from ..widgets.delegates import StatusDelegate, TextDelegate
from ..widgets.row_heights import RowsFitText
from ..widgets.views import fit_columns
from .base import TabBase
from .plans_tab_editing import PlanEditingMixin
from ..i18n import error_text


class PlansTab(PlanEditingMixin, TabBase):
    form_name = "plans_tab"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = PlanItemsModel(self)
        self.model.edit_handler = self._edit_status
        table = self.ui.table
        table.setModel(self.model)
        table.setItemDelegate(TextDelegate(table))  # a deadline is edited without its ⚠
        table.setItemDelegateForColumn(self.model.column_of("status"), StatusDelegate(table))
        table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                              | QAbstractItemView.EditTrigger.EditKeyPressed
                              | QAbstractItemView.EditTrigger.SelectedClicked)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        self._rows_fit = RowsFitText(table)
        self.ui.planCombo.currentIndexChanged.connect(self._plan_chosen)
        self.choices: list = []
        self._filling = False
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self._build_editing()

    @property
    def plan_id(self) -> int | None:
        i = self.ui.planCombo.currentIndex()
        return self.choices[i].id if 0 <= i < len(self.choices) else None

    def reload(self) -> None:
        keep = self.plan_id
        self._filling = True
        self.ui.planCombo.clear()
        self.choices = []
        if self.db is not None and self.unit is not None:
            try:
                self.choices = queries.plans_of_unit(self.db, self.unit.code, self.year)
            except CchcError as exc:
                self.status_message.emit(error_text(exc))
        for p in self.choices:
            self.ui.planCombo.addItem(self._choice_text(p), p.id)
        ids = [p.id for p in self.choices]
        self.ui.planCombo.setCurrentIndex(ids.index(keep) if keep in ids else (0 if ids else -1))
        self._filling = False
        self._plan_chosen()

    def _choice_text(self, p) -> str:
        number = p.number or self.tr("(no number)")
        return self.tr("Plan %1 (year %2) — %3 — %4 tasks").replace("%1", number).replace(
            "%2", str(p.year)).replace("%3", p.subject or "").replace("%4", str(p.items))

    def _plan_chosen(self, *_):
        if self._filling:
            return
        plan_id = self.plan_id
        if plan_id is None:
            self.model.set_rows([])
            who = self.unit.name if self.unit else ""
            self.ui.planInfo.setText(self.tr("%1 has no remediation plan yet.").replace("%1", html.escape(who)))
            self._after_plan_loaded()
            return
        try:
            rows = plans.plan_items(self.db, plan_id)
        except CchcError as exc:
            self.model.set_rows([])
            self.ui.planInfo.setText(html.escape(error_text(exc)))
            return
        self.model.set_rows(rows)
        self._layout_table()
        self._show_info()
        self._after_plan_loaded()

    def _layout_table(self) -> None:
        table = self.ui.table
        fit_columns(table, {0: 40, 2: 60, 3: 60, 4: 130, 5: 130, 6: 110, 7: 110}, stretch=1)
        self._rows_fit.fit()  # rows as tall as their wrapped text (not ResizeToContents: see row_heights)

    def _show_info(self) -> None:
        rows = self.model.rows()
        done = sum(1 for r in rows if r.status == "done")
        overdue = self.model.overdue_count()
        text = self.tr("%1 tasks, %2 done").replace("%1", str(len(rows))).replace("%2", str(done))
        if overdue:
            text += " — <span style='color:#b00020'><b>" + self.tr("%1 overdue ⚠").replace(
                "%1", str(overdue)) + "</b></span>"
        text += " — " + self.tr("double-click a cell to change it, or use the editor on the right")
        self.ui.planInfo.setText(text)

    def refresh_values(self) -> None:
        if self.plan_id is None:
            return
        try:
            self.model.update_rows(plans.plan_items(self.db, self.plan_id))
        except CchcError as exc:
            self.status_message.emit(error_text(exc))
            return
        self._show_info()
        self._after_change()

    def _edit_status(self, row, new_status: str) -> bool:
        reason = None
        if new_status == "failed":
            reason, ok = QInputDialog.getText(self, self.tr("Could not be done"),
                                              self.tr("Why could task %1 not be done?").replace("%1", str(row.stt)))
            if not ok or not reason.strip():
                self.status_message.emit(self.tr("Status not changed: a reason is required."))
                return False
        cmd = SetItemStatusCommand(self.edit_context, self.plan_id, row.stt, row.status, new_status,
                                   status_label(row.status), status_label(new_status), reason)
        return push_applied(self.undo_stack, cmd)

    def retranslate(self) -> None:
        self.model.retranslate()
        self._retranslate_editing()
        super().retranslate()
