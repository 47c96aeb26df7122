"""Deciding conflicts one by one: two PCs of the district change the same self score between
exchanges; the office PC keeps its own, takes the laptop's, types a third value or postpones —
and the next exchange in both directions carries the decision without a new conflict."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from package_world import DISTRICT, World, score_of, set_score
from cchc_desktop.services import conflicts, packages
from cchc_desktop.services.errors import InputRejected, NotFound, UsageError
from cchc_desktop.store import models as m


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


class Pair:
    """The office PC (world.district) and the laptop, with the laptop's package already imported."""

    def __init__(self, world, tmp_path, laptop_edits=("1",), layer="self", remember=True):
        self.world, self.tmp = world, tmp_path
        set_score(world.district, DISTRICT[0], "1.1", layer, "2")
        self.laptop = world.second_district_pc()
        set_score(world.district, DISTRICT[0], "1.1", layer, "2.5")      # office PC
        for value in laptop_edits:                                       # laptop at the meeting
            set_score(self.laptop, DISTRICT[0], "1.1", layer, value)
        set_score(self.laptop, DISTRICT[0], "1.2", "self", "3")           # no conflict here
        self.package = packages.export_package(self.laptop, DISTRICT[0], tmp_path / "lap.cchc")["path"]
        self.first = packages.import_package(world.district, self.package)
        if remember:
            conflicts.remember_revisions(world.district, self.package)
        self.id = conflicts.list_conflicts(world.district)[0]["id"]

    def reimport(self) -> dict:
        """The office PC imports the laptop's package again, as the exchange centre and CLI do."""
        doc = packages.import_package(self.world.district, self.package)
        if doc["needs_decision"]:
            conflicts.remember_revisions(self.world.district, self.package)
        return doc

    def office_to_laptop(self, name="office.cchc") -> dict:
        out = packages.export_package(self.world.district, DISTRICT[0], self.tmp / name)
        return packages.import_package(self.laptop, out["path"])

    def laptop_to_office(self, name) -> dict:
        out = packages.export_package(self.laptop, DISTRICT[0], self.tmp / name)
        return packages.import_package(self.world.district, out["path"])


@pytest.fixture
def pair(world, tmp_path):
    p = Pair(world, tmp_path)
    yield p
    p.laptop.close()


def test_inbox_lists_the_record_in_words_with_both_values(pair):
    assert pair.first["needs_decision"]
    [c] = conflicts.list_conflicts(pair.world.district)
    assert "1.1" in c["label"] and "Kế hoạch CCHC" in c["label"] and "Tuy Đức" in c["label"]
    assert "tự chấm" in c["label"] and c["unit"] == DISTRICT[0] and c["criterion"] == "1.1"
    [f] = c["fields"]
    assert (f["label"], f["mine_text"], f["theirs_text"]) == ("Điểm", "2,5", "1")
    assert c["state"] == "open" and c["postponed_note"] is None


