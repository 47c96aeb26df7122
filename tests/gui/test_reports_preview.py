"""Báo cáo tab print preview on the demo: pages, signer override, Word export, printing."""
from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter

TIMEOUT = 60_000


def pdf_text(path) -> str:
    return " ".join(subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                                   encoding="utf-8").stdout.split())


@pytest.fixture
def reports(window, qtbot):
    """The Reports tab on Tuy Đức with the 2023 plan's preview loaded."""
    window.show_tab("reports")
    tab = window.tab("reports")
    tab.setProperty("no_dialogs", True)
    tab.select("plan")
    assert "65/KH-UBND" in tab.ui.reportScope.text()
    with qtbot.waitSignal(tab.preview.rendered, timeout=TIMEOUT) as blocker:
        tab.ui.previewButton.click()
    tab.rendered = blocker.args[0]
    return tab


def test_plan_preview_shows_every_page_the_service_rendered(reports, qtbot):
    pages = reports.preview.pages
    assert reports.rendered["pages"] > 1
    assert pages.page_count() == reports.rendered["pages"]
    assert "Võ Quốc Tuấn" in pdf_text(reports.rendered["path"])
    # navigation: the next page button moves on and the page box follows
    pages.next_button.click()
    qtbot.waitUntil(lambda: pages.current_page() == 1)
    assert pages.page_spin.value() == 2 and pages.page_total.text() == f"/ {pages.page_count()}"
    pages.set_zoom(1.5)
    assert pages.zoom_combo.currentText() == "150 %"


def test_changing_the_signer_name_re_renders_the_preview(reports, qtbot):
    form = reports.preview.form
    assert form.name_edit.text() == "Võ Quốc Tuấn" and form.number_edit.text() == "65/KH-UBND"
    form.name_edit.setText("Nguyễn Thị Hoa")
    form.name_edit.textEdited.emit("Nguyễn Thị Hoa")
    with qtbot.waitSignal(reports.preview.rendered, timeout=TIMEOUT) as blocker:
        pass
    text = pdf_text(blocker.args[0]["path"])
    assert "Nguyễn Thị Hoa" in text and "Võ Quốc Tuấn" not in text
    assert reports.preview.pages.page_count() == blocker.args[0]["pages"]


def test_authority_and_number_reach_the_printed_plan(reports, qtbot):
    form = reports.preview.form
    form.authority_combo.setCurrentIndex(form.authority_combo.findData("TUQ."))
    form.number_edit.setText("70/KH-UBND")
    with qtbot.waitSignal(reports.preview.rendered, timeout=TIMEOUT) as blocker:
        form.apply_button.click()
    text = pdf_text(blocker.args[0]["path"])
    assert "Số: 70/KH-UBND" in text and "TUQ. CHỦ TỊCH" in text


def test_save_as_word_writes_the_21_tasks_and_remembers_the_folder(reports, qtbot, tmp_path):
    from docx import Document
    from PySide6.QtCore import QSettings
    target = tmp_path / "out" / "ke-hoach"
    target.parent.mkdir()
    with qtbot.waitSignal(reports.preview.saved, timeout=TIMEOUT) as blocker:
        reports.preview.save_to(target, "docx")
    saved = Path(blocker.args[0])
    assert saved.suffix == ".docx" and saved.exists()
    doc = Document(str(saved))
    table = doc.tables[-1]
    task_rows = [r for r in table.rows[1:] if r.cells[0].text.strip().isdigit()]
    assert len(task_rows) == 21
    assert QSettings().value("reports/last_folder") == str(target.parent)
    assert reports.preview.last_folder() == str(target.parent)


def test_save_pdf_renders_into_the_chosen_file(reports, qtbot, tmp_path):
    with qtbot.waitSignal(reports.preview.saved, timeout=TIMEOUT):
        reports.preview.save_to(tmp_path / "kh.pdf", "pdf")
    assert "KẾ HOẠCH" in pdf_text(tmp_path / "kh.pdf")


def test_printing_to_a_pdf_printer_writes_every_page(reports, tmp_path):
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    sent = reports.preview.print_to(printer)
    assert sent == reports.rendered["pages"]
    info = subprocess.run(["pdfinfo", "-l", "-1", str(tmp_path / "printed.pdf")], capture_output=True,
                          text=True).stdout
    assert re.search(rf"^Pages:\s+{sent}$", info, re.M)
    sizes = [line.split("size:")[1].split("pts")[0].split(" x ") for line in info.splitlines()
             if line.startswith("Page") and "size:" in line]
    orientations = {float(w) > float(h) for w, h in sizes}
    assert orientations == {False, True}  # portrait plan pages and landscape appendix pages


def test_scorecard_preview_has_no_signer_form_or_word_button(window, qtbot):
    window.show_tab("reports")
    tab = window.tab("reports")
    tab.setProperty("no_dialogs", True)
    tab.select("scorecard")
    with qtbot.waitSignal(tab.preview.rendered, timeout=TIMEOUT) as blocker:
        tab.ui.previewButton.click()
    assert tab.preview.pages.page_count() == blocker.args[0]["pages"]
    assert not tab.preview.form.isEnabled() and not tab.preview.docx_button.isVisible()


def test_cancel_stops_the_render_quietly_and_keeps_the_old_preview(reports, qtbot):
    before = reports.preview.pages.path
    failures = []
    reports.preview.failed.connect(failures.append)
    with qtbot.waitSignal(reports.status_message, timeout=TIMEOUT,
                          check_params_cb=lambda m: "hủy" in m) as blocker:
        reports.preview.refresh()
        reports.preview.task.dialog.canceled.emit()  # what the progress dialog's Hủy button sends
    assert "không có tệp nào được ghi" in blocker.args[0]
    assert failures == [] and reports.preview.pages.path == before


def test_progress_report_takes_the_signer_but_not_the_plan_number(window, qtbot):
    window.show_tab("reports")
    tab = window.tab("reports")
    tab.setProperty("no_dialogs", True)
    tab.select("progress")
    with qtbot.waitSignal(tab.preview.rendered, timeout=TIMEOUT):
        tab.ui.previewButton.click()
    form = tab.preview.form
    assert form.isEnabled() and form.name_edit.text() == "Võ Quốc Tuấn" and form.number_edit.text() == ""
    form.name_edit.setText("Trần Văn Bình")
    with qtbot.waitSignal(tab.preview.rendered, timeout=TIMEOUT) as blocker:
        form.apply_button.click()
    assert "Trần Văn Bình" in pdf_text(blocker.args[0]["path"])
