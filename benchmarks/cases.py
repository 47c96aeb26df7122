"""One benchmark case per process: `python benchmarks/cases.py CASE DATA_DIR WORK_DIR`.

run.py starts each case in its own subprocess (so its peak memory is its own, read with os.wait4)
and reads the single JSON line the case prints: {"value": seconds, "base": seconds, ...}.
Every case measures its baseline in the same process, right next to the measured operation.
"""
from __future__ import annotations

import json
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _timed(fn):
    t = time.perf_counter()
    out = fn()
    return time.perf_counter() - t, out


def _copy_db(src: Path, dest: Path) -> Path:
    import sqlite3
    dest.unlink(missing_ok=True)
    with sqlite3.connect(str(src)) as a, sqlite3.connect(str(dest)) as b:
        a.backup(b)
    return dest


def _meta(data: Path) -> dict:
    return json.loads((data / "meta.json").read_text(encoding="utf-8"))


# --------------------------------------------------------------------- import
def calamine_read(path: Path) -> float:
    from python_calamine import CalamineWorkbook
    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    for name in book.sheet_names:
        sum(len(row) for row in book.get_sheet_by_name(name).to_python())
    return time.perf_counter() - start


def case_import(data: Path, work: Path) -> dict:
    """The matrix workbook of the current year into the province database; the note adds what plain
    sqlite3 needs to write exactly the rows the import added (same pragmas, one transaction), i.e. the
    floor under any import of this file, and the re-import (all unchanged, nothing written)."""
    import sqlite3

    from cchc_desktop.services.score_import import import_scores
    from cchc_desktop.store.engine import Database
    meta = _meta(data)
    wb = Path(meta["workbook"])
    base = min(calamine_read(wb) for _ in range(3))
    src = data / "province.sqlite3"
    path = _copy_db(src, work / "import.sqlite3")
    db = Database.open(path)
    t, doc = _timed(lambda: import_scores(db, wb, meta["current_year"]))
    assert doc["ok"] and doc["created"], doc.get("errors", [])[:3]
    again, doc2 = _timed(lambda: import_scores(db, wb, meta["current_year"]))
    assert doc2["unchanged"] == doc["created"] and not doc2["created"] and not doc2["updated"]
    db.close()
    with sqlite3.connect(str(src)) as c:
        max_a, max_s = c.execute("select coalesce((select max(id) from assessment), 0),"
                                 " coalesce((select max(id) from score), 0)").fetchone()
    with sqlite3.connect(str(path)) as c:
        added = {"assessment": c.execute("select * from assessment where id > ?", (max_a,)).fetchall(),
                 "score": c.execute("select * from score where id > ?", (max_s,)).fetchall()}
    floor_db = sqlite3.connect(str(_copy_db(src, work / "floor.sqlite3")), isolation_level=None)
    for pragma in ("foreign_keys=ON", "journal_mode=WAL", "synchronous=FULL"):
        floor_db.execute(f"PRAGMA {pragma}")

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from bench_import import plain_insert

    def write_rows():
        floor_db.execute("BEGIN")
        for table, rows in added.items():
            plain_insert(floor_db, table, rows)
        floor_db.execute("COMMIT")
    floor, _ = _timed(write_rows)
    floor_db.close()
    return {"value": t, "base": base,
            "note": f"{doc['created']} scores created; plain sqlite3 writing the same "
                    f"{len(added['score'])} rows {floor:.2f} s ({floor / base:.1f}×); re-import, all unchanged "
                    f"{again:.2f} s ({again / base:.1f}×)"}


