"""Reporting periods of progress reports (cchc report progress --period Q1-2026)."""
from datetime import date

import pytest
from hypothesis import given, strategies as st

from cchc_desktop.domain.periods import (DEFAULT_DUE_DAYS, KINDS, Period, default_calendar, format_period,
                                         next_report, parse_period, period_containing, reporting_period_for)


@pytest.mark.parametrize("code,start,end,vi,en", [
    ("Q1-2026", date(2026, 1, 1), date(2026, 3, 31), "Quý I năm 2026", "Q1 2026"),
    ("Q2-2026", date(2026, 4, 1), date(2026, 6, 30), "Quý II năm 2026", "Q2 2026"),
    ("Q3-2026", date(2026, 7, 1), date(2026, 9, 30), "Quý III năm 2026", "Q3 2026"),
    ("Q4-2026", date(2026, 10, 1), date(2026, 12, 31), "Quý IV năm 2026", "Q4 2026"),
    ("H1-2026", date(2026, 1, 1), date(2026, 6, 30), "6 tháng đầu năm 2026", "First half of 2026"),
    ("9M-2026", date(2026, 1, 1), date(2026, 9, 30), "9 tháng năm 2026", "First nine months of 2026"),
    ("Y-2026", date(2026, 1, 1), date(2026, 12, 31), "Năm 2026", "Year 2026"),
])
def test_period_codes_dates_and_labels(code, start, end, vi, en):
    p = parse_period(code)
    assert (p.start, p.end, p.label_vi, p.label_en) == (start, end, vi, en)
    assert p.code == format_period(p) == str(p) == code


@pytest.mark.parametrize("text,code", [("q1-2026", "Q1-2026"), (" h1/2026 ", "H1-2026"), ("9m 2026", "9M-2026"),
                                       ("y2026", "Y-2026")])
def test_codes_are_read_forgivingly(text, code):
    assert parse_period(text).code == code


@pytest.mark.parametrize("bad", ["", "Q5-2026", "H2-2026", "Q1", "2026", "Quý I/2026", "Q1-26", None, "Y-0000"])
def test_bad_codes_get_a_vietnamese_message_naming_the_forms(bad):
    with pytest.raises(ValueError) as e:
        parse_period(bad)
    assert "Kỳ báo cáo" in str(e.value) or "kỳ báo cáo" in str(e.value)


def test_default_calendar_is_the_four_reports_with_the_seed_001_due_dates():
    cal = default_calendar(2020)
    assert [p.code for p in cal] == ["Q1-2020", "H1-2020", "9M-2020", "Y-2020"]
    # seed 001: quý I trước 15/3; 6 tháng trước 15/6; quý III trước 15/9; năm trước 10/12
    assert [p.due for p in cal] == [date(2020, 3, 15), date(2020, 6, 15), date(2020, 9, 15), date(2020, 12, 10)]


def test_a_province_can_change_due_dates_and_impossible_days_are_clamped():
    # seed 002: the department consolidates before 16/3, 16/6, 16/9 and 14/11
    own = {"Q1": (3, 16), "H1": (6, 16), "9M": (9, 16), "Y": (11, 14)}
    assert [p.due for p in default_calendar(2022, own)] == [date(2022, 3, 16), date(2022, 6, 16),
                                                            date(2022, 9, 16), date(2022, 11, 14)]
    assert default_calendar(2023, {"H1": (6, 31)})[1].due == date(2023, 6, 30)
    assert DEFAULT_DUE_DAYS["Q1"] == (3, 15)  # the caller's dict did not change the defaults


def test_due_date_does_not_change_period_identity():
    assert Period("Q1", 2026) == Period("Q1", 2026, date(2026, 3, 1))
    assert Period("Q1", 2026).with_due({"Q1": (3, 20)}).due == date(2026, 3, 20)


@pytest.mark.parametrize("day,quarter,report", [
    (date(2026, 1, 1), "Q1-2026", "Q1-2026"), (date(2026, 3, 31), "Q1-2026", "Q1-2026"),
    (date(2026, 4, 1), "Q2-2026", "H1-2026"), (date(2026, 8, 15), "Q3-2026", "9M-2026"),
    (date(2026, 12, 31), "Q4-2026", "Y-2026"),
])
def test_period_containing_a_date(day, quarter, report):
    assert period_containing(day).code == quarter
    assert reporting_period_for(day).code == report
    assert period_containing(day).contains(day) and reporting_period_for(day).contains(day)


def test_next_report_rolls_into_next_year():
    assert next_report(date(2026, 3, 15)).code == "Q1-2026"
    assert next_report(date(2026, 3, 16)).code == "H1-2026"
    assert next_report(date(2026, 12, 11)).code == "Q1-2027"
    assert next_report(date(2026, 5, 1), kinds=("Q1", "Q2", "Q3", "Q4")).code == "Q2-2026"


@given(st.sampled_from(KINDS), st.integers(1, 9998))
def test_codes_round_trip_and_periods_nest(kind, year):
    p = Period(kind, year)
    if year >= 1000:
        assert parse_period(p.code) == p
    assert p.start <= p.due <= p.end
    assert p.start.year == p.end.year == year
