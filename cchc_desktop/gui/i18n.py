"""Languages: Vietnamese by default, English selectable, switched live.

Our strings are English in the source (self.tr) and translated by cchc_vi.qm; Qt's own
strings (buttons, dialogs) by our qtbase_vi.qm, since Qt ships no Vietnamese. A missing .qm
(a checkout where `make translations` never ran) is compiled on the fly from its .ts when
pyside6-lrelease is at hand; otherwise the app carries on in English rather than failing.
"""
from __future__ import annotations

import logging
import os
import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from .. import paths

log = logging.getLogger(__name__)

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
SETTINGS_KEY = "ui/language"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return paths.resources_dir() / "translations"


def _lrelease() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-lrelease")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def ensure_qm(stem: str) -> Path | None:
    """The compiled .qm of <stem>.ts, built now if missing or older than the .ts."""
    ts = translations_dir() / f"{stem}.ts"
    qm = ts.with_suffix(".qm")
    stale = ts.exists() and (not qm.exists() or qm.stat().st_mtime < ts.stat().st_mtime)
    if stale:
        tool = _lrelease()
        if tool:
            import subprocess  # only for a stale .qm (a developer's tree): 12 ms of every start
            try:
                subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True, capture_output=True,
                               timeout=60)
            except (OSError, subprocess.SubprocessError) as exc:
                log.warning("lrelease failed for %s: %s", ts, exc)
    return qm if qm.exists() else None


def saved_language() -> str:
    """--lang beats $CCHC_LANG beats the remembered choice beats Vietnamese."""
    env = os.environ.get("CCHC_LANG")
    value = QSettings().value(SETTINGS_KEY, env or DEFAULT_LANGUAGE)
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def remember_language(lang: str) -> None:
    QSettings().setValue(SETTINGS_KEY, lang)


def current_language() -> str:
    return QCoreApplication.instance().property("cchc_language") or DEFAULT_LANGUAGE


def apply_language(lang: str) -> bool:
    """Install the translators of `lang` (English = none); widgets get a LanguageChange event.

    Returns False when Vietnamese was asked for but its translation could not be loaded.
    """
    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
    app.setProperty("cchc_language", lang)
    ok = True
    if lang == "vi":
        QLocale.setDefault(QLocale("vi_VN"))
        for stem in ("qtbase_vi", "cchc_vi"):
            qm = ensure_qm(stem)
            tr = QTranslator(app)
            if qm and tr.load(str(qm)):
                app.installTranslator(tr)
                _installed.append(tr)
            else:
                log.warning("translation %s not loaded", stem)
                ok = ok and stem != "cchc_vi"
    else:
        QLocale.setDefault(QLocale("en_GB"))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        tr = QTranslator(app)
        if tr.load("qtbase_en", qt_dir):
            app.installTranslator(tr)
            _installed.append(tr)
    return ok


def error_text(exc) -> str:
    """A refusal from the services in the interface's language: their English text when one was
    written (CchcError.text), else the Vietnamese message; any other exception as it prints."""
    text = getattr(exc, "text", None)
    if callable(text):
        return text(current_language())
    return getattr(exc, "message", None) or str(exc)
