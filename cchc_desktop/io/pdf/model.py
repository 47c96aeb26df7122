"""Plain documents the renderers print: built by services/reports.py, never ORM objects.

PDF (reportlab) and .docx (python-docx) read the same DTOs, so both outputs say the same thing.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import date
from decimal import Decimal

from ...domain.numbers import json_dec


@dataclass(frozen=True)
class Letterhead:
    """The decree header block (Nghị định 30/2020, Phụ lục I)."""
    governing_body: str  # UBND TỈNH ĐẮK NÔNG (upper case, not bold)
    issuing_body: str  # ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC (upper case, bold)
    number: str  # 65/KH-UBND, or "/KH-UBND" while not yet numbered
    place: str
    issued_on: date | None
    year: int  # printed when the date is still blank: "ngày   tháng   năm 2023"


@dataclass(frozen=True)
class Signer:
    lines: tuple[str, ...]  # TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH
    name: str


@dataclass(frozen=True)
class Task:
    stt: int
    content: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    deadline: str
    criterion_code: str | None = None
    criterion_name: str | None = None
    max_points: Decimal | None = None
    points_lost: Decimal | None = None
    reason: str = ""
    status: str = ""
    status_label: str = ""
    progress: str = ""  # what was done in the reported period


@dataclass(frozen=True)
class Appendix:
    kind: str  # "tasks" (seed 004) | "deficit" (seed 000)
    title: str
    attached_to: str  # (Kèm theo Kế hoạch số ... của ...)
    tasks: tuple[Task, ...]
    result_year: int | None = None  # the year the deficit columns describe
    plan_year: int | None = None


@dataclass(frozen=True)
class PlanDoc:
    letterhead: Letterhead
    kind_title: str  # KẾ HOẠCH
    subject: str
    bases: tuple[str, ...]
    intro: tuple[str, ...]
    purpose: tuple[str, ...]
    requirements: tuple[str, ...]
    tasks_intro: tuple[str, ...]
    deductions: tuple[str, ...]  # one line per lost point answered, for section II
    organisation: tuple[str, ...]
    signer: Signer
    recipients: tuple[str, ...]
    appendices: tuple[Appendix, ...]
    data_hash: str = ""
    qr_payload: str = ""
    closing: tuple[str, ...] = ()  # "Trên đây là Kế hoạch …", after section III


@dataclass(frozen=True)
class ProgressDoc:
    letterhead: Letterhead
    subject: str
    addressees: tuple[str, ...]  # Kính gửi
    period_label: str
    intro: tuple[str, ...]
    summary: tuple[str, ...]
    tasks: tuple[Task, ...]
    difficulties: tuple[str, ...]
    proposals: tuple[str, ...]
    signer: Signer
    recipients: tuple[str, ...]
    data_hash: str = ""


@dataclass(frozen=True)
class FieldLine:
    code: str
    name: str
    max: Decimal
    self_total: Decimal | None
    appraised: Decimal | None
    lost: Decimal | None
    previous: Decimal | None = None


@dataclass(frozen=True)
class DeductionLine:
    code: str
    name: str
    max: Decimal
    score: Decimal | None
    lost: Decimal
    reason: str


@dataclass(frozen=True)
class ScorecardDoc:
    unit_name: str
    parent_name: str
    year: int
    set_name: str
    max_total: Decimal
    self_total: Decimal | None
    appraised_total: Decimal | None
    index_pct: Decimal | None
    band: str | None
    rank: int | None
    rank_of: int
    previous_total: Decimal | None
    published_total: Decimal | None
    published_rank: str | None
    fields: tuple[FieldLine, ...]
    deductions: tuple[DeductionLine, ...]
    data_hash: str = ""


@dataclass(frozen=True)
class RankingLine:
    rank: int | None
    name: str
    self_total: Decimal | None
    appraised_total: Decimal | None
    index_pct: Decimal | None
    band: str | None
    fields: tuple[Decimal | None, ...]


@dataclass(frozen=True)
class RankingDoc:
    year: int
    title: str
    set_name: str
    field_heads: tuple[str, ...]  # short field labels: "1", "2", ... with their max
    lines: tuple[RankingLine, ...]
    data_hash: str = ""


@dataclass
class RenderHooks:
    """Optional progress(done, total) and cancelled() for long jobs run by the GUI."""
    progress: object = None
    cancelled: object = None
    extras: dict = field(default_factory=dict)


def _plain(o):
    if isinstance(o, Decimal):
        return json_dec(o)  # 0.500 and 0.5 are the same data
    if isinstance(o, date):
        return o.isoformat()
    raise TypeError(type(o).__name__)


def data_hash(doc) -> str:
    """First 12 hex of sha256 over the canonical JSON of what is printed (hash field excluded)."""
    d = asdict(doc)
    d.pop("data_hash", None)
    d.pop("qr_payload", None)
    text = json.dumps(d, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=_plain)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]
