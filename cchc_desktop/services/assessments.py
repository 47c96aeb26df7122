"""Assessment life cycle: draft → self_assessed (locked) → sent → explained → appraised → published.

Every change of state is one transaction with an audit entry; going back to draft
(unlocking) is explicit and needs a reason, because it reopens scores the province may
already have seen.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..store.models import Assessment
from . import audit, scores, units
from .errors import InputRejected

STATES = ("draft", "self_assessed", "sent", "explained", "appraised", "published")
STATE_NAMES = {"draft": "đang chấm", "self_assessed": "đã tự chấm (khóa)", "sent": "đã gửi",
               "explained": "đã giải trình", "appraised": "đã thẩm định", "published": "đã công bố"}
# Forward steps follow the year's work; a step back is a correction and needs a reason.
FORWARD = {"draft": {"self_assessed"}, "self_assessed": {"sent"}, "sent": {"explained", "appraised"},
           "explained": {"appraised"}, "appraised": {"published"}, "published": set()}
BACKWARD = {"self_assessed": {"draft"}, "sent": {"draft", "self_assessed"},
            "explained": {"draft", "sent"}, "appraised": {"draft", "explained", "sent"},
            "published": {"draft", "appraised"}}


@dataclass(frozen=True)
class StateChange:
    unit_code: str
    year: int
    before: str
    after: str
    reason: str | None


def allowed(current: str) -> set[str]:
    return FORWARD.get(current, set()) | BACKWARD.get(current, set())


def needs_reason(before: str, after: str) -> bool:
    return after in BACKWARD.get(before, set())


def state_of(db, unit_ref: str, year: int) -> str:
    with db.read() as s:
        return scores.assessment_for(s, units.find_unit(s, unit_ref), year).state


def set_state(db, unit_ref: str, year: int, state: str, reason: str | None = None) -> StateChange:
    """Move an assessment to `state` if the life cycle allows it (one transaction, audited)."""
    if state not in STATES:
        raise InputRejected(f"Trạng thái «{state}» không hợp lệ ({', '.join(STATES)}).",
                            en=f"The state «{state}» is not valid ({', '.join(STATES)}).")
    reason = (reason or "").strip() or None
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        a: Assessment = scores.assessment_for(s, unit, year, create=True)
        before = a.state
        if state == before:
            return StateChange(unit.code, year, before, state, reason)
        if state not in allowed(before):
            raise InputRejected(f"Không thể chuyển bản đánh giá từ «{STATE_NAMES.get(before, before)}» "
                                f"sang «{STATE_NAMES[state]}».",
                                en=f"The assessment cannot go from «{STATE_NAMES.get(before, before)}» to «{STATE_NAMES[state]}».")
        if needs_reason(before, state) and not reason:
            raise InputRejected(f"Cần ghi lý do khi đưa bản đánh giá từ «{STATE_NAMES.get(before, before)}» "
                                f"về «{STATE_NAMES[state]}».",
                                en=f"A reason is needed to take the assessment back from «{STATE_NAMES.get(before, before)}» to «{STATE_NAMES[state]}».")
        a.state = state
        a.revision += 1
        action = "assessment.unlock" if state == "draft" else "assessment.state"
        audit.record(s, action, "assessment", f"{unit.code}/{year}", {"state": before}, {"state": state},
                     reason=reason)
        return StateChange(unit.code, year, before, state, reason)


def lock(db, unit_ref: str, year: int) -> StateChange:
    """Self-assessment done: the self layer becomes read-only."""
    return set_state(db, unit_ref, year, "self_assessed")


def unlock(db, unit_ref: str, year: int, reason: str) -> StateChange:
    """Back to draft from any later state; the reason is required and kept in the audit log."""
    if not (reason or "").strip():
        raise InputRejected("Cần ghi lý do mở khóa bản đánh giá.", en="A reason is needed to unlock the assessment.")
    with db.read() as s:
        current = scores.assessment_for(s, units.find_unit(s, unit_ref), year).state
    if current == "draft":
        raise InputRejected("Bản đánh giá đang mở, không cần mở khóa.",
                            en="The assessment is open already; there is nothing to unlock.")
    return set_state(db, unit_ref, year, "draft", reason)


def restore_state(db, unit_ref: str, year: int, state: str, reason: str) -> StateChange:
    """Undo of a lock or unlock: put back the state the assessment had, whatever the life cycle
    says about that direction (it is where the assessment already was). Audited with the reason."""
    if state not in STATES:
        raise InputRejected(f"Trạng thái «{state}» không hợp lệ ({', '.join(STATES)}).",
                            en=f"The state «{state}» is not valid ({', '.join(STATES)}).")
    with db.session() as s:
        unit = units.find_unit(s, unit_ref)
        a: Assessment = scores.assessment_for(s, unit, year)
        before = a.state
        a.state = state
        a.revision += 1
        audit.record(s, "assessment.restore", "assessment", f"{unit.code}/{year}", {"state": before},
                     {"state": state}, reason=reason)
        return StateChange(unit.code, year, before, state, reason)
