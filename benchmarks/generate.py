"""A province-scale database and workbook for the benchmarks (deterministic: seeded random).

    .venv/bin/python benchmarks/generate.py OUT_DIR [--units 200] [--years 5] [--seed 2025]

What it builds (OUT_DIR/province.sqlite3, OUT_DIR/scores-<year>.xlsx, OUT_DIR/meta.json):
- this installation = the province (UBND tỉnh, own unit with a signing key, via `installation.init`);
- `units` communes (xã/phường) with Vietnamese names, ~8 offices each;
- one criteria set per year for `years` years of history plus the current year (the 87 real criteria
  of the demo district set, seed 004: 66 leaves, 2 of them survey criteria, total 100);
- self + appraised (+ survey) scores of every unit for every history year, reasons on lost points;
- the published total and rank of every unit and year;
- a remediation plan per unit and year (one task per deduction, deadlines like "Quý III/2024");
- one big plan (300 tasks) for the PDF benchmark;
- the current year's results as a 200-unit matrix workbook (the province's publication), not imported.

Services are used for what a user does once (opening/migrating, `init`); the bulk rows (units,
offices, criteria, ~130 000 scores, plans and tasks) are inserted with SQLAlchemy Core
`insert(Model)` executemany in one transaction — going through `scores.set_score` would take one
transaction and one audit entry per cell (hours at this size) and measure nothing we ship.
"""
from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert, select  # noqa: E402


from cchc_desktop.services import installation  # noqa: E402
from cchc_desktop.services.demo_data import district_2022  # noqa: E402
from cchc_desktop.services.plans import apply_deadline  # noqa: E402
from cchc_desktop.store import models as m  # noqa: E402
from cchc_desktop.store.engine import Database  # noqa: E402

GENERATOR_VERSION = 3  # bump when the data changes: run.py rebuilds its cached copy
PROVINCE = ("DLK", "UBND tỉnh Đắk Lắk", "tinh")
FIRST_NAMES = ("Hòa", "Ea", "Krông", "Cư", "Buôn", "Tân", "Phú", "Bình", "Thuận", "Quảng", "Đắk", "Yang",
               "Tam", "Vĩnh", "Xuân", "Thạnh", "Nam", "Đông", "Tây", "Bắc", "Trung", "An", "Long", "Hưng")
SECOND_NAMES = ("Thắng", "Phú", "Lộc", "Hiệp", "Kar", "Pơng", "Sang", "Điền", "Hòa", "Lợi", "Sơn", "Tiến",
                "Thành", "Bông", "Năng", "Mnông", "Đức", "Khánh", "Thịnh", "Phong", "Nghĩa", "Lạc")
OFFICES = (("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân", "Văn phòng HĐND&UBND"),
           ("Phòng Văn hóa - Xã hội", "Phòng VH-XH"), ("Phòng Kinh tế", "Phòng Kinh tế"),
           ("Trung tâm Phục vụ hành chính công", "TT PVHCC"), ("Công chức Tư pháp - Hộ tịch", "Tư pháp - Hộ tịch"),
           ("Công chức Tài chính - Kế toán", "Tài chính - Kế toán"), ("Công an xã", "Công an xã"),
           ("Các phòng, ban liên quan", "Các phòng, ban liên quan"))
REASONS = ("Chưa ban hành kế hoạch đúng thời hạn", "Báo cáo gửi chậm so với quy định",
           "Thiếu hồ sơ minh chứng", "Tỷ lệ hồ sơ giải quyết đúng hạn chưa đạt 100%",
           "Chưa công khai đầy đủ thủ tục hành chính trên Cổng dịch vụ công",
           "Tỷ lệ văn bản điện tử có ký số chưa đạt yêu cầu", "Chưa thực hiện kiểm tra theo kế hoạch",
           "Chưa rà soát, đánh giá thủ tục hành chính", "Số liệu báo cáo không khớp với hệ thống")
DEADLINES = ("Quý I/{y}", "Quý II/{y}", "Quý III/{y}", "Quý IV/{y}", "Thường xuyên", "Chậm nhất quý II/{y}",
             "Tháng 6/{y}", "6 tháng đầu năm {y}", "Theo quy định báo cáo quý, 6 tháng và năm")
LEVEL = "xa"


def unit_names(rng: random.Random, n: int) -> list[str]:
    names, seen = [], set()
    while len(names) < n:
        kind = rng.choice(("xã", "xã", "xã", "phường"))
        base = f"{rng.choice(FIRST_NAMES)} {rng.choice(SECOND_NAMES)}"
        name = f"UBND {kind} {base}"
        if name in seen:
            name = f"{name} {len(names)}"
        seen.add(name)
        names.append(name)
    return names


def _points(rng: random.Random, mx: Decimal) -> Decimal:
    """Most criteria get full marks; some lose a quarter, half or everything (as in the seeds)."""
    r = rng.random()
    frac = Decimal(1) if r < 0.72 else Decimal("0.75") if r < 0.84 else Decimal("0.5") if r < 0.94 else Decimal(0)
    return (mx * frac).quantize(Decimal("0.001"))


