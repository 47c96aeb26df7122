import sqlite3

import pytest
from sqlalchemy import text

from cchc_desktop.services.errors import DatabaseProblem
from cchc_desktop.store.engine import Database, head_revision


def test_new_file_is_migrated_to_head_with_wal_and_foreign_keys(db_path):
    db = Database.open(db_path)
    assert db.current_revision() == head_revision()
    with db.session() as s:
        assert s.execute(text("pragma journal_mode")).scalar() == "wal"
        assert s.execute(text("pragma foreign_keys")).scalar() == 1
        levels = {r[0] for r in s.execute(text("select code from unit_level"))}
    assert {"tinh", "so", "huyen", "xa", "phong"} <= levels
    db.close()


def test_migrations_from_empty_build_every_model_table(db_path):
    from cchc_desktop.store.models import Base
    db = Database.open(db_path)
    with db.session() as s:
        tables = {r[0] for r in s.execute(text("select name from sqlite_master where type='table'"))}
    assert set(Base.metadata.tables) <= tables
    db.close()


def test_database_from_a_newer_version_is_refused_and_untouched(db_path):
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as con:
        con.execute("update alembic_version set version_num='9999_future'")
    before = db_path.read_bytes()
    with pytest.raises(DatabaseProblem) as exc:
        Database.open(db_path)
    assert exc.value.exit_code == 5
    assert "mới hơn" in exc.value.message
    assert db_path.read_bytes() == before


def test_upgrade_of_an_existing_database_leaves_a_backup(db_path):
    Database.open(db_path).close()
    with sqlite3.connect(db_path) as con:  # pretend the file predates the current schema
        con.execute("drop table conflict")
        con.execute("delete from alembic_version")
        con.execute("create table marker(x)")
    with pytest.raises(DatabaseProblem):
        Database.open(db_path)  # re-running 0001 on a half-built file fails cleanly…
    backups = list(db_path.parent.glob("cchc.truoc-nang-cap-*.sqlite3"))
    assert backups, "a backup is written before any upgrade"
    with sqlite3.connect(backups[0]) as con:  # …and the backup holds the old content
        assert con.execute("select count(*) from sqlite_master where name='marker'").fetchone()[0] == 1


def test_file_that_is_not_a_database_gets_a_clear_message(tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("đây không phải cơ sở dữ liệu " * 100)
    with pytest.raises(DatabaseProblem) as exc:
        Database.open(bad)
    assert "không phải cơ sở dữ liệu CCHC" in exc.value.message


def test_transaction_rolls_back_on_error(db):
    from cchc_desktop.store.models import Unit
    with pytest.raises(RuntimeError):
        with db.session() as s:
            s.add(Unit(code="X", name="Xã X", level="xa"))
            s.flush()
            raise RuntimeError("boom")
    with db.read() as s:
        assert s.query(Unit).count() == 0


def test_database_at_an_older_schema_is_upgraded_with_data_kept_and_backed_up(db_path):
    """A file made by the first release (schema 0001) opens in this one: columns added, rows kept."""
    from alembic import command
    from cchc_desktop.store.engine import _alembic_config
    from sqlalchemy import create_engine
    engine = create_engine(f"sqlite:///{db_path}")
    cfg = _alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.exec_driver_sql("insert into unit (code, name, level, uuid, revision, base_revision, updated_at, "
                             "deleted) values ('X', 'Xã X', 'xa', 'u-1', 1, 0, '2025-01-01', 0)")
    engine.dispose()
    db = Database.open(db_path)
    assert db.current_revision() == head_revision()
    assert db.last_backup is not None and db.last_backup.exists()
    with db.session() as s:
        assert s.execute(text("select name from unit")).scalar() == "Xã X"
        cols = {r[1] for r in s.execute(text("pragma table_info(remediation_plan)"))}
    assert {"preamble", "closing"} <= cols
    db.close()


def test_fast_revision_reading_agrees_with_alembic():
    """The CLI reads the head from the migration files without importing alembic; it must match."""
    from alembic.script import ScriptDirectory
    from cchc_desktop.store.engine import _alembic_config, known_revisions
    script = ScriptDirectory.from_config(_alembic_config())
    assert head_revision() == script.get_current_head()
    assert known_revisions() == {r.revision for r in script.walk_revisions()}
