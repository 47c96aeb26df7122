"""Tệp → Nhập điểm từ Excel…: choose a workbook, check how its table was read, see what would
change (a dry run), then import in the background and see the outcome.

Everything goes through services.score_import; the wizard only shows its JSON-like results.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (QComboBox, QFileDialog, QFormLayout, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSpinBox,
                               QTableView, QTableWidget, QTableWidgetItem, QVBoxLayout, QWizard, QWizardPage)

from ...io.score_workbook import detect_layout, parse_scores
from ...io.table_finder import find_table
from ...io.workbook_reader import open_workbook
from ...services.errors import CchcError
from ..tasks import run_task
from . import column_mapping as cm
from .mapping_profiles import load_profile, save_profile
from .sheet_preview_model import SheetPreviewModel
from ..i18n import error_text


def _tr(text: str) -> str:
    return QCoreApplication.translate("ImportWizard", text)


# Marked for lupdate here; translated when shown (the language can change while the app runs).
_ROLE_NAMES = {"stt": QT_TRANSLATE_NOOP("ImportWizard", "No. (STT)"),
               "code": QT_TRANSLATE_NOOP("ImportWizard", "Code"),
               "name": QT_TRANSLATE_NOOP("ImportWizard", "Criterion name"),
               "max": QT_TRANSLATE_NOOP("ImportWizard", "Maximum points"),
               "self": QT_TRANSLATE_NOOP("ImportWizard", "Self score"),
               "appraised": QT_TRANSLATE_NOOP("ImportWizard", "Appraised score"),
               "survey": QT_TRANSLATE_NOOP("ImportWizard", "Survey (ĐTXHH)"),
               "reason": QT_TRANSLATE_NOOP("ImportWizard", "Reason"),
               "": QT_TRANSLATE_NOOP("ImportWizard", "ignore")}
_LAYOUT_NAMES = {"per-unit": QT_TRANSLATE_NOOP("ImportWizard", "one sheet per unit"),
                 "matrix": QT_TRANSLATE_NOOP("ImportWizard", "matrix (units side by side)"),
                 "ranking": QT_TRANSLATE_NOOP("ImportWizard", "ranking (published totals)"),
                 "": QT_TRANSLATE_NOOP("ImportWizard", "not found")}


def role_label(role: str) -> str:
    return _tr(_ROLE_NAMES[role])


def layout_label(layout: str | None) -> str:
    return _tr(_LAYOUT_NAMES.get(layout or "", _LAYOUT_NAMES[""]))


class FilePage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Choose the workbook"))
        self.setSubTitle(self.tr("An Excel workbook (.xlsx, .xls, .ods) with scores from the province."))
        self.path_edit = QLineEdit()
        self.path_edit.setObjectName("pathEdit")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(2000, 2100)
        self.year_spin.setValue(wizard.year or 2025)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow(self.tr("File:"), row)
        form.addRow(self.tr("Year:"), self.year_spin)
        form.addRow(self.error_label)
        self.path_edit.textChanged.connect(self.completeChanged)

    def browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the workbook"), "",
                                              self.tr("Workbooks (*.xlsx *.xlsm *.xls *.ods);;All files (*)"))
        if path:
            self.path_edit.setText(path)

    def isComplete(self) -> bool:
        return Path(self.path_edit.text().strip()).is_file()

    def validatePage(self) -> bool:
        try:
            self.wiz.open_file(self.path_edit.text().strip(), self.year_spin.value())
        except CchcError as exc:
            self.error_label.setText(exc.located())
            return False
        self.error_label.clear()
        return True


class MappingPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("How the table was read"))
        self.setSubTitle(self.tr("Header rows are blue, data rows green. Correct a column's role if it was "
                                 "recognised wrongly; the choice is remembered for this sender."))
        self.layout_label = QLabel()
        self.sheet_combo = QComboBox()
        self.sheet_combo.setObjectName("sheetCombo")
        self.sheet_combo.currentIndexChanged.connect(self.show_sheet)
        self.sender_edit = QLineEdit()
        self.sender_edit.setObjectName("senderEdit")
        self.role_grid = QGridLayout()
        self.role_combos: dict[int, QComboBox] = {}
        self.role_labels: list[QLabel] = []
        self.model = SheetPreviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("sheetPreview")
        self.view.setModel(self.model)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setDefaultSectionSize(150)
        self.parse_label = QLabel()
        self.parse_label.setObjectName("parseSummary")
        self.parse_label.setWordWrap(True)
        top = QFormLayout()
        top.addRow(self.tr("Layout:"), self.layout_label)
        top.addRow(self.tr("Sheet:"), self.sheet_combo)
        top.addRow(self.tr("Sender (for the remembered mapping):"), self.sender_edit)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addLayout(self.role_grid)
        box.addWidget(self.view, 1)
        box.addWidget(self.parse_label)

    def initializePage(self) -> None:
        wiz = self.wiz
        self.layout_label.setText(layout_label(wiz.layout))
        self.sender_edit.setText(cm.default_sender(wiz.workbook))
        profile = load_profile(self.sender_edit.text())
        if profile:
            wiz.by_header.update(profile)
        self.sheet_combo.blockSignals(True)
        self.sheet_combo.clear()
        for sheet in wiz.workbook.visible_sheets:
            self.sheet_combo.addItem(sheet.name)
        self.sheet_combo.blockSignals(False)
        self.show_sheet()

    def show_sheet(self, *_) -> None:
        sheet = self.wiz.workbook.sheet(self.sheet_combo.currentText())
        mapping = find_table(sheet) if sheet is not None else None
        for w in [*self.role_combos.values(), *self.role_labels]:
            self.role_grid.removeWidget(w)
            w.deleteLater()
        self.role_combos, self.role_labels = {}, []
        if sheet is None or mapping is None:
            self.model.set_sheet(sheet)
            self.reparse()
            return
        editable = mapping.kind == "criteria"
        mapping = cm.apply_roles(mapping, sheet, self.wiz.by_header) if editable else mapping
        roles = cm.roles_by_column(mapping)
        self.model.set_sheet(sheet, mapping.header_rows, mapping.first_data_row,
                             [c for c in range(sheet.n_cols) if c not in roles])
        for c in range(sheet.n_cols):
            combo = QComboBox()
            combo.setObjectName(f"roleCombo{c}")
            for role in cm.EDITABLE_ROLES:
                combo.addItem(role_label(role), role)
            current = roles.get(c, "")
            if combo.findData(current) < 0:
                combo.addItem(current, current)
            combo.setCurrentIndex(combo.findData(current))
            combo.setEnabled(editable and bool(cm.header_text(sheet, mapping, c)))
            combo.currentIndexChanged.connect(lambda _=0, c=c: self.role_changed(c))
            self.role_combos[c] = combo
        self._place_combos()
        self.reparse()

    def _place_combos(self) -> None:
        """One combo above each column of the preview, in the same order (two rows when many)."""
        per_row = 6
        for c, combo in self.role_combos.items():
            letter = self.model.headerData(c, Qt.Orientation.Horizontal)
            label = QLabel(letter + ":")
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.role_labels.append(label)
            self.role_grid.addWidget(label, c // per_row, 2 * (c % per_row))
            self.role_grid.addWidget(combo, c // per_row, 2 * (c % per_row) + 1)

    def role_changed(self, col: int) -> None:
        sheet = self.wiz.workbook.sheet(self.sheet_combo.currentText())
        mapping = find_table(sheet)
        key = cm.fold(cm.header_text(sheet, mapping, col))
        self.wiz.by_header[key] = self.role_combos[col].currentData()
        roles = {c: combo.currentData() for c, combo in self.role_combos.items() if combo.currentData()}
        self.model.set_ignored([c for c in range(sheet.n_cols) if c not in roles])
        self.reparse()

    def reparse(self) -> None:
        """Read the workbook again with the current roles: how many units and scores, how many problems."""
        wiz = self.wiz
        try:
            parsed = parse_scores(wiz.workbook, wiz.file_name, "auto", None, None, wiz.mappings())
        except CchcError as exc:
            self.parse_label.setText(error_text(exc))
            wiz.parsed_ok = False
        else:
            cells = [sc for u in parsed.units for sc in u.scores]
            n_self = sum(sc.self_score is not None for sc in cells)
            n_appraised = sum(sc.appraised is not None for sc in cells)
            self.parse_label.setText(
                self.tr("Read %1 unit(s): %2 self score(s), %3 appraised score(s); %4 error(s), %5 warning(s).")
                .replace("%1", str(len(parsed.units) or len(parsed.published))).replace("%2", str(n_self))
                .replace("%3", str(n_appraised)).replace("%4", str(len(parsed.errors)))
                .replace("%5", str(len(parsed.warnings))))
            wiz.parsed_ok = True
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.parsed_ok

    def validatePage(self) -> bool:
        if self.sender_edit.text().strip():
            save_profile(self.sender_edit.text().strip(), {k: v for k, v in self.wiz.by_header.items()})
        return True


class PreviewPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("What the import would change"))
        self.setSubTitle(self.tr("Nothing has been written yet."))
        self.summary = QLabel()
        self.summary.setObjectName("previewSummary")
        self.summary.setWordWrap(True)
        self.issues = QTableWidget(0, 4)
        self.issues.setObjectName("issuesTable")
        self.issues.horizontalHeader().setStretchLastSection(True)
        self.units_label = QLabel(self.tr("Units not in the directory — tick to add them as new units:"))
        self.unit_list = QListWidget()
        self.unit_list.setObjectName("unknownUnits")
        self.unit_list.itemChanged.connect(self.units_ticked)
        self.annotate_button = QPushButton(self.tr("Save a copy with the errors marked…"))
        self.annotate_button.clicked.connect(self.save_annotated)
        box = QVBoxLayout(self)
        box.addWidget(self.summary)
        box.addWidget(self.issues, 1)
        box.addWidget(self.units_label)
        box.addWidget(self.unit_list)
        box.addWidget(self.annotate_button, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        self.wiz.add_units = False
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        self.unit_list.blockSignals(False)
        self.run_preview()

    def run_preview(self) -> None:
        wiz = self.wiz
        try:
            doc = wiz.dry_run()
        except CchcError as exc:
            doc = {"ok": False, "errors": [{"sheet": exc.sheet, "cell": exc.cell, "message": error_text(exc)}],
                   "warnings": [], "unknown_units": [], "created": 0, "updated": 0, "unchanged": 0, "units": 0}
        wiz.preview = doc
        self.issues.setHorizontalHeaderLabels([self.tr("Kind"), self.tr("Sheet"), self.tr("Cell"), self.tr("Message")])
        rows = [(self.tr("Error"), i) for i in doc["errors"]] + [(self.tr("Warning"), i) for i in doc["warnings"]]
        self.issues.setRowCount(len(rows))
        for n, (kind, issue) in enumerate(rows):
            for col, text in enumerate((kind, issue.get("sheet") or "", issue.get("cell") or "", issue["message"])):
                self.issues.setItem(n, col, QTableWidgetItem(text))
        self.issues.resizeColumnsToContents()
        text = self.tr("%1 unit(s): %2 score(s) created, %3 updated, %4 unchanged.").replace(
            "%1", str(doc.get("units", 0))).replace("%2", str(doc["created"])).replace(
            "%3", str(doc["updated"])).replace("%4", str(doc["unchanged"]))
        if not doc["ok"]:
            text += " " + self.tr("The workbook cannot be imported: %1 error(s).").replace("%1", str(len(doc["errors"])))
        self.summary.setText(text)
        if self.unit_list.count() == 0:
            self.unit_list.blockSignals(True)
            for label in doc.get("unknown_units") or []:
                item = QListWidgetItem(label)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.unit_list.addItem(item)
            self.unit_list.blockSignals(False)
        has_unknown = self.unit_list.count() > 0
        self.units_label.setVisible(has_unknown)
        self.unit_list.setVisible(has_unknown)
        self.annotate_button.setEnabled(bool(doc["errors"] or doc["warnings"]))
        self.completeChanged.emit()

    def units_ticked(self, _item=None) -> None:
        # The service adds all unknown units or none: every one must be ticked.
        items = [self.unit_list.item(i) for i in range(self.unit_list.count())]
        self.wiz.add_units = bool(items) and all(i.checkState() == Qt.CheckState.Checked for i in items)
        self.run_preview()

    def save_annotated(self) -> None:
        wiz = self.wiz
        suggested = str(Path(wiz.path).with_name(Path(wiz.path).stem + "-loi.xlsx"))
        out, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy with the errors marked"), suggested,
                                             self.tr("Workbooks (*.xlsx)"))
        if out:
            try:
                wiz.save_annotated(out)
            except (CchcError, OSError) as exc:
                QMessageBox.warning(self, self.tr("Import scores"), error_text(exc))

    def isComplete(self) -> bool:
        return bool(self.wiz.preview and self.wiz.preview["ok"])


class ResultPage(QWizardPage):
    def __init__(self, wizard: "ImportWizard"):
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("Import"))
        self.label = QLabel()
        self.label.setObjectName("resultLabel")
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.setFinalPage(True)

    def initializePage(self) -> None:
        self.label.setText(self.tr("Importing…"))
        self.wiz.start_import()

    def show_result(self, doc: dict | None, error: str | None) -> None:
        if error:
            self.label.setText(error)
        else:
            self.label.setText(self.tr("Imported: %1 score(s) created, %2 updated, %3 unchanged, %4 warning(s). "
                                       "File → Undo last import takes it back.")
                               .replace("%1", str(doc["created"])).replace("%2", str(doc["updated"]))
                               .replace("%3", str(doc["unchanged"])).replace("%4", str(len(doc["warnings"]))))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self.wiz.finished_import


class ImportWizard(QWizard):
    def __init__(self, db, year: int | None = None, parent=None, on_imported=None):
        super().__init__(parent)
        self.db, self.year, self.on_imported = db, year, on_imported
        self.setWindowTitle(self.tr("Import scores from Excel"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.path = ""
        self.file_name = ""
        self.workbook = None
        self.layout: str | None = None
        self.by_header: dict[str, str] = {}
        self.parsed_ok = False
        self.add_units = False
        self.preview: dict | None = None
        self.result_doc: dict | None = None
        self.finished_import = False
        self.task = None
        self.file_page, self.mapping_page = FilePage(self), MappingPage(self)
        self.preview_page, self.result_page = PreviewPage(self), ResultPage(self)
        for page in (self.file_page, self.mapping_page, self.preview_page, self.result_page):
            self.addPage(page)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.resize(1000, 700)

    def open_file(self, path: str, year: int) -> None:
        self.workbook = open_workbook(path)
        self.path, self.file_name, self.year = path, Path(path).name, year
        self.layout = detect_layout(self.workbook)
        self.by_header = {}

    def mappings(self):
        return cm.overrides(self.workbook, self.by_header) if self.by_header else None

    def dry_run(self) -> dict:
        from ...services.score_import import import_scores
        return import_scores(self.db, self.path, self.year, add_units=self.add_units, dry_run=True,
                             mappings=self.mappings())

    def save_annotated(self, out: str) -> str:
        from ...io.annotate import annotate_workbook
        doc = self.preview or {"errors": [], "warnings": []}
        marks = [{"severity": "error", **e} for e in doc["errors"]] + \
                [{"severity": "warning", **w} for w in doc["warnings"]]
        return annotate_workbook(self.path, marks, out)

    def start_import(self) -> None:
        from ...services.score_import import import_scores

        def job(progress, db, path, year, add_units, mappings):
            return import_scores(db, path, year, add_units=add_units, mappings=mappings,
                                 progress=lambda done, total: progress(done, total, ""),
                                 cancelled=progress.cancelled)

        self.finished_import = False
        self.task = run_task(self, self.tr("Importing scores…"), job, self.db, self.path, self.year,
                             self.add_units, self.mappings(), on_done=self._done, on_error=self._failed)

    def _done(self, doc: dict) -> None:
        self.result_doc, self.finished_import = doc, True
        error = None if doc["ok"] else self.tr("Nothing was imported: %1 error(s).").replace(
            "%1", str(len(doc["errors"])))
        self.result_page.show_result(doc, error)
        if doc["ok"] and self.on_imported:
            self.on_imported(doc)

    def _failed(self, exc) -> None:
        self.finished_import = True
        self.result_doc = {"ok": False}
        self.result_page.show_result(None, error_text(exc))
