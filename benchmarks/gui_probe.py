"""GUI timings in a fresh process (QT_QPA_PLATFORM=offscreen):

    python benchmarks/gui_probe.py bare                 a bare QMainWindow with four empty tabs
    python benchmarks/gui_probe.py app DB_PATH          the real `cchc gui` start (app.run_gui)

The probe prints "PAINTED" as soon as the window's first paint event has been handled (a
QTimer.singleShot(0) after that paint), so run.py measures process start → first painted window.
It then switches units, years and tabs (bare: tabs only) and prints one JSON line with the
duration of every switch, each including the repaint it causes.
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow, QTabWidget, QWidget  # noqa: E402


class FirstPaint(QObject):
    def __init__(self, then):
        super().__init__()
        self.then, self.done = then, False

    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                and isinstance(obj.window(), QMainWindow):
            self.done = True
            window = obj.window()
            QTimer.singleShot(0, lambda: self.then(window))
        return False


def _switch(app, action) -> float:
    t = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - t


def _after_paint(app, window, measure) -> None:
    print("PAINTED", flush=True)
    app.removeEventFilter(app._probe)
    try:
        result = measure(app, window)
    except Exception as exc:  # the figures say what failed; the run goes on
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print("RESULT " + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)  # leave now: closing a big window is not part of any figure


def measure_bare(app, window) -> dict:
    tabs = window.centralWidget()
    return {"tabs": [_switch(app, lambda i=i: tabs.setCurrentIndex(i % 4)) for i in range(1, 41)]}


def measure_app(app, window) -> dict:
    units, years, tabs = window.unit_combo, window.year_combo, window.ui.tabs
    window.show_tab("scores")
    app.processEvents()
    out = {"units": [], "years": [], "tabs": []}
    n_units = units.count()
    for k in range(1, 21):
        out["units"].append(_switch(app, lambda k=k: units.setCurrentIndex((k * 37) % n_units)))
    for k in range(1, 7):
        out["years"].append(_switch(app, lambda k=k: years.setCurrentIndex(k % max(years.count(), 1))))
    for k in range(1, 25):
        out["tabs"].append(_switch(app, lambda k=k: tabs.setCurrentIndex(k % 4)))
    return out


def run_bare() -> None:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget()
    for name in ("Tiêu chí", "Chấm điểm", "Kế hoạch khắc phục", "Báo cáo"):
        tabs.addTab(QWidget(), name)
    window.setCentralWidget(tabs)
    window.resize(1280, 800)
    app._probe = FirstPaint(lambda w: _after_paint(app, w, measure_bare))
    app.installEventFilter(app._probe)
    window.show()
    app.exec()


def run_app(db_path: str) -> None:
    from cchc_desktop.gui import app as gui_app
    app = gui_app.make_app()  # run_gui reuses this instance
    app._probe = FirstPaint(lambda w: _after_paint(app, w, measure_app))
    app.installEventFilter(app._probe)
    gui_app.run_gui(db_path, lang="vi")


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        run_bare()
    else:
        run_app(sys.argv[2])
