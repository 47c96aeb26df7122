"""Editing the criteria tree by hand, copying a set into a new year, undo by the inverse call."""
from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from cchc_desktop.services import audit, criteria_edit as ce
from cchc_desktop.services.errors import InputRejected, NeedsDecision
from cchc_desktop.store.models import CriteriaSet, Criterion, CriterionMapping, Score


def _set_id(db, year=2022, level="huyen"):
    with db.read() as s:
        return s.execute(select(CriteriaSet.id).where(CriteriaSet.year == year, CriteriaSet.level == level)).scalar()


def _crit(db, set_id, code):
    with db.read() as s:
        c = s.execute(select(Criterion).where(Criterion.set_id == set_id, Criterion.code == code)).scalar()
        return None if c is None else ce.snapshot(c)


def _tree_codes(db, set_id):
    from cchc_desktop.services import criteria
    with db.read() as s:
        return [(r.code, r.depth) for r in criteria.tree_rows(criteria.crits_of(s, set_id))]


def test_add_after_sibling_then_delete_is_undone(demo_db):
    sid = _set_id(demo_db)
    parent, after = _crit(demo_db, sid, "1.1"), _crit(demo_db, sid, "1.1.1")
    entries = len(audit.entries(demo_db))
    done = ce.add_criterion(demo_db, sid, parent["id"], after["id"], "1.1.9", "Tiêu chí thử", "0,5", "scored")
    codes = [c for c, _ in _tree_codes(demo_db, sid)]
    assert codes[codes.index("1.1.1") + 1] == "1.1.9"
    assert _crit(demo_db, sid, "1.1.9")["max_points"] == "0.5"
    assert len(audit.entries(demo_db)) == entries + 1
    with pytest.raises(InputRejected, match="đã có"):
        ce.add_criterion(demo_db, sid, None, None, "1.1.9", "Trùng", 1, "scored")
    ce.delete_criterion(demo_db, done["id"])
    assert _crit(demo_db, sid, "1.1.9") is None


def test_update_raises_revision_and_inverse_restores(demo_db):
    sid = _set_id(demo_db)
    c = _crit(demo_db, sid, "1.2.1")
    out = ce.update_criterion(demo_db, c["id"], max_points=Decimal("0.75"), name="Số lượng báo cáo định kỳ",
                              kind="survey", guidance="Đủ 4 báo cáo quý")
    after = _crit(demo_db, sid, "1.2.1")
    assert (after["max_points"], after["kind"], after["guidance"]) == ("0.75", "survey", "Đủ 4 báo cáo quý")
    assert after["revision"] == c["revision"] + 1
    ce.update_criterion(demo_db, c["id"], **out["before"])
    back = _crit(demo_db, sid, "1.2.1")
    assert (back["name"], back["max_points"], back["kind"], back["guidance"]) == \
        (c["name"], c["max_points"], c["kind"], c["guidance"])
    with pytest.raises(InputRejected):
        ce.update_criterion(demo_db, c["id"], kind="bogus")


def test_delete_with_scores_needs_confirmation_and_restore_brings_scores_back(demo_db):
    sid = _set_id(demo_db)
    c = _crit(demo_db, sid, "1.2")
    with demo_db.read() as s:
        before = s.execute(select(func.count(Score.id))).scalar()
    n = ce.scores_count(demo_db, c["id"])
    assert n > 0
    with pytest.raises(NeedsDecision) as err:
        ce.delete_criterion(demo_db, c["id"])
    assert str(n) in err.value.message and err.value.exit_code == 3
    assert _crit(demo_db, sid, "1.2") is not None  # nothing deleted without a yes
    deleted = ce.delete_criterion(demo_db, c["id"], confirmed=True)
    assert [x["code"] for x in deleted["criteria"]] == ["1.2", "1.2.1", "1.2.2"]
    assert _crit(demo_db, sid, "1.2.1") is None
    ce.restore_subtree(demo_db, deleted)
    with demo_db.read() as s:
        assert s.execute(select(func.count(Score.id))).scalar() == before
    assert _tree_codes(demo_db, sid)[4:7] == [("1.2", 1), ("1.2.1", 2), ("1.2.2", 2)]
    assert _crit(demo_db, sid, "1.2")["uuid"] == c["uuid"]


def test_indent_outdent_move_and_undo_by_move_to(demo_db):
    sid = _set_id(demo_db)
    c = _crit(demo_db, sid, "1.2")
    out = ce.indent(demo_db, c["id"])
    assert _crit(demo_db, sid, "1.2")["parent_id"] == _crit(demo_db, sid, "1.1")["id"]
    ce.move_to(demo_db, c["id"], out["before"]["parent_id"], out["before"]["index"])
    assert _tree_codes(demo_db, sid)[4] == ("1.2", 1)
    ce.move_up(demo_db, c["id"])
    assert _tree_codes(demo_db, sid)[1] == ("1.2", 1)
    ce.move_down(demo_db, c["id"])
    assert _tree_codes(demo_db, sid)[4] == ("1.2", 1)
    leaf = _crit(demo_db, sid, "1.2.2")
    ce.outdent(demo_db, leaf["id"])
    assert _crit(demo_db, sid, "1.2.2")["parent_id"] == _crit(demo_db, sid, "1")["id"]
    assert not ce.indent(demo_db, _crit(demo_db, sid, "1")["id"])["changed"]  # first field: nowhere to go


