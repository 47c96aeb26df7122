"""How long a provincial import takes next to python-calamine merely reading the cells.

A 200-unit × 40-criteria workbook in the per-unit layout (200 sheets) and in the matrix layout
(one sheet, 200 column blocks). Target: the whole import (read, check, compare, write, record)
within 3× calamine's own reading time. Also prints what plain sqlite3 needs to write the same rows
(the floor no Python work can go below) and the peak memory.
Run: .venv/bin/python benchmarks/bench_import.py
"""
from __future__ import annotations

import resource
import sqlite3
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cchc_desktop.services import units  # noqa: E402
from cchc_desktop.services.criteria_import import import_criteria  # noqa: E402
from cchc_desktop.services.score_import import import_scores  # noqa: E402
from cchc_desktop.store.engine import Database  # noqa: E402

FIELDS, PER_FIELD, UNITS = 8, 5, 200   # 40 leaf criteria


def criteria_rows():
    rows = [["Mã", "Tiêu chí", "Điểm tối đa"]]
    for f in range(1, FIELDS + 1):
        rows.append([str(f), f"LĨNH VỰC {f}", PER_FIELD * 2])
        rows += [[f"{f}.{k}", f"Tiêu chí {f}.{k}", 2] for k in range(1, PER_FIELD + 1)]
    return rows


def score(u: int, f: int, k: int) -> Decimal:
    return Decimal((u * 7 + f * 3 + k) % 9) / 4   # 0 .. 2 in quarter points


