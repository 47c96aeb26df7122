"""The demo data says what the seed documents say, and its numbers add up (Decimal only)."""
from __future__ import annotations

import dataclasses
import unicodedata
from datetime import date
from decimal import Decimal as D

import pytest

from cchc_desktop.services import demo_data as dd
from cchc_desktop.services.demo_data import department_2021 as dept
from cchc_desktop.services.demo_data import district_2022 as dist

SETS = {s.key: s for s in dd.CRITERIA_SETS}


def _children(criteria, code):
    return [c for c in criteria if c.code.rsplit(".", 1)[0] == code and "." in c.code] if code else \
        [c for c in criteria if "." not in c.code]


def _leaves(criteria):
    return [c for c in criteria if not _children(criteria, c.code)]


def computed_total(ys: dd.UnitYearScores) -> D:
    """What the app shows: appraised for scored leaves, survey for survey leaves; missing = max."""
    given = {s.code: s for s in ys.scores}
    total = D(0)
    for leaf in _leaves(SETS[ys.set_key].criteria):
        sc = given.get(leaf.code)
        value = (sc.survey if leaf.kind == "survey" else sc.appraised) if sc else None
        total += leaf.max_points if value is None else value
    return total


def scores_of(unit_code, year):
    return next(s for s in dd.SCORES if s.unit_code == unit_code and s.year == year)


@pytest.mark.parametrize("key", sorted(SETS))
def test_every_set_sums_to_its_declared_total_and_parents_to_their_children(key):
    crits = SETS[key].criteria
    assert all(isinstance(c.max_points, D) for c in crits)
    assert sum((c.max_points for c in _children(crits, None)), D(0)) == SETS[key].declared_total == D(100)
    for c in crits:
        kids = _children(crits, c.code)
        if kids:
            assert sum((k.max_points for k in kids), D(0)) == c.max_points, c.code
    codes = [c.code for c in crits]
    assert len(codes) == len(set(codes))
    assert all("." not in c or c.rsplit(".", 1)[0] in codes for c in codes), "every parent exists"


def test_district_set_2022_has_the_fields_and_criteria_seed_004_names():
    by_code = {c.code: c for c in SETS["huyen-2022"].criteria}
    assert [c.code for c in _children(SETS["huyen-2022"].criteria, None)] == list("12345678")
    fields = {k: by_code[k].max_points for k in "13457"}
    assert fields == {"1": D(13), "3": D("17.5"), "4": D("7.5"), "5": D("15.5"), "7": D(15)}
    assert sum(by_code[k].max_points for k in ("8.3", "8.4", "8.5", "8.6")) == D("2.5")
    assert by_code["8.1"].kind == by_code["8.2"].kind == "survey"
    assert by_code["3.4.4"].name == "Tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện"
    assert SETS["huyen-2021"].criteria == SETS["huyen-2022"].criteria


def test_tuy_duc_2022_reaches_the_published_71_79_and_shows_the_unexplained_gap():
    ys = scores_of("DNO-TUYDUC", 2022)
    assert (ys.published_total, ys.published_rank, ys.rank_of) == (D("71.79"), 8, 8)
    assert computed_total(ys) == D("71.79")
    maxima = {c.code: c.max_points for c in SETS["huyen-2022"].criteria}
    lost = {s.code: maxima[s.code] - s.appraised for s in dist.TUY_DUC_2022_DEDUCTIONS}
    assert sum(lost.values(), D(0)) == D("24.607")
    assert lost["7.2"] == D("4.855") and lost["8.3"] == D("0.422") and lost["1.5.2"] == D("0.25")
    per_field = {}
    for code, points in lost.items():
        per_field[code[0]] = per_field.get(code[0], D(0)) + points
    assert per_field == {"1": D("3.75"), "3": D(9), "4": D(1), "5": D("2.25"), "7": D("7.685"), "8": D("0.922")}
    gap = next(s for s in ys.scores if s.code == "8.1")
    assert gap.survey == D("6.397") and "3,603" in gap.reason and "71,79" in gap.reason
    assert all("rách nhiệm" not in s.reason for s in dist.TUY_DUC_2022_DEDUCTIONS)


def test_tuy_duc_2021_is_73_15_rank_7():
    ys = scores_of("DNO-TUYDUC", 2021)
    assert computed_total(ys) == ys.published_total == D("73.15")
    assert (ys.published_rank, ys.rank_of, ys.set_key) == (7, 8, "huyen-2021")


