"""One way to run long jobs off the GUI thread: a QThreadPool worker and a QProgressDialog.

A job is a plain function `job(progress, *args)`; `progress(done, total, text)` may be
called from the worker and returns False once the officer pressed Cancel, and
`progress.cancelled()` asks without reporting (jobs honour it by stopping early). Results and CchcErrors come back on the GUI thread via signals.
"""
from __future__ import annotations

import logging
import traceback
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

log = logging.getLogger(__name__)


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)


class _Progress:
    """What a job gets to report progress and to notice Cancel."""

    def __init__(self, worker: "_Worker"):
        self._worker = worker

    def __call__(self, done: int, total: int = 0, text: str = "") -> bool:
        self._worker.signals.progress.emit(int(done), int(total), text or "")
        return not self._worker.cancelled

    def cancelled(self) -> bool:
        return self._worker.cancelled


class _Worker(QRunnable):
    def __init__(self, job: Callable, args: tuple):
        super().__init__()
        self.job, self.args = job, args
        self.signals = _Signals()
        self.cancelled = False
        self.setAutoDelete(False)  # the Task keeps it alive until its signals arrive

    def run(self) -> None:
        try:
            result = self.job(_Progress(self), *self.args)
        except BaseException as exc:  # handed to the GUI thread, never lost in the pool
            log.error("background job failed:\n%s", traceback.format_exc())
            self._deliver(self.signals.failed, exc)
        else:
            self._deliver(self.signals.finished, result)

    @staticmethod
    def _deliver(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application closed while the job ran: nobody is left to tell
            pass


class Task(QObject):
    """A running job with its progress dialog. Connect `succeeded` / `failed` before start()."""
    succeeded = Signal(object)
    failed = Signal(object)

    _running: set["Task"] = set()

    def __init__(self, parent: QWidget | None, title: str, job: Callable, *args, pool: QThreadPool | None = None):
        super().__init__(parent)
        self.worker = _Worker(job, args)
        self.pool = pool or QThreadPool.globalInstance()
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(400)  # quick jobs finish without a flashing dialog
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self.worker.signals.progress.connect(self._on_progress)
        self.worker.signals.finished.connect(self._on_finished)
        self.worker.signals.failed.connect(self._on_failed)
        self.done = False

    def start(self) -> "Task":
        Task._running.add(self)
        self.pool.start(self.worker)
        return self

    def cancel(self) -> None:
        self.worker.cancelled = True
        self.dialog.setLabelText(self.tr("Stopping…"))

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.dialog.setMaximum(max(total, 0))
        self.dialog.setValue(min(done, total) if total else 0)
        if text:
            self.dialog.setLabelText(text)

    def _finish(self) -> None:
        self.done = True
        self.dialog.reset()
        self.dialog.hide()
        Task._running.discard(self)

    def _on_finished(self, result) -> None:
        self._finish()
        self.succeeded.emit(result)

    def _on_failed(self, exc) -> None:
        self._finish()
        self.failed.emit(exc)


def run_task(parent, title: str, job: Callable, *args, on_done=None, on_error=None) -> Task:
    task = Task(parent, title, job, *args)
    if on_done:
        task.succeeded.connect(on_done)
    if on_error:
        task.failed.connect(on_error)
    return task.start()


class _Quiet(QObject):
    """A background job nobody waits for (no dialog): `done(result)` on the GUI thread if it
    succeeds; a failure is only logged (the work is redone in the foreground when needed)."""
    done = Signal(object)
    _running: set["_Quiet"] = set()

    def __init__(self, job: Callable, args: tuple):
        super().__init__()
        self.worker = _Worker(job, args)
        self.worker.signals.finished.connect(self._finished)
        self.worker.signals.failed.connect(self._finished_badly)

    def _finished(self, result) -> None:
        _Quiet._running.discard(self)
        self.done.emit(result)

    def _finished_badly(self, _exc) -> None:
        _Quiet._running.discard(self)


def run_quietly(job: Callable, *args, on_done=None) -> None:
    """Run `job(progress, *args)` on the thread pool without a progress dialog: work the officer
    did not ask for (preparing what they may look at next). `on_done` should be a bound method of
    a QObject, so the result is dropped when that object is gone."""
    quiet = _Quiet(job, args)
    if on_done is not None:
        quiet.done.connect(on_done)
    _Quiet._running.add(quiet)
    QThreadPool.globalInstance().start(quiet.worker)
