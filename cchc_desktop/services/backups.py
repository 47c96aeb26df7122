"""Automatic rotating backups and the copy/restore fingerprint.

Layout (beside the database, in the data folder):
    <data>/sao-luu/<stem>.hang-ngay-YYYYMMDD.sqlite3          one per day, on the first open of the day
    <data>/sao-luu/<stem>.truoc-<reason>-<stamp>.sqlite3       before imports, package applies, restores
    <data>/sao-luu/<stem>-tai-lieu/                            evidence files (content-addressed by SHA-256,
                                                               never changed, so one shared copy serves all)
The last KEEP_DAILY daily and KEEP_EVENT event backups are kept; older ones are deleted.
Copies are made with SQLite's online backup API, so a backup taken while the app writes is consistent.

A database file that was copied or restored must not keep the installation id of its original:
two installations sending packages with the same id and sequence numbers would silently fork or
replay. The file's path + inode are stored at open; when they differ, a new id is assigned and logged.
"""
from __future__ import annotations

import contextlib
import os
import re
import shutil
import sqlite3
import threading
import uuid
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from ..paths import evidence_dir
from ..store.models import SigningKey
from . import audit, settings

KEEP_DAILY = 10
KEEP_EVENT = 10
FINGERPRINT = "db_file_fingerprint"
DAILY_TAG = "hang-ngay"


def backups_dir(db_path: Path) -> Path:
    return Path(db_path).parent / "sao-luu"


def _slug(reason: str) -> str:
    from ..domain.text import fold
    return re.sub(r"[^a-z0-9]+", "-", fold(reason)).strip("-")[:40] or "su-kien"


def copy_evidence(db_path: Path, dest_dir: Path) -> int:
    """Copies evidence files missing from dest_dir (they never change once stored); returns how many."""
    src = evidence_dir(Path(db_path))
    if not src.is_dir():
        return 0
    n = 0
    for f in src.rglob("*"):
        if f.is_file():
            target = dest_dir / f.relative_to(src)
            if not target.exists() or target.stat().st_size != f.stat().st_size:
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(f, target)
                n += 1
    return n


def _rotate(folder: Path, stem: str) -> None:
    daily = sorted(folder.glob(f"{stem}.{DAILY_TAG}-*.sqlite3"))
    events = sorted((p for p in folder.glob(f"{stem}.truoc-*.sqlite3")), key=lambda p: p.stat().st_mtime)
    for old in daily[:-KEEP_DAILY] + events[:-KEEP_EVENT]:
        old.unlink(missing_ok=True)


