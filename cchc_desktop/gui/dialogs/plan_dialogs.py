"""Dialogs of the plans tab: the plan's header (metadata), the office directory, import errors."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout,
                               QInputDialog, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QPushButton,
                               QScrollArea, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..i18n import error_text

AUTHORITIES = ("", "TM.", "KT.", "Q.", "TL.", "TUQ.")


def _lines(edit: QPlainTextEdit) -> list[str]:
    return [ln.strip() for ln in edit.toPlainText().splitlines() if ln.strip()]


class PlanHeaderDialog(QDialog):
    """Số/ký hiệu, ngày, nơi ban hành, căn cứ, mục đích, yêu cầu, người ký, nơi nhận."""

    def __init__(self, header: dict, parent=None):
        super().__init__(parent)
        self.header = header
        self.setWindowTitle(self.tr("Plan information"))
        self.resize(720, 640)
        inner = QWidget()
        form = QFormLayout(inner)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)   # labels above: the long texts get the width
        self.number = QLineEdit(header.get("number") or "")
        self.number.setObjectName("planNumber")
        self.issued_on = QDateEdit()
        self.issued_on.setDisplayFormat("dd/MM/yyyy")
        self.issued_on.setCalendarPopup(True)
        d = date.fromisoformat(header["issued_on"]) if header.get("issued_on") else date.today()
        self.issued_on.setDate(QDate(d.year, d.month, d.day))
        self.place = QLineEdit(header.get("place") or "")
        self.subject = QPlainTextEdit(header.get("subject") or "")
        self.bases = QPlainTextEdit("\n".join(header.get("bases") or []))
        self.purpose = QPlainTextEdit(header.get("purpose") or "")
        self.requirements = QPlainTextEdit(header.get("requirements") or "")
        for e in (self.subject, self.bases, self.purpose, self.requirements):
            e.setMinimumHeight(60)
        self.subject.setMaximumHeight(60)
        self.authority = QComboBox()
        self.authority.addItems(AUTHORITIES)
        self.authority.setCurrentText(header.get("signer_authority") or "")
        self.authority_body = QLineEdit(header.get("signer_authority_body") or "")
        self.title_line1 = QLineEdit(header.get("signer_title_line1") or "")
        self.title = QLineEdit(header.get("signer_title") or "")
        self.signer = QLineEdit(header.get("signer_name") or "")
        self.recipients = QPlainTextEdit("\n".join(header.get("recipients") or []))
        self.recipients.setObjectName("planRecipients")
        self.recipients.setMinimumHeight(80)
        auth = QHBoxLayout()
        auth.addWidget(self.authority)
        auth.addWidget(self.authority_body, 1)
        rows = ((self.tr("Number/symbol:"), self.number), (self.tr("Date:"), self.issued_on),
                (self.tr("Place of issue:"), self.place), (self.tr("Subject:"), self.subject),
                (self.tr("Legal bases (one per line):"), self.bases), (self.tr("Purpose:"), self.purpose),
                (self.tr("Requirements:"), self.requirements),
                (self.tr("Authority (TM./KT./Q./TL./TUQ.) and body:"), auth),
                (self.tr("Title of the head (after KT.):"), self.title_line1),
                (self.tr("Signer's title:"), self.title), (self.tr("Signer:"), self.signer),
                (self.tr("Recipients (one per line, last «Lưu: VT, …»):"), self.recipients))
        for label, w in rows:
            form.addRow(label, w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(scroll)
        lay.addWidget(buttons)

    def values(self) -> dict:
        d = self.issued_on.date()
        return {"number": self.number.text().strip() or None,
                "issued_on": date(d.year(), d.month(), d.day()).isoformat(),
                "place": self.place.text().strip() or None, "subject": self.subject.toPlainText().strip() or None,
                "bases": _lines(self.bases), "purpose": self.purpose.toPlainText().strip() or None,
                "requirements": self.requirements.toPlainText().strip() or None,
                "signer_authority": self.authority.currentText() or None,
                "signer_authority_body": self.authority_body.text().strip() or None,
                "signer_title_line1": self.title_line1.text().strip() or None,
                "signer_title": self.title.text().strip() or None, "signer_name": self.signer.text().strip() or None,
                "recipients": _lines(self.recipients)}

    def changed(self) -> dict:
        return {k: v for k, v in self.values().items() if v != (self.header.get(k) or ([] if isinstance(v, list)
                                                                                       else None))}

    def _accept(self) -> None:
        rec = _lines(self.recipients)
        if rec and not rec[-1].lower().startswith("lưu"):
            QMessageBox.warning(self, self.windowTitle(),
                                self.tr("The last recipient line must be «Lưu: VT, …» (the archive copy)."))
            return
        self.accept()


class OfficesDialog(QDialog):
    """The unit's office directory; every change goes through `run(action, **args)` (undoable)."""

    def __init__(self, list_offices, run, parent=None):
        super().__init__(parent)
        self.list_offices, self.run = list_offices, run
        self.setWindowTitle(self.tr("Offices of the unit"))
        self.resize(940, 520)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("officesTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setHorizontalHeaderLabels([self.tr("Office"), self.tr("Short name"), self.tr("Tasks"),
                                              self.tr("Retired / successor")])
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QHBoxLayout()
        for text, slot in ((self.tr("Add…"), self._add), (self.tr("Rename…"), self._rename),
                           (self.tr("Retire…"), self._retire)):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        hint = QLabel(self.tr("Renaming shows the new name in every plan; retiring moves open tasks to the successor."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        lay.addWidget(self.table)
        lay.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.rows = self.list_offices()
        self.table.setRowCount(len(self.rows))
        for n, o in enumerate(self.rows):
            retired = (o["valid_to"] or "") + (f" → {o['successor']}" if o.get("successor") else "")
            for c, text in enumerate((o["name"], o["short_name"], str(o["tasks"]), retired)):
                self.table.setItem(n, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def _current(self) -> dict | None:
        r = self.table.currentRow()
        return self.rows[r] if 0 <= r < len(self.rows) else None

    def _add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add office"), self.tr("Name of the office:"))
        if ok and name.strip():
            self.run("add", name=name.strip())
            self.refresh()

    def _rename(self) -> None:
        o = self._current()
        if o is None:
            return
        name, ok = QInputDialog.getText(self, self.tr("Rename office"), self.tr("New name:"), text=o["name"])
        if ok and name.strip() and name.strip() != o["name"]:
            self.run("rename", office=o["short_name"], name=name.strip())
            self.refresh()

    def _retire(self) -> None:
        o = self._current()
        if o is None or o["retired"]:
            return
        others = [x["short_name"] for x in self.rows if not x["retired"] and x["id"] != o["id"]]
        succ, ok = QInputDialog.getItem(self, self.tr("Retire office"),
                                        self.tr("Successor of %1 (takes its open tasks):").replace("%1", o["short_name"]),
                                        others, 0, False)
        if ok:
            self.run("retire", office=o["short_name"], successor=succ or None)
            self.refresh()


def show_import_error(parent, title: str, exc) -> None:
    """A refused workbook: the message, and file / sheet / cell of each problem in a table."""
    dlg = QDialog(parent)
    dlg.setWindowTitle(title)
    dlg.resize(640, 320)
    lay = QVBoxLayout(dlg)
    msg = QLabel(error_text(exc))
    msg.setWordWrap(True)
    msg.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    lay.addWidget(msg)
    problems = [{"file": exc.file, "sheet": exc.sheet, "cell": exc.cell, "message": error_text(exc)}]
    for d in getattr(exc, "details", []) or []:
        if isinstance(d, dict):
            problems.append({"file": d.get("file", exc.file), "sheet": d.get("sheet"), "cell": d.get("cell"),
                             "message": d.get("message", "")})
    table = QTableWidget(len(problems), 4)
    table.setObjectName("importProblems")
    table.setHorizontalHeaderLabels([QCoreApplication.translate("ImportProblems", "File"), QCoreApplication.translate("ImportProblems", "Sheet"),
                                     QCoreApplication.translate("ImportProblems", "Cell"),
                                     QCoreApplication.translate("ImportProblems", "Problem")])
    table.horizontalHeader().setStretchLastSection(True)
    table.verticalHeader().setVisible(False)
    for n, p in enumerate(problems):
        for c, key in enumerate(("file", "sheet", "cell", "message")):
            table.setItem(n, c, QTableWidgetItem(str(p.get(key) or "")))
    table.resizeColumnsToContents()
    lay.addWidget(table)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dlg.reject)
    lay.addWidget(buttons)
    dlg.open() if getattr(parent, "_non_modal_dialogs", False) else dlg.exec()
