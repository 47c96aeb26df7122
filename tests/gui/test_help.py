"""The user guide opens offline with F1, shows its screenshots and prints to PDF."""
from __future__ import annotations

import shutil
import subprocess

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from cchc_desktop.gui.help import HelpDialog, export_guide_pdf, guide_path, install_help


def test_guide_opens_in_vietnamese_with_every_screenshot_present(qtbot):
    dlg = HelpDialog()
    qtbot.addWidget(dlg)
    text = dlg.browser.toPlainText()
    assert "Hướng dẫn sử dụng" in text and "Kế hoạch khắc phục" in text
    html = guide_path().read_text(encoding="utf-8")
    for name in ("tieu-chi", "cham-diem", "ke-hoach", "bao-cao"):
        assert f'src="anh/{name}.png"' in html
        assert (guide_path().parent / "anh" / f"{name}.png").is_file(), "run scripts/make_guide_screenshots.py"


def test_f1_opens_the_guide(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    action = install_help(window)
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    action.trigger()
    dialogs = window.findChildren(HelpDialog)
    assert dialogs and dialogs[0].isVisible()


def test_guide_exports_to_a_printable_pdf(qtbot, tmp_path):
    pdf = export_guide_pdf(tmp_path / "huong-dan.pdf")
    assert pdf.read_bytes().startswith(b"%PDF")
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
        assert "Chạy từ USB" in text
