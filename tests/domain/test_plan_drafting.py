"""Drafting a plan from deductions, without a database."""
from decimal import Decimal

from cchc_desktop.domain.plan_drafting import (DeductionIn, OfficeChoice, OfficeMap, PastTask, default_deadline,
                                               default_output, draft_metadata, draft_tasks, learn_office_map,
                                               number_pattern, recipients_with_archive, roll_basis)

NOI_VU, VAN_PHONG, VHTT, RELATED = 1, 2, 3, 9


def test_most_frequent_lead_wins_and_newest_breaks_ties():
    past = [PastTask("3.6", (VAN_PHONG,), (RELATED,)),  # newest plan first
            PastTask("3.6", (NOI_VU,), ()), PastTask("3.6", (VAN_PHONG,), ()),
            PastTask("1.7", (VHTT,), ()), PastTask("1.7", (NOI_VU,), ())]
    m = learn_office_map(past)
    assert m.choices["3.6"].lead == (VAN_PHONG,)
    assert m.choices["3.6"].partners == (RELATED,)
    assert m.choices["1.7"].lead == (VHTT,)


def test_merged_task_teaches_every_criterion_it_answers():
    m = learn_office_map([PastTask("1.2.2, 1.2.3", (NOI_VU,), ())])
    assert m.choices["1.2.2"].lead == m.choices["1.2.3"].lead == (NOI_VU,)


def test_unknown_criterion_falls_back_to_sibling_or_parent():
    m = OfficeMap({"4.4.2": OfficeChoice((NOI_VU,), ()), "7": OfficeChoice((VHTT,), ())})
    assert m.lookup("4.4.3").lead == (NOI_VU,)
    assert m.lookup("7.1.6").lead == (VHTT,)
    assert m.lookup("2.1") is None


def test_one_task_per_deduction_with_criterion_name_as_content():
    deductions = [DeductionIn("3.4.4", "Tỷ lệ giải quyết TTHC đúng hẹn", Decimal(6), Decimal(5), "tỷ lệ thấp"),
                  DeductionIn("3.1.1", "Việc ban hành Kế hoạch kiểm soát TTHC", Decimal(1), Decimal("0.5"), "muộn")]
    m = OfficeMap({"3.4.4": OfficeChoice((VAN_PHONG,), ())})
    tasks = draft_tasks(deductions, m, 2024, default_partners=(RELATED,))
    assert [t.stt for t in tasks] == [1, 2]
    assert tasks[0].content == "Tỷ lệ giải quyết TTHC đúng hẹn"
    assert tasks[0].lead == (VAN_PHONG,) and tasks[0].partners == (RELATED,)
    assert tasks[0].deadline_text == "Thường xuyên"
    assert tasks[1].lead == () and tasks[1].deadline_text == "Quý IV/2024"
    assert tasks[1].expected_output == "Kế hoạch ban hành đúng hạn"
    assert tasks[0].reason == "tỷ lệ thấp" and tasks[0].points_lost == Decimal(5)


def test_recurring_deadline_of_last_year_is_carried_forward():
    past = OfficeChoice((NOI_VU,), (), "Trước ngày 25/12 hàng năm", "recurring", "Kế hoạch KSTTHC")
    assert default_deadline("Việc ban hành Kế hoạch", 2024, past) == "Trước ngày 25/12 hàng năm"
    dated = OfficeChoice((NOI_VU,), (), "Trước ngày 15/11/2023", "date")
    assert default_deadline("Sáng kiến kinh nghiệm", 2024, dated) == "Quý IV/2024"
    assert default_output("Sáng kiến", past) == "Kế hoạch KSTTHC"


def test_metadata_rolls_forward_from_latest_plan():
    latest = {"year": 2023, "result_year": 2022, "number": "65/KH-UBND", "place": "Tuy Đức",
              "signer_name": "Võ Quốc Tuấn", "signer_authority": "KT.",
              "subject": "Khắc phục các nội dung tồn tại, cải thiện chỉ số CCHC năm 2023",
              "bases": ["Căn cứ Quyết định số 251/QĐ-UBND ngày 01/3/2023 của UBND tỉnh về việc công bố "
                        "Chỉ số cải cách hành chính năm 2022"],
              "recipients": ["- Sở Nội vụ;", "- Lưu: VT, NV."], "organisation": [{"heading": "Năm 2023"}]}
    meta = draft_metadata(latest, 2024, 2023)
    assert meta["number"] == "/KH-UBND"
    assert meta["subject"].endswith("năm 2024")
    assert meta["bases"] == ["Căn cứ Quyết định số …/QĐ-UBND ngày … của UBND tỉnh về việc công bố "
                             "Chỉ số cải cách hành chính năm 2023"]
    assert meta["place"] == "Tuy Đức" and meta["signer_authority"] == "KT."
    assert meta["recipients"][-1] == "- Lưu: VT, NV."
    assert meta["organisation"] == [{"heading": "Năm 2024"}]


def test_metadata_without_an_earlier_plan():
    meta = draft_metadata(None, 2024, 2023)
    assert meta["number"] == "/KH-UBND"
    assert "năm 2023" in meta["bases"][0]
    assert meta["recipients"][-1].startswith("Lưu: VT")


def test_small_helpers():
    assert number_pattern("925/KH-SKHĐT") == "/KH-SKHĐT"
    assert number_pattern(None) == "/KH-UBND"
    assert recipients_with_archive(["Sở Nội vụ;"]) == ["Sở Nội vụ;", "Lưu: VT, NV."]
    assert roll_basis("Quyết định số 12/QĐ-UBND ngày 1/3/2021 năm 2020", 2021, 2022, 2020, 2021) == \
        "Quyết định số …/QĐ-UBND ngày … năm 2021"
