"""Shared fixtures: a fresh database per test; Qt renders offscreen."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CCHC_LANG", "vi")

import pytest  # noqa: E402

from cchc_desktop.store.engine import Database  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """No test touches the real per-user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("CCHC_PORTABLE_DIR", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("CCHC_DB", raising=False)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "cchc.sqlite3"


@pytest.fixture
def db(db_path):
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory):
    """Build the demo once per session; each test gets its own copy of the file."""
    from cchc_desktop.services import demo
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database.open(path)
    demo.load(database)
    database.close()
    return path


@pytest.fixture
def demo_db(_demo_template, tmp_path):
    from cchc_desktop.store.engine import sqlite_backup
    path = sqlite_backup(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    yield database
    database.close()
