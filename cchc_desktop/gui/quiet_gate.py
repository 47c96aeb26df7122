"""Background work the officer did not ask for (years prepared in advance) runs in their pauses.

Such a worker shares the interpreter with the GUI thread — and, on a busy two-core office PC, the
processor: a step of it running beside a unit switch made the switch wait for its turns (the 2nd
and 3rd switch after a start took 40-90 ms instead of 20-30). So every click that changes what is
on screen marks the officer busy, and the worker waits between its steps (a query and what is
made of it) until nothing was asked for QUIET_MS. A person never clicks that fast twice in a row;
holding an arrow key on the unit box does, and the preparation then waits until they let go.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import QTimer

from .timers import single_shot_timer

QUIET_MS = 150
HOLD_AT_MOST_S = 0.5  # a step never waits longer (a long run of clicks still lets the work finish)

_quiet = threading.Event()
_quiet.set()
_timer: list[QTimer] = []  # made on first use, on the GUI thread (it needs the application)
_closing = threading.Event()


def officer_busy() -> None:
    """Called on the GUI thread when a unit, year or tab is chosen."""
    if _closing.is_set():
        return
    _quiet.clear()
    if not _timer:
        _timer.append(single_shot_timer(None, _quiet.set, QUIET_MS))
    _timer[0].start()


def pause() -> None:
    """Called by a background worker before each step."""
    _quiet.wait(HOLD_AT_MOST_S)


def closing() -> None:
    """The application is quitting: no timer will open the gate again, so it stays open (a worker
    holding at each step would keep the closed window's process alive for seconds)."""
    _closing.set()
    _quiet.set()
