"""GUI timings in a fresh process (QT_QPA_PLATFORM=offscreen):

    python benchmarks/gui_probe.py bare                 a bare QMainWindow with four empty tabs
    python benchmarks/gui_probe.py app DB_PATH          the real `cchc gui` start (app.run_gui)

The probe prints "PAINTED" when the main window's first paint event arrives, so run.py measures
process start → first painted window (printing from a QTimer.singleShot(0) queued by that paint, as
before, also counted whatever the app itself queued to run after its first paint, i.e. the deferred
data load). It then waits until the app has finished starting (window.started: database open, tabs
built, current tab loaded — "loaded_s" in the result), switches units, years and tabs (bare: tabs
only) and prints one JSON line with the duration of every switch, each including the repaint it
causes. CCHC_PROBE_PROFILE=/tmp/p writes cProfile stats of the start (/tmp/p.start) and of the
switches (/tmp/p.switch).
"""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

T0 = time.perf_counter()

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
            print("PAINTED", flush=True)
            window = obj.window()
            QTimer.singleShot(0, lambda: self.then(window))
        return False


CPU: dict[str, list[float]] = {}  # CPU seconds of this process per switch: the figure a shared, loaded machine
# does not inflate (wall time counts the waits for a CPU too); reported beside, not instead of, wall time


# Between two switches the probe lets the event loop run for a moment, as an officer's clicks are
# never closer than a few tenths of a second: the app does work nobody asked for (preparing other
# years, gui/quiet_gate.py) in such pauses, and back-to-back switching measured that work inside the
# next switch. The pause itself is not part of any figure. CCHC_PROBE_PAUSE=0 switches back to back.
PAUSE_S = float(os.environ.get("CCHC_PROBE_PAUSE", "0.3"))


def _pause(app) -> None:
    end = time.perf_counter() + PAUSE_S
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.005)


def _switch(app, action, kind: str = "") -> float:
    _pause(app)
    t, c = time.perf_counter(), time.process_time()
    action()
    app.processEvents()
    CPU.setdefault(kind, []).append(time.process_time() - c)
    return time.perf_counter() - t


_PROFILE = os.environ.get("CCHC_PROBE_PROFILE")  # a path prefix: cProfile of start-up and of the switches
_profiler = None
if _PROFILE:
    import cProfile
    _profiler = cProfile.Profile()
    _profiler.enable()


def _dump_profile(suffix: str) -> None:
    global _profiler
    if _profiler is not None:
        _profiler.disable()
        _profiler.dump_stats(f"{_PROFILE}.{suffix}")
        _profiler = cProfile.Profile()
        _profiler.enable()


def _after_paint(app, window, measure) -> None:
    _dump_profile("start")
    app.removeEventFilter(app._probe)
    try:
        result = measure(app, window)
    except Exception as exc:  # the figures say what failed; the run goes on
        result = {"error": f"{type(exc).__name__}: {exc}"}
    _dump_profile("switch")
    print("RESULT " + json.dumps(result), flush=True)
    sys.stdout.flush()
    os._exit(0)  # leave now: closing a big window is not part of any figure


def measure_bare(app, window) -> dict:
    tabs = window.centralWidget()
    return {"tabs": [_switch(app, lambda i=i: tabs.setCurrentIndex(i % 4)) for i in range(1, 41)]}


def measure_app(app, window) -> dict:
    while not window.started:  # the database opens and the first tab loads after the first paint
        app.processEvents()
        time.sleep(0.002)
    loaded = time.perf_counter() - T0
    _dump_profile("load")
    units, years, tabs = window.unit_combo, window.year_combo, window.ui.tabs
    window.show_tab("scores")
    if years.count() > 1:  # the newest year of the province data has a set but no scores yet:
        years.setCurrentIndex(1)  # switch units on a scored year, as an officer would (not 200 empty pages)
    app.processEvents()
    out = {"units": [], "years": [], "tabs": [], "loaded_s": loaded}
    n_units = units.count()
    for k in range(1, 21):
        out["units"].append(_switch(app, lambda k=k: units.setCurrentIndex((k * 37) % n_units), "units"))
    for k in range(1, 7):
        out["years"].append(_switch(app, lambda k=k: years.setCurrentIndex(k % max(years.count(), 1)), "years"))
    for k in range(1, 25):
        out["tabs"].append(_switch(app, lambda k=k: tabs.setCurrentIndex(k % 4), "tabs"))
    out["cpu"] = CPU
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
