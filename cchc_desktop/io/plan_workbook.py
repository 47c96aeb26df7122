"""The plan's appendix as a workbook, both ways (workbooks.md "plan export").

Written with openpyxl: title rows, the table STT | Nội dung khắc phục | Tiêu chí | Cơ quan chủ trì |
Cơ quan phối hợp | Thời gian hoàn thành | Kết quả/Sản phẩm | Tình trạng, header frozen and repeated
on every printed page, wrapped text, borders, landscape A4. A hidden `_cchc` sheet holds the plan's
uuid (and each task's uuid by STT, for files whose hidden `_id` column was lost); the hidden `_id`
column carries each task's uuid on its row, so rows moved or inserted in Excel keep their task
and importing the file back updates that plan in place.

Read through `workbook_reader` (calamine): the header is found by its words, accent-insensitively,
anywhere in the first rows, so a table typed by someone in this shape also imports.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from cchc_desktop.domain.text import clean, fold
from cchc_desktop.services.errors import InputRejected

from .cells import Sheet
from .issues import cell_ref
from .workbook_reader import open_workbook

ID_SHEET = "_cchc"
ID_HEADER = "_id"  # hidden last column: each row carries its task's uuid when rows are moved or inserted
FORMAT_TAG = "cchc-plan-1"
HEADERS = ("STT", "Nội dung khắc phục", "Tiêu chí", "Cơ quan chủ trì", "Cơ quan phối hợp",
           "Thời gian hoàn thành", "Kết quả/Sản phẩm", "Tình trạng")
COLUMNS = ("stt", "content", "criterion", "lead", "partners", "deadline", "output", "status")
WIDTHS = (6, 48, 10, 28, 28, 20, 28, 16)
OFFICE_SEPARATOR = "; "

# First matching pattern wins; "Cơ quan chủ trì" must not be read as a plain "cơ quan" column.
_HEADER_PATTERNS = [(role, re.compile(p)) for role, p in [
    ("stt", r"^(stt|tt|so tt|so thu tu)\.?$"),
    ("uuid", r"^_id$"),
    ("lead", r"chu tri"),
    ("partners", r"phoi hop"),
    ("deadline", r"thoi gian|thoi han|han hoan thanh|tien do"),
    ("output", r"ket qua|san pham"),
    ("status", r"tinh trang|trang thai"),
    ("criterion", r"^(ma )?tieu chi|^ma tc"),
    ("content", r"noi dung|nhiem vu|giai phap|cong viec"),
]]
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_TOTAL_ROW = re.compile(r"^(tong cong|tong so|cong)\b")


@dataclass(frozen=True)
class PlanRowOut:
    stt: int
    content: str
    criterion: str
    lead: tuple[str, ...]
    partners: tuple[str, ...]
    deadline: str
    output: str
    status: str
    uuid: str


@dataclass(frozen=True)
class PlanSheetOut:
    plan_uuid: str
    title: str
    subtitle: str
    attached_to: str
    rows: tuple[PlanRowOut, ...]


@dataclass
class PlanRowIn:
    sheet: str
    row: int  # zero-based
    cols: dict[str, int]
    stt: int | None
    values: dict[str, str]
    uuid: str | None = None

    def cell(self, role: str) -> str:
        return cell_ref(self.row, self.cols.get(role, 0))

    def offices(self, role: str) -> list[str]:
        return split_offices(self.values.get(role, ""))


@dataclass
class PlanSheetIn:
    file: str
    sheet: str
    plan_uuid: str | None
    title_text: str
    rows: list[PlanRowIn] = field(default_factory=list)


def split_offices(text: str) -> list[str]:
    """Offices are separated by `;` or line breaks (commas belong to names: "Các phòng, ban liên quan")."""
    return [clean(p).strip(" .,:") for p in re.split(r"[;\n]+", text or "") if clean(p).strip(" .,:")]


# ------------------------------------------------------------------ writing
def write_plan_workbook(data: PlanSheetOut, path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    wb = Workbook()
    ws = wb.active
    ws.title = "Phụ lục"
    last_col = get_column_letter(len(HEADERS))
    bold = Font(name="Times New Roman", bold=True, size=12)
    normal = Font(name="Times New Roman", size=12)
    center = Alignment(horizontal="center", vertical="center", wrap_text=True)
    wrap = Alignment(vertical="top", wrap_text=True)
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    for r, (text, font) in enumerate([(data.title, bold), (data.subtitle, bold),
                                      (data.attached_to, Font(name="Times New Roman", italic=True, size=12))],
                                     start=1):
        ws.cell(row=r, column=1, value=text).font = font
        ws.cell(row=r, column=1).alignment = center
        ws.merge_cells(f"A{r}:{last_col}{r}")
    header_row = 5
    for c, h in enumerate(HEADERS, start=1):
        cell = ws.cell(row=header_row, column=c, value=h)
        cell.font, cell.alignment, cell.border = bold, center, box
    for n, row in enumerate(data.rows):
        values = (row.stt, row.content, row.criterion, OFFICE_SEPARATOR.join(row.lead),
                  OFFICE_SEPARATOR.join(row.partners), row.deadline, row.output, row.status)
        for c, v in enumerate(values, start=1):
            cell = ws.cell(row=header_row + 1 + n, column=c, value=v if v != "" else None)
            cell.font, cell.border = normal, box
            cell.alignment = center if c in (1, 3) else wrap
    total_row = header_row + 1 + len(data.rows)
    ws.cell(row=total_row, column=1, value=f"Tổng cộng: {len(data.rows)} nội dung").font = bold
    ws.merge_cells(f"A{total_row}:{last_col}{total_row}")
    for c, w in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(c)].width = w
    id_col = len(HEADERS) + 1
    ws.cell(row=header_row, column=id_col, value=ID_HEADER)
    for n, row in enumerate(data.rows):
        ws.cell(row=header_row + 1 + n, column=id_col, value=row.uuid)
    ws.column_dimensions[get_column_letter(id_col)].hidden = True
    ws.freeze_panes = f"A{header_row + 1}"
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth, ws.page_setup.fitToHeight = 1, 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.5

    ids = wb.create_sheet(ID_SHEET)
    ids.sheet_state = "hidden"
    ids.append(["format", FORMAT_TAG])
    ids.append(["plan_uuid", data.plan_uuid])
    ids.append(["stt", "item_uuid"])
    for row in data.rows:
        ids.append([row.stt, row.uuid])
    wb.save(path)


# ------------------------------------------------------------------ reading
def _role(text: str) -> str | None:
    f = fold(text)
    if not f or len(f) > 80:
        return None
    return next((role for role, p in _HEADER_PATTERNS if p.search(f)), None)


def _find_header(sheet: Sheet) -> tuple[int, dict[str, int]] | None:
    for r in range(min(sheet.n_rows, 40)):
        cols: dict[str, int] = {}
        for c in range(sheet.n_cols):
            role = _role(sheet.text(r, c))
            if role and role not in cols:
                cols[role] = c
        if "content" in cols and "lead" in cols:
            return r, cols
    return None


def _ids(sheet: Sheet | None) -> tuple[str | None, dict[int, str]]:
    if sheet is None or sheet.text(0, 1) != FORMAT_TAG:
        return None, {}
    by_stt = {}
    for r in range(3, sheet.n_rows):
        stt, uuid = sheet.text(r, 0), sheet.text(r, 1)
        if stt.isdigit() and uuid:
            by_stt[int(stt)] = uuid
    return sheet.text(1, 1) or None, by_stt


def _stt(text: str) -> int | None:
    m = re.match(r"^(\d{1,4})\.?$", text)
    return int(m[1]) if m else None


def read_plan_workbook(path) -> PlanSheetIn:
    wb = open_workbook(path)
    name = str(getattr(path, "name", None) or str(path).replace("\\", "/").rsplit("/", 1)[-1])
    plan_uuid, by_stt = _ids(wb.sheet(ID_SHEET))
    for sheet in wb.visible_sheets:
        found = _find_header(sheet)
        if found:
            break
    else:
        raise InputRejected("Không tìm thấy bảng nhiệm vụ (cần các cột «Nội dung khắc phục» và «Cơ quan chủ trì»).",
                            file=name,
                            en="No task table found (it needs the columns «Nội dung khắc phục» (remedial action) and «Cơ quan chủ trì» (lead office)).")
    header, cols = found
    title = " ".join(sheet.text(r, c) for r in range(header) for c in range(sheet.n_cols) if sheet.text(r, c))
    out = PlanSheetIn(name, sheet.name, plan_uuid, title)
    for r in range(header + 1, sheet.n_rows):
        values = {role: sheet.text(r, c) for role, c in cols.items()}
        first = fold(next((sheet.text(r, c) for c in range(sheet.n_cols) if sheet.text(r, c)), ""))
        if not any(values.values()) or _TOTAL_ROW.match(first):
            if _TOTAL_ROW.match(first):
                break
            continue
        if _role(values.get("content", "")) == "content" and _role(values.get("lead", "")) == "lead":
            continue  # the header repeated on a new page
        stt = _stt(values.get("stt", ""))
        if stt is None and out.rows and not values.get("deadline") and not values.get("stt"):
            prev = out.rows[-1]  # a task cut by a page break continues in the next row
            for role, text in values.items():
                if text:
                    prev.values[role] = (prev.values.get(role, "") + " " + text).strip()
            continue
        uuid = values.pop("uuid", "") or None
        if plan_uuid and not (uuid and _UUID.match(uuid)):
            uuid = by_stt.get(stt) if stt and "uuid" not in cols else None
        row = PlanRowIn(sheet.name, r, cols, stt, values, uuid if plan_uuid else None)
        out.rows.append(row)
    return out