def case_import_per_unit(data: Path, work: Path) -> dict:
    """Issue #5's own measure: a 200-sheet per-unit workbook (40 leaf criteria, bench_import.py's
    generator) into a database holding only its criteria and units. Best of 3, each on a fresh copy
    of that database, with calamine's read timed next to each run (a loaded machine slows both)."""
    import openpyxl

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import bench_import as bi
    from cchc_desktop.services import units
    from cchc_desktop.services.criteria_import import import_criteria
    from cchc_desktop.services.score_import import import_scores
    from cchc_desktop.store.engine import Database
    crit, wb = work / "bo-tieu-chi.xlsx", work / "per-unit.xlsx"
    book = openpyxl.Workbook()
    for row in bi.criteria_rows():
        book.active.append(row)
    book.save(crit)
    bi.write_per_unit(wb)
    ready = work / "ready.sqlite3"
    db = Database.open(ready)
    assert import_criteria(db, crit, 2025, level="huyen")["ok"]
    for u in range(bi.UNITS):
        units.add_unit(db, f"T{u:03d}", f"UBND huyện Thử {u:03d}", "huyen")
    db.close()
    bases, firsts, agains = [calamine_read(wb)], [], []
    for run in range(3):
        bases.append(calamine_read(wb))
        db = Database.open(_copy_db(ready, work / f"run{run}.sqlite3"))
        t, doc = _timed(lambda: import_scores(db, wb, 2025))
        again, doc2 = _timed(lambda: import_scores(db, wb, 2025))
        db.close()
        assert doc["ok"] and doc["created"] == bi.UNITS * bi.FIELDS * bi.PER_FIELD, doc["errors"][:3]
        assert doc2["unchanged"] == doc["created"] and not doc2["created"] and not doc2["updated"]
        firsts.append(t)
        agains.append(again)
    floor = bi.sqlite_floor(ready, work / "run0.sqlite3", work)
    base = min(bases)
    return {"value": min(firsts), "base": base,
            "note": f"{doc['created']} scores created, 200 sheets, best of 3; plain sqlite3 writing the same "
                    f"rows {floor:.2f} s ({floor / base:.1f}×); re-import, all unchanged "
                    f"{min(agains):.2f} s ({min(agains) / base:.1f}×)"}


