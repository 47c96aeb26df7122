"""Cold start in two steps: the window's frame paints first, the heavy part follows.

Importing the services (SQLAlchemy), opening the database and loading a tab took several
seconds; done before `show()` the officer stared at nothing. `after_first_paint` runs the rest
once the frame is on screen; the tab pages meanwhile show a "Loading…" placeholder.
"""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from .timers import single_shot_timer

# If no paint ever comes (a window started minimised, a test that never shows it), start anyway.
FALLBACK_MS = 2000


class PlaceholderPage(QWidget):
    """A tab page until the real tab is built: says the data is on its way."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("placeholderPage")
        layout = QVBoxLayout(self)
        self.label = QLabel(self.tr("Loading…"))
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]):
        super().__init__(window)
        self.window, self.then, self.done = window, then, False
        self.timer = single_shot_timer(self, self._run, FALLBACK_MS)
        self.timer.start()

    def eventFilter(self, obj, event) -> bool:
        if (not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget)
                and obj.window() is self.window):
            self.done = True
            # queued: the paint under way finishes (and reaches the screen) before the slow part
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        self.done = True
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        then, self.then = self.then, None
        if then is not None:
            then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call `then()` once `window` (or any of its widgets) has been painted for the first time."""
    watcher = _FirstPaint(window, then)
    QApplication.instance().installEventFilter(watcher)
