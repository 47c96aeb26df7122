"""How long a provincial import takes next to python-calamine merely reading the cells.

A 200-unit × 40-criteria workbook in the per-unit layout (200 sheets) and in the matrix layout
(one sheet, 200 column blocks). Target: the whole import (read, check, compare, write, record)
within 3× calamine's own reading time. Prints figures; run: .venv/bin/python benchmarks/bench_import.py
"""
from __future__ import annotations

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
        db = Database.open(tmp / f"{layout}.sqlite3")
        assert import_criteria(db, crit, 2025, level="huyen")["ok"]
        for u in range(UNITS):
            units.add_unit(db, f"T{u:03d}", f"UBND huyện Thử {u:03d}", "huyen")
        base = min(calamine_read(path) for _ in range(3))
        from cchc_desktop.io.workbook_reader import open_workbook
        reader, _ = timed(lambda: open_workbook(path))
        from cchc_desktop.io.score_workbook import parse_scores
        from cchc_desktop.services.score_import import _known_criteria, _known_units
        with db.read() as s:
            from cchc_desktop.services import criteria
            known_c, known_u = _known_criteria(s, criteria.find_set(s, 2025)), _known_units(s)
        parse, _ = timed(lambda: parse_scores(open_workbook(path), path.name, "auto", known_c, known_u))
        first, doc1 = timed(lambda: import_scores(db, path, 2025))
        second, doc2 = timed(lambda: import_scores(db, path, 2025))
        assert doc1["ok"] and doc1["created"] == UNITS * FIELDS * PER_FIELD, doc1["errors"][:3]
        assert doc2["unchanged"] == UNITS * FIELDS * PER_FIELD
        print(f"{layout:9s} {UNITS} units × {FIELDS * PER_FIELD} criteria, {path.stat().st_size // 1024} KiB")
        print(f"  calamine alone reading every cell : {base:7.3f} s")
        print(f"  io.open_workbook (calamine+openpyxl details): {reader:7.3f} s  ({reader / base:5.1f}×)")
        print(f"  io reader + parse_scores (no database): {parse:7.3f} s  ({parse / base:5.1f}×)")
        print(f"  import, all {doc1['created']} rows created  : {first:7.3f} s  ({first / base:5.1f}× calamine;"
              f" database part {first - parse:.3f} s)")
        print(f"  import again, all unchanged       : {second:7.3f} s  ({second / base:5.1f}× calamine;"
              f" database part {second - parse:.3f} s)")
        db.close()


if __name__ == "__main__":
    main()
