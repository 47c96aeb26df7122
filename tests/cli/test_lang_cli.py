"""`cchc --lang en`: messages for people in English; Vietnamese (unchanged) without it (cli.md, Conventions)."""
import json
import sqlite3

from cli_run import run

from cchc_desktop.services.errors import CchcError, NotFound


def test_error_text_and_location_follow_the_language():
    exc = NotFound("Không tìm thấy", en="Not found", file="a.xlsx", sheet="Tổng hợp", cell="C7")
    assert exc.located() == "Tệp a.xlsx, trang tính «Tổng hợp», ô C7: Không tìm thấy"
    assert exc.located("en") == "File a.xlsx, sheet «Tổng hợp», cell C7: Not found"
    # no English written: the Vietnamese text, with the place still in English words
    assert CchcError("Chỉ tiếng Việt", cell="B2").located("en") == "cell B2: Chỉ tiếng Việt"


def test_usage_error_in_english(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "scores", "shw")
    assert code == 1 and err.startswith("Error: Invalid command:") and "cchc scores --help" in err
    code, out, err = run(capsys, "--db", db_path, "scores", "shw")
    assert code == 1 and err.startswith("Lỗi: Lệnh không hợp lệ:")


def test_missing_command_json_in_english(capsys, db_path):
    code, out, err = run(capsys, "--lang", "en", "--json")
    assert code == 1 and json.loads(out)["error"] == "Missing command; see cchc --help."
    code, out, err = run(capsys, "--json")
    assert json.loads(out)["error"] == "Thiếu lệnh; xem cchc --help."


def test_unknown_year_in_english_and_vietnamese(capsys, db_path):
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "scores", "show", "--year", "1999")
    assert code == 2 and err == "Error: There is no criteria set for 1999.\n"
    code, out, err = run(capsys, "--db", db_path, "scores", "show", "--year", "1999")
    assert code == 2 and err == "Lỗi: Chưa có bộ tiêu chí năm 1999.\n"


def test_unknown_unit_json_error_follows_the_language(capsys, db_path):
    args = ("units", "add", "--code", "X", "--name", "Xã X", "--level", "xa", "--parent", "khong-co", "--json")
    code, out_en, err = run(capsys, "--db", db_path, "--lang", "en", *args)
    assert code == 2 and err.startswith("Error: Unit «khong-co» not found. List the units with: cchc units list")
    code, out_vi, err = run(capsys, "--db", db_path, *args)
    assert err.startswith("Lỗi: Không tìm thấy đơn vị «khong-co».")
    doc_en, doc_vi = json.loads(out_en), json.loads(out_vi)
    assert doc_vi["error"].startswith("Không tìm thấy đơn vị «khong-co».")
    assert doc_en["error"].startswith("Unit «khong-co» not found.")
    # the rest of the document is the same in both languages
    assert {k: v for k, v in doc_en.items() if k != "error"} == {k: v for k, v in doc_vi.items() if k != "error"}


def test_newer_schema_database_in_english(capsys, db_path):
    run(capsys, "--db", db_path, "units", "list")
    with sqlite3.connect(db_path) as con:
        con.execute("update alembic_version set version_num='9999'")
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "--json", "units", "list")
    assert code == 5
    assert err.startswith(f"Error: File {db_path}: «{db_path.name}» was made by a newer version of CCHC Desktop")
    doc = json.loads(out)
    assert "newer version" in doc["error"] and doc["details"][0]["code"] == "newer_schema"
    assert "mới hơn" in doc["details"][0]["message"] and "en" not in doc["details"][0]  # details stay as they were
    code, out, err = run(capsys, "--db", db_path, "units", "list")
    assert code == 5 and err.startswith(f"Lỗi: Tệp {db_path}: «{db_path.name}» được tạo bởi phiên bản CCHC Desktop mới hơn")


def test_missing_files_in_english(capsys, db_path, tmp_path):
    missing = tmp_path / "khong-co.zip"
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "restore", missing)
    assert code == 2 and err == f"Error: File {missing}: Backup file «{missing}» not found.\n"
    code, out, err = run(capsys, "--db", db_path, "restore", missing)
    assert err == f"Lỗi: Tệp {missing}: Không tìm thấy tệp sao lưu «{missing}».\n"
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "package", "verify", missing)
    assert code == 4 and out == f"Package NOT valid:\n- Package «{missing}» not found.\n"


