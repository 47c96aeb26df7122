"""Reading a database file with the stdlib sqlite3 alone, for read-only CLI commands.

Importing SQLAlchemy and configuring the mappers costs more than the whole of `cchc scores show`
otherwise would. A file qualifies only when nothing about opening it needs a decision: it exists,
is at the current schema, its folder passes the cheap start-up checks (writable, disk space —
services.startup), and SQLite opens it read-only. Anything else returns None and the caller opens
it the full way (Database.open), which upgrades with a backup, refuses a newer schema, reports a
corrupt or locked file — exactly as before. Nothing here writes to the file.

What a read-only open skips, on purpose: the PRAGMA quick_check of the whole file (it guards
writes; a damaged page that a query touches still raises, and the caller falls back), the
copy fingerprint and the day's backup (both done by the next command that opens the file fully).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from pathlib import Path
from typing import Iterator

from .schema_head import head_revision

# as services.startup.MIN_FREE_BYTES: below this the full open reports the disk as full
MIN_FREE_BYTES = 50 * 1024 * 1024


def _plain_file(path) -> Path | None:
    if path is None or (isinstance(path, str) and "://" in path):
        return None  # a server URL (or sqlite:// URL) goes the full way
    p = Path(path)
    try:
        if not p.is_file() or p.stat().st_size == 0:
            return None
        folder = p.parent
        if not os.access(folder, os.W_OK):
            return None
        if shutil.disk_usage(folder).free < MIN_FREE_BYTES + 2 * p.stat().st_size:
            return None
    except OSError:
        return None
    return p


@contextlib.contextmanager
def connect(path) -> Iterator[sqlite3.Connection | None]:
    """A read-only sqlite3 connection to a current-schema file, or None (open it the full way)."""
    p = _plain_file(path)
    conn = None
    if p is not None:
        try:
            conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True, timeout=5, isolation_level=None)
            conn.execute("BEGIN")  # one read snapshot for all the queries, even while another window writes
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
            if row is None or row[0] != head_revision():
                conn.close()
                conn = None
        except sqlite3.Error:  # not a database, no alembic_version, locked, damaged: the full open says why
            if conn is not None:
                conn.close()
            conn = None
    try:
        yield conn
    finally:
        if conn is not None:
            conn.close()


def fetcher(conn: sqlite3.Connection):
    """fetch(sql, named params) -> rows, the shape services.score_sheet reads through."""
    def fetch(sql: str, params: dict):
        return conn.execute(sql, params).fetchall()
    return fetch
