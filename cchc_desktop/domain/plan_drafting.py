"""Drafting next year's remediation plan from this year's deductions (pure: no database).

An officer's plan has one task per point lost. What changes little from year to year is
*who* does it: the office that led a criterion last year leads it again. So the lead and
partner offices are learned from the unit's earlier plans (the most frequent choice per
criterion code, newest plan winning ties), with the criterion's parent as a fallback
(4.4.3 goes to whoever led 4.4.2). Metadata (number pattern, signer, recipients, bases)
is rolled forward from the unit's latest plan.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal

from .text import clean, fold

RELATED_OFFICES = "Các phòng, ban liên quan"
RECURRING = "Thường xuyên"
ARCHIVE_LINE = "Lưu: VT, NV."


@dataclass(frozen=True)
class DeductionIn:
    code: str
    name: str
    max_points: Decimal | None
    points_lost: Decimal
    reason: str = ""
    kind: str = "scored"
    criterion_id: int | None = None


@dataclass(frozen=True)
class PastTask:
    """A task of an earlier plan, newest plans first; offices as stable keys (ids)."""
    criterion_code: str | None
    lead: tuple[int, ...]
    partners: tuple[int, ...]
    deadline_text: str = ""
    deadline_kind: str | None = None
    expected_output: str = ""


@dataclass(frozen=True)
class OfficeChoice:
    lead: tuple[int, ...]
    partners: tuple[int, ...]
    deadline_text: str = ""
    deadline_kind: str | None = None
    expected_output: str = ""


@dataclass(frozen=True)
class DraftTask:
    stt: int
    content: str
    criterion_code: str
    criterion_name: str
    criterion_id: int | None
    max_points: Decimal | None
    points_lost: Decimal
    reason: str
    lead: tuple[int, ...]
    partners: tuple[int, ...]
    deadline_text: str
    expected_output: str


@dataclass
class OfficeMap:
    """criterion code -> office choice (learned, then overlaid with what the unit set by hand)."""
    choices: dict[str, OfficeChoice] = field(default_factory=dict)

    def lookup(self, code: str) -> OfficeChoice | None:
        """Exact code, else a sibling under the same parent (4.4.3 -> 4.4.2), else an ancestor."""
        if code in self.choices:
            return self.choices[code]
        parts = code.split(".")
        for n in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:n])
            if prefix in self.choices:
                return self.choices[prefix]
            siblings = sorted(c for c in self.choices if c.startswith(prefix + ".") and c.count(".") == code.count("."))
            if n == len(parts) - 1 and siblings:
                return self.choices[siblings[0]]
        return None


def learn_office_map(past: list[PastTask]) -> OfficeMap:
    """Most frequent lead set per criterion code; ties go to the newest plan (listed first)."""
    by_code: dict[str, list[PastTask]] = {}
    for t in past:
        if t.criterion_code and t.lead:
            # a merged task answers several criteria: "1.2.2, 1.2.3"
            for code in re.split(r"\s*[,;]\s*|\s+va\s+", fold(t.criterion_code)):
                if code:
                    by_code.setdefault(code, []).append(t)
    out = OfficeMap()
    for code, tasks in by_code.items():
        counts = Counter(t.lead for t in tasks)
        best = max(counts.values())
        winner = next(t for t in tasks if counts[t.lead] == best)  # first = newest
        out.choices[code] = OfficeChoice(winner.lead, winner.partners, winner.deadline_text,
                                         winner.deadline_kind, winner.expected_output)
    return out


# Criteria measured over the whole year (rates, levels, compliance) are worked on all year.
_ONGOING = re.compile(r"\b(ty le|muc do|thuong xuyen|cap nhat|chap hanh|duy tri|cong khai|giai quyet|xin loi"
                      r"|tuyen truyen|su dung|hai long|trien khai|thuc hien cac chi tieu|phat trien)\b")
_CARRIED_KINDS = {"continuous", "periodic", "recurring"}


def default_deadline(criterion_name: str, year: int, past: OfficeChoice | None = None) -> str:
    """`Thường xuyên` for ongoing criteria (or last year's recurring wording), else `Quý IV/<year>`."""
    if past is not None and past.deadline_text and past.deadline_kind in _CARRIED_KINDS:
        return past.deadline_text
    if _ONGOING.search(fold(criterion_name)):
        return RECURRING
    return f"Quý IV/{year}"


_OUTPUTS = [
    (r"\b(ty le|muc do)\b", "Tỷ lệ, mức độ đạt yêu cầu của tiêu chí"),
    (r"\bbao cao\b", "Báo cáo ban hành đúng hạn"),
    (r"\bke hoach\b", "Kế hoạch ban hành đúng hạn"),
    (r"\bsang kien\b", "Sáng kiến được công nhận"),
    (r"\bkiem tra\b", "Báo cáo kết quả kiểm tra"),
    (r"\btuyen truyen\b", "Tin, bài, hội nghị tuyên truyền được tổ chức"),
    (r"\bxin loi\b", "Văn bản xin lỗi gửi đúng đối tượng"),
    (r"\bvan ban\b", "Văn bản ban hành đúng hạn"),
]


def default_output(criterion_name: str, past: OfficeChoice | None = None) -> str:
    if past is not None and past.expected_output:
        return past.expected_output
    f = fold(criterion_name)
    for pattern, text in _OUTPUTS:
        if re.search(pattern, f):
            return text
    return "Hồ sơ, tài liệu kiểm chứng đạt yêu cầu của tiêu chí"


def draft_tasks(deductions: list[DeductionIn], office_map: OfficeMap, plan_year: int,
                default_partners: tuple[int, ...] = ()) -> list[DraftTask]:
    """One task per deduction, in the criteria order given."""
    out = []
    for n, d in enumerate(deductions, start=1):
        choice = office_map.lookup(d.code)
        lead = choice.lead if choice else ()
        partners = (choice.partners if choice and choice.partners else default_partners)
        out.append(DraftTask(n, clean(d.name), d.code, clean(d.name), d.criterion_id, d.max_points, d.points_lost,
                             clean(d.reason), lead, partners, default_deadline(d.name, plan_year, choice),
                             default_output(d.name, choice)))
    return out


# ------------------------------------------------------------------ metadata
_DOC_NO = re.compile(r"(?i)\b(số)\s+\d+[a-z]?(/[\wĐđ&.\-]+)")
_DOC_DATE = re.compile(r"(?i)\bngày\s+\d{1,2}\s*/\s*\d{1,2}\s*/\s*(\d{4})")


def number_pattern(number: str | None, default: str = "/KH-UBND") -> str:
    """`12/KH-UBND` -> `/KH-UBND`: the symbol stays, the number is given when the plan is signed."""
    if not number or "/" not in number:
        return default
    return "/" + number.split("/", 1)[1].strip()


def roll_years(text: str | None, old_year: int, new_year: int, old_result: int, new_result: int) -> str | None:
    """Move the years a plan text mentions one plan forward (both years at once, no double shift)."""
    if not text:
        return text
    mapping = {str(old_year): str(new_year), str(old_result): str(new_result)}
    return re.sub(r"(?<!\d)(\d{4})(?!\d)", lambda m: mapping.get(m[1], m[1]), text)


def roll_basis(text: str, old_year: int, new_year: int, old_result: int, new_result: int) -> str:
    """`Căn cứ Quyết định số 251/QĐ-UBND ngày 01/3/2023 … năm 2022` -> `số …/QĐ-UBND ngày … năm 2023`:
    the new decision's number and date are not known when the draft is made."""
    text = _DOC_NO.sub(lambda m: f"{m[1]} …{m[2]}", text)
    text = _DOC_DATE.sub("ngày …", text)
    return roll_years(text, old_year, new_year, old_result, new_result)


def _roll_any(value, *years):
    """Organisation entries are text or small dicts of text (heading, body)."""
    if isinstance(value, str):
        return roll_years(value, *years)
    if isinstance(value, dict):
        return {k: _roll_any(v, *years) for k, v in value.items()}
    if isinstance(value, list):
        return [_roll_any(v, *years) for v in value]
    return value


def default_basis(result_year: int) -> str:
    return (f"Căn cứ Quyết định số …/QĐ-UBND ngày … của Ủy ban nhân dân tỉnh về việc công bố "
            f"Chỉ số cải cách hành chính năm {result_year}")


def recipients_with_archive(recipients: list[str] | None) -> list[str]:
    """Nơi nhận always ends with the archive line `Lưu: VT, …`."""
    lines = [clean(r) for r in (recipients or []) if clean(r)]
    if not lines or not fold(lines[-1]).lstrip("- ").startswith("luu"):
        lines.append(("- " if lines and lines[0].startswith("-") else "") + ARCHIVE_LINE)
    return lines


ROLLED_TEXT_FIELDS = ("subject", "purpose", "requirements", "tasks_intro", "appendix_title")
COPIED_FIELDS = ("place", "governing_body", "issuing_body", "signer_name", "signer_authority",
                 "signer_authority_body", "signer_title_line1", "signer_title")


def draft_metadata(latest: dict | None, year: int, result_year: int) -> dict:
    """Plan header fields for the new draft, from the unit's latest plan (a dict of its fields)."""
    if not latest:
        return {"number": "/KH-UBND", "subject": f"Khắc phục các tồn tại, hạn chế và nâng cao Chỉ số cải cách "
                f"hành chính năm {year}", "bases": [default_basis(result_year)],
                "recipients": recipients_with_archive(None), "organisation": [],
                "appendix_title": f"Khắc phục các tồn tại, hạn chế về Chỉ số CCHC năm {year}"}
    oy, ory = latest["year"], latest["result_year"]
    out = {k: latest.get(k) for k in COPIED_FIELDS}
    out["number"] = number_pattern(latest.get("number"))
    for k in ROLLED_TEXT_FIELDS:
        out[k] = roll_years(latest.get(k), oy, year, ory, result_year)
    bases = [roll_basis(b, oy, year, ory, result_year) for b in (latest.get("bases") or [])]
    out["bases"] = bases or [default_basis(result_year)]
    out["organisation"] = [_roll_any(t, oy, year, ory, result_year) for t in (latest.get("organisation") or [])]
    out["recipients"] = recipients_with_archive(latest.get("recipients"))
    return out
