"""Where things live: the per-user data folder (platformdirs) and the bundled resources."""
from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir

APP_DIR_NAME = "CCHC Desktop"


def resources_dir() -> Path:
    """resources/ beside the package in a checkout, or inside the PyInstaller bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def data_dir() -> Path:
    portable = os.environ.get("CCHC_PORTABLE_DIR")
    if portable:
        return Path(portable)
    return Path(user_data_dir(APP_DIR_NAME, appauthor=False))


def default_db_path() -> Path:
    env = os.environ.get("CCHC_DB")
    if env:
        return Path(env)
    return data_dir() / "cchc.sqlite3"


def evidence_dir(db_path: Path) -> Path:
    """Evidence files sit beside the database they belong to, named by SHA-256."""
    return db_path.with_name(db_path.stem + "-tai-lieu")


def crash_log() -> Path:
    """The one log file support staff ask for: technical details never shown to officers."""
    return data_dir() / "cchc-loi.log"


def log_current_exception() -> Path | None:
    """Append the traceback being handled to the crash log; None when even that fails."""
    import traceback
    try:
        log = crash_log()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as fh:
            fh.write(traceback.format_exc() + "\n")
        return log
    except Exception:
        return None


def font_path(style: str = "Regular") -> Path:
    return resources_dir() / "fonts" / f"LiberationSerif-{style}.ttf"
