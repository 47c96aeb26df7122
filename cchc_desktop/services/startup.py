"""Checks before opening a database file, each finding with a Vietnamese message and a way out.

The GUI shows the findings in its start-up dialog; the CLI turns a blocking one into exit code 5.
Nothing here writes to the database.
"""
from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .backups import latest_backup
from .errors import DatabaseProblem

# Below this much free space an import or a backup could fail halfway (SQLite then rolls back, but
# the officer loses the work of the dialog): warn before, not after.
MIN_FREE_BYTES = 50 * 1024 * 1024


@dataclass
class Finding:
    code: str            # locked | read_only | disk_full | newer_schema | corrupt | not_a_file
    message: str         # what is wrong, in Vietnamese
    recovery: str        # what the officer can do
    blocking: bool = True
    backup: str | None = None  # the latest backup, offered for a corrupt file
    en: tuple[str, str] | None = field(default=None, repr=False, compare=False)  # (message, recovery) for --lang en

    def to_json(self) -> dict:
        doc = asdict(self)
        del doc["en"]  # the document stays as it always was
        return doc

    def text(self, lang: str = "vi") -> str:
        """Message and recovery in one sentence, English for lang "en" where written."""
        if lang == "en" and self.en:
            return f"{self.en[0]} {self.en[1]}"
        return f"{self.message} {self.recovery}"


def _free_bytes(folder: Path) -> int:
    return shutil.disk_usage(folder).free


def _writable(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    probe = folder / ".cchc-ghi-thu"
    try:
        probe.write_bytes(b"")
        probe.unlink()
        return True
    except OSError:
        return False


def _corrupt(path: Path, detail: str) -> Finding:
    backup = latest_backup(path)
    how = (f"Khôi phục bản sao lưu gần nhất «{backup.name}» (lệnh: cchc restore \"{backup}\")." if backup else
           "Không có bản sao lưu tự động; hãy tìm bản sao lưu trên USB hoặc thư điện tử rồi dùng cchc restore.")
    how_en = (f"Restore the latest backup «{backup.name}» (command: cchc restore \"{backup}\")." if backup else
              "There is no automatic backup; look for a backup on a USB stick or in e-mail, then use cchc restore.")
    return Finding("corrupt", f"Tệp cơ sở dữ liệu «{path.name}» bị hỏng hoặc không phải tệp của CCHC Desktop "
                              f"({detail}).", how, backup=str(backup) if backup else None,
                   en=(f"The database file «{path.name}» is damaged or is not a CCHC Desktop file ({detail}).", how_en))


def _inspect_file(path: Path) -> list[Finding]:
    from ..store.engine import head_revision, known_revisions
    try:
        with contextlib.closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)) as conn:
            rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
            if rows != ["ok"]:
                return [_corrupt(path, "; ".join(rows[:3]))]
            has_version = conn.execute("select count(*) from sqlite_master where name='alembic_version'").fetchone()[0]
            rev = conn.execute("select version_num from alembic_version").fetchone() if has_version else None
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc):
            return [_locked(path)]
        return [_corrupt(path, str(exc))]
    except sqlite3.DatabaseError as exc:
        return [_corrupt(path, str(exc))]
    if rev and rev[0] != head_revision() and rev[0] not in known_revisions():
        return [Finding("newer_schema", f"«{path.name}» được tạo bởi phiên bản CCHC Desktop mới hơn (lược đồ {rev[0]}).",
                        "Cài phiên bản CCHC Desktop mới nhất rồi mở lại; tệp không bị thay đổi.",
                        en=(f"«{path.name}» was made by a newer version of CCHC Desktop (schema {rev[0]}).",
                            "Install the latest CCHC Desktop and open it again; the file was not changed."))]
    return []


def _locked(path: Path) -> Finding:
    return Finding("locked", f"Cơ sở dữ liệu «{path.name}» đang được một cửa sổ CCHC Desktop khác (hoặc chương "
                             "trình khác) ghi.", "Đóng cửa sổ CCHC Desktop kia rồi mở lại; nếu không thấy cửa sổ nào, "
                             "khởi động lại máy.",
                   en=(f"The database «{path.name}» is being written by another CCHC Desktop window (or another "
                       "program).", "Close the other CCHC Desktop window and open it again; if you see no such "
                       "window, restart the computer."))


def _write_locked(path: Path) -> bool:
    """True when another connection holds the write lock (an import running in another window)."""
    try:
        with contextlib.closing(sqlite3.connect(str(path), timeout=0.5, isolation_level=None)) as conn:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
        return False
    except sqlite3.OperationalError as exc:
        return "locked" in str(exc) or "busy" in str(exc)
    except sqlite3.DatabaseError:
        return False  # reported as corrupt by _inspect_file


def check_database(path, deep: bool = True) -> list[Finding]:
    """Everything that would stop the app from opening `path` safely; empty when all is well.
    deep=False skips reading the file (quick_check, schema, lock): the cheap checks run before every open."""
    path = Path(path)
    folder = path.parent
    findings: list[Finding] = []
    if path.is_dir():
        return [Finding("not_a_file", f"«{path}» là một thư mục, không phải tệp cơ sở dữ liệu.",
                        "Chọn tệp .sqlite3 bên trong thư mục đó, hoặc một tên tệp mới.",
                        en=(f"«{path}» is a folder, not a database file.",
                            "Choose a .sqlite3 file inside that folder, or a new file name."))]
    if folder.exists() and not _writable(folder):
        findings.append(Finding("read_only", f"Thư mục «{folder}» chỉ cho phép đọc, nên không lưu được thay đổi.",
                                "Chép tệp cơ sở dữ liệu sang thư mục Tài liệu của bạn (hoặc nhờ quản trị máy cấp "
                                "quyền ghi) rồi mở tệp đã chép.",
                                en=(f"The folder «{folder}» is read-only, so changes cannot be saved.",
                                    "Copy the database file to your Documents folder (or ask the administrator for "
                                    "write permission) and open the copy.")))
    if folder.exists():
        free = _free_bytes(folder)
        need = MIN_FREE_BYTES + (2 * path.stat().st_size if path.exists() else 0)
        if free < need:
            findings.append(Finding("disk_full", f"Ổ đĩa chứa «{folder}» gần đầy (còn {free // (1024 * 1024)} MB).",
                                    "Xóa bớt tệp không cần (thùng rác, tệp tải về) hoặc chuyển dữ liệu sang ổ khác, "
                                    "rồi mở lại.",
                                    en=(f"The disk holding «{folder}» is nearly full ({free // (1024 * 1024)} MB "
                                        "left).", "Delete files you do not need (recycle bin, downloads) or move the "
                                        "data to another disk, then open it again.")))
    if deep and path.exists() and path.stat().st_size > 0:
        found = _inspect_file(path)
        if not found and _write_locked(path):
            found = [_locked(path)]
        findings.extend(found)
    return findings


def raise_if_blocked(path, deep: bool = True) -> None:
    """For the CLI: the first blocking finding becomes DatabaseProblem (exit code 5)."""
    findings = check_database(path, deep)
    for f in findings:
        if f.blocking:
            raise DatabaseProblem(f.text(), en=f.text("en"), file=str(path), details=[x.to_json() for x in findings])
