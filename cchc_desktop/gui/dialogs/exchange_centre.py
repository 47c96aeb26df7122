"""Trao đổi dữ liệu: who we exchange packages with, what was sent/received/acknowledged, the
conflict inbox, and the keys that make packages trustworthy. Everything calls services.packages
and services.keys; conflicts are decided one by one in the inbox (conflict_inbox.py)."""
from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QLabel, QListWidget,
                               QMessageBox, QPlainTextEdit, QPushButton, QTableView,
                               QTabWidget, QVBoxLayout, QWidget)

from ...services import conflicts, exchange_view, keys, packages
from ...services.errors import CchcError
from .conflict_inbox import ConflictInbox
from .exchange_models import CounterpartModel, PackageLogModel
from ..i18n import error_text

_PATHS = "exchange/package_paths"


def remember_path(package_id: str, path: str) -> None:
    QSettings().setValue(f"{_PATHS}/{package_id}", str(path))


def remembered_path(package_id: str) -> str | None:
    return QSettings().value(f"{_PATHS}/{package_id}", None) or None


def _message(exc) -> str:
    return error_text(exc)


def _table(model, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(model)
    view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().hide()
    return view


class ExchangeCentre(QDialog):
    def __init__(self, db, parent=None, on_changed=None):
        super().__init__(parent)
        self.db, self.on_changed = db, on_changed
        self.setWindowTitle(self.tr("Data exchange"))
        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_log_tab(), self.tr("Packages"))
        self.tabs.addTab(self._build_conflict_tab(), self.tr("Conflicts"))
        self.tabs.addTab(self._build_keys_tab(), self.tr("Keys"))
        self.send_button = QPushButton(self.tr("Send data…"))
        self.receive_button = QPushButton(self.tr("Receive data…"))
        self.send_button.clicked.connect(self.send)
        self.receive_button.clicked.connect(self.choose_and_receive)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.receive_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        box = QVBoxLayout(self)
        box.addWidget(self.tabs)
        box.addWidget(buttons)
        self.resize(1000, 620)
        self.reload()

    # --- construction -------------------------------------------------------
    def _build_log_tab(self) -> QWidget:
        self.counterparts = CounterpartModel(self)
        self.log = PackageLogModel(self)
        self.counterpart_view = _table(self.counterparts, "counterpartTable")
        self.log_view = _table(self.log, "packageLog")
        self.log_view.doubleClicked.connect(lambda index: self.show_details(index.row()))
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(QLabel(self.tr("Counterparts")))
        box.addWidget(self.counterpart_view, 1)
        box.addWidget(QLabel(self.tr("Packages (double-click for the manifest)")))
        box.addWidget(self.log_view, 2)
        return page

    def _build_conflict_tab(self) -> QWidget:
        self.inbox = ConflictInbox(self.db, self.parent(), self._import_rest, before_decision=self._recall_revisions)
        # Short names the tests and the rest of the centre use.
        self.conflict_rows, self.sides = self.inbox.rows_model, self.inbox.sides
        self.keep_button, self.take_button = self.inbox.keep_button, self.inbox.take_button
        self.edit_button, self.later_button = self.inbox.edit_button, self.inbox.later_button
        return self.inbox

    def _build_keys_tab(self) -> QWidget:
        self.own_key_label = QLabel()
        self.own_key_label.setObjectName("ownKey")
        self.own_key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.own_key_label.setWordWrap(True)
        self.trusted_list = QListWidget()
        export = QPushButton(self.tr("Export our key file…"))
        trust = QPushButton(self.tr("Trust a key file…"))
        export.clicked.connect(self.export_key)
        trust.clicked.connect(self.choose_key_to_trust)
        row = QHBoxLayout()
        row.addWidget(export)
        row.addWidget(trust)
        row.addStretch(1)
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self.own_key_label)
        box.addLayout(row)
        box.addWidget(QLabel(self.tr("Trusted keys")))
        box.addWidget(self.trusted_list, 1)
        return page

    # --- data ---------------------------------------------------------------
    def reload(self) -> None:
        self.counterparts.set_rows(exchange_view.counterparts(self.db))
        self.log.set_rows(packages.exchange_log(self.db))
        for view in (self.counterpart_view, self.log_view):
            view.resizeColumnsToContents()
        count = self.inbox.reload()
        self.tabs.setTabText(1, self.tr("Conflicts (%1)").replace("%1", str(count)))
        self._load_keys()

    def _load_keys(self) -> None:
        self.trusted_list.clear()
        try:
            doc = keys.show_key(self.db)
        except CchcError as exc:
            self.own_key_label.setText(error_text(exc))
            return
        self.own_key_label.setText(self.tr("This computer: %1 (%2)\nFingerprint: %3").replace(
            "%1", doc["unit"]["name"]).replace("%2", doc["unit"]["code"]).replace("%3", doc["fingerprint"]))
        for k in doc["trusted"]:
            self.trusted_list.addItem(f"{k['unit']} — {k['fingerprint']}")

    def show_details(self, row: int) -> str:
        entry = self.log.rows[row]
        try:
            doc = exchange_view.package_details(self.db, entry["package_id"])
        except CchcError as exc:
            return error_text(exc)
        text = json.dumps(doc, ensure_ascii=False, indent=2)
        dlg = QDialog(self)
        dlg.setWindowTitle(self.tr("Package %1").replace("%1", str(entry["sequence"])))
        view = QPlainTextEdit(text)
        view.setReadOnly(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dlg.reject)
        box = QVBoxLayout(dlg)
        box.addWidget(view)
        box.addWidget(buttons)
        dlg.resize(700, 500)
        self.details_dialog = dlg
        dlg.show()
        return text

    # --- send / receive -----------------------------------------------------
    def send(self):
        from .exchange_send import SendDialog
        self.send_dialog = SendDialog(self.db, self)
        self.send_dialog.finished.connect(lambda _r: self.reload())
        self.send_dialog.show()
        return self.send_dialog

    def choose_and_receive(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Receive data"), "",
                                              self.tr("CCHC packages (*.cchc);;All files (*)"))
        if path:
            self.receive(path)

    def receive(self, path: str, confirm=None) -> dict | None:
        """Verify, preview, ask, import. `confirm(preview_text) -> bool` replaces the question (tests)."""
        check = packages.verify_package(self.db, path)
        if not check["ok"]:
            QMessageBox.warning(self, self.tr("Receive data"), check.get("message") or "\n".join(check["problems"]))
            return {"ok": False, **check}
        try:
            pv = packages.preview_import(self.db, path)
        except CchcError as exc:
            QMessageBox.warning(self, self.tr("Receive data"), error_text(exc))
            return None
        remember_path(pv.package_id, path)
        if pv.already_imported:
            QMessageBox.information(self, self.tr("Receive data"), self.tr("This package was already received."))
            return {"ok": True, "already_imported": True}
        text = self.preview_text(pv, check)
        ask = confirm or (lambda t: QMessageBox.question(self, self.tr("Receive data"), t)
                          == QMessageBox.StandardButton.Yes)
        if not ask(text):
            return None
        return self._import(path)

    def preview_text(self, pv, check: dict) -> str:
        sender = pv.sender or {}
        lines = [self.tr("Package no. %1 from %2 (%3), fingerprint %4.").replace("%1", str(pv.sequence))
                 .replace("%2", sender.get("name", "")).replace("%3", sender.get("unit", ""))
                 .replace("%4", sender.get("fingerprint", "")),
                 self.tr("Created: %1, updated: %2, unchanged: %3, conflicts: %4, refused: %5.")
                 .replace("%1", str(pv.created)).replace("%2", str(pv.updated)).replace("%3", str(pv.unchanged))
                 .replace("%4", str(len(pv.conflicts))).replace("%5", str(len(pv.refused)))]
        lines += list(check.get("warnings") or []) + list(pv.warnings)
        if pv.conflicts:
            lines.append(self.tr("Conflicts wait in the conflict inbox; nothing else is applied until you decide."))
        lines.append(self.tr("Import it now? The database is backed up first."))
        return "\n".join(lines)

    def _import(self, path: str, on_conflict: str | None = None) -> dict | None:
        try:
            doc = packages.import_package(self.db, path, on_conflict=on_conflict)
        except CchcError as exc:
            QMessageBox.warning(self, self.tr("Receive data"), error_text(exc))
            return None
        if doc.get("needs_decision"):
            try:
                conflicts.remember_revisions(self.db, path)  # exact revisions for the decisions to come
            except CchcError:
                pass  # the package verified a moment ago; decisions fall back to a safe guess
        self.reload()
        if doc.get("needs_decision"):
            self.tabs.setCurrentIndex(1)
        elif self.on_changed:
            self.on_changed(doc)
        self.last_result = doc
        return doc

    # --- conflicts ----------------------------------------------------------
    def resolve(self, choice: str, rows: list[dict] | None = None, edited: dict | None = None) -> dict | None:
        """Decide the selected conflicts (see ConflictInbox.resolve)."""
        return self.inbox.resolve(choice, rows, edited)

    def _recall_revisions(self, rows: list[dict]) -> None:
        """Conflicts stored by another import path lack their revision: read it from the package if we
        still know where it is, so the decision's bookkeeping is exact (services.conflicts)."""
        for package_id in {r["package_id"] for r in rows if not r.get("their_revision_known")}:
            path = remembered_path(package_id)
            if path and Path(path).is_file():
                try:
                    conflicts.remember_revisions(self.db, path)
                except CchcError:
                    pass  # decisions fall back to the safe guess

    def postpone(self) -> dict | None:
        return self.inbox.resolve("postpone")

    def _import_rest(self, package_id: str) -> dict | None:
        """No conflict of this package is open any more: import the rest of it (decided records are
        now unchanged), from where it was received."""
        path = remembered_path(package_id)
        if not path or not Path(path).is_file():
            self.inbox._say(self.tr("No conflict of this package is left. Receive the package again "
                                    "(Receive data…) to import the rest of it."))
            return None
        doc = self._import(path)
        if doc and doc.get("ok") and not doc.get("already_imported"):
            self.inbox._say(self.tr("No conflict of package no. %1 is left: the rest of it was imported "
                                    "(%2 new, %3 updated).").replace("%1", str(doc["sequence"]))
                            .replace("%2", str(doc["created"])).replace("%3", str(doc["updated"])))
        return doc

    # --- keys ---------------------------------------------------------------
    def export_key(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export our key file"), "khoa-cchc.json",
                                              self.tr("Key files (*.json)"))
        if not path:
            return
        try:
            doc = keys.export_public_key(self.db, path)
        except (CchcError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Keys"), _message(exc))
            return
        QMessageBox.information(self, self.tr("Keys"), self.tr("Key file written: %1 (QR code: %2).")
                                .replace("%1", doc["path"]).replace("%2", doc["qr"]))

    def choose_key_to_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Trust a key file"), "", self.tr("Key files (*.json)"))
        if path:
            self.trust_key_file(path)

    def trust_key_file(self, path: str, confirm=None) -> dict | None:
        """Show the fingerprint (to compare by phone) and trust only after a yes."""
        def ask(info) -> bool:
            text = self.tr("Key of %1 (%2).\nFingerprint: %3\n\nCall them and compare the fingerprint. "
                           "Trust this key?").replace("%1", info["unit"]["name"]).replace(
                "%2", info["unit"]["code"]).replace("%3", info["fingerprint"])
            return QMessageBox.question(self, self.tr("Trust a key file"), text) == QMessageBox.StandardButton.Yes
        answers = []

        def asked(info) -> bool:
            answers.append((confirm or ask)(info))
            return answers[-1]
        try:
            doc = keys.trust_key(self.db, path, confirm=asked)
        except CchcError as exc:
            if answers != [False]:  # the officer said no: nothing to warn about
                QMessageBox.warning(self, self.tr("Keys"), error_text(exc))
            return None
        self.reload()
        return doc
