"""Base of the objects that add a feature's menu entries to the main window (file_menu.py,
audit_backup_menu.py): they keep the window and retranslate their entries when its language
changes, as the window's own actions do."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject


class WindowActions(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window

    def follow_language(self) -> None:
        """Call once the actions exist: names them now and on every later language switch."""
        self.retranslate()
        self.window.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if obj is self.window and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False

    def retranslate(self) -> None:
        raise NotImplementedError
