"""Dialogs of the criteria editor: one criterion, a new year's set, changes since last year,
and the problems of a refused workbook listed by sheet and cell."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHeaderView,
                               QLabel, QLineEdit, QSpinBox, QTableWidget, QTableWidgetItem, QVBoxLayout)

from ..domain.numbers import fmt_points, parse_points
from .labels import kind_label

KINDS = ("scored", "survey", "bonus", "penalty")
CHANGES = ("unchanged", "renamed", "split", "merged", "removed")


def kind_combo(parent=None) -> QComboBox:
    combo = QComboBox(parent)
    for k in KINDS:
        combo.addItem(kind_label(k), k)
    return combo


class CriterionDialog(QDialog):
    """Code, name, maximum and kind of a new or edited criterion."""

    def __init__(self, parent, title: str, code="", name="", max_points="", kind="scored"):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setObjectName("criterionDialog")
        form = QFormLayout(self)
        self.code = QLineEdit(code)
        self.code.setObjectName("codeEdit")
        self.name = QLineEdit(name)
        self.name.setObjectName("nameEdit")
        self.name.setMinimumWidth(420)
        self.max_points = QLineEdit(max_points)
        self.max_points.setObjectName("maxEdit")
        self.kind = kind_combo(self)
        self.kind.setCurrentIndex(max(0, self.kind.findData(kind)))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        form.addRow(self.tr("Code:"), self.code)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Maximum points:"), self.max_points)
        form.addRow(self.tr("Type:"), self.kind)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self._check)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)

    def _check(self) -> None:
        if not self.code.text().strip() or not self.name.text().strip():
            self.problem.setText(self.tr("Enter the code and the name."))
        elif parse_points(self.max_points.text()) is None:
            self.problem.setText(self.tr("The maximum must be a number of points, e.g. 0,5."))
        else:
            self.accept()

    def values(self) -> dict:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "max_points": parse_points(self.max_points.text()), "kind": self.kind.currentData()}


class CopyYearDialog(QDialog):
    """Source set, new year, and what happened to each criterion (unchanged unless marked)."""
    COLS = 7

    def __init__(self, parent, sets: list[dict], rows_of, default_set_id: int | None):
        super().__init__(parent)
        self.setObjectName("copyYearDialog")
        self.setWindowTitle(self.tr("New year's criteria set from last year"))
        self.rows_of = rows_of
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.source = QComboBox()
        self.source.setObjectName("sourceCombo")
        for s in sets:
            self.source.addItem(f"{s['year']} — {s['name']}", s["id"])
            self.source.setItemData(self.source.count() - 1, s["year"], Qt.ItemDataRole.UserRole + 1)
        self.year = QSpinBox()
        self.year.setObjectName("newYearSpin")
        self.year.setRange(2000, 2100)
        form.addRow(self.tr("Copy from:"), self.source)
        form.addRow(self.tr("New year:"), self.year)
        lay.addLayout(form)
        hint = QLabel(self.tr("Mark what changed. Split: new codes, names and maxima separated by «;». "
                              "Merged: the code it joins in the new set."))
        hint.setWordWrap(True)
        lay.addWidget(hint)
        self.table = QTableWidget(0, self.COLS)
        self.table.setObjectName("mappingTable")
        self.table.setHorizontalHeaderLabels([self.tr("Code"), self.tr("Criterion"), self.tr("Max"),
                                              self.tr("Change"), self.tr("New code(s)"), self.tr("New name(s)"),
                                              self.tr("New max(es)")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        self.problem.setWordWrap(True)
        lay.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create set"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.source.currentIndexChanged.connect(self._load)
        pos = self.source.findData(default_set_id) if default_set_id else -1
        self.source.setCurrentIndex(max(pos, 0))
        self._load()
        self.resize(1100, 640)

    def _load(self, *_) -> None:
        set_id = self.source.currentData()
        year = self.source.currentData(Qt.ItemDataRole.UserRole + 1)
        self.year.setValue((year or 2024) + 1)
        rows = self.rows_of(set_id) if set_id else []
        self.table.setRowCount(len(rows))
        for n, r in enumerate(rows):
            for col, text in ((0, r.code), (1, "    " * r.depth + r.name), (2, fmt_points(r.max_points))):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(n, col, item)
            combo = QComboBox()
            labels = {"unchanged": self.tr("unchanged"), "renamed": self.tr("renamed"), "split": self.tr("split"),
                      "merged": self.tr("merged"), "removed": self.tr("removed")}
            for c in CHANGES:
                combo.addItem(labels[c], c)
            self.table.setCellWidget(n, 3, combo)
            for col in (4, 5, 6):
                self.table.setItem(n, col, QTableWidgetItem(""))
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)

    def mark(self, code: str, change: str, codes: str = "", names: str = "", maxes: str = "") -> None:
        """Fill one row as an officer would (used by tests and by keyboard-less scripts)."""
        for n in range(self.table.rowCount()):
            if self.table.item(n, 0).text() == code:
                combo = self.table.cellWidget(n, 3)
                combo.setCurrentIndex(combo.findData(change))
                for col, text in ((4, codes), (5, names), (6, maxes)):
                    self.table.item(n, col).setText(text)
                return
        raise KeyError(code)

    def mapping(self) -> list[dict]:
        out = []
        for n in range(self.table.rowCount()):
            change = self.table.cellWidget(n, 3).currentData()
            code = self.table.item(n, 0).text()
            codes, names, maxes = ([p.strip() for p in self.table.item(n, col).text().split(";") if p.strip()]
                                   for col in (4, 5, 6))
            if change == "renamed":
                out.append({"code": code, "change": change, "name": names[0] if names else
                            self.table.item(n, 1).text().strip(), "new_code": codes[0] if codes else None})
            elif change == "split":
                targets = [{"code": c, "name": names[i] if i < len(names) else c,
                            "max_points": maxes[i] if i < len(maxes) else "0"} for i, c in enumerate(codes)]
                out.append({"code": code, "change": change, "targets": targets})
            elif change == "merged":
                out.append({"code": code, "change": change, "target": codes[0] if codes else ""})
            elif change == "removed":
                out.append({"code": code, "change": change})
        return out


class ChangesDialog(QDialog):
    """Thay đổi so với năm trước: one row per old → new link."""

    def __init__(self, parent, title: str, changes: list[dict]):
        super().__init__(parent)
        self.setObjectName("changesDialog")
        self.setWindowTitle(title)
        labels = {"unchanged": self.tr("unchanged"), "renamed": self.tr("renamed"), "split": self.tr("split"),
                  "merged": self.tr("merged"), "removed": self.tr("removed"), "new": self.tr("new")}
        lay = QVBoxLayout(self)
        if not changes:
            lay.addWidget(QLabel(self.tr("No changes: every criterion is as last year.")))
        self.table = QTableWidget(len(changes), 5)
        self.table.setObjectName("changesTable")
        self.table.setHorizontalHeaderLabels([self.tr("Change"), self.tr("Last year's code"),
                                              self.tr("Last year's criterion"), self.tr("New code"),
                                              self.tr("New criterion")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for n, c in enumerate(changes):
            for col, text in enumerate((labels.get(c["change"], c["change"]), c["old_code"], c["old_name"],
                                        c["new_code"], c["new_name"])):
                self.table.setItem(n, col, QTableWidgetItem(text or "—"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(0)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(960, 480)


class IssuesDialog(QDialog):
    """Problems of a workbook, by sheet and cell, so the officer can fix the file."""

    def __init__(self, parent, title: str, intro: str, issues: list[dict]):
        super().__init__(parent)
        self.setObjectName("issuesDialog")
        self.setWindowTitle(title)
        lay = QVBoxLayout(self)
        label = QLabel(intro)
        label.setWordWrap(True)
        lay.addWidget(label)
        self.table = QTableWidget(len(issues), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Sheet"), self.tr("Cell"), self.tr("Problem")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for n, i in enumerate(issues):
            for col, key in enumerate(("sheet", "cell", "message")):
                self.table.setItem(n, col, QTableWidgetItem(str(i.get(key) or "—")))
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        self.resize(820, 420)
