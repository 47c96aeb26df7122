"""Undoable plan edits for the Kế hoạch khắc phục tab; each calls services both ways.

Task edits keep a before/after snapshot (plan_editing.snapshot) so undo puts the exact task
back; structural edits (add/delete/move/merge/split/header) replay plan_editing's change dict.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..services import offices, plan_desk, plan_drafting, plan_editing, plans, progress
from .commands import EditContext, ServiceCommand


class EditTaskCommand(ServiceCommand):
    """content / lead / partners / deadline / expected_output / status of one task."""
    kind = "plans"

    def __init__(self, ctx: EditContext, plan_id: int, stt: int, fields: dict, text: str | None = None):
        super().__init__(ctx, text or QCoreApplication.translate("PlanCommands", "Edit task %1").replace("%1", str(stt)))
        self.plan_id, self.stt, self.fields = plan_id, stt, fields
        self.before = self.after = None

    def _call(self, forward: bool) -> None:
        db = self.ctx.db
        if self.before is None:
            self.before = plan_desk.item_snapshot(db, self.plan_id, self.stt)
            plans.edit_item(db, self.plan_id, self.stt, **self.fields)
            self.after = plan_desk.item_snapshot(db, self.plan_id, self.stt)
            return
        plan_editing.restore_item(db, self.plan_id, self.after if forward else self.before)


class PlanChangeCommand(ServiceCommand):
    """Any plan_editing operation: `run(db)` makes the change; undo/redo replay its states."""
    kind = "plans"

    def __init__(self, ctx: EditContext, text: str, run):
        super().__init__(ctx, text)
        self.run, self.change = run, None

    def _call(self, forward: bool) -> None:
        db = self.ctx.db
        if self.change is None:
            self.change = self.run(db)
        elif forward:
            plan_editing.redo(db, self.change)
        else:
            plan_editing.undo(db, self.change)


class DraftPlanCommand(ServiceCommand):
    kind = "plan_list"

    def __init__(self, ctx: EditContext, unit_code: str, result_year: int):
        super().__init__(ctx, QCoreApplication.translate("PlanCommands", "Draft the remediation plan for %1").replace("%1", str(result_year + 1)))
        self.unit_code, self.result_year, self.result = unit_code, result_year, None

    def _call(self, forward: bool) -> None:
        db = self.ctx.db
        if self.result is None:
            self.result = plan_drafting.draft_plan(db, self.unit_code, self.result_year)
        else:
            plan_desk.set_plan_deleted(db, self.result["plan_id"], not forward)


class RecordProgressCommand(ServiceCommand):
    kind = "plans"

    def __init__(self, ctx: EditContext, plan_id: int, stt: int, period: str, status: str, text: str,
                 evidence: str | None, label: str):
        super().__init__(ctx, QCoreApplication.translate("PlanCommands", "Progress of task %1 for %2").replace("%1", str(stt)).replace("%2", label))
        self.args = (plan_id, stt, period, status, text, evidence)
        self.result = None

    def _call(self, forward: bool) -> None:
        db = self.ctx.db
        plan_id, stt, period, status, text, evidence = self.args
        if self.result is None:
            self.result = progress.record_progress(db, plan_id, stt, period, status, text, evidence)
            return
        r = self.result
        if forward:
            plan_desk.restore_progress(db, plan_id, stt, r["period"], r["after"], r["item_after"])
        else:
            plan_desk.restore_progress(db, plan_id, stt, r["period"], r["before"], r["item_before"])


class OfficeCommand(ServiceCommand):
    """Add / rename / retire an office of the unit's directory."""
    kind = "offices"

    def __init__(self, ctx: EditContext, unit_code: str, action: str, **args):
        texts = {"add": QCoreApplication.translate("PlanCommands", "Add office %1"), "rename": QCoreApplication.translate("PlanCommands", "Rename office %1"), "retire": QCoreApplication.translate("PlanCommands", "Retire office %1")}
        super().__init__(ctx, texts[action].replace("%1", args.get("office") or args.get("name") or ""))
        self.unit_code, self.action, self.args, self.result = unit_code, action, args, None

    def _call(self, forward: bool) -> None:
        db, a, u = self.ctx.db, self.args, self.unit_code
        if self.result is None:
            if self.action == "add":
                self.result = offices.add_office(db, u, a["name"], a.get("short_name"))
            elif self.action == "rename":
                self.result = offices.rename_office(db, u, a["office"], a["name"], a.get("short_name"))
            else:
                self.places = plan_desk.office_links(db, u, a["office"])
                self.result = offices.retire_office(db, u, a["office"], a.get("successor"), a.get("on"))
            return
        r = self.result
        if self.action == "add":
            plan_desk.set_office_deleted(db, r["office"]["id"], not forward)
        elif self.action == "rename":
            snap = r["after"] if forward else r["before"]
            other = r["before"] if forward else r["after"]
            offices.rename_office(db, u, other["short_name"], snap["name"], snap["short_name"])
        elif forward:
            self.result = offices.retire_office(db, u, r["before"]["short_name"], a.get("successor"), a.get("on"))
        else:
            plan_desk.unretire_office(db, r["office"]["id"], r["moved"], self.places)
