"""Set-level actions of the criteria editor (methods of CriteriaEditorTab): a new year's set from
last year's, the changes since last year, and Excel import/export with located problems."""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog

from ...services import criteria_edit as ce
from ...services import criteria_view
from ...services.errors import CchcError
from ..i18n import error_text


def _tr(text: str) -> str:
    # Module functions have no class context for lupdate: name the tab's context explicitly.
    return QCoreApplication.translate("CriteriaEditorTab", text)


def copy_to_new_year(self) -> None:
    from ..criteria_dialogs import CopyYearDialog
    try:
        _, sets = criteria_view.levels_and_sets(self.db)
    except CchcError as exc:
        self._say(exc.located())
        return
    view = self.editor_view
    dlg = CopyYearDialog(self, sets, lambda set_id: criteria_view.set_rows(self.db, set_id),
                         view.set_id if view else None)
    dlg.accepted.connect(lambda: _copy(self, dlg))
    self.dialog = dlg
    dlg.open()


def _copy(self, dlg) -> None:
    from ..criteria_commands import CopySetToYearCommand
    failures: list[str] = []
    ctx = replace(self.edit_context, failed=failures.append)  # keep the reason for the dialog
    cmd = CopySetToYearCommand(ctx, dlg.source.currentData(), dlg.year.value(), dlg.mapping())
    if not self._push(cmd):
        dlg.problem.setText(failures[-1] if failures else "")
        dlg.open()  # keep the officer's marks: show the dialog again with the reason
        return
    cmd.ctx = self.edit_context  # later undo/redo report in the status bar as usual
    out = cmd.result
    self._say(QCoreApplication.translate("CriteriaEditorTab", "Created %1 with %2 criteria.").replace("%1", out["name"]).replace(
        "%2", str(out["criteria"])))
    window = self.window()
    if hasattr(window, "reload_all"):
        window.reload_all()
        window.year_combo.setCurrentIndex(window.year_combo.findData(out["year"]))
    else:
        self.year = out["year"]
        self.reload()


def show_changes(self) -> None:
    from ..criteria_dialogs import ChangesDialog
    view = self.editor_view
    if view is None:
        return
    try:
        changes = ce.changes_since_last_year(self.db, view.set_id)
    except CchcError as exc:
        self._say(exc.located())
        return
    if view.previous_set_id is None:
        self._say(QCoreApplication.translate("CriteriaEditorTab", "This set was not made from last year's set, so there is nothing to compare."))
    dlg = ChangesDialog(self, QCoreApplication.translate("CriteriaEditorTab", "Changes since last year — %1").replace("%1", view.name), changes)
    self.dialog = dlg
    dlg.open()


def import_workbook(self) -> None:
    from ...services import criteria_import
    from ..criteria_dialogs import IssuesDialog
    path, _ = QFileDialog.getOpenFileName(self, QCoreApplication.translate("CriteriaEditorTab", "Import criteria from Excel"), "",
                                          QCoreApplication.translate("CriteriaEditorTab", "Excel workbooks (*.xlsx *.xls)"))
    if not path or self.year is None:
        return
    level = self.editor_view.level if self.editor_view else (self.unit.level if self.unit else None)
    try:
        doc = criteria_import.import_criteria(self.db, path, self.year, level)
    except CchcError as exc:
        doc = {"errors": [{"sheet": exc.sheet, "cell": exc.cell, "message": error_text(exc)}]}
    if doc.get("errors"):
        dlg = IssuesDialog(self, QCoreApplication.translate("CriteriaEditorTab", "The workbook was not imported"),
                           QCoreApplication.translate("CriteriaEditorTab", "Nothing was changed. Fix these cells and import again:"), doc["errors"])
        self.dialog = dlg
        dlg.open()
        return
    self._say(QCoreApplication.translate("CriteriaEditorTab", "Imported %1 criteria (%2 new, %3 changed).").replace("%1", str(doc.get("criteria", 0)))
              .replace("%2", str(doc.get("created", 0))).replace("%3", str(doc.get("updated", 0))))
    self.reload()


def export_workbook(self) -> None:
    from ...services import criteria_export
    view = self.editor_view
    if view is None:
        return
    path, _ = QFileDialog.getSaveFileName(self, QCoreApplication.translate("CriteriaEditorTab", "Export criteria to Excel"),
                                          f"tieu-chi-{view.year}-{view.level}.xlsx",
                                          QCoreApplication.translate("CriteriaEditorTab", "Excel workbooks (*.xlsx)"))
    if not path:
        return
    if not path.lower().endswith(".xlsx"):
        path += ".xlsx"
    try:
        out = criteria_export.export_criteria(self.db, view.year, path, view.level)
    except CchcError as exc:
        self._say(exc.located())
        return
    self._say(QCoreApplication.translate("CriteriaEditorTab", "Exported %1 criteria to %2").replace("%1", str(out["criteria"])).replace("%2", path))
