"""One way to make the restartable one-shot timers the window uses to wait for a quiet moment
(each start() pushes the timeout back: a burst of changes ends in one call)."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, QTimer


def single_shot_timer(parent: QObject | None, slot: Callable, interval_ms: int = 0) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(slot)
    return timer