def test_keep_mine_wins_the_next_exchange_both_ways(pair):
    doc = conflicts.resolve_conflict(pair.world.district, pair.id, "keep-mine")
    assert doc["state"] == "kept" and doc["remaining_in_package"] == 0
    assert conflicts.list_conflicts(pair.world.district) == []
    again = packages.import_package(pair.world.district, pair.package)   # the rest of the laptop's package
    assert again["ok"] and again["conflicts"] == []
    assert score_of(pair.world.district, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    assert score_of(pair.world.district, DISTRICT[0], "1.2", "self") == Decimal("3.000")
    back = pair.office_to_laptop()
    assert back["ok"] and back["conflicts"] == []
    assert score_of(pair.laptop, DISTRICT[0], "1.1", "self") == Decimal("2.500")


@pytest.mark.parametrize("remember", [True, False], ids=["remembered", "stored-by-import"])
def test_keep_mine_after_several_laptop_edits_does_not_conflict_again(world, tmp_path, remember):
    # The import itself stores their revision with the conflict; remember_revisions is only
    # needed for conflicts stored by an older version of the app.
    p = Pair(world, tmp_path, laptop_edits=("1", "1.5", "0.5"), remember=remember)
    try:
        conflicts.resolve_conflict(world.district, p.id, "keep-mine")
        assert packages.import_package(world.district, p.package)["conflicts"] == []
        assert p.office_to_laptop()["conflicts"] == []
        assert score_of(p.laptop, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    finally:
        p.laptop.close()


def test_take_theirs_applies_their_value_and_later_laptop_edits_flow_in(pair):
    doc = conflicts.resolve_conflict(pair.world.district, pair.id, "take-theirs")
    assert doc["state"] == "taken"
    assert score_of(pair.world.district, DISTRICT[0], "1.1", "self") == Decimal("1.000")
    assert packages.import_package(pair.world.district, pair.package)["conflicts"] == []
    assert pair.office_to_laptop()["conflicts"] == []
    assert score_of(pair.laptop, DISTRICT[0], "1.1", "self") == Decimal("1.000")
    set_score(pair.laptop, DISTRICT[0], "1.1", "self", "1.75")            # the laptop moves on
    later = pair.laptop_to_office("lap2.cchc")
    assert later["ok"] and later["conflicts"] == []
    assert score_of(pair.world.district, DISTRICT[0], "1.1", "self") == Decimal("1.750")


def test_edit_sets_a_third_value_that_the_laptop_accepts(pair):
    db = pair.world.district
    with pytest.raises(InputRejected, match="vượt điểm tối đa 3"):
        conflicts.resolve_conflict(db, pair.id, "edit", {"value": "3,5"})
    assert conflicts.list_conflicts(db)[0]["id"] == pair.id             # refused: still open, unchanged
    assert score_of(db, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    with pytest.raises(UsageError):
        conflicts.resolve_conflict(db, pair.id, "edit", {"khong-co": "1"})
    doc = conflicts.resolve_conflict(db, pair.id, "edit", {"Điểm": "2,75", "reason": "Đã thống nhất"})
    assert doc["state"] == "edited"
    assert score_of(db, DISTRICT[0], "1.1", "self") == Decimal("2.750")
    assert packages.import_package(db, pair.package)["conflicts"] == []
    assert pair.office_to_laptop()["conflicts"] == []
    assert score_of(pair.laptop, DISTRICT[0], "1.1", "self") == Decimal("2.750")


def test_postpone_keeps_it_open_with_a_date_and_the_package_still_waits(pair):
    db = pair.world.district
    doc = conflicts.resolve_conflict(db, pair.id, "postpone")
    assert doc["state"] == "open" and doc["remaining_in_package"] == 1
    [c] = conflicts.list_conflicts(db)
    assert c["id"] == pair.id and c["postponed_note"].startswith("để sau từ ")
    again = packages.import_package(db, pair.package)
    assert again["needs_decision"] and [x["id"] for x in conflicts.list_conflicts(db)] == [pair.id]
    assert score_of(db, DISTRICT[0], "1.2", "self") is None


def test_every_decision_is_audited_and_unknown_or_decided_ids_are_refused(pair):
    db = pair.world.district
    with pytest.raises(NotFound) as err:
        conflicts.resolve_conflict(db, 9999, "keep-mine")
    assert err.value.exit_code == 2
    conflicts.resolve_conflict(db, pair.id, "take-theirs")
    with pytest.raises(InputRejected, match="đã được xử lý"):
        conflicts.resolve_conflict(db, pair.id, "keep-mine")
    with db.read() as s:
        entry = s.execute(select(m.AuditEntry).where(m.AuditEntry.action == "conflict.take-theirs")).scalar_one()
    assert entry.before["value"] == "2.5" and entry.after["value"] == "1" and "1.1" in entry.reason
    assert [c["id"] for c in conflicts.list_conflicts(db, "taken")] == [pair.id]


def test_undo_puts_the_local_score_and_the_open_conflict_back(pair):
    db = pair.world.district
    doc = conflicts.resolve_conflict(db, pair.id, "take-theirs")
    conflicts.undo_resolution(db, doc["undo"])
    assert score_of(db, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    assert [c["id"] for c in conflicts.list_conflicts(db)] == [pair.id]
    assert pair.reimport()["needs_decision"]                          # exactly as before the decision
    conflicts.resolve_conflict(db, pair.id, "keep-mine")
    assert packages.import_package(db, pair.package)["conflicts"] == []


def test_a_district_cannot_take_or_type_an_appraised_score(world, tmp_path):
    p = Pair(world, tmp_path, layer="appraised")   # relayed between the district's own PCs
    try:
        with pytest.raises(InputRejected, match="quyền"):
            conflicts.resolve_conflict(world.district, p.id, "take-theirs")
        with pytest.raises(InputRejected, match="không có quyền sửa"):
            conflicts.resolve_conflict(world.district, p.id, "edit", {"value": "1"})
        assert score_of(world.district, DISTRICT[0], "1.1", "appraised") == Decimal("2.500")
        assert conflicts.resolve_conflict(world.district, p.id, "keep-mine")["state"] == "kept"
        assert p.reimport()["conflicts"] == []                          # kept here, not offered as a change
        assert score_of(world.district, DISTRICT[0], "1.1", "appraised") == Decimal("2.500")
    finally:
        p.laptop.close()
