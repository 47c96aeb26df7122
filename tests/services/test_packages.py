"""Exchange packages between a province and a district (package.md), through the services."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import select

from cchc_desktop.services import packages
from cchc_desktop.services.errors import InputRejected, IntegrityFailure
from cchc_desktop.store import models as m

from package_world import DISTRICT, PROVINCE, World, score_of, set_score, snapshot


@pytest.fixture
def world(tmp_path):
    w = World(tmp_path)
    yield w
    w.close()


def _log(db, package_id):
    with db.read() as s:
        return s.execute(select(m.PackageLog).where(m.PackageLog.package_id == package_id)).scalar_one()


def test_round_trip_district_province_district_with_receipts(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    set_score(world.district, DISTRICT[0], "2.1", "self", "2")
    sent = packages.export_package(world.district, "DNO", tmp_path / "tu-danh-gia.cchc")
    assert sent["sequence"] == 1

    got = packages.import_package(world.province, sent["path"])
    assert got["ok"] and got["created"] == 3 and got["conflicts"] == [] and not got["already_imported"]
    assert score_of(world.province, DISTRICT[0], "1.1", "self") == Decimal("2.500")
    assert _log(world.district, sent["package_id"]).acknowledged_at is None  # sent, not yet acknowledged

    ack = packages.import_package(world.district, got["receipt"])
    assert ack["acknowledged"] == [sent["package_id"]]
    log = {e["package_id"]: e for e in packages.exchange_log(world.district)}
    assert log[sent["package_id"]]["state"] == "acknowledged"
    assert log[sent["package_id"]]["outcome"]["created"] == 3

    # The province appraises and sends the appraisal back.
    set_score(world.province, DISTRICT[0], "1.1", "appraised", "2", reason="Báo cáo nộp muộn")
    back = packages.export_package(world.province, DISTRICT[0], tmp_path / "tham-dinh.cchc", kind="appraisal")
    res = packages.import_package(world.district, back["path"])
    assert res["created"] == 1 and res["refused"] == []
    assert score_of(world.district, DISTRICT[0], "1.1", "appraised") == Decimal("2.000")
    packages.import_package(world.province, res["receipt"])
    assert _log(world.province, back["package_id"]).acknowledged_at is not None


def test_importing_twice_changes_nothing(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    sent = packages.export_package(world.district, "DNO", tmp_path / "a.cchc")
    packages.import_package(world.province, sent["path"])
    before = snapshot(world.province)
    again = packages.import_package(world.province, sent["path"])
    assert again["already_imported"] is True and again["ok"] is True and again["receipt"] is None
    assert snapshot(world.province) == before


def test_since_last_sends_only_changes_after_acknowledged_package(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    set_score(world.district, DISTRICT[0], "1.2", "self", "3")
    first = packages.export_package(world.district, "DNO", tmp_path / "1.cchc")
    got = packages.import_package(world.province, first["path"])
    packages.import_package(world.district, got["receipt"])
    set_score(world.district, DISTRICT[0], "1.2", "self", "1.5")
    second = packages.export_package(world.district, "DNO", tmp_path / "2.cchc", since_last=True)
    assert second["sequence"] == 2
    res = packages.import_package(world.province, second["path"])
    assert res["updated"] == 1 and res["created"] == 0
    assert score_of(world.province, DISTRICT[0], "1.2", "self") == Decimal("1.500")
    assert score_of(world.province, DISTRICT[0], "1.1", "self") == Decimal("2.500")


def test_sequence_gap_is_a_warning_not_a_refusal(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    packages.export_package(world.district, "DNO", tmp_path / "lost.cchc")  # never arrives
    third = packages.export_package(world.district, "DNO", tmp_path / "b.cchc")
    res = packages.import_package(world.province, third["path"])
    assert res["ok"] and any("Thiếu gói số 1 từ UBND huyện Tuy Đức" in w for w in res["warnings"])


def test_dry_run_and_preview_write_nothing(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    sent = packages.export_package(world.district, "DNO", tmp_path / "a.cchc")
    before = snapshot(world.province)
    pv = packages.preview_import(world.province, sent["path"])
    assert (pv.created, pv.conflicts) == (2, [])
    assert {r["status"] for r in pv.records} == {"created"}
    dry = packages.import_package(world.province, sent["path"], dry_run=True)
    assert dry["dry_run"] and dry["created"] == 2 and dry["receipt"] is None
    assert snapshot(world.province) == before


def test_backup_is_written_before_applying(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    sent = packages.export_package(world.district, "DNO", tmp_path / "a.cchc")
    res = packages.import_package(world.province, sent["path"])
    assert "sao-luu" in res["backup"]
    from cchc_desktop.store.engine import Database
    copy = Database.open(res["backup"], migrate=False)
    assert score_of(copy, DISTRICT[0], "1.1", "self") is None  # the state before the package
    copy.close()


def test_district_cannot_change_appraised_scores(world, tmp_path):
    set_score(world.province, DISTRICT[0], "1.1", "appraised", "2")
    sent = packages.export_package(world.province, DISTRICT[0], tmp_path / "td.cchc", kind="appraisal")
    packages.import_package(world.district, sent["path"])
    set_score(world.district, DISTRICT[0], "1.1", "appraised", "3")  # tampering with the province's appraisal
    set_score(world.district, DISTRICT[0], "1.2", "appraised", "3")  # inventing one
    set_score(world.district, DISTRICT[0], "1.2", "self", "3")       # its own: fine
    bad = packages.export_package(world.district, "DNO", tmp_path / "sua.cchc")
    res = packages.import_package(world.province, bad["path"])
    assert res["ok"] and len(res["refused"]) == 2
    assert all("thuộc" in r["message"] and "tỉnh" in r["message"] for r in res["refused"])
    assert score_of(world.province, DISTRICT[0], "1.1", "appraised") == Decimal("2.000")
    assert score_of(world.province, DISTRICT[0], "1.2", "appraised") is None
    assert score_of(world.province, DISTRICT[0], "1.2", "self") == Decimal("3.000")


def test_scores_for_a_different_version_of_the_criteria_set_are_refused(world, tmp_path):
    with world.district.session() as s:  # the district's copy of the set drifted (edited maximum)
        c = s.execute(select(m.Criterion).where(m.Criterion.code == "2.2")).scalar_one()
        c.max_points = Decimal("5")
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    sent = packages.export_package(world.district, "DNO", tmp_path / "a.cchc")
    before = snapshot(world.province)
    with pytest.raises(InputRejected, match="phiên bản khác"):
        packages.import_package(world.province, sent["path"])
    assert snapshot(world.province) == before


def test_package_for_another_unit_is_refused(world, tmp_path):
    from cchc_desktop.services import units
    units.add_unit(world.province, "DNO-DAKMIL", "UBND huyện Đắk Mil", "huyen")
    sent = packages.export_package(world.province, "DNO-DAKMIL", tmp_path / "khac.cchc")
    with pytest.raises(InputRejected, match="không phải đơn vị của máy này"):
        packages.import_package(world.district, sent["path"])


def test_evidence_files_travel_once(world, tmp_path):
    import hashlib
    from cchc_desktop.paths import evidence_dir
    data = "Báo cáo CCHC quý I".encode("utf-8")
    sha = hashlib.sha256(data).hexdigest()
    store = evidence_dir(world.district.path)
    store.mkdir(parents=True)
    (store / sha).write_bytes(data)
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    with world.district.session() as s:
        a = s.execute(select(m.Assessment)).scalar_one()
        c = s.execute(select(m.Criterion).where(m.Criterion.code == "1.1")).scalar_one()
        s.add(m.EvidenceFile(sha256=sha, file_name="bao-cao.pdf", size=len(data)))
        s.add(m.EvidenceLink(assessment_id=a.id, criterion_id=c.id, sha256=sha, note="trang 2", origin=DISTRICT[0]))
    first = packages.export_package(world.district, "DNO", tmp_path / "1.cchc")
    assert first["files"] == 1
    got = packages.import_package(world.province, first["path"])
    assert (evidence_dir(world.province.path) / sha).read_bytes() == data
    packages.import_package(world.district, got["receipt"])
    second = packages.export_package(world.district, "DNO", tmp_path / "2.cchc")
    assert second["files"] == 0  # the province has it already


def test_large_package_is_split_into_volumes_that_import_together(world, tmp_path):
    import os
    from cchc_desktop.paths import evidence_dir
    import hashlib
    blob = os.urandom(300_000)
    sha = hashlib.sha256(blob).hexdigest()
    store = evidence_dir(world.district.path)
    store.mkdir(parents=True)
    (store / sha).write_bytes(blob)
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    with world.district.session() as s:
        a = s.execute(select(m.Assessment)).scalar_one()
        c = s.execute(select(m.Criterion).where(m.Criterion.code == "1.1")).scalar_one()
        s.add(m.EvidenceFile(sha256=sha, file_name="anh.jpg", size=len(blob)))
        s.add(m.EvidenceLink(assessment_id=a.id, criterion_id=c.id, sha256=sha, origin=DISTRICT[0]))
    sent = packages.export_package(world.district, "DNO", tmp_path / "lon.cchc", volume_size=100_000)
    names = [p.rsplit("/", 1)[-1] for p in sent["paths"]]
    assert names == ["lon.001.cchc", "lon.002.cchc", "lon.003.cchc", "lon.004.cchc"]
    assert packages.verify_package(world.province, sent["paths"][0])["ok"]
    res = packages.import_package(world.province, sent["paths"][0])
    assert res["created"] == 3
    (tmp_path / "lon.004.cchc").unlink()
    v = packages.verify_package(world.province, sent["paths"][0])
    assert not v["ok"] and "đủ các tập" in v["problems"][0]


# --------------------------------------------------------------- hostile packages
def _sent(world, tmp_path):
    set_score(world.district, DISTRICT[0], "1.1", "self", "2.5")
    return tmp_path / packages.export_package(world.district, "DNO", tmp_path / "goc.cchc")["path"].rsplit("/", 1)[-1]


def _flip_payload(name, data):
    if name.startswith("payload/score"):
        return data.replace(b"2.5", b"3.0")
    return data


def _edit_manifest(name, data):
    if name == "manifest.json":
        doc = json.loads(data)
        doc["sequence"] = 7
        return json.dumps(doc).encode()
    return data


def _newer_format(name, data):
    if name == "manifest.json":
        doc = json.loads(data)
        doc["format_version"] = 9
        return json.dumps(doc).encode()
    return data


def _add_entry_without_listing(name, data):
    return data


@pytest.mark.parametrize("change, message", [
    (_flip_payload, "bị thay đổi sau khi ký"),
    (_edit_manifest, "Chữ ký"),
    (lambda n, d: None if n == "signature" else d, "không có chữ ký"),
    (_newer_format, "phiên bản 9"),
    (lambda n, d: None if n.startswith("payload/score") else d, "Thiếu mục"),
])
def test_tampered_packages_are_refused_and_nothing_is_written(world, tmp_path, change, message):
    from package_world import rewrite
    bad = rewrite(_sent(world, tmp_path), tmp_path / "sua.cchc", change)
    before = snapshot(world.province)
    with pytest.raises(IntegrityFailure, match=message) as err:
        packages.import_package(world.province, bad)
    assert err.value.exit_code == 4
    assert snapshot(world.province) == before
    assert not packages.verify_package(world.province, bad)["ok"]


def test_unknown_sender_key_is_refused_with_phone_check_advice(tmp_path):
    from package_world import open_installation
    w = World(tmp_path)
    stranger = open_installation(tmp_path, "la", ("DNO-TUYDUC", "UBND huyện Tuy Đức", "huyen"))
    sent = packages.export_package(stranger, "*", tmp_path / "la.cchc")  # claims to be the district
    before = snapshot(w.province)
    with pytest.raises(IntegrityFailure, match="Chữ ký"):
        packages.import_package(w.province, sent["path"])
    third = open_installation(tmp_path, "xa", ("DNO-XA", "UBND xã Quảng Tân", "xa"))
    sent = packages.export_package(third, "*", tmp_path / "xa.cchc")
    with pytest.raises(IntegrityFailure, match="chưa tin cậy khóa"):
        packages.import_package(w.province, sent["path"])
    assert snapshot(w.province) == before
    for d in (stranger, third):
        d.close()
    w.close()


def test_mutated_packages_never_crash_the_import(world, tmp_path):
    from hypothesis import HealthCheck, given, settings, strategies as st
    from cchc_desktop.services.errors import CchcError
    original = _sent(world, tmp_path).read_bytes()

    @settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.lists(st.tuples(st.integers(0, len(original) - 1), st.integers(0, 255)), min_size=1, max_size=4))
    def run(flips):
        data = bytearray(original)
        for pos, value in flips:
            data[pos] = value
        if bytes(data) == original:
            return
        p = tmp_path / "m.cchc"
        p.write_bytes(bytes(data))
        try:  # a flip in unsigned zip bookkeeping (timestamps) may still import the genuine content
            packages.import_package(world.province, p)
        except CchcError:
            pass

    run()
    # Whatever got through is exactly what the district signed.
    assert score_of(world.province, DISTRICT[0], "1.1", "self") in (None, Decimal("2.500"))
