"""Compiles ui/*.ui into cchc_desktop/gui/forms/ui_<name>.py (what `make forms` does).

Usage: .venv\\Scripts\\python scripts\\build_forms.py [--force]
Only forms older than their .ui are rebuilt, unless --force.
"""

from __future__ import annotations

import argparse
import subprocess

from _qt_tools import REPO, qt_tool


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--force", action="store_true", help="rebuild every form")
    args = parser.parse_args()
    forms_dir = REPO / "cchc_desktop" / "gui" / "forms"
    uic = qt_tool("pyside6-uic")
    built = 0
    for ui in sorted((REPO / "ui").glob("*.ui")):
        target = forms_dir / f"ui_{ui.stem}.py"
        if not args.force and target.exists() and target.stat().st_mtime >= ui.stat().st_mtime:
            continue
        forms_dir.mkdir(parents=True, exist_ok=True)
        subprocess.run([uic, str(ui), "-o", str(target)], check=True)
        built += 1
    print(f"forms: {built} compiled")


if __name__ == "__main__":
    main()
