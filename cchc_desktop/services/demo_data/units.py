"""Units and offices of the demo: Đắk Nông and its eight districts (seed 004), the Đồng Tháp
department of planning and investment (seed 000), Thừa Thiên Huế (seed 001)."""
from __future__ import annotations

from . import OfficeSpec, UnitSpec

TUY_DUC = "DNO-TUYDUC"
SKHDT_DONG_THAP = "DTP-SKHDT"

# The eight districts of Đắk Nông in the order of their (illustrative) 2022 ranking;
# only Tuy Đức's result (71,79, 8/8) comes from seed 004.
DISTRICTS: tuple[tuple[str, str, str, str], ...] = (
    # code, name, short name, place
    ("DNO-GIANGHIA", "UBND thành phố Gia Nghĩa", "Thành phố Gia Nghĩa", "Gia Nghĩa"),
    ("DNO-DAKMIL", "UBND huyện Đắk Mil", "Huyện Đắk Mil", "Đắk Mil"),
    ("DNO-CUJUT", "UBND huyện Cư Jút", "Huyện Cư Jút", "Cư Jút"),
    ("DNO-DAKRLAP", "UBND huyện Đắk R'Lấp", "Huyện Đắk R'Lấp", "Đắk R'Lấp"),
    ("DNO-KRONGNO", "UBND huyện Krông Nô", "Huyện Krông Nô", "Krông Nô"),
    ("DNO-DAKSONG", "UBND huyện Đắk Song", "Huyện Đắk Song", "Đắk Song"),
    ("DNO-DAKGLONG", "UBND huyện Đắk Glong", "Huyện Đắk Glong", "Đắk Glong"),
    (TUY_DUC, "UBND huyện Tuy Đức", "Huyện Tuy Đức", "Tuy Đức"),
)

UNITS: tuple[UnitSpec, ...] = (
    UnitSpec("DNO", "Tỉnh Đắk Nông", "tinh", None, "Đắk Nông", "Đắk Nông"),
    *(UnitSpec(code, name, "huyen", "DNO", short, place) for code, name, short, place in DISTRICTS),
    UnitSpec("DTP", "Tỉnh Đồng Tháp", "tinh", None, "Đồng Tháp", "Đồng Tháp"),
    UnitSpec(SKHDT_DONG_THAP, "Sở Kế hoạch và Đầu tư tỉnh Đồng Tháp", "so", "DTP", "Sở Kế hoạch và Đầu tư",
             "Đồng Tháp"),
    UnitSpec("TTH", "Tỉnh Thừa Thiên Huế", "tinh", None, "Thừa Thiên Huế", "Thừa Thiên Huế"),
)

# Short names as seed 004 writes them in the appendix table and the responsibility notes.
# Seed 004 also writes "Văn phòng HĐND&UBND" without "huyện" (rows 4, 5, 10): same office.
TUY_DUC_OFFICES: tuple[OfficeSpec, ...] = (
    OfficeSpec("vp", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "Văn phòng HĐND&UBND huyện"),
    OfficeSpec("noivu", "Phòng Nội vụ", "Phòng Nội vụ"),
    OfficeSpec("vhtt", "Phòng Văn hóa và Thông tin", "Phòng Văn hóa và Thông tin"),
    OfficeSpec("tckh", "Phòng Tài chính – Kế hoạch", "Phòng Tài chính – Kế hoạch"),
    OfficeSpec("tuphap", "Phòng Tư pháp", "Phòng Tư pháp"),
    OfficeSpec("tnmt", "Phòng Tài nguyên và Môi trường", "Phòng Tài nguyên và Môi trường"),
    OfficeSpec("cnvpdk", "Chi nhánh Văn phòng đăng ký đất đai", "Chi nhánh Văn phòng đăng ký đất đai"),
    OfficeSpec("ttvh", "Trung tâm Văn hóa – Thể thao – Truyền thông", "Trung tâm Văn hóa – TT-TT"),
    OfficeSpec("motcua", "Bộ phận Một cửa huyện", "Bộ phận Một cửa huyện"),
    OfficeSpec("xa", "Ủy ban nhân dân các xã, thị trấn", "UBND các xã, thị trấn", "commune_group"),
    OfficeSpec("pb_lq", "Các phòng, ban liên quan", "Các phòng, ban liên quan", "group"),
    OfficeSpec("pb_colq", "Các phòng, ban có liên quan", "Các phòng, ban có liên quan", "group"),
    OfficeSpec("pb_dv_lq", "Các phòng, ban, đơn vị liên quan", "Các phòng, ban, đơn vị liên quan", "group"),
    OfficeSpec("pb_doanthe", "Các phòng, ban, ngành đoàn thể", "Các phòng, ban, ngành đoàn thể", "group"),
)

# Seed 000 names these offices of the department (sections II and III).
SKHDT_OFFICES: tuple[OfficeSpec, ...] = (
    OfficeSpec("vp", "Văn phòng Sở", "Văn phòng Sở"),
    OfficeSpec("dkkd", "Phòng Đăng ký kinh doanh", "Phòng Đăng ký kinh doanh"),
    OfficeSpec("hotrodn", "Trung tâm Hỗ trợ Doanh nghiệp và Khởi nghiệp",
               "Trung tâm Hỗ trợ Doanh nghiệp và Khởi nghiệp"),
    OfficeSpec("pdv", "Các phòng, đơn vị thuộc Sở", "Các phòng, đơn vị thuộc Sở", "group"),
)

OFFICES: dict[str, tuple[OfficeSpec, ...]] = {TUY_DUC: TUY_DUC_OFFICES, SKHDT_DONG_THAP: SKHDT_OFFICES}
