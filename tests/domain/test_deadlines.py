"""Deadlines as the seed plans write them ("Thời gian hoàn thành" column and running text)."""
import json
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from cchc_desktop.domain.deadlines import KINDS, Deadline, due_within, is_overdue, next_due, parse_deadline

D = date

# (text, plan_year) -> (kind, start, end, recurring, qualifier); the comment names the seed.
SEED_FORMS = [
    # seed 002, appendix I: quarters, with and without a qualifier
    ("Quý III/2022", 2022, ("quarter", D(2022, 7, 1), D(2022, 9, 30), None, None)),
    ("Chậm nhất quý II/2022", 2022, ("quarter", D(2022, 4, 1), D(2022, 6, 30), None, "no_later_than")),
    ("Trong quý II/2022", 2022, ("quarter", D(2022, 4, 1), D(2022, 6, 30), None, None)),
    ("Tháng Quý IV/2022", 2022, ("quarter", D(2022, 10, 1), D(2022, 12, 31), None, None)),  # typo kept
    # seeds 002, 003, 004: the most common deadline of all
    ("Thường xuyên", 2023, ("continuous", None, None, None, None)),
    ("Thường xuyên.", 2022, ("continuous", None, None, None, None)),  # seed 003 "Thời gian thực hiện"
    # seed 004 appendix
    ("Trước ngày 25/12 hàng năm", 2023, ("recurring", None, D(2023, 12, 25), "yearly", "before")),
    ("Trước ngày 15/11/2023", 2023, ("date", D(2023, 11, 15), D(2023, 11, 15), None, "before")),
    ("Theo quy định báo cáo quý, 6 tháng và năm", 2023, ("periodic", None, None, "quarterly", None)),
    ("Thông báo Kết luận cuộc họp giao ban tháng, quý của UBND huyện", 2023,
     ("periodic", None, None, "monthly", None)),
    # seed 001 running text
    ("(trong tháng 12/2020)", 2020, ("month", D(2020, 12, 1), D(2020, 12, 31), None, None)),
    ("tháng 12/2020", 2020, ("month", D(2020, 12, 1), D(2020, 12, 31), None, None)),
    ("trong năm 2020", 2020, ("year", D(2020, 1, 1), D(2020, 12, 31), None, None)),
    ("trước ngày 20/12/2020", 2020, ("date", D(2020, 12, 20), D(2020, 12, 20), None, "before")),
    ("trước ngày 15/01/2020", 2020, ("date", D(2020, 1, 15), D(2020, 1, 15), None, "before")),
    ("trước ngày 15/3", 2020, ("date", D(2020, 3, 15), D(2020, 3, 15), None, "before")),  # no year
    ("trước ngày 05/12", 2020, ("date", D(2020, 12, 5), D(2020, 12, 5), None, "before")),
    ("6 tháng đầu năm", 2020, ("half", D(2020, 1, 1), D(2020, 6, 30), None, None)),
    # seed 002 reporting rules and seed 004 header date
    ("**trước ngày 16/9**", 2022, ("date", D(2022, 9, 16), D(2022, 9, 16), None, "before")),
    ("ngày 16 tháng 3 năm 2023", None, ("date", D(2023, 3, 16), D(2023, 3, 16), None, None)),
    # forms named in the design and glossary
    ("Quý III/2023", 2023, ("quarter", D(2023, 7, 1), D(2023, 9, 30), None, None)),
    ("Trước 30/6/2023", 2023, ("date", D(2023, 6, 30), D(2023, 6, 30), None, "before")),
    ("Tháng 6/2023", 2023, ("month", D(2023, 6, 1), D(2023, 6, 30), None, None)),
    ("30/6/2023", None, ("date", D(2023, 6, 30), D(2023, 6, 30), None, None)),
    ("Năm 2023", None, ("year", D(2023, 1, 1), D(2023, 12, 31), None, None)),
]


