"""Deciding selected conflicts as one undo step: redo calls services.conflicts.resolve_conflict for
each, undo calls undo_resolution (local values, revisions and the open conflict come back).
A refusal part-way undoes the ones already decided, so a step is all or nothing."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...services import conflicts
from ..commands import EditContext, ServiceCommand

_KIND = {"score": "scores", "evidence_link": "scores", "assessment": "scores", "criterion": "criteria",
         "criteria_set": "criteria", "remediation_plan": "plans", "plan_item": "plans", "progress_update": "plans"}


def step_title(choice: str, count: int) -> str:
    """The undo step's name in Chỉnh sửa → Hoàn tác."""
    text = {"keep-mine": QCoreApplication.translate("ConflictCommands", "Keep mine (%1 conflicts)"),
            "take-theirs": QCoreApplication.translate("ConflictCommands", "Take theirs (%1 conflicts)"),
            "edit": QCoreApplication.translate("ConflictCommands", "Edit conflict (%1)"),
            "postpone": QCoreApplication.translate("ConflictCommands", "Decide later (%1 conflicts)")}[choice]
    return text.replace("%1", str(count))


class ResolveConflictsCommand(ServiceCommand):
    def __init__(self, ctx: EditContext, rows: list[dict], choice: str, edited: dict | None = None):
        super().__init__(ctx, step_title(choice, len(rows)))
        self.rows, self.choice, self.edited = rows, choice, edited
        kinds = [_KIND.get(r["type"], "") for r in rows]
        self.kind = next((k for k in ("scores", "plans", "criteria") if k in kinds), "")
        self.results: list[dict] = []

    def _call(self, forward: bool) -> None:
        if not forward:
            for doc in reversed(self.results):
                conflicts.undo_resolution(self.ctx.db, doc["undo"])
            return
        done = []
        try:
            for r in self.rows:
                done.append(conflicts.resolve_conflict(self.ctx.db, r["id"], self.choice, self.edited))
        except Exception:
            for doc in reversed(done):  # all or nothing
                conflicts.undo_resolution(self.ctx.db, doc["undo"])
            raise
        self.results = done
