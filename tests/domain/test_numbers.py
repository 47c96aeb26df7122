from decimal import Decimal as D

import pytest
from hypothesis import given, strategies as st

from cchc_desktop.domain.numbers import fmt_fixed, fmt_points, json_dec, parse_points


@pytest.mark.parametrize("text,value", [("30,44", "30.44"), ("1.00", "1.00"), ("4,855", "4.855"),
                                        ("0,5", "0.5"), (" 28,61 ", "28.61"), ("12%", "12"),
                                        ("1.234,5", "1234.5"), ("1 234,5", "1234.5"), (2, "2"),
                                        (0.1, "0.1")])
def test_parse_vietnamese_numbers(text, value):
    assert parse_points(text) == D(value)


@pytest.mark.parametrize("text", ["abc", "1,2,3", "1.2.3", "ĐTXHH", "--1"])
def test_parse_rejects_text(text):
    with pytest.raises(ValueError):
        parse_points(text)


def test_empty_is_no_score():
    assert parse_points("") is None and parse_points("  ") is None and parse_points(None) is None


def test_display_and_json():
    assert fmt_points(D("30.440")) == "30,44"
    assert fmt_points(D("71.790")) == "71,79"
    assert fmt_points(D("100.000")) == "100"
    assert fmt_points(D("1234.5")) == "1234,5"
    assert parse_points(fmt_points(D("1000"))) == D("1000")  # never "1.000", which reads as 1
    assert fmt_fixed(D("1"), 2) == "1,00"
    assert json_dec(D("71.790")) == "71.79" and json_dec(D("100")) == "100" and json_dec(None) is None


@given(st.decimals(min_value=-99999, max_value=99999, places=3, allow_nan=False, allow_infinity=False))
def test_display_round_trips(d):
    assert parse_points(fmt_points(d)) == d
