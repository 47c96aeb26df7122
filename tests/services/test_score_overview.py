"""The province's own page of Chấm điểm: the average of the units assessed in a year."""
from __future__ import annotations

from cchc_desktop.domain.numbers import q3
from cchc_desktop.services import criteria, criteria_years, score_overview, scorecard, units

DISTRICTS = ("DNO-GIANGHIA", "DNO-DAKMIL", "DNO-CUJUT", "DNO-DAKRLAP", "DNO-KRONGNO", "DNO-DAKSONG",
             "DNO-DAKGLONG", "DNO-TUYDUC")


def _province_id(db) -> int:
    return next(u.id for u in units.list_units(db) if u.code == "DNO")


def test_the_average_of_the_assessed_units_on_each_criterion(demo_db):
    cards = [scorecard.build(demo_db, code, 2022) for code in DISTRICTS]
    cache: dict = {}
    ov = score_overview.build(demo_db, 2022, cache, _province_id(demo_db))
    assert (ov.year, ov.level, ov.units, ov.ranked) == (2022, "huyen", 8, 8)
    assert [(r.code, r.depth) for r in ov.rows] == [(r.code, r.depth) for r in cards[0].rows]
    totals = [c.totals.appraised_total for c in cards]
    assert ov.average_total == q3(sum(totals) / 8)
    assert ov.max_total == cards[0].totals.max_total
    checked = 0
    for i, r in enumerate(ov.rows):
        if not r.is_leaf or r.kind != "scored":
            continue
        values = [c.rows[i].appraised for c in cards if c.rows[i].appraised is not None]
        selfs = [c.rows[i].self_score for c in cards if c.rows[i].self_score is not None]
        assert r.appraised == (q3(sum(values) / len(values)) if values else None)
        assert r.self_score == (q3(sum(selfs) / len(selfs)) if selfs else None)
        assert ov.lost_counts[r.criterion_id] == sum(1 for v in values if v < r.max_points)
        if r.appraised is not None:
            assert r.lost == r.max_points - r.appraised
            checked += 1
    assert checked > 20
    # a group adds up the averages of its leaves
    group = next(r for r in ov.rows if not r.is_leaf and r.depth == 0)
    assert group.appraised == sum(r.appraised for r in ov.rows
                                  if r.is_leaf and r.kind == "scored" and r.code.startswith(group.code + ".")
                                  and r.appraised is not None)
    # the tab's cache now holds the ranks: the first unit opened from the page is one of the set
    assert scorecard.build(demo_db, "DNO-TUYDUC", 2022, cache) == scorecard.build(demo_db, "DNO-TUYDUC", 2022)


def test_nothing_to_average_in_a_year_no_unit_is_assessed_in(demo_db):
    with demo_db.read() as s:
        set_id = criteria.sets_of_year(s, 2022, "huyen")[0].id
    criteria_years.copy_set_to_year(demo_db, set_id, 2023)
    assert score_overview.build(demo_db, 2023, {}, _province_id(demo_db)) is None
