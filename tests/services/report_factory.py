"""Builds report-ready data through the store (plans with N tasks, a tiny scored year) for report tests."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from cchc_desktop.store import models as m
from cchc_desktop.services.plans import apply_deadline

SEED004 = [
    ("Chất lượng báo cáo và thời gian báo cáo", "1.2.2", "0.5", "Phòng Nội vụ",
     "Các phòng, ban liên quan và UBND các xã, thị trấn", "Theo quy định báo cáo quý, 6 tháng và năm"),
    ("Sáng kiến kinh nghiệm trong công tác cải cách hành chính", "1.7", "2", "Phòng Nội vụ",
     "UBND các xã, thị trấn", "Trước ngày 15/11/2023"),
    ("Tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện", "3.4.4", "5",
     "Văn phòng HĐND&UBND huyện", "Chi nhánh Văn phòng đăng ký đất đai", "Thường xuyên"),
    ("Thực hiện việc xin lỗi bằng văn bản khi giải quyết thủ tục hành chính sai sót, trễ hạn", "3.6", "2",
     "Văn phòng HĐND&UBND huyện", "Phòng Tài nguyên và Môi trường", "Thường xuyên"),
]
OFFICES = ["Phòng Nội vụ", "Văn phòng HĐND&UBND huyện", "Các phòng, ban liên quan và UBND các xã, thị trấn",
           "UBND các xã, thị trấn", "Chi nhánh Văn phòng đăng ký đất đai", "Phòng Tài nguyên và Môi trường"]


def make_units(s):
    prov = m.Unit(code="DNO", name="Tỉnh Đắk Nông", level="tinh", origin="DNO")
    s.add(prov)
    s.flush()
    dist = m.Unit(code="DNO-TUYDUC", name="Huyện Tuy Đức", level="huyen", parent=prov, place="Tuy Đức",
                  origin="DNO-TUYDUC")
    other = m.Unit(code="DNO-DAKMIL", name="Huyện Đắk Mil", level="huyen", parent=prov, place="Đắk Mil",
                   origin="DNO-DAKMIL")
    s.add_all([dist, other])
    s.flush()
    return prov, dist, other


def make_plan(db, n_tasks: int = 4, *, deficit: bool = False) -> int:
    """A Tuy Đức plan (seed 004 wording) with n tasks; deficit=True gives seed 000's shape (no offices)."""
    with db.session() as s:
        dist = s.query(m.Unit).filter_by(code="DNO-TUYDUC").one_or_none() or make_units(s)[1]
        offices = {}
        for n, name in enumerate(OFFICES):
            o = s.query(m.Office).filter_by(unit_id=dist.id, short_name=name).one_or_none()
            if o is None:
                o = m.Office(unit_id=dist.id, name=name, short_name=name, sort_order=n, origin=dist.code)
                s.add(o)
                s.flush()
            offices[name] = o
        p = m.RemediationPlan(
            unit_id=dist.id, result_year=2022, year=2023, number="65/KH-UBND", issued_on=date(2023, 4, 5),
            place="Tuy Đức", governing_body="UBND TỈNH ĐẮK NÔNG", issuing_body="ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC",
            subject="Khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số CCHC năm 2023",
            bases=["Căn cứ Quyết định số 251/QĐ-UBND ngày 01/3/2023 của UBND tỉnh về việc công bố Chỉ số cải "
                   "cách hành chính năm 2022;"],
            purpose="Duy trì, củng cố các tiêu chí đã đạt được, khắc phục các tiêu chí chưa đạt.",
            requirements="Các cơ quan chuyên môn kịp thời rà soát, tham mưu giải pháp.",
            tasks_intro="Chỉ số cải cách hành chính huyện đạt 71,79 điểm, xếp thứ 8/8 huyện, thành phố.",
            organisation=["Giao Phòng Nội vụ theo dõi, đôn đốc, kiểm tra việc tổ chức thực hiện Kế hoạch này./."],
            signer_name="Võ Quốc Tuấn", signer_authority="TM.", signer_authority_body="ỦY BAN NHÂN DÂN",
            signer_title_line1="KT. CHỦ TỊCH", signer_title="PHÓ CHỦ TỊCH",
            recipients=["Sở Nội vụ (đ/b)", "CT, các PCT UBND huyện (đ/b)", "UBND các xã, thị trấn (t/h)",
                        "Lưu: VT, NV (N)"],
            appendix_title="Khắc phục các tồn tại, hạn chế về Chỉ số PAR INDEX và SIPAS năm 2023",
            state="issued", origin=dist.code)
        s.add(p)
        s.flush()
        for i in range(n_tasks):
            content, code, lost, lead, partner, deadline = SEED004[i % len(SEED004)]
            if i >= len(SEED004):
                content = f"{content} — đợt {i + 1}"
            item = m.PlanItem(plan_id=p.id, stt=i + 1, content=content, criterion_code=code,
                              criterion_name=content, max_points=D(lost) * 2 if deficit else None,
                              points_lost=D(lost), reason="Chưa đạt yêu cầu năm 2022", status="not_started",
                              origin=dist.code)
            item.plan = p
            apply_deadline(item, deadline, 2023)
            if not deficit:
                item.offices.append(m.PlanItemOffice(office=offices[lead], role="lead", sort_order=0))
                item.offices.append(m.PlanItemOffice(office=offices[partner], role="partner", sort_order=0))
            s.add(item)
            s.flush()
        return p.id


