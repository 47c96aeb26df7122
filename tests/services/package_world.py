"""Two or three installations (province, district, a second PC of the district) for package tests.

Each has its own database, unit and key; keys are exchanged through key files exactly as officers
would. The province issues a small criteria set; the district self-assesses.
"""
from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from cchc_desktop.services import installation, keys, units
from cchc_desktop.store import models as m
from cchc_desktop.store.engine import Database

PROVINCE = ("DNO", "UBND tỉnh Đắk Nông", "tinh")
DISTRICT = ("DNO-TUYDUC", "UBND huyện Tuy Đức", "huyen")
CRITERIA = [("1", "Công tác chỉ đạo, điều hành", None, "6"), ("1.1", "Kế hoạch CCHC", "1", "3"),
            ("1.2", "Báo cáo CCHC", "1", "3"), ("2", "Cải cách thể chế", None, "4"),
            ("2.1", "Rà soát văn bản", "2", "2"), ("2.2", "Tổ chức thực hiện", "2", "2")]


def open_installation(root: Path, name: str, unit: tuple, parent: str | None = None) -> Database:
    db = Database.open(root / name / "cchc.sqlite3")
    if parent:
        units.add_unit(db, *PROVINCE)
    installation.init(db, unit[0], unit[1], unit[2], parent)
    return db


def exchange_keys(a: Database, b: Database, tmp: Path) -> None:
    for src, dst in ((a, b), (b, a)):
        info = keys.export_public_key(src, tmp / f"key-{id(src)}.json")
        keys.trust_key(dst, info["path"], yes=True)


def issue_criteria(db: Database, year: int = 2025, level: str = "huyen", criteria=CRITERIA) -> int:
    with db.session() as s:
        cs = m.CriteriaSet(year=year, level=level, name=f"Bộ chỉ số CCHC cấp huyện năm {year}",
                           origin=units.own_unit(s).code)
        s.add(cs)
        s.flush()
        by_code = {}
        for n, (code, name, parent, mx) in enumerate(criteria):
            c = m.Criterion(set_id=cs.id, code=code, name=name, parent_id=by_code[parent].id if parent else None,
                            sort_order=n, max_points=Decimal(mx), kind="scored", origin=cs.origin)
            s.add(c)
            s.flush()
            by_code[code] = c
        return cs.id


def set_score(db: Database, unit_code: str, code: str, layer: str, value: str, year: int = 2025,
              reason: str | None = None) -> None:
    """Type one score as the GUI would (raising the revision of an existing score)."""
    with db.session() as s:
        unit = s.execute(select(m.Unit).where(m.Unit.code == unit_code)).scalar_one()
        cs = s.execute(select(m.CriteriaSet).where(m.CriteriaSet.year == year)).scalar_one()
        a = s.execute(select(m.Assessment).where(m.Assessment.unit_id == unit.id,
                                                 m.Assessment.set_id == cs.id)).scalar()
        if a is None:
            a = m.Assessment(unit_id=unit.id, set_id=cs.id, origin=unit.code)
            s.add(a)
            s.flush()
        c = s.execute(select(m.Criterion).where(m.Criterion.set_id == cs.id, m.Criterion.code == code)).scalar_one()
        sc = s.execute(select(m.Score).where(m.Score.assessment_id == a.id, m.Score.criterion_id == c.id,
                                             m.Score.layer == layer)).scalar()
        if sc is None:
            sc = m.Score(assessment_id=a.id, criterion_id=c.id, layer=layer,
                         origin=unit.code if layer == "self" else PROVINCE[0])
            s.add(sc)
        else:
            sc.revision += 1
        sc.value = Decimal(value)
        if reason is not None:
            sc.reason = reason


def score_of(db: Database, unit_code: str, code: str, layer: str, year: int = 2025):
    with db.read() as s:
        return s.execute(select(m.Score.value).join(m.Assessment, m.Assessment.id == m.Score.assessment_id)
                         .join(m.Unit, m.Unit.id == m.Assessment.unit_id)
                         .join(m.Criterion, m.Criterion.id == m.Score.criterion_id)
                         .join(m.CriteriaSet, m.CriteriaSet.id == m.Criterion.set_id)
                         .where(m.Unit.code == unit_code, m.Criterion.code == code, m.Score.layer == layer,
                                m.CriteriaSet.year == year)).scalar()


def snapshot(db: Database) -> list[str]:
    """Every row of every table, to prove a refused package changed nothing."""
    import contextlib
    import sqlite3
    with contextlib.closing(sqlite3.connect(str(db.path))) as conn:
        return list(conn.iterdump())


def rewrite(src: Path, dst: Path, change) -> Path:
    """Copy a package entry by entry; `change(name, data)` returns new bytes or None to drop the entry."""
    import zipfile
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            data = change(info.filename, zin.read(info))
            if data is not None:
                zout.writestr(info.filename, data)
    return dst


class World:
    """Province and district, keys exchanged, the province's criteria set received by the district."""

    def __init__(self, root: Path):
        from cchc_desktop.services import packages
        self.root = root
        self.province = open_installation(root, "tinh", PROVINCE)
        self.district = open_installation(root, "huyen", DISTRICT, parent="DNO")
        exchange_keys(self.province, self.district, root)
        issue_criteria(self.province)
        sent = packages.export_package(self.province, DISTRICT[0], root / "bo-tieu-chi.cchc", kind="criteria-set")
        packages.import_package(self.district, sent["path"])

    def second_district_pc(self):
        """A laptop of the same district: own key, trusted both ways, data copied by a full package."""
        from cchc_desktop.services import packages
        db = Database.open(self.root / "huyen2" / "cchc.sqlite3")
        units.add_unit(db, *PROVINCE)
        installation.init(db, *DISTRICT, "DNO")
        exchange_keys(self.district, db, self.root)
        exchange_keys(self.province, db, self.root)
        full = packages.export_package(self.district, DISTRICT[0], self.root / "sao-chep.cchc")
        packages.import_package(db, full["path"])
        return db

    def close(self):
        self.province.close()
        self.district.close()
