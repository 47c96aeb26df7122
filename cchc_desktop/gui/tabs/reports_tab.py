"""Báo cáo: what can be printed for the chosen unit and year.

A report's "Preview" button is enabled only when its generator is really importable (a
`render_<kind>` function in cchc_desktop.services.reports, which feeds the io.pdf layouts);
otherwise it is disabled and its tooltip says why. The PDF is made in the background (tasks.py)
and shown in the tab's print preview (report_preview.py) with the signer form, print and save.
"""
from __future__ import annotations

import html
import importlib
import importlib.util
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QMessageBox

from ...services import plans as plan_service
from ...services.errors import CchcError
from .. import queries
from .base import TabBase
from .report_preview import ReportPreview
from ..i18n import error_text


@dataclass(frozen=True)
class ReportKind:
    key: str
    title: str
    description: str
    scope: str          # "plan" | "unit_year" | "year"
    pdf_modules: tuple[str, ...]


REPORTS = (
    ReportKind("plan", QT_TRANSLATE_NOOP("ReportsTab", "Remediation plan with appendices"),
               QT_TRANSLATE_NOOP("ReportsTab", "The plan as issued (letterhead, bases, tasks, signature, recipients) followed by its appendices: points lost and the remediation tasks."),
               "plan", ("plan_pdf",)),
    ReportKind("deficit", QT_TRANSLATE_NOOP("ReportsTab", "Appendix of points lost"),
               QT_TRANSLATE_NOOP("ReportsTab", "Every criterion where points were lost: maximum, score achieved, points lost and the province's reason."),
               "plan", ("deficit",)),
    ReportKind("scorecard", QT_TRANSLATE_NOOP("ReportsTab", "Scoring result sheet"),
               QT_TRANSLATE_NOOP("ReportsTab", "One unit's results: fields, deductions, rank, comparison with the previous year and a chart."),
               "unit_year", ("scorecard_pdf", "scorecard")),
    ReportKind("progress", QT_TRANSLATE_NOOP("ReportsTab", "Progress report (quarter / 6 months / 9 months / year)"),
               QT_TRANSLATE_NOOP("ReportsTab", "The periodic report on the plan's tasks: done, in progress, overdue, with the results of each task in the period."),
               "plan", ("progress_pdf", "progress")),
    ReportKind("ranking", QT_TRANSLATE_NOOP("ReportsTab", "Ranking table"),
               QT_TRANSLATE_NOOP("ReportsTab", "All assessed units of the year ranked by their appraised totals, with index and band."),
               "year", ("ranking_pdf", "ranking")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReportsTab", text)


def _reports_service():
    if importlib.util.find_spec("cchc_desktop.services.reports") is None:
        return None
    try:
        return importlib.import_module("cchc_desktop.services.reports")
    except Exception:  # a half-written module must not break the tab
        return None


def generator_for(kind: ReportKind):
    """render_<kind>(db, ...) of services.reports, or None when this version has none yet."""
    module = _reports_service()
    return getattr(module, f"render_{kind.key}", None) if module else None


def layout_present(kind: ReportKind) -> bool:
    return any(importlib.util.find_spec(f"cchc_desktop.io.pdf.{m}") is not None for m in kind.pdf_modules)


PERIODS = (("Q1", QT_TRANSLATE_NOOP("ReportsTab", "Quarter I")), ("H1", QT_TRANSLATE_NOOP("ReportsTab", "6 months")),
           ("9M", QT_TRANSLATE_NOOP("ReportsTab", "9 months")), ("Y", QT_TRANSLATE_NOOP("ReportsTab", "Year")))


def render_job(kind: ReportKind, db, unit: str | None, year: int | None, plan_id: int | None, period: str | None,
               out: Path, fmt: str = "pdf", overrides: dict | None = None):
    """The background job for tasks.run_task: renders one document, honouring Cancel.

    fmt and overrides (signer, date, number) apply to plans; progress reports take the overrides."""
    render = generator_for(kind)

    def job(report):
        hooks = {"progress": lambda done, total=0, *_: report(done, total), "cancelled": report.cancelled}
        if kind.key == "plan":
            return render(db, plan_id, out, fmt=fmt, overrides=overrides or None, **hooks)
        if kind.key == "deficit":
            return render(db, plan_id, out, **hooks)
        if kind.key == "progress":
            return render(db, plan_id, period, out, overrides=overrides or None, **hooks)
        if kind.key == "scorecard":
            return render(db, unit, year, out, **hooks)
        return render(db, year, out, **hooks)
    return job


class ReportsTab(TabBase):
    form_name = "reports_tab"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.ui.reportList.currentRowChanged.connect(self._show_detail)
        self.ui.previewButton.clicked.connect(self._preview)
        self.ui.reportTitle.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("periodCombo")
        self.ui.buttonRow.insertWidget(0, self.period_combo)
        self.plans: list = []
        self.preview = ReportPreview(self)
        self.preview.setObjectName("reportPreview")
        self.preview.status_message.connect(self.status_message)
        self.preview.failed.connect(self._failed)
        # the preview takes the room under the description; the list narrows to a side column
        detail = self.ui.detailLayout
        detail.removeItem(self.ui.detailSpacer)
        detail.addWidget(self.preview, 1)
        self.preview.move_buttons_to(self.ui.buttonRow, self.ui.buttonRow.indexOf(self.ui.previewButton) + 1)
        self.ui.layout.setStretch(0, 1)
        self.ui.layout.setStretch(1, 4)
        self.ui.reportList.setMaximumWidth(320)

    def reload(self) -> None:
        row = max(self.ui.reportList.currentRow(), 0)
        self.plans = []
        if self.db is not None and self.unit is not None:
            try:
                self.plans = queries.plans_of_unit(self.db, self.unit.code, self.year)
            except CchcError as exc:
                self.status_message.emit(error_text(exc))
        self.ui.reportList.clear()
        for kind in REPORTS:
            item = QListWidgetItem(f"{_tr(kind.title)}\n{self._scope_text(kind)}")
            item.setData(Qt.ItemDataRole.UserRole, kind.key)
            item.setToolTip(_tr(kind.description))
            self.ui.reportList.addItem(item)
        self._fill_periods()
        self.ui.reportList.setCurrentRow(row)
        self._show_detail(self.ui.reportList.currentRow())

    def _fill_periods(self) -> None:
        plan = self._plan_for_year()
        year = plan.year if plan else (self.year or 0)
        keep = self.period_combo.currentIndex()
        self.period_combo.clear()
        for code, label in PERIODS:
            self.period_combo.addItem(f"{_tr(label)} {year}", f"{code}-{year}")
        self.period_combo.setCurrentIndex(keep if keep >= 0 else len(PERIODS) - 1)

    def _plan_for_year(self):
        return self.plans[0] if self.plans else None

    def _scope_text(self, kind: ReportKind) -> str:
        unit = self.unit.name if self.unit else "—"
        year = str(self.year) if self.year else "—"
        if kind.scope == "plan":
            plan = self._plan_for_year()
            if plan is None:
                return QCoreApplication.translate("ReportsTab", "%1: no remediation plan yet").replace("%1", unit)
            return QCoreApplication.translate("ReportsTab", "%1 — plan %2 (year %3)").replace("%1", unit).replace(
                "%2", plan.number or "?").replace("%3", str(plan.year))
        if kind.scope == "year":
            return QCoreApplication.translate("ReportsTab", "all units — year %1").replace("%1", year)
        return QCoreApplication.translate("ReportsTab", "%1 — year %2").replace("%1", unit).replace("%2", year)

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < len(REPORTS):
            return
        kind = REPORTS[row]
        self.ui.reportTitle.setText(html.escape(_tr(kind.title)))
        self.ui.reportDescription.setText(html.escape(_tr(kind.description)))
        self.ui.reportScope.setText(QCoreApplication.translate("ReportsTab", "Applies to: %1").replace("%1", html.escape(self._scope_text(kind))))
        button = self.ui.previewButton
        self.period_combo.setVisible(kind.key == "progress")
        if generator_for(kind) is None:
            button.setEnabled(False)
            why = QCoreApplication.translate("ReportsTab", "The print preview of this document comes in a later version.")
            if layout_present(kind):
                why += " " + QCoreApplication.translate("ReportsTab", "Its page layout exists; the preview is not connected yet.")
            button.setToolTip(why)
        elif kind.scope == "plan" and self._plan_for_year() is None:
            button.setEnabled(False)
            button.setToolTip(QCoreApplication.translate("ReportsTab", "This unit has no remediation plan to print."))
        else:
            button.setEnabled(True)
            button.setToolTip(QCoreApplication.translate("ReportsTab", "Create the PDF and show it"))

    def current_kind(self) -> ReportKind | None:
        row = self.ui.reportList.currentRow()
        return REPORTS[row] if 0 <= row < len(REPORTS) else None

    def select(self, key: str) -> None:
        self.ui.reportList.setCurrentRow(next(i for i, k in enumerate(REPORTS) if k.key == key))

    def _preview(self) -> None:
        kind = self.current_kind()
        if kind is None or generator_for(kind) is None:
            return
        plan = self._plan_for_year()
        unit, year = (self.unit.code if self.unit else None), self.year
        period = self.period_combo.currentData()
        plan_id = plan.id if plan else None

        def make_job(out, fmt, overrides):
            return render_job(kind, self.db, unit, year, plan_id, period, out, fmt, overrides)
        self.preview.show_document(_tr(kind.title), make_job, self._signer_fields(kind, plan_id),
                                   docx=kind.key == "plan")

    def _signer_fields(self, kind: ReportKind, plan_id: int | None) -> dict | None:
        """The plan's stored signer for the side form; None where the document has no signature."""
        if kind.key not in ("plan", "progress") or plan_id is None:
            return None
        try:
            fields = plan_service.show_plan(self.db, plan_id)
        except CchcError as exc:
            self.status_message.emit(error_text(exc))
            return None
        if kind.key == "progress":  # a progress report gets its own number and date, never the plan's
            fields = {**fields, "number": None, "date": None, "number_hint": "12/BC-UBND"}
        return fields

    def _failed(self, message: str) -> None:
        if not self.property("no_dialogs"):
            QMessageBox.warning(self, QCoreApplication.translate("ReportsTab", "Reports"), message)

    def retranslate(self) -> None:
        if self.db is not None:
            self.reload()
