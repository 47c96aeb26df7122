"""Thừa Thiên Huế's PAR Index 2018 and 2019 as the Ministry of Home Affairs published them
(seed 001): per-field points and ranks among 63 provinces, no criterion-level scores.

A rank such as "38 (5)" in the seed is rank 38 shared by 5 provinces: rank 38, note "(5)".
Maximum points are the seed's for 2019 (fields 8,5 / 10 / 14 / 12 / 14 / 12,5 / 13 / 16;
Điểm thẩm định 63,5; SIPAS 10; khảo sát lãnh đạo quản lý 20,5; tác động 6). The seed gives no
maxima for 2018, so they are left empty.
"""
from __future__ import annotations

from decimal import Decimal as D

from . import PublishedResultSpec, PublishedRow

SOURCE = ("Bài “Những giải pháp cần thực hiện để nâng cao Chỉ số cải cách hành chính của tỉnh Thừa Thiên Huế "
          "năm 2020”, cập nhật ngày 26/08/2020 (kết quả Chỉ số CCHC do Bộ Nội vụ công bố)")

_FIELDS = (
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "8.5"),
    ("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật tại tỉnh", "10"),
    ("3", "Cải cách thủ tục hành chính", "14"),
    ("4", "Cải cách tổ chức bộ máy hành chính", "12"),
    ("5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "14"),
    ("6", "Cải cách tài chính công", "12.5"),
    ("7", "Hiện đại hóa hành chính", "13"),
    ("8", "Tác động của CCHC đến người dân, tổ chức và phát triển Kinh tế - Xã hội tỉnh", "16"),
)
# Rows below the fields in the seed's table (the group heading "Đánh giá tác động của CCHC"
# over the last three has no figures of its own).
_PARTS = (
    ("Điểm thẩm định", "63.5"),
    ("Chỉ số SIPAS", "10"),
    ("Khảo sát LĐ quản lý", "20.5"),
    ("Tác động đến PT KT-XH", "6"),
)
# (points, rank, tied count) per row, in the order _FIELDS + _PARTS.
_FIGURES = {
    2018: (("6.50", 38, 5), ("8.87", 8, None), ("11.18", 34, None), ("7.81", 61, None), ("10.57", 28, None),
           ("9.92", 14, None), ("11.60", 5, None), ("12.45", 48, None),
           ("47.93", 17, None), ("9.95", 31, None), ("18.52", 15, None), ("2.50", 48, 11)),
    2019: (("8.00", 4, 12), ("8.75", 32, None), ("13.21", 13, None), ("8.35", 55, None), ("11.72", 21, None),
           ("9.76", 22, None), ("12.47", 1, None), ("10.80", 57, None),
           ("53.32", 7, None), ("7.80", 57, None), ("18.94", 18, None), ("3.00", 47, 6)),
}
# 2019: 83,06 and 13/63 (seed); 2018: "tăng 4,16 điểm và tăng 3 bậc" gives 78,90 and 16/63,
# which is also the sum of the 2018 field points.
_TOTALS = {2018: ("78.90", 16), 2019: ("83.06", 13)}


def _result(year: int) -> PublishedResultSpec:
    labels = [(code, label, mx) for code, label, mx in _FIELDS] + [(None, label, mx) for label, mx in _PARTS]
    rows = tuple(PublishedRow(code, label, D(points), D(mx) if year == 2019 else None, rank, 63,
                              f"({tied})" if tied else "")
                 for (code, label, mx), (points, rank, tied) in zip(labels, _FIGURES[year]))
    total, rank = _TOTALS[year]
    return PublishedResultSpec("TTH", year, rows, D(total), rank, 63, SOURCE)


PUBLISHED: tuple[PublishedResultSpec, ...] = (_result(2018), _result(2019))