# --------------------------------------------------------------------- plans and PDFs
def _reportlab_table(out: Path, rows: list[list[str]]) -> None:
    """Baseline: reportlab alone laying out the same cells (same font, no styling logic)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

    from cchc_desktop import paths
    if "BenchSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("BenchSerif", str(paths.font_path("Regular"))))
    st = ParagraphStyle("b", fontName="BenchSerif", fontSize=10, leading=12)
    table = Table([[Paragraph(c, st) for c in r] for r in rows], repeatRows=1)
    SimpleDocTemplate(str(out), pagesize=landscape(A4)).build([table])


def case_draft(data: Path, work: Path) -> dict:
    import sqlite3

    from cchc_desktop.services.plan_drafting import draft_plan
    from cchc_desktop.store.engine import Database
    meta = _meta(data)
    path = _copy_db(data / "province.sqlite3", work / "draft.sqlite3")
    db = Database.open(path)
    unit, year = meta["unit_codes"][7], meta["current_year"] - 1
    t, doc = _timed(lambda: draft_plan(db, unit, year))

    def raw():  # baseline: the unit's scored year read with one plain sqlite3 query
        with sqlite3.connect(str(path)) as c:
            return c.execute("select c.code, c.name, c.max_points, s.value, s.reason from score s "
                             "join assessment a on a.id = s.assessment_id join unit u on u.id = a.unit_id "
                             "join criterion c on c.id = s.criterion_id join criteria_set cs on cs.id = a.set_id "
                             "where u.code = ? and cs.year = ?", (unit, year)).fetchall()
    base = min(_timed(raw)[0] for _ in range(3))
    return {"value": t, "base": base, "note": f"{doc['items']} tasks"}


def case_plan_pdf(data: Path, work: Path) -> dict:
    from cchc_desktop.services import plans, reports
    from cchc_desktop.store.engine import Database
    meta = _meta(data)
    db = Database.open(data / "province.sqlite3")
    t, doc = _timed(lambda: reports.render_plan(db, meta["big_plan_id"], work / "plan300.pdf"))
    # the value is a first render (imports, fonts, cold queries included); the GUI re-renders warm
    again = _timed(lambda: reports.render_plan(db, meta["big_plan_id"], work / "plan300.pdf"))[0]
    rows = [["TT", "Nội dung", "Chủ trì", "Thời hạn", "Sản phẩm"]]
    rows += [[str(r.stt), r.content, "", r.deadline_text or "", ""]
             for r in plans.plan_items(db, meta["big_plan_id"])]
    base = min(_timed(lambda: _reportlab_table(work / "base300.pdf", rows))[0] for _ in range(2))
    return {"value": t, "base": base, "note": f"{len(rows) - 1} tasks, {doc['pages']} pages; "
                                              f"again in-process {again:.2f} s"}


def case_ranking_pdf(data: Path, work: Path) -> dict:
    from cchc_desktop.services import reports
    from cchc_desktop.store.engine import Database
    meta = _meta(data)
    db = Database.open(data / "province.sqlite3")
    year = meta["current_year"] - 1
    t, doc = _timed(lambda: reports.render_ranking(db, year, work / "ranking.pdf"))
    again = _timed(lambda: reports.render_ranking(db, year, work / "ranking.pdf"))[0]
    rows = [["Hạng", "Đơn vị", "Tự chấm", "Thẩm định", "Chỉ số"]] + [
        [str(n), f"UBND xã {n}", "90,5", "85,25", "85,25%"] for n in range(meta["units"])]
    base = min(_timed(lambda: _reportlab_table(work / "base-ranking.pdf", rows))[0] for _ in range(2))
    return {"value": t, "base": base, "note": f"{meta['units']} units, {doc['pages']} pages; "
                                              f"again in-process {again:.2f} s"}


# --------------------------------------------------------------------- packages
def case_package(data: Path, work: Path) -> dict:
    """Export of a full year by the province, import on a second PC of the province office."""
    import sqlite3
    import zipfile

    from cchc_desktop.services import installation, keys, packages
    from cchc_desktop.store.engine import Database
    src = Database.open(_copy_db(data / "year.sqlite3", work / "pkg-src.sqlite3"))
    dest_path = work / "pkg-dest.sqlite3"
    dest_path.unlink(missing_ok=True)
    dest = Database.open(dest_path)
    installation.init(dest, "DLK", "UBND tỉnh Đắk Lắk", "tinh")
    for a, b in ((src, dest), (dest, src)):
        keys.trust_key(b, keys.export_public_key(a, work / f"key-{id(a)}.json")["path"], yes=True)
    out = work / "nam.cchc"
    t_exp, sent = _timed(lambda: packages.export_package(src, "*", out))
    t_imp, res = _timed(lambda: packages.import_package(dest, sent["path"]))

    def raw():  # baseline: the same tables dumped to JSON in a zip and read back
        with sqlite3.connect(str(data / "year.sqlite3")) as c:
            tables = {t: c.execute(f"select * from {t}").fetchall() for t in
                      ("unit", "office", "criteria_set", "criterion", "assessment", "score", "remediation_plan",
                       "plan_item", "published_result")}
        with zipfile.ZipFile(work / "raw.zip", "w", zipfile.ZIP_DEFLATED) as z:
            for name, rows in tables.items():
                z.writestr(f"{name}.json", json.dumps(rows, default=str, ensure_ascii=False))
        with zipfile.ZipFile(work / "raw.zip") as z:
            return sum(len(json.loads(z.read(n))) for n in z.namelist())
    base = min(_timed(raw)[0] for _ in range(2))
    return {"value": t_exp + t_imp, "base": base,
            "note": f"{sent['records']} records (export {t_exp:.1f} s, import {t_imp:.1f} s, created {res['created']})"}


CASES = {"import": case_import, "import_per_unit": case_import_per_unit, "draft": case_draft, "plan_pdf": case_plan_pdf,
         "ranking_pdf": case_ranking_pdf, "package": case_package}


def main() -> None:
    name, data, work = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    work.mkdir(parents=True, exist_ok=True)
    result = CASES[name](data, work)
    print("RESULT " + json.dumps(result, ensure_ascii=False), flush=True)


if __name__ == "__main__":
    main()
