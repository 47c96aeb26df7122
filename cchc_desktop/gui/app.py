"""Starting the desktop app: `cchc gui` (run_gui) and the `cchc-desktop` gui script (main)."""
from __future__ import annotations

import argparse
import logging
import os
import sys
import traceback
from pathlib import Path

from .. import APP_NAME, ORG_NAME, __version__, paths

log = logging.getLogger(__name__)
TABS = ("criteria", "scores", "plans", "reports")


def _log_file() -> Path:
    return paths.crash_log()


def _setup_logging() -> None:
    try:
        _log_file().parent.mkdir(parents=True, exist_ok=True)
        handler = logging.FileHandler(_log_file(), encoding="utf-8")
    except OSError:
        handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, type(handler)) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)


def _excepthook(exc_type, exc, tb) -> None:
    """Any error that escapes a slot: logged in full, shown to the officer in Vietnamese."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ..services.errors import CchcError

    log.error("unhandled error:\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if QApplication.instance() is None:
        return
    if isinstance(exc, CchcError):
        text = exc.located()
    else:
        text = (f"Đã xảy ra lỗi không mong đợi: {exc_type.__name__}: {exc}\n\n"
                f"Dữ liệu đã lưu không bị ảnh hưởng. Chi tiết kỹ thuật đã ghi vào {_log_file()}.")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        print(text, file=sys.stderr)  # nobody can click a dialog offscreen
        return
    QMessageBox.critical(None, APP_NAME, text)


def make_app(argv=None):
    """The QApplication with our names (QSettings keys), icon, font and language."""
    from PySide6.QtGui import QFontDatabase
    from PySide6.QtWidgets import QApplication

    from . import i18n
    from .main_window import app_icon

    app = QApplication.instance() or QApplication(list(argv or sys.argv[:1]))
    # Background work (years prepared in advance, imports, packages) holds the GIL in turns with
    # the GUI thread; every call from Qt into Python waits for it. Python's default turn of 5 ms
    # made a unit switch during such work take 5-10× longer; 0.5 ms turns keep the window quick.
    sys.setswitchinterval(0.0005)
    from . import quiet_gate
    app.aboutToQuit.connect(quiet_gate.closing)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    if not QFontDatabase.families():
        # offscreen without fontconfig fonts: our bundled serif still renders Vietnamese
        for style in ("Regular", "Bold", "Italic", "BoldItalic"):
            QFontDatabase.addApplicationFont(str(paths.font_path(style)))
    return app


def run_gui(db_path, tab: str | None = None, screenshot: str | None = None, lang: str | None = None) -> int:
    from . import i18n
    from .main_window import MainWindow

    _setup_logging()
    app = make_app()
    sys.excepthook = _excepthook
    language = lang or i18n.saved_language()
    i18n.apply_language(language)
    db_path = Path(db_path) if db_path else paths.default_db_path()
    if screenshot:  # everything loaded before the picture is taken
        db, notes, code = _open_database(db_path, interactive=False, parent=None)
        if db is None:
            return code
        window = MainWindow(db)
        if tab:
            window.show_tab(tab)
        for note in notes:
            print(note, file=sys.stderr)
        return _screenshot(app, window, screenshot)
    from .single_instance import guard
    holder: list = []
    instance = guard(db_path, lambda: holder[0] if holder else None)
    if instance is None:  # another window has this database open: it was brought forward
        return 0
    # The frame first (no database, no services imported yet), the database and the data after
    # its first paint: a cold start shows the window in about the time of an empty Qt window.
    window = MainWindow()
    holder.append(window)
    if tab:
        window.show_tab(tab)
    window.show()
    refused: list[int] = []

    def finish_start() -> None:
        interactive = os.environ.get("QT_QPA_PLATFORM") != "offscreen"
        db, notes, code = _open_database(db_path, interactive=interactive, parent=window)
        if db is None:
            refused.append(code)
            window.hide()
            app.exit(code)
            return
        from .first_run import run_first_run_if_needed
        run_first_run_if_needed(db, window)
        window.attach(db)
        if notes:
            window.statusBar().showMessage("  ·  ".join(notes), 30000)

    from .lazy_start import after_first_paint
    after_first_paint(window, finish_start)
    code = app.exec()
    if window.db is not None:
        window.db.close()
    return refused[0] if refused else code


def _open_database(db_path: Path, interactive: bool, parent):
    """(Database or None, status-bar notes, exit code when refused): the start-up checks
    (corrupt, locked, newer schema…) then the open with its migrations."""
    from PySide6.QtWidgets import QMessageBox

    from ..services.errors import CchcError
    from ..store.engine import Database
    from .startup_check import resolve
    may_open, notes = resolve(db_path, interactive=interactive)
    if not may_open:
        return None, notes, 5
    try:
        db = Database.open(db_path)
    except CchcError as exc:
        if interactive:
            QMessageBox.critical(parent, APP_NAME, exc.located())
        else:
            print(exc.located(), file=sys.stderr)
        return None, notes, exc.exit_code
    return db, notes + list(getattr(db, "warnings", []) or []), 0


def _screenshot(app, window, path) -> int:
    """Lay the window out at its normal size, let every deferred paint happen, then save it. On
    the Báo cáo tab the chosen document is previewed first (the user guide shows its pages)."""
    import time
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()
    reports = window.tabs.get("reports")
    if reports is not None and window.ui.tabs.currentWidget() is reports and reports.ui.previewButton.isEnabled():
        reports.ui.previewButton.click()
        until = time.monotonic() + 30  # rendered on a worker thread
        while reports.preview.pages.page_count() == 0 and time.monotonic() < until:
            app.processEvents()
            time.sleep(0.02)
        settle = time.monotonic() + 1.5  # the PDF view draws its pages on its own thread
        while time.monotonic() < settle:
            app.processEvents()
            time.sleep(0.02)
    ok = window.grab().save(str(path))
    window.close()
    if not ok:
        print(f"Không ghi được ảnh chụp «{path}».", file=sys.stderr)
        return 2
    return 0


def main(argv=None) -> int:
    from ..portable import enable_portable_if_requested
    argv = enable_portable_if_requested(list(sys.argv[1:] if argv is None else argv))
    if "--self-test" in argv:
        from ..selftest import run_self_test
        return run_self_test(argv)
    parser = argparse.ArgumentParser(prog="cchc-desktop", description="CCHC Desktop")
    parser.add_argument("--db", help="tệp cơ sở dữ liệu (mặc định: thư mục dữ liệu của người dùng)")
    parser.add_argument("--tab", choices=TABS, help="mở sẵn một thẻ")
    parser.add_argument("--screenshot", help="vẽ cửa sổ ra tệp PNG rồi thoát")
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện")
    args = parser.parse_args(argv)
    return run_gui(args.db or paths.default_db_path(), tab=args.tab, screenshot=args.screenshot, lang=args.lang)


if __name__ == "__main__":
    sys.exit(main())