def build(out_dir: Path, n_units: int = 200, n_years: int = 5, seed: int = 2025, big_plan_tasks: int = 300,
          with_plans: bool = True, workbook: bool = True, log=print) -> dict:
    rng = random.Random(seed)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "province.sqlite3"
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    db = Database.open(path)
    installation.init(db, *PROVINCE)
    current_year = 2025
    years = list(range(current_year - n_years, current_year + 1))  # history + the current (unscored) year
    crit_specs = district_2022.CRITERIA
    leaves = set(district_2022.LEAVES)
    names = unit_names(rng, n_units)
    meta: dict = {"db": str(path), "units": n_units, "years": years, "current_year": current_year,
                  "seed": seed, "version": GENERATOR_VERSION}
    with db.session() as s:
        prov = s.execute(select(m.Unit).where(m.Unit.code == PROVINCE[0])).scalar_one()
        s.execute(insert(m.Unit), [{"code": f"{PROVINCE[0]}-X{n:03d}", "name": name, "level": LEVEL,
                                    "short_name": name.replace("UBND ", "").capitalize(), "parent_id": prov.id,
                                    "place": name.split(" ", 2)[2], "origin": PROVINCE[0]}
                                   for n, name in enumerate(names)])
        unit_ids = [u for (u,) in s.execute(select(m.Unit.id).where(m.Unit.level == LEVEL).order_by(m.Unit.id))]
        s.execute(insert(m.Office), [{"unit_id": uid, "name": name, "short_name": short, "sort_order": k,
                                      "kind": "group" if short.startswith("Các") else "office", "origin": PROVINCE[0]}
                                     for uid in unit_ids for k, (name, short) in enumerate(OFFICES)])
        sets: dict[int, dict] = {}
        for y in years:
            cs = m.CriteriaSet(year=y, level=LEVEL, name=f"Bộ chỉ số CCHC cấp xã năm {y}",
                               decision_number=f"{100 + y % 100}/QĐ-UBND", decision_date=date(y, 2, 15),
                               declared_total=Decimal(100), origin=PROVINCE[0])
            s.add(cs)
            s.flush()
            by_code: dict[str, m.Criterion] = {}
            for k, c in enumerate(crit_specs):
                parent = by_code.get(c.code.rsplit(".", 1)[0]) if "." in c.code else None
                row = m.Criterion(set_id=cs.id, code=c.code, name=c.name, sort_order=k, max_points=c.max_points,
                                  kind=c.kind, parent_id=parent.id if parent else None, origin=PROVINCE[0])
                s.add(row)
                s.flush()  # children need the parent's id; 87 rows a year
                by_code[c.code] = row
            sets[y] = {"id": cs.id, "leaves": [(r.id, r.code, r.name, r.max_points, r.kind)
                                               for code, r in by_code.items() if code in leaves]}
        log(f"  units, offices, criteria: {time.perf_counter() - t0:.1f} s")
        for y in years[:-1]:
            s.execute(insert(m.Assessment), [{"unit_id": uid, "set_id": sets[y]["id"], "state": "published",
                                              "origin": PROVINCE[0]} for uid in unit_ids])
            a_ids = dict(s.execute(select(m.Assessment.unit_id, m.Assessment.id)
                                   .where(m.Assessment.set_id == sets[y]["id"])).all())
            rows, totals, lost_of = [], {}, {}
            for uid in unit_ids:
                aid, total, lost = a_ids[uid], Decimal(0), []
                for cid, code, cname, mx, kind in sets[y]["leaves"]:
                    got = _points(rng, mx)
                    reason = rng.choice(REASONS) if got < mx else None
                    if kind == "survey":
                        rows.append({"assessment_id": aid, "criterion_id": cid, "layer": "survey", "value": got,
                                     "origin": PROVINCE[0]})
                    else:
                        own = mx if rng.random() < 0.8 else got
                        rows.append({"assessment_id": aid, "criterion_id": cid, "layer": "self", "value": own,
                                     "origin": f"u{uid}"})
                        rows.append({"assessment_id": aid, "criterion_id": cid, "layer": "appraised", "value": got,
                                     "reason": reason, "origin": PROVINCE[0]})
                    total += got
                    if got < mx:
                        lost.append((cid, code, cname, mx, mx - got, reason))
                totals[uid], lost_of[uid] = total, lost
            s.execute(insert(m.Score), rows)
            ranked = sorted(unit_ids, key=lambda u: -totals[u])
            s.execute(insert(m.PublishedResult), [{"unit_id": uid, "year": y, "code": None, "label": "Tổng điểm",
                                                   "points": totals[uid], "max_points": Decimal(100),
                                                   "rank": ranked.index(uid) + 1, "rank_of": len(unit_ids),
                                                   "origin": PROVINCE[0]} for uid in unit_ids])
            if with_plans:
                _plans(s, rng, unit_ids, y, lost_of)
            log(f"  year {y}: {len(rows)} scores: {time.perf_counter() - t0:.1f} s")
        meta["big_plan_id"] = _big_plan(s, rng, prov.id, years[-2], big_plan_tasks) if big_plan_tasks else None
        meta["leaves"] = len(sets[years[0]]["leaves"])
        meta["unit_codes"] = [f"{PROVINCE[0]}-X{n:03d}" for n in range(n_units)]
    db.close()
    if workbook:
        wb_path = out_dir / f"scores-{current_year}.xlsx"
        write_results_workbook(wb_path, names, crit_specs, leaves, rng)
        meta["workbook"] = str(wb_path)
    meta["seconds"] = round(time.perf_counter() - t0, 1)
    (out_dir / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
    return meta


def _plans(s, rng, unit_ids, result_year, lost_of) -> None:
    """One plan per unit answering `result_year`, one task per deduction (what `plan draft` makes)."""
    year = result_year + 1
    s.execute(insert(m.RemediationPlan), [{"unit_id": uid, "result_year": result_year, "year": year,
                                           "number": f"{rng.randint(10, 250)}/KH-UBND", "state": "issued",
                                           "subject": f"Kế hoạch khắc phục hạn chế, nâng cao Chỉ số CCHC năm {year}",
                                           "signer_name": "Nguyễn Văn A", "signer_authority": "TM.",
                                           "origin": PROVINCE[0]} for uid in unit_ids])
    plan_of = dict(s.execute(select(m.RemediationPlan.unit_id, m.RemediationPlan.id)
                             .where(m.RemediationPlan.result_year == result_year)).all())
    items = []
    for uid in unit_ids:
        for stt, (cid, code, cname, mx, lost, reason) in enumerate(lost_of[uid], start=1):
            items.append(_item(rng, plan_of[uid], stt, cid, code, cname, mx, lost, reason, year))
    s.execute(insert(m.PlanItem), items)


class _Item:
    """apply_deadline sets attributes: give it a plain object, then read them back."""


def _item(rng, plan_id, stt, cid, code, cname, mx, lost, reason, year) -> dict:
    it = _Item()
    apply_deadline(it, rng.choice(DEADLINES).format(y=year), year)
    return {"plan_id": plan_id, "stt": stt, "content": f"Khắc phục: {cname}", "criterion_id": cid,
            "criterion_code": code, "criterion_name": cname, "max_points": mx, "points_lost": lost,
            "reason": reason, "expected_output": "Báo cáo kết quả thực hiện", "status": "not_started",
            "origin": PROVINCE[0], **{k: v for k, v in vars(it).items() if k.startswith("deadline")}}


def _big_plan(s, rng, unit_id, result_year, n_tasks) -> int:
    plan = m.RemediationPlan(unit_id=unit_id, result_year=result_year, year=result_year + 1, number="15/KH-UBND",
                             subject=f"Kế hoạch nâng cao Chỉ số CCHC của tỉnh năm {result_year + 1}",
                             signer_name="Trần Thị B", signer_authority="KT.", signer_title="PHÓ CHỦ TỊCH",
                             state="draft", origin=PROVINCE[0], place="Buôn Ma Thuột")
    s.add(plan)
    s.flush()
    specs = [c for c in district_2022.CRITERIA if c.code in set(district_2022.LEAVES)]
    s.execute(insert(m.PlanItem), [
        _item(rng, plan.id, n + 1, None, specs[n % len(specs)].code, specs[n % len(specs)].name,
              specs[n % len(specs)].max_points, specs[n % len(specs)].max_points / 2, rng.choice(REASONS),
              result_year + 1) for n in range(n_tasks)])
    return plan.id


def write_results_workbook(path: Path, names, crit_specs, leaves, rng) -> None:
    """The province's publication: criteria down, two columns (Tự chấm, Thẩm định) per unit."""
    import openpyxl
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tổng hợp"
    for col, head in enumerate(("Mã", "Tiêu chí", "Điểm tối đa"), start=1):
        ws.cell(1, col, head)
    for u, name in enumerate(names):
        col = 4 + 2 * u
        ws.cell(1, col, name)
        ws.merge_cells(start_row=1, start_column=col, end_row=1, end_column=col + 1)
        ws.cell(2, col, "Tự chấm"), ws.cell(2, col + 1, "Thẩm định")
    for r, c in enumerate(crit_specs, start=3):
        ws.cell(r, 1, c.code), ws.cell(r, 2, c.name), ws.cell(r, 3, float(c.max_points))
        if c.code not in leaves or c.kind == "survey":
            continue
        for u in range(len(names)):
            ws.cell(r, 4 + 2 * u, float(c.max_points))
            ws.cell(r, 5 + 2 * u, float(_points(rng, c.max_points)))
    wb.save(path)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--units", type=int, default=200)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--seed", type=int, default=2025)
    args = ap.parse_args(argv)
    meta = build(args.out_dir, args.units, args.years, args.seed)
    print(json.dumps({k: v for k, v in meta.items() if k != "unit_codes"}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
