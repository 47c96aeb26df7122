from decimal import Decimal as D

from cchc_desktop.domain.scoring import Crit, classify, compute_totals, index_percent, rank_with_ties


def _set():
    return [
        Crit(1, "1", "Chỉ đạo điều hành", None, D("3"), sort_order=1),
        Crit(2, "1.1", "Kế hoạch", 1, D("1"), sort_order=2),
        Crit(3, "1.2", "Báo cáo", 1, D("2"), sort_order=3),
        Crit(4, "2", "Tác động", None, D("10"), sort_order=4),
        Crit(5, "2.1", "SIPAS", 4, D("10"), kind="survey", sort_order=5),
    ]


def test_totals_sum_leaves_and_survey_points_and_list_losses():
    t = compute_totals(_set(), {2: D("1"), 3: D("2")}, {2: D("0.5"), 3: D("2")}, {5: D("7.8")},
                       {2: "Chậm ban hành"})
    assert t.max_total == D("13")
    assert t.self_total == D("3")  # survey criteria have no self score
    assert t.appraised_total == D("10.3")
    assert [(d.code, d.lost, d.reason) for d in t.deductions] == [("1.1", D("0.5"), "Chậm ban hành"),
                                                                  ("2.1", D("2.2"), "")]
    assert [(f.code, f.appraised_total, f.lost) for f in t.fields] == [("1", D("2.5"), D("0.5")),
                                                                     ("2", D("7.8"), D("2.2"))]


def test_decimal_sums_do_not_drift_like_floats():
    crits = [Crit(i, f"1.{i}", "x", None, D("0.1")) for i in range(1, 11)]
    t = compute_totals(crits, {}, {c.id: D("0.1") for c in crits}, {})
    assert t.appraised_total == D("1.000")
    assert str(t.appraised_total) == "1.000"


def test_unit_without_scores_has_no_total():
    t = compute_totals(_set(), {}, {}, {})
    assert t.appraised_total is None and t.self_total is None and t.deductions == ()


def test_ranks_share_ties_and_skip():
    assert rank_with_ties({"a": D("90"), "b": D("80"), "c": D("80"), "d": D("70"), "e": None}) == \
        {"a": 1, "b": 2, "c": 2, "d": 4, "e": None}


def test_index_and_band():
    assert index_percent(D("71.79"), D("100")) == D("71.79")
    assert index_percent(D("30.44"), D("39.5")) == D("77.06")
    assert classify(D("71.79")) == "Khá"
    assert classify(D("85")) == "Tốt"


# --- SetTotaler: the tree built once per set must give exactly what compute_totals gives -------------------

from hypothesis import given, settings, strategies as st  # noqa: E402

from cchc_desktop.domain.scoring import SetTotaler  # noqa: E402

_points = st.none() | st.integers(min_value=-2000, max_value=20000).map(lambda n: D(n).scaleb(-3))


@st.composite
def _set_and_scores(draw):
    """A random tree (fields, sub-criteria, leaves of every kind, an orphan whose parent was deleted)
    and sparse scores in all three layers, with reasons."""
    n = draw(st.integers(min_value=1, max_value=25))
    crits = []
    for i in range(1, n + 1):
        parent = draw(st.none() | st.integers(min_value=1, max_value=max(1, i - 1))) if i > 1 else None
        if parent == i:
            parent = None
        kind = draw(st.sampled_from(["scored", "scored", "survey", "bonus", "penalty"]))
        crits.append(Crit(i, f"c{i}", f"Tiêu chí {i}", parent, D(draw(st.integers(0, 15000))).scaleb(-3),
                          kind, draw(st.integers(0, 5))))
    if draw(st.booleans()):
        crits.append(Crit(n + 1, "mo-coi", "cha đã xóa", 999, D("2"), "scored", 0))
    ids = [c.id for c in crits]
    layer = st.dictionaries(st.sampled_from(ids), _points)
    reasons = st.dictionaries(st.sampled_from(ids), st.text(max_size=5))
    return crits, draw(layer), draw(layer), draw(layer), draw(reasons)


@settings(max_examples=150, deadline=None)
@given(_set_and_scores())
def test_set_totaler_equals_compute_totals(case):
    crits, self_scores, appraised, survey, reasons = case
    fast = SetTotaler(crits).totals(self_scores, appraised, survey, reasons)
    # repr: equal values with equal exponents too (1.000, not 1), as officers see them printed
    assert repr(fast) == repr(compute_totals(crits, self_scores, appraised, survey, reasons))


def test_set_totaler_serves_many_units_from_one_tree():
    totaler = SetTotaler(_set())
    a = totaler.totals({2: D("1")}, {2: D("0.5"), 3: D("2")}, {5: D("7.8")}, {2: "Chậm ban hành"})
    b = totaler.totals({}, {2: D("1"), 3: D("1")}, {}, {})
    assert (a.appraised_total, b.appraised_total) == (D("10.3"), D("2"))
    assert [d.code for d in b.deductions] == ["1.2"] and b.fields[1].appraised_total is None
