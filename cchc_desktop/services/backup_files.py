"""`cchc backup --out F` / `cchc restore F`: the database together with its evidence files.

Two forms, chosen by the name of F:
- `F.zip`: one file to carry on a USB stick — `cchc.sqlite3` (consistent online-backup copy),
  `tai-lieu/<sha256…>` (evidence files) and `thong-tin.json` (app version, date, counts).
- any other name (`F.sqlite3`): the copy itself, with its evidence in the folder `F-tai-lieu/`
  beside it — exactly where the app looks for evidence of a database at F, so the copy opens as is.
Restoring keeps a copy of the current database in sao-luu/, replaces the file atomically (a new
file, so a new inode) and gives the restored database a new installation id.
"""
from __future__ import annotations

import contextlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from datetime import datetime
from pathlib import Path, PurePosixPath

from .. import __version__
from ..paths import evidence_dir
from ..store.engine import Database, sqlite_backup
from . import backups
from .errors import InputRejected

DB_NAME = "cchc.sqlite3"
EVIDENCE = "tai-lieu"


def export_backup(db, out) -> dict:
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    if out.suffix.lower() != ".zip":
        db.backup_to(out)
        files = backups.copy_evidence(db.path, evidence_dir(out))
        return {"path": str(out), "evidence_files": files, "evidence_dir": str(evidence_dir(out))}
    with tempfile.TemporaryDirectory() as tmp:
        copy = db.backup_to(Path(tmp) / DB_NAME)
        tmp_zip = out.with_name(out.name + ".dang-ghi")
        n = 0
        with zipfile.ZipFile(tmp_zip, "w", zipfile.ZIP_DEFLATED) as z:
            z.write(copy, DB_NAME)
            src = evidence_dir(db.path)
            if src.is_dir():
                for f in sorted(src.rglob("*")):
                    if f.is_file():
                        z.write(f, f"{EVIDENCE}/{f.relative_to(src).as_posix()}")
                        n += 1
            z.writestr("thong-tin.json", json.dumps({"app_version": __version__, "evidence_files": n,
                                                     "made_at": datetime.now().isoformat(timespec="seconds")}))
        os.replace(tmp_zip, out)  # a half-written zip never carries the final name
    return {"path": str(out), "evidence_files": n}


def _safe_member(name: str) -> PurePosixPath | None:
    p = PurePosixPath(name)
    if p.is_absolute() or ".." in p.parts or len(p.parts) < 2 or p.parts[0] != EVIDENCE:
        return None
    return p


def _check_copy(path: Path, shown: Path) -> None:
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            has = conn.execute("select count(*) from sqlite_master where name='alembic_version'").fetchone()[0]
    except sqlite3.DatabaseError:
        ok = has = False
    if not (ok and has):
        raise InputRejected(f"«{shown.name}» không phải bản sao lưu CCHC Desktop hợp lệ (hỏng hoặc sai loại tệp); "
                            "cơ sở dữ liệu hiện tại không bị thay đổi.", file=str(shown),
                            en=f"«{shown.name}» is not a valid CCHC Desktop backup (damaged or the wrong kind of file); the current database was not changed.")


def restore_backup(target, src) -> dict:
    """Replaces the database at `target` with the backup `src` (.zip or .sqlite3); returns what was done."""
    target, src = Path(target), Path(src)
    if not src.is_file():
        raise InputRejected(f"Không tìm thấy tệp sao lưu «{src}».", file=str(src), en=f"Backup file «{src}» not found.")
    with tempfile.TemporaryDirectory(dir=target.parent if target.parent.exists() else None) as tmp:
        staged, evidence_src, members = Path(tmp) / DB_NAME, None, []
        if zipfile.is_zipfile(src):
            try:
                with zipfile.ZipFile(src) as z:
                    if DB_NAME not in z.namelist():
                        raise InputRejected(f"Tệp nén «{src.name}» không chứa {DB_NAME}.", file=str(src),
                                            en=f"The zip file «{src.name}» does not contain {DB_NAME}.")
                    z.extract(DB_NAME, tmp)
                    members = [(m, p) for m in z.namelist() if (p := _safe_member(m)) is not None]
                    for m, p in members:
                        z.extract(m, tmp)
                    evidence_src = Path(tmp) / EVIDENCE
            except zipfile.BadZipFile as exc:
                raise InputRejected(f"Tệp nén «{src.name}» bị hỏng ({exc}).", file=str(src),
                                    en=f"The zip file «{src.name}» is damaged ({exc}).") from exc
        else:
            shutil.copy2(src, staged)
            evidence_src = evidence_dir(src)
        _check_copy(staged, src)
        Database.open(staged, migrate=False, housekeeping=False).close()  # refuses a newer schema
        safety = None
        if target.exists() and target.stat().st_size > 0:
            folder = backups.backups_dir(target)
            safety = folder / f"{target.stem}.truoc-khoi-phuc-{datetime.now():%Y%m%d-%H%M%S-%f}.sqlite3"
            try:
                sqlite_backup(target, safety)
            except sqlite3.DatabaseError:  # the current file is the broken one: keep its raw bytes
                folder.mkdir(parents=True, exist_ok=True)
                shutil.copy2(target, safety)
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        os.replace(staged, target)  # atomic: the old or the new file, never half of one
        files = 0
        if evidence_src is not None and evidence_src.is_dir():
            dest = evidence_dir(target)
            for f in evidence_src.rglob("*"):
                if f.is_file() and not (dest / f.relative_to(evidence_src)).exists():
                    (dest / f.relative_to(evidence_src)).parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(f, dest / f.relative_to(evidence_src))
                    files += 1
    db = Database.open(target, housekeeping=False)  # migrates an older backup (with its own safety copy)
    try:
        with db.session() as s:
            new_id = backups.new_installation_id(s, f"Khôi phục từ bản sao lưu «{src.name}».")
            from . import settings
            settings.put(s, backups.FINGERPRINT, backups.file_fingerprint(target))
    finally:
        db.close()
    return {"path": str(target), "from": str(src), "evidence_files": files, "installation_id": new_id,
            "previous_saved_as": str(safety) if safety else None}
