"""Đắk Nông districts (seed 004): the district criteria sets 2021 and 2022, the scores of the
eight districts, and Tuy Đức's 2023 remediation plan.

Seed 004 gives Tuy Đức's 2022 result (71,79 points, rank 8/8) and 21 deductions worth 24,607
points. The set's tree and the names of criteria the seed does not name are the lead's design;
all other districts' figures, the 2021 figures and all self scores are illustrative.
"""
from __future__ import annotations

from datetime import date
from decimal import Decimal as D

from . import CriteriaSetSpec, CriterionSpec, PlanItemSpec, PlanSpec, ScoreSpec, UnitYearScores
from .units import DISTRICTS, TUY_DUC

# code, name, max points, kind ("" = scored). Names in quotes of seed 004 are verbatim.
_ROWS: tuple[tuple[str, str, str, str], ...] = (
    ("1", "Công tác chỉ đạo, điều hành CCHC", "13", ""),
    ("1.1", "Kế hoạch CCHC", "2", ""),
    ("1.1.1", "Ban hành kế hoạch CCHC năm", "1", ""),
    ("1.1.2", "Mức độ thực hiện kế hoạch", "1", ""),
    ("1.2", "Báo cáo CCHC", "1.5", ""),
    ("1.2.1", "Số lượng báo cáo", "0.5", ""),
    ("1.2.2", "Chất lượng báo cáo và thời gian báo cáo", "1", ""),
    ("1.3", "Kiểm tra CCHC", "2", ""),
    ("1.3.1", "Ban hành kế hoạch kiểm tra CCHC", "1", ""),
    ("1.3.2", "Mức độ thực hiện kế hoạch kiểm tra và xử lý các vấn đề phát hiện qua kiểm tra", "1", ""),
    ("1.4", "Công tác tuyên truyền CCHC", "1.5", ""),
    ("1.4.1", "Ban hành kế hoạch tuyên truyền", "0.5", ""),
    ("1.4.2", "Tuyên truyền CCHC thông qua các hình thức: thông qua các phương tiện thông tin đại chúng "
              "của địa phương; phổ biến văn bản liên quan CCHC; Tổ chức cuộc thi, tập huấn, tọa đàm", "1", ""),
    ("1.5", "Chỉ đạo, điều hành CCHC", "3", ""),
    ("1.5.1", "Ban hành văn bản chỉ đạo, điều hành CCHC của UBND huyện", "0.5", ""),
    ("1.5.2", "Triển khai, hướng dẫn, đôn đốc thực hiện CCHC theo các văn bản chỉ đạo của UBND tỉnh, "
              "các ngành liên quan", "1", ""),
    ("1.5.3", "Thực hiện các giải pháp nâng cao Chỉ số CCHC và Chỉ số hài lòng (SIPAS)", "0.5", ""),
    ("1.5.4", "Có đưa nội dung CCHC để đánh giá kiểm điểm trong các cuộc họp giao ban quý và thông báo "
              "kết luận bằng văn bản", "1", ""),
    ("1.6", "Thực hiện nhiệm vụ UBND tỉnh giao", "1", ""),
    ("1.7", "Sáng kiến kinh nghiệm trong công tác cải cách hành chính", "2", ""),
    ("2", "Xây dựng và tổ chức thực hiện văn bản QPPL", "6", ""),
    ("2.1", "Xây dựng, ban hành văn bản QPPL theo kế hoạch", "2", ""),
    ("2.2", "Rà soát, hệ thống hóa văn bản QPPL", "2", ""),
    ("2.3", "Tổ chức thực hiện và kiểm tra việc thực hiện văn bản QPPL", "2", ""),
    ("3", "Cải cách thủ tục hành chính", "17.5", ""),
    ("3.1", "Kiểm soát TTHC", "1.5", ""),
    ("3.1.1", "Việc ban hành Kế hoạch kiểm soát thủ tục hành chính", "0.5", ""),
    ("3.1.2", "Mức độ thực hiện Kế hoạch kiểm soát TTHC", "1", ""),
    ("3.2", "Rà soát, đơn giản hóa TTHC", "1.5", ""),
    ("3.2.1", "Việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC", "0.5", ""),
    ("3.2.2", "Mức độ thực hiện Kế hoạch rà soát, đơn giản hóa TTHC", "1", ""),
    ("3.3", "Công khai TTHC", "1.5", ""),
    ("3.4", "Thực hiện cơ chế một cửa, một cửa liên thông", "8.5", ""),
    ("3.4.1", "Tổ chức Bộ phận Một cửa cấp huyện, cấp xã theo quy định", "1", ""),
    ("3.4.2", "Giải quyết TTHC theo hình thức liên thông", "1", ""),
    ("3.4.3", "Tiếp nhận hồ sơ, trả kết quả giải quyết TTHC qua dịch vụ bưu chính công ích", "1", ""),
    ("3.4.4", "Tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện", "5", ""),
    ("3.4.5", "Việc cập nhật kết quả giải quyết thủ tục hành chính trên phần mềm một cửa điện tử", "0.5", ""),
    ("3.5", "Tiếp nhận, xử lý phản ánh, kiến nghị", "1", ""),
    ("3.6", "Thực hiện việc xin lỗi bằng văn bản khi giải quyết thủ tục hành chính sai sót, trễ hẹn", "2", ""),
    ("3.7", "Số hóa hồ sơ, kết quả giải quyết TTHC", "1.5", ""),
    ("3.7.1", "Ban hành Kế hoạch số hóa hồ sơ, kết quả giải quyết TTHC", "0.5", ""),
    ("3.7.2", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "0.5", ""),
    ("3.7.3", "Báo cáo định kỳ kết quả thực hiện Kế hoạch số hóa theo quy định", "0.5", ""),
    ("4", "Cải cách tổ chức bộ máy hành chính", "7.5", ""),
    ("4.1", "Thực hiện quy định về tổ chức bộ máy của các cơ quan chuyên môn thuộc UBND huyện", "2", ""),
    ("4.2", "Quản lý biên chế", "2", ""),
    ("4.2.1", "Thực hiện số lượng biên chế được giao", "1", ""),
    ("4.2.2", "Thực hiện tinh giản biên chế theo quy định", "1", ""),
    ("4.3", "Thực hiện quy định về số lượng cấp phó", "1.5", ""),
    ("4.4", "Thực hiện phân cấp quản lý", "2", ""),
    ("4.4.1", "Thực hiện các nhiệm vụ được phân cấp", "1", ""),
    ("4.4.2", "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã được phân cấp", "0.5", ""),
    ("4.4.3", "Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra", "0.5", ""),
    ("5", "Cải cách chế độ công vụ", "15.5", ""),
    ("5.1", "Vị trí việc làm", "2", ""),
    ("5.2", "Tuyển dụng", "2", ""),
    ("5.3", "Bố trí, sử dụng công chức theo vị trí việc làm", "1.5", ""),
    ("5.4", "Đánh giá, phân loại cán bộ, công chức, viên chức", "1.5", ""),
    ("5.5", "Thực hiện quy định về bổ nhiệm vị trí lãnh đạo", "1.5", ""),
    ("5.6", "Đào tạo, bồi dưỡng", "2", ""),
    ("5.7", "Quản lý cán bộ, công chức, viên chức", "5", ""),
    ("5.7.1", "Cập nhật đầy đủ thông tin CBCC,VC trên hệ thống phần mềm thông tin quản lý CBCC,VC của tỉnh",
     "1", ""),
    ("5.7.2", "Quản lý hồ sơ cán bộ, công chức, viên chức", "1", ""),
    ("5.7.3", "Thực hiện quy định về cán bộ, công chức cấp xã", "1", ""),
    ("5.7.4", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "2", ""),
    ("6", "Cải cách tài chính công", "6", ""),
    ("6.1", "Thực hiện giải ngân kế hoạch vốn đầu tư công", "2", ""),
    ("6.2", "Thực hiện quy định về quản lý, sử dụng tài sản công", "2", ""),
    ("6.3", "Thực hiện cơ chế tự chủ tài chính tại cơ quan hành chính và đơn vị sự nghiệp công lập", "2", ""),
    ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "15", ""),
    ("7.1", "Ứng dụng công nghệ thông tin, chuyển đổi số", "7", ""),
    ("7.1.1", "Ban hành Kế hoạch chuyển đổi số phát triển Chính quyền số", "1", ""),
    ("7.1.2", "Mức độ thực hiện Kế hoạch chuyển đổi số phát triển Chính quyền số trong năm", "1", ""),
    ("7.1.3", "Tỷ lệ sử dụng văn bản điện tử từ cấp huyện đến cấp xã", "2", ""),
    ("7.1.4", "Kết nối, liên thông phần mềm quản lý văn bản từ cấp huyện đến cấp xã", "1", ""),
    ("7.1.5", "Sử dụng chữ ký số trong xử lý văn bản", "1", ""),
    ("7.1.6", "Tỷ lệ cán bộ công chức, viên chức được cung cấp và sử dụng hộp thư điện tử công vụ hỗ trợ "
              "trao đổi công việc", "1", ""),
    ("7.2", "Việc cung cấp dịch vụ công trực tuyến", "6", ""),
    ("7.3", "Áp dụng Hệ thống quản lý chất lượng theo tiêu chuẩn TCVN ISO 9001:2015", "2", ""),
    ("8", "Sự tác động của CCHC đến sự hài lòng của người dân, tổ chức và các chỉ tiêu phát triển "
          "kinh tế - xã hội của địa phương", "19.5", ""),
    ("8.1", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "10", "survey"),
    ("8.2", "Đánh giá của lãnh đạo, quản lý (điều tra xã hội học)", "7", "survey"),
    ("8.3", "Mức độ phát triển doanh nghiệp", "1", ""),
    ("8.4", "Thực hiện thu ngân sách nhà nước trên địa bàn", "0.5", ""),
    ("8.5", "Thu hút đầu tư", "0.5", ""),
    ("8.6", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND huyện giao", "0.5", ""),
)

