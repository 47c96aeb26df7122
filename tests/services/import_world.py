"""Shared builders for the import tests: a small district world and a dump of the database
to prove that refused imports change nothing."""
from __future__ import annotations

import sys
from pathlib import Path

from sqlalchemy import func, select

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "io"))

import fixtures_workbooks as fw  # noqa: E402

from cchc_desktop.services import units  # noqa: E402
from cchc_desktop.services.criteria_import import import_criteria  # noqa: E402
from cchc_desktop.store import models as m  # noqa: E402

YEAR = 2025


def district_world(db, tmp_path: Path) -> None:
    """The fixtures' 2025 district criteria set, a province and two districts."""
    doc = import_criteria(db, fw.criteria_xlsx(tmp_path / "bo-tieu-chi.xlsx"), YEAR, level="huyen")
    assert doc["ok"], doc
    units.add_unit(db, "DTP", "Tỉnh Đồng Tháp", "tinh")
    units.add_unit(db, "H01", "UBND huyện Cao Lãnh", "huyen", "DTP")
    units.add_unit(db, "H02", "UBND huyện Tháp Mười", "huyen", "DTP")


def per_unit_xlsx(path: Path, **bodies) -> Path:
    """Sheets per unit: per_unit_xlsx(p, cao_lanh=score_body(), ...) with the usual titles."""
    names = {"cao_lanh": "UBND huyện Cao Lãnh", "thap_muoi": "UBND huyện Tháp Mười",
             "hong_ngu": "UBND huyện Hồng Ngự"}
    sheets = {names[k].replace("UBND huyện ", ""): fw.unit_sheet_rows(f"Đơn vị: {names[k]}", body)
              for k, body in bodies.items()}
    return fw.write_xlsx(path, sheets)


_TABLES = [m.Unit, m.CriteriaSet, m.Criterion, m.Assessment, m.Score, m.PublishedResult, m.ImportRecord,
           m.AuditEntry]


def dump(db) -> dict:
    """Row counts of every table an import touches, and every score and published value."""
    with db.read() as s:
        out = {t.__tablename__: s.execute(select(func.count()).select_from(t)).scalar() for t in _TABLES}
        out["scores"] = sorted((a, c, layer, str(v), r or "", rev) for a, c, layer, v, r, rev in s.execute(
            select(m.Score.assessment_id, m.Score.criterion_id, m.Score.layer, m.Score.value, m.Score.reason,
                   m.Score.revision)))
        out["published"] = sorted((u, y, c or "", str(p), rk or 0) for u, y, c, p, rk in s.execute(
            select(m.PublishedResult.unit_id, m.PublishedResult.year, m.PublishedResult.code,
                   m.PublishedResult.points, m.PublishedResult.rank)))
        out["states"] = sorted(s.execute(select(m.Assessment.id, m.Assessment.state)).all())
        return out
