"""`scores show` totals from plain rows (score_sheet, the tree once per set) are exactly what the
reference compute_totals gives for every unit, and tied units share a rank."""
from __future__ import annotations

from decimal import Decimal as D

from sqlalchemy import select, text, update

from cchc_desktop.domain.scoring import compute_totals, rank_with_ties
from cchc_desktop.services import criteria, score_sheet, scores
from cchc_desktop.store.models import Assessment, CriteriaSet, Score, Unit


def _fetch(s):
    return lambda sql, params: s.execute(text(sql), params).all()


def _shape(t):
    """What `scores show` prints of a unit's totals; repr keeps the exponents (1.000, not 1)."""
    return repr((t.self_total, t.appraised_total, t.max_total,
                 [(d.code, d.max, d.score, d.lost, d.reason) for d in t.deductions],
                 [(f.code, f.max, f.self_total, f.appraised_total, f.lost) for f in t.fields]))


def _shape_of_entry(e):
    return repr((e["self_total"], e["appraised_total"], e["max_total"],
                 [(c.code, c.max_points, score, lost, reason) for c, score, lost, reason in e["deductions"]],
                 [(top.code, f_max, f_self, f_app, f_lost) for top, f_max, f_self, f_app, f_lost in e["fields"]]))


def _reference(s, cs):
    """unit code -> UnitTotals by the plain per-unit compute_totals (the reference implementation)."""
    crits = criteria.as_domain(criteria.crits_of(s, cs.id))
    return {e.unit.code: compute_totals(crits, e.layers["self"], e.layers["appraised"], e.layers["survey"],
                                        e.reasons) for e in scores.load_set_scores(s, cs)}


def test_fast_totals_equal_compute_totals_for_every_unit_of_the_demo(demo_db):
    with demo_db.read() as s:
        sets = s.execute(select(CriteriaSet)).scalars().all()
        assert len(sets) >= 3
        checked = 0
        for cs in sets:
            expected = _reference(s, cs)
            fast = score_sheet.set_results(_fetch(s), cs.id, score_sheet.crits_of(_fetch(s), cs.id))
            assert {e["code"] for e in fast} == set(expected)
            for e in fast:
                assert _shape_of_entry(e) == _shape(expected[e["code"]]), (cs.name, e["code"])
                checked += 1
            # the ORM ranking of the GUI and the SQL sums of the scorecard agree too
            by_aid = {r.assessment.id: r for r in scores.results_of_set(s, cs)}
            assert {r.unit.code: repr(r.totals) for r in by_aid.values()} == \
                {code: repr(t) for code, t in expected.items()}
            sums = scores.appraised_totals(s, cs)
            assert {aid: sums[aid] for aid in by_aid} == {aid: r.totals.appraised_total for aid, r in by_aid.items()}
            ranks = rank_with_ties({code: t.appraised_total for code, t in expected.items()})
            assert {e["code"]: e["rank"] for e in fast} == ranks
        assert checked >= 17  # 8 districts in two years and the department


def _copy_results(db, year: int, from_code: str, to_code: str) -> None:
    """Give to_code exactly the appraised and survey points of from_code (a tie)."""
    with db.session() as s:
        def assessment(code):
            return s.execute(select(Assessment.id).join(Unit, Unit.id == Assessment.unit_id)
                             .join(CriteriaSet, CriteriaSet.id == Assessment.set_id)
                             .where(Unit.code == code, CriteriaSet.year == year)).scalar_one()
        src, dst = assessment(from_code), assessment(to_code)
        for cid, layer, value in s.execute(select(Score.criterion_id, Score.layer, Score.value)
                                           .where(Score.assessment_id == src, Score.layer != "self")).all():
            s.execute(update(Score).where(Score.assessment_id == dst, Score.criterion_id == cid,
                                          Score.layer == layer).values(value=value))


def test_tied_units_share_a_rank_and_the_next_rank_is_skipped(demo_db):
    before = {u["code"]: u for u in scores.show(demo_db, 2022)["units"]}
    first, second = sorted(before, key=lambda c: before[c]["rank"])[:2]
    _copy_results(demo_db, 2022, first, second)
    shown = scores.show(demo_db, 2022)["units"]
    by_code = {u["code"]: u for u in shown}
    assert by_code[first]["appraised_total"] == by_code[second]["appraised_total"]
    assert by_code[first]["rank"] == by_code[second]["rank"] == 1
    assert sorted(u["rank"] for u in shown)[:3] == [1, 1, 3]
    assert [u["rank"] for u in shown] == sorted(u["rank"] for u in shown)  # listed best first
    with demo_db.read() as s:
        cs = criteria.sets_of_year(s, 2022)[0]
        assert scores.rank_in_set(s, cs, next(r.assessment.id for r in scores.results_of_set(s, cs)
                                              if r.unit.code == second)) == (1, len(shown))


def test_published_totals_are_read_once_for_the_year_and_shown_per_unit(demo_db):
    units = scores.show(demo_db, 2022)["units"]
    assert all(u["published_total"] is not None and u["published_rank"] for u in units)
    assert next(u for u in units if u["published_rank"] == 8)["published_total"] == "71.79"


def test_stored_floats_come_back_as_three_place_decimals():
    assert score_sheet.points(71.79) == D("71.790") and str(score_sheet.points(5)) == "5.000"
    assert score_sheet.points(None) is None and score_sheet.points(D("1.5")) == D("1.5")


def test_fast_totals_equal_compute_totals_on_generated_province_data(tmp_path):
    """The benchmark's seeded province (the real district tree, random scores, many tied totals)."""
    import sys
    from pathlib import Path

    from cchc_desktop.store.engine import Database
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import generate
    finally:
        sys.path.pop(0)
    meta = generate.build(tmp_path, n_units=40, n_years=1, big_plan_tasks=0, with_plans=False, workbook=False,
                          log=lambda _m: None)
    db = Database.open(meta["db"])
    try:
        with db.read() as s:
            cs = criteria.sets_of_year(s, meta["years"][0])[0]
            expected = _reference(s, cs)
            fast = score_sheet.set_results(_fetch(s), cs.id, score_sheet.crits_of(_fetch(s), cs.id))
            assert len(fast) == 40
            for e in fast:
                assert _shape_of_entry(e) == _shape(expected[e["code"]]), e["code"]
            ranks = rank_with_ties({code: t.appraised_total for code, t in expected.items()})
            assert {e["code"]: e["rank"] for e in fast} == ranks
            assert len({e["appraised_total"] for e in fast}) < 40  # ties happened, and ranked alike
    finally:
        db.close()
