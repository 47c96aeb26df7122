"""The layering rule users never see but always rely on: the core (domain, store,
services, io) works without Qt, so the `cchc` command, the tests and the
benchmarks run on a machine without a display and the GUI stays a thin face.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PACKAGE = REPO / "cchc_desktop"
CORE_LAYERS = ("domain", "store", "services", "io")
CONTRACT_NAME = "Qt only in the GUI layer"
QT_BINDINGS = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "PySide2")


def _is_qt(module: str | None) -> bool:
    return bool(module) and module.split(".")[0] in QT_BINDINGS


def _qt_imports(path: Path) -> list[str]:
    """Every Qt import in one file, as 'line: module' (dynamic imports included)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0:
            names = [node.module or ""]
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                names = [node.args[0].value]
        found += [f"{node.lineno}: {name}" for name in names if _is_qt(name)]
    return found


def test_no_core_module_imports_qt():
    scanned, offenders = 0, {}
    for layer in CORE_LAYERS:
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            scanned += 1
            hits = _qt_imports(path)
            if hits:
                offenders[str(path.relative_to(REPO))] = hits
    assert scanned > 0, "no module found under cchc_desktop/{domain,store,services,io}"
    assert not offenders, f"Qt imported outside cchc_desktop/gui: {offenders}"


def test_the_scan_would_catch_a_qt_import(tmp_path):
    # Guards the guard: a scanner that never finds anything proves nothing.
    sample = tmp_path / "sample.py"
    sample.write_text(
        "import os\nfrom PySide6.QtCore import QObject\nimport importlib\n"
        "importlib.import_module('shiboken6')\n",
        encoding="utf-8",
    )
    assert _qt_imports(sample) == ["2: PySide6.QtCore", "4: shiboken6"]


def test_pyproject_declares_the_qt_contract():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    contract = next(c for c in contracts if c["name"] == CONTRACT_NAME)
    assert contract["type"] == "forbidden"
    assert set(contract["source_modules"]) == {f"cchc_desktop.{layer}" for layer in CORE_LAYERS}
    assert {"PySide6", "cchc_desktop.gui"} <= set(contract["forbidden_modules"])


def _without_banner(output: str) -> str:
    # lint-imports opens with a box-drawing logo; keep only the readable lines.
    return "\n".join(line for line in output.splitlines() if not any(ch in line for ch in "╔╚║═"))


def test_import_linter_keeps_the_qt_contract():
    assert (PACKAGE / "gui" / "__init__.py").exists(), (
        "cchc_desktop/gui/__init__.py is missing: the contract forbids cchc_desktop.gui, "
        "and import-linter refuses to check a contract naming a module that does not exist"
    )
    scripts_dir = Path(sys.executable).parent  # .venv/bin, or .venv\Scripts on Windows
    lint_imports = shutil.which("lint-imports", path=str(scripts_dir))
    assert lint_imports, f"import-linter is not installed in {scripts_dir}"
    result = subprocess.run(
        [lint_imports, "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = _without_banner(result.stdout + result.stderr)
    assert result.returncode == 0, report
    assert f"{CONTRACT_NAME} KEPT" in report, report
