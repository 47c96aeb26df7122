"""Prepares the other years of the Chấm điểm tab in the background.

Switching to a year not seen yet cost ~45 ms of queries (that year's assessments, its criteria
tree, every unit's total for the rank, the year before's totals for the comparison). Once a unit's
year is on screen, a worker thread computes those for the recent years (services.scorecard.prefetch,
its own database session; SQLite in WAL mode lets it read while the officer edits) and the result
joins the tab's cache. A change of scores or criteria empties the cache and bumps its generation:
a result computed before that is dropped.

The worker takes its steps in the officer's pauses (gui/quiet_gate.py).
"""
from __future__ import annotations

from PySide6.QtCore import QObject

from ...services import scorecard
from .. import quiet_gate
from ..tasks import run_quietly


def _job(_progress, db, level, key, known, year):
    return key, scorecard.prefetch(db, level, known=known, near=year, pause=quiet_gate.pause)


class YearPrefetch(QObject):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.generation = 0  # bumped whenever the cache is emptied
        self._asked: tuple | None = None  # (db, level, generation) last prepared
        self._cache: dict | None = None

    def invalidate(self) -> None:
        self.generation += 1

    def schedule(self, db, level: str, cache: dict, year: int | None = None) -> None:
        key = (id(db), level, self.generation)
        if db is None or key == self._asked:
            return
        self._asked, self._cache = key, cache
        # a copy of what the tab has already: the worker neither sums it again nor touches the dict
        run_quietly(_job, db, level, key, dict(cache), year, on_done=self._merge)

    def _merge(self, result: tuple) -> None:
        key, entries = result
        if key != self._asked or key[2] != self.generation or self._cache is None:
            return  # another database or level, or scores changed since: the figures may be old
        for k, v in entries.items():
            self._cache.setdefault(k, v)
