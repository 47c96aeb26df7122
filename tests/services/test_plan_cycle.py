"""The whole plan cycle on the demo database: draft, edit, track, export, import."""
from datetime import date

import openpyxl
import pytest

from cchc_desktop.services import plan_drafting, plan_exchange, plans, progress, scores
from cchc_desktop.services.errors import InputRejected

UNIT = "DNO-TUYDUC"


def _deduction_codes(db):
    unit = scores.show(db, 2022, unit=UNIT)["units"][0]
    return [d["code"] for d in unit["deductions"]]


def _leads_by_code(plan):
    return {i["criterion"]: i["lead"] for i in plan["items"]}


@pytest.fixture
def drafted(demo_db):
    return plan_drafting.draft_plan(demo_db, UNIT, 2022)


def test_draft_covers_every_deduction_with_the_seed_offices(demo_db, drafted):
    codes = _deduction_codes(demo_db)
    plan = plans.show_plan(demo_db, drafted["plan_id"])
    assert drafted["items"] == len(codes) == drafted["deductions"]
    assert [i["criterion"] for i in plan["items"]] == codes
    assert drafted["without_lead"] == []
    seed_plan = next(p for p in plans.list_plans(demo_db) if p["unit"] == UNIT and p["id"] != drafted["plan_id"])
    seed = _leads_by_code(plans.show_plan(demo_db, seed_plan["id"]))
    mine = _leads_by_code(plan)
    for code in codes:
        if code in seed:
            assert mine[code] == seed[code], code
    # 4.4.3 is not in the seed appendix: its sibling 4.4.2's lead office is used
    if "4.4.3" in mine:
        assert mine["4.4.3"] == seed["4.4.2"] == "Phòng Nội vụ"
    assert plan["year"] == 2023 and plan["number"] == "/KH-UBND"
    assert plan["recipients"][-1].lstrip("- ").startswith("Lưu: VT")
    assert plan["signer"]["name"]


def test_cycle_edit_track_export_import(demo_db, drafted, tmp_path):
    db, pid = demo_db, drafted["plan_id"]
    items = plans.show_plan(db, pid)["items"]
    stt = next(i["stt"] for i in items if i["criterion"] == "1.7")

    # edit lead office and deadline, as the GUI would
    plans.edit_item(db, pid, stt, lead=["Văn phòng HĐND&UBND huyện"], deadline="Quý II/2023")
    item = plans.show_plan(db, pid)["items"][stt - 1]
    assert item["lead"] == "Văn phòng HĐND&UBND huyện" and item["deadline"]["end"] == "2023-06-30"

    def listed(kind, today):
        return [(t["plan_id"], t["stt"]) for t in progress.todo(db, today, UNIT)[kind]]

    assert (pid, stt) in listed("due_this_month", date(2023, 6, 5))
    assert (pid, stt) in listed("overdue", date(2023, 7, 10))
    by_office = progress.todo(db, date(2023, 7, 10), UNIT)["by_office"]
    assert any(g["office"] == "Văn phòng HĐND&UBND huyện" and any(t["stt"] == stt for t in g["overdue"])
               for g in by_office)

    for period, status in (("Q1-2023", "in_progress"), ("H1-2023", "Đang thực hiện"), ("9M-2023", "done"),
                           ("Y-2023", "hoàn thành")):
        progress.record_progress(db, pid, stt, period, status, f"Kết quả {period}")
    assert (pid, stt) not in listed("overdue", date(2023, 7, 10))
    assert plans.show_plan(db, pid)["items"][stt - 1]["status"] == "done"
    got = progress.progress_of(db, pid)["items"][str(stt)]
    assert [u["period"] for u in got] == ["Q1-2023", "H1-2023", "9M-2023", "Y-2023"]
    # the same period typed again replaces, never duplicates
    again = progress.record_progress(db, pid, stt, "Q1-2023", "in_progress", "Sửa lại")
    assert again["before"]["text"] == "Kết quả Q1-2023"
    assert len(progress.progress_of(db, pid)["items"][str(stt)]) == 4
    assert plans.show_plan(db, pid)["items"][stt - 1]["status"] == "done"  # Y stays the latest

    out = tmp_path / "phu-luc.xlsx"
    assert plan_exchange.export_plan(db, pid, out)["path"] == str(out)
    same = plan_exchange.import_plan(db, out)
    assert same == {"plan_id": pid, "created": 0, "updated": 0, "unchanged": drafted["items"],
                    "kept_not_in_workbook": []}

    wb = openpyxl.load_workbook(out)
    ws = wb["Phụ lục"]
    assert ws.freeze_panes == "A6" and ws.print_title_rows == "$5:$5"
    assert ws.page_setup.orientation == "landscape"
    assert wb["_cchc"].sheet_state == "hidden"
    row = next(r for r in range(6, ws.max_row + 1) if ws.cell(r, 1).value == 2)
    ws.cell(row, 4).value = "phong noi vu"          # accent-insensitive office name
    ws.cell(row, 8).value = "Đang thực hiện"
    wb.save(out)
    changed = plan_exchange.import_plan(db, out)
    assert (changed["created"], changed["updated"], changed["unchanged"]) == (0, 1, drafted["items"] - 1)
    second = plans.show_plan(db, pid)["items"][1]
    assert second["lead"] == "Phòng Nội vụ" and second["status"] == "in_progress"