def _copy(src: Path, dest: Path, copied=None) -> Path:
    """SQLite's online backup API (consistent while the app writes) into a temporary file written
    without a journal or per-page syncs, synced once and renamed into place: a crash leaves either
    no backup or a whole one. `copied()` is called once the snapshot is complete, before the sync
    (which is most of the time on a 36 MB province database): a caller may start writing then."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".tmp")
    try:
        with contextlib.closing(sqlite3.connect(str(src))) as source, \
                contextlib.closing(sqlite3.connect(str(tmp))) as target:
            target.execute("PRAGMA journal_mode=OFF")   # a fresh file: nothing to roll back to
            target.execute("PRAGMA synchronous=OFF")    # one fsync below instead
            source.backup(target)
        if copied is not None:
            copied()
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest


def backup_before(db, reason: str, copied=None) -> Path | None:
    """A consistent copy taken before a risky change (import, package, restore). None on a server database.
    `copied()`, if given, is called as soon as the copy holds the database as it was (see `_copy`)."""
    if getattr(db, "path", None) is None:
        if copied is not None:
            copied()
        return None
    folder = backups_dir(db.path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    dest = _copy(db.path, folder / f"{db.path.stem}.truoc-{_slug(reason)}-{stamp}.sqlite3", copied)
    copy_evidence(db.path, folder / f"{db.path.stem}-tai-lieu")
    _rotate(folder, db.path.stem)
    return dest


class BackupInBackground:
    """`backup_before` on a thread, so the copy overlaps work that only reads (an import reading and
    checking its workbook) and its sync to disk overlaps the import's own work.

    `wait_copied()` before the first write: from then on the copy holds the database as it was
    (it raises what the backup raised, so a failed backup still stops the import before it writes).
    `finish()` at the end: the copy is on disk and rotated; returns its path or raises."""

    def __init__(self, db, reason: str):
        self._result: Path | None = None
        self._error: BaseException | None = None
        self._copied = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(db, reason), name="cchc-backup", daemon=True)
        self._thread.start()

    def _run(self, db, reason: str) -> None:
        try:
            self._result = backup_before(db, reason, copied=self._copied.set)
        except BaseException as exc:   # handed to the caller by wait_copied()/finish()
            self._error = exc
        finally:
            self._copied.set()

    def wait_copied(self) -> None:
        self._copied.wait()
        if self._error is not None:
            self._thread.join()
            raise self._error

    def finish(self) -> Path | None:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result


def daily_backup(db, today: datetime | None = None) -> Path | None:
    """The first open of a day keeps a copy of the database as it was; later opens that day do nothing."""
    if getattr(db, "path", None) is None or not db.path.exists():
        return None
    folder = backups_dir(db.path)
    dest = folder / f"{db.path.stem}.{DAILY_TAG}-{(today or datetime.now()).strftime('%Y%m%d')}.sqlite3"
    if dest.exists():
        return None
    _copy(db.path, dest)
    copy_evidence(db.path, folder / f"{db.path.stem}-tai-lieu")
    _rotate(folder, db.path.stem)
    return dest


def list_backups(db_path: Path) -> list[Path]:
    """Newest first: what the officer can restore from."""
    folder = backups_dir(Path(db_path))
    if not folder.is_dir():
        return []
    stem = Path(db_path).stem
    found = [p for p in folder.glob(f"{stem}.*.sqlite3") if p.is_file()]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def latest_backup(db_path) -> Path | None:
    found = list_backups(Path(db_path))
    return found[0] if found else None


def file_fingerprint(path: Path) -> str:
    st = os.stat(path)
    return f"{Path(path).resolve()}|{st.st_ino}"


def new_installation_id(s, why: str) -> str:
    """Gives this database a new identity (also on its own signing key, which packages carry)."""
    old = settings.get(s, settings.INSTALLATION_ID)
    new = str(uuid.uuid4())
    settings.put(s, settings.INSTALLATION_ID, new)
    for key in s.execute(select(SigningKey).where(SigningKey.own.is_(True))).scalars():
        key.installation_id = new
    audit.record(s, "installation.new_id", "setting", settings.INSTALLATION_ID,
                 before={"installation_id": old}, after={"installation_id": new}, reason=why)
    return new


def check_fingerprint(db) -> str | None:
    """Called at open: a copied or restored file gets a new installation id. Returns the new id or None."""
    if getattr(db, "path", None) is None or not db.path.exists():
        return None
    current = file_fingerprint(db.path)
    with db.session() as s:
        stored = settings.get(s, FINGERPRINT)
        if stored == current:
            return None
        settings.put(s, FINGERPRINT, current)
        if stored is None or settings.get(s, settings.INSTALLATION_ID) is None:
            return None  # first open, or no identity yet: nothing to protect
        return new_installation_id(
            s, f"Tệp cơ sở dữ liệu đã được sao chép, di chuyển hoặc khôi phục (trước: {stored.split('|')[0]}); "
               "cấp mã cài đặt mới để các gói gửi đi không trùng với bản gốc.")


def on_open(db) -> None:
    """Housekeeping after a successful open: fingerprint first (cheap), then the day's backup."""
    check_fingerprint(db)
    daily_backup(db)
