"""`cchc keys …` and `cchc package …` through the real entry point: JSON keys and exit codes (cli.md)."""
from __future__ import annotations

import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from package_world import DISTRICT, World, score_of, set_score, snapshot  # noqa: E402

from cchc_desktop.cli import main  # noqa: E402
from cli_run import run_on as run  # noqa: E402


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


def test_keys_show_export_and_trust_with_phone_confirmation(capsys, tmp_path, monkeypatch):
    from package_world import PROVINCE, open_installation
    a = open_installation(tmp_path, "a", PROVINCE)
    b = open_installation(tmp_path, "b", DISTRICT)
    code, out, _ = run(capsys, a, "keys", "export", "--out", tmp_path / "tinh.json", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["unit"]["code"] == "DNO" and len(doc["fingerprint"].split()) == 10
    assert (tmp_path / "tinh.png").read_bytes()[:4] == b"\x89PNG"  # the QR code beside it
    monkeypatch.setattr(sys, "stdin", io.StringIO("k\n"))
    code, _, err = run(capsys, b, "keys", "trust", tmp_path / "tinh.json")
    assert code == 2 and doc["fingerprint"] in err and "Có" in err
    monkeypatch.setattr(sys, "stdin", io.StringIO("c\n"))
    code, out, _ = run(capsys, b, "keys", "trust", tmp_path / "tinh.json")
    assert code == 0 and "đã được tin cậy" in out
    code, out, _ = run(capsys, b, "--json", "keys", "show")
    shown = json.loads(out)
    assert shown["unit"]["code"] == DISTRICT[0] and shown["trusted"][0]["fingerprint"] == doc["fingerprint"]
    a.close()
    b.close()


def test_export_verify_import_json_and_receipt(capsys, world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    code, out, _ = run(capsys, world.district, "package", "export", "--to", "DNO", "--out", tmp_path / "g.cchc", "--json")
    exp = json.loads(out)
    assert code == 0 and set(exp) >= {"path", "package_id", "sequence", "records"} and exp["sequence"] == 1
    code, out, _ = run(capsys, world.province, "package", "verify", exp["path"], "--json")
    ver = json.loads(out)
    assert code == 0 and ver["ok"] and ver["sender"]["unit"] == DISTRICT[0] and ver["problems"] == []
    code, out, _ = run(capsys, world.province, "package", "import", exp["path"], "--receipt-out",
                       tmp_path / "bn.cchc", "--json")
    doc = json.loads(out)
    assert code == 0
    assert set(doc) >= {"ok", "package_id", "created", "updated", "unchanged", "conflicts", "already_imported",
                        "receipt"}
    assert doc["receipt"] == str(tmp_path / "bn.cchc") and Path(doc["receipt"]).is_file()
    code, out, _ = run(capsys, world.province, "package", "import", exp["path"], "--json")
    assert code == 0 and json.loads(out)["already_imported"] is True
    code, out, _ = run(capsys, world.district, "package", "import", tmp_path / "bn.cchc")
    assert code == 0 and "xác nhận" in out


def test_tampered_package_exit_4(capsys, world, tmp_path):
    from package_world import rewrite
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    exp = json.loads(run(capsys, world.district, "--json", "package", "export", "--to", "DNO", "--out",
                         tmp_path / "g.cchc")[1])
    bad = rewrite(Path(exp["path"]), tmp_path / "x.cchc",
                  lambda n, d: d.replace(b"2.5", b"3.0") if n.startswith("payload/score") else d)
    before = snapshot(world.province)
    code, out, err = run(capsys, world.province, "package", "verify", bad, "--json")
    assert code == 4 and json.loads(out)["ok"] is False
    code, out, err = run(capsys, world.province, "package", "import", bad, "--json")
    assert code == 4 and "bị thay đổi sau khi ký" in err and json.loads(out)["ok"] is False
    assert snapshot(world.province) == before


@pytest.fixture
def conflicting(world, tmp_path):
    """Two PCs of the district both change the self score of 1.1 after a shared starting point."""
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    laptop = world.second_district_pc()
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")   # office PC
    set_score(laptop, DISTRICT[0], "1.1", "self", "1")             # laptop at the meeting
    set_score(laptop, DISTRICT[0], "1.2", "self", "3")             # no conflict here
    exp = json.loads(main_json(laptop, "package", "export", "--to", DISTRICT[0], "--out", tmp_path / "lap.cchc"))
    yield exp["path"]
    laptop.close()


def main_json(db, *argv) -> str:
    import contextlib
    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        assert main(["--db", str(db.path), "--json", *[str(a) for a in argv]]) == 0
    return buf.getvalue()


def test_conflict_without_decision_exits_3_and_waits_in_the_inbox(capsys, world, conflicting):
    from cchc_desktop.services import packages
    code, out, err = run(capsys, world.district, "package", "import", conflicting)
    assert code == 3 and "--on-conflict keep-mine" in out
    code, out, err = run(capsys, world.district, "package", "import", conflicting, "--json")
    doc = json.loads(out)
    assert code == 3 and doc["ok"] is False and len(doc["conflicts"]) == 1
    c = doc["conflicts"][0]
    assert (c["mine"]["value"], c["theirs"]["value"]) == ("2.5", "1")
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("2.500")  # nothing applied
    assert score_of(world.district, DISTRICT[0], "1.2", "self") is None
    assert [x["uuid"] for x in packages.open_conflicts(world.district)] == [c["uuid"]]


@pytest.mark.parametrize("choice, expected", [("keep-mine", "2.500"), ("take-theirs", "1.000")])
def test_conflict_resolved_by_choice(capsys, world, conflicting, choice, expected):
    from cchc_desktop.services import packages
    run(capsys, world.district, "package", "import", conflicting)  # first: exit 3, stored in the inbox
    code, out, _ = run(capsys, world.district, "package", "import", conflicting, "--on-conflict", choice, "--json")
    doc = json.loads(out)
    assert code == 0 and doc["ok"] and len(doc["conflicts"]) == 1
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal(expected)
    assert score_of(world.district, DISTRICT[0], "1.2", "self") == Decimal("3.000")
    assert packages.open_conflicts(world.district) == []


def test_keep_mine_wins_on_the_other_side_without_a_new_conflict(capsys, world, conflicting, tmp_path):
    run(capsys, world.district, "package", "import", conflicting, "--on-conflict", "keep-mine")
    laptop_path = tmp_path / "huyen2" / "cchc.sqlite3"
    from cchc_desktop.store.engine import Database
    laptop = Database.open(laptop_path)
    exp = json.loads(main_json(world.district, "package", "export", "--to", DISTRICT[0], "--out",
                               tmp_path / "office.cchc"))
    code, out, _ = run(capsys, laptop, "package", "import", exp["path"], "--json")
    assert code == 0 and json.loads(out)["conflicts"] == []
    assert score_of(laptop, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    laptop.close()
