"""The merge writes a package with one statement per record type (package_apply): what an officer
sees must be what the record-by-record ORM merge gave — defaults, revisions, stale rows refused —
and one conflict taken alone (the conflict inbox) must end exactly like the whole package taken."""
from __future__ import annotations

import sqlite3
from decimal import Decimal

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm.exc import StaleDataError

from package_world import DISTRICT, World, set_score
from cchc_desktop.io import package_zip as pz
from cchc_desktop.services import packages, sync_records as sr
from cchc_desktop.services.package_merge import Merger
from cchc_desktop.store import models as m
from cchc_desktop.store.engine import Database


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


def _score_rows(db) -> list[tuple]:
    with db.read() as s:
        return sorted((r.uuid, r.layer, r.value, r.revision, r.base_revision, r.origin, r.deleted)
                      for r in s.execute(select(m.Score)).scalars())


def _copy(db: Database, dest) -> Database:
    dest.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(str(db.path)) as a, sqlite3.connect(str(dest)) as b:
        a.backup(b)
    return Database.open(dest)


def test_one_conflict_taken_alone_ends_like_the_whole_package_taken(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    laptop = world.second_district_pc()
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")   # office PC
    set_score(laptop, DISTRICT[0], "1.1", "self", "1")             # laptop, same score: a conflict
    path = packages.export_package(laptop, DISTRICT[0], tmp_path / "lap.cchc")["path"]
    alone = _copy(world.district, tmp_path / "alone" / "cchc.sqlite3")

    whole = packages.import_package(world.district, path, on_conflict="take-theirs")
    assert len(whole["conflicts"]) == 1
    uuid = whole["conflicts"][0]["uuid"]
    with pz.PackageReader(path) as reader:
        theirs = next(r for r in reader.payload("score") if r["uuid"] == uuid)
    with alone.session() as s:   # what the conflict inbox does with one stored conflict
        merger = Merger(s, {"score": [theirs]}, DISTRICT[0], False)
        plan = merger.classify()
        assert [a.status for a in plan.actions] == ["conflict"]
        merger.apply(plan, "take-theirs")

    mine = {r[0]: r for r in _score_rows(alone)}
    assert {r[0]: r for r in _score_rows(world.district)}[uuid] == mine[uuid]
    assert mine[uuid][2] == Decimal("1.000") and mine[uuid][3] == mine[uuid][4] == theirs["revision"]
    laptop.close()
    alone.close()


def test_a_received_record_without_a_defaulted_value_gets_the_default(world):
    with world.district.session() as s:
        cs = s.execute(select(m.CriteriaSet)).scalar_one()
        rec = {"uuid": "c-new", "origin": "DNO", "revision": 1, "base_revision": 0, "deleted": False,
               "criteria_set": cs.uuid, "parent": None, "code": "9", "name": "Tiêu chí mới", "kind": None,
               "sort_order": None, "max_points": "2", "guidance": None, "evidence_required": None}
        merger = Merger(s, {"criterion": [rec]}, "DNO", True)
        merger.apply(merger.classify(), None)
    with world.district.read() as s:
        c = s.execute(select(m.Criterion).where(m.Criterion.uuid == "c-new")).scalar_one()
        assert (c.kind, c.sort_order, c.max_points, c.revision, c.base_revision) == ("scored", 0, Decimal("2.000"), 1, 1)


def test_a_row_changed_between_reading_and_writing_is_refused_not_overwritten(world, tmp_path):
    set_score(world.province, DISTRICT[0], "1.1", "appraised", "2")
    sent = packages.export_package(world.province, DISTRICT[0], tmp_path / "a.cchc", kind="appraisal")
    packages.import_package(world.district, sent["path"])
    set_score(world.province, DISTRICT[0], "1.1", "appraised", "1.5")
    with pz.PackageReader(packages.export_package(world.province, DISTRICT[0], tmp_path / "b.cchc",
                                                  kind="appraisal")["path"]) as reader:
        scores = reader.payload("score")
    with world.district.session() as s:
        merger = Merger(s, {"score": scores}, "DNO", True)
        plan = merger.classify()
        assert [a.status for a in plan.actions] == ["updated"]
        # another officer's save lands after the merge read the row (shared server)
        s.execute(update(m.Score.__table__).where(m.Score.__table__.c.uuid == scores[0]["uuid"])
                  .values(revision=m.Score.__table__.c.revision + 5))
        with pytest.raises(StaleDataError):
            merger.apply(plan, None)
        s.rollback()


def test_local_rows_and_orm_objects_read_as_the_same_package_json(world):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    with world.district.session() as s:
        rt = sr.BY_NAME["score"]
        obj = s.execute(select(m.Score)).scalars().first()
        row = s.execute(select(m.Score.__table__).where(m.Score.__table__.c.id == obj.id)).one()
        merger = Merger(s, {}, DISTRICT[0], False)
        # same keys in the same order: the conflict inbox and the CLI show this JSON as it is
        assert list(merger.local_json(rt, row).items()) == list(merger.local_json(rt, obj).items())
        maps = {t.name: sr.id_to_uuid(s, t.model) for t in sr.TYPES}
        assert [list(d.items()) for d in sr.json_rows(rt, [row], maps)] == [list(sr.to_json(rt, obj, maps).items())]
