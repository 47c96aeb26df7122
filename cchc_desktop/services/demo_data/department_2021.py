"""Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp (seed 000): the department criteria set 2021, its 2021
scores and plan 925/KH-SKHĐT of 12/4/2022.

Seed 000 gives only the seven criteria where the department lost points (its appendix: Điểm
chuẩn 39,5, Điểm đạt được 30,44). The rest of the set (100 points, survey 33,5) is illustrative;
the seven criteria keep the seed's names verbatim and every other criterion has full marks.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal as D

from . import CriteriaSetSpec, CriterionSpec, PlanItemSpec, PlanSpec, ScoreSpec, UnitYearScores
from .units import SKHDT_DONG_THAP


@dataclass(frozen=True)
class DeficitRow:
    """One row of seed 000's appendix table, linked to its criterion in the set below."""
    stt: int
    criterion_code: str
    name: str
    max_points: D
    achieved: D
    reason: str
    solution: str


# stt, name, max, achieved, reason, solution
_ROWS = (
    (1, (
        'Thực hiện các nhiệm vụ được UBND Tỉnh, Chủ tịch UBND Tỉnh giao trên phần mềm giao việc.'), '1.00', '0.50', (
        'Có 01 nhiệm vụ trễ hạn.'), (
        '- Năm 2022 đã có 01 nhiệm vụ trễ hạn (đã bị trừ 0.5 điểm). - Chủ động thực hiện nhiệm vụ, đảm bảo '
        'không có nhiệm vụ không hoàn thành.')),
    (2, (
        '100% công chức, viên chức chưa lập hồ sơ công việc.'), '0.50', '0', (
        'Công chức, viên chức của Sở chưa lập hồ sơ công việc'), (
        'Tổ chức cho 100% công chức, viên chức lập hồ sơ công việc theo quy định.')),
    (3, (
        'Thực hiện tinh giản biên chế theo quy định.'), '0.50', '0', (
        'Không có trường hợp thực hiện tinh giản biên chế theo quy định.'), (
        'Thực hiện tinh giản biên chế theo quy định (nếu có đối tượng thuộc các trường hợp phải tinh giản '
        'biên chế).')),
    (4, (
        'Thực hiện kế hoạch đào tạo, bồi dưỡng cán bộ, công chức, viên chức.'), '1.00', '0.83', (
        'Chưa hoàn thành 02 chỉ tiêu: đào tạo trung cấp lý luận chính trị và bồi dưỡng ngạch kế toán viên.'), (
        'Chủ động và kịp thời đăng ký cho công chức, viên chức tham dự các lớp đào tạo, bồi dưỡng theo quy '
        'định.')),
    (5, (
        'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận qua dịch vụ bưu chính công ích.'), '1.00', '0.50', (
        'Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận qua dịch vụ bưu chính công ích chỉ đạt 11,3% so với '
        'quy định là 20%.'), (
        'Tiếp tục đẩy mạnh việc hướng dẫn, hỗ trợ người dân, doanh nghiệp thực hiện dịch vụ bưu chính công '
        'ích trong giải quyết thủ tục hành chính.')),
    (6, (
        'Sự hài lòng của tổ chức, người dân, doanh nghiệp đối với hoạt động của Sở.'), '33,5', '28,61', (
        'Do sự đánh giá của các đối tượng được khảo sát (đại biểu HĐND Tỉnh; cán bộ, công chức UBND cấp '
        'huyện; người dân, doanh nghiệp thực hiện thủ tục hành chính).'), (
        'Công chức, viên chức nêu cao tinh thần trách nhiệm để kịp thời tham mưu đề xuất Lãnh đạo Sở những '
        'giải pháp thực hiện hiệu quả chức năng, nhiệm vụ, phạm vi quản lý nhà nước của ngành bảo đảm lợi ích'
        ' hợp pháp, chính đáng của tổ chức, người dân, doanh nghiệp. Qua đó, tiếp tục nâng cao sự hài lòng '
        'của tổ chức, người dân, doanh nghiệp đối với hoạt động của Sở.')),
    (7, (
        'Hoàn thành từ 80% - 100% kế hoạch cải cách hành chính.'), '2', '0', (
        'Năm 2021, Sở đã ban hành và tổ chức thực hiện hoàn thành 100% nhiệm vụ được xác định trong kế hoạch '
        'cải cách hành chính năm 2021. Đồng thời, báo cáo, chấm điểm theo quy định, nhưng Tổ chấm điểm của '
        'Tỉnh chấm không đạt.'), (
        '- Tổ chức thực hiện đảm bảo hoàn thành 100% nhiệm vụ được xác định tại Kế hoạch số 07/KH-SKHĐT ngày '
        '04/01/2022 của Sở, về cải cách hành chính năm 2022. - Kiến nghị Tổ chấm điểm khi thực hiện chấm điểm'
        ' cải cách hành chính năm 2022, cho các cơ quan, đơn vị được giải trình đối với những tiêu chí không '
        'đạt.')),
)
_CODES = {1: "1.5", 2: "7.3.1", 3: "4.2.2", 4: "5.4.2", 5: "3.3.4", 6: "8.1", 7: "1.1.2"}
DEPARTMENT_DEFICITS: tuple[DeficitRow, ...] = tuple(
    DeficitRow(stt, _CODES[stt], name, D(pts.replace(",", ".")), D(got.replace(",", ".")), reason, solution)
    for stt, name, pts, got, reason, solution in _ROWS)
