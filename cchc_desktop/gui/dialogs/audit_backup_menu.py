"""View → Change log… and File → Restore from a backup…, added by one call so main_window.py stays small."""
from __future__ import annotations

from .window_actions import WindowActions


class AuditBackupActions(WindowActions):
    def __init__(self, window):
        super().__init__(window)
        ui = window.ui
        self.restore_action = ui.menuFile.addAction("")
        self.restore_action.setObjectName("actionRestoreBackup")
        after_backup = ui.menuFile.actions()[ui.menuFile.actions().index(ui.actionBackup) + 1]
        ui.menuFile.insertAction(after_backup, self.restore_action)
        self.audit_action = ui.menuView.addAction("")
        self.audit_action.setObjectName("actionAuditLog")
        ui.menuView.insertAction(ui.menuLanguage.menuAction(), self.audit_action)
        self.restore_action.triggered.connect(self.open_restore)
        self.audit_action.triggered.connect(self.open_audit)
        self.follow_language()

    def retranslate(self) -> None:
        self.restore_action.setText(self.tr("&Restore from a backup…"))
        self.audit_action.setText(self.tr("Change &log…"))

    def open_audit(self):
        from .audit_viewer import AuditViewer
        self.audit = AuditViewer(self.window.db, self.window)
        self.audit.show()
        return self.audit

    def open_restore(self):
        from .restore_backup import RestoreBackupDialog
        self.restore = RestoreBackupDialog(self.window)
        self.restore.show()
        return self.restore
