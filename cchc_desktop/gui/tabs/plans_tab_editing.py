"""The editing half of the plans tab: actions, side editor, progress, per-period overview,
"Việc cần làm", office directory, workbook exchange. Every change is an undoable command."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QFileDialog, QHBoxLayout, QInputDialog, QLabel, QPushButton, QSplitter,
                               QTableView, QTabWidget, QVBoxLayout, QWidget)

from ...services import offices, plan_desk, plan_editing, plan_exchange, progress
from ...services.errors import CchcError
from .. import queries
from ..commands import push_applied
from ..dialogs.plan_dialogs import OfficesDialog, PlanHeaderDialog, show_import_error
from ..models.plan_views_model import PeriodOverviewModel, TodoModel
from ..plan_commands import (DraftPlanCommand, EditTaskCommand, OfficeCommand, PlanChangeCommand,
                             RecordProgressCommand)
from .plan_task_editor import ProgressPanel, TaskEditor
from ..i18n import error_text


def _button(text: str, name: str, slot) -> QPushButton:
    b = QPushButton(text)
    b.setObjectName(name)
    b.clicked.connect(lambda *_: slot())   # never pass `checked` as the slot's first argument
    return b


OVERVIEW_PAGE, TODO_PAGE = 1, 2  # pages of self.pages after "Tasks"

class PlanEditingMixin:
    today: date | None = None   # tests pin "today"; None = the real date

    def _build_editing(self) -> None:
        ui = self.ui
        self.model.field_handler = self._edit_field
        bar = QHBoxLayout()
        self.plan_buttons = {
            "draft": _button("", "draftPlan", self.draft_plan),
            "header": _button("", "planHeader", self.edit_header),
            "offices": _button("", "officesDirectory", self.edit_offices),
            "export": _button("", "exportPlan", self.export_plan),
            "import": _button("", "importPlan", self.import_plan),
        }
        for b in self.plan_buttons.values():
            bar.addWidget(b)
        bar.addStretch(1)
        ui.layout.insertLayout(1, bar)
        task_bar = QHBoxLayout()
        self.task_buttons = {
            "add": _button("", "addTask", self.add_task),
            "delete": _button("", "deleteTask", self.delete_task),
            "up": _button("", "moveUp", lambda: self.move_task(-1)),
            "down": _button("", "moveDown", lambda: self.move_task(1)),
            "merge": _button("", "mergeTasks", self.merge_tasks),
            "split": _button("", "splitTask", self.split_task),
        }
        for b in self.task_buttons.values():
            task_bar.addWidget(b)
        task_bar.addStretch(1)
        # the table moves from the form's layout into a splitter beside the side editor
        ui.layout.removeWidget(ui.table)
        tasks_page = QWidget()
        tl = QVBoxLayout(tasks_page)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addLayout(task_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(ui.table)
        self.side = QTabWidget()
        self.editor = TaskEditor()
        self.editor.apply_requested.connect(self._apply_editor)
        self.progress_panel = ProgressPanel()
        self.progress_panel.record_requested.connect(self.record_progress)
        self.side.addTab(self.editor, "")
        self.side.addTab(self.progress_panel, "")
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.side.setMinimumWidth(300)
        self.splitter.setSizes([900, 360])   # the task table needs the room; the editor stays readable
        tl.addWidget(self.splitter, 1)
        self.overview_model = PeriodOverviewModel(self)
        self.overview = QTableView()
        self.overview.setObjectName("periodOverview")
        self.overview.setModel(self.overview_model)
        self.overview.verticalHeader().setVisible(False)
        self.todo_model = TodoModel(self)
        self.todo_view = QTableView()
        self.todo_view.setObjectName("todoView")
        self.todo_view.setModel(self.todo_model)
        self.todo_view.verticalHeader().setVisible(False)
        self.todo_view.setWordWrap(True)
        self.todo_info = QLabel()
        todo_page = QWidget()
        td = QVBoxLayout(todo_page)
        td.addWidget(self.todo_info)
        td.addWidget(self.todo_view, 1)
        self.pages = QTabWidget()
        self.pages.setObjectName("planPages")
        self.pages.addTab(tasks_page, "")
        self.pages.addTab(self.overview, "")
        self.pages.addTab(todo_page, "")
        ui.layout.addWidget(self.pages, 1)
        # "Progress by period" and "To do" are filled when their page is shown, not on every
        # plan/unit change while the officer looks at the tasks (they cost more than the tasks).
        self._stale_pages: set[int] = set()
        self.pages.currentChanged.connect(lambda *_: self._refresh_page())
        ui.table.selectionModel().currentRowChanged.connect(lambda *_: self._load_side())
        self._retranslate_editing()

    def _retranslate_editing(self) -> None:
        texts = {"draft": self.tr("Draft remediation plan…"), "header": self.tr("Plan information…"),
                 "offices": self.tr("Offices…"), "export": self.tr("Export appendix (.xlsx)…"),
                 "import": self.tr("Import appendix (.xlsx)…"), "add": self.tr("Add task"),
                 "delete": self.tr("Delete task"), "up": self.tr("Move up"), "down": self.tr("Move down"),
                 "merge": self.tr("Merge selected"), "split": self.tr("Split…")}
        for k, b in {**self.plan_buttons, **self.task_buttons}.items():
            b.setText(texts[k])
        for n, t in enumerate((self.tr("Tasks"), self.tr("Progress by period"), self.tr("To do"))):
            self.pages.setTabText(n, t)
        self.side.setTabText(0, self.tr("Task"))
        self.side.setTabText(1, self.tr("Progress"))
        self.editor.retranslate()
        self.progress_panel.retranslate()
        self.overview_model.retranslate()
        self.todo_model.retranslate()

    # ------------------------------------------------------------------ views
    def _today(self) -> date:
        return self.today or date.today()

    def _selected_rows(self) -> list:
        sel = self.ui.table.selectionModel().selectedRows() if self.ui.table.selectionModel() else []
        rows = sorted({i.row() for i in sel})
        if not rows and self.ui.table.currentIndex().isValid():
            rows = [self.ui.table.currentIndex().row()]
        return [self.model.rows()[r] for r in rows if r < len(self.model.rows())]

    def _current_row(self):
        rows = self._selected_rows()
        return rows[0] if rows else None

    def _after_plan_loaded(self) -> None:
        has = self.plan_id is not None
        for k in ("header", "export"):
            self.plan_buttons[k].setEnabled(has)
        for b in self.task_buttons.values():
            b.setEnabled(has)
        self._refresh_views()

    def _refresh_views(self) -> None:
        self._load_side()
        self._stale_pages = {OVERVIEW_PAGE, TODO_PAGE}
        self._refresh_page()

    def _refresh_page(self) -> None:
        page = self.pages.currentIndex()
        if page not in self._stale_pages:
            return
        self._stale_pages.discard(page)
        if page == OVERVIEW_PAGE:
            try:
                self.overview_model.set_rows(plan_desk.period_overview(self.db, self.plan_id, self._today())
                                             if self.plan_id else [])
            except CchcError as exc:
                self.status_message.emit(error_text(exc))
                return
            self.overview.resizeColumnsToContents()
            return
        try:
            unit = self.unit.code if self.unit else None
            todo = progress.todo(self.db, self._today(), unit) if self.db is not None else {}
        except CchcError as exc:
            self.status_message.emit(error_text(exc))
            return
        self.todo_model.set_todo(todo)
        self.todo_view.resizeColumnsToContents()
        for col, cap in ((4, 480), (5, 260)):   # long texts wrap instead of pushing the due date off screen
            self.todo_view.setColumnWidth(col, min(self.todo_view.columnWidth(col), cap))
        self.todo_view.resizeRowsToContents()
        self.todo_info.setText(self.tr("%1 overdue, %2 due this month (%3)").replace(
            "%1", str(len(todo.get("overdue", [])))).replace("%2", str(len(todo.get("due_this_month", []))))
            .replace("%3", self._today().strftime("%m/%Y")))

    def _load_side(self) -> None:
        row = self._current_row()
        detail = None
        names: list[str] = []
        if row is not None and self.plan_id is not None:
            try:
                detail = plan_desk.item_detail(self.db, self.plan_id, row.stt)
                names = plan_desk.office_choices(self.db, self.plan_id)
            except CchcError as exc:
                self.status_message.emit(error_text(exc))
        self.editor.load(detail, names)
        self.progress_panel.load(detail, self._today())

    def _after_change(self) -> None:
        """Called by refresh_values: the side panels and summaries follow the table."""
        self._refresh_views()

    # ------------------------------------------------------------------ task edits
    def _push(self, cmd) -> bool:
        return push_applied(self.undo_stack, cmd)

    def _edit_field(self, row, key: str, text: str) -> bool:
        if key in ("lead", "partners"):
            value = [p.strip() for p in text.replace(",", ";").split(";") if p.strip()]
            fields = {key: value}
        else:
            fields = {key: text}
        return self._push(EditTaskCommand(self.edit_context, self.plan_id, row.stt, fields))

    def _apply_editor(self, fields: dict) -> None:
        if self.editor.detail is not None:
            self._push(EditTaskCommand(self.edit_context, self.plan_id, self.editor.detail["stt"], fields))

    def _change(self, text: str, run) -> bool:
        return self._push(PlanChangeCommand(self.edit_context, text, run))

    def _select_stt(self, stt: int) -> None:
        for n, r in enumerate(self.model.rows()):
            if r.stt == stt:
                self.ui.table.selectRow(n)
                return

    def add_task(self) -> None:
        if self.plan_id is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Add task"), self.tr("Content of the new task:"))
        if ok and text.strip():
            pid, row = self.plan_id, self._current_row()
            at = row.stt + 1 if row else None
            if self._change(self.tr("Add task"), lambda db: plan_editing.add_item(db, pid, text, at=at)):
                self._select_stt(at or len(self.model.rows()))

    def delete_task(self) -> None:
        row, pid = self._current_row(), self.plan_id
        if row is not None:
            self._change(self.tr("Delete task %1").replace("%1", str(row.stt)),
                         lambda db: plan_editing.delete_item(db, pid, row.stt))

    def move_task(self, step: int) -> None:
        row, pid = self._current_row(), self.plan_id
        if row is None or not 1 <= row.stt + step <= len(self.model.rows()):
            return
        if self._change(self.tr("Move task %1").replace("%1", str(row.stt)),
                        lambda db: plan_editing.move_item(db, pid, row.stt, row.stt + step)):
            self._select_stt(row.stt + step)

    def merge_tasks(self) -> None:
        stts, pid = [r.stt for r in self._selected_rows()], self.plan_id
        if len(stts) < 2:
            self.status_message.emit(self.tr("Select two or more tasks (Ctrl+click) to merge them."))
            return
        self._change(self.tr("Merge tasks %1").replace("%1", ", ".join(map(str, stts))),
                     lambda db: plan_editing.merge_items(db, pid, stts))

    def split_task(self) -> None:
        row, pid = self._current_row(), self.plan_id
        if row is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Split task"),
                                                 self.tr("One line per new task:"), row.content)
        parts = [p for p in text.splitlines() if p.strip()]
        if ok and len(parts) >= 2:
            self._change(self.tr("Split task %1").replace("%1", str(row.stt)),
                         lambda db: plan_editing.split_item(db, pid, row.stt, parts))

    def record_progress(self, period: str, status: str, text: str, evidence, label: str) -> None:
        if self.editor.detail is None:
            return
        self._push(RecordProgressCommand(self.edit_context, self.plan_id, self.editor.detail["stt"], period,
                                         status, text, evidence, label))

    # ------------------------------------------------------------------ plan level
    def draft_plan(self, result_year: int | None = None) -> None:
        if self.unit is None or self.db is None:
            return
        if result_year is None:
            years = [str(y) for y in queries.years(self.db)]
            if not years:
                return
            pick, ok = QInputDialog.getItem(self, self.tr("Draft remediation plan"),
                                            self.tr("Results of which year? (the plan is for the next year)"),
                                            years, years.index(str(self.year)) if str(self.year) in years else 0,
                                            False)
            if not ok:
                return
            result_year = int(pick)
        cmd = DraftPlanCommand(self.edit_context, self.unit.code, result_year)
        if self._push(cmd):
            self.reload()
            self.ui.planCombo.setCurrentIndex(self.ui.planCombo.findData(cmd.result["plan_id"]))

    def edit_header(self) -> None:
        if self.plan_id is None:
            return
        dlg = PlanHeaderDialog(plan_desk.plan_header(self.db, self.plan_id), self)
        if dlg.exec() and dlg.changed():
            self.apply_header(dlg.changed())

    def apply_header(self, fields: dict) -> bool:
        pid = self.plan_id
        return self._change(self.tr("Edit plan information"), lambda db: plan_editing.update_plan(db, pid, **fields))

    def edit_offices(self) -> None:
        if self.unit is None:
            return
        dlg = OfficesDialog(lambda: offices.list_offices(self.db, self.unit.code)["offices"], self.office_action, self)
        dlg.exec()

    def office_action(self, action: str, **args) -> bool:
        return self._push(OfficeCommand(self.edit_context, self.unit.code, action, **args))

    def export_plan(self, path: str | None = None) -> None:
        if self.plan_id is None:
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Export appendix"), "ke-hoach.xlsx", "Excel (*.xlsx)")
        if path:
            try:
                plan_exchange.export_plan(self.db, self.plan_id, path)
                self.status_message.emit(self.tr("Appendix saved to %1").replace("%1", path))
            except CchcError as exc:
                show_import_error(self, self.tr("Export appendix"), exc)

    def import_plan(self, path: str | None = None) -> dict | None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Import appendix"), "", "Excel (*.xlsx)")
        if not path:
            return None
        try:
            result = plan_exchange.import_plan(self.db, path, self.unit.code if self.unit else None)
        except CchcError as exc:
            show_import_error(self, self.tr("Import appendix"), exc)
            return None
        self.undo_stack.clear()   # an import is not undoable step by step: older commands no longer apply
        self.reload()
        self.status_message.emit(self.tr("Imported: %1 new, %2 changed, %3 unchanged tasks").replace(
            "%1", str(result["created"])).replace("%2", str(result["updated"])).replace("%3", str(result["unchanged"])))
        return result
