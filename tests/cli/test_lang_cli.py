"""`cchc --lang en`: messages for people in English; Vietnamese (unchanged) without it (cli.md, Conventions)."""
import json

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
