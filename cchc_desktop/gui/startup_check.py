"""Before the database opens: services.startup findings shown in Vietnamese, with a way out.

Blocking findings stop the open (a dialog says what to do); for a corrupt file with an automatic
backup the dialog offers to restore the latest one and then carry on. Non-blocking findings become
status-bar notes once the window is up. Offscreen / screenshot runs print instead of asking.
"""
from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from ..services import backup_files, backups, startup
from ..services.errors import CchcError, NotFound


@dataclass
class Preflight:
    blocking: list = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def inspect(db_path) -> Preflight:
    path = Path(db_path)
    findings = startup.check_database(path) if path.exists() else []
    return Preflight([f for f in findings if f.blocking],
                     [f"{f.message} {f.recovery}" for f in findings if not f.blocking])


def recover_latest(db_path) -> dict:
    """Replaces a broken database with its newest automatic backup (the broken file is kept in sao-luu/)."""
    latest = backups.latest_backup(db_path)
    if latest is None:
        raise NotFound("Không có bản sao lưu tự động nào bên cạnh tệp cơ sở dữ liệu này.", file=str(db_path))
    return backup_files.restore_backup(db_path, latest)


def resolve(db_path, interactive: bool = True) -> tuple[bool, list[str]]:
    """(may the app open the database now, notes for the status bar)."""
    check = inspect(db_path)
    if not check.blocking:
        return True, check.notes
    what_to_do = QCoreApplication.translate("StartupCheck", "What to do:")
    text = "\n\n".join(f"{f.message}\n{what_to_do} {f.recovery}" for f in check.blocking)
    corrupt = next((f for f in check.blocking if f.code == "corrupt" and f.backup), None)
    if not interactive:
        print(text, file=sys.stderr)
        return False, check.notes
    from PySide6.QtWidgets import QMessageBox
    box = QMessageBox(QMessageBox.Icon.Critical, "CCHC Desktop", text)
    restore = box.addButton(QCoreApplication.translate("StartupCheck", "Restore the latest backup"), QMessageBox.ButtonRole.AcceptRole) if corrupt else None
    box.addButton(QCoreApplication.translate("StartupCheck", "Close"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    if restore is None or box.clickedButton() is not restore:
        return False, check.notes
    try:
        result = recover_latest(db_path)
    except CchcError as exc:
        QMessageBox.critical(None, "CCHC Desktop", exc.located())
        return False, check.notes
    return True, check.notes + [QCoreApplication.translate("StartupCheck", "Restored from %1").replace("%1", Path(result["from"]).name)]