# Seed 004 quotes this parenthesis right after the name of 7.1.3.
_GUIDANCE = {"7.1.3": "Chỉ thống kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử, sử dụng chữ ký số "
                      "và chứng thư số."}


def _criteria(rows) -> tuple[CriterionSpec, ...]:
    leaf_kinds: dict[str, set[str]] = {}
    for code, _, _, kind in rows:
        for parent in (code.rsplit(".", n)[0] for n in range(code.count(".") + 1)):
            leaf_kinds.setdefault(parent, set()).add(kind or "scored")
    # A parent is "survey" only when every criterion under it is (field 8 mixes both: scored).
    return tuple(CriterionSpec(code, name, D(points), kind or ("survey" if leaf_kinds[code] == {"survey"}
                                                                  else "scored"), _GUIDANCE.get(code, ""))
                 for code, name, points, kind in rows)


CRITERIA = _criteria(_ROWS)
MAX = {c.code: c.max_points for c in CRITERIA}
LEAVES = tuple(c.code for c in CRITERIA if not any(o.code.startswith(c.code + ".") for o in CRITERIA))

# Decision numbers and dates are illustrative: seed 004 cites only the 2022 results decision.
SET_2022 = CriteriaSetSpec("huyen-2022", 2022, "huyen", "Bộ chỉ số CCHC cấp huyện năm 2022", "1877/QĐ-UBND",
                           date(2021, 12, 24), D("100"), CRITERIA, "DNO")
SET_2021 = CriteriaSetSpec("huyen-2021", 2021, "huyen", "Bộ chỉ số CCHC cấp huyện năm 2021", "2087/QĐ-UBND",
                           date(2020, 12, 28), D("100"), CRITERIA, "DNO")
DISTRICT_SETS = (SET_2021, SET_2022)


def lost(code: str, points: str, reason: str, self_score: str | None = None) -> ScoreSpec:
    """A deduction: appraised (or survey) = max − points."""
    value = MAX[code] - D(points)
    own = D(self_score) if self_score is not None else None
    if code in ("8.1", "8.2"):
        return ScoreSpec(code, None, None, value, reason)
    return ScoreSpec(code, own, value, None, reason)


# Seed 004, section II: each reason is the seed's sentence without its outline number and
# without the "(trách nhiệm …)" part. Seed 004 names "1.2.2 và 1.2.3" for one 0,5 deduction:
# it is booked on 1.2.2 (1.2.3 does not exist in the set).
SURVEY_GAP_REASON = ("Kế hoạch nguồn không nêu: chênh lệch 3,603 điểm giữa tổng điểm công bố (71,79) và 100 trừ "
                     "các điểm bị trừ đã nêu (24,607); tạm ghi vào điểm điều tra xã hội học.")
