"""`cchc-desktop --self-test` in a checkout: every tab rendered, the plan PDF written and read back."""
from __future__ import annotations

from cchc_desktop.launcher import gui_main


def test_self_test_passes_and_leaves_its_evidence(qtbot, tmp_path, capsys):
    out = tmp_path / "ket-qua"
    assert gui_main(["--self-test", "--out", str(out)]) == 0
    summary = (out / "ket-qua.txt").read_text(encoding="utf-8")
    assert "TẤT CẢ ĐỀU ĐẠT" in summary and "LỖI" not in summary.replace("CÓ LỖI", "")
    assert (out / "tu-kiem-tra.pdf").read_bytes().startswith(b"%PDF")
    assert len(list(out.glob("the-*.png"))) == 4 and (out / "pdf-trang-1.png").is_file()
    assert "TẤT CẢ ĐỀU ĐẠT" in capsys.readouterr().out


def test_a_failing_step_makes_the_exit_status_non_zero(qtbot, tmp_path, monkeypatch):
    from cchc_desktop import selftest
    monkeypatch.setattr(selftest, "write_pdf", lambda db, out: selftest.Step("Xuất PDF", False, "hỏng thử"))
    out = tmp_path / "ket-qua"
    assert selftest.run_self_test(["--self-test", "--out", str(out)]) == 1
    assert "[LỖI ] Xuất PDF: hỏng thử" in (out / "ket-qua.txt").read_text(encoding="utf-8")
