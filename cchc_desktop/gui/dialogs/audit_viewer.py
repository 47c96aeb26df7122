"""Nhật ký thay đổi: the hash-chained change log, filtered by unit / criterion / date, checked and exported."""
from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QTableView, QVBoxLayout)

from ..models.rows import PlainRowsModel
from ...services import audit, audit_export
from ...services.errors import CchcError
from .. import queries
from .exchange_models import local_time

SUMMARY_MAX = 160


def _value(v) -> str:
    if v is None:
        return "∅"
    if isinstance(v, (dict, list)):
        return json.dumps(v, ensure_ascii=False, default=str)
    return str(v)


def change_summary(before, after) -> str:
    """`field: old → new` for what changed; a whole document when only one side exists."""
    if isinstance(before, dict) and isinstance(after, dict):
        keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
        return "; ".join(f"{k}: {_value(before.get(k))} → {_value(after.get(k))}" for k in keys)
    if before is None and after is None:
        return ""
    if before is None:
        return "→ " + (", ".join(f"{k}={_value(v)}" for k, v in after.items()) if isinstance(after, dict)
                       else _value(after))
    if after is None:
        return (", ".join(f"{k}={_value(v)}" for k, v in before.items()) if isinstance(before, dict)
                else _value(before)) + " → ∅"
    return f"{_value(before)} → {_value(after)}"