TUY_DUC_2022_DEDUCTIONS: tuple[ScoreSpec, ...] = (
    lost("1.2.2", "0.5", "Tại tiêu chí 1.2.2 và 1.2.3 Chất lượng báo cáo và thời gian báo cáo: thời gian báo cáo "
         "định kỳ 6 tháng chậm so với với quy định (trừ 0,5 điểm)"),
    lost("1.5.4", "0.5", "Tại tiêu chí 1.5.4 Theo quy định có đưa nội dung CCHC để đánh giá kiểm điểm trong các "
         "cuộc họp giao ban quý và thông báo kết luận bằng văn bản trừ: Năm 2022 trong các cuộc họp giao ban quý "
         "UBND huyện chưa tổ chức kiểm điểm CCHC (trừ 0,5 điểm)"),
    # Self scores are illustrative (seed 004 has none): full marks except 1.7 and 3.4.4.
    lost("1.7", "2", "Tại tiêu chí 1.7 Sáng kiến kinh nghiệm trong công tác cải cách hành chính: Năm 2022 toàn "
         "huyện không có sáng kiến kinh nghiệm trong lĩnh vực CCHC (trừ 2 điểm).", self_score="0"),
    lost("1.4.2", "0.5", "Tiêu chí 1.4.2 Tuyên truyền CCHC thông qua các hình thức: thông qua các phương tiện thông "
         "tin đại chúng của địa phương; phổ biến văn bản liên quan CCHC; Tổ chức cuộc thi, tập huấn, tọa đàm. Tuy "
         "nhiên năm 2022 huyện chỉ thực hiện việc tuyên truyền CCHC 02 hình thức, còn thiếu hình thức tổ chức cuộc "
         "thi tìm hiểu về CCHC, tọa đàm về CCHC, tập huấn chuyên đề CCHC (trừ 0,5 điểm)"),
    lost("1.5.2", "0.25", "Tiêu chí 1.5.2 Triển khai, hướng dẫn, đôn đốc thực hiện CCHC theo các văn bản chỉ đạo "
         "của UBND tỉnh, các ngành liên quan: một số cơ quan đơn vị liên quan chưa triển khai đạt 100% văn bản "
         "của tỉnh, Trung ương (trừ 0,25 điểm)."),
    lost("3.1.1", "0.5", "Tiêu chí thành phần 3.1.1 việc ban hành Kế hoạch kiểm soát thủ tục hành chính: chưa ban "
         "hành kế hoạch đúng thời gian quy định (trừ 0,5 điểm)"),
    lost("3.2.1", "0.5", "Tiêu chí thành phần 3.2.1 Việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC: Chưa ban "
         "hành kế hoạch đúng thời gian quy định (trừ 0,5 điểm)"),
    lost("3.4.4", "5", "Tiêu chí 3.4.4 tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện: giải "
         "quyết thủ tục hành chính cấp xã và cấp huyện đạt tỷ lệ thấp (trừ 5 điểm).", self_score="4"),
    lost("3.4.5", "0.5", "Tiêu chí thành phần 3.4.5: việc cập nhật kết quả giải quyết thủ tục hành chính trên phần "
         "mềm một cửa điện tử: UBND huyện và các xã, thị trấn chưa cập nhật kết quả giải quyết TTHC lên phần mềm "
         "một cửa điện tử (trừ 0,5 điểm)"),
    lost("3.6", "2", "Tại tiêu chí 3.6 Thực hiện việc xin lỗi bằng văn bản khi giải quyết thủ tục hành chính sai "
         "sót, trễ hẹn. Theo kết quả chấm điểm của tỉnh trong năm 2022 các cơ quan đơn vị giải quyết hồ sơ trễ hẹn "
         "nhưng không thực hiện việc xin lỗi (trừ 2 điểm)"),
    lost("3.7.3", "0.5", "Tại tiêu chí thành phần 3.7.3 Báo cáo định kỳ kết quả thực hiện Kế hoạch số hóa theo "
         "quy định: không thực hiện chế độ báo cáo định kỳ (trừ 0,5 điểm)"),
    lost("4.4.2", "0.5", "Tiêu chí thành phần 4.4.2 Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã "
         "được phân cấp: Năm 2022 chưa tổ chức kiểm tra việc thực hiện các nhiệm vụ phân cấp thuộc thẩm quyền của "
         "UBND huyện, đây cũng là thực trạng chung của toàn tỉnh về vấn đề phân cấp quản lý (Việc thực hiện nhiệm "
         "vụ phân cấp quản lý thực hiện theo quy định tại điểm c, Khoản 7, Điều 4 Nghị quyết số 04/NQ-CP ngày "
         "10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước và các quy định của "
         "Chính phủ, các bộ, ngành về phân cấp quản lý nhà nước theo ngành, lĩnh vực, theo đó “Ủy ban nhân dân "
         "tỉnh xây dựng Đề án đẩy mạnh phân cấp đối với Ủy ban nhân dân cấp huyện, cấp xã và các cơ quan chuyên "
         "môn thuộc Ủy ban nhân dân cấp tỉnh, trình Hội đồng nhân dân cùng cấp thông qua trước khi ban hành Quyết "
         "định và tổ chức thực hiện theo quy định của pháp luật”. Tuy nhiên đến nay chưa có Đề án triển khai thực "
         "hiện, Ủy ban nhân dân huyện chỉ triển khai kiểm tra giám sát lồng ghép với công tác kiểm tra cải cách "
         "hành chính hàng năm.) (trừ 0,5 điểm)"),
    lost("4.4.3", "0.5", "Tiêu chí thành phần 4.4.3 Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra (trừ 0,5 "
         "điểm)"),
    lost("5.7.1", "0.25", "Tiêu chí thành phần 5.7.1 Cập nhật đầy đủ thông tin CBCC,VC trên hệ thống phần mềm "
         "thông tin quản lý CBCC,VC của tỉnh: một số hồ sơ chưa nhập đúng trường dữ liệu (trừ 0,25 điểm)"),
    lost("5.7.4", "2", "Tiêu chí thành phần 5.7.4 Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, "
         "viên chức: Căn cứ kết quả kiểm tra của Tổ kiểm tra công vụ số 818 (Báo cáo 209 BC/TKT ngày 22/10/2022) "
         "(trừ 2 điểm)."),
    lost("7.1.2", "0.33", "Tiêu chí thành phần 7.1.2 Mức độ thực hiện Kế hoạch chuyển đổi số phát triển Chính quyền "
         "số trong năm: mức độ thực hiện kế hoạch chỉ đạt 83,3% (trừ 0,33 điểm)"),
    lost("7.1.3", "2", "Tiêu chí thành phần 7.1.3 Tỷ lệ sử dụng văn bản điện tử từ cấp huyện đến cấp xã (Chỉ thống "
         "kê tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử, sử dụng chữ ký số và chứng thư số): không đạt "
         "(trừ 2 điểm)"),
    lost("7.1.6", "0.5", "Tiêu chí thành phần 7.1.6 Tỷ lệ cán bộ công chức,viên chức được cung cấp và sử dụng hộp "
         "thư điện tử công vụ hỗ trợ trao đổi công việc: tỷ lệ CBCC sử dụng hộp thư công vụ chỉ đạt 80% (trừ 0,5 "
         "điểm)"),
    lost("7.2", "4.855", "Tiêu chí thành phần 7.2 Việc cung cấp dịch vụ công trực tuyến: Năm 2022 tỷ lệ hồ sơ phát "
         "sinh dịch vụ công trực tuyến mức độ 3, mức độ 4 thấp (trừ 4,855 điểm)"),
    lost("8.3", "0.422", "Tiêu chí 8.3 Mức độ phát triển doanh nghiệp: năm 2022 tỷ lệ doanh nghiệp thành lập mới "
         "chỉ đạt 6,25% (trừ 0,422 điểm)"),
    lost("8.6", "0.5", "Tiêu chí 8.6 Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND huyện giao: Năm 2022 có "
         "04 chỉ tiêu phát triển KT-XH không đạt (trừ 0,5 điểm)."),
)
TUY_DUC_2022_TOTAL = D("71.79")
TUY_DUC_2022: tuple[ScoreSpec, ...] = TUY_DUC_2022_DEDUCTIONS + (
    # Not in seed 004: the 3,603 points between 100 − 24,607 and the published 71,79.
    ScoreSpec("8.1", None, None, D("6.397"), SURVEY_GAP_REASON),
    ScoreSpec("8.2", None, None, D("7")),
)