def add_progress(db, plan_id: int, period: str, stt: int, status: str, text: str) -> None:
    with db.session() as s:
        item = s.query(m.PlanItem).filter_by(plan_id=plan_id, stt=stt).one()
        s.add(m.ProgressUpdate(item_id=item.id, period=period, status=status, text=text, origin="DNO-TUYDUC"))


CRITERIA = [("1", "Công tác chỉ đạo điều hành", "13", "scored"), ("1.1", "Kế hoạch CCHC", "6", "scored"),
            ("1.2", "Báo cáo CCHC", "7", "scored"), ("2", "Cải cách thủ tục hành chính", "17,5", "scored"),
            ("2.1", "Giải quyết TTHC đúng hẹn", "10", "scored"), ("2.2", "Xin lỗi khi trễ hẹn", "7,5", "scored")]
SCORES = {  # unit -> year -> code -> (self, appraised, reason)
    "DNO-TUYDUC": {2021: {"1.1": ("6", "5", ""), "1.2": ("7", "7", ""), "2.1": ("10", "8", ""),
                          "2.2": ("7.5", "7.5", "")},
                   2022: {"1.1": ("6", "6", ""), "1.2": ("7", "6.5", "Báo cáo 6 tháng chậm"),
                          "2.1": ("10", "5", "Tỷ lệ đúng hẹn thấp"), "2.2": ("7.5", "5.5", "Không xin lỗi")}},
    "DNO-DAKMIL": {2022: {"1.1": ("6", "6", ""), "1.2": ("7", "7", ""), "2.1": ("10", "9.25", "Trễ hẹn"),
                          "2.2": ("7.5", "7.5", "")}},
}


def make_scores(db) -> None:
    from cchc_desktop.domain.numbers import parse_points
    with db.session() as s:
        units = {u.code: u for u in s.query(m.Unit).all()}
        if "DNO-TUYDUC" not in units:
            _, d, o = make_units(s)
            units = {d.code: d, o.code: o}
        for year in (2021, 2022):
            cs = m.CriteriaSet(year=year, level="huyen", name=f"Bộ chỉ số CCHC cấp huyện năm {year}")
            s.add(cs)
            s.flush()
            by_code = {}
            for n, (code, name, mx, kind) in enumerate(CRITERIA):
                parent = by_code.get(code.rsplit(".", 1)[0]) if "." in code else None
                c = m.Criterion(set_id=cs.id, parent_id=parent.id if parent else None, code=code, name=name,
                                sort_order=n, max_points=parse_points(mx), kind=kind)
                s.add(c)
                s.flush()
                by_code[code] = c
            for ucode, years in SCORES.items():
                if year not in years:
                    continue
                a = m.Assessment(unit_id=units[ucode].id, set_id=cs.id, state="published")
                s.add(a)
                s.flush()
                for code, (sv, av, reason) in years[year].items():
                    s.add(m.Score(assessment_id=a.id, criterion_id=by_code[code].id, layer="self", value=D(sv)))
                    s.add(m.Score(assessment_id=a.id, criterion_id=by_code[code].id, layer="appraised",
                                  value=D(av), reason=reason or None))