def test_bad_office_or_status_names_the_cell_and_writes_nothing(demo_db, drafted, tmp_path):
    db, pid = demo_db, drafted["plan_id"]
    out = tmp_path / "p.xlsx"
    plan_exchange.export_plan(db, pid, out)
    before = plans.show_plan(db, pid)
    wb = openpyxl.load_workbook(out)
    ws = wb["Phụ lục"]
    ws["B6"] = "Nội dung mới"
    ws["D7"] = "Phòng Không Tồn Tại"
    wb.save(out)
    with pytest.raises(InputRejected) as exc:
        plan_exchange.import_plan(db, out)
    assert exc.value.sheet == "Phụ lục" and exc.value.cell == "D7" and exc.value.file == "p.xlsx"
    assert "Phòng Không Tồn Tại" in exc.value.message
    assert plans.show_plan(db, pid) == before

    ws["D7"] = before["items"][1]["lead"]
    ws["H8"] = "Sắp xong"
    wb.save(out)
    with pytest.raises(InputRejected) as exc:
        plan_exchange.import_plan(db, out)
    assert exc.value.cell == "H8"
    assert plans.show_plan(db, pid) == before


def test_typed_workbook_without_ids_creates_a_new_plan(demo_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "KH"
    ws.append(["PHỤ LỤC KẾ HOẠCH KHẮC PHỤC NĂM 2024"])
    ws.append([])
    ws.append(["TT", "NỘI DUNG KHẮC PHỤC", "Cơ quan chủ trì", "Co quan phoi hop", "Thời hạn", "Tình trạng"])
    ws.append([1, "Tổ chức tập huấn CCHC", "Phong Noi vu", "Các phòng, ban liên quan", "Quý III/2024", None])
    ws.append([2, "Rà soát TTHC", "Văn phòng HĐND&UBND huyện", None, "Thường xuyên", "Hoàn thành"])
    ws.append(["Tổng cộng: 2 nội dung"])
    path = tmp_path / "go-tay.xlsx"
    wb.save(path)
    doc = plan_exchange.import_plan(demo_db, path, unit=UNIT)
    assert doc["created"] == 2 and doc["updated"] == doc["unchanged"] == 0
    plan = plans.show_plan(demo_db, doc["plan_id"])
    assert plan["year"] == 2024 and plan["unit"] == UNIT
    assert [i["lead"] for i in plan["items"]] == ["Phòng Nội vụ", "Văn phòng HĐND&UBND huyện"]
    assert plan["items"][1]["status"] == "done"
    assert plan["items"][0]["deadline"]["end"] == "2024-09-30"


def test_typed_plan_gets_the_units_header_and_does_not_erase_it(demo_db, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Kế hoạch năm 2024"])
    ws.append(["STT", "Nội dung", "Cơ quan chủ trì"])
    ws.append([1, "Rà soát TTHC", "Văn phòng HĐND&UBND huyện"])
    path = tmp_path / "kh.xlsx"
    wb.save(path)
    typed = plans.show_plan(demo_db, plan_exchange.import_plan(demo_db, path, unit=UNIT)["plan_id"])
    assert typed["signer"]["name"] and typed["number"] == "/KH-UBND"
    drafted = plans.show_plan(demo_db, plan_drafting.draft_plan(demo_db, UNIT, 2022)["plan_id"])
    assert drafted["signer"] == typed["signer"]
    assert drafted["recipients"][-1].lstrip("- ").startswith("Lưu: VT")


def test_row_inserted_and_renumbered_in_excel_keeps_each_task_its_history(demo_db, drafted, tmp_path):
    db, pid = demo_db, drafted["plan_id"]
    progress.record_progress(db, pid, 2, "Q1-2023", "in_progress", "Đã họp")
    second = plans.show_plan(db, pid)["items"][1]["content"]
    out = tmp_path / "kh.xlsx"
    plan_exchange.export_plan(db, pid, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["Phụ lục"]
    assert ws.column_dimensions["I"].hidden
    ws.insert_rows(7)  # a new task between STT 1 and STT 2
    ws["A7"], ws["B7"], ws["D7"], ws["F7"] = 2, "Tập huấn CCHC cho cán bộ xã", "Phòng Nội vụ", "Quý III/2023"
    for r in range(8, 8 + drafted["items"] - 1):
        ws.cell(r, 1).value = r - 5
    wb.save(out)
    doc = plan_exchange.import_plan(db, out)
    assert doc["created"] == 1 and doc["updated"] == drafted["items"] - 1
    items = plans.show_plan(db, pid)["items"]
    assert items[1]["content"] == "Tập huấn CCHC cho cán bộ xã" and items[2]["content"] == second
    assert progress.progress_of(db, pid)["items"]["3"][0]["text"] == "Đã họp"
