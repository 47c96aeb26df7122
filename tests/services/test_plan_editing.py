"""Editing a plan's tasks and header, each change undoable; offices; evidence files."""
from datetime import date

import pytest

from cchc_desktop.services import offices, plan_drafting, plan_editing, plans, progress
from cchc_desktop.services.errors import InputRejected

UNIT = "DNO-TUYDUC"


@pytest.fixture
def pid(demo_db):
    return plan_drafting.draft_plan(demo_db, UNIT, 2022)["plan_id"]


def _contents(db, pid):
    return [i["content"] for i in plans.show_plan(db, pid)["items"]]


def _stts(db, pid):
    return [i["stt"] for i in plans.show_plan(db, pid)["items"]]


def test_add_move_delete_and_undo_each(demo_db, pid):
    db = demo_db
    start = plans.show_plan(db, pid)
    n = len(start["items"])
    added = plan_editing.add_item(db, pid, "Tổ chức hội nghị tổng kết CCHC", at=2, lead=["Phòng Nội vụ"],
                                  deadline="Tháng 12/2023")
    assert _contents(db, pid)[1] == "Tổ chức hội nghị tổng kết CCHC"
    assert _stts(db, pid) == list(range(1, n + 2))
    assert added["before"]["items"] == [] and added["after"]["items"][0]["stt"] == 2
    plan_editing.undo(db, added)
    assert plans.show_plan(db, pid) == start
    plan_editing.redo(db, added)
    assert _contents(db, pid)[1] == "Tổ chức hội nghị tổng kết CCHC"
    plan_editing.undo(db, added)

    moved = plan_editing.move_item(db, pid, 1, n)
    assert _contents(db, pid)[-1] == start["items"][0]["content"]
    plan_editing.undo(db, moved)
    assert plans.show_plan(db, pid) == start

    deleted = plan_editing.delete_item(db, pid, 3)
    assert len(_contents(db, pid)) == n - 1 and _stts(db, pid) == list(range(1, n))
    plan_editing.undo(db, deleted)
    assert plans.show_plan(db, pid) == start


def test_merge_and_split_are_undoable(demo_db, pid):
    db = demo_db
    start = plans.show_plan(db, pid)
    merged = plan_editing.merge_items(db, pid, [6, 7])
    now = plans.show_plan(db, pid)["items"]
    assert len(now) == len(start["items"]) - 1
    assert now[5]["criterion"] == f"{start['items'][5]['criterion']}, {start['items'][6]['criterion']}"
    assert now[5]["points_lost"] == "1"
    plan_editing.undo(db, merged)
    assert plans.show_plan(db, pid) == start

    split = plan_editing.split_item(db, pid, 1, ["Báo cáo quý đúng hạn", "Báo cáo năm đúng hạn"])
    now = plans.show_plan(db, pid)["items"]
    assert [i["content"] for i in now[:2]] == ["Báo cáo quý đúng hạn", "Báo cáo năm đúng hạn"]
    assert now[1]["lead"] == now[0]["lead"] == start["items"][0]["lead"]
    plan_editing.undo(db, split)
    assert plans.show_plan(db, pid) == start
    with pytest.raises(InputRejected):
        plan_editing.merge_items(db, pid, [2])


def test_deleted_task_comes_back_with_its_progress(demo_db, pid):
    progress.record_progress(demo_db, pid, 2, "Q1-2023", "in_progress", "Đã họp giao ban")
    deleted = plan_editing.delete_item(demo_db, pid, 2)
    snap = deleted["before"]["items"][0]
    plan_editing.restore_item(demo_db, pid, {**snap, "deleted": False})
    assert progress.progress_of(demo_db, pid)["items"]["2"][0]["text"] == "Đã họp giao ban"


def test_plan_header_update_and_undo(demo_db, pid):
    change = plan_editing.update_plan(demo_db, pid, number="70/KH-UBND", issued_on="2023-03-20")
    shown = plans.show_plan(demo_db, pid)
    assert shown["number"] == "70/KH-UBND" and shown["date"] == "2023-03-20"
    assert change["before"]["meta"] == {"number": "/KH-UBND", "issued_on": None}
    plan_editing.undo(demo_db, change)
    assert plans.show_plan(demo_db, pid)["number"] == "/KH-UBND"
    with pytest.raises(InputRejected):
        plan_editing.update_plan(demo_db, pid, colour="red")


