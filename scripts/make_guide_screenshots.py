"""Screenshots for the user guide, made by the app itself: `cchc gui --tab X --screenshot F`
on a fresh demo database, into resources/help/anh/. Run by installer/build.sh before
freezing, so the guide always shows the current version of every tab.

    python scripts/make_guide_screenshots.py [--out resources/help/anh]
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABS = {"criteria": "tieu-chi", "scores": "cham-diem", "plans": "ke-hoach", "reports": "bao-cao"}


def cchc(*args: str, env: dict) -> int:
    return subprocess.run([sys.executable, "-m", "cchc_desktop.cli", *args], cwd=ROOT, env=env).returncode


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=str(ROOT / "resources" / "help" / "anh"))
    out = Path(p.parse_args(argv).out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="cchc-anh-") as tmp:
        # a clean profile: the screenshots never show the developer's own data or window layout
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CCHC_LANG": "vi", "HOME": tmp,
               "XDG_CONFIG_HOME": str(Path(tmp) / "config"), "CCHC_PORTABLE_DIR": str(Path(tmp) / "data")}
        env.pop("CCHC_DB", None)
        db = str(Path(tmp) / "demo.sqlite3")
        if cchc("--db", db, "demo", env=env) != 0:
            print("make_guide_screenshots: demo data failed", file=sys.stderr)
            return 1
        failed = [tab for tab, name in TABS.items()
                  if cchc("--db", db, "gui", "--tab", tab, "--screenshot", str(out / f"{name}.png"), env=env) != 0]
    if failed:
        print(f"make_guide_screenshots: failed for {', '.join(failed)}", file=sys.stderr)
        return 1
    print(f"make_guide_screenshots: {len(TABS)} screenshots in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
