"""Opening the database: SQLite with WAL and foreign keys, migrated on open.

A database made by a newer app version is refused untouched; before any upgrade of an
existing file a backup copy is written beside it (SQLite online backup API).
"""
from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Iterator

from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DatabaseError as SADatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from ..services.errors import DatabaseProblem, NeedsDecision
# the revision graph is read without SQLAlchemy/alembic (store.quick_read needs it); re-exported here
from .schema_head import MIGRATIONS_DIR, head_revision, known_revisions  # noqa: F401


class StaleEdit(NeedsDecision):
    """Someone else changed the record between reading and saving (shared server): nothing was written."""


STALE_MESSAGE = ("Bản ghi này vừa được người khác sửa trong lúc bạn đang sửa, nên thay đổi của bạn KHÔNG được ghi "
                 "(để không đè lên thay đổi của họ). Hãy tải lại dữ liệu, xem thay đổi mới rồi sửa lại nếu cần.")
STALE_MESSAGE_EN = ("Someone else changed this record while you were editing it, so your change was NOT saved "
                    "(so as not to overwrite theirs). Reload the data, look at the new change and edit again if needed.")


def _alembic_config():
    from alembic.config import Config  # lazy: alembic is only needed when the schema changes
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def _on_connect(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA journal_mode=WAL")
    # FULL: a commit that returned survives a power cut (an officer's year of work).
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def sqlite_backup(src: Path, dest: Path) -> Path:
    """Consistent copy of a live SQLite file through the online backup API."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.closing(sqlite3.connect(str(src))) as s, contextlib.closing(sqlite3.connect(str(dest))) as d:
        s.backup(d)
    return dest


def is_server_url(path) -> bool:
    return isinstance(path, str) and "://" in path and not path.startswith("sqlite")


class Database:
    """One opened database. `session()` is one transaction."""

    def __init__(self, engine: Engine, path: Path | None):
        self.engine = engine
        self.path = path
        self._factory = sessionmaker(engine, expire_on_commit=False)
        self.last_backup: Path | None = None
        self.url: str | None = None
        self.warnings: list[str] = []

    @property
    def evidence_root(self) -> Path:
        """Where evidence files live: beside a database file, or a shared folder for a server
        database ($CCHC_EVIDENCE_DIR, else the per-user data folder)."""
        import os
        from ..paths import data_dir, evidence_dir
        if self.path is not None:
            return evidence_dir(self.path)
        return Path(os.environ.get("CCHC_EVIDENCE_DIR") or data_dir() / "tai-lieu-may-chu")

    @classmethod
    def open(cls, path: str | Path, *, migrate: bool = True, housekeeping: bool = True) -> "Database":
        if is_server_url(path):
            return cls._open_server(str(path), migrate)
        p = Path(path)
        if p.is_dir():
            raise DatabaseProblem(f"«{p}» là một thư mục, không phải tệp cơ sở dữ liệu.", file=str(p),
                                  en=f"«{p}» is a folder, not a database file.")
        existed = p.exists() and p.stat().st_size > 0
        if not existed:
            try:
                p.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise DatabaseProblem(f"Không tạo được thư mục dữ liệu «{p.parent}»: {exc.strerror}.",
                                      en=f"Could not create the data folder «{p.parent}»: {exc.strerror}.") from exc
        engine = create_engine(f"sqlite:///{p}", future=True)
        event.listen(engine, "connect", _on_connect)
        db = cls(engine, p)
        try:
            if existed:
                db._quick_check()
            current = db.current_revision()
            if migrate:
                db._migrate(current, existed)
        except DatabaseProblem:
            engine.dispose()
            raise
        except (SADatabaseError, OperationalError, sqlite3.DatabaseError) as exc:
            engine.dispose()
            msg = str(getattr(exc, "orig", exc))
            if "locked" in msg:
                raise DatabaseProblem(f"Cơ sở dữ liệu «{p.name}» đang bị một chương trình khác khóa. "
                                      "Hãy đóng cửa sổ CCHC Desktop khác rồi thử lại.", file=str(p),
                                      en=f"The database «{p.name}» is locked by another program. "
                                      "Close the other CCHC Desktop window and try again.") from exc
            if "disk is full" in msg or "disk I/O" in msg:
                raise DatabaseProblem(f"Ổ đĩa chứa «{p.parent}» đã đầy hoặc lỗi, không ghi được «{p.name}». "
                                      "Hãy giải phóng dung lượng rồi mở lại; dữ liệu đã lưu không bị mất.",
                                      file=str(p), en=f"The disk holding «{p.parent}» is full or failing; «{p.name}» "
                                      "cannot be written. Free some space and open it again; saved data is not lost."
                                      ) from exc
            if "readonly" in msg or "unable to open" in msg:
                raise DatabaseProblem(f"Không mở được «{p}» để ghi (thư mục chỉ đọc hoặc không có quyền).",
                                      file=str(p), en=f"Cannot open «{p}» for writing (read-only folder or "
                                      "no permission).") from exc
            raise DatabaseProblem(f"Tệp «{p.name}» không phải cơ sở dữ liệu CCHC hoặc đã bị hỏng ({msg}). "
                                  "Hãy khôi phục từ bản sao lưu gần nhất.", file=str(p),
                                  en=f"The file «{p.name}» is not a CCHC database or is damaged ({msg}). "
                                  "Restore the latest backup.") from exc
        if migrate and housekeeping:
            db._housekeeping()
        return db

    @classmethod
    def _open_server(cls, url: str, migrate: bool) -> "Database":
        """A shared PostgreSQL database (`postgresql+psycopg://…`): same models, same migrations."""
        try:
            engine = create_engine(url, future=True, pool_pre_ping=True)
            db = cls(engine, None)
            db.url = url
            current = db.current_revision()
            if migrate:
                db._migrate(current, existed=True)
        except DatabaseProblem:
            raise
        except Exception as exc:  # driver missing, server down, wrong password…
            raise DatabaseProblem(f"Không kết nối được máy chủ cơ sở dữ liệu ({exc.__class__.__name__}: "
                                  f"{str(exc).splitlines()[0] if str(exc) else ''}). Kiểm tra địa chỉ, "
                                  "tài khoản và mạng nội bộ.",
                                  en=f"Cannot connect to the database server ({exc.__class__.__name__}: "
                                  f"{str(exc).splitlines()[0] if str(exc) else ''}). Check the address, "
                                  "the account and the local network.") from exc
        return db

    def _quick_check(self) -> None:
        """PRAGMA quick_check on an existing file: a damaged file is refused before anything is written."""
        with self.engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
        if rows != ["ok"]:
            raise DatabaseProblem(f"Tệp «{self.path.name}» bị hỏng ({'; '.join(rows[:3])}). "
                                  "Hãy khôi phục từ bản sao lưu gần nhất (cchc restore).", file=str(self.path),
                                  en=f"The file «{self.path.name}» is damaged ({'; '.join(rows[:3])}). "
                                  "Restore the latest backup (cchc restore).")

    def _housekeeping(self) -> None:
        """Copy detection and the day's backup; a failure here warns but never blocks opening."""
        from ..services import backups  # lazy: services build on the store
        try:
            backups.on_open(self)
        except (OSError, SADatabaseError, OperationalError) as exc:
            self.warnings.append(f"Không tạo được bản sao lưu tự động: {exc}")

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            from sqlalchemy import inspect
            if "alembic_version" not in inspect(conn).get_table_names():
                return None
            return conn.execute(text("select version_num from alembic_version")).scalar()

    def _migrate(self, current: str | None, existed: bool) -> None:
        if current == head_revision():
            return
        if current is not None:
            if current not in known_revisions():
                raise DatabaseProblem(
                    f"Cơ sở dữ liệu «{self.path.name if self.path else 'máy chủ'}» được tạo bởi phiên bản CCHC Desktop mới hơn "
                    f"(lược đồ {current}). Hãy cập nhật ứng dụng; tệp không bị thay đổi.",
                    file=str(self.path) if self.path else None,
                    en=f"The database «{self.path.name if self.path else 'server'}» was made by a newer version of "
                    f"CCHC Desktop (schema {current}). Update the application; the file was not changed.")
        if existed and self.path is not None:
            if current is None and not self._has_tables():
                pass  # an empty SQLite file: nothing to keep
            else:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                dest = self.path.with_name(f"{self.path.stem}.truoc-nang-cap-{current or 'none'}-{stamp}.sqlite3")
                self.last_backup = sqlite_backup(self.path, dest)
        from alembic import command
        cfg = _alembic_config()
        with self.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def _has_tables(self) -> bool:
        with self.engine.connect() as conn:
            from sqlalchemy import inspect
            return bool(inspect(conn).get_table_names())

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """One transaction: committed when the block ends, rolled back on any error."""
        s = self._factory()
        try:
            yield s
            s.commit()
        except StaleDataError as exc:
            s.rollback()
            raise StaleEdit(STALE_MESSAGE, en=STALE_MESSAGE_EN) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def read(self) -> Session:
        """A session for reading only (callers close it)."""
        return self._factory()

    def backup_to(self, dest: str | Path) -> Path:
        if self.path is None:
            raise DatabaseProblem("Cơ sở dữ liệu dùng chung trên máy chủ được sao lưu bằng công cụ của máy chủ "
                                  "(pg_dump), không bằng lệnh này.",
                                  en="A shared database on a server is backed up with the server's own tools "
                                  "(pg_dump), not with this command.")
        return sqlite_backup(self.path, Path(dest))

    def close(self) -> None:
        self.engine.dispose()
