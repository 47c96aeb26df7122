"""Builders of the messy workbooks provinces send, written with openpyxl (no cached formula
values, exactly like library-written files) or as minimal OpenDocument spreadsheets."""
from __future__ import annotations

import zipfile
from decimal import Decimal
from pathlib import Path
from xml.sax.saxutils import escape

import openpyxl

TITLE_ROWS = [
    ["UBND TỈNH ĐỒNG THÁP", None, None, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
    ["SỞ NỘI VỤ", None, None, "Độc lập - Tự do - Hạnh phúc"],
    [],
    ["BỘ TIÊU CHÍ XÁC ĐỊNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CẤP HUYỆN"],
    ["(Kèm theo Quyết định số 123/QĐ-UBND ngày 10/01/2025 của UBND tỉnh)"],
    [],
]


def write_xlsx(path: Path, sheets: dict[str, list[list]], *, merges: dict[str, list[str]] | None = None,
               hidden_cols: dict[str, list[str]] | None = None, hidden_sheets: tuple[str, ...] = ()) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, float(value) if isinstance(value, Decimal) else value)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
        for col in (hidden_cols or {}).get(name, []):
            ws.column_dimensions[col].hidden = True
        if name in hidden_sheets:
            ws.sheet_state = "hidden"
    wb.save(path)
    return Path(path)


def write_ods(path: Path, sheets: dict[str, list[list]]) -> Path:
    """A minimal but valid .ods (what LibreOffice users send); numbers as office:value floats."""
    def cell(v) -> str:
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, (int, float, Decimal)) and not isinstance(v, bool):
            return (f'<table:table-cell office:value-type="float" office:value="{v}">'
                    f"<text:p>{v}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{escape(str(v))}</text:p></table:table-cell>'

    tables = "".join(
        f'<table:table table:name="{escape(name)}">'
        + "".join("<table:table-row>" + "".join(cell(v) for v in (row or [None])) + "</table:table-row>"
                  for row in rows)
        + "</table:table>"
        for name, rows in sheets.items())
    content = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body>"
        "</office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
        "</manifest:manifest>")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", content)
    return Path(path)


# A small criteria set shaped like a provincial decision: title rows, a two-row merged header,
# Roman field rows, criteria codes in their own column, guidance rows, a total row, notes below.
CRITERIA_HEADER = [
    ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Hướng dẫn chấm", "Tài liệu kiểm chứng"],
    [None, None, "(100)", None, None],
]
CRITERIA_BODY = [
    ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 6, None, None],
    ["1.1", "Kế hoạch CCHC năm", 2, "Ban hành trước 31/12", "Kế hoạch"],
    ["1.1.1", "Ban hành kịp thời", 1, None, "Quyết định ban hành"],
    [None, "- Ban hành đúng hạn", 1, None, None],
    [None, "- Ban hành chậm", "0,5", None, None],
    ["1.1.2", "Mức độ hoàn thành kế hoạch", 1, None, None],
    ["1.2", "Báo cáo CCHC định kỳ", 4, None, None],
    ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "14,5", None, None],
    ["2.1", "Công khai TTHC", "4.5", None, None],
    ["2.2", "Giải quyết hồ sơ đúng hạn", 10, None, None],
    ["III", "TÁC ĐỘNG CỦA CCHC ĐẾN NGƯỜI DÂN (ĐIỀU TRA XÃ HỘI HỌC)", "79,5", None, None],
    ["3.1", "Sự hài lòng về thủ tục hành chính", "79.5", None, None],
]
CRITERIA_TOTAL = ["Tổng cộng", None, 100, None, None]
CRITERIA_NOTES = [[], ["Ghi chú: 1. Điểm tối đa tính theo thang 100."], ["2. Tiêu chí ĐTXHH do tỉnh chấm."]]


def criteria_rows(body=None, total=CRITERIA_TOTAL, header=None) -> list[list]:
    rows = [list(r) for r in TITLE_ROWS] + [list(r) for r in (header or CRITERIA_HEADER)]
    rows += [list(r) for r in (body if body is not None else CRITERIA_BODY)]
    if total:
        rows.append(list(total))
    return rows + [list(r) for r in CRITERIA_NOTES]


def criteria_xlsx(path: Path, body=None, total=CRITERIA_TOTAL, sheet="Bộ tiêu chí") -> Path:
    first = len(TITLE_ROWS) + 1
    merges = [f"A{first}:A{first + 1}", f"B{first}:B{first + 1}", f"D{first}:D{first + 1}",
              f"E{first}:E{first + 1}", "A4:E4", "A5:E5"]
    return write_xlsx(path, {sheet: criteria_rows(body, total)}, merges={sheet: merges})


def header_row_index() -> int:
    """1-based Excel row of the first data row in `criteria_rows` (after 2 header rows)."""
    return len(TITLE_ROWS) + 3


KNOWN_CRITERIA = {
    "1": (Decimal(6), "scored"), "1.1": (Decimal(2), "scored"), "1.1.1": (Decimal(1), "scored"),
    "1.1.2": (Decimal(1), "scored"), "1.2": (Decimal(4), "scored"),
    "2": (Decimal("14.5"), "scored"), "2.1": (Decimal("4.5"), "scored"), "2.2": (Decimal(10), "scored"),
    "3": (Decimal("79.5"), "survey"), "3.1": (Decimal("79.5"), "survey"),
    "4": (Decimal(2), "penalty"), "4.1": (Decimal(2), "penalty"),
}
KNOWN_UNITS = [("H01", "UBND huyện Cao Lãnh"), ("H02", "UBND huyện Tháp Mười"),
               ("TP01", "Thành phố Sa Đéc"), ("S01", "Sở Tài nguyên và Môi trường tỉnh Đồng Tháp")]

SCORE_HEADER = ["TT", "Tiêu chí", "Điểm tối đa", "Điểm tự chấm", "Điểm thẩm định", "Lý do trừ điểm"]


def unit_sheet_rows(unit_title: str | None, body: list[list], total: list | None = None) -> list[list]:
    rows = [["UBND TỈNH ĐỒNG THÁP"], ["BẢNG CHẤM ĐIỂM CHỈ SỐ CCHC NĂM 2025"]]
    if unit_title:
        rows.append([unit_title])
    rows += [[], list(SCORE_HEADER)] + [list(r) for r in body]
    if total:
        rows.append(list(total))
    return rows


def score_body(self_1_1_1=1, appr_1_1_1="0,5", reason="Ban hành chậm") -> list[list]:
    return [
        ["I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC", 6, None, None, None],
        ["1.1", "Kế hoạch CCHC năm", 2, None, None, None],
        ["1.1.1", "Ban hành kịp thời", 1, self_1_1_1, appr_1_1_1, reason],
        ["1.1.2", "Mức độ hoàn thành kế hoạch", 1, 1, 1, None],
        ["1.2", "Báo cáo CCHC định kỳ", 4, "4", "3,75", "Thiếu báo cáo quý I"],
        ["II", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH", "14,5", None, None, None],
        ["2.1", "Công khai TTHC", "4.5", "4,5", "4.5", None],
        ["2.2", "Giải quyết hồ sơ đúng hạn", 10, "10", "9,25 ", "Trễ hạn 3 hồ sơ"],
        ["III", "TÁC ĐỘNG CỦA CCHC (ĐIỀU TRA XÃ HỘI HỌC)", "79,5", None, None, None],
        ["3.1", "Sự hài lòng về thủ tục hành chính", "79.5", "ĐTXHH", "70,25", None],
    ]
