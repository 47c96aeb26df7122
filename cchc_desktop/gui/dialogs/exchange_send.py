"""Gửi dữ liệu…: choose the recipient and what to send, then save the package to a USB stick or
a folder, or hand it to the mail program: attached through xdg-email (Linux) or Simple MAPI
(Windows) when the system has them (services.mail_attach), else a mailto: link and the file is
shown in the file manager so the officer drags it into the message."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QStorageInfo, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QMessageBox, QPushButton, QVBoxLayout)

from ...services import exchange_view, mail_attach, packages
from ...services.errors import CchcError
from .. import queries
from ..i18n import error_text

KINDS = ("update", "criteria-set", "appraisal", "results")


def removable_drives() -> list[tuple[str, str]]:
    """(label, root path) of mounted volumes that look like USB sticks or other removable media."""
    out = []
    for vol in QStorageInfo.mountedVolumes():
        root = vol.rootPath()
        if not vol.isValid() or not vol.isReady() or vol.isReadOnly() or root in ("/", ""):
            continue
        if sys.platform == "win32":
            removable = not root.upper().startswith("C:")
        else:
            removable = root.startswith(("/media/", "/run/media/", "/Volumes/", "/mnt/"))
        if removable:
            name = vol.displayName() or root
            out.append((f"{name} ({root})" if name != root else root, root))
    return out


def reveal_in_file_manager(path: str) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).parent)))


def mailto_url(recipient: str, file_name: str, subject: str, body: str) -> QUrl:
    return QUrl(mail_attach.mailto_url(subject, body))


class SendDialog(QDialog):
    def __init__(self, db, parent=None):
        super().__init__(parent)
        self.db = db
        self.result_doc: dict | None = None
        self.setWindowTitle(self.tr("Send data"))
        self.recipient = QComboBox()
        self.recipient.setObjectName("recipientCombo")
        own = None
        for u in queries.units_own_first(db):
            if u.own:
                own = u
                label = self.tr("%1 — our other computers").replace("%1", u.name)
            else:
                label = f"{u.name} ({u.code})"
            self.recipient.addItem(label, u.code)
        self.recipient.addItem(self.tr("Anyone (*)"), "*")
        if own is not None and own.parent:  # usually the province above us
            pos = self.recipient.findData(own.parent)
            if pos >= 0:
                self.recipient.setCurrentIndex(pos)
        self.kind = QComboBox()
        for key, label in zip(KINDS, (self.tr("Our changes (update)"), self.tr("Criteria set"),
                                      self.tr("Appraisal"), self.tr("Published results"))):
            self.kind.addItem(label, key)
        self.since_last = QCheckBox(self.tr("Only what changed since the last acknowledged package"))
        self.since_last.setChecked(True)
        self.summary = QLabel()
        self.summary.setObjectName("sendSummary")
        self.summary.setWordWrap(True)
        self.destination = QComboBox()
        self.destination.setObjectName("destinationCombo")
        for label, root in removable_drives():
            self.destination.addItem(self.tr("USB: %1").replace("%1", label), root)
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        self.destination.addItem(docs, docs)
        choose = QPushButton(self.tr("Other folder…"))
        choose.clicked.connect(self.choose_folder)
        dest_row = QHBoxLayout()
        dest_row.addWidget(self.destination, 1)
        dest_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Recipient:"), self.recipient)
        form.addRow(self.tr("What:"), self.kind)
        form.addRow("", self.since_last)
        form.addRow(self.tr("Save to:"), dest_row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("Save package"))
        self.mail_button = QPushButton(self.tr("Send by e-mail…"))
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.mail_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        self.mail_button.clicked.connect(self.send_by_mail)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.summary)
        box.addWidget(buttons)
        for w in (self.recipient, self.kind):
            w.currentIndexChanged.connect(self.update_summary)
        self.since_last.toggled.connect(self.update_summary)
        self.update_summary()
        self.resize(620, 300)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Save the package in"), self.destination.currentData())
        if folder:
            self.destination.insertItem(0, folder, folder)
            self.destination.setCurrentIndex(0)

    def update_summary(self, *_) -> None:
        code = self.recipient.currentData()
        row = next((r for r in exchange_view.counterparts(self.db) if r["counterpart"] == code), None)
        sent = row["sent"] if row else 0
        text = self.tr("Package no. %1 to %2: %3.").replace("%1", str(sent + 1)).replace(
            "%2", self.recipient.currentText()).replace("%3", self.kind.currentText())
        if self.since_last.isChecked() and sent:
            text += " " + self.tr("Only records changed since the last package they acknowledged (or, if none, "
                                  "the last one sent); evidence files they already have are not sent again.")
        else:
            text += " " + self.tr("All records of this kind.")
        self.summary.setText(text)

    def export_to(self, folder: str) -> dict:
        code = self.recipient.currentData()
        row = next((r for r in exchange_view.counterparts(self.db) if r["counterpart"] == code), None)
        seq = (row["sent"] if row else 0) + 1
        name = f"cchc-{'tat-ca' if code == '*' else code}-{seq:03d}.cchc"
        self.result_doc = packages.export_package(self.db, code, Path(folder) / name,
                                                  since_last=self.since_last.isChecked(),
                                                  kind=self.kind.currentData())
        return self.result_doc

    def save(self) -> None:
        try:
            doc = self.export_to(self.destination.currentData())
        except (CchcError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        QMessageBox.information(self, self.windowTitle(), self.tr("Package saved: %1 (%2 records).")
                                .replace("%1", doc["path"]).replace("%2", str(doc["records"])))
        self.accept()

    def send_by_mail(self) -> str | None:
        folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)) / "CCHC"
        try:
            folder.mkdir(parents=True, exist_ok=True)
            doc = self.export_to(str(folder))
        except (CchcError, OSError) as exc:
            QMessageBox.warning(self, self.windowTitle(), error_text(exc))
            return
        subject = self.tr("CCHC data package no. %1").replace("%1", str(doc["sequence"]))
        body = self.tr("Please find attached the CCHC data package %1. Import it with CCHC Desktop "
                       "(File → Data exchange → Receive data).").replace("%1", Path(doc["path"]).name)
        return self.open_mail(doc["path"], subject, body)

    def open_mail(self, path: str, subject: str, body: str, plan=None) -> str:
        """Attach where the platform allows, else mailto: + show the file. Returns the strategy used."""
        plan = plan or mail_attach.plan_mail(path, subject, body)
        if mail_attach.send(plan):
            QMessageBox.information(self, self.windowTitle(), self.tr(
                "Your mail program has been opened with the package %1 attached. Add the recipient's "
                "address and send the message.").replace("%1", Path(path).name))
            self.accept()
            return plan.strategy
        QDesktopServices.openUrl(mailto_url(self.recipient.currentData(), Path(path).name, subject, body))
        reveal_in_file_manager(path)
        QMessageBox.information(self, self.windowTitle(), self.tr(
            "Your mail program has been opened and the folder with the package shown: attach %1 to the message.")
            .replace("%1", path))
        self.accept()
        return "mailto"
