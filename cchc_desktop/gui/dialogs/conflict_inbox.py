"""The conflict inbox page of the exchange centre: one row per conflict, both values of the selected
one side by side, and the four decisions acting on the selected rows. Decisions that change data
are one undo step on the main window's stack (when there is one); «Để sau» only notes the date."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QSplitter, QTableView,
                               QVBoxLayout, QWidget)

from ...services import conflicts
from ...services.errors import CchcError
from ..commands import EditContext, push_applied
from .conflict_commands import ResolveConflictsCommand
from .exchange_models import ConflictListModel, ConflictSidesModel
from ..i18n import error_text


def _view(model, name: str, multi: bool) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection if multi
                          else QAbstractItemView.SelectionMode.NoSelection)
    view.setWordWrap(True)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class ConflictInbox(QWidget):
    """`window` may carry `undo_stack` and `edit_context` (the main window); `import_rest(package_id)`
    imports what is left of a package once none of its conflicts is open."""

    def __init__(self, db, window=None, import_rest=None, parent=None, before_decision=None):
        super().__init__(parent)
        self.db, self.import_rest, self.before_decision = db, import_rest, before_decision
        self.undo_stack: QUndoStack | None = getattr(window, "undo_stack", None)
        outer = getattr(window, "edit_context", None)
        self.ctx = EditContext(lambda: self.db, outer.changed if outer else (lambda kind: None), self._failed)
        self.rows_model = ConflictListModel(self)
        self.sides = ConflictSidesModel(self)
        self.table = _view(self.rows_model, "conflictTable", True)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _i: self.edit())
        self.sides_view = _view(self.sides, "conflictSides", False)
        # The record's description and both values get the room; the short columns fit their text.
        stretch, fit = QHeaderView.ResizeMode.Stretch, QHeaderView.ResizeMode.ResizeToContents
        for view, modes in ((self.table, (stretch, fit, fit, fit)), (self.sides_view, (fit, stretch, stretch))):
            view.horizontalHeader().setStretchLastSection(False)
            for col, mode in enumerate(modes):
                view.horizontalHeader().setSectionResizeMode(col, mode)
        self.keep_button = QPushButton(self.tr("Keep mine"))
        self.take_button = QPushButton(self.tr("Take theirs"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.later_button = QPushButton(self.tr("Decide later"))
        self.keep_button.setToolTip(self.tr("This computer's values stay and are sent with the next package."))
        self.take_button.setToolTip(self.tr("The values of the package replace this computer's values."))
        self.edit_button.setToolTip(self.tr("Type the right values; they are sent with the next package."))
        self.later_button.setToolTip(self.tr("Nothing changes; the conflict stays here with today's date."))
        self.keep_button.clicked.connect(lambda: self.resolve("keep-mine"))
        self.take_button.clicked.connect(lambda: self.resolve("take-theirs"))
        self.edit_button.clicked.connect(lambda: self.edit())
        self.later_button.clicked.connect(lambda: self.resolve("postpone"))
        self.note = QLabel(self.tr("A decision applies to the selected conflicts only (hold Ctrl to select "
                                   "several). When a package has no conflict left, the rest of it is imported."))
        self.note.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("conflictStatus")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QHBoxLayout()
        for b in (self.keep_button, self.take_button, self.edit_button, self.later_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.sides_view)
        split.setSizes([260, 200])
        box = QVBoxLayout(self)
        box.addWidget(split, 1)
        box.addWidget(self.note)
        box.addLayout(buttons)
        box.addWidget(self.status)
        self.rows: list[dict] = []
        if self.undo_stack is not None:  # undo/redo from the main window: show the inbox as it is now
            self.undo_stack.indexChanged.connect(lambda _i: self.reload())

    # --- data ---------------------------------------------------------------
    def reload(self) -> int:
        try:
            self.rows = conflicts.list_conflicts(self.db)
        except CchcError as exc:
            self.rows = []
            self._failed(error_text(exc))
        self.rows_model.set_rows(self.rows)
        self.table.resizeRowsToContents()
        if self.rows:
            self.table.selectRow(0)
        self._selection_changed()
        return len(self.rows)

    def selected(self) -> list[dict]:
        picked = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.rows[r] for r in picked if r < len(self.rows)]

    def _selection_changed(self, *_args) -> None:
        chosen = self.selected()
        current = self.table.currentIndex().row()
        shown = self.rows[current] if chosen and 0 <= current < len(self.rows) and self.rows[current] in chosen \
            else (chosen[0] if chosen else None)
        self.sides.set_conflict(shown)
        self.sides_view.resizeRowsToContents()
        for b in (self.keep_button, self.take_button, self.later_button):
            b.setEnabled(bool(chosen))
        self.edit_button.setEnabled(len(chosen) == 1 and any(f["editable"] for f in chosen[0]["fields"]))

    def _failed(self, message: str) -> None:
        self.status.setStyleSheet("color: #a00;")
        self.status.setText(message)

    def _say(self, message: str) -> None:
        self.status.setStyleSheet("")
        self.status.setText(message)

    # --- decisions ----------------------------------------------------------
    def resolve(self, choice: str, rows: list[dict] | None = None, edited: dict | None = None) -> dict | None:
        """Decide the selected conflicts; returns {"ok", "results"} or None when refused/nothing chosen."""
        rows = rows if rows is not None else self.selected()
        if not rows:
            return None
        if self.before_decision and choice != "postpone":
            self.before_decision(rows)
        cmd = ResolveConflictsCommand(self.ctx, rows, choice, edited)
        if choice == "postpone" or self.undo_stack is None:
            ok = cmd.apply(True)   # postponing changes no data: nothing to undo
        else:
            ok = push_applied(self.undo_stack, cmd)
        if not ok:
            return None
        self._say(self._done_text(choice, len(rows)))
        finished = {d["package_id"] for d in cmd.results if d["remaining_in_package"] == 0}
        self.reload()
        if choice != "postpone" and self.import_rest:
            for package_id in sorted(finished):
                self.import_rest(package_id)
        return {"ok": True, "results": cmd.results}

    def _done_text(self, choice: str, n: int) -> str:
        text = {"keep-mine": self.tr("Kept this computer's values for %1 conflict(s)."),
                "take-theirs": self.tr("Took the package's values for %1 conflict(s)."),
                "edit": self.tr("Saved the edited values (%1 conflict)."),
                "postpone": self.tr("Left %1 conflict(s) for later.")}[choice]
        extra = "" if choice == "postpone" or self.undo_stack is None else " " + self.tr("Undo with Ctrl+Z.")
        return text.replace("%1", str(n)) + extra

    def edit(self, fill=None) -> dict | None:
        """«Sửa…»: a small dialog with the differing fields; `fill(dialog) -> bool` replaces exec (tests)."""
        from .conflict_edit import ConflictEditDialog
        chosen = self.selected()
        if len(chosen) != 1:
            return None
        dlg = ConflictEditDialog(chosen[0], self)
        self.edit_dialog = dlg
        accepted = fill(dlg) if fill else dlg.exec() == ConflictEditDialog.DialogCode.Accepted
        if not accepted:
            return None
        return self.resolve("edit", chosen, dlg.values())
