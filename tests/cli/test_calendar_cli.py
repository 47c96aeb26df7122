"""A province sets its own reporting due dates; every unit's calendar follows."""
import json

from cchc_desktop.cli import main


def test_calendar_defaults_then_province_dates(capsys, db_path):
    main(["--db", str(db_path), "demo"])
    capsys.readouterr()
    assert main(["--db", str(db_path), "plan", "calendar", "--year", "2023", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["province"] == "DNO"
    assert [(p["period"], p["due"]) for p in doc["periods"]] == [
        ("Q1-2023", "2023-03-15"), ("H1-2023", "2023-06-15"), ("9M-2023", "2023-09-15"), ("Y-2023", "2023-12-10")]
    assert main(["--db", str(db_path), "plan", "calendar", "--year", "2023", "--set", "Q1=20/3", "Y=5/12"]) == 0
    out = capsys.readouterr().out
    assert "20/03/2023" in out and "05/12/2023" in out and "15/06/2023" in out
    assert main(["--db", str(db_path), "plan", "calendar", "--year", "2023", "--set", "Q7=1/1"]) == 2
    assert "KỲ=ngày/tháng" in capsys.readouterr().err