def write_per_unit(path: Path) -> None:
    wb = openpyxl.Workbook(write_only=True)
    for u in range(UNITS):
        ws = wb.create_sheet(f"Huyện {u:03d}")
        ws.append([f"Đơn vị: UBND huyện Thử {u:03d}"])
        ws.append([])
        ws.append(["Mã", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Lý do"])
        for f in range(1, FIELDS + 1):
            ws.append([str(f), f"LĨNH VỰC {f}", PER_FIELD * 2, None, None, None])
            for k in range(1, PER_FIELD + 1):
                v = float(score(u, f, k))
                ws.append([f"{f}.{k}", f"Tiêu chí {f}.{k}", 2, 2, v, None if v == 2 else "Thiếu hồ sơ"])
    wb.save(path)


def write_matrix(path: Path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    ws.cell(1, 1, "Mã"), ws.cell(1, 2, "Tiêu chí"), ws.cell(1, 3, "Điểm tối đa")
    for u in range(UNITS):
        col = 4 + 2 * u
        ws.cell(1, col, f"UBND huyện Thử {u:03d}")
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
        ws.cell(2, col, "Tự chấm"), ws.cell(2, col + 1, "Thẩm định")
    r = 3
    for f in range(1, FIELDS + 1):
        ws.cell(r, 1, str(f)), ws.cell(r, 2, f"LĨNH VỰC {f}"), ws.cell(r, 3, PER_FIELD * 2)
        r += 1
        for k in range(1, PER_FIELD + 1):
            ws.cell(r, 1, f"{f}.{k}"), ws.cell(r, 2, f"Tiêu chí {f}.{k}"), ws.cell(r, 3, 2)
            for u in range(UNITS):
                ws.cell(r, 4 + 2 * u, 2)
                ws.cell(r, 5 + 2 * u, float(score(u, f, k)))
            r += 1
    wb.save(path)


def calamine_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook
    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        cells += sum(len(row) for row in book.get_sheet_by_name(name).to_python())
    return time.perf_counter() - start


def timed(fn):
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def copy_db(src: Path, dest: Path) -> Path:
    for extra in ("", "-wal", "-shm"):
        Path(f"{dest}{extra}").unlink(missing_ok=True)
    with sqlite3.connect(str(src)) as a, sqlite3.connect(str(dest)) as b:
        a.backup(b)
    return dest


def plain_insert(conn: sqlite3.Connection, table: str, rows: list[tuple]) -> None:
    """The fastest plain way we know: many rows per INSERT (under the 999-variable limit of older
    SQLite builds). executemany's one statement step per row is ~40% slower on the score table."""
    if not rows:
        return
    one = f"({','.join('?' * len(rows[0]))})"
    per = max(1, 999 // len(rows[0]))
    for i in range(0, len(rows), per):
        chunk = rows[i:i + per]
        conn.execute(f"insert into {table} values " + ",".join([one] * len(chunk)), [v for r in chunk for v in r])


def sqlite_floor(before: Path, after: Path, work: Path) -> float:
    """Plain sqlite3 writing exactly the rows the import added (same pragmas, one transaction):
    what the import cannot go below however fast the Python side gets."""
    with sqlite3.connect(str(before)) as c:
        max_a, max_s = c.execute("select coalesce((select max(id) from assessment), 0),"
                                 " coalesce((select max(id) from score), 0)").fetchone()
    with sqlite3.connect(str(after)) as c:
        assessments = c.execute("select * from assessment where id > ?", (max_a,)).fetchall()
        scores = c.execute("select * from score where id > ?", (max_s,)).fetchall()
    conn = sqlite3.connect(str(copy_db(before, work / "floor.sqlite3")), isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        conn.execute(f"PRAGMA {pragma}")
    start = time.perf_counter()
    conn.execute("BEGIN")
    plain_insert(conn, "assessment", assessments)
    plain_insert(conn, "score", scores)
    conn.execute("COMMIT")
    took = time.perf_counter() - start
    conn.close()
    return took


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    tmp = Path(tempfile.mkdtemp(prefix="cchc-bench-"))
    crit = tmp / "bo-tieu-chi.xlsx"
    wb = openpyxl.Workbook()
    for row in criteria_rows():
        wb.active.append(row)
    wb.save(crit)
    for layout, writer in (("per-unit", write_per_unit), ("matrix", write_matrix)):
        path = tmp / f"{layout}.xlsx"
        writer(path)
        ready = tmp / f"{layout}-ready.sqlite3"
        db = Database.open(ready)
        assert import_criteria(db, crit, 2025, level="huyen")["ok"]
        for u in range(UNITS):
            units.add_unit(db, f"T{u:03d}", f"UBND huyện Thử {u:03d}", "huyen")
        db.close()
        base = min(calamine_read(path) for _ in range(3))
        from cchc_desktop.io.workbook_reader import open_workbook
        reader = min(timed(lambda: open_workbook(path))[0] for _ in range(3))
        firsts, seconds, floors = [], [], []
        bases = [base]
        for run in range(3):   # best of 3, each on a fresh copy of the prepared database
            # calamine timed again next to each import: on a loaded machine both then see the same load
            bases.append(calamine_read(path))
            db = Database.open(copy_db(ready, tmp / f"{layout}-{run}.sqlite3"))
            first, doc1 = timed(lambda: import_scores(db, path, 2025))
            second, doc2 = timed(lambda: import_scores(db, path, 2025))
            assert doc1["ok"] and doc1["created"] == UNITS * FIELDS * PER_FIELD, doc1["errors"][:3]
            assert doc2["unchanged"] == UNITS * FIELDS * PER_FIELD
            db.close()
            floors.append(sqlite_floor(ready, tmp / f"{layout}-{run}.sqlite3", tmp))
            firsts.append(first)
            seconds.append(second)
        first, second, floor, base = min(firsts), min(seconds), min(floors), min(bases)
        print(f"{layout:9s} {UNITS} units × {FIELDS * PER_FIELD} criteria, {path.stat().st_size // 1024} KiB"
              f" (best of 3)")
        print(f"  calamine alone reading every cell : {base:7.3f} s")
        print(f"  io.open_workbook (values + details): {reader:7.3f} s  ({reader / base:5.1f}×)")
        print(f"  import, all {doc1['created']} rows created  : {first:7.3f} s  ({first / base:5.1f}× calamine)")
        print(f"    of which plain sqlite3 writing the same rows would take {floor:.3f} s"
              f" (import without it: {(first - floor) / base:5.1f}×)")
        print(f"  import again, all unchanged       : {second:7.3f} s  ({second / base:5.1f}× calamine)")
    print(f"peak memory of this process: {peak_mb():.0f} MB")


if __name__ == "__main__":
    main()