@pytest.mark.parametrize("year", [2021, 2022])
def test_other_districts_totals_add_up_and_ranks_follow_totals(year):
    rows = [s for s in dd.SCORES if s.year == year and s.set_key.startswith("huyen")]
    assert len(rows) == 8 and {s.unit_code for s in rows} == {code for code, *_ in dd.units.DISTRICTS}
    for ys in rows:
        assert computed_total(ys) == ys.published_total, ys.unit_code
        maxima = {c.code: c.max_points for c in SETS[ys.set_key].criteria}
        for s in ys.scores:
            value = s.survey if s.survey is not None else s.appraised
            assert D(0) <= value <= maxima[s.code], (ys.unit_code, s.code)
    ranked = sorted(rows, key=lambda s: s.published_rank)
    assert [s.published_rank for s in ranked] == list(range(1, 9))
    assert all(a.published_total > b.published_total for a, b in zip(ranked, ranked[1:]))
    if year == 2022:
        assert ranked[-1].unit_code == "DNO-TUYDUC"
        assert all(s.published_total > D("71.79") for s in ranked[:-1])
        assert ranked[0].published_total == D("86.42")


def test_seed_000_deficit_rows_total_39_5_and_30_44():
    rows = dept.DEPARTMENT_DEFICITS
    assert len(rows) == 7
    assert sum((r.max_points for r in rows), D(0)) == D("39.5")
    assert sum((r.achieved for r in rows), D(0)) == D("30.44")
    assert (rows[5].max_points, rows[5].achieved) == (D("33.5"), D("28.61"))
    by_code = {c.code: c for c in SETS["so-2021"].criteria}
    for r in rows:
        assert by_code[r.criterion_code].name == r.name and by_code[r.criterion_code].max_points == r.max_points
    assert by_code[rows[5].criterion_code].kind == "survey"
    assert computed_total(scores_of("DTP-SKHDT", 2021)) == D(100) - D("39.5") + D("30.44")


def test_department_plan_answers_the_seven_rows_with_their_solutions():
    plan = dept.SKHDT_PLAN
    assert (plan.number, plan.date, plan.place, plan.signer_name) == \
        ("925/KH-SKHĐT", date(2022, 4, 12), "Đồng Tháp", "Trương Hòa Châu")
    assert (plan.signer_authority, plan.signer_title) == ("", "GIÁM ĐỐC")
    assert [i.content for i in plan.items] == [r.solution for r in dept.DEPARTMENT_DEFICITS]
    assert sum((i.points_lost for i in plan.items), D(0)) == D("9.06")
    assert all(i.deadline_text in ("Năm 2022", "Thường xuyên") for i in plan.items)
    keys = {o.key for o in dd.OFFICES["DTP-SKHDT"]}
    assert all(set(i.lead + i.partners) <= keys for i in plan.items)


