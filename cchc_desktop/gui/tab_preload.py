"""Loads the other tabs while the officer reads the one on screen.

After a change of unit or year every tab is marked out of date and only the tab on screen loads;
the Kế hoạch, Tiêu chí or Báo cáo tab then loaded when first clicked (50-100 ms). Once nothing has
happened for a moment, this loads them one at a time, so the click finds them ready; nothing is
loaded while a dialog is open. (Báo cáo's load lists the documents and the unit's plans; a
document is only rendered when the officer asks for its preview.)
"""
from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from .timers import single_shot_timer

IDLE_MS = 1500      # quiet time after a change before the first tab is loaded
BETWEEN_MS = 400    # between two tabs: the window answers clicks in between
PRELOADED = ("plans", "criteria", "reports", "scores")


class TabPreloader(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self._timer = single_shot_timer(self, self._load_one)

    def restart(self) -> None:
        """Something changed (unit, year, data): wait for a quiet moment again."""
        self._timer.start(IDLE_MS)

    def _waiting(self) -> list[str]:
        """The tabs out of date, built and not on screen (the one on screen loads itself)."""
        w = self.window
        current = w.ui.tabs.currentWidget()
        return [key for key in PRELOADED if key in w._dirty and key in w.tabs and w.tabs[key] is not current]

    def load_all_now(self) -> None:
        """At the start, right after the first tab painted (MainWindow.attach)."""
        for key in self._waiting():
            self.window._load_if_dirty(key)

    def _load_one(self) -> None:
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            self._timer.start(IDLE_MS)
            return
        waiting = self._waiting()
        if waiting:
            self.window._load_if_dirty(waiting[0])
            self._timer.start(BETWEEN_MS)
