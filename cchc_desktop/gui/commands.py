"""Undoable edits. Each command calls a service both ways, so undo is audited like any edit.

The first `redo()` (run by QUndoStack.push) does nothing: `push_applied` has already run
the change and reported any refusal, so a refused edit never lands on the stack.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand, QUndoStack

from ..domain.numbers import fmt_points
from ..services import plans, scores
from ..services.errors import CchcError

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Commands", text)


@dataclass
class EditContext:
    """What a command needs besides its own data: the database and how to tell the GUI."""
    db_getter: Callable[[], object]
    changed: Callable[[str], None]          # kind of data that changed: "scores", "plans"
    failed: Callable[[str], None]           # a Vietnamese message for the status bar / dialog

    @property
    def db(self):
        return self.db_getter()


class ServiceCommand(QUndoCommand):
    kind = ""

    def __init__(self, ctx: EditContext, text: str):
        super().__init__(text)
        self.ctx = ctx
        self._skip_first_redo = False

    def apply(self, forward: bool) -> bool:
        try:
            self._call(forward)
        except CchcError as exc:
            self.ctx.failed(exc.located())
            return False
        self.ctx.changed(self.kind)
        return True

    def _call(self, forward: bool) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        if not self.apply(True):
            self.setObsolete(True)

    def undo(self) -> None:
        if not self.apply(False):
            self.setObsolete(True)


def push_applied(stack: QUndoStack, cmd: ServiceCommand) -> bool:
    """Run the change now; only when the service accepted it does it go onto the stack."""
    if not cmd.apply(True):
        return False
    cmd._skip_first_redo = True
    stack.push(cmd)
    return True



class SetScoreCommand(ServiceCommand):
    kind = "scores"

    def __init__(self, ctx: EditContext, unit_code: str, year: int, criterion_id: int, code: str,
                 layer: str, old: Decimal | None, new: Decimal | None):
        layer_text = {"self": QCoreApplication.translate("Commands", "self-assessed score"), "appraised": QCoreApplication.translate("Commands", "appraised score"),
                      "survey": QCoreApplication.translate("Commands", "survey score")}[layer]
        text = QCoreApplication.translate("Commands", "Change %1 of %2: %3 → %4").replace("%1", layer_text).replace("%2", code) \
            .replace("%3", fmt_points(old, "—")).replace("%4", fmt_points(new, "—"))
        super().__init__(ctx, text)
        self.unit_code, self.year, self.criterion_id = unit_code, year, criterion_id
        self.layer, self.old, self.new = layer, old, new

    def _call(self, forward: bool) -> None:
        value = self.new if forward else self.old
        scores.set_score(self.ctx.db, self.unit_code, self.year, self.criterion_id, self.layer, value)


class SetItemStatusCommand(ServiceCommand):
    kind = "plans"

    def __init__(self, ctx: EditContext, plan_id: int, stt: int, old: str, new: str,
                 old_label: str, new_label: str, reason: str | None = None):
        text = QCoreApplication.translate("Commands", "Change status of task %1: %2 → %3").replace("%1", str(stt)) \
            .replace("%2", old_label).replace("%3", new_label)
        super().__init__(ctx, text)
        self.plan_id, self.stt, self.old, self.new, self.reason = plan_id, stt, old, new, reason

    def _call(self, forward: bool) -> None:
        status = self.new if forward else self.old
        reason = self.reason if (forward and self.new == "failed") else None
        plans.edit_item(self.ctx.db, self.plan_id, self.stt, status=status, status_reason=reason)
