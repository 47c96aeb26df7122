"""`criteria export`: the year's set as a workbook that re-imports to the identical set."""
from __future__ import annotations

import os

from ..io.criteria_writer import CriteriaSetOut, CriterionOut, write_criteria_workbook
from . import criteria
from .errors import InputRejected


def set_out(s, cs) -> CriteriaSetOut:
    rows = criteria.crits_of(s, cs.id)
    by_id = {c.id: c for c in rows}
    ordered = criteria.tree_rows(rows)
    out = CriteriaSetOut(cs.uuid, cs.year, cs.level, cs.name, cs.decision_number)
    for r in ordered:
        c = by_id[r.id]
        out.criteria.append(CriterionOut(c.uuid, c.code, c.name, by_id[c.parent_id].code if c.parent_id else None,
                                         c.max_points, c.kind, c.guidance or "", c.evidence_required or ""))
    return out


def export_criteria(db, year: int, out: str | os.PathLike, level: str | None = None) -> dict:
    out = os.fspath(out)
    if not out.lower().endswith(".xlsx"):
        raise InputRejected(f"Tệp xuất «{os.path.basename(out)}» phải có đuôi .xlsx.",
                            en=f"The export file «{os.path.basename(out)}» must end in .xlsx.")
    with db.read() as s:
        cs = criteria.find_set(s, year, level)
        data = set_out(s, cs)
    try:
        path = write_criteria_workbook(data, out)
    except OSError as exc:
        raise InputRejected(f"Không ghi được tệp «{out}»: {exc.strerror or exc}.", file=out,
                            en=f"Could not write «{out}»: {exc.strerror or exc}.") from exc
    return {"path": path, "criteria": len(data.criteria), "year": year, "level": data.level}
