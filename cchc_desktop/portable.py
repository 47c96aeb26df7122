"""Portable mode: keep the database beside the program (USB stick), not in the user's profile.

Normally data lives in the per-user data folder (platformdirs). An officer who carries the
app on a USB stick starts it with `--portable`, or puts an empty file `portable.txt` beside
the executable; then the data folder is `<exe dir>/CCHC-Data`. Must run before anything asks
`paths.data_dir()` (i.e. first thing in each entry point).
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

PORTABLE_FLAG = "--portable"
MARKER_FILE = "portable.txt"
DATA_FOLDER = "CCHC-Data"


def executable_dir() -> Path:
    """The folder of the frozen executable; in a checkout, the folder of the started script."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0] or ".").resolve().parent


def enable_portable_if_requested(argv: list[str] | None = None, exe_dir: Path | None = None) -> list[str]:
    """Sets CCHC_PORTABLE_DIR when asked to; returns argv without the `--portable` flag.

    The flag is removed so the GUI's and the CLI's own argument parsers never see it.
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    asked = PORTABLE_FLAG in argv
    rest = [a for a in argv if a != PORTABLE_FLAG]
    folder = Path(exe_dir) if exe_dir is not None else executable_dir()
    if asked or (folder / MARKER_FILE).is_file():
        os.environ["CCHC_PORTABLE_DIR"] = str(folder / DATA_FOLDER)
    return rest


def is_portable() -> bool:
    return bool(os.environ.get("CCHC_PORTABLE_DIR"))
