"""Tiêu chí as an editor: add, edit, delete, move and renumber criteria, edit the set's details,
copy the set into a new year and see what changed since last year.

Every change is an undoable command on the main window's stack calling services.criteria_edit;
problems found by domain.criteria_tree.validate_tree are shown inline (row colour, icon,
tooltip, the validation line) and never as pop-ups.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QSplitter, QToolBar, QToolButton, QVBoxLayout

from ...domain.numbers import fmt_points
from ...services import criteria_edit as ce
from ...services import criteria_view
from ...services.errors import CchcError
from ..criteria_commands import (AddCriterionCommand, DeleteCriterionCommand, MoveCriterionCommand,
                                 SetCodesCommand, SetMetadataCommand, UpdateCriterionCommand)
from ..commands import push_applied
from ..models.criteria_editor_model import CriteriaEditorModel, finding_text
from ..widgets.delegates import PointsDelegate
from ..widgets.views import fit_text_columns
from .criteria_editor_panel import KindDelegate, SidePanel
from .criteria_tab import CriteriaTab
from ..i18n import error_text

ICON_ROOM = 22  # a small icon and its gap, beside the code of a criterion with a finding


class CriteriaEditorTab(CriteriaTab):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = CriteriaEditorModel(self)
        tree = self.ui.tree
        tree.setModel(self.model)
        # Rows are one line (long names are elided either way): uniform heights and no word wrap
        # spare the view measuring every row with the wrapping text layout each time the tab shows
        tree.setUniformRowHeights(True)
        tree.setWordWrap(False)
        tree.setEditTriggers(tree.EditTrigger.DoubleClicked | tree.EditTrigger.EditKeyPressed
                             | tree.EditTrigger.SelectedClicked)
        self.points_delegate = PointsDelegate(tree)
        tree.setItemDelegateForColumn(self.model.column_of("max"), self.points_delegate)
        self.kind_delegate = KindDelegate(tree)
        tree.setItemDelegateForColumn(self.model.column_of("kind"), self.kind_delegate)
        self.model.edit_requested.connect(self._cell_edited)
        self.model.rejected.connect(self._say)
        self.editor_view = None
        self._build_actions()
        self._build_layout()
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self._context_menu)
        tree.selectionModel().currentChanged.connect(lambda *_: self._selection_changed())
        self.retranslate_actions()

    # --- construction ------------------------------------------------------------------------
    def _build_actions(self) -> None:
        spec = (("add", "Insert", self.add_sibling), ("add_child", "Ctrl+Insert", self.add_child),
                ("edit", "Ctrl+E", self.edit_current), ("delete", "Delete", self.delete_current),
                ("indent", "Alt+Shift+Right", lambda: self.move_current("indent")),
                ("outdent", "Alt+Shift+Left", lambda: self.move_current("outdent")),
                ("up", "Alt+Shift+Up", lambda: self.move_current("up")),
                ("down", "Alt+Shift+Down", lambda: self.move_current("down")),
                ("renumber", "", self.renumber),
                ("copy_year", "", self.copy_to_new_year), ("changes", "", self.show_changes),
                ("import", "", self.import_workbook), ("export", "", self.export_workbook))
        self.actions_by_key: dict[str, QAction] = {}
        for key, shortcut, slot in spec:
            action = QAction(self)
            action.setObjectName(f"criteria_{key}")
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, slot=slot: slot())
            self.actions_by_key[key] = action
            self.ui.tree.addAction(action)

    def _build_layout(self) -> None:
        bar = QToolBar()
        bar.setObjectName("criteriaToolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        a = self.actions_by_key
        for key in ("add", "add_child", "edit", "delete", None, "indent", "outdent", "up", "down", None,
                    "renumber"):
            bar.addSeparator() if key is None else bar.addAction(a[key])
        bar.addSeparator()
        self.set_menu_button = QToolButton()
        self.set_menu_button.setObjectName("setMenuButton")
        self.set_menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.set_menu_button)
        for key in ("copy_year", "changes", None, "import", "export"):
            menu.addSeparator() if key is None else menu.addAction(a[key])
        self.set_menu_button.setMenu(menu)
        bar.addWidget(self.set_menu_button)
        self.toolbar = bar
        self.panel = SidePanel(self)
        self.panel.save_criterion.connect(self._save_texts)
        self.panel.save_set.connect(self._save_metadata)
        layout: QVBoxLayout = self.layout()
        pos = layout.indexOf(self.ui.tree)
        layout.removeWidget(self.ui.tree)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.ui.tree)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([860, 400])
        layout.insertWidget(pos, self.splitter, 1)
        layout.insertWidget(pos, bar)

    def retranslate_actions(self) -> None:
        texts = {"add": self.tr("Add criterion"), "add_child": self.tr("Add sub-criterion"),
                 "edit": self.tr("Edit"), "delete": self.tr("Delete"), "indent": self.tr("Indent"),
                 "outdent": self.tr("Outdent"), "up": self.tr("Up"), "down": self.tr("Down"),
                 "renumber": self.tr("Renumber"),
                 "copy_year": self.tr("Create next year's set from this one…"),
                 "changes": self.tr("Changes since last year…"),
                 "import": self.tr("Import from Excel…"), "export": self.tr("Export to Excel…")}
        for key, text in texts.items():
            self.actions_by_key[key].setText(text)
        tips = {"indent": self.tr("Make it a sub-criterion of the one above"),
                "outdent": self.tr("Move it one level up, after its parent"),
                "renumber": self.tr("Give codes 1, 1.1, 1.1.1… from the order in the tree")}
        for key, tip in tips.items():
            self.actions_by_key[key].setToolTip(tip)
        self.set_menu_button.setText(self.tr("Criteria set"))
        self.panel.retranslate()

    # --- loading -------------------------------------------------------------------------------
    def reload_for_context(self) -> None:
        """The main window's unit or year changed: the tree depends on the year and the unit's
        level only, so another unit of the same level keeps the tree on screen."""
        key = (id(self.db), self.year, self.unit.level if self.unit else None)
        if key == getattr(self, "_context_key", None) and self.editor_view is not None:
            return
        self.reload()
        self._context_key = key if self.editor_view is not None else None

    def invalidate(self) -> None:
        """Criteria may have changed elsewhere (import, another database): load again next time."""
        self._context_key = None

    def reload(self) -> None:
        self.view_data = self.editor_view = None
        self._enable(False)
        if self.db is None or self.year is None:
            self.model.set_rows([])
            self.ui.setTitle.setText(self.tr("No criteria set: choose a year."))
            self.ui.validation.clear()
            self.panel.show_set(None)
            return
        try:
            view = criteria_view.editor_view(self.db, self.year, self.unit.level if self.unit else None)
        except CchcError as exc:
            self.model.set_rows([])
            self.ui.setTitle.setText(html.escape(error_text(exc)))
            self.ui.validation.clear()
            self.panel.show_set(None)
            self.actions_by_key["import"].setEnabled(True)
            return
        try:
            levels, _ = criteria_view.levels_and_sets(self.db)
            self.panel.load_levels(levels, self._english())
        except CchcError:
            pass
        self._show(view, reset=True)

    @staticmethod
    def _english() -> bool:
        from ..i18n import current_language
        return current_language() == "en"

    def refresh_values(self) -> None:
        """After an edit: same set, new rows; keep the current criterion selected."""
        current = self.current_row()
        if self.editor_view is None:
            self.reload()
            return
        try:
            view = criteria_view.editor_view(self.db, self.year, self.unit.level if self.unit else None)
        except CchcError:
            self.reload()
            return
        self._show(view, reset=False)
        if current is not None:
            self.select_id(current.id)

    def _show(self, view, reset: bool) -> None:
        self.editor_view = self.view_data = view
        same_rows = [(r.id, r.depth) for r in view.rows] == [(r.id, r.depth) for r in self.model.rows()]
        if not reset and same_rows:
            self.model.update_rows(view.rows)
        elif reset and not same_rows and self.model.keep_shape(view.rows, self.model.shown, view.findings):
            pass  # another year's set with the same tree: the items on screen get its values
        else:
            self.model.set_findings(view.findings, repaint=False)  # before the reset: no second repaint
            self.model.set_rows(view.rows)
            self.ui.tree.expandAll()
            # measured with the font (fit_columns asked the view for every cell: most of a reload);
            # the code column also shows a finding's icon
            fit_text_columns(self.ui.tree, self.model, view.rows, {0: 150, 2: 130, 3: 170}, stretch=1,
                             extra={0: ICON_ROOM} if view.findings else None)
            header = self.ui.tree.header()
            header.resizeSection(2, max(header.sectionSize(2), 112))  # "Điểm tối đa" needs air
        self.model.set_findings(view.findings)
        self._show_header(view)
        self.panel.show_set(view)
        self._enable(True)
        if not self.ui.tree.currentIndex().isValid() and view.rows:
            self.select_id(view.rows[0].id)  # the side panel shows something from the start
        self._selection_changed()

    def _show_header(self, view) -> None:
        decision = view.decision_number or self.tr("no decision number")
        self.ui.setTitle.setText(self.tr("<b>%1</b> — year %2, decision %3 — total maximum <b>%4</b> points")
                                 .replace("%1", html.escape(view.name)).replace("%2", str(view.year))
                                 .replace("%3", html.escape(decision)).replace("%4", fmt_points(view.max_total)))
        found = list(view.findings)
        if not found:
            self.ui.validation.setText("✔ " + self.tr("Valid: every parent equals the sum of its sub-criteria."))
            self.ui.validation.setStyleSheet("color: #1b5e20;")
            return
        errors = sum(1 for f in found if f.severity == "error")
        head = self.tr("Check: %1 errors, %2 warnings").replace("%1", str(errors)).replace(
            "%2", str(len(found) - errors))
        shown = "; ".join(finding_text(f) for f in found[:2])
        more = self.tr(" (and %1 more)").replace("%1", str(len(found) - 2)) if len(found) > 2 else ""
        self.ui.validation.setText(f"⚠ {head} — {shown}{more}")
        self.ui.validation.setToolTip("\n".join(finding_text(f) for f in found))
        self.ui.validation.setStyleSheet("color: #b00020;")

    def retranslate(self) -> None:
        self.retranslate_actions()
        self.model.retranslate()
        if self.editor_view is not None:
            self._show_header(self.editor_view)
        elif self.db is not None:
            self.reload()

    def _enable(self, has_set: bool) -> None:
        for key, action in self.actions_by_key.items():
            action.setEnabled(has_set)
        self._selection_changed()

    def _selection_changed(self) -> None:
        row = self.current_row()
        for key in ("add_child", "edit", "delete", "indent", "outdent", "up", "down"):
            self.actions_by_key[key].setEnabled(row is not None and self.editor_view is not None)
        self.panel.show_criterion(row)

    # --- helpers -------------------------------------------------------------------------------
    def current_row(self):
        index = self.ui.tree.currentIndex()
        return self.model.row_at(index) if index.isValid() else None

    def select_id(self, criterion_id: int) -> None:
        index = self.model.index_for_key(criterion_id)
        if index.isValid():
            self.ui.tree.setCurrentIndex(index)
            self.ui.tree.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                                 | QItemSelectionModel.SelectionFlag.Rows)
            self.ui.tree.scrollTo(index)

    def _say(self, text: str) -> None:
        self.status_message.emit(text)

    def _push(self, cmd) -> bool:
        return push_applied(self.undo_stack, cmd)

    def confirm(self, text: str) -> bool:
        """A yes/no question; the one place this tab asks (deleting criteria that have scores)."""
        answer = QMessageBox.question(self, self.tr("Delete criterion"), text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    # --- edits ---------------------------------------------------------------------------------
    def _cell_edited(self, criterion_id: int, field: str, value, row) -> None:
        before = {field: row.max_points if field == "max_points" else getattr(row, field)}
        self._push(UpdateCriterionCommand(self.edit_context, criterion_id, row.code, before, {field: value}))

    def _suggest_code(self, parent, siblings) -> str:
        prefix = f"{parent.code}." if parent else ""
        numbers = [int(s.code.rsplit(".", 1)[-1]) for s in siblings if s.code.rsplit(".", 1)[-1].isdigit()]
        return f"{prefix}{max(numbers, default=0) + 1}"

    def add_sibling(self) -> None:
        row = self.current_row()
        parent = next((r for r in self.model.rows() if row and r.id == row.parent_id), None)
        self._open_add(parent, row)

    def add_child(self) -> None:
        row = self.current_row()
        if row is not None:
            self._open_add(row, None)

    def _open_add(self, parent, after) -> None:
        from ..criteria_dialogs import CriterionDialog
        siblings = [r for r in self.model.rows() if r.parent_id == (parent.id if parent else None)]
        dlg = CriterionDialog(self, self.tr("Add sub-criterion") if parent and after is None else
                              self.tr("Add criterion"), code=self._suggest_code(parent, siblings), max_points="0")
        dlg.accepted.connect(lambda: self._add(parent, after, dlg.values()))
        self.dialog = dlg
        dlg.open()

    def _add(self, parent, after, values) -> None:
        cmd = AddCriterionCommand(self.edit_context, self.editor_view.set_id, parent.id if parent else None,
                                  after.id if after else None, values)
        if self._push(cmd):
            self.select_id(cmd.new_id)

    def edit_current(self) -> None:
        from ..criteria_dialogs import CriterionDialog
        row = self.current_row()
        if row is None:
            return
        dlg = CriterionDialog(self, self.tr("Edit criterion %1").replace("%1", row.code), row.code, row.name,
                              fmt_points(row.max_points), row.kind)
        dlg.accepted.connect(lambda: self._edited(row, dlg.values()))
        self.dialog = dlg
        dlg.open()

    def _edited(self, row, values: dict) -> None:
        before = {"code": row.code, "name": row.name, "max_points": row.max_points, "kind": row.kind}
        after = {k: v for k, v in values.items() if before[k] != v}
        if after:
            self._push(UpdateCriterionCommand(self.edit_context, row.id, row.code,
                                              {k: before[k] for k in after}, after))

    def delete_current(self) -> None:
        row = self.current_row()
        if row is None:
            return
        try:
            n = ce.scores_count(self.db, row.id)
        except CchcError as exc:
            self._say(exc.located())
            return
        if n and not self.confirm(self.tr("Criterion %1 and its sub-criteria have %2 scores. Deleting it deletes "
                                          "them too (Undo brings them back). Delete?")
                                  .replace("%1", row.code).replace("%2", str(n))):
            return
        self._push(DeleteCriterionCommand(self.edit_context, row.id, row.code))

    def move_current(self, op: str) -> None:
        row = self.current_row()
        if row is None:
            return
        cmd = MoveCriterionCommand(self.edit_context, row.id, row.code, op)
        if not cmd.apply(True):
            return
        if not cmd.changed:  # nothing moved: say why, keep the undo stack clean
            self._say(self.tr("Criterion %1 cannot move that way.").replace("%1", row.code))
            return
        cmd._skip_first_redo = True
        self.undo_stack.push(cmd)
        self.select_id(row.id)

    def renumber(self) -> None:
        if self.editor_view is not None:
            self._push(SetCodesCommand(self.edit_context, self.editor_view.set_id))

    def _save_texts(self, guidance: str, evidence: str) -> None:
        row = self.current_row()
        if row is None:
            return
        before = {"guidance": row.guidance or None, "evidence_required": row.evidence_required or None}
        after = {"guidance": guidance.strip() or None, "evidence_required": evidence.strip() or None}
        if before != after:
            self._push(UpdateCriterionCommand(self.edit_context, row.id, row.code, before, after))

    def _save_metadata(self, values: dict) -> None:
        view = self.editor_view
        if view is None:
            return
        before = {"name": view.name, "year": view.year, "level": view.level,
                  "decision_number": view.decision_number or None, "decision_date": view.decision_date,
                  "declared_total": view.declared_total}
        after = {k: v for k, v in values.items() if before.get(k) != v}
        if after:
            self._push(SetMetadataCommand(self.edit_context, view.set_id, {k: before[k] for k in after}, after))

    # --- menus and the set menu ----------------------------------------------------------------
    def _context_menu(self, pos) -> None:
        menu = QMenu(self)
        a = self.actions_by_key
        for key in ("add", "add_child", "edit", "delete", None, "indent", "outdent", "up", "down", None,
                    "renumber"):
            menu.addSeparator() if key is None else menu.addAction(a[key])
        menu.popup(self.ui.tree.viewport().mapToGlobal(pos))
        self.context_menu = menu

    # The set-level actions (new year, changes, Excel) live in their own module to keep this one short.
    from .criteria_editor_sets import (copy_to_new_year, export_workbook, import_workbook,  # noqa: E402
                                       show_changes)
