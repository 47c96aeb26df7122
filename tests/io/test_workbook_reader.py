import zipfile
from datetime import date
from decimal import Decimal

import openpyxl
import pytest

from cchc_desktop.io import workbook_reader
from cchc_desktop.io.cells import CellRange
from cchc_desktop.io.workbook_reader import open_workbook
from cchc_desktop.services.errors import InputRejected, NotFound

from fixtures_workbooks import write_ods, write_xlsx


@pytest.mark.parametrize("content", [b"", b"STT;Tieu chi;Diem\n1;Bao cao;2\n", b"PK\x03\x04garbage"])
def test_files_that_are_not_workbooks_are_rejected_naming_the_file(tmp_path, content):
    path = tmp_path / "diem cham.xlsx"
    path.write_bytes(content)
    with pytest.raises(InputRejected) as exc:
        open_workbook(path)
    assert exc.value.exit_code == 2 and exc.value.file == "diem cham.xlsx"
    assert "diem cham.xlsx" in exc.value.message


def test_zip_without_a_workbook_inside_is_rejected(tmp_path):
    path = tmp_path / "nen.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("readme.txt", "không phải bảng tính")
    with pytest.raises(InputRejected, match="nen.xlsx"):
        open_workbook(path)


def test_missing_file(tmp_path):
    with pytest.raises(NotFound, match="khong-co.xlsx"):
        open_workbook(tmp_path / "khong-co.xlsx")


def test_values_types_merges_hidden_columns_and_formulas(tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Điểm"
    ws["A1"], ws["B1"], ws["C1"], ws["D1"] = 0.1, 3, "  chữ ", date(2025, 3, 31)
    ws["A2"] = "=A1*3"
    ws["B2"] = "=SUM(A1:B1)-A1/2"
    ws["C2"] = "='Trang 2'!A1+1"
    ws["D2"] = "=D3"
    ws["D3"] = "=D2"          # a cycle never becomes a number
    ws.merge_cells("A5:C5")
    ws.column_dimensions["C"].hidden = True
    wb.create_sheet("Trang 2")["A1"] = 2.5
    wb.save(tmp_path / "a.xlsx")
    book = open_workbook(tmp_path / "a.xlsx")
    sheet = book.sheet("Điểm")
    assert sheet.value(0, 0) == Decimal("0.1") and isinstance(sheet.value(0, 1), int)
    assert sheet.text(0, 2) == "chữ" and sheet.value(0, 3) == date(2025, 3, 31)
    assert sheet.value(1, 0) == Decimal("0.3")
    assert sheet.value(1, 1) == Decimal("3.05")
    assert sheet.value(1, 2) == Decimal("3.5")
    assert sheet.value(1, 3) is None and (1, 3) in sheet.uncomputed and (2, 3) in sheet.uncomputed
    assert sheet.formula(1, 0) == "=A1*3" and sheet.formula(0, 0) is None
    assert sheet.merged == [CellRange(4, 0, 4, 2)] and sheet.merged_text(4, 2) == ""
    assert sheet.hidden_cols == frozenset({2})
    assert [s.name for s in book.sheets] == ["Điểm", "Trang 2"]


def test_ods_values(tmp_path):
    book = open_workbook(write_ods(tmp_path / "a.ods", {"S": [["STT", 1.25, "28,61"]]}))
    assert book.sheets[0].rows[0] == ["STT", Decimal("1.25"), "28,61"]


def test_too_many_sheets(tmp_path, monkeypatch):
    monkeypatch.setattr(workbook_reader, "MAX_SHEETS", 3)
    path = write_xlsx(tmp_path / "nhieu.xlsx", {f"S{i}": [["x"]] for i in range(4)})
    with pytest.raises(InputRejected, match="4 trang tính"):
        open_workbook(path)


def test_limits_of_rows_columns_and_cell_length(tmp_path):
    wb = openpyxl.Workbook()
    wb.active["A100001"] = 1
    wb.save(tmp_path / "dai.xlsx")
    with pytest.raises(InputRejected, match="100001 dòng"):
        open_workbook(tmp_path / "dai.xlsx")
    wb = openpyxl.Workbook()
    wb.active.cell(1, 501, 1)
    wb.save(tmp_path / "rong.xlsx")
    with pytest.raises(InputRejected, match="501 cột"):
        open_workbook(tmp_path / "rong.xlsx")
    path = write_xlsx(tmp_path / "chu.xlsx", {"S": [[None, "x" * 10_001]]})
    with pytest.raises(InputRejected) as exc:
        open_workbook(path)
    assert exc.value.cell == "B1" and exc.value.sheet == "S"


def test_formula_saved_with_an_empty_cached_result_is_not_recomputed(tmp_path):
    """Excel keeps '' for =IF(A1="";"";…): that is an empty cell, not a formula to report."""
    path = write_xlsx(tmp_path / "excel.xlsx", {"S": [[None, "=IF(A1=\"\",\"\",1)", "=B1+1"]]})
    # openpyxl leaves an untyped empty <v></v>; Excel marks an empty text result with t="str"
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    name = next(n for n in parts if n.startswith("xl/worksheets/sheet"))
    parts[name] = parts[name].replace(b'<c r="B1"', b'<c r="B1" t="str"')
    with zipfile.ZipFile(path, "w") as z:
        for n, data in parts.items():
            z.writestr(n, data)
    sheet = open_workbook(path).sheets[0]
    assert sheet.value(0, 1) is None and (0, 1) not in sheet.uncomputed
    assert sheet.value(0, 2) == 1          # =B1+1 with B1 empty


def test_equal_looking_rows_of_true_and_one_keep_their_own_values(tmp_path):
    """Rows are read once per distinct content and shared between sheets: TRUE and 1 (equal in
    Python) must not be taken for each other, whether they meet in one sheet or in two."""
    wb = openpyxl.Workbook()
    first = wb.active
    first.title = "Một"
    first.append(["1.1", 1, 2.5])
    first.append(["1.1", True, 2.5])
    wb.create_sheet("Hai").append(["1.1", True, 2.5])
    wb.create_sheet("Ba").append(["1.1", 1, 2.5])
    wb.save(tmp_path / "dung-sai.xlsx")
    book = open_workbook(tmp_path / "dung-sai.xlsx")
    one, two, three = book.sheets
    assert one.value(0, 1) == 1 and type(one.value(0, 1)) is int
    assert one.value(1, 1) is True
    assert two.value(0, 1) is True
    assert three.value(0, 1) == 1 and type(three.value(0, 1)) is int
    assert [s.value(0, 2) for s in book.sheets] == [Decimal("2.5")] * 3
