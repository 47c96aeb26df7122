"""A second launch on the same database raises the first window instead of opening a second one."""
from __future__ import annotations

import subprocess
import sys

from PySide6.QtWidgets import QMainWindow

from cchc_desktop.gui.single_instance import SingleInstance, bring_to_front, guard, server_name


def test_second_launch_on_same_database_asks_the_first_to_come_forward(qtbot, tmp_path):
    db = tmp_path / "cchc.sqlite3"
    first = SingleInstance(db)
    assert first.claim()
    try:
        with qtbot.waitSignal(first.raise_requested, timeout=3000):
            assert SingleInstance(db).claim() is False
    finally:
        first.release()


def test_second_process_exits_and_first_window_is_raised(qtbot, tmp_path):
    """Real second program: it is told "already running", the first brings its window forward."""
    db = tmp_path / "cchc.sqlite3"
    window = QMainWindow()
    qtbot.addWidget(window)
    window.show()
    window.showMinimized()
    instance = guard(db, lambda: window)
    assert instance is not None
    code = ("import sys; from PySide6.QtCore import QCoreApplication; app = QCoreApplication([]);"
            "from cchc_desktop.gui.single_instance import guard;"
            f"sys.exit(0 if guard({str(db)!r}, lambda: None) is None else 7)")
    try:
        with qtbot.waitSignal(instance.raise_requested, timeout=10000):
            child = subprocess.Popen([sys.executable, "-c", code])
            qtbot.waitUntil(lambda: child.poll() is not None, timeout=10000)
        assert child.returncode == 0
        qtbot.waitUntil(lambda: not window.isMinimized(), timeout=3000)
    finally:
        instance.release()


def test_other_database_is_another_instance(qtbot, tmp_path):
    a, b = SingleInstance(tmp_path / "that.sqlite3"), SingleInstance(tmp_path / "other.sqlite3")
    try:
        assert a.claim() and b.claim()
    finally:
        a.release()
        b.release()


def test_stale_socket_of_a_crashed_copy_does_not_block_a_new_start(qtbot, tmp_path):
    db = tmp_path / "cchc.sqlite3"
    crashed = SingleInstance(db)
    assert crashed.claim()
    crashed._server.close()  # gone without cleaning up, as after a crash
    crashed._server = None
    again = SingleInstance(db)
    try:
        assert again.claim()
    finally:
        again.release()


def test_same_file_spelled_differently_is_the_same_instance(tmp_path):
    assert server_name(tmp_path / "x" / ".." / "cchc.sqlite3") == server_name(tmp_path / "cchc.sqlite3")


def test_bring_to_front_restores_a_minimised_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    bring_to_front(window)
    assert not window.isMinimized() and window.isVisible()