@pytest.mark.parametrize("text,plan_year,expected", SEED_FORMS, ids=[t for t, _, _ in SEED_FORMS])
def test_every_deadline_form_of_the_seeds_is_read(text, plan_year, expected):
    d = parse_deadline(text, plan_year)
    assert (d.kind, d.start, d.end, d.recurring, d.qualifier) == expected


@pytest.mark.parametrize("text", [
    "Theo thời hạn đã đăng ký với UBND tỉnh", "Theo KH đào tạo, bồi dưỡng", "Theo hướng dẫn Trung ương",
    "Theo tiến độ phê duyệt", "Theo tiến độ của tỉnh", "Theo Kế hoạch của tỉnh",  # all seed 002
    "", "   ", "Khi có yêu cầu", "Theo Nghị định 30/2020/NĐ-CP", "31/2/2023", "Tháng 13/2023", "00/00/0000",
])
def test_deadlines_that_name_no_date_are_unknown_and_kept_verbatim(text):
    d = parse_deadline(text, 2022)
    assert d.kind == "unknown" and d.start is None and d.end is None
    assert d.text == " ".join(text.split())


@pytest.mark.parametrize("text,start,end", [
    ("Quý I/2023", D(2023, 1, 1), D(2023, 3, 31)),
    ("quý 3/2023", D(2023, 7, 1), D(2023, 9, 30)),
    ("quý 3", D(2023, 7, 1), D(2023, 9, 30)),  # missing year -> plan year
    ("Quý IV năm 2023", D(2023, 10, 1), D(2023, 12, 31)),
    ("QUÝ II - 2023", D(2023, 4, 1), D(2023, 6, 30)),
    ("quy iii/23", D(2023, 7, 1), D(2023, 9, 30)),  # no accents, two-digit year
    ("Quý I - III/2023", D(2023, 1, 1), D(2023, 9, 30)),
    ("Quý II và quý III năm 2024", D(2024, 4, 1), D(2024, 9, 30)),
])
def test_quarters_roman_arabic_and_ranges(text, start, end):
    d = parse_deadline(text, 2023)
    assert (d.kind, d.start, d.end) == ("quarter", start, end)


