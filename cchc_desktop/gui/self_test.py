"""The Qt half of `--self-test` (cchc_desktop/selftest.py runs it): translations, icon, every
tab of the main window rendered offscreen to PNG, and the PDF read back with QtPdf.

Each check becomes a `Step`; a failing tab is reported by name and the others still render,
so support staff see exactly which part of an installation is broken.
"""
from __future__ import annotations

import inspect
import sys
from pathlib import Path

from PySide6.QtCore import QEventLoop, QSize, QTimer, QTranslator
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from .. import APP_NAME, ORG_NAME
from ..domain.text import fold
from ..paths import resources_dir
from ..selftest import Step

WINDOW_SIZE = QSize(1280, 800)
_keep_alive: list = []  # translators must outlive the checks


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "cchc-desktop"])
        app.setApplicationName(APP_NAME)
        app.setOrganizationName(ORG_NAME)
    return app


def _settle(ms: int = 250) -> None:
    """Lets queued paints and the GUI's deferred loads run (no QtTest in the bundle)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def _has_content(image: QImage) -> bool:
    """A blank or single-colour grab means the widget did not paint."""
    if image.isNull():
        return False
    colours = set()
    for x in range(0, image.width(), max(1, image.width() // 40)):
        for y in range(0, image.height(), max(1, image.height() // 40)):
            colours.add(image.pixel(x, y))
            if len(colours) > 4:
                return True
    return False


def check_translations(app: QApplication, lang: str) -> Step:
    folder = resources_dir() / "translations"
    loaded, missing = [], []
    for name in ("qtbase_vi", "cchc_vi"):
        tr = QTranslator(app)
        if tr.load(str(folder / f"{name}.qm")):
            if lang == "vi":
                app.installTranslator(tr)
                _keep_alive.append(tr)
            loaded.append(name)
        else:
            missing.append(name)
    # cchc_vi.qm only exists once the GUI has translatable strings; qtbase_vi.qm always must.
    return Step("Bản dịch tiếng Việt (.qm)", "qtbase_vi" in loaded,
                "nạp " + ", ".join(loaded) + (f"; không có {', '.join(missing)}" if missing else ""))


def check_icon(out_dir: Path) -> Step:
    from PySide6.QtSvg import QSvgRenderer
    svg = resources_dir() / "icons" / "cchc.svg"
    renderer = QSvgRenderer(str(svg)) if svg.is_file() else None
    if renderer is None or not renderer.isValid():
        return Step("Biểu tượng ứng dụng (SVG)", False, f"không đọc được {svg}")
    image = QImage(64, 64, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    target = out_dir / "bieu-tuong.png"
    ok = image.save(str(target)) and _has_content(image)
    return Step("Biểu tượng ứng dụng (SVG)", ok, target.name, [target])


def _make_window(db_path: Path):
    """The GUI's MainWindow, whatever its constructor takes: a Database or a path."""
    from ..store.engine import Database
    from .main_window import MainWindow
    params = [p for p in inspect.signature(MainWindow).parameters.values()
              if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    wants_path = bool(params) and any(w in params[0].name for w in ("path", "file"))
    if wants_path:
        return MainWindow(db_path), None
    db = Database.open(db_path)
    return MainWindow(db), db


def _tab_widget(window: QWidget) -> QTabWidget | None:
    central = window.centralWidget() if hasattr(window, "centralWidget") else None
    if isinstance(central, QTabWidget):
        return central
    found = window.findChildren(QTabWidget)
    return max(found, key=lambda t: t.count()) if found else None


def render_tabs(db_path: Path, out_dir: Path) -> list[Step]:
    try:
        window, db = _make_window(db_path)
    except ImportError as exc:
        return [Step("Cửa sổ chính", False, f"không nạp được main_window ({exc})")]
    except Exception as exc:
        return [Step("Cửa sổ chính", False, f"không mở được: {exc.__class__.__name__}: {exc}")]
    steps: list[Step] = []
    try:
        window.resize(WINDOW_SIZE)
        window.show()
        _settle(400)
        tabs = _tab_widget(window)
        if tabs is None or tabs.count() == 0:
            return [Step("Cửa sổ chính", False, "không tìm thấy các thẻ (QTabWidget)")]
        steps.append(Step("Cửa sổ chính", True, f"{tabs.count()} thẻ"))
        for index in range(tabs.count()):
            label = tabs.tabText(index).replace("&", "")
            name = f"Thẻ «{label}»"
            try:
                tabs.setCurrentIndex(index)
                _settle()
                image = window.grab().toImage()
                target = out_dir / f"the-{index + 1}-{fold(label).replace(' ', '-') or index + 1}.png"
                ok = image.save(str(target)) and _has_content(image)
                steps.append(Step(name, ok, target.name if ok else "vẽ ra ảnh trống", [target]))
            except Exception as exc:  # one broken tab must not hide the others
                steps.append(Step(name, False, f"{exc.__class__.__name__}: {exc}"))
    finally:
        window.close()
        window.deleteLater()
        _settle(50)
        if db is not None:
            db.close()
    return steps


def check_pdf(pdf: Path | None, out_dir: Path) -> Step:
    from PySide6.QtPdf import QPdfDocument
    if pdf is None:
        return Step("Đọc lại PDF (QtPdf)", False, "không có tệp PDF để đọc")
    doc = QPdfDocument()
    doc.load(str(pdf))
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() < 1:
        return Step("Đọc lại PDF (QtPdf)", False, f"QtPdf không mở được {pdf.name} ({doc.error()})")
    image = doc.render(0, QSize(794, 1123))
    target = out_dir / "pdf-trang-1.png"
    ok = image.save(str(target)) and _has_content(image)
    pages = doc.pageCount()
    doc.close()
    return Step("Đọc lại PDF (QtPdf)", ok, f"{pages} trang, ảnh trang 1: {target.name}", [target])


def run_qt_checks(db_path: Path | None, out_dir: Path, pdf: Path | None, lang: str = "vi") -> list[Step]:
    app = _app()
    steps = [check_translations(app, lang)]
    for check, args in ((check_icon, (out_dir,)), (check_pdf, (pdf, out_dir))):
        try:
            steps.append(check(*args))
        except Exception as exc:
            steps.append(Step(check.__name__, False, f"{exc.__class__.__name__}: {exc}"))
    steps += render_tabs(db_path, out_dir) if db_path else [Step("Cửa sổ chính", False, "không có cơ sở dữ liệu")]
    return steps
