"""Forms compiled from ui/*.ui by `make forms` (pyside6-uic).

The generated ui_<name>.py files are not committed. When one is missing or older than
its .ui (a fresh checkout, a test run without make), it is compiled here on the fly so the
app never fails on a step the developer forgot.
"""
from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

FORMS_DIR = Path(__file__).resolve().parent
UI_DIR = FORMS_DIR.parent.parent.parent / "ui"


def _uic() -> str | None:
    beside_python = Path(sys.executable).with_name("pyside6-uic")
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("pyside6-uic")


def _compile_if_stale(name: str) -> None:
    ui_file = UI_DIR / f"{name}.ui"
    py_file = FORMS_DIR / f"ui_{name}.py"
    if not ui_file.exists():  # frozen build: only the compiled forms are shipped
        return
    if py_file.exists() and py_file.stat().st_mtime >= ui_file.stat().st_mtime:
        return
    uic = _uic()
    if uic is None:
        return
    import subprocess  # only in a developer's tree with an edited .ui: 12 ms of every start
    subprocess.run([uic, str(ui_file), "-o", str(py_file)], check=True, capture_output=True)
    importlib.invalidate_caches()


def form_class(name: str):
    """The generated Ui_<Class> of ui/<name>.ui, e.g. form_class("main_window")."""
    _compile_if_stale(name)
    module = importlib.import_module(f"{__name__}.ui_{name}")
    return next(getattr(module, attr) for attr in dir(module) if attr.startswith("Ui_"))
