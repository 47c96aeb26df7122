"""`scores export` (per-unit layout, re-importable) and blank templates of every layout."""
from __future__ import annotations

import os
from pathlib import Path

from sqlalchemy import select

from ..domain.text import fold
from ..io.score_writer import (ScoresOut, UnitScoresOut, write_matrix_template, write_per_unit_template,
                               write_ranking_template, write_scores_workbook)
from ..store.models import Assessment, Score, Unit
from . import criteria, units
from .criteria_export import set_out
from .errors import InputRejected, NotFound


def _check_out(out) -> str:
    out = os.fspath(out)
    if not out.lower().endswith(".xlsx"):
        raise InputRejected(f"Tệp xuất «{os.path.basename(out)}» phải có đuôi .xlsx.",
                            en=f"The export file «{os.path.basename(out)}» must end in .xlsx.")
    return out


def _data(s, year: int, unit_ref: str | None, level: str | None = None, with_scores: bool = True) -> ScoresOut:
    only = units.find_unit(s, unit_ref) if unit_ref else None
    cs = criteria.find_set(s, year, level or (only.level if only else None))
    crit = set_out(s, cs)
    data = ScoresOut(year, cs.uuid, cs.name, cs.level, crit.criteria, [])
    by_id = {c.id: c.code for c in criteria.crits_of(s, cs.id)}
    rows = s.execute(select(Assessment, Unit).join(Unit, Unit.id == Assessment.unit_id)
                     .where(Assessment.set_id == cs.id, Assessment.deleted.is_(False))).all()
    if only is not None:
        rows = [(a, u) for a, u in rows if u.id == only.id]
        if not rows:
            raise NotFound(f"Đơn vị «{only.name}» chưa có điểm năm {year}.",
                           en=f"The unit «{only.name}» has no scores for {year}.")
    rows.sort(key=lambda au: fold(au[1].name))
    by_assessment = {}
    for a, u in rows:
        by_assessment[a.id] = UnitScoresOut(u.code, u.name, u.uuid)
        data.units.append(by_assessment[a.id])
    if with_scores and by_assessment:
        cells: dict[tuple[int, str], dict[str, Score]] = {}
        for sc in s.execute(select(Score).where(Score.assessment_id.in_(list(by_assessment)),
                                                Score.deleted.is_(False))).scalars():
            cells.setdefault((sc.assessment_id, by_id.get(sc.criterion_id)), {})[sc.layer] = sc
        for (aid, code), layers in cells.items():
            if code is None:
                continue
            result = layers.get("survey") or layers.get("appraised")
            self_sc = layers.get("self")
            by_assessment[aid].scores[code] = (self_sc.value if self_sc else None,
                                               result.value if result else None,
                                               (result.reason if result else None) or "")
    return data


def export_scores(db, year: int, out, unit: str | None = None, level: str | None = None) -> dict:
    out = _check_out(out)
    with db.read() as s:
        data = _data(s, year, unit, level)
    if not data.units:
        raise NotFound(f"Chưa có đơn vị nào có điểm năm {year}.", en=f"No unit has scores for {year} yet.")
    try:
        path = write_scores_workbook(data, out)
    except OSError as exc:
        raise InputRejected(f"Không ghi được tệp «{out}»: {exc.strerror or exc}.", file=out,
                            en=f"Could not write «{out}»: {exc.strerror or exc}.") from exc
    return {"path": path, "units": len(data.units), "year": year}


def templates(db, year: int, out_dir, level: str | None = None) -> list[str]:
    """Blank workbooks of the per-unit, matrix and ranking layouts for the year's set ("Tải mẫu")."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    with db.read() as s:
        data = _data(s, year, None, level, with_scores=False)
        if not data.units:
            data.units = [UnitScoresOut(u.code, u.name, u.uuid) for u in s.execute(
                select(Unit).where(Unit.level == data.level, Unit.deleted.is_(False))).scalars()]
            data.units.sort(key=lambda u: fold(u.name))
    return [write_per_unit_template(data, out_dir / f"mau-bang-diem-tung-don-vi-{year}.xlsx"),
            write_matrix_template(data, out_dir / f"mau-bang-diem-nhieu-don-vi-{year}.xlsx"),
            write_ranking_template(data, out_dir / f"mau-bang-xep-hang-{year}.xlsx")]
