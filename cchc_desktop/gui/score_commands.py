"""Undoable Chấm điểm edits beyond a single score: reason / explanation texts and evidence.

Same pattern as commands.py: each command calls a service both ways, so undo is audited.
"""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from ..services import evidence, scores
from .commands import EditContext, ServiceCommand


class SetScoreTextCommand(ServiceCommand):
    """Reason (lý do) or explanation (giải trình) of a row, kept with the score's layer."""
    kind = "scores"

    def __init__(self, ctx: EditContext, unit_code: str, year: int, criterion_id: int, code: str,
                 layer: str, value: Decimal | None, field: str, old: str, new: str):
        what = QCoreApplication.translate("ScoreCommands", "reason") if field == "reason" \
            else QCoreApplication.translate("ScoreCommands", "explanation")
        super().__init__(ctx, QCoreApplication.translate("ScoreCommands", "Change %1 of %2").replace("%1", what).replace("%2", code))
        self.unit_code, self.year, self.criterion_id = unit_code, year, criterion_id
        self.layer, self.value, self.field, self.old, self.new = layer, value, field, old, new

    def _call(self, forward: bool) -> None:
        text = self.new if forward else self.old
        scores.set_score(self.ctx.db, self.unit_code, self.year, self.criterion_id, self.layer, self.value,
                         **{self.field: text})


class AttachEvidenceCommand(ServiceCommand):
    kind = "scores"

    def __init__(self, ctx: EditContext, unit_code: str, year: int, criterion_id: int, code: str,
                 path: str, note: str, file_name: str):
        super().__init__(ctx, QCoreApplication.translate("ScoreCommands", "Attach %1 to %2").replace("%1", file_name).replace("%2", code))
        self.unit_code, self.year, self.criterion_id, self.path, self.note = unit_code, year, criterion_id, path, note
        self.link_id: int | None = None

    def _call(self, forward: bool) -> None:
        if forward and self.link_id is None:
            self.link_id = evidence.attach(self.ctx.db, self.unit_code, self.year, self.criterion_id,
                                           self.path, self.note).link_id
        elif forward:
            evidence.restore(self.ctx.db, self.link_id)
        else:
            evidence.detach(self.ctx.db, self.link_id)


class DetachEvidenceCommand(ServiceCommand):
    kind = "scores"

    def __init__(self, ctx: EditContext, link_id: int, file_name: str, code: str):
        super().__init__(ctx, QCoreApplication.translate("ScoreCommands", "Remove %1 from %2").replace("%1", file_name).replace("%2", code))
        self.link_id = link_id

    def _call(self, forward: bool) -> None:
        if forward:
            evidence.detach(self.ctx.db, self.link_id)
        else:
            evidence.restore(self.ctx.db, self.link_id)


class AssessmentStateCommand(ServiceCommand):
    """Lock or unlock as a step of the undo stack; undo puts the previous state back (audited)."""
    kind = "scores"

    def __init__(self, ctx: EditContext, unit_code: str, year: int, before: str, after: str,
                 reason: str | None):
        text = QCoreApplication.translate("ScoreCommands", "Unlock the assessment") if after == "draft" \
            else QCoreApplication.translate("ScoreCommands", "Lock the self-assessment")
        super().__init__(ctx, text)
        self.unit_code, self.year, self.before, self.after, self.reason = unit_code, year, before, after, reason

    def _call(self, forward: bool) -> None:
        from ..services import assessments
        if forward:
            assessments.restore_state(self.ctx.db, self.unit_code, self.year, self.after,
                                      self.reason or QCoreApplication.translate("ScoreCommands", "Redo"))
        else:
            assessments.restore_state(self.ctx.db, self.unit_code, self.year, self.before,
                                      QCoreApplication.translate("ScoreCommands", "Undo: %1").replace(
                                          "%1", self.text()))
