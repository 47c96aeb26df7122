"""The criteria editor's side panel (guidance, evidence, the set's details) and the kind editor."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (QAbstractItemDelegate, QComboBox, QDateEdit, QFormLayout, QGroupBox, QLabel,
                               QLineEdit, QPlainTextEdit, QPushButton, QSpinBox, QStyledItemDelegate,
                               QVBoxLayout, QWidget)

from ...domain.numbers import fmt_points, parse_points
from ..criteria_dialogs import kind_combo

NO_DATE = QDate(2000, 1, 1)  # the date edit's minimum, shown as "—": no decision date


class KindDelegate(QStyledItemDelegate):
    """A combo of criterion kinds, committed as soon as one is picked."""

    def createEditor(self, parent, option, index):
        combo = kind_combo(parent)
        combo.setObjectName("kindEditor")
        combo.activated.connect(lambda *_: self._commit(combo))
        return combo

    def _commit(self, combo):
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor, index):
        row = index.model().row_at(index)  # the cell shows the kind's label; the combo wants its code
        editor.setCurrentIndex(max(0, editor.findData(row.kind if row is not None else None)))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData())


class SidePanel(QWidget):
    save_criterion = Signal(str, str)   # guidance, evidence requirements
    save_set = Signal(dict)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("criteriaSidePanel")
        self.setMinimumWidth(340)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 0, 0, 0)
        self.crit_box = QGroupBox()
        form = QVBoxLayout(self.crit_box)
        self.crit_title = QLabel()
        self.crit_title.setWordWrap(True)
        self.guidance_label, self.evidence_label = QLabel(), QLabel()
        self.guidance = QPlainTextEdit()
        self.guidance.setObjectName("guidanceEdit")
        self.evidence = QPlainTextEdit()
        self.evidence.setObjectName("evidenceEdit")
        self.save_texts = QPushButton()
        self.save_texts.setObjectName("saveTextsButton")
        for w in (self.crit_title, self.guidance_label, self.guidance, self.evidence_label, self.evidence,
                  self.save_texts):
            form.addWidget(w)
        self.save_texts.clicked.connect(lambda: self.save_criterion.emit(self.guidance.toPlainText(),
                                                                         self.evidence.toPlainText()))
        self.set_box = QGroupBox()
        sform = QFormLayout(self.set_box)
        self.set_name = QLineEdit()
        self.set_name.setObjectName("setNameEdit")
        self.set_year = QSpinBox()
        self.set_year.setRange(2000, 2100)
        self.set_level = QComboBox()
        self.set_level.setObjectName("setLevelCombo")
        self.set_level.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.set_level.setMinimumContentsLength(12)
        self.decision_number = QLineEdit()
        self.decision_number.setObjectName("decisionNumberEdit")
        self.decision_date = QDateEdit()
        self.decision_date.setObjectName("decisionDateEdit")
        self.decision_date.setDisplayFormat("dd/MM/yyyy")
        self.decision_date.setCalendarPopup(True)
        self.decision_date.setMinimumDate(NO_DATE)
        self.decision_date.setSpecialValueText("—")
        self.declared = QLineEdit()
        self.declared.setObjectName("declaredTotalEdit")
        self.labels = [QLabel() for _ in range(6)]
        for label, w in zip(self.labels, (self.set_name, self.set_year, self.set_level, self.decision_number,
                                          self.decision_date, self.declared)):
            sform.addRow(label, w)
        self.save_set_button = QPushButton()
        self.save_set_button.setObjectName("saveSetButton")
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        sform.addRow(self.problem)
        sform.addRow(self.save_set_button)
        self.save_set_button.clicked.connect(self._emit_set)
        lay.addWidget(self.crit_box, 3)
        lay.addWidget(self.set_box, 2)
        self._levels_loaded = False

    def retranslate(self) -> None:
        self.crit_box.setTitle(self.tr("Selected criterion"))
        self.guidance_label.setText(self.tr("Scoring guidance:"))
        self.evidence_label.setText(self.tr("Evidence required:"))
        self.save_texts.setText(self.tr("Save guidance and evidence"))
        self.set_box.setTitle(self.tr("Criteria set"))
        for label, text in zip(self.labels, (self.tr("Name:"), self.tr("Year:"), self.tr("Level:"),
                                             self.tr("Decision no.:"), self.tr("Decision date:"),
                                             self.tr("Declared total:"))):
            label.setText(text)
        self.save_set_button.setText(self.tr("Save set details"))

    def show_criterion(self, row) -> None:
        self.crit_box.setEnabled(row is not None)
        self.crit_title.setText(f"<b>{row.code}</b> {row.name}" if row else self.tr("No criterion selected."))
        self.guidance.setPlainText(row.guidance if row else "")
        self.evidence.setPlainText(row.evidence_required if row else "")

    def load_levels(self, levels: list[dict], english: bool) -> None:
        self.set_level.clear()
        for lv in levels:
            self.set_level.addItem(lv["name_en"] if english else lv["name_vi"], lv["code"])
            self.set_level.setItemData(self.set_level.count() - 1, lv["name_en"] if english else lv["name_vi"],
                                       Qt.ItemDataRole.ToolTipRole)
        self._levels_loaded = True

    def show_set(self, view) -> None:
        self.set_box.setEnabled(view is not None)
        self.problem.clear()
        if view is None:
            return
        self.set_name.setText(view.name)
        self.set_name.setCursorPosition(0)
        self.set_year.setValue(view.year)
        pos = self.set_level.findData(view.level)
        if pos < 0:
            self.set_level.addItem(view.level, view.level)
            pos = self.set_level.count() - 1
        self.set_level.setCurrentIndex(pos)
        self.decision_number.setText(view.decision_number or "")
        d = view.decision_date
        self.decision_date.setDate(QDate(d.year, d.month, d.day) if d else NO_DATE)
        self.declared.setText(fmt_points(view.declared_total) if view.declared_total is not None else "")

    def _emit_set(self) -> None:
        declared_text = self.declared.text().strip()
        declared = parse_points(declared_text) if declared_text else None
        if declared_text and declared is None:
            self.problem.setText(self.tr("The declared total must be a number of points."))
            return
        self.problem.clear()
        qd = self.decision_date.date()
        self.save_set.emit({"name": self.set_name.text().strip(), "year": self.set_year.value(),
                            "level": self.set_level.currentData(),
                            "decision_number": self.decision_number.text().strip() or None,
                            "decision_date": None if qd == NO_DATE else qd.toPython(),
                            "declared_total": declared})
