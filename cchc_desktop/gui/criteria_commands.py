"""Undoable criteria edits: each calls services.criteria_edit forwards and its inverse back.

Deleted rows come back with their ids (restore_subtree), so later commands on the stack that
name a criterion by id stay valid after any undo/redo sequence.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import criteria_edit as ce
from .commands import EditContext, ServiceCommand


def _tr(text: str) -> str:
    return QCoreApplication.translate("CriteriaCommands", text)


class CriteriaCommand(ServiceCommand):
    kind = "criteria"


class AddCriterionCommand(CriteriaCommand):
    def __init__(self, ctx: EditContext, set_id: int, parent_id, after_id, values: dict):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Add criterion %1").replace("%1", values["code"]))
        self.set_id, self.parent_id, self.after_id, self.values = set_id, parent_id, after_id, values
        self.new_id = None
        self.deleted = None

    def _call(self, forward: bool) -> None:
        if forward and self.deleted is None:
            self.new_id = ce.add_criterion(self.ctx.db, self.set_id, self.parent_id, self.after_id,
                                           **self.values)["id"]
        elif forward:
            ce.restore_subtree(self.ctx.db, self.deleted)
        else:
            self.deleted = ce.delete_criterion(self.ctx.db, self.new_id, confirmed=True)


class UpdateCriterionCommand(CriteriaCommand):
    def __init__(self, ctx: EditContext, criterion_id: int, code: str, before: dict, after: dict):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Edit criterion %1").replace("%1", code))
        self.criterion_id, self.before, self.after = criterion_id, before, after

    def _call(self, forward: bool) -> None:
        ce.update_criterion(self.ctx.db, self.criterion_id, **(self.after if forward else self.before))


class DeleteCriterionCommand(CriteriaCommand):
    def __init__(self, ctx: EditContext, criterion_id: int, code: str):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Delete criterion %1").replace("%1", code))
        self.criterion_id = criterion_id
        self.deleted = None

    def _call(self, forward: bool) -> None:
        if forward:  # the officer confirmed before the command was made
            self.deleted = ce.delete_criterion(self.ctx.db, self.criterion_id, confirmed=True)
        else:
            ce.restore_subtree(self.ctx.db, self.deleted)


class MoveCriterionCommand(CriteriaCommand):
    OPS = {"indent": ce.indent, "outdent": ce.outdent, "up": ce.move_up, "down": ce.move_down}

    def __init__(self, ctx: EditContext, criterion_id: int, code: str, op: str):
        texts = {"indent": QCoreApplication.translate("CriteriaCommands", "Indent %1"), "outdent": QCoreApplication.translate("CriteriaCommands", "Outdent %1"), "up": QCoreApplication.translate("CriteriaCommands", "Move %1 up"),
                 "down": QCoreApplication.translate("CriteriaCommands", "Move %1 down")}
        super().__init__(ctx, texts[op].replace("%1", code))
        self.criterion_id, self.op = criterion_id, op
        self.before = self.after = None
        self.changed = False

    def _call(self, forward: bool) -> None:
        db = self.ctx.db
        if forward and self.before is None:
            out = self.OPS[self.op](db, self.criterion_id)
            self.before, self.after, self.changed = out["before"], out["after"], out["changed"]
        else:
            place = self.after if forward else self.before
            ce.move_to(db, self.criterion_id, place["parent_id"], place["index"])


class SetCodesCommand(CriteriaCommand):
    """Renumbering (or any batch of code changes): undo puts the old codes back."""

    def __init__(self, ctx: EditContext, set_id: int):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Renumber criteria"))
        self.set_id = set_id
        self.before = self.after = None

    def _call(self, forward: bool) -> None:
        if forward and self.after is None:
            out = ce.renumber(self.ctx.db, self.set_id)
            self.before, self.after = out["before"], out["after"]
        else:
            ce.set_codes(self.ctx.db, self.set_id, self.after if forward else self.before)


class SetMetadataCommand(CriteriaCommand):
    def __init__(self, ctx: EditContext, set_id: int, before: dict, after: dict):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Edit criteria set details"))
        self.set_id, self.before, self.after = set_id, before, after

    def _call(self, forward: bool) -> None:
        ce.update_set_metadata(self.ctx.db, self.set_id, **(self.after if forward else self.before))


class CopySetToYearCommand(CriteriaCommand):
    """A new year's set from last year's; undo removes the copy while nothing uses it yet."""

    def __init__(self, ctx: EditContext, source_id: int, year: int, mapping: list[dict]):
        super().__init__(ctx, QCoreApplication.translate("CriteriaCommands", "Create the %1 criteria set")
                         .replace("%1", str(year)))
        self.source_id, self.year, self.mapping = source_id, year, mapping
        self.result: dict | None = None

    def _call(self, forward: bool) -> None:
        from ..services import criteria_years
        if forward:
            self.result = criteria_years.copy_set_to_year(self.ctx.db, self.source_id, self.year, self.mapping)
        else:
            criteria_years.remove_copied_set(self.ctx.db, self.result["set_id"])