def test_rename_office_shows_in_every_plan(demo_db, pid):
    doc = offices.rename_office(demo_db, UNIT, "phong noi vu", "Phòng Nội vụ huyện Tuy Đức", "Phòng Nội vụ (mới)")
    assert doc["plans"] >= 2 and doc["before"]["short_name"] == "Phòng Nội vụ"
    for p in plans.list_plans(demo_db):
        if p["unit"] == UNIT:
            leads = " ".join(i["lead"] for i in plans.show_plan(demo_db, p["id"])["items"])
            assert "Phòng Nội vụ (mới)" in leads


def test_add_office_refuses_duplicates_and_retire_moves_open_tasks(demo_db, pid):
    with pytest.raises(InputRejected):
        offices.add_office(demo_db, UNIT, "Phòng Nội vụ")
    new = offices.add_office(demo_db, UNIT, "Phòng Nội vụ và Lao động", "Phòng NV-LĐ")["office"]
    plans.edit_item(demo_db, pid, 1, status="done")
    moved = offices.retire_office(demo_db, UNIT, "Phòng Nội vụ", "Phòng NV-LĐ", on=date(2023, 1, 1))
    assert moved["moved_tasks"] > 0
    items = plans.show_plan(demo_db, pid)["items"]
    assert items[0]["lead"] == "Phòng Nội vụ"  # finished work keeps its office
    assert any(i["lead"] == "Phòng NV-LĐ" for i in items)
    listed = {o["short_name"]: o for o in offices.list_offices(demo_db, UNIT)["offices"]}
    assert listed["Phòng Nội vụ"]["retired"] and listed["Phòng Nội vụ"]["successor"] == "Phòng NV-LĐ"
    assert listed[new["short_name"]]["tasks"] > 0


def test_evidence_is_stored_once_by_hash(demo_db, pid, tmp_path):
    f = tmp_path / "bien-ban.pdf"
    f.write_bytes(b"%PDF-1.4 bien ban hop")
    a = progress.record_progress(demo_db, pid, 1, "Q1-2023", "in_progress", "Họp", evidence=str(f))
    b = progress.record_progress(demo_db, pid, 2, "Q1-2023", "done", "Xong", evidence=str(f))
    sha = a["after"]["evidence"]
    assert sha == b["after"]["evidence"] and len(sha) == 64
    stored = list(demo_db.evidence_root.iterdir())
    assert [p.name for p in stored] == [sha]
    assert stored[0].read_bytes() == f.read_bytes()


def test_failed_needs_a_reason_and_periods_are_checked(demo_db, pid):
    with pytest.raises(InputRejected):
        progress.record_progress(demo_db, pid, 1, "Q1-2023", "failed")
    with pytest.raises(InputRejected):
        progress.record_progress(demo_db, pid, 1, "Q5-2023", "done")
    with pytest.raises(InputRejected):
        progress.record_progress(demo_db, pid, 1, "Q1-2023", "xong rồi")
    doc = progress.record_progress(demo_db, pid, 1, "Y-2023", "Không thực hiện được", "Chưa có kinh phí")
    assert doc["item_after"] == {"status": "failed", "status_reason": "Chưa có kinh phí"}


def test_report_calendar_is_editable_per_province(demo_db):
    cal = progress.report_calendar(demo_db, 2024, UNIT)
    assert [p["period"] for p in cal["periods"]] == ["Q1-2024", "H1-2024", "9M-2024", "Y-2024"]
    progress.set_report_due_days(demo_db, {"Q1": (3, 20)}, cal["province"])
    again = progress.report_calendar(demo_db, 2024, UNIT)
    assert again["periods"][0]["due"] == "2024-03-20"
    assert again["periods"][1]["due"] == cal["periods"][1]["due"]


def test_hand_set_office_for_a_criterion_wins_over_what_was_learned(demo_db):
    from cchc_desktop.services import office_map
    learned = office_map.get_map(demo_db, UNIT)["criteria"]["1.7"]
    assert learned == {"lead": ["Phòng Nội vụ"], "partners": learned["partners"], "source": "learned"}
    change = office_map.set_offices_for(demo_db, UNIT, "1.7", ["phong van hoa va thong tin"])
    assert change["before"] is None
    pid = plan_drafting.draft_plan(demo_db, UNIT, 2022)["plan_id"]
    item = next(i for i in plans.show_plan(demo_db, pid)["items"] if i["criterion"] == "1.7")
    assert item["lead"] == "Phòng Văn hóa và Thông tin"
    assert office_map.get_map(demo_db, UNIT)["criteria"]["1.7"]["source"] == "set"
