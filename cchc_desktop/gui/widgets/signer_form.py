"""The print-preview side form: who signs, with which authority, the date and the number.

Nothing here is saved to the plan: the values go to services.reports as `overrides` for this
printout only (an office often prints a draft for a different signer before the final one).
`changed` fires (debounced) after an edit so the preview is re-rendered.
"""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QLineEdit, QPushButton

from ..timers import single_shot_timer

AUTHORITIES = ("TM.", "KT.", "Q.", "TL.", "TUQ.")


class SignerForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Signature and number"))
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("signerName")
        self.authority_combo = QComboBox(self)
        self.authority_combo.setObjectName("signerAuthority")
        self.authority_combo.addItem(self.tr("(none)"), "")
        for a in AUTHORITIES:
            self.authority_combo.addItem(a, a)
        self.body_edit = QLineEdit(self)
        self.body_edit.setPlaceholderText("ỦY BAN NHÂN DÂN")
        self.line1_edit = QLineEdit(self)
        self.line1_edit.setPlaceholderText("CHỦ TỊCH")
        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("signerTitle")
        self.title_edit.setPlaceholderText("PHÓ CHỦ TỊCH")
        self.dated = QCheckBox(self.tr("Dated"), self)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("issuedOn")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.dated.toggled.connect(self.date_edit.setEnabled)
        self.number_edit = QLineEdit(self)
        self.number_edit.setObjectName("planNumber")
        self.number_edit.setPlaceholderText("65/KH-UBND")
        self.apply_button = QPushButton(self.tr("Update preview"), self)
        self.apply_button.clicked.connect(self._emit_now)
        self.reset_button = QPushButton(self.tr("Values of the plan"), self)
        self.reset_button.setToolTip(self.tr("Go back to the signer, date and number stored in the plan"))
        self.reset_button.clicked.connect(self._reset)

        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("Signer's name"), self.name_edit)
        form.addRow(self.tr("Authority"), self.authority_combo)
        form.addRow(self.tr("On behalf of (TM.)"), self.body_edit)
        form.addRow(self.tr("Title line 1"), self.line1_edit)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.dated, self.date_edit)
        form.addRow(self.tr("Number"), self.number_edit)
        form.addRow(self.apply_button)
        form.addRow(self.reset_button)

        self._timer = single_shot_timer(self, self.changed, 700)  # typing a name re-renders once, not per key
        self._plan: dict | None = None
        for edit in (self.name_edit, self.body_edit, self.line1_edit, self.title_edit, self.number_edit):
            edit.textEdited.connect(self._later)
            edit.returnPressed.connect(self._emit_now)
        self.authority_combo.activated.connect(self._later)
        self.date_edit.dateChanged.connect(self._later)
        self.dated.toggled.connect(self._later)

    def _later(self, *_):
        self._timer.start()

    def _emit_now(self):
        self._timer.stop()
        self.changed.emit()

    def set_plan(self, plan: dict | None) -> None:
        """plan: services.plans.show_plan(...) without edits; None empties and disables the form."""
        self._plan = plan
        self._timer.stop()
        self.setEnabled(plan is not None)
        signer = (plan or {}).get("signer") or {}
        for w in (self.name_edit, self.authority_combo, self.date_edit, self.dated):
            w.blockSignals(True)
        self.name_edit.setText(signer.get("name") or "")
        index = self.authority_combo.findData((signer.get("authority") or "").upper())
        self.authority_combo.setCurrentIndex(max(index, 0))
        self.body_edit.setText(signer.get("authority_body") or "")
        self.line1_edit.setText(signer.get("title_line1") or "")
        self.title_edit.setText(signer.get("title") or "")
        issued = (plan or {}).get("date")
        self.dated.setChecked(bool(issued))
        self.date_edit.setEnabled(bool(issued))
        self.date_edit.setDate(QDate.fromString(issued, "yyyy-MM-dd") if issued else QDate.currentDate())
        self.number_edit.setText((plan or {}).get("number") or "")
        self.number_edit.setPlaceholderText((plan or {}).get("number_hint") or "65/KH-UBND")
        for w in (self.name_edit, self.authority_combo, self.date_edit, self.dated):
            w.blockSignals(False)

    def _reset(self) -> None:
        self.set_plan(self._plan)
        self.changed.emit()

    def overrides(self) -> dict:
        """Only the fields the officer changed, in services.report_docs.OVERRIDABLE keys."""
        if self._plan is None:
            return {}
        d = self.date_edit.date()
        now = {"signer_name": self.name_edit.text().strip() or None,
               "signer_authority": self.authority_combo.currentData() or None,
               "signer_authority_body": self.body_edit.text().strip() or None,
               "signer_title_line1": self.line1_edit.text().strip() or None,
               "signer_title": self.title_edit.text().strip() or None,
               "issued_on": date(d.year(), d.month(), d.day()).isoformat() if self.dated.isChecked() else None,
               "number": self.number_edit.text().strip() or None}
        signer = self._plan.get("signer") or {}
        stored = {"signer_name": signer.get("name"), "signer_authority": signer.get("authority"),
                  "signer_authority_body": signer.get("authority_body"),
                  "signer_title_line1": signer.get("title_line1"), "signer_title": signer.get("title"),
                  "issued_on": self._plan.get("date"), "number": self._plan.get("number")}
        return {k: v for k, v in now.items() if (v or None) != (stored.get(k) or None)}
