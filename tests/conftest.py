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


# `make test-pg` sets CCHC_TEST_DB_URL (postgresql+psycopg://…): the `db` and `demo_db` fixtures then give
# a fresh PostgreSQL database per test, copied from a migrated (or demo-filled) template database.
PG_URL = os.environ.get("CCHC_TEST_DB_URL")


class _PgServer:
    def __init__(self, url: str):
        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url
        self.url = make_url(url)
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT")
        self.n = 0

    def url_of(self, name: str) -> str:
        return self.url.set(database=name).render_as_string(hide_password=False)

    def create(self, name: str, template: str | None = None) -> str:
        from sqlalchemy import text
        with self.admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
            c.execute(text(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else "")))
        return self.url_of(name)

    def drop(self, name: str) -> None:
        from sqlalchemy import text
        with self.admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def fresh(self, template: str) -> tuple[str, str]:
        self.n += 1
        name = f"t{os.getpid()}_{self.n}"
        return name, self.create(name, template)


def pytest_configure(config):
    config.addinivalue_line("markers", "sqlite_file: about the SQLite file itself (backups, crash, start-up "
                                       "checks); not run against PostgreSQL")


def pytest_collection_modifyitems(config, items):
    if PG_URL:
        skip = pytest.mark.skip(reason="SQLite file behaviour; CCHC_TEST_DB_URL points at PostgreSQL")
        for item in items:
            if "sqlite_file" in item.keywords:
                item.add_marker(skip)


@pytest.fixture(scope="session")
def _pg():
    if not PG_URL:
        yield None
        return
    server = _PgServer(PG_URL)
    Database.open(server.create("cchc_tmpl")).close()
    yield server
    server.admin.dispose()


@pytest.fixture
def db(db_path, _pg):
    if _pg is not None:
        name, url = _pg.fresh("cchc_tmpl")
        database = Database.open(url)
        yield database
        database.close()
        _pg.drop(name)
        return
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory, _pg):
    """Build the demo once per session; each test gets its own copy of the file."""
    from cchc_desktop.services import demo
    if _pg is not None:
        database = Database.open(_pg.create("cchc_demo_tmpl", "cchc_tmpl"))
        demo.load(database)
        database.close()
        return "cchc_demo_tmpl"
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    database = Database.open(path)
    demo.load(database)
    database.close()
    return path


@pytest.fixture
def demo_db(_demo_template, tmp_path, _pg):
    if _pg is not None:
        name, url = _pg.fresh(_demo_template)
        database = Database.open(url)
        yield database
        database.close()
        _pg.drop(name)
        return
    from cchc_desktop.store.engine import sqlite_backup
    path = sqlite_backup(_demo_template, tmp_path / "demo.sqlite3")
    database = Database.open(path)
    yield database
    database.close()
