"""Entry points of the frozen executables (installer/launch.py) and of `--self-test`.

Both executables of the bundle run the same code: `cchc-desktop` (windowed) opens the app,
`cchc` (console, for support) is the command line. Before either starts, portable mode is
switched on if asked for (it must precede any use of the data folder), and `--self-test`
is answered without opening the real database.
"""
from __future__ import annotations

import sys
from pathlib import Path

from .portable import enable_portable_if_requested

SELF_TEST_FLAG = "--self-test"


def _log_crash() -> Path | None:
    from .paths import log_current_exception
    return log_current_exception()


def _tell_user(message: str) -> None:
    """A windowed program has no console: show the message in a box when Qt can."""
    try:
        from PySide6.QtWidgets import QApplication, QMessageBox
        _app = QApplication.instance() or QApplication([sys.argv[0]])
        QMessageBox.critical(None, "CCHC Desktop", message)
    except Exception:
        if sys.stderr:
            sys.stderr.write(message + "\n")


def gui_main(argv: list[str] | None = None) -> int:
    args = enable_portable_if_requested(argv)
    if SELF_TEST_FLAG in args:
        from .selftest import run_self_test
        return run_self_test(args)
    try:
        from .gui.app import main
        sys.argv = [sys.argv[0] if sys.argv else "cchc-desktop", *args]
        return int(main() or 0)
    except SystemExit as exc:
        return exc.code if isinstance(exc.code, int) else 0
    except Exception as exc:  # never a traceback for an officer; the details go to the log
        log = _log_crash()
        _tell_user(f"CCHC Desktop gặp lỗi không mong đợi và phải đóng lại: {exc}.\n"
                   f"Chi tiết kỹ thuật đã ghi vào {log}. Dữ liệu đã lưu không bị ảnh hưởng.")
        return 2


def cli_main(argv: list[str] | None = None) -> int:
    args = enable_portable_if_requested(argv)
    if SELF_TEST_FLAG in args[:1]:
        from .selftest import run_self_test
        return run_self_test(args)
    from .cli import main
    return main(args)


def frozen_main() -> int:
    """One launcher for both executables: `cchc(.exe)` is the command line, anything else the GUI.
    The name is read from argv[0] first: on Linux `cchc` is a symlink to `cchc-desktop` (a second
    executable would carry a second 10 MB copy of the bytecode archive)."""
    invoked = Path(sys.argv[0]).stem.lower() if sys.argv and sys.argv[0] else ""
    name = invoked if invoked in ("cchc", "cchc-desktop") else Path(sys.executable).stem.lower()
    return cli_main() if name == "cchc" else gui_main()