def test_renumber_follows_position_and_set_codes_undoes(demo_db):
    sid = _set_id(demo_db)
    c = _crit(demo_db, sid, "1.2")
    ce.move_up(demo_db, c["id"])  # now 1.2 sits first under field 1
    out = ce.renumber(demo_db, sid)
    assert _crit(demo_db, sid, "1.1")["id"] == c["id"]
    assert _crit(demo_db, sid, "1.1.2")["name"] == "Chất lượng báo cáo và thời gian báo cáo"
    ce.set_codes(demo_db, sid, out["before"])
    assert _crit(demo_db, sid, "1.2")["id"] == c["id"]


def test_set_metadata_update(demo_db):
    from datetime import date
    sid = _set_id(demo_db)
    out = ce.update_set_metadata(demo_db, sid, decision_number="99/QĐ-UBND", decision_date=date(2022, 1, 5),
                                 declared_total="100")
    meta = ce.set_metadata(demo_db, sid)
    assert meta["decision_number"] == "99/QĐ-UBND" and meta["decision_date"] == date(2022, 1, 5)
    ce.update_set_metadata(demo_db, sid, **out["before"])
    assert ce.set_metadata(demo_db, sid)["decision_number"] == "1877/QĐ-UBND"


def _copy_2023(db):
    sid = _set_id(db)
    return ce.copy_set_to_year(db, sid, 2023, [
        {"code": "1.1", "change": "renamed", "name": "Kế hoạch cải cách hành chính năm"},
        {"code": "1.2.2", "change": "split", "targets": [
            {"code": "1.2.2", "name": "Chất lượng báo cáo", "max_points": "0,5"},
            {"code": "1.2.3", "name": "Thời gian báo cáo", "max_points": "0.5"}]},
    ])


def test_copy_into_new_year_records_mapping_and_changes_view(demo_db):
    out = _copy_2023(demo_db)
    new_id = out["set_id"]
    assert out["year"] == 2023 and "2023" in out["name"]
    assert out["changes"]["renamed"] == 1 and out["changes"]["split"] == 2
    assert _crit(demo_db, new_id, "1.1")["name"] == "Kế hoạch cải cách hành chính năm"
    assert _crit(demo_db, new_id, "1.2.3")["parent_id"] == _crit(demo_db, new_id, "1.2")["id"]
    with demo_db.read() as s:
        kinds = dict(s.execute(select(CriterionMapping.change, func.count()).group_by(CriterionMapping.change)).all())
    old_count = len(_tree_codes(demo_db, _set_id(demo_db)))
    assert kinds["unchanged"] == old_count - 2
    changes = ce.changes_since_last_year(demo_db, new_id)
    assert [(c["change"], c["old_code"], c["new_code"]) for c in changes] == [
        ("renamed", "1.1", "1.1"), ("split", "1.2.2", "1.2.2"), ("split", "1.2.2", "1.2.3")]
    assert changes[0]["old_name"] == "Kế hoạch CCHC"
    # an edit after the copy shows up in the same view
    ce.delete_criterion(demo_db, _crit(demo_db, new_id, "2.3")["id"])
    assert ("removed", "2.3", None) in [(c["change"], c["old_code"], c["new_code"])
                                        for c in ce.changes_since_last_year(demo_db, new_id)]
    with pytest.raises(InputRejected, match="đã có"):
        _copy_2023(demo_db)


def test_copy_merge_remove_new_and_bad_target(demo_db):
    sid = _set_id(demo_db)
    with pytest.raises(InputRejected, match="1.9"):
        ce.copy_set_to_year(demo_db, sid, 2024, [{"code": "1.6", "change": "merged", "target": "1.9"}])
    assert _set_id(demo_db, 2024) is None  # nothing half made
    out = ce.copy_set_to_year(demo_db, sid, 2024, [
        {"code": "1.6", "change": "merged", "target": "1.7"},
        {"code": "2.3", "change": "removed"},
        {"change": "new", "parent": "2", "code": "2.4", "name": "Theo dõi thi hành pháp luật", "max_points": 2}])
    got = {(c["change"], c["old_code"], c["new_code"]) for c in ce.changes_since_last_year(demo_db, out["set_id"])}
    assert got == {("merged", "1.6", "1.7"), ("removed", "2.3", None), ("new", None, "2.4")}


def test_a_copied_set_can_be_removed_until_it_is_used(demo_db):
    from cchc_desktop.services import criteria, criteria_years
    from cchc_desktop.services.errors import InputRejected
    with demo_db.read() as s:
        source = criteria.find_set(s, 2022, "huyen").id
    out = criteria_years.copy_set_to_year(demo_db, source, 2024)
    criteria_years.remove_copied_set(demo_db, out["set_id"])
    with demo_db.read() as s:
        assert criteria.sets_of_year(s, 2024, "huyen") == []
    with pytest.raises(InputRejected):  # the 2022 set carries scores and plans: it is history
        criteria_years.remove_copied_set(demo_db, source)