# Illustrative (no seed): Tuy Đức 2021, 73,15 points = 100 − 26,85, rank 7/8.
TUY_DUC_2021: tuple[ScoreSpec, ...] = (
    lost("8.1", "2.3", "Chỉ số hài lòng của người dân, tổ chức chưa cao."),
    lost("8.2", "1.4", "Đánh giá của lãnh đạo, quản lý chưa cao."),
    lost("3.4.4", "4", "Tỷ lệ hồ sơ giải quyết đúng hẹn thấp."),
    lost("7.2", "4.6", "Tỷ lệ hồ sơ dịch vụ công trực tuyến mức độ 3, 4 thấp."),
    lost("1.7", "2", "Không có sáng kiến kinh nghiệm trong công tác CCHC.", self_score="0"),
    lost("3.6", "2", "Chưa thực hiện xin lỗi khi giải quyết hồ sơ trễ hẹn."),
    lost("7.1.3", "2", "Tỷ lệ văn bản gửi hoàn toàn dưới dạng điện tử chưa đạt."),
    lost("5.7.4", "1.5", "Có công chức vi phạm kỷ luật, kỷ cương hành chính."),
    lost("6.1", "1", "Tỷ lệ giải ngân vốn đầu tư công chưa đạt kế hoạch."),
    lost("5.6", "1", "Chưa hoàn thành kế hoạch đào tạo, bồi dưỡng."),
    lost("1.2.2", "0.5", "Báo cáo quý I gửi chậm."),
    lost("1.5.4", "0.5", "Chưa kiểm điểm CCHC trong các cuộc họp giao ban quý."),
    lost("3.1.1", "0.5", "Ban hành kế hoạch kiểm soát TTHC chậm."),
    lost("3.2.1", "0.5", "Ban hành kế hoạch rà soát, đơn giản hóa TTHC chậm."),
    lost("3.4.5", "0.5", "Chưa cập nhật đầy đủ kết quả giải quyết TTHC trên phần mềm một cửa điện tử."),
    lost("4.4.2", "0.5", "Chưa kiểm tra các nhiệm vụ đã được phân cấp."),
    lost("4.4.3", "0.5", "Chưa xử lý các vấn đề về phân cấp."),
    lost("7.1.6", "0.5", "Tỷ lệ sử dụng hộp thư điện tử công vụ chưa đạt."),
    lost("8.3", "0.55", "Tỷ lệ doanh nghiệp thành lập mới thấp."),
    lost("8.6", "0.5", "Có chỉ tiêu phát triển KT-XH không đạt."),
)

# Illustrative totals of the seven other districts (no seed); rank = position, of 8.
OTHER_TOTALS = {
    2022: ("86.42", "84.17", "82.35", "79.88", "77.61", "75.24", "73.06"),
    2021: ("85.10", "83.42", "80.96", "77.30", "78.05", "74.88", "71.64"),
}
_SPREAD_ORDER = ("8.1", "3.4.4", "7.2", "8.2", "5.7.4", "7.1.3", "1.7", "3.6", "6.1", "2.2", "1.2.2", "3.1.2",
                 "4.4.2", "7.1.2", "8.3", "5.6", "3.7.2", "1.4.2", "7.3", "5.1")
ILLUSTRATIVE_REASON = "Chưa đạt điểm tối đa (số liệu minh họa)."


def spread(points_lost: D, start: int) -> tuple[ScoreSpec, ...]:
    """Deterministic deductions summing exactly to `points_lost`: walk the criteria from
    `start`, cyclically, taking half of what is left of each until nothing remains."""
    taken = dict.fromkeys(_SPREAD_ORDER, D(0))
    remaining, i = points_lost, start
    while remaining > 0:
        if i - start > 20 * len(_SPREAD_ORDER):
            raise ValueError(f"cannot spread {points_lost}")
        code = _SPREAD_ORDER[i % len(_SPREAD_ORDER)]
        take = min(remaining, ((MAX[code] - taken[code]) / 2).quantize(D("0.001")))
        taken[code] += take
        remaining -= take
        i += 1
    return tuple(lost(code, str(t), ILLUSTRATIVE_REASON) for code, t in taken.items() if t > 0)