def test_people_texts_of_commands_in_english(capsys, demo_db, tmp_path):
    db = ("--db", demo_db.path)
    demo_db.close()
    code, out, _ = run(capsys, *db, "--lang", "en", "units", "list")
    assert code == 0 and out.startswith("Code ") and "Unit name" in out.splitlines()[0]
    assert "This computer" in out.splitlines()[0]
    assert run(capsys, *db, "units", "list")[1].startswith("Mã ")
    code, out, _ = run(capsys, *db, "--lang", "en", "scores", "show", "--year", 2022, "--unit", "DNO-TUYDUC")
    lines = out.splitlines()
    assert code == 0 and lines[0].startswith("Year 2022 — ")
    assert lines[1].split() == ["Rank", "Unit", "Self-assessed", "Appraised", "Lost"]
    assert "Points lost:" in out and "Criterion" in out and "Điểm bị trừ" not in out
    out_vi = run(capsys, *db, "scores", "show", "--year", 2022, "--unit", "DNO-TUYDUC")[1]
    assert out_vi.splitlines()[0].startswith("Năm 2022 — ") and out_vi.splitlines()[1].split()[:2] == ["Hạng", "Đơn"]
    code, out, _ = run(capsys, *db, "--lang", "en", "backup", "--out", tmp_path / "b.zip")
    assert code == 0 and out.startswith(f"Backed up to {tmp_path / 'b.zip'} (with ")
    assert run(capsys, *db, "backup", "--out", tmp_path / "c.zip")[1].startswith("Đã sao lưu vào ")
    code, out, _ = run(capsys, *db, "--lang", "en", "plan", "list")
    assert code == 0 and out.split()[:5] == ["ID", "Unit", "Year", "Number", "Tasks"]


def test_json_documents_do_not_depend_on_the_language(capsys, demo_db):
    db = ("--db", demo_db.path)
    demo_db.close()
    for argv in (("units", "list"), ("scores", "show", "--year", "2022"), ("plan", "list")):
        en = run(capsys, *db, "--lang", "en", "--json", *argv)[1]
        vi = run(capsys, *db, "--json", *argv)[1]
        assert json.loads(en) == json.loads(vi)


def test_damaged_package_refused_in_english(capsys, db_path, tmp_path):
    bad = tmp_path / "goi.cchc"
    bad.write_bytes(b"khong phai zip" * 50)
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "package", "import", bad)
    assert code == 4
    assert err.startswith(f"Error: File {bad}: Package «goi.cchc» is unsafe or damaged: this is not a readable "
                          "CCHC package (.cchc). The file may not have been copied completely")
    code, out, err = run(capsys, "--db", db_path, "package", "import", bad)
    assert code == 4 and err.startswith(f"Lỗi: Tệp {bad}: Gói «goi.cchc» không an toàn hoặc bị hỏng: đây không phải")


def test_help_in_english(capsys):
    code, out, _ = run(capsys, "--lang", "en", "--help")
    assert code == 0 and "create demo data from the original documents" in out and "COMMAND" in out
    assert "tạo dữ liệu mẫu" not in out
    code, out, _ = run(capsys, "--help")
    assert "tạo dữ liệu mẫu từ các văn bản gốc" in out and "LỆNH" in out


def test_every_help_text_has_its_english():
    """A new command's help written only in Vietnamese shows up here (add it to cli/help_en.py)."""
    from cchc_desktop.cli import build_parser
    from cchc_desktop.cli.help_en import HELP_EN, helps_of
    from cchc_desktop.domain.text import fold
    vietnamese = [getattr(o, a) for o, a in helps_of(build_parser(None))
                  if getattr(o, a, None) and fold(getattr(o, a)) != getattr(o, a).lower()]
    assert len(vietnamese) > 100
    assert [t for t in vietnamese if t not in HELP_EN] == []


def test_workbook_refusals_in_english(capsys, db_path, tmp_path):
    junk = tmp_path / "diem.xlsx"
    junk.write_bytes(b"this is not a workbook" * 10)
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "scores", "import", junk, "--year", "2022")
    assert code == 2 and "is not a readable Excel/OpenDocument workbook" in err and "diem.xlsx" in err
    code, out, err = run(capsys, "--db", db_path, "scores", "import", junk, "--year", "2022")
    assert code == 2 and "không phải là bảng tính Excel/OpenDocument" in err
    code, out, err = run(capsys, "--db", db_path, "--lang", "en", "scores", "import", tmp_path / "khong-co.xlsx",
                         "--year", "2022")
    assert code == 2 and "The file «khong-co.xlsx» was not found." in err
