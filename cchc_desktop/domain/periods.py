"""Reporting periods of CCHC progress reports: `Q1-2026`, `H1-2026`, `9M-2026`, `Y-2026`.

Units report quarterly, half-yearly, at nine months and yearly (Báo cáo định kỳ). The period a
report covers always starts on 1 January for H1/9M/Y (they are cumulative), and each report is due
some days before its period ends so the province can consolidate (seed 001: quý I before 15/3,
6 tháng before 15/6, quý III before 15/9, năm before 10/12). Provinces change these dates, so
the due days are a plain dict a caller may override.
"""
from __future__ import annotations

import calendar
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

# kind -> (first month, last month) of the period
_MONTHS = {"Q1": (1, 3), "Q2": (4, 6), "Q3": (7, 9), "Q4": (10, 12), "H1": (1, 6), "9M": (1, 9), "Y": (1, 12)}
KINDS = tuple(_MONTHS)

# (month, day) each report is due; province-editable, pass your own dict to override.
DEFAULT_DUE_DAYS: dict[str, tuple[int, int]] = {
    "Q1": (3, 15), "Q2": (6, 15), "Q3": (9, 15), "Q4": (12, 10),
    "H1": (6, 15), "9M": (9, 15), "Y": (12, 10),
}
# The reports units actually send in a year (Q2 and Q4 are covered by H1 and Y).
CALENDAR_KINDS = ("Q1", "H1", "9M", "Y")

_ROMAN = {"Q1": "I", "Q2": "II", "Q3": "III", "Q4": "IV"}
_CODE = re.compile(r"^\s*(Q[1-4]|H1|9M|Y)\s*[-/ ]?\s*(\d{4})\s*$", re.I)
_HELP = "Dùng dạng Q1-2026, Q2-2026, Q3-2026, Q4-2026, H1-2026, 9M-2026 hoặc Y-2026."


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _due(kind: str, year: int, due_days: Mapping[str, tuple[int, int]] | None) -> date:
    month, day = (due_days or DEFAULT_DUE_DAYS).get(kind, DEFAULT_DUE_DAYS[kind])
    # A province may type 31 for a 30-day month: clamp rather than fail.
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@dataclass(frozen=True)
class Period:
    kind: str  # one of KINDS
    year: int
    due: date | None = field(default=None, compare=False)

    def __post_init__(self):
        if self.kind not in _MONTHS:
            raise ValueError(f"Loại kỳ báo cáo không hợp lệ: «{self.kind}». {_HELP}")
        if not 1 <= self.year <= 9998:  # 9998: the next year must still be a valid date
            raise ValueError(f"Năm của kỳ báo cáo không hợp lệ: {self.year}.")
        if self.due is None:
            object.__setattr__(self, "due", _due(self.kind, self.year, None))

    @property
    def code(self) -> str:
        return f"{self.kind}-{self.year}"

    @property
    def start(self) -> date:
        return date(self.year, _MONTHS[self.kind][0], 1)

    @property
    def end(self) -> date:
        return _last_day(self.year, _MONTHS[self.kind][1])

    def contains(self, day: date) -> bool:
        return self.start <= day <= self.end

    @property
    def label_vi(self) -> str:
        if self.kind in _ROMAN:
            return f"Quý {_ROMAN[self.kind]} năm {self.year}"
        return {"H1": f"6 tháng đầu năm {self.year}", "9M": f"9 tháng năm {self.year}",
                "Y": f"Năm {self.year}"}[self.kind]

    @property
    def label_en(self) -> str:
        if self.kind in _ROMAN:
            return f"{self.kind} {self.year}"
        return {"H1": f"First half of {self.year}", "9M": f"First nine months of {self.year}",
                "Y": f"Year {self.year}"}[self.kind]

    def with_due(self, due_days: Mapping[str, tuple[int, int]] | None) -> "Period":
        return Period(self.kind, self.year, _due(self.kind, self.year, due_days))

    def __str__(self) -> str:
        return self.code


def parse_period(text: str) -> Period:
    """`Q1-2026` (also `q1/2026`, `Q1 2026`) -> Period; ValueError with a Vietnamese message."""
    m = _CODE.match(str(text or ""))
    if not m:
        raise ValueError(f"Kỳ báo cáo không hợp lệ: «{text}». {_HELP}")
    return Period(m.group(1).upper(), int(m.group(2)))


def format_period(period: Period) -> str:
    return period.code


def default_calendar(year: int, due_days: Mapping[str, tuple[int, int]] | None = None) -> list[Period]:
    """The four reports of a year (Q1, H1, 9M, Y) with their due dates, in due order."""
    return [Period(kind, year, _due(kind, year, due_days)) for kind in CALENDAR_KINDS]


def period_containing(day: date) -> Period:
    """The quarter a date falls in (the finest period)."""
    return Period(f"Q{(day.month - 1) // 3 + 1}", day.year)


def reporting_period_for(day: date) -> Period:
    """The calendar report whose period first covers `day`: Jan–Mar Q1, Apr–Jun H1, Jul–Sep 9M, Oct–Dec Y."""
    return Period(CALENDAR_KINDS[(day.month - 1) // 3], day.year)


def next_report(today: date, due_days: Mapping[str, tuple[int, int]] | None = None,
                kinds: tuple[str, ...] = CALENDAR_KINDS) -> Period:
    """The first report of the given kinds due on or after `today` (rolls into next year)."""
    if not kinds:
        raise ValueError("Chưa chọn loại kỳ báo cáo nào.")
    candidates = [Period(kind, year, _due(kind, year, due_days))
                  for year in (today.year, today.year + 1) if year <= 9998 for kind in kinds]
    upcoming = [p for p in candidates if p.due >= today]
    if not upcoming:
        raise ValueError("Không còn kỳ báo cáo nào sau ngày này.")
    return min(upcoming, key=lambda p: (p.due, p.end))
