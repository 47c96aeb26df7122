"""Rows of a word-wrapping table as tall as their text, measured when something changed.

QHeaderView.ResizeToContents measures every row again on each layout pass, which includes the
tab being shown and hidden (~10 ms each way on the plan table, for heights that had not
changed). Here the rows are measured once after a change that can alter them: new rows or
values, or a column width (the window resized, a column dragged) — the same heights as before.
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ..timers import single_shot_timer


class RowsFitText(QObject):
    def __init__(self, view):
        super().__init__(view)
        self.view = view
        # several changes in one go (a reset and the column fitting) → one pass
        self._timer = single_shot_timer(self, self.fit)
        model = view.model()
        for signal in (model.modelReset, model.dataChanged, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):
            signal.connect(self.schedule)
        view.horizontalHeader().sectionResized.connect(self.schedule)

    def schedule(self, *_) -> None:
        self._timer.start()

    def fit(self) -> None:
        """Now (after loading, so the first paint has the final heights)."""
        self._timer.stop()
        self.view.resizeRowsToContents()