def _ranked(year: int) -> list[tuple[str, D]]:
    own = D("71.79") if year == 2022 else D("73.15")
    rows = [(code, D(t)) for (code, *_), t in zip(DISTRICTS[:7], OTHER_TOTALS[year])] + [(TUY_DUC, own)]
    return sorted(rows, key=lambda r: -r[1])


def _district_scores() -> tuple[UnitYearScores, ...]:
    out = []
    for year, set_key in ((2021, SET_2021.key), (2022, SET_2022.key)):
        for rank, (code, total) in enumerate(_ranked(year), start=1):
            if code == TUY_DUC and year == 2022:
                out.append(UnitYearScores(code, set_key, year, TUY_DUC_2022, total, rank, 8,
                                          "Quyết định số 251/QĐ-UBND ngày 01/3/2023 của UBND tỉnh Đắk Nông "
                                          "(theo Kế hoạch khắc phục năm 2023 của UBND huyện Tuy Đức)"))
            elif code == TUY_DUC:
                out.append(UnitYearScores(code, set_key, year, TUY_DUC_2021, total, rank, 8,
                                          "Số liệu minh họa (tài liệu gốc không có kết quả năm 2021)"))
            else:
                start = [c for c, *_ in DISTRICTS].index(code) * 3
                out.append(UnitYearScores(code, set_key, year, spread(D(100) - total, start), total, rank, 8,
                                          "Số liệu minh họa (tài liệu gốc chỉ có kết quả của huyện Tuy Đức)"))
    return tuple(out)


DISTRICT_SCORES = _district_scores()


