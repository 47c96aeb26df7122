"""The seed documents' world as plain data, for `cchc demo` and the tests.

Pure data: no database code here (services/demo.py loads it). Points are Decimal strings,
texts are Vietnamese NFC copied verbatim from /work/shared/seeds where a seed has them;
whatever a seed does not give is marked "illustrative" (minh họa) in a comment next to it.

- seed 004: UBND huyện Tuy Đức (Đắk Nông), result 2022, plan 2023 -> district_2022.py
- seed 000: Sở Kế hoạch và Đầu tư Đồng Tháp, result 2021, plan 925/KH-SKHĐT -> department_2021.py
- seed 001: Thừa Thiên Huế, ministry results 2018 and 2019 -> province_results.py
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class UnitSpec:
    code: str
    name: str
    level: str  # tinh | so | huyen | xa | phong
    parent_code: str | None
    short_name: str
    place: str | None = None  # printed before the date: "Tuy Đức, ngày 05 tháng 4 năm 2023"


@dataclass(frozen=True)
class OfficeSpec:
    key: str
    name: str
    short_name: str
    kind: str = "office"  # office | commune_group | group ("Các phòng, ban liên quan")


@dataclass(frozen=True)
class CriterionSpec:
    code: str  # parent = code without its last segment; fields are "1".."8"
    name: str
    max_points: Decimal
    kind: str = "scored"  # scored | survey | bonus | penalty
    guidance: str = ""
    evidence: str = ""


@dataclass(frozen=True)
class CriteriaSetSpec:
    key: str
    year: int
    level: str
    name: str
    decision_number: str
    decision_date: date
    declared_total: Decimal
    criteria: tuple[CriterionSpec, ...]
    origin: str | None = None  # code of the unit that issued the set (the province)


@dataclass(frozen=True)
class ScoreSpec:
    """One leaf's scores. A leaf without a ScoreSpec has full marks (survey leaves: survey = max)."""
    code: str
    self_score: Decimal | None = None
    appraised: Decimal | None = None
    survey: Decimal | None = None
    reason: str = ""


@dataclass(frozen=True)
class UnitYearScores:
    unit_code: str
    set_key: str
    year: int
    scores: tuple[ScoreSpec, ...]
    published_total: Decimal | None
    published_rank: int | None
    rank_of: int | None
    source: str


@dataclass(frozen=True)
class PlanItemSpec:
    stt: int
    content: str
    criterion_code: str | None
    lead: tuple[str, ...]  # office keys of the plan's unit
    partners: tuple[str, ...]
    deadline_text: str
    expected_output: str = ""
    points_lost: Decimal | None = None
    reason: str = ""


@dataclass(frozen=True)
class PlanSpec:
    key: str
    unit_code: str
    result_year: int
    year: int
    number: str
    date: date
    place: str
    subject: str
    bases: tuple[str, ...]
    purpose: str  # paragraphs separated by "\n"
    requirements: str
    tasks_intro: str
    organisation: tuple[str, ...]
    signer_name: str
    signer_authority: str  # TM. | KT. | Q. | TL. | TUQ. | ""
    signer_authority_body: str
    signer_title_line1: str
    signer_title: str
    recipients: tuple[str, ...]
    items: tuple[PlanItemSpec, ...]
    appendix_title: str
    governing_body: str
    issuing_body: str
    # Paragraphs the seeds have and the fields above do not hold: the lead-in after the
    # bases ("… như sau:") and the closing paragraph before "Nơi nhận".
    preamble: str = ""
    closing: str = ""


@dataclass(frozen=True)
class PublishedRow:
    code: str | None
    label: str
    points: Decimal | None
    max_points: Decimal | None
    rank: int | None
    rank_of: int | None
    rank_note: str = ""  # "(5)": five units share the rank


@dataclass(frozen=True)
class PublishedResultSpec:
    unit_code: str
    year: int
    rows: tuple[PublishedRow, ...]
    total: Decimal
    rank: int | None
    rank_of: int | None
    source: str


# Imported after the dataclasses: the modules below build their data from them.
from .units import OFFICES, UNITS  # noqa: E402
from .district_2022 import DISTRICT_PLANS, DISTRICT_SCORES, DISTRICT_SETS  # noqa: E402
from .department_2021 import (DEPARTMENT_DEFICITS, DEPARTMENT_PLANS, DEPARTMENT_SCORES,  # noqa: E402
                              DEPARTMENT_SETS)
from .province_results import PUBLISHED  # noqa: E402

CRITERIA_SETS: tuple[CriteriaSetSpec, ...] = DISTRICT_SETS + DEPARTMENT_SETS
SCORES: tuple[UnitYearScores, ...] = DISTRICT_SCORES + DEPARTMENT_SCORES
PLANS: tuple[PlanSpec, ...] = DISTRICT_PLANS + DEPARTMENT_PLANS

__all__ = ["UnitSpec", "OfficeSpec", "CriterionSpec", "CriteriaSetSpec", "ScoreSpec", "UnitYearScores",
           "PlanItemSpec", "PlanSpec", "PublishedRow", "PublishedResultSpec", "UNITS", "OFFICES",
           "CRITERIA_SETS", "SCORES", "PLANS", "PUBLISHED", "DEPARTMENT_DEFICITS"]
