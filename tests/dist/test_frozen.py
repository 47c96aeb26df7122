"""The frozen bundle (make dist) works on its own: self-test, console twin, data location, size.

Run with `make test-dist`; these tests are marked `dist` and left out of `make test`.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = Path(os.environ.get("CCHC_BUNDLE", ROOT / "dist" / "cchc-desktop"))
EXE = ".exe" if sys.platform == "win32" else ""
SIZE_BUDGET_MB = 200


def _exe(name: str) -> Path:
    path = BUNDLE / f"{name}{EXE}"
    if not path.is_file():
        pytest.fail(f"{path} does not exist: build it first with `make dist`")
    return path


def _clean_env(home: Path) -> dict:
    """A fresh user profile, as on an officer's new PC: no developer database, no portable dir."""
    env = {k: v for k, v in os.environ.items() if k not in ("CCHC_DB", "CCHC_PORTABLE_DIR")}
    env.update(HOME=str(home), XDG_DATA_HOME=str(home / ".local" / "share"), XDG_CONFIG_HOME=str(home / ".config"),
               LOCALAPPDATA=str(home / "AppData" / "Local"), APPDATA=str(home / "AppData" / "Roaming"),
               QT_QPA_PLATFORM="offscreen")
    return env


def test_self_test_renders_every_tab_and_a_vietnamese_pdf(tmp_path):
    out = tmp_path / "ket-qua"
    run = subprocess.run([str(_exe("cchc-desktop")), "--self-test", "--out", str(out)], env=_clean_env(tmp_path),
                         capture_output=True, text=True, encoding="utf-8", timeout=300)
    summary = (out / "ket-qua.txt").read_text(encoding="utf-8")
    assert run.returncode == 0, summary
    assert "TẤT CẢ ĐỀU ĐẠT" in summary
    pdf = out / "tu-kiem-tra.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, encoding="utf-8").stdout
        assert "Độc lập" in text or "KẾ HOẠCH" in text.upper()
    tabs = sorted(out.glob("the-*.png"))
    assert len(tabs) >= 4, f"only {[t.name for t in tabs]} rendered"
    assert all(t.stat().st_size > 5000 for t in tabs)


def test_console_twin_answers_json_and_keeps_data_in_the_user_folder(tmp_path):
    env = _clean_env(tmp_path)
    run = subprocess.run([str(_exe("cchc")), "--json", "units", "list"], env=env, capture_output=True,
                         timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    json.loads(run.stdout.decode("utf-8"))
    created = list(tmp_path.rglob("cchc.sqlite3"))
    assert created and "CCHC Desktop" in str(created[0]), created
    assert not (BUNDLE / "CCHC-Data").exists()


def test_portable_marker_puts_the_database_beside_the_program(tmp_path):
    copy = tmp_path / "usb" / "cchc-desktop"
    shutil.copytree(BUNDLE, copy, symlinks=True)
    (copy / "portable.txt").write_text("", encoding="utf-8")
    run = subprocess.run([str(copy / f"cchc{EXE}"), "--json", "units", "list"], env=_clean_env(tmp_path / "home"),
                         capture_output=True, timeout=120)
    assert run.returncode == 0, run.stderr.decode("utf-8", "replace")
    assert (copy / "CCHC-Data" / "cchc.sqlite3").is_file()
    assert not list((tmp_path / "home").rglob("cchc.sqlite3"))


def test_bundle_fits_the_size_budget():
    _exe("cchc-desktop")
    total = sum(p.stat().st_size for p in BUNDLE.rglob("*") if p.is_file() and not p.is_symlink())
    assert total < SIZE_BUDGET_MB * 1024 * 1024, f"{total / 2**20:.0f} MB"


def test_no_unused_qt_parts_shipped():
    """QtWebEngine, QtQuick/QML or Qt's own translations would blow the size budget."""
    _exe("cchc-desktop")
    names = {p.name for p in BUNDLE.rglob("*")}
    unwanted = [n for n in names if any(k in n for k in ("WebEngine", "Qt6Quick", "Qt6Qml", "Qt63D",
                                                          "Qt6Multimedia", "qtbase_de.qm"))]
    assert not unwanted, unwanted
