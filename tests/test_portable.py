"""--portable / portable.txt put the data folder beside the executable, never in the profile."""
from __future__ import annotations

from cchc_desktop import paths
from cchc_desktop.portable import enable_portable_if_requested


def test_flag_moves_database_beside_the_executable(tmp_path, monkeypatch):
    monkeypatch.delenv("CCHC_PORTABLE_DIR", raising=False)
    rest = enable_portable_if_requested(["--portable", "gui", "--tab", "plans"], exe_dir=tmp_path)
    assert rest == ["gui", "--tab", "plans"]
    assert paths.default_db_path() == tmp_path / "CCHC-Data" / "cchc.sqlite3"


def test_marker_file_beside_the_executable_is_enough(tmp_path, monkeypatch):
    monkeypatch.delenv("CCHC_PORTABLE_DIR", raising=False)
    (tmp_path / "portable.txt").write_text("", encoding="utf-8")
    assert enable_portable_if_requested([], exe_dir=tmp_path) == []
    assert paths.data_dir() == tmp_path / "CCHC-Data"


def test_without_flag_or_marker_data_stays_in_the_user_folder(tmp_path, monkeypatch):
    monkeypatch.delenv("CCHC_PORTABLE_DIR", raising=False)
    enable_portable_if_requested(["gui"], exe_dir=tmp_path)
    assert tmp_path not in paths.data_dir().parents
    assert "CCHC Desktop" in str(paths.data_dir())


def test_portable_database_is_really_created_there(tmp_path, monkeypatch):
    """A CLI run with --portable writes its database into CCHC-Data beside the program."""
    from cchc_desktop.cli import main as cli_main
    monkeypatch.delenv("CCHC_PORTABLE_DIR", raising=False)
    rest = enable_portable_if_requested(["--portable", "units", "list"], exe_dir=tmp_path)
    assert cli_main(rest) == 0
    assert (tmp_path / "CCHC-Data" / "cchc.sqlite3").is_file()
