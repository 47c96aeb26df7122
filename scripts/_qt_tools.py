"""Finds the PySide6 command-line tools of the running interpreter's environment
(.venv/bin on Linux, .venv\\Scripts on Windows), for machines without make."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def qt_tool(name: str) -> str:
    scripts_dir = Path(sys.executable).parent
    found = shutil.which(name, path=str(scripts_dir)) or shutil.which(name)
    if not found:
        sys.exit(f"{name} not found next to {sys.executable}: run pip install -e .[dev] first")
    return found
