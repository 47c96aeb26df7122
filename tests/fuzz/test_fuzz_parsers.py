"""Hostile input: number and deadline parsers never crash, whatever officers (or files) type."""
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from cchc_desktop.domain.deadlines import parse_deadline
from cchc_desktop.domain.numbers import fmt_points, parse_points, q3
from cchc_desktop.domain.text import clean

# Characters that occur in real cells, plus anything unicode can throw at us.
CELLISH = st.text(alphabet=st.sampled_from("0123456789,.%-+ \u00a0\t/QquýÝIVX\u2013abcđĐ"), max_size=20)
ANY_TEXT = st.one_of(CELLISH, st.text(max_size=40))


@settings(max_examples=300, deadline=None)
@given(ANY_TEXT)
def test_parse_points_returns_a_number_or_refuses_cleanly(text):
    try:
        value = parse_points(text)
    except ValueError:
        return
    assert value is None or isinstance(value, Decimal)


@settings(max_examples=200, deadline=None)
@given(st.decimals(min_value=-99999, max_value=Decimal("99999.999"), places=3, allow_nan=False))
def test_points_shown_in_vietnamese_read_back_the_same(d):
    # Totals and sums too: fmt_points writes no thousands dot, since `1.000` would read back as 1.
    assert parse_points(fmt_points(q3(d))) == q3(d)


DEADLINE_WORDS = st.sampled_from(["Quý", "quý", "III", "IV", "II", "I", "năm", "Tháng", "tháng", "Thường xuyên",
                                  "Chậm nhất", "trước", "ngày", "6 tháng đầu năm", "Hằng năm", "/", "-", "và",
                                  "31/2/2023", "2022", "2026", "99999999", "0", "13", "đến", "từ", " "])


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(DEADLINE_WORDS, max_size=8).map(" ".join), st.text(max_size=40)),
       st.one_of(st.none(), st.integers(min_value=-5, max_value=100000)))
def test_parse_deadline_never_raises_and_keeps_the_text(text, plan_year):
    d = parse_deadline(text, plan_year)
    assert d.text == clean(text)
    assert d.kind