def test_tuy_duc_plan_has_the_21_rows_and_leads_of_seed_004():
    plan = dist.TUY_DUC_PLAN
    assert (plan.number, plan.date, plan.place) == ("65/KH-UBND", date(2023, 4, 5), "Tuy Đức")
    assert (plan.signer_authority, plan.signer_title_line1, plan.signer_title, plan.signer_name) == \
        ("KT.", "CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Võ Quốc Tuấn")
    assert len(plan.items) == 21 and [i.stt for i in plan.items] == list(range(1, 22))
    offices = {o.key: o for o in dd.OFFICES["DNO-TUYDUC"]}
    lead = {i.stt: [offices[k].short_name for k in i.lead] for i in plan.items}
    assert lead[1] == ["Phòng Nội vụ"]
    assert lead[4] == ["Văn phòng HĐND&UBND huyện", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa – TT-TT"]
    assert lead[5] == ["Phòng Nội vụ", "Văn phòng HĐND&UBND huyện", "Phòng Tài chính – Kế hoạch",
                       "Phòng Tư pháp", "Phòng Văn hóa và Thông tin"]
    assert lead[8] == ["Văn phòng HĐND&UBND huyện", "UBND các xã, thị trấn"]
    assert lead[10] == ["Văn phòng HĐND&UBND huyện", "Phòng Tài nguyên và Môi trường",
                        "Chi nhánh Văn phòng đăng ký đất đai", "UBND các xã, thị trấn"]
    assert lead[14] == ["Văn phòng HĐND&UBND huyện", "Chi nhánh Văn phòng đăng ký đất đai",
                        "Phòng Tài nguyên và Môi trường", "Phòng Nội vụ"]
    assert lead[20] == lead[21] == ["Phòng Tài chính – Kế hoạch"]
    partners = {i.stt: [offices[k].short_name for k in i.partners] for i in plan.items}
    assert partners[1] == ["Các phòng, ban liên quan", "UBND các xã, thị trấn"]
    assert partners[3] == ["Các phòng, ban, ngành đoàn thể", "UBND các xã, thị trấn"]
    assert partners[8] == ["Chi nhánh Văn phòng đăng ký đất đai", "Phòng Tài nguyên và Môi trường"]
    deadline = {i.stt: i.deadline_text for i in plan.items}
    assert deadline[1] == deadline[11] == "Theo quy định báo cáo quý, 6 tháng và năm"
    assert deadline[3] == "Trước ngày 15/11/2023"
    assert deadline[6] == deadline[7] == "Trước ngày 25/12 hàng năm"
    assert sum(1 for d in deadline.values() if d == "Thường xuyên") == 15
    codes = {i.stt: i.criterion_code for i in plan.items}
    assert (codes[1], codes[8], codes[18], codes[19], codes[20], codes[21]) == \
        ("1.2.2", "3.4.4", "7.2", "8", "8.3", "8.6")
    # Seed 004 deducts 0,5 at 4.4.3 but its appendix has no row for it: the plan answers 24,107.
    answered = {i.criterion_code for i in plan.items}
    assert {s.code for s in dist.TUY_DUC_2022_DEDUCTIONS} - answered == {"4.4.3"}
    assert sum((i.points_lost for i in plan.items if i.points_lost is not None), D(0)) == D("24.107")
    assert codes[12] == "4.4.2" and plan.items[18].points_lost is None
    assert plan.recipients[-1] == "Lưu: VT, NV (N)."
    assert len(plan.organisation) == 4 and len(plan.bases) == 2
    assert plan.appendix_title == "Khắc phục các tồn tại, hạn chế về Chỉ số PAR INDEX và SIPAS năm 2023"


def test_tuy_duc_plan_items_name_only_its_own_offices_and_set_criteria():
    keys = {o.key for o in dd.OFFICES["DNO-TUYDUC"]}
    codes = {c.code for c in SETS["huyen-2022"].criteria}
    for item in dist.TUY_DUC_PLAN.items:
        assert item.lead and set(item.lead + item.partners) <= keys
        assert item.criterion_code in codes


@pytest.mark.parametrize("year,total,rank,field1", [(2018, "78.90", 16, ("6.50", 38, "(5)")),
                                                     (2019, "83.06", 13, ("8.00", 4, "(12)"))])
def test_thua_thien_hue_published_results(year, total, rank, field1):
    pr = next(p for p in dd.PUBLISHED if p.unit_code == "TTH" and p.year == year)
    assert (pr.total, pr.rank, pr.rank_of) == (D(total), rank, 63)
    fields = [r for r in pr.rows if r.code]
    assert len(fields) == 8 and sum((r.points for r in fields), D(0)) == D(total)
    parts = {r.label: r for r in pr.rows if r.code is None}
    assert sum((r.points for r in parts.values()), D(0)) == D(total)
    assert (fields[0].points, fields[0].rank, fields[0].rank_note) == (D(field1[0]), field1[1], field1[2])
    assert parts["Chỉ số SIPAS"].points == (D("9.95") if year == 2018 else D("7.80"))


def _strings(obj):
    if isinstance(obj, str):
        yield obj
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            yield from _strings(getattr(obj, f.name))
    elif isinstance(obj, dict):
        for k, v in obj.items():
            yield from _strings(k)
            yield from _strings(v)
    elif isinstance(obj, (tuple, list)):
        for v in obj:
            yield from _strings(v)


def test_all_text_is_nfc_without_stray_markup_and_points_are_decimal():
    everything = (dd.UNITS, dd.OFFICES, dd.CRITERIA_SETS, dd.SCORES, dd.PLANS, dd.PUBLISHED, dd.DEPARTMENT_DEFICITS)
    texts = list(_strings(everything))
    assert len(texts) > 500
    for t in texts:
        assert unicodedata.is_normalized("NFC", t), t
        assert "**" not in t and t == t.strip(), t
    for ys in dd.SCORES:
        for s in ys.scores:
            assert all(v is None or isinstance(v, D) for v in (s.self_score, s.appraised, s.survey))


def test_loaded_demo_shows_tuy_duc_last_with_71_79_and_the_department_at_90_94(demo_db):
    from cchc_desktop.services import scores
    shown = {u["code"]: u for u in scores.show(demo_db, 2022)["units"]}
    assert (shown["DNO-TUYDUC"]["appraised_total"], shown["DNO-TUYDUC"]["rank"]) == ("71.79", 8)
    assert shown["DNO-GIANGHIA"]["rank"] == 1
    dept_2021 = {u["code"]: u for u in scores.show(demo_db, 2021, level="so")["units"]}
    assert dept_2021["DTP-SKHDT"]["appraised_total"] == "90.94"