@pytest.mark.parametrize("text,start,end,kind", [
    ("6 tháng đầu năm 2024", D(2024, 1, 1), D(2024, 6, 30), "half"),
    ("6 tháng cuối năm", D(2023, 7, 1), D(2023, 12, 31), "half"),
    ("Nửa đầu năm 2023", D(2023, 1, 1), D(2023, 6, 30), "half"),
    ("6 tháng năm 2023", D(2023, 1, 1), D(2023, 6, 30), "half"),
    ("9 tháng đầu năm 2023", D(2023, 1, 1), D(2023, 9, 30), "quarter"),  # quarters I–III
    ("Tháng 6", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("tháng 2 năm 2024", D(2024, 2, 1), D(2024, 2, 29), "month"),
    ("6/2023", D(2023, 6, 1), D(2023, 6, 30), "month"),
    ("Tháng 6-7/2023", D(2023, 6, 1), D(2023, 7, 31), "month"),
    ("Từ tháng 3 đến tháng 6/2023", D(2023, 3, 1), D(2023, 6, 30), "month"),
    ("30-6-2023", D(2023, 6, 30), D(2023, 6, 30), "date"),
    ("30.6.2023", D(2023, 6, 30), D(2023, 6, 30), "date"),
    ("ngày 30 tháng 6 năm 2023", D(2023, 6, 30), D(2023, 6, 30), "date"),
    ("2023-06-30", D(2023, 6, 30), D(2023, 6, 30), "date"),  # a date cell from Excel
    ("01/3/2023 - 30/6/2023", D(2023, 3, 1), D(2023, 6, 30), "date"),
    ("Trong năm 2023", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Trong năm", D(2023, 1, 1), D(2023, 12, 31), "year"),
    ("Cuối năm 2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("2024", D(2024, 1, 1), D(2024, 12, 31), "year"),
    ("Giai đoạn 2021-2025", D(2021, 1, 1), D(2025, 12, 31), "year"),
])
def test_halves_months_dates_and_years(text, start, end, kind):
    d = parse_deadline(text, 2023)
    assert (d.kind, d.start, d.end) == (kind, start, end)


def test_before_a_period_means_done_by_the_end_of_the_previous_one():
    assert parse_deadline("Trước quý III/2022").end == D(2022, 6, 30)
    assert parse_deadline("Trước tháng 6/2023").end == D(2023, 5, 31)
    assert parse_deadline("Trước năm 2024").end == D(2023, 12, 31)
    # but "before day X" keeps X as the due date officers see and sort by
    assert parse_deadline("Trước ngày 15/11/2023").end == D(2023, 11, 15)


@pytest.mark.parametrize("text", ["Thường xuyên", "THƯỜNG XUYÊN", "thuong xuyen", "Liên tục",
                                  "Thường xuyên, liên tục", "Thực hiện thường xuyên"])
def test_continuous_tasks_have_no_end(text):
    d = parse_deadline(text, 2023)
    assert (d.kind, d.end) == ("continuous", None)


def test_accents_case_and_unicode_form_do_not_matter_but_the_text_is_kept_nfc():
    decomposed = unicodedata.normalize("NFD", "Chậm nhất quý II/2022")
    d = parse_deadline(decomposed)
    assert d.text == "Chậm nhất quý II/2022" and unicodedata.is_normalized("NFC", d.text)
    assert parse_deadline("cham nhat quy ii/2022") == Deadline("cham nhat quy ii/2022", "quarter",
                                                              D(2022, 4, 1), D(2022, 6, 30), None, "no_later_than")


def test_missing_year_without_plan_year_is_recognised_but_has_no_dates():
    d = parse_deadline("Quý III")
    assert (d.kind, d.start, d.end) == ("quarter", None, None)
    r = parse_deadline("Trước ngày 25/12 hàng năm")
    assert (r.kind, r.recurring, r.end) == ("recurring", "yearly", None)
    assert next_due(r, D(2024, 1, 3)) == D(2024, 12, 25)


def test_to_json_has_iso_dates_and_the_verbatim_text():
    d = parse_deadline("Chậm nhất quý II/2022")
    assert d.to_json() == {"kind": "quarter", "start": "2022-04-01", "end": "2022-06-30", "recurring": None,
                           "qualifier": "no_later_than", "text": "Chậm nhất quý II/2022"}
    assert json.loads(json.dumps(parse_deadline("Thường xuyên").to_json()))["end"] is None


def test_yearly_recurring_next_due_rolls_over_to_next_year():
    d = parse_deadline("Trước ngày 25/12 hàng năm", 2023)
    assert next_due(d, D(2023, 12, 1)) == D(2023, 12, 25)
    assert next_due(d, D(2023, 12, 25)) == D(2023, 12, 25)
    assert next_due(d, D(2023, 12, 26)) == D(2024, 12, 25)


def test_monthly_recurring_and_periodic_next_due():
    monthly = parse_deadline("Ngày 20 hàng tháng", 2023)
    assert (monthly.kind, monthly.recurring) == ("recurring", "monthly")
    assert next_due(monthly, D(2023, 3, 5)) == D(2023, 3, 20)
    assert next_due(monthly, D(2023, 12, 21)) == D(2024, 1, 20)
    reports = parse_deadline("Theo quy định báo cáo quý, 6 tháng và năm", 2023)
    # the province's report dates (seed 001): 15/3, 15/6, 15/9, 10/12
    assert next_due(reports, D(2023, 1, 10)) == D(2023, 3, 15)
    assert next_due(reports, D(2023, 3, 16)) == D(2023, 6, 15)
    assert next_due(reports, D(2023, 12, 11)) == D(2024, 3, 15)
    assert next_due(parse_deadline("Hàng tháng"), D(2023, 2, 3)) == D(2023, 2, 28)


def test_next_due_of_fixed_and_open_deadlines():
    assert next_due(parse_deadline("Quý III/2022"), D(2022, 1, 1)) == D(2022, 9, 30)
    assert next_due(parse_deadline("Thường xuyên"), D(2022, 1, 1)) is None
    assert next_due(parse_deadline("Theo tiến độ của tỉnh"), D(2022, 1, 1)) is None


def test_overdue_only_after_the_due_date_and_only_when_not_done():
    q = parse_deadline("Chậm nhất quý II/2022")
    assert not is_overdue(q, D(2022, 6, 30), done=False)
    assert is_overdue(q, D(2022, 7, 1), done=False)
    assert not is_overdue(q, D(2022, 7, 1), done=True)
    yearly = parse_deadline("Trước ngày 25/12 hàng năm", 2023)
    assert is_overdue(yearly, D(2023, 12, 26), done=False)
    for open_ended in ("Thường xuyên", "Theo quy định báo cáo quý, 6 tháng và năm", "Theo tiến độ phê duyệt"):
        assert not is_overdue(parse_deadline(open_ended, 2023), D(2030, 1, 1), done=False)


def test_due_within_a_reporting_period():
    q2, q3 = (D(2022, 4, 1), D(2022, 6, 30)), (D(2022, 7, 1), D(2022, 9, 30))
    task = parse_deadline("Chậm nhất quý II/2022")
    assert due_within(task, *q2) and not due_within(task, *q3)
    assert due_within(parse_deadline("Thường xuyên"), *q3)  # every report accounts for ongoing tasks
    assert not due_within(parse_deadline("Theo tiến độ của tỉnh"), *q3)
    yearly = parse_deadline("Trước ngày 25/12 hàng năm", 2022)
    assert due_within(yearly, D(2022, 10, 1), D(2022, 12, 31)) and not due_within(yearly, *q3)
    reports = parse_deadline("Theo quy định báo cáo quý, 6 tháng và năm", 2022)
    assert due_within(reports, *q3)  # the 15/9 report
    assert not due_within(reports, D(2022, 9, 16), D(2022, 12, 9))


def test_deadlines_sort_by_due_date():
    texts = ["Quý III/2022", "Trước ngày 15/11/2022", "Tháng 6/2022", "Chậm nhất quý II/2022", "Năm 2022"]
    ordered = sorted((parse_deadline(t, 2022) for t in texts), key=lambda d: (d.end, d.start or d.end))
    assert [d.text for d in ordered] == ["Chậm nhất quý II/2022", "Tháng 6/2022", "Quý III/2022",
                                         "Trước ngày 15/11/2022", "Năm 2022"]


@settings(max_examples=400, deadline=None)
@given(st.text(), st.one_of(st.none(), st.integers(min_value=1, max_value=9999)))
def test_parse_deadline_never_raises_on_arbitrary_text(text, plan_year):
    d = parse_deadline(text, plan_year)
    assert d.kind in KINDS
    assert d.start is None or d.end is None or d.start <= d.end
    d.to_json()
    for day in (D(2023, 1, 1), D(9998, 1, 1)):
        is_overdue(d, day, done=False)


_PIECES = st.sampled_from(["quý", "Quý", "III", "iv", "2", "/", "-", "tháng", "năm", "ngày", "trước", "chậm nhất",
                           "hàng năm", "hàng tháng", "6 tháng đầu năm", "2023", "99", "31", "12", "0", " ", ",",
                           "thường xuyên", "đến", "từ", "báo cáo", "định kỳ", "29/2", "9999", "0000"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_PIECES, max_size=10).map(" ".join), st.one_of(st.none(), st.integers(1, 9999)),
       st.dates(min_value=D(1, 1, 2), max_value=D(9998, 12, 1)))
def test_parse_deadline_never_raises_on_deadline_like_text(text, plan_year, today):
    d = parse_deadline(text, plan_year)
    assert d.kind in KINDS
    next_due(d, today)
    due_within(d, D(today.year, 1, 1), today)


def test_next_due_at_the_end_of_the_calendar_is_none_not_an_error():
    assert next_due(parse_deadline("Theo quy định báo cáo quý, 6 tháng và năm"), D(9998, 12, 11)) is None
    assert next_due(parse_deadline("Ngày 20 hàng tháng"), D(9999, 12, 21)) is None
