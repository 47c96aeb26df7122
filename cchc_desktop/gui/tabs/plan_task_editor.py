"""Side editor of one task (content, offices, deadline with its parsed meaning, output, status)
and the task's progress per reporting period. Both only emit what the officer asked for; the
plans tab turns it into undoable commands."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain import periods
from ...domain.deadlines import parse_deadline
from ..labels import STATUS_CODES, status_label


def _d(day: date) -> str:
    return day.strftime("%d/%m/%Y")


def deadline_meaning(widget: QWidget, text: str, plan_year: int | None) -> str:
    """What the typed deadline means, e.g. "→ hạn 30/09/2023"; shown live beside the field."""
    if not text.strip():
        return ""
    dl = parse_deadline(text, plan_year)
    if dl.kind == "unknown":
        return QCoreApplication.translate("TaskEditor", "→ not understood (kept as typed)")
    if dl.kind == "continuous":
        return QCoreApplication.translate("TaskEditor", "→ continuous, no due date")
    if dl.recurring and dl.end is None:
        return QCoreApplication.translate("TaskEditor", "→ recurring (%1)").replace("%1", dl.recurring)
    if dl.end is not None:
        return QCoreApplication.translate("TaskEditor", "→ due %1").replace("%1", _d(dl.end))
    return QCoreApplication.translate("TaskEditor", "→ no due date")


class OfficePicker(QListWidget):
    """Checkable list of the unit's offices; the order of the checked ones is the directory's."""

    def set_choices(self, names: list[str], checked: list[str]) -> None:
        self.clear()
        for name in list(names) + [n for n in checked if n not in names]:
            it = QListWidgetItem(name, self)
            it.setFlags(it.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            it.setCheckState(Qt.CheckState.Checked if name in checked else Qt.CheckState.Unchecked)

    def checked(self) -> list[str]:
        return [self.item(i).text() for i in range(self.count())
                if self.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, names: list[str]) -> None:
        for i in range(self.count()):
            it = self.item(i)
            it.setCheckState(Qt.CheckState.Checked if it.text() in names else Qt.CheckState.Unchecked)


class TaskEditor(QWidget):
    apply_requested = Signal(dict)   # the fields that differ from the task as loaded

    def __init__(self, parent=None):
        super().__init__(parent)
        self.detail: dict | None = None
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.title = QLabel()
        self.title.setWordWrap(True)
        form.addRow(self.title)
        self.content = QPlainTextEdit()
        self.content.setObjectName("taskContent")
        self.content.setMaximumHeight(90)
        self.lead = OfficePicker()
        self.lead.setObjectName("taskLead")
        self.partners = OfficePicker()
        self.partners.setObjectName("taskPartners")
        for picker in (self.lead, self.partners):
            picker.setMaximumHeight(110)
        self.deadline = QLineEdit()
        self.deadline.setObjectName("taskDeadline")
        self.deadline_hint = QLabel()
        self.deadline_hint.setObjectName("deadlineMeaning")
        self.deadline.textChanged.connect(self._deadline_typed)
        row = QHBoxLayout()
        row.addWidget(self.deadline, 2)
        row.addWidget(self.deadline_hint, 1)
        self.output = QLineEdit()
        self.status = QComboBox()
        for code in STATUS_CODES:
            self.status.addItem(status_label(code), code)
        self.reason = QLineEdit()
        self.status.currentIndexChanged.connect(self._status_chosen)
        self.apply = QPushButton()
        self.apply.setObjectName("applyTask")
        self.apply.clicked.connect(self._apply)
        self.labels = [QLabel() for _ in range(7)]
        form.addRow(self.labels[0], self.content)
        form.addRow(self.labels[1], self.lead)
        form.addRow(self.labels[2], self.partners)
        form.addRow(self.labels[3], row)
        form.addRow(self.labels[4], self.output)
        form.addRow(self.labels[5], self.status)
        form.addRow(self.labels[6], self.reason)
        form.addRow(self.apply)
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        for lbl, text in zip(self.labels, (self.tr("Content:"), self.tr("Lead offices:"), self.tr("Partner offices:"),
                                           self.tr("Deadline (as written):"), self.tr("Expected output:"),
                                           self.tr("Status:"), self.tr("Reason it could not be done:"))):
            lbl.setText(text)
        self.apply.setText(self.tr("Apply changes to the task"))
        for i, code in enumerate(STATUS_CODES):
            self.status.setItemText(i, status_label(code))
        self._deadline_typed()

    def load(self, detail: dict | None, office_names: list[str]) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        d = detail or {"stt": "", "content": "", "lead": [], "partners": [], "deadline_text": "",
                       "expected_output": "", "status": "not_started", "status_reason": ""}
        self.title.setText(self.tr("<b>Task %1</b>").replace("%1", str(d["stt"])) if detail else
                           self.tr("Choose a task in the table to edit it here."))
        self.content.setPlainText(d["content"])
        self.lead.set_choices(office_names, d["lead"])
        self.partners.set_choices(office_names, d["partners"])
        self.deadline.setText(d["deadline_text"])
        self.output.setText(d["expected_output"])
        self.status.setCurrentIndex(max(0, self.status.findData(d["status"])))
        self.reason.setText(d["status_reason"])
        self._status_chosen()

    def _deadline_typed(self, *_):
        year = self.detail["plan_year"] if self.detail else None
        self.deadline_hint.setText(deadline_meaning(self, self.deadline.text(), year))

    def _status_chosen(self, *_):
        self.reason.setEnabled(self.status.currentData() == "failed")

    def changes(self) -> dict:
        d = self.detail or {}
        out = {}
        if self.content.toPlainText().strip() != d.get("content", ""):
            out["content"] = self.content.toPlainText()
        if self.lead.checked() != d.get("lead"):
            out["lead"] = self.lead.checked()
        if self.partners.checked() != d.get("partners"):
            out["partners"] = self.partners.checked()
        if self.deadline.text().strip() != d.get("deadline_text", ""):
            out["deadline"] = self.deadline.text()
        if self.output.text().strip() != d.get("expected_output", ""):
            out["expected_output"] = self.output.text()
        if self.status.currentData() != d.get("status"):
            out["status"] = self.status.currentData()
        if self.status.currentData() == "failed" and self.reason.text().strip() != d.get("status_reason", ""):
            out["status_reason"] = self.reason.text().strip()
        return out

    def _apply(self) -> None:
        if self.detail is not None and self.changes():
            self.apply_requested.emit(self.changes())


class ProgressPanel(QWidget):
    """The task's report for each period of the plan year, and a form to record one."""
    record_requested = Signal(str, str, str, object, str)   # period, status, text, evidence path, label

    def __init__(self, parent=None):
        super().__init__(parent)
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("progressTable")
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        lay.addWidget(self.table)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.period = QComboBox()
        self.period.setObjectName("progressPeriod")
        self.status = QComboBox()
        self.status.setObjectName("progressStatus")
        for code in STATUS_CODES:
            self.status.addItem(status_label(code), code)
        self.text = QPlainTextEdit()
        self.text.setObjectName("progressText")
        self.text.setMaximumHeight(70)
        self.evidence = QLineEdit()
        self.evidence.setReadOnly(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._browse)
        ev = QHBoxLayout()
        ev.addWidget(self.evidence, 1)
        ev.addWidget(self.browse)
        self.record = QPushButton()
        self.record.setObjectName("recordProgress")
        self.record.clicked.connect(self._record)
        self.labels = [QLabel() for _ in range(4)]
        form.addRow(self.labels[0], self.period)
        form.addRow(self.labels[1], self.status)
        form.addRow(self.labels[2], self.text)
        form.addRow(self.labels[3], ev)
        lay.addLayout(form)
        lay.addWidget(self.record)
        self.calendar: list = []
        self.detail = None
        self.retranslate()
        self.setEnabled(False)

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([self.tr("Period"), self.tr("Status"), self.tr("Report")])
        for lbl, text in zip(self.labels, (self.tr("Period:"), self.tr("Status:"), self.tr("What was done:"),
                                           self.tr("Evidence file:"))):
            lbl.setText(text)
        self.browse.setText(self.tr("Choose…"))
        self.record.setText(self.tr("Record progress for this period"))
        for i, code in enumerate(STATUS_CODES):
            self.status.setItemText(i, status_label(code))

    def load(self, detail: dict | None, today: date | None = None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)
        self.table.setRowCount(0)
        keep = self.period.currentData()
        self.period.clear()
        if detail is None:
            return
        self.calendar = periods.default_calendar(detail["plan_year"])
        self.table.setRowCount(len(self.calendar))
        for n, p in enumerate(self.calendar):
            rep = detail["progress"].get(p.code)
            self.period.addItem(p.label_vi, p.code)
            cells = (p.label_vi, status_label(rep["status"]) if rep else "—",
                     (rep["text"] + ("  📎" if rep.get("evidence") else "")) if rep else "")
            for c, text in enumerate(cells):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        today = today or date.today()
        current = next((i for i, p in enumerate(self.calendar) if p.contains(today)), len(self.calendar) - 1)
        idx = self.period.findData(keep)
        self.period.setCurrentIndex(idx if idx >= 0 else current)
        self.evidence.clear()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Evidence file"))
        if path:
            self.evidence.setText(path)

    def _record(self) -> None:
        if self.detail is None or self.period.currentIndex() < 0:
            return
        self.record_requested.emit(self.period.currentData(), self.status.currentData(),
                                   self.text.toPlainText(), self.evidence.text() or None, self.period.currentText())
