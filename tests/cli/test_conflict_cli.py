"""`cchc package conflicts` and `cchc package resolve`: the conflict inbox from the command line."""
from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from package_world import DISTRICT, World, score_of, set_score  # noqa: E402

from cli_run import run_on as run  # noqa: E402
from cchc_desktop.services import packages  # noqa: E402


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


@pytest.fixture
def inbox(capsys, world, tmp_path):
    """The laptop's package met a conflict on the office PC (1.1 changed on both) and waits."""
    set_score(world.district, DISTRICT[0], "1.1", "self", "2")
    laptop = world.second_district_pc()
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    set_score(laptop, DISTRICT[0], "1.1", "self", "1")
    set_score(laptop, DISTRICT[0], "1.2", "self", "3")
    path = packages.export_package(laptop, DISTRICT[0], tmp_path / "lap.cchc")["path"]
    assert run(capsys, world.district, "package", "import", path)[0] == 3
    yield path, laptop
    laptop.close()


def test_conflicts_lists_both_values_in_vietnamese(capsys, world, inbox):
    code, out, _ = run(capsys, world.district, "package", "conflicts")
    assert code == 0 and "Điểm: của tôi «2,5» — của họ «1»" in out and "Tuy Đức" in out
    code, out, _ = run(capsys, world.district, "package", "conflicts", "--json")
    [c] = json.loads(out)["conflicts"]
    assert code == 0 and c["criterion"] == "1.1" and c["fields"][0]["mine"] == "2.5"


@pytest.mark.parametrize("choice, extra, expected", [("keep-mine", [], "2.500"), ("take-theirs", [], "1.000"),
                                                     ("edit", ["--set", "value=2,75"], "2.750")])
def test_resolve_then_import_again_applies_the_rest(capsys, world, inbox, choice, extra, expected):
    path, laptop = inbox
    cid = json.loads(run(capsys, world.district, "package", "conflicts", "--json")[1])["conflicts"][0]["id"]
    code, out, _ = run(capsys, world.district, "package", "resolve", cid, "--choice", choice, *extra)
    assert code == 0 and "nhận lại gói" in out
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal(expected)
    code, out, _ = run(capsys, world.district, "package", "import", path, "--json")
    doc = json.loads(out)
    assert code == 0 and doc["conflicts"] == [] and doc["ok"]
    assert score_of(world.district, DISTRICT[0], "1.2", "self") == Decimal("3.000")
    assert json.loads(run(capsys, world.district, "package", "conflicts", "--json")[1])["conflicts"] == []


def test_resolve_json_postpone_and_errors(capsys, world, inbox):
    cid = json.loads(run(capsys, world.district, "package", "conflicts", "--json")[1])["conflicts"][0]["id"]
    code, out, _ = run(capsys, world.district, "package", "resolve", cid, "--choice", "postpone", "--json")
    doc = json.loads(out)
    assert code == 0 and doc["state"] == "open" and doc["remaining_in_package"] == 1
    code, out, _ = run(capsys, world.district, "package", "conflicts")
    assert "để sau từ" in out
    code, _, err = run(capsys, world.district, "package", "resolve", "999", "--choice", "keep-mine")
    assert code == 2 and "Không có xung đột số 999" in err
    code, _, err = run(capsys, world.district, "package", "resolve", cid, "--choice", "edit", "--set", "value=9")
    assert code == 2 and "vượt điểm tối đa" in err
    code, _, err = run(capsys, world.district, "package", "resolve", cid, "--choice", "edit", "--set", "value")
    assert code == 1 and "TRƯỜNG=GIÁ_TRỊ" in err
    assert score_of(world.district, DISTRICT[0], "1.1", "self") == Decimal("2.500")
