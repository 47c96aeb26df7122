import unicodedata
from decimal import Decimal

from hypothesis import given, settings, strategies as st

from cchc_desktop.io.cells import CellRange, sheet_from_rows
from cchc_desktop.io.issues import cell_ref
from cchc_desktop.io.table_finder import find_table, points_in_header, role_of
from cchc_desktop.io.table_rows import read_number

SPELLINGS = {
    "stt": ["STT", "TT", "Số TT"],
    "name": ["Tiêu chí", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Nội dung", "Tên tiêu chí", "Nội dung đánh giá"],
    "max": ["Điểm tối đa", "Điểm chuẩn", "Điểm tối đa (100)", "Thang điểm"],
    "self": ["Điểm tự đánh giá", "Tự chấm", "Điểm tự chấm"],
    "appraised": ["Điểm thẩm định", "Thẩm định", "Điểm đạt được", "Điểm thẩm định (65)"],
    "reason": ["Lý do", "Lý do trừ điểm", "Ghi chú"],
    "evidence": ["Tài liệu kiểm chứng"],
    "survey": ["Điểm ĐTXHH", "Điều tra xã hội học"],
}


def strip_accents(s: str) -> str:
    s = s.replace("đ", "d").replace("Đ", "D")
    return "".join(ch for ch in unicodedata.normalize("NFD", s) if unicodedata.category(ch) != "Mn")


def messy_spelling(draw, text):
    if draw(st.booleans()):
        text = strip_accents(text)
    case = draw(st.sampled_from(["same", "upper", "lower"]))
    text = text.upper() if case == "upper" else text.lower() if case == "lower" else text
    pad = draw(st.sampled_from(["", " ", "  ", "\n"]))
    return pad + text.replace(" ", draw(st.sampled_from([" ", "  "]))) + pad


@st.composite
def header_cell(draw):
    role = draw(st.sampled_from(sorted(SPELLINGS)))
    return role, messy_spelling(draw, draw(st.sampled_from(SPELLINGS[role])))


@given(header_cell())
def test_header_words_are_found_whatever_accents_case_and_spaces(cell):
    role, text = cell
    assert role_of(text) == role


def test_points_inside_header():
    assert points_in_header("Điểm thẩm định (65)") == Decimal(65)
    assert points_in_header("Điểm tối đa (8,5 điểm)") == Decimal("8.5")
    assert points_in_header("Điểm tối đa") is None


@settings(max_examples=60)
@given(titles=st.integers(0, 8), blanks=st.integers(0, 3), two_rows=st.booleans(), data=st.data())
def test_table_found_below_any_title_rows(titles, blanks, two_rows, data):
    rows = [[f"Dòng tiêu đề {i}: QUYẾT ĐỊNH SỐ {i}/QĐ-UBND"] for i in range(titles)] + [[]] * blanks
    header_at = len(rows)
    merged = []
    name = messy_spelling(data.draw, "Tiêu chí")
    if two_rows:
        rows += [["STT", name, "NĂM 2025", None, None], [None, None, "Điểm chuẩn", "Điểm đạt được", "Lý do"]]
        merged = [CellRange(header_at, 0, header_at + 1, 0), CellRange(header_at, 1, header_at + 1, 1),
                  CellRange(header_at, 2, header_at, 4)]
    else:
        rows += [["STT", name, "Điểm chuẩn", "Điểm đạt được", "Lý do"]]
    rows += [["(1)", "(2)", "(3)", "(4)", "(5)"], ["1", "Báo cáo", 1, "0,5", "Chậm"]]
    mapping = find_table(sheet_from_rows("S", rows, merged=merged))
    assert mapping is not None
    assert mapping.columns == {"stt": 0, "name": 1, "max": 2, "appraised": 3, "reason": 4}
    assert mapping.header_rows[0] == header_at
    assert mapping.first_data_row == len(rows) - 1   # the (1) (2) numbering row is skipped


def test_two_row_header_without_merge_information_like_xls_or_ods():
    rows = [["STT", "TÊN TIÊU CHÍ", "NĂM 2021", None, None, "GIẢI PHÁP KHẮC PHỤC"],
            [None, None, "Điểm chuẩn", "Điểm đạt được", "Lý do", None],
            [1, "Thực hiện nhiệm vụ", "1.00", "0.50", "Trễ hạn", "Chủ động"]]
    mapping = find_table(sheet_from_rows("S", rows))
    assert mapping.columns == {"stt": 0, "name": 1, "max": 2, "appraised": 3, "reason": 4}
    assert mapping.first_data_row == 2


def test_sheet_without_table():
    assert find_table(sheet_from_rows("S", [["Kế hoạch"], ["Nội dung dài không phải bảng"]])) is None


NUMBER_STYLES = ["number", "comma", "dot", "spaced", "percent"]


@given(value=st.decimals(min_value=0, max_value=100, places=3, allow_nan=False),
       style=st.sampled_from(NUMBER_STYLES))
def test_messy_numbers_read_as_the_same_points(value, style):
    plain = format(value, "f")
    cell = {"number": value, "comma": plain.replace(".", ","), "dot": plain,
            "spaced": f"  {plain.replace('.', ',')} ", "percent": f"{plain}%"}[style]
    num = read_number(sheet_from_rows("S", [[cell]]), 0, 0)
    assert num.error is None and num.value == value


@given(st.sampled_from(["ĐTXHH", "đtxhh", "SIPAS", "Không áp dụng", "KHÔNG ÁP DỤNG", "(ĐTXHH)"]))
def test_markers_are_not_numbers(marker):
    num = read_number(sheet_from_rows("S", [[marker]]), 0, 0)
    assert num.value is None and num.error is None and num.marker in ("survey", "not_applicable")


@given(st.text(alphabet="abcđêôxyz ", min_size=1, max_size=12).filter(lambda s: s.strip() and s.strip() not in ("x",)))
def test_other_text_is_an_error(text):
    num = read_number(sheet_from_rows("S", [[text]]), 0, 0)
    assert num.value is None and (num.error or num.marker)


@given(st.integers(0, 99_999), st.integers(0, 499))
def test_cell_ref_round_trip(row, col):
    ref = cell_ref(row, col)
    letters = ref.rstrip("0123456789")
    assert int(ref[len(letters):]) == row + 1
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    assert n - 1 == col
