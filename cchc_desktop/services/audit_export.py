"""The change log for an inspection: filtered by unit, criterion and date, written as CSV or XLSX.

The export carries each entry's hash and the chain check, so the inspector can see the log is whole.
"""
from __future__ import annotations

import csv
import json
from datetime import date, datetime, timezone
from pathlib import Path

from sqlalchemy import select

from ..domain.text import fold
from ..store.models import AuditEntry
from . import audit
from .errors import InputRejected, UsageError

COLUMNS = ["Số", "Thời điểm (UTC)", "Người thực hiện", "Thao tác", "Đối tượng", "Khóa", "Trước", "Sau", "Lý do",
           "Mã băm"]


def parse_since(text: str | None) -> datetime | None:
    if not text:
        return None
    for fmt in ("%Y-%m-%d", "%d/%m/%Y"):
        try:
            return datetime.strptime(text.strip(), fmt).replace(tzinfo=timezone.utc)
        except ValueError:
            continue
    raise UsageError(f"Ngày «{text}» không hợp lệ; viết dạng 2025-12-31 hoặc 31/12/2025.",
                     en=f"The date «{text}» is not valid; write it as 2025-12-31 or 31/12/2025.")


def _mentions(entry: AuditEntry, token: str, key_part: int | None) -> bool:
    """Keys look like `UNIT/YEAR/CRITERION/LAYER`; before/after may name units and criteria too."""
    want = fold(token)
    parts = [fold(p) for p in (entry.entity_key or "").split("/")]
    if key_part is not None and len(parts) > key_part and parts[key_part] == want:
        return True
    if key_part is None and want in parts:
        return True
    for doc in (entry.before, entry.after):
        if isinstance(doc, dict) and any(fold(str(v)) == want for v in doc.values() if isinstance(v, (str, int))):
            return True
    return False


def filtered(db, unit: str | None = None, criterion: str | None = None, since=None) -> list[dict]:
    since_at = parse_since(since) if isinstance(since, str) else since
    if isinstance(since_at, date) and not isinstance(since_at, datetime):
        since_at = datetime(since_at.year, since_at.month, since_at.day, tzinfo=timezone.utc)
    rows = []
    with db.read() as s:
        for e in s.execute(select(AuditEntry).order_by(AuditEntry.id)).scalars():
            at = e.at if e.at.tzinfo else e.at.replace(tzinfo=timezone.utc)
            if since_at is not None and at < since_at:
                continue
            if unit and not _mentions(e, unit, 0):
                continue
            if criterion and not _mentions(e, criterion, None):
                continue
            rows.append({"id": e.id, "at": at.isoformat(), "who": e.who, "action": e.action, "entity": e.entity,
                         "key": e.entity_key, "before": e.before, "after": e.after, "reason": e.reason,
                         "hash": e.hash})
    return rows


def _cells(r: dict) -> list:
    dump = (lambda v: "" if v is None else json.dumps(v, ensure_ascii=False, sort_keys=True, default=str))
    return [r["id"], r["at"], r["who"], r["action"], r["entity"], r["key"] or "", dump(r["before"]),
            dump(r["after"]), r["reason"] or "", r["hash"]]


def export(db, out, unit: str | None = None, criterion: str | None = None, since=None) -> dict:
    out = Path(out)
    rows = filtered(db, unit, criterion, since)
    check = audit.verify(db)
    suffix = out.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InputRejected(f"Tên tệp «{out.name}» phải kết thúc bằng .csv hoặc .xlsx.", file=str(out),
                            en=f"The file name «{out.name}» must end in .csv or .xlsx.")
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".dang-ghi")
    if suffix == ".csv":
        with open(tmp, "w", newline="", encoding="utf-8-sig") as fh:  # BOM: Excel shows the diacritics
            w = csv.writer(fh)
            w.writerow(COLUMNS)
            w.writerows(_cells(r) for r in rows)
    else:
        from openpyxl import Workbook
        wb = Workbook()
        ws = wb.active
        ws.title = "Nhật ký"
        ws.append(COLUMNS)
        for r in rows:
            ws.append(_cells(r))
        ws.freeze_panes = "A2"
        info = wb.create_sheet("Kiểm tra")
        info.append(["Chuỗi băm toàn vẹn", "Có" if check["ok"] else "KHÔNG"])
        info.append(["Tổng số mục trong nhật ký", check["entries"]])
        info.append(["Số mục xuất (sau lọc)", len(rows)])
        info.append(["Lọc", f"đơn vị={unit or '-'}; tiêu chí={criterion or '-'}; từ ngày={since or '-'}"])
        for p in check["problems"]:
            info.append(["Vấn đề", p])
        wb.save(tmp)
    tmp.replace(out)
    return {"ok": True, "path": str(out), "entries": len(rows), "chain_ok": check["ok"]}
