"""Deadlines of remediation tasks as officers write them ("Thời gian hoàn thành").

The text is kept verbatim for printing; the parsed form only drives sorting, overdue warnings
and progress reports. Forms seen in the seeds: `Quý III/2022`, `Chậm nhất quý II/2022`,
`Trong quý II/2022`, `Tháng Quý IV/2022`, `Thường xuyên`, `Trước ngày 25/12 hàng năm`,
`Trước ngày 15/11/2023`, `Theo quy định báo cáo quý, 6 tháng và năm`, `(trong tháng 12/2020)`,
`trong năm 2020`, `6 tháng đầu năm`. Anything else becomes kind "unknown" — never an error,
because a deadline the program cannot read is still a valid deadline for the people signing it.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from . import periods
from .text import clean, fold

KINDS = ("date", "quarter", "half", "month", "year", "recurring", "continuous", "periodic", "unknown")


@dataclass(frozen=True)
class Deadline:
    text: str
    kind: str
    start: date | None = None
    end: date | None = None  # the due date used for sorting and overdue warnings
    recurring: str | None = None  # yearly | half_yearly | quarterly | monthly | weekly
    qualifier: str | None = None  # before | no_later_than

    def to_json(self) -> dict:
        return {"kind": self.kind, "start": self.start.isoformat() if self.start else None,
                "end": self.end.isoformat() if self.end else None, "recurring": self.recurring,
                "qualifier": self.qualifier, "text": self.text}


_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_Q = r"(?:(i{1,3}|iv)|0?([1-4]))\b"  # a quarter number, Roman or Arabic
_YEAR = r"(\d{4}|\d{2})"
_SEP_YEAR = rf"(?:\s*[/.\-–]\s*|\s*,?\s*nam\s+){_YEAR}\b"  # `/2023`, ` - 2023`, ` năm 2023`

_DOC_REF = re.compile(r"\b\d+(?:/\d{2,4})?/[a-z][a-z0-9&]*(?:-[a-z0-9&]+)*|\biso\s*\d+(?::\d+)?")
_CONTINUOUS = re.compile(r"^(?:thuong xuyen|lien tuc|hang ngay)\b")
_CONTINUOUS_ANY = re.compile(r"\b(?:thuong xuyen|lien tuc)\b")
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_FULL_DATE = re.compile(r"(?<![\d/])(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})(?![\d/])")
_WORDY_DATE = re.compile(r"\b(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s*(?:,?\s*nam\s+|/)(\d{4})\b")
_DAY_MONTH = re.compile(r"(?<![\d/])(\d{1,2})\s*/\s*(\d{1,2})(?![\d/])|\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\b")
_EACH_YEAR = re.compile(r"\b(?:hang|moi)\s+nam\b")
_MONTHLY_DAY = re.compile(r"\bngay\s+(\d{1,2})\s+(?:hang|moi)\s+thang\b")
_QUARTER = re.compile(rf"\bquy\s+{_Q}(?:\s*(?:-|–|den|va|,)\s*(?:quy\s+)?{_Q})?(?:{_SEP_YEAR})?")
_HALF = re.compile(r"\b(?:6 thang|nua)\s+(dau|cuoi)(?:\s+nam)?(?:\s*[/-]?\s*(\d{4}))?\b"
                   r"|\b6 thang(?:\s+nam|\s*/)\s*(\d{4})\b")
_NINE_MONTHS = re.compile(r"\b9 thang(?:\s+dau)?(?:\s+nam|\s*/)\s*(\d{4})?|\b9 thang dau nam\b")
_MONTH = re.compile(rf"\bthang\s+(\d{{1,2}})(?:\s*(?:-|–|den|va|,)\s*(?:thang\s+)?(\d{{1,2}}))?(?:{_SEP_YEAR})?"
                    r"|(?<![\d/.])(\d{1,2})\s*/\s*(\d{4})(?![\d/])")
_YEAR_RANGE = re.compile(r"\b(\d{4})\s*(?:-|–|den)\s*(\d{4})\b")
_YEAR_WORD = re.compile(r"\bnam\s+(\d{4})\b|^(\d{4})$")
_THIS_YEAR = re.compile(r"^(?:trong|cuoi|ca|het)\s+nam\b|^nam nay\b")
_RANGE = re.compile(r"^(?:tu\s+)?(.+?)\s+(?:den|toi)\s+(?:het\s+)?(.+)$|^(.+?)\s+[-–—]\s+(.+)$")

_NO_LATER = re.compile(r"\b(?:cham nhat|khong (?:qua|muon hon|cham hon|de qua)|han (?:cuoi|chot)|truoc hoac trong)\b")
_BEFORE = re.compile(r"\btruoc\b")
_BEFORE_PERIOD = re.compile(r"\btruoc\s+(?:quy|thang|nam|6 thang|nua)\b")
_PERIODIC = re.compile(r"\b(?:dinh ky|theo (?:quy dinh|che do) bao cao|bao cao (?:quy|thang|6 thang|nam)"
                       r"|hang (?:quy|thang|tuan)|moi (?:quy|thang|tuan)|giao ban)\b")
_QUARTER_WORD = re.compile(r"\bquy\b(?!\s+(?:dinh|trinh|che|hoach|mo|tac|luat|cach|doi|chuan|uoc|trach|nap|ra|ve))")


def _last(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _year(raw: str | None, plan_year: int | None) -> int | None:
    if not raw:
        return plan_year
    y = int(raw)
    return 2000 + y if y < 100 else y


def _quarter_no(roman: str | None, arabic: str | None) -> int:
    return _ROMAN[roman] if roman else int(arabic)


def _qualifier(f: str) -> str | None:
    if _NO_LATER.search(f):
        return "no_later_than"
    return "before" if _BEFORE.search(f) else None


def _span(f: str, plan_year: int | None) -> tuple[str, date | None, date | None, str | None] | None:
    """(kind, start, end, recurring) of the first date-like form found in folded text, or None."""
    if m := _ISO_DATE.search(f):
        d = date(int(m[1]), int(m[2]), int(m[3]))
        return "date", d, d, None
    if m := _FULL_DATE.search(f):
        d = date(_year(m[4], None), int(m[3]), int(m[1]))
        return "date", d, d, None
    if m := _WORDY_DATE.search(f):
        d = date(int(m[3]), int(m[2]), int(m[1]))
        return "date", d, d, None
    if m := _MONTHLY_DAY.search(f):
        return "recurring", None, None, "monthly"
    if m := _DAY_MONTH.search(f):
        day, month = int(m[1] or m[3]), int(m[2] or m[4])
        date(2000, month, day)  # validates (2000 is a leap year, so 29/2 passes)
        if _EACH_YEAR.search(f):
            if plan_year is None:
                return "recurring", None, None, "yearly"
            d = date(plan_year, month, min(day, calendar.monthrange(plan_year, month)[1]))
            return "recurring", None, d, "yearly"
        d = date(plan_year, month, day) if plan_year else None
        return "date", d, d, None
    if m := _QUARTER.search(f):
        first = _quarter_no(m[1], m[2])
        last = _quarter_no(m[3], m[4]) if (m[3] or m[4]) else first
        y = _year(m[5], plan_year)
        if y is None:
            return "quarter", None, None, None
        return "quarter", date(y, 3 * min(first, last) - 2, 1), _last(y, 3 * max(first, last)), None
    if m := _HALF.search(f):
        second = m[1] == "cuoi"
        y = _year(m[2] or m[3], plan_year)
        if y is None:
            return "half", None, None, None
        return "half", date(y, 7 if second else 1, 1), _last(y, 12 if second else 6), None
    if m := _NINE_MONTHS.search(f):
        # 9 tháng = quarters I–III, reported as one cumulative period
        y = _year(m[1], plan_year)
        return ("quarter", date(y, 1, 1), _last(y, 9), None) if y else ("quarter", None, None, None)
    if m := _MONTH.search(f):
        if m[4]:  # bare `6/2023`
            first = last = int(m[4])
            y = _year(m[5], plan_year)
        else:
            first = int(m[1])
            last = int(m[2]) if m[2] else first
            y = _year(m[3], plan_year)
        if not (1 <= first <= 12 and 1 <= last <= 12):
            return None
        if y is None:
            return "month", None, None, None
        return "month", date(y, min(first, last), 1), _last(y, max(first, last)), None
    if m := _YEAR_RANGE.search(f):
        a, b = sorted((int(m[1]), int(m[2])))
        return "year", date(a, 1, 1), date(b, 12, 31), None
    if m := _YEAR_WORD.search(f):
        y = int(m[1] or m[2])
        return "year", date(y, 1, 1), date(y, 12, 31), None
    if _THIS_YEAR.search(f):
        return ("year", date(plan_year, 1, 1), date(plan_year, 12, 31), None) if plan_year else ("year", None, None, None)
    return None


def _periodic_frequency(f: str) -> str | None:
    """The finest reporting frequency named: `giao ban tháng, quý` -> monthly."""
    g = re.sub(r"\b[69] thang\b", " ", f)
    if re.search(r"\btuan\b", g):
        return "weekly"
    if re.search(r"\bthang\b", g):
        return "monthly"
    if _QUARTER_WORD.search(g):
        return "quarterly"
    if re.search(r"\b6 thang\b|\bnua nam\b", f):
        return "half_yearly"
    if re.search(r"\bnam\b", g):
        return "yearly"
    return None


def _range(f: str, plan_year: int | None):
    """`Từ tháng 3 đến tháng 6/2023`, `01/3/2023 - 30/6/2023`: start of the left, end of the right."""
    m = _RANGE.match(f)
    if not m:
        return None
    explicit = m[1] is not None
    left, right = (m[1], m[2]) if explicit else (m[3], m[4])
    r = _span(right, plan_year)
    if r is None or r[2] is None:
        return None
    year = r[2].year
    lf = _span(left, year)
    if lf is None or lf[1] is None or lf[1] > r[2] or lf[0] in ("recurring",):
        return None
    if not explicit and lf[0] != r[0]:
        return None  # `Quý III - 2023` is one quarter, not a range
    return r[0], lf[1], r[2], None


def parse_deadline(text: str, plan_year: int | None = None) -> Deadline:
    """Read a deadline in any of the forms officers write; unknown forms give kind "unknown"."""
    verbatim = clean(text)
    try:
        return _parse(verbatim, plan_year)
    except (ValueError, OverflowError):  # an impossible date such as 31/2/2023
        return Deadline(verbatim, "unknown")


def _parse(verbatim: str, plan_year: int | None) -> Deadline:
    f = fold(verbatim).replace("*", " ")
    f = re.sub(r"[()\[\]\"“”;:]", " ", f)
    f = re.sub(r"\s+", " ", _DOC_REF.sub(" ", f)).strip(" .,")
    if not f:
        return Deadline(verbatim, "unknown")
    if _CONTINUOUS.search(f):
        return Deadline(verbatim, "continuous")
    qualifier = _qualifier(f)
    found = _range(f, plan_year) or _span(f, plan_year)
    if found is None:
        if _PERIODIC.search(f):
            return Deadline(verbatim, "periodic", recurring=_periodic_frequency(f))
        if _CONTINUOUS_ANY.search(f):
            return Deadline(verbatim, "continuous")
        return Deadline(verbatim, "unknown")
    kind, start, end, recurring = found
    if _BEFORE_PERIOD.search(f) and kind in ("quarter", "half", "month", "year") and start is not None:
        # `Trước quý III/2022` means done by the end of quarter II.
        start, end = None, start - timedelta(days=1)
    return Deadline(verbatim, kind, start, end, recurring, qualifier)


_REPORT_KINDS = {"quarterly": ("Q1", "Q2", "Q3", "Q4"), "half_yearly": ("H1", "Y"), "yearly": ("Y",)}


def next_due(deadline: Deadline, today: date) -> date | None:
    """The next date the task falls due on or after `today`: the next yearly/monthly occurrence,
    the next report date of a periodic task, or the fixed due date; None when there is none."""
    try:
        return _next_due(deadline, today)
    except (ValueError, OverflowError):  # past the last year a date can hold
        return None


def _next_due(deadline: Deadline, today: date) -> date | None:
    if deadline.kind == "recurring":
        if deadline.recurring == "monthly":
            m = _MONTHLY_DAY.search(fold(deadline.text))
            day = int(m[1]) if m else 1
            for year, month in ((today.year, today.month), _next_month(today.year, today.month)):
                d = date(year, month, min(day, calendar.monthrange(year, month)[1]))
                if d >= today:
                    return d
        again = parse_deadline(deadline.text, today.year)
        if again.end is None:
            return deadline.end
        return again.end if again.end >= today else parse_deadline(deadline.text, today.year + 1).end
    if deadline.kind == "periodic":
        if deadline.recurring == "monthly":
            return _last(today.year, today.month)
        if deadline.recurring == "weekly":
            return today + timedelta(days=(6 - today.weekday()))
        kinds = _REPORT_KINDS.get(deadline.recurring, periods.CALENDAR_KINDS)
        return periods.next_report(today, kinds=kinds).due
    if deadline.kind in ("continuous", "unknown"):
        return None
    return deadline.end


def _next_month(year: int, month: int) -> tuple[int, int]:
    return (year + 1, 1) if month == 12 else (year, month + 1)


def is_overdue(deadline: Deadline, today: date, done: bool) -> bool:
    """A task not done whose due date has passed. Continuous, periodic and unreadable deadlines
    are never overdue: there is no date anyone could be blamed for missing."""
    if done or deadline.end is None or deadline.kind in ("continuous", "periodic", "unknown"):
        return False
    return today > deadline.end


def due_within(deadline: Deadline, start: date, end: date) -> bool:
    """Whether the task falls due in [start, end] — the tasks a progress report for that period
    must account for. Continuous tasks are due in every period (each report covers them)."""
    if deadline.kind == "continuous":
        return True
    if deadline.kind == "unknown":
        return False
    if deadline.kind in ("recurring", "periodic"):
        first = next_due(deadline, start)
        return first is not None and start <= first <= end
    return deadline.end is not None and start <= deadline.end <= end