_NAMED = {row.criterion_code: row.name for row in DEPARTMENT_DEFICITS}

# Illustrative tree (code, name, max, kind); the codes in _CODES take the seed's names.
_TREE: tuple[tuple[str, str, str, str], ...] = (
    ("1", "Công tác chỉ đạo, điều hành CCHC", "10", ""),
    ("1.1", "Kế hoạch CCHC năm", "3", ""),
    ("1.1.1", "Ban hành kế hoạch CCHC năm đúng thời gian quy định", "1", ""),
    ("1.1.2", "", "2", ""),
    ("1.2", "Báo cáo CCHC", "1.5", ""),
    ("1.2.1", "Số lượng, chất lượng báo cáo", "1", ""),
    ("1.2.2", "Thời gian gửi báo cáo", "0.5", ""),
    ("1.3", "Kiểm tra CCHC", "1.5", ""),
    ("1.3.1", "Ban hành kế hoạch kiểm tra CCHC", "0.5", ""),
    ("1.3.2", "Mức độ thực hiện kế hoạch kiểm tra", "0.5", ""),
    ("1.3.3", "Xử lý các vấn đề phát hiện qua kiểm tra", "0.5", ""),
    ("1.4", "Công tác tuyên truyền CCHC", "1", ""),
    ("1.5", "", "1", ""),
    ("1.6", "Sáng kiến, giải pháp mới trong công tác CCHC", "2", ""),
    ("2", "Xây dựng và tổ chức thực hiện văn bản QPPL", "6", ""),
    ("2.1", "Tham mưu xây dựng văn bản QPPL theo chương trình", "2", ""),
    ("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "2", ""),
    ("2.3", "Tổ chức thực hiện và kiểm tra việc thực hiện văn bản QPPL", "2", ""),
    ("3", "Cải cách thủ tục hành chính", "14", ""),
    ("3.1", "Kiểm soát, rà soát, đơn giản hóa TTHC", "3", ""),
    ("3.1.1", "Ban hành kế hoạch rà soát, đánh giá TTHC", "1", ""),
    ("3.1.2", "Đề xuất phương án đơn giản hóa TTHC", "2", ""),
    ("3.2", "Công khai TTHC", "2", ""),
    ("3.3", "Thực hiện cơ chế một cửa, một cửa liên thông", "7", ""),
    ("3.3.1", "Tỷ lệ hồ sơ TTHC được giải quyết đúng hạn", "4", ""),
    ("3.3.2", "Thực hiện xin lỗi khi giải quyết hồ sơ trễ hạn", "1", ""),
    ("3.3.3", "Cung cấp dịch vụ công trực tuyến mức độ 3, mức độ 4", "1", ""),
    ("3.3.4", "", "1", ""),
    ("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị", "2", ""),
    ("4", "Cải cách tổ chức bộ máy hành chính", "6", ""),
    ("4.1", "Thực hiện quy định về tổ chức bộ máy", "2", ""),
    ("4.2", "Quản lý biên chế", "2", ""),
    ("4.2.1", "Thực hiện số lượng biên chế được giao", "1.5", ""),
    ("4.2.2", "", "0.5", ""),
    ("4.3", "Thực hiện phân cấp quản lý", "2", ""),
    ("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "9", ""),
    ("5.1", "Vị trí việc làm", "2", ""),
    ("5.2", "Tuyển dụng, bố trí, sử dụng công chức, viên chức", "2", ""),
    ("5.3", "Đánh giá, phân loại công chức, viên chức", "1", ""),
    ("5.4", "Đào tạo, bồi dưỡng", "2", ""),
    ("5.4.1", "Ban hành kế hoạch đào tạo, bồi dưỡng", "1", ""),
    ("5.4.2", "", "1", ""),
    ("5.5", "Chấp hành kỷ luật, kỷ cương hành chính", "2", ""),
    ("6", "Cải cách tài chính công", "6", ""),
    ("6.1", "Thực hiện quy định về quản lý, sử dụng kinh phí", "2", ""),
    ("6.2", "Thực hiện cơ chế tự chủ tài chính", "2", ""),
    ("6.3", "Quản lý, sử dụng tài sản công", "2", ""),
    ("7", "Hiện đại hóa hành chính", "15.5", ""),
    ("7.1", "Ứng dụng công nghệ thông tin", "8", ""),
    ("7.1.1", "Ban hành kế hoạch ứng dụng công nghệ thông tin", "1", ""),
    ("7.1.2", "Tỷ lệ văn bản đi được gửi dưới dạng điện tử", "3", ""),
    ("7.1.3", "Sử dụng hộp thư điện tử công vụ", "1", ""),
    ("7.1.4", "Sử dụng chữ ký số", "1", ""),
    ("7.1.5", "Cập nhật thông tin trên Trang thông tin điện tử của Sở", "2", ""),
    ("7.2", "Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015", "2", ""),
    ("7.3", "Công tác văn thư, lưu trữ", "2", ""),
    ("7.3.1", "", "0.5", ""),
    ("7.3.2", "Xử lý tài liệu tồn đọng", "0.5", ""),
    ("7.3.3", "Thực hiện quy định về công tác văn thư", "1", ""),
    ("7.4", "Kết nối, chia sẻ dữ liệu", "2", ""),
    ("7.5", "Bảo đảm an toàn thông tin", "1.5", ""),
    ("8", "Điều tra xã hội học", "33.5", "survey"),
    ("8.1", "", "33.5", "survey"),
)
CRITERIA = tuple(CriterionSpec(code, name or _NAMED[code], D(points), kind or "scored")
                 for code, name, points, kind in _TREE)

# Illustrative decision; seed 000 cites only the results decision 231/QĐ-UBND-HC of 17/3/2022.
SET_2021 = CriteriaSetSpec("so-2021", 2021, "so", "Bộ chỉ số CCHC cấp sở năm 2021", "1450/QĐ-UBND-HC",
                           date(2020, 12, 30), D("100"), CRITERIA, "DTP")
DEPARTMENT_SETS = (SET_2021,)


def _score(row: DeficitRow) -> ScoreSpec:
    if row.criterion_code == "8.1":
        return ScoreSpec(row.criterion_code, None, None, row.achieved, row.reason)
    # Self scores: seed 000 says only for row 7 that the Sở scored itself (full marks); the
    # others are left at full marks too (illustrative).
    return ScoreSpec(row.criterion_code, row.max_points, row.achieved, None, row.reason)


DEPARTMENT_SCORES = (UnitYearScores(
    SKHDT_DONG_THAP, SET_2021.key, 2021, tuple(_score(r) for r in DEPARTMENT_DEFICITS), None, None, None,
    "Quyết định số 231/QĐ-UBND-HC ngày 17/3/2022 của UBND Tỉnh (theo Phụ lục Kế hoạch số 925/KH-SKHĐT)"),)

_BASES = (
    'Căn cứ Quyết định số 231/QĐ-UBND-HC ngày 17/3/2022 của UBND Tỉnh, phê duyệt và công bố chỉ số đánh '
    'giá cải cách hành chính năm 2021 của các sở, ban, ngành tỉnh và UBND cấp huyện.',
)
_PREAMBLE = (
    'Sở Kế hoạch và Đầu tư (sau đây gọi tắt là Sở) ban hành Kế hoạch thực hiện các nhiệm vụ, giải pháp '
    'nâng cao hiệu quả công tác cải cách hành chính năm 2022, với những nội dung chính như sau:'
)
_PURPOSE = (
    'Triển khai tổ chức thực hiện các nhiệm vụ, giải pháp để khắc phục và nâng cao hiệu quả công tác cải '
    'cách hành chính, qua đó duy trì và nâng cao chỉ số cải cách hành chính của Sở năm 2022, phấn đấu '
    'điểm số cải cách hành chính năm 2022 đạt cao hơn so với năm 2021.',
)
_REQUIREMENTS = (
    'a) Việc tổ chức thực hiện các nhiệm vụ, giải pháp đảm bảo mang lại kết quả thực chất, trong đó, tập '
    'trung khắc phục những tồn tại, hạn chế, những nhiệm vụ, nội dung chưa hoàn thành hoặc hoàn thành '
    'nhưng kết quả chưa cao so với yêu cầu trong năm 2021 (theo Phụ lục gửi kèm) để tiếp tục tạo lập môi '
    'trường đầu tư, kinh doanh thuận lợi, công khai, minh bạch cho người dân, doanh nghiệp.',
    'b) Khuyến khích các phòng, đơn vị và công chức, viên chức nêu cao tinh thần đổi mới, sáng tạo, chủ '
    'động nghiên cứu, học tập các mô hình hay, cách làm hiệu quả để đề xuất áp dụng hoặc thí điểm áp dụng'
    ' các giải pháp đã mang lại hiệu quả hoặc có thể mang lại hiệu quả.',
)
_TASKS = (
    'Tiếp tục tổ chức thực hiện đảm bảo hoàn thành 100% nhiệm vụ, giải pháp đã được xác định tại Kế hoạch'
    ' số 07/KH-SKHĐT ngày 04/01/2022 của Sở, về cải cách hành chính năm 2022, trong đó, tập trung thực '
    'hiện đối với những nhiệm vụ, giải pháp chính như sau:',
    '1. Đối với các phòng, đơn vị thuộc Sở',
    'a) Chủ động tổ chức thực hiện đảm bảo hoàn thành đúng thời hạn 100% nhiệm vụ do UBND Tỉnh, Chủ tịch '
    'UBND Tỉnh giao trên phần mềm giao việc Đối với những nhiệm vụ phát sinh khó khăn vướng mắc thì kịp '
    'thời báo cáo Lãnh đạo Sở xem xét, cho ý kiến giải quyết, đảm bảo không có nhiệm vụ không hoàn thành',
    'b) Căn cứ chương trình xây dựng văn bản quy phạm pháp luật của HĐND Tỉnh, UBND Tỉnh, chủ động xây '
    'dựng, trình cơ quan có thẩm quyền ban hành đảm bảo đúng quy trình, thủ tục và thời gian quy định.',
    'c) Đảm bảo 100% hồ sơ thủ tục hành chính thuộc thẩm quyền được giải quyết đúng hạn, nhất là đối với '
    'các thủ tục đầu tư đã được UBND Tỉnh quy định rút ngắn hơn 50% thời gian giải quyết so với quy định '
    'của Luật Đầu tư.',
    'd) Căn cứ Kế hoạch số 172/KH-SKHĐT ngày 20/01/2022 về rà soát, đánh giá thủ tục hành chính năm 2022,'
    ' phối hợp với Văn phòng Sở tổ chức rà soát đối với tất cả các thủ tục hành chính thuộc thẩm quyền '
    'giải quyết, nhất là đối với các thủ tục hành chính thực hiện theo Luật Doanh nghiệp và Luật Đầu tư, '
    'để phân đầu đề xuất đơn giản hoá tối thiểu 20% trên tổng số thủ tục hành chính thuộc thẩm quyền giải'
    ' quyết của Sở theo yêu cầu của UBND Tỉnh.',
    'đ) Thường xuyên quán triệt, yêu cầu công chức, viên chức nêu cao tinh thần trách nhiệm để kịp thời '
    'tham mưu đề xuất Lãnh đạo Sở những giải pháp thực hiện hiệu quả chức năng, nhiệm vụ, phạm vi quản lý'
    ' nhà nước của ngành bảo đảm lợi ích hợp pháp, chính đáng của tổ chức, người dân, doanh nghiệp, qua '
    'đó nâng cao sự hài lòng của tổ chức, người dân, doanh nghiệp đối với hoạt động của Sở.',
    '2. Đối với Văn phòng Sở',
    'Ngoài những nội dung quy định tại Khoản 1, Mục này, Văn phòng Sở chủ trì, phối hợp với các phòng, '
    'đơn vị thực hiện hiệu quả những nhiệm vụ, giải pháp như sau:',
    'a) Chủ trì, phối hợp với Phòng Đăng ký kinh doanh, Trung tâm Hỗ trợ Doanh nghiệp và Khởi nghiệp tiếp'
    ' tục đẩy mạnh việc tuyên truyền, hướng dẫn, trực tiếp hỗ trợ người dân, doanh nghiệp cách thức thực '
    'hiện dịch vụ công trực tuyến mức độ 3, mức độ 4, bưu chính công ích và các hoạt động hỗ trợ, tư vấn '
    'khác của Sở trong thực hiện thủ tục hành chính, nhất là việc tiếp nhận và trả hồ sơ thủ tục hành '
    'chính qua dịch vụ bưu chính công ích.',
    'b) Triển khai tổ chức thực hiện đảm bảo hoàn thành 100% chỉ tiêu đào tạo, bồi dưỡng năm 2022. Thực '
    'hiện tinh giản biên chế theo quy định (nếu có đối tượng thuộc các trường hợp phải tinh giản).',
    'c) Chủ trì, phối hợp với phòng, đơn vị tham mưu Lãnh đạo Sở triển khai tổ chức thực hiện đảm bảo '
    '100% công chức, viên chức lập hồ sơ công việc theo quy định tại Nghị định số 30/2020/NĐ-CP ngày '
    '05/3/2020 của Chính phủ, về công tác văn thư; và xử lý dứt điểm tài liệu tồn đọng theo chỉ đạo tại '
    'Chỉ thị số 03/CT-UBND ngày 10/6/2016 của Chủ tịch UBND Tỉnh, về tăng cường công tác xử lý tài liệu '
    'tồn đọng, tích đọng của các cơ quan, đơn vị, địa phương.',
)
_ORGANISATION = (
    '1. Căn cứ chức năng, nhiệm vụ, quyền hạn, các phòng, đơn vị chủ động triển khai tổ chức thực hiện '
    'hiệu quả những nhiệm vụ, giải pháp được phân công tại Kế hoạch này.',
    '2. Giao Văn phòng Sở theo dõi, đôn đốc, báo cáo Lãnh đạo Sở tiến độ, kết quả và đề xuất giải pháp '
    'thực hiện để đảm bảo hoàn thành những nhiệm vụ, giải pháp được phân công tại Kế hoạch này.',
    '3. Trong quá trình thực hiện nếu có khó khăn, vướng mắc hoặc có vấn đề mới phát sinh, các phòng, đơn'
    ' vị phản ánh về Văn phòng Sở để trao đổi thống nhất và báo cáo Lãnh đạo Sở xem xét, cho ý kiến chỉ '
    'đạo thực hiện./.',
)
_RECIPIENTS = ("Sở Nội vụ;", "Ban Lãnh đạo Sở;", "Các phòng, đơn vị thuộc Sở;", "Lưu: VT, VP.")
# Who leads each row follows section II of the plan: Văn phòng Sở leads (II.2), the phòng and
# đơn vị take part (II.1); row 5 names its partners in II.2.a. Deadlines: rows tied to the 2022
# plans and targets "Năm 2022", continuing duties "Thường xuyên".
_WHO = {1: (("vp",), ("pdv",), "Thường xuyên"),
        2: (("vp",), ("pdv",), "Năm 2022"),
        3: (("vp",), ("pdv",), "Năm 2022"),
        4: (("vp",), ("pdv",), "Năm 2022"),
        5: (("vp",), ("dkkd", "hotrodn"), "Thường xuyên"),
        6: (("vp",), ("pdv",), "Thường xuyên"),
        7: (("vp",), ("pdv",), "Năm 2022")}
_ITEMS = tuple(PlanItemSpec(r.stt, r.solution, r.criterion_code, *_WHO[r.stt],
                            points_lost=r.max_points - r.achieved, reason=r.reason) for r in DEPARTMENT_DEFICITS)

SKHDT_PLAN = PlanSpec(
    key="skhdt-dongthap-2022", unit_code=SKHDT_DONG_THAP, result_year=2021, year=2022, number="925/KH-SKHĐT",
    date=date(2022, 4, 12), place="Đồng Tháp",
    subject="Thực hiện các nhiệm vụ, giải pháp nâng cao hiệu quả công tác cải cách hành chính năm 2022",
    bases=_BASES, purpose="\n".join(_PURPOSE), requirements="\n".join(_REQUIREMENTS),
    tasks_intro="\n".join(_TASKS), organisation=_ORGANISATION,
    signer_name="Trương Hòa Châu", signer_authority="", signer_authority_body="", signer_title_line1="",
    signer_title="GIÁM ĐỐC", recipients=_RECIPIENTS, items=_ITEMS,
    appendix_title="NHỮNG NHIỆM VỤ, NỘI DUNG CẢI CÁCH HÀNH CHÍNH CHƯA HOÀN THÀNH HOẶC HOÀN THÀNH NHƯNG KẾT QUẢ "
                   "CHƯA CAO SO VỚI YÊU CẦU TRONG NĂM 2021",
    governing_body="UBND TỈNH ĐỒNG THÁP", issuing_body="SỞ KẾ HOẠCH VÀ ĐẦU TƯ", preamble=_PREAMBLE,
)
DEPARTMENT_PLANS = (SKHDT_PLAN,)
