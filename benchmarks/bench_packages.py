"""Export + import of a province-size year: 200 units × 40 criteria (self and appraised scores).

Run: .venv/bin/python benchmarks/bench_packages.py   (target: well under 10 s in total, < 400 MB)
The full province year with plans is `benchmarks/run.py --only package` (cases.case_package).
"""
from __future__ import annotations

import resource
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "services"))
from package_world import PROVINCE, exchange_keys, issue_criteria, open_installation  # noqa: E402

from cchc_desktop.services import packages  # noqa: E402
from cchc_desktop.store import models as m  # noqa: E402


def main() -> None:
    root = Path(tempfile.mkdtemp())
    crits = [(str(f), f"Lĩnh vực {f}", None, "8") for f in range(1, 6)]
    crits += [(f"{f}.{i}", f"Tiêu chí {f}.{i}", str(f), "1") for f in range(1, 6) for i in range(1, 9)]
    prov = open_installation(root, "tinh", PROVINCE)
    other = open_installation(root, "tinh2", PROVINCE)  # a second PC of the province office
    exchange_keys(prov, other, root)
    set_id = issue_criteria(prov, criteria=crits)
    with prov.session() as s:
        leaves = [c for c in s.query(m.Criterion).filter_by(set_id=set_id) if "." in c.code]
        for n in range(200):
            u = m.Unit(code=f"U{n:03d}", name=f"Đơn vị {n}", level="huyen", origin="DNO")
            s.add(u)
            s.flush()
            a = m.Assessment(unit_id=u.id, set_id=set_id, origin=u.code)
            s.add(a)
            s.flush()
            s.add_all([m.Score(assessment_id=a.id, criterion_id=c.id, layer=layer, value=Decimal("0.75"),
                               origin=u.code if layer == "self" else "DNO")
                       for c in leaves for layer in ("self", "appraised")])
    t0 = time.perf_counter()
    sent = packages.export_package(prov, "DNO", root / "nam.cchc")
    t1 = time.perf_counter()
    res = packages.import_package(other, sent["path"])
    t2 = time.perf_counter()
    size = Path(sent["path"]).stat().st_size
    print(f"records {sent['records']}, package {size / 1e6:.1f} MB: export {t1 - t0:.2f} s, "
          f"import {t2 - t1:.2f} s (created {res['created']}, refused {len(res['refused'])})")
    t3 = time.perf_counter()
    again = packages.export_package(prov, "DNO", root / "nam2.cchc")
    res2 = packages.import_package(other, again["path"])
    print(f"second full package, all unchanged ({res2['unchanged']}): {time.perf_counter() - t3:.2f} s")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
