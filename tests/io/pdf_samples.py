"""Document DTOs built by hand from seeds 000 and 004, so the renderers are tested without a database."""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from cchc_desktop.io.pdf.model import Appendix, Letterhead, PlanDoc, Signer, Task, data_hash

SEED004_TASKS = [
    ("Chất lượng báo cáo và thời gian báo cáo", ["Phòng Nội vụ"],
     ["Các phòng, ban liên quan và UBND các xã, thị trấn"], "Theo quy định báo cáo quý, 6 tháng và năm"),
    ("Có đưa nội dung CCHC để đánh giá kiểm điểm trong các cuộc họp giao ban quý và thông báo kết luận "
     "bằng văn bản", ["Văn phòng HĐND&UBND huyện"], ["Phòng Nội vụ, các phòng ban liên quan"],
     "Thông báo Kết luận cuộc họp giao ban tháng, quý của UBND huyện"),
    ("Sáng kiến kinh nghiệm trong công tác cải cách hành chính", ["Phòng Nội vụ"],
     ["Các phòng, ban, ngành đoàn thể, UBND các xã, thị trấn"], "Trước ngày 15/11/2023"),
    ("Tuyên truyền CCHC thông qua các hình thức: thông qua các phương tiện thông tin đại chúng của địa "
     "phương; phổ biến văn bản liên quan CCHC; Tổ chức cuộc thi, tập huấn, tọa đàm",
     ["Văn phòng HĐND&UBND", "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa – TT-TT"],
     ["Các phòng, ban có liên quan"], "Thường xuyên"),
    ("Tỷ lệ sử dụng văn bản điện tử từ cấp huyện đến cấp xã (Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn "
     "dưới dạng điện tử, sử dụng chữ ký số và chứng thư số)",
     ["Phòng Văn hóa và Thông tin", "Văn phòng HĐND&UBND huyện", "UBND các xã, thị trấn"],
     ["Các phòng, ban, đơn vị liên quan"], "Thường xuyên"),
]


def tuy_duc_plan(n_tasks: int = 5) -> PlanDoc:
    tasks = []
    for i in range(n_tasks):
        content, lead, partners, deadline = SEED004_TASKS[i % len(SEED004_TASKS)]
        if i >= len(SEED004_TASKS):
            content = f"{content} (nhiệm vụ bổ sung {i + 1})"
        tasks.append(Task(stt=i + 1, content=content, lead=tuple(lead), partners=tuple(partners), deadline=deadline))
    lh = Letterhead("UBND TỈNH ĐẮK NÔNG", "ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC", "65/KH-UBND", "Tuy Đức",
                    date(2023, 4, 5), 2023)
    doc = PlanDoc(
        letterhead=lh, kind_title="KẾ HOẠCH",
        subject="Khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số CCHC năm 2023",
        bases=("Căn cứ Quyết định số 251/QĐ-UBND ngày 01/3/2023 của UBND tỉnh về việc công bố Chỉ số cải cách "
               "hành chính năm 2022;",),
        intro=("UBND huyện xây dựng kế hoạch khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số cải "
               "cách hành chính năm 2023 trên địa bàn huyện như sau:",),
        purpose=("Duy trì, củng cố các tiêu chí đã đạt được, khắc phục các tiêu chí chưa đạt để nâng cao thứ hạng "
                 "Chỉ số cải cách hành chính của huyện (PAR INDEX).",),
        requirements=("Các cơ quan chuyên môn, UBND các xã, thị trấn kịp thời rà soát, tham mưu giải pháp.",),
        tasks_intro=("Chỉ số cải cách hành chính huyện đạt 71,79 điểm, xếp thứ 8/8, số điểm không đạt là "
                     "24,607 điểm.",),
        deductions=(),
        organisation=("Giao Phòng Nội vụ theo dõi, đôn đốc, kiểm tra việc tổ chức thực hiện các nội dung tại "
                      "Kế hoạch này./.",),
        signer=Signer(("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"), "Võ Quốc Tuấn"),
        recipients=("Sở Nội vụ (đ/b)", "CT, các PCT UBND huyện (đ/b)", "UBND các xã, thị trấn (t/h)",
                    "Lưu: VT, NV (N)"),
        appendices=(Appendix("tasks", "Khắc phục các tồn tại, hạn chế về Chỉ số PAR INDEX và SIPAS năm 2023",
                             "(Kèm theo Kế hoạch số 65/KH-UBND ngày 05 tháng 4 năm 2023 của Ủy ban nhân dân "
                             "huyện Tuy Đức)", tuple(tasks)),),
    )
    h = data_hash(doc)
    from dataclasses import replace
    return replace(doc, data_hash=h, qr_payload=f"CCHC|KH|DNO-TUYDUC|65/KH-UBND|{h}")


DEFICIT_ROWS = [
    ("Thực hiện các nhiệm vụ được UBND Tỉnh, Chủ tịch UBND Tỉnh giao trên phần mềm giao việc.", "1", "0.5",
     "Có 01 nhiệm vụ trễ hạn.", "Chủ động thực hiện nhiệm vụ, đảm bảo không có nhiệm vụ không hoàn thành."),
    ("100% công chức, viên chức chưa lập hồ sơ công việc.", "0.5", "0.5",
     "Công chức, viên chức của Sở chưa lập hồ sơ công việc",
     "Tổ chức cho 100% công chức, viên chức lập hồ sơ công việc theo quy định."),
    ("Thực hiện tinh giản biên chế theo quy định.", "0.5", "0.5",
     "Không có trường hợp thực hiện tinh giản biên chế theo quy định.", "Thực hiện tinh giản biên chế."),
    ("Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức.", "1", "0.17",
     "Chưa hoàn thành 02 chỉ tiêu.", "Chủ động đăng ký cho công chức, viên chức tham dự các lớp đào tạo."),
    ("Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận qua dịch vụ bưu chính công ích.", "1", "0.5",
     "Chỉ đạt 11,3% so với quy định là 20%.", "Tiếp tục đẩy mạnh việc hướng dẫn, hỗ trợ người dân."),
    ("Sự hài lòng của tổ chức, người dân, doanh nghiệp đối với hoạt động của Sở.", "33.5", "4.89",
     "Do sự đánh giá của các đối tượng được khảo sát.", "Nâng cao sự hài lòng của tổ chức, người dân."),
    ("Hoàn thành từ 80% - 100% kế hoạch cải cách hành chính.", "2", "2",
     "Tổ chấm điểm của Tỉnh chấm không đạt.", "Tổ chức thực hiện đảm bảo hoàn thành 100% nhiệm vụ."),
]


def deficit_appendix() -> Appendix:
    tasks = tuple(Task(stt=i + 1, content=remedy, lead=(), partners=(), deadline="", criterion_name=name,
                       max_points=D(mx), points_lost=D(lost), reason=reason)
                  for i, (name, mx, lost, reason, remedy) in enumerate(DEFICIT_ROWS))
    return Appendix("deficit", "Những nhiệm vụ, nội dung cải cách hành chính chưa hoàn thành hoặc hoàn thành "
                    "nhưng kết quả chưa cao so với yêu cầu trong năm 2021",
                    "(Kèm theo Kế hoạch số 925/KH-SKHĐT ngày 12 tháng 4 năm 2022 của Sở Kế hoạch và Đầu tư)",
                    tasks, result_year=2021, plan_year=2022)