class AuditModel(PlainRowsModel):
    COLUMNS = ("at", "who", "action", "target", "change", "reason")

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Time"), self.tr("Who"), self.tr("Action"), self.tr("Object / key"),
                self.tr("Before → after"), self.tr("Reason"))

    def action_label(self, action: str) -> str:
        labels = {
            "score.set": self.tr("score entered"), "scores.import.undo": self.tr("score import undone"),
            "scores": self.tr("scores imported"), "criteria": self.tr("criteria imported"),
            "unit.add": self.tr("unit added"), "installation.init": self.tr("installation set up"),
            "installation.new_id": self.tr("new installation id"), "demo.load": self.tr("demo data loaded"),
            "criterion.add": self.tr("criterion added"), "criterion.update": self.tr("criterion changed"),
            "criterion.delete": self.tr("criterion deleted"), "criterion.restore": self.tr("criterion restored"),
            "criteria_set.copy": self.tr("criteria set copied"), "criteria_set.update": self.tr("criteria set changed"),
            "criteria_set.remove": self.tr("criteria set removed"), "plan.draft": self.tr("plan drafted"),
            "plan.import": self.tr("plan imported"), "plan.delete": self.tr("plan deleted"),
            "plan.revive": self.tr("plan restored"), "plan.item.edit": self.tr("plan task changed"),
            "plan.progress": self.tr("progress reported"), "plan.progress.restore": self.tr("progress restored"),
            "package.export": self.tr("package sent"), "package.import": self.tr("package received"),
            "evidence.attach": self.tr("evidence attached"), "evidence.detach": self.tr("evidence removed"),
            "office.add": self.tr("office added"), "office.rename": self.tr("office renamed"),
            "office.delete": self.tr("office deleted"), "office.revive": self.tr("office restored"),
            "office.retire": self.tr("office retired"), "office.unretire": self.tr("office reactivated"),
            "key.trust": self.tr("key trusted"), "calendar.set": self.tr("deadlines set"),
            "office_map.set": self.tr("office mapping set"), "preferences.save": self.tr("preferences saved"),
        }
        return labels.get(action, action)

    def _text(self, row: dict, key: str) -> str:
        if key == "at":
            return local_time(row["at"])
        if key == "action":
            return self.action_label(row["action"])
        if key == "target":
            return row["entity"] + (f" {row['key']}" if row.get("key") else "")
        if key == "change":
            return change_summary(row.get("before"), row.get("after"))
        return row.get(key) or ""

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, key = self.rows[index.row()], self.COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = self._text(row, key)
            return text if len(text) <= SUMMARY_MAX else text[:SUMMARY_MAX - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._text(row, key) if key != "action" else row["action"]
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        return None


class AuditViewer(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.setObjectName("auditViewer")
        self.setWindowTitle(self.tr("Change log"))
        self.unit_combo = QComboBox()
        self.unit_combo.addItem(self.tr("(all units)"), None)
        for u in queries.units_own_first(db):
            self.unit_combo.addItem(f"{u.name} ({u.code})", u.code)
        self.criterion_edit = QLineEdit()
        self.criterion_edit.setPlaceholderText(self.tr("criterion code, e.g. 1.2"))
        self.criterion_edit.setMinimumWidth(170)
        self.since_check = QCheckBox(self.tr("From date"))
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since_edit.setDisplayFormat("dd/MM/yyyy")
        self.since_edit.setCalendarPopup(True)
        self.since_edit.setEnabled(False)
        self.since_check.toggled.connect(self.since_edit.setEnabled)
        filters = QHBoxLayout()
        for w in (QLabel(self.tr("Unit:")), self.unit_combo, QLabel(self.tr("Criterion:")), self.criterion_edit,
                  self.since_check, self.since_edit):
            filters.addWidget(w)
        filters.addStretch(1)

        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setObjectName("auditTable")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setVisible(False)
        self.count_label = QLabel()
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.verify_button = QPushButton(self.tr("Check integrity"))
        self.export_button = QPushButton(self.tr("Export…"))
        for b in (self.verify_button, self.export_button):
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self.choose_export)
        buttons.rejected.connect(self.reject)

        self.unit_combo.currentIndexChanged.connect(self.reload)
        self.criterion_edit.editingFinished.connect(self.reload)
        self.since_check.toggled.connect(self.reload)
        self.since_edit.dateChanged.connect(self.reload)

        box = QVBoxLayout(self)
        box.addLayout(filters)
        box.addWidget(self.view, 1)
        box.addWidget(self.count_label)
        box.addWidget(self.verify_label)
        box.addWidget(buttons)
        self.resize(1100, 560)
        self.reload()

    def filters(self) -> dict:
        since = None
        if self.since_check.isChecked():
            d = self.since_edit.date()
            since = date(d.year(), d.month(), d.day())
        return {"unit": self.unit_combo.currentData(), "criterion": self.criterion_edit.text().strip() or None,
                "since": since}

    def reload(self, *_) -> None:
        try:
            rows = audit_export.filtered(self.db, **self.filters())
        except CchcError as exc:
            rows = []
            self.count_label.setText(exc.located())
        else:
            self.count_label.setText(self.tr("%1 entries").replace("%1", str(len(rows))))
        self.model.set_rows(list(reversed(rows)))  # newest first: what the officer just did is on top
        self.view.resizeColumnsToContents()
        change = AuditModel.COLUMNS.index("change")  # long documents would push the reason out of sight
        self.view.setColumnWidth(change, min(self.view.columnWidth(change), 460))

    def verify(self) -> dict:
        result = audit.verify(self.db)
        if result["ok"]:
            self.verify_label.setStyleSheet("color: #1b5e20;")
            self.verify_label.setText(self.tr("Log intact (%1 entries)").replace("%1", str(result["entries"])))
        else:
            self.verify_label.setStyleSheet("color: #b71c1c; font-weight: bold;")
            self.verify_label.setText("\n".join(result["problems"]))
        return result

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the change log"), "nhat-ky-thay-doi.xlsx",
                                              self.tr("Excel workbook (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_to(path)

    def export_to(self, path) -> dict | None:
        try:
            result = audit_export.export(self.db, path, **self.filters())
        except (CchcError, OSError) as exc:
            self.count_label.setText(exc.located() if isinstance(exc, CchcError) else str(exc))
            return None
        self.count_label.setText(self.tr("%1 entries written to %2").replace("%1", str(result["entries"]))
                                 .replace("%2", result["path"]))
        return result