# --- Tuy Đức's remediation plan (seed 004), texts verbatim; "**" bold marks of the seed dropped,
# the paragraph the seed breaks at a page end (5.7.1) joined.
_BASES = (
    'Căn cứ Quyết định số 251/QĐ-UBND ngày 01/3/2023 của UBND tỉnh về việc công bố Chỉ số cải cách hành '
    'chính năm 2022 của các Sở, Ban, ngành; các cơ quan ngành dọc của Trung ương đóng trên địa bàn tỉnh '
    'và UBND các huyện, thành phố; Báo cáo số 37/BC-UBND ngày 21/02/2023 của UBND tỉnh về việc Chỉ số cải'
    ' cách hành chính năm 2022 của các Sở, Ban, ngành; các cơ quan ngành dọc của Trung ương đóng trên địa'
    ' bàn tỉnh và UBND các huyện, thành phố.',
    'Thực hiện Công văn số 1210/UBND-TH, ngày 16 tháng 3 năm 2023 của Ủy ban nhân dân tỉnh Đắk Nông về '
    'việc triển khai thực hiện Thông báo số 55/TB-VPCP ngày 24/02/2023 của Văn phòng chính phủ.',
)
_PREAMBLE = (
    'UBND huyện xây dựng kế hoạch khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số cải cách '
    'hành chính năm 2023 trên địa bàn huyện như sau:'
)
_PURPOSE = (
    'Tiếp tục đẩy mạnh công tác cải cách hành chính (CCHC) nhằm xây dựng nền hành chính hiện đại, chuyên '
    'nghiệp, công khai, minh bạch, phục vụ nhân dân; xây dựng đội ngũ cán bộ, công chức, viên chức có '
    'phẩm chất, năng lực đáp ứng yêu cầu công vụ; cải cách tổ chức bộ máy, cơ quan hành chính nhà nước '
    'theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả; cải cách thủ tục hành chính, xây dựng chính quyền'
    ' điện tử, nâng cao chất lượng dịch vụ công nhằm phục vụ tốt đối với người dân, doanh nghiệp trong '
    'giải quyết thủ tục hành chính; cải cách tài chính công, góp phần thúc đẩy phát triển kinh tế - xã '
    'hội của huyện.',
    'Duy trì, củng cố các tiêu chí đã đạt được, khắc phục các tiêu chí chưa đạt để nâng cao thứ hạng Chỉ '
    'số cải cách hành chính của huyện (PAR INDEX), góp phần nâng cao Chỉ số hài lòng của người dân, doanh'
    ' nghiệp đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023.',
)
_REQUIREMENTS = (
    'Các cơ quan chuyên môn, UBND các xã, thị trấn kịp thời rà soát, tham mưu giải pháp thực hiện các nội'
    ' dung còn tồn tại, hạn chế đã được UBND tỉnh và UBND huyện chỉ ra.',
    'Tiếp tục đẩy mạnh công tác CCHC, trong đó, chú trọng công tác phục vụ người dân, nâng cao Chỉ số hài'
    ' lòng của người dân đối với sự phục vụ của cơ quan hành chính Nhà nước.',
    'Các cơ quan chuyên môn phát huy tinh thần chủ động, sáng tạo, phối hợp hiệu quả hoàn thành đúng tiến'
    ' độ các nhiệm vụ cải cách hành chính được giao, các nhiệm vụ hoàn thành phải có hồ sơ, tài liệu kiểm'
    ' chứng để chứng minh.',
)
_TASKS = (
    'Theo kết quả công bố Chỉ số Cải cách hành chính năm 2022 của Ủy ban nhân dân tỉnh Đắk Nông, Chỉ số '
    'cải cách hành chính huyện đạt mức thấp 71.79 điểm, xếp thứ 8/8 huyện, thành phố, số điểm không đạt '
    'là 24,607 điểm, cụ thể các lĩnh vực như sau:',
    '1. Công tác chỉ đạo điều hành (trừ 3,75/13 điểm)',
    '1.1. Tại tiêu chí 1.2.2 và 1.2.3 Chất lượng báo cáo và thời gian báo cáo: thời gian báo cáo định kỳ '
    '6 tháng chậm so với với quy định (trừ 0,5 điểm) (trách nhiệm của Phòng Nội vụ).',
    '1.2. Tại tiêu chí 1.5.4 Theo quy định có đưa nội dung CCHC để đánh giá kiểm điểm trong các cuộc họp '
    'giao ban quý và thông báo kết luận bằng văn bản trừ: Năm 2022 trong các cuộc họp giao ban quý UBND '
    'huyện chưa tổ chức kiểm điểm CCHC (trừ 0,5 điểm) (trách nhiệm của Văn phòng HĐND&UBND huyện).',
    '1.3. Tại tiêu chí 1.7 Sáng kiến kinh nghiệm trong công tác cải cách hành chính: Năm 2022 toàn huyện '
    'không có sáng kiến kinh nghiệm trong lĩnh vực CCHC (trừ 2 điểm).',
    '1.4. Tiêu chí 1.4.2 Tuyên truyền CCHC thông qua các hình thức: thông qua các phương tiện thông tin '
    'đại chúng của địa phương; phổ biến văn bản liên quan CCHC; Tổ chức cuộc thi, tập huấn, tọa đàm. Tuy '
    'nhiên năm 2022 huyện chỉ thực hiện việc tuyên truyền CCHC 02 hình thức, còn thiếu hình thức tổ chức '
    'cuộc thi tìm hiểu về CCHC, tọa đàm về CCHC, tập huấn chuyên đề CCHC (trừ 0,5 điểm) (Trách nhiệm của '
    'Văn phòng HĐND&UBND huyện không tổ chức tập huấn theo phân công của UBND huyện tại Kế hoạch CCHC năm'
    ' 2022).',
    '1.5. Tiêu chí 1.5.2 Triển khai, hướng dẫn, đôn đốc thực hiện CCHC theo các văn bản chỉ đạo của UBND '
    'tỉnh, các ngành liên quan: một số cơ quan đơn vị liên quan chưa triển khai đạt 100% văn bản của '
    'tỉnh, Trung ương (trừ 0,25 điểm).',
    '2. Công tác cải cách thủ tục hành chính (trừ 09/17,5 điểm)',
    '2.1. Tiêu chí thành phần 3.1.1 việc ban hành Kế hoạch kiểm soát thủ tục hành chính: chưa ban hành kế'
    ' hoạch đúng thời gian quy định (trừ 0,5 điểm) (Trách nhiệm thuộc Văn phòng HĐND&UBND huyện)',
    '2.2. Tiêu chí thành phần 3.2.1 Việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC: Chưa ban hành kế '
    'hoạch đúng thời gian quy định (trừ 0,5 điểm) (Trách nhiệm thuộc Văn phòng HĐND&UBND huyện)',
    '2.3. Tiêu chí 3.4.4 tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện: giải quyết '
    'thủ tục hành chính cấp xã và cấp huyện đạt tỷ lệ thấp (trừ 5 điểm). (Trách nhiệm thuộc Văn phòng '
    'HĐND&UBND huyện; Chi nhánh Căn phòng đăng ký đất đai; UBND các xã, thị trấn)',
    '2.4. Tiêu chí thành phần 3.4.5: việc cập nhật kết quả giải quyết thủ tục hành chính trên phần mềm '
    'một cửa điện tử: UBND huyện và các xã, thị trấn chưa cập nhật kết quả giải quyết TTHC lên phần mềm '
    'một cửa điện tử (trừ 0,5 điểm) Trách nhiệm thuộc Văn phòng HĐND&UBND huyện; UBND các xã, thị trấn.',
    '2.5. Tại tiêu chí 3.6 Thực hiện việc xin lỗi bằng văn bản khi giải quyết thủ tục hành chính sai sót,'
    ' trễ hẹn. Theo kết quả chấm điểm của tỉnh trong năm 2022 các cơ quan đơn vị giải quyết hồ sơ trễ hẹn'
    ' nhưng không thực hiện việc xin lỗi (trừ 2 điểm) (Trách nhiệm thuộc Văn phòng HĐND&UBND huyện; Chi '
    'nhánh Căn phòng đăng ký đất đai; UBND các xã, thị trấn)',
    '2.6. Tại tiêu chí thành phần 3.7.3 Báo cáo định kỳ kết quả thực hiện Kế hoạch số hóa theo quy định: '
    'không thực hiện chế độ báo cáo định kỳ (trừ 0,5 điểm) Trách nhiệm thuộc Phòng Văn hóa và Thông tin.',
    '3. Cải cách bộ máy hành chính nhà nước (trừ 01/7,5 điểm)',
    '3.1. Tiêu chí thành phần 4.4.2 Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã được '
    'phân cấp: Năm 2022 chưa tổ chức kiểm tra việc thực hiện các nhiệm vụ phân cấp thuộc thẩm quyền của '
    'UBND huyện, đây cũng là thực trạng chung của toàn tỉnh về vấn đề phân cấp quản lý (Việc thực hiện '
    'nhiệm vụ phân cấp quản lý thực hiện theo quy định tại điểm c, Khoản 7, Điều 4 Nghị quyết số 04/NQ-CP'
    ' ngày 10/01/2022 của Chính phủ về đẩy mạnh phân cấp, phân quyền trong quản lý nhà nước và các quy '
    'định của Chính phủ, các bộ, ngành về phân cấp quản lý nhà nước theo ngành, lĩnh vực, theo đó “Ủy ban'
    ' nhân dân tỉnh xây dựng Đề án đẩy mạnh phân cấp đối với Ủy ban nhân dân cấp huyện, cấp xã và các cơ '
    'quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh, trình Hội đồng nhân dân cùng cấp thông qua trước khi'
    ' ban hành Quyết định và tổ chức thực hiện theo quy định của pháp luật”. Tuy nhiên đến nay chưa có Đề'
    ' án triển khai thực hiện, Ủy ban nhân dân huyện chỉ triển khai kiểm tra giám sát lồng ghép với công '
    'tác kiểm tra cải cách hành chính hàng năm.) (trừ 0,5 điểm) Trách nhiệm thuộc Phòng Nội vụ.',
    '3.2. Tiêu chí thành phần 4.4.3 Xử lý các vấn đề về phân cấp phát hiện qua kiểm tra (trừ 0,5 điểm) '
    'Trách nhiệm thuộc Phòng Nội vụ.',
    '4. Cải cách chế độ công vụ (trừ 2,25/15,5 điểm)',
    '4.1. Tiêu chí thành phần 5.7.1 Cập nhật đầy đủ thông tin CBCC,VC trên hệ thống phần mềm thông tin '
    'quản lý CBCC,VC của tỉnh: một số hồ sơ chưa nhập đúng trường dữ liệu (trừ 0,25 điểm) trách nhiệm '
    'chung của các cơ quan đơn vị nhập thông tin CBCC trên phần mềm quản lý CBCC.',
    '4.2. Tiêu chí thành phần 5.7.4 Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên '
    'chức: Căn cứ kết quả kiểm tra của Tổ kiểm tra công vụ số 818 (Báo cáo 209 BC/TKT ngày 22/10/2022) '
    '(trừ 2 điểm). Trách nhiệm của Chi nhánh Văn phòng đăng ký đất đai, Phòng Tài nguyên và Môi trường, '
    'Bộ phận Một cửa huyện; UBND các xã, thị trấn.',
    '5. Xây dựng và phát triển chính quyền điện tử, chính quyền số (trừ 7,685/15 điểm)',
    '5.1. Tiêu chí thành phần 7.1.2 Mức độ thực hiện Kế hoạch chuyển đổi số phát triển Chính quyền số '
    'trong năm: mức độ thực hiện kế hoạch chỉ đạt 83,3% (trừ 0,33 điểm) Trách nhiệm thuộc Phòng Văn hóa '
    'và Thông tin.',
    '5. 2. Tiêu chí thành phần 7.1.3 Tỷ lệ sử dụng văn bản điện tử từ cấp huyện đến cấp xã (Chỉ thống kê '
    'tỷ lệ văn bản được gửi hoàn toàn dưới dạng điện tử, sử dụng chữ ký số và chứng thư số): không đạt '
    '(trừ 2 điểm) Trách nhiệm thuộc Phòng Văn hóa và Thông tin..',
    '5.3. Tiêu chí thành phần 7.1.6 Tỷ lệ cán bộ công chức,viên chức được cung cấp và sử dụng hộp thư '
    'điện tử công vụ hỗ trợ trao đổi công việc: tỷ lệ CBCC sử dụng hộp thư công vụ chỉ đạt 80% (trừ 0,5 '
    'điểm) Trách nhiệm thuộc Phòng Văn hóa và Thông tin..',
    '5.4. Tiêu chí thành phần 7.2 Việc cung cấp dịch vụ công trực tuyến: Năm 2022 tỷ lệ hồ sơ phát sinh '
    'dịch vụ công trực tuyến mức độ 3, mức độ 4 thấp (trừ 4,855 điểm) Trách nhiệm thuộc Văn phòng '
    'HĐND&UBND huyện',
    '6. Sự tác động của CCHC đến sự hài lòng của người dân, tổ chức và các chỉ tiêu phát triển kinh tế - '
    'xã hội của địa phương (trừ 0,922/2,5 điểm)',
    '6.1. Tiêu chí 8.3 Mức độ phát triển doanh nghiệp: năm 2022 tỷ lệ doanh nghiệp thành lập mới chỉ đạt '
    '6,25% (trừ 0,422 điểm)',
    '6.2. Tiêu chí 8.6 Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND huyện giao: Năm 2022 có 04 '
    'chỉ tiêu phát triển KT-XH không đạt (trừ 0,5 điểm).',
    '(có bảng phân công nhiệm vụ kèm theo)',
)
_ORGANISATION = (
    '1. Giao các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn: Chủ động triển khai và phối hợp'
    ' chặt chẽ các cơ quan, đơn vị liên quan thực hiện hiệu quả, đúng tiến độ các nhiệm vụ được giao tại '
    'Kế hoạch này.\nBáo cáo kết quả khắc phục lồng ghép vào báo cáo cải cách hành chính định kỳ, gửi UBND '
    'huyện thông qua Phòng Nội vụ để tổng hợp.',
    '2. Giao Phòng Tài chính và Kế hoạch, Phòng Tư pháp: Tiếp tục duy trì điểm tối đa các chỉ số, chỉ số '
    'thành phần của đơn vị mình phụ trách theo quy định của Bộ chỉ số cải cách hành chính năm 2023.',
    '3. Giao Phòng Nội vụ\nTheo dõi, đôn đốc, kiểm tra việc tổ chức thực hiện các nội dung tại Kế hoạch '
    'này; tổng hợp kết quả khắc phục lồng ghép báo cáo trong báo cáo CCHC năm 2023 của UBND huyện, kịp '
    'thời đề xuất với UBND huyện biện pháp tháo gỡ khó khăn, vướng mắc để kịp thời chỉ đạo, xử lý.',
    '4. Yêu cầu UBND các xã, thị trấn\nTrên cơ sở nội dung Kế hoạch này và những tồn tại hạn chế trong '
    'công tác CCHC tại UBND các xã, thị trấn để xây dựng Kế hoạch khắc phục các nội dung tồn tại và duy '
    'trì, cải thiện chỉ số cải cách hành chính (PAR INDEX), chỉ số đo lường sự hài lòng của người dân '
    '(SIPAS) năm 2023 phù hợp với tình hình thực tế của địa phương.',
)
_CLOSING = (
    'Trên đây là Kế hoạch khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số PAR INDEX, SIPAS '
    'năm 2023, đề nghị các cơ quan, đơn vị có liên quan và UBND các xã, thị trấn nghiêm túc triển khai, '
    'thực hiện./.'
)

