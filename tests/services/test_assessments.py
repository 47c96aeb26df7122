"""Locking and unlocking an assessment: what an officer can type, and what the audit keeps."""
from __future__ import annotations

from decimal import Decimal

import pytest

from cchc_desktop.services import assessments, audit, scorecard, scores
from cchc_desktop.services.errors import InputRejected

UNIT, YEAR = "DNO-TUYDUC", 2022


def _leaf(db):
    card = scorecard.build(db, UNIT, YEAR)
    return next(r for r in card.rows if r.is_leaf and r.kind == "scored")


def test_demo_assessment_unlocks_to_draft_with_reason_in_audit(demo_db):
    assert assessments.state_of(demo_db, UNIT, YEAR) == "published"
    change = assessments.unlock(demo_db, UNIT, YEAR, "Sửa điểm theo kết luận thẩm định")
    assert (change.before, change.after) == ("published", "draft")
    last = audit.entries(demo_db, 1)[0]
    assert last["action"] == "assessment.unlock"
    assert last["reason"] == "Sửa điểm theo kết luận thẩm định"
    assert audit.verify(demo_db)["ok"]


def test_unlock_without_reason_is_refused(demo_db):
    with pytest.raises(InputRejected, match="lý do"):
        assessments.unlock(demo_db, UNIT, YEAR, "   ")
    assert assessments.state_of(demo_db, UNIT, YEAR) == "published"


def test_lock_refuses_self_scores_but_not_appraised(demo_db):
    assessments.unlock(demo_db, UNIT, YEAR, "chấm lại")
    leaf = _leaf(demo_db)
    scores.set_score(demo_db, UNIT, YEAR, leaf.criterion_id, "self", Decimal("0.5"))
    assessments.lock(demo_db, UNIT, YEAR)
    assert assessments.state_of(demo_db, UNIT, YEAR) == "self_assessed"
    with pytest.raises(InputRejected, match="khóa"):
        scores.set_score(demo_db, UNIT, YEAR, leaf.criterion_id, "self", Decimal("0.25"))
    scores.set_score(demo_db, UNIT, YEAR, leaf.criterion_id, "appraised", Decimal("0.25"))
    assert _leaf(demo_db).self_score == Decimal("0.5")


def test_life_cycle_forward_and_refused_jumps(demo_db):
    assessments.unlock(demo_db, UNIT, YEAR, "làm lại")
    with pytest.raises(InputRejected, match="Không thể chuyển"):
        assessments.set_state(demo_db, UNIT, YEAR, "published")
    for state in ("self_assessed", "sent", "explained", "appraised", "published"):
        assert assessments.set_state(demo_db, UNIT, YEAR, state).after == state
    with pytest.raises(InputRejected, match="lý do"):
        assessments.set_state(demo_db, UNIT, YEAR, "appraised")
    assert assessments.set_state(demo_db, UNIT, YEAR, "appraised", reason="tỉnh sửa").before == "published"


def test_unknown_state_and_unlocking_a_draft_are_refused(demo_db):
    with pytest.raises(InputRejected, match="không hợp lệ"):
        assessments.set_state(demo_db, UNIT, YEAR, "closed")
    assessments.unlock(demo_db, UNIT, YEAR, "x")
    with pytest.raises(InputRejected, match="không cần mở khóa"):
        assessments.unlock(demo_db, UNIT, YEAR, "x")


def test_ranking_of_the_demo_year_and_bands_per_set(demo_db):
    from cchc_desktop.services import ranking
    from cchc_desktop.store.models import CriteriaSet
    rows = ranking.ranking(demo_db, YEAR, "huyen")
    assert len(rows) == 8
    assert (rows[-1].rank, rows[-1].code, rows[-1].own) == (8, UNIT, True)
    assert rows[-1].band == "Khá"
    with demo_db.session() as s:
        for cs in s.query(CriteriaSet).filter(CriteriaSet.year == YEAR, CriteriaSet.level == "huyen"):
            cs.bands = [{"label": "Xuất sắc", "min": "85"}, {"label": "Đạt", "min": "70"}, {"label": "Chưa đạt", "min": 0}]
    rows = ranking.ranking(demo_db, YEAR, "huyen")
    assert [r.band for r in rows][:2] == ["Xuất sắc", "Đạt"] and rows[-1].band == "Đạt"
    assert [y.year for y in ranking.years_of(demo_db, UNIT)] == [2021, 2022]
    assert not ranking.province_mode(demo_db)
    assert ranking.is_province_mode("so", "Sở Nội vụ tỉnh Đắk Nông")
