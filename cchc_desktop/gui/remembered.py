"""The officer's last unit, year and tab, remembered for the next start.

QSettings writes its file on the next turn of the event loop after every setValue: two writes
per unit switch and one per tab switch (~2 ms of disk each time, inside the switch the officer
waits for). The choices are kept here and written a moment after the last one, and on closing.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QSettings

from .timers import single_shot_timer

WRITE_AFTER_MS = 1000


class Remembered(QObject):
    def __init__(self, settings: QSettings, parent=None):
        super().__init__(parent)
        self.settings = settings
        self._pending: dict = {}
        self._timer = single_shot_timer(self, self.flush, WRITE_AFTER_MS)

    def set(self, key: str, value) -> None:
        self._pending[key] = value
        self._timer.start()

    def value(self, key: str, default=None):
        return self._pending[key] if key in self._pending else self.settings.value(key, default)

    def flush(self) -> None:
        self._timer.stop()
        for key, value in self._pending.items():
            self.settings.setValue(key, value)
        self._pending.clear()