_RECIPIENTS = (
    "Sở Nội vụ (đ/b);",
    "CT, các PCT UBND huyện (đ/b);",
    "Các Phòng, ban, đơn vị thuộc huyện (t/h);",
    "UBND các xã, thị trấn (t/h);",
    "Lưu: VT, NV (N).",
)
_DEDUCTION = {s.code: s for s in TUY_DUC_2022_DEDUCTIONS}
_ALL = "Thường xuyên"
_QUARTERLY = "Theo quy định báo cáo quý, 6 tháng và năm"
_DV = ("pb_dv_lq",)


def _item(stt: int, content: str, code: str, lead: tuple[str, ...], partners: tuple[str, ...],
          deadline: str) -> PlanItemSpec:
    d = _DEDUCTION.get(code)
    return PlanItemSpec(stt, content, code, lead, partners, deadline,
                        points_lost=MAX[code] - d.appraised if d else None, reason=d.reason if d else "")


# The 21 rows of the appendix. Row 19 answers field 8 as a whole: its 0,922 lost points are
# those of rows 20 (8.3) and 21 (8.6), so it carries none itself (no double counting).
TUY_DUC_ITEMS: tuple[PlanItemSpec, ...] = (
    _item(1, "Chất lượng báo cáo và thời gian báo cáo", "1.2.2", ("noivu",), ("pb_lq", "xa"), _QUARTERLY),
    _item(2, "Có đưa nội dung CCHC để đánh giá kiểm điểm trong các cuộc họp giao ban quý và thông báo kết luận "
          "bằng văn bản", "1.5.4", ("vp",), ("noivu", "pb_lq"),
          "Thông báo Kết luận cuộc họp giao ban tháng, quý của UBND huyện"),
    _item(3, "Sáng kiến kinh nghiệm trong công tác cải cách hành chính", "1.7", ("noivu",), ("pb_doanthe", "xa"),
          "Trước ngày 15/11/2023"),
    _item(4, "Tuyên truyền CCHC thông qua các hình thức: thông qua các phương tiện thông tin đại chúng của địa "
          "phương; phổ biến văn bản liên quan CCHC; Tổ chức cuộc thi, tập huấn, tọa đàm", "1.4.2",
          ("vp", "vhtt", "ttvh"), ("pb_colq",), _ALL),
    _item(5, "Triển khai, hướng dẫn, đôn đốc thực hiện CCHC theo các văn bản chỉ đạo của UBND tỉnh, các ngành "
          "liên quan", "1.5.2", ("noivu", "vp", "tckh", "tuphap", "vhtt"), ("pb_lq",), _ALL),
    _item(6, "Việc ban hành Kế hoạch kiểm soát thủ tục hành chính", "3.1.1", ("vp",), ("pb_lq",),
          "Trước ngày 25/12 hàng năm"),
    _item(7, "Việc ban hành Kế hoạch rà soát, đơn giản hóa TTHC", "3.2.1", ("vp",), ("pb_lq",),
          "Trước ngày 25/12 hàng năm"),
    _item(8, "Tỷ lệ giải quyết thủ tục hành chính đúng hẹn ở cấp xã và cấp huyện", "3.4.4", ("vp", "xa"),
          ("cnvpdk", "tnmt"), _ALL),
    _item(9, "Việc cập nhật kết quả giải quyết thủ tục hành chính trên phần mềm một cửa điện tử:", "3.4.5",
          ("vp", "xa"), ("pb_lq",), _ALL),
    _item(10, "Thực hiện việc xin lỗi bằng văn bản khi giải quyết thủ tục hành chính sai sót, trễ hạn", "3.6",
          ("vp", "tnmt", "cnvpdk", "xa"), _DV, _ALL),
    _item(11, "Báo cáo định kỳ kết quả thực hiện Kế hoạch số hóa theo quy định", "3.7.3", ("vhtt",), _DV,
          _QUARTERLY),
    _item(12, "Thực hiện kiểm tra, đánh giá định kỳ đối với các nhiệm vụ đã được phân cấp", "4.4.2", ("noivu",),
          _DV, _ALL),
    _item(13, "Cập nhật đầy đủ thông tin CBCC,VC trên hệ thống phần mềm thông tin quản lý CBCC,VC của tỉnh",
          "5.7.1", ("noivu",), _DV, _ALL),
    _item(14, "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "5.7.4",
          ("vp", "cnvpdk", "tnmt", "noivu"), _DV, _ALL),
    _item(15, "Mức độ thực hiện Kế hoạch chuyển đổi số phát triển Chính quyền số trong năm", "7.1.2", ("vhtt",),
          _DV, _ALL),
    _item(16, "Tỷ lệ sử dụng văn bản điện tử từ cấp huyện đến cấp xã (Chỉ thống kê tỷ lệ văn bản được gửi hoàn "
          "toàn dưới dạng điện tử, sử dụng chữ ký số và chứng thư số)", "7.1.3", ("vhtt", "vp", "xa"), _DV, _ALL),
    _item(17, "Tỷ lệ cán bộ công chức, viên chức được cung cấp và sử dụng hộp thư điện tử công vụ hỗ trợ trao đổi "
          "công việc", "7.1.6", ("vhtt", "xa"), _DV, _ALL),
    _item(18, "Việc cung cấp dịch vụ công trực tuyến", "7.2", ("vp",), _DV, _ALL),
    _item(19, "Sự tác động của CCHC đến sự hài lòng của người dân, tổ chức và các chỉ tiêu phát triển kinh tế - "
          "xã hội của địa phương", "8", ("noivu",), _DV, _ALL),
    _item(20, "Mức độ phát triển doanh nghiệp", "8.3", ("tckh",), _DV, _ALL),
    _item(21, "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND huyện giao", "8.6", ("tckh",), _DV, _ALL),
)

