"""score_views: the desktop's one-query versions give exactly what the full computations give."""
from __future__ import annotations

from decimal import Decimal

from cchc_desktop.services import ranking, score_views, scorecard, scores


def test_ranking_rows_equal_the_full_ranking_every_year_and_level(demo_db):
    for year in scores.years(demo_db):
        for level in (None, "huyen"):
            assert score_views.ranking_rows(demo_db, year, level) == ranking.ranking(demo_db, year, level)
    rows = score_views.ranking_rows(demo_db, 2022, "huyen")
    assert [r.rank for r in rows] == list(range(1, 9)) and rows[-1].code == "DNO-TUYDUC" and rows[-1].own


def test_year_totals_equal_years_of_for_the_chart(demo_db):
    for unit in ("DNO-TUYDUC", "DNO-CUJUT", "DNO"):
        assert score_views.year_totals(demo_db, unit) == ranking.years_of(demo_db, unit)
    years = score_views.year_totals(demo_db, "DNO-TUYDUC")
    assert [y.year for y in years] == [2021, 2022]
    assert years[-1].appraised_total == Decimal("71.79")


def test_latest_scored_year_is_the_newest_assessed_year(demo_db):
    assert score_views.latest_scored_year(demo_db, "DNO-TUYDUC") == 2022
    assert score_views.latest_scored_year(demo_db, "DTP-SKHDT") == 2021
    # the province itself is not assessed: the newest year its units are (its page shows their average)
    assert score_views.latest_scored_year(demo_db, "DNO") == 2022


def test_scorecard_with_a_cache_equals_without_and_reuses_the_set(demo_db):
    cache: dict = {}
    for unit in ("DNO-TUYDUC", "DNO-CUJUT", "DNO-DAKMIL"):
        assert scorecard.build(demo_db, unit, 2022, cache) == scorecard.build(demo_db, unit, 2022)
    assert sum(1 for k in cache if k[0] == "ranks") == 1  # one set: its ranks summed once


def test_years_prepared_in_advance_give_the_same_scorecards(demo_db):
    """What the GUI prepares on a worker thread (every recent year of the district level) is what
    build() would compute itself: the totals, ranks and previous-year comparison are unchanged."""
    prepared = scorecard.prefetch(demo_db, "huyen")
    assert {k[1] for k in prepared if k[0] == "year_assessments"} == {2021, 2022}
    assert sum(1 for k in prepared if k[0] == "ranks") == 2  # both years' sets summed and ranked
    for year in (2021, 2022):
        for unit in ("DNO-TUYDUC", "DNO-CUJUT"):
            cache = dict(prepared)
            assert scorecard.build(demo_db, unit, year, cache) == scorecard.build(demo_db, unit, year)
            summed = {k for k in cache if k[0] in ("totals", "ranks", "criteria")}
            assert summed == {k for k in prepared if k[0] in ("totals", "ranks", "criteria")}  # nothing summed again
