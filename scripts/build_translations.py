"""Compiles resources/translations/*.ts into .qm next to them (what `make translations` does).

Usage: .venv\\Scripts\\python scripts\\build_translations.py [--update]
--update first runs lupdate over cchc_desktop/gui and ui/*.ui into cchc_vi.ts (`make ts`):
existing translations are kept, strings gone from the code stay marked obsolete.
"""

from __future__ import annotations

import argparse
import subprocess

from _qt_tools import REPO, qt_tool

TRANSLATIONS = REPO / "resources" / "translations"


def update_sources() -> None:
    gui = REPO / "cchc_desktop" / "gui"
    sources = sorted(p for p in gui.rglob("*.py") if not p.name.startswith("ui_"))
    sources += sorted((REPO / "ui").glob("*.ui"))
    subprocess.run(
        [qt_tool("pyside6-lupdate"), "-locations", "relative", "-source-language", "en_US",
         "-target-language", "vi_VN", *map(str, sources), "-ts", str(TRANSLATIONS / "cchc_vi.ts")],
        check=True,
        cwd=REPO,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--update", action="store_true", help="run lupdate into cchc_vi.ts first")
    args = parser.parse_args()
    if args.update:
        update_sources()
    lrelease = qt_tool("pyside6-lrelease")
    for ts in sorted(TRANSLATIONS.glob("*.ts")):
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
        print(f"translations: {ts.with_suffix('.qm').relative_to(REPO)}")


if __name__ == "__main__":
    main()