TUY_DUC_PLAN = PlanSpec(
    key="tuyduc-2023", unit_code=TUY_DUC, result_year=2022, year=2023,
    # Seed 004 leaves the number blank ("Số /KH-UBND"): 65 is illustrative. The date is the one
    # the documents spec prints for this plan (the seed leaves it blank too).
    number="65/KH-UBND", date=date(2023, 4, 5), place="Tuy Đức",
    subject="Khắc phục các nội dung tồn tại và duy trì, cải thiện chỉ số CCHC năm 2023",
    bases=_BASES, purpose="\n".join(_PURPOSE), requirements="\n".join(_REQUIREMENTS),
    tasks_intro="\n".join(_TASKS), organisation=_ORGANISATION,
    # Seed 004 prints "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"; the body line is the decree's for a UBND.
    signer_name="Võ Quốc Tuấn", signer_authority="KT.", signer_authority_body="ỦY BAN NHÂN DÂN",
    signer_title_line1="CHỦ TỊCH", signer_title="PHÓ CHỦ TỊCH", recipients=_RECIPIENTS, items=TUY_DUC_ITEMS,
    appendix_title="Khắc phục các tồn tại, hạn chế về Chỉ số PAR INDEX và SIPAS năm 2023",
    governing_body="UBND TỈNH ĐẮK NÔNG", issuing_body="ỦY BAN NHÂN DÂN HUYỆN TUY ĐỨC",
    preamble=_PREAMBLE, closing=_CLOSING,
)
DISTRICT_PLANS = (TUY_DUC_PLAN,)
