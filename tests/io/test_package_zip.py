"""A stranger's .cchc file: every hostile container is refused before anything is read (package.md step 1)."""
from __future__ import annotations

import io
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cchc_desktop.io.package_zip import Limits, PackageReader, write_package
from cchc_desktop.services.errors import CchcError, IntegrityFailure


def _zip(path, entries, symlink=None):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in entries:
            zf.writestr(name, data)
        if symlink:
            info = zipfile.ZipInfo(symlink)
            info.external_attr = (0o120777 << 16)
            zf.writestr(info, "/etc/passwd")
    return path


@pytest.mark.parametrize("name, words", [
    ("../evil.json", "ra ngoài"),
    ("payload/../../x", "ra ngoài"),
    ("/etc/passwd", "tuyệt đối"),
    ("C:/Windows/x.dll", "tuyệt đối"),
    ("payload\\score.json", "gạch ngược"),
    ("autorun.inf", "không thuộc cấu trúc"),
])
def test_dangerous_entry_names_are_refused(tmp_path, name, words):
    p = _zip(tmp_path / "x.cchc", [("manifest.json", b"{}"), (name, b"x")])
    with pytest.raises(IntegrityFailure, match=words) as err:
        PackageReader(p)
    assert err.value.exit_code == 4 and "Không có gì được ghi" in err.value.message


def test_symlink_entry_is_refused(tmp_path):
    p = _zip(tmp_path / "x.cchc", [("manifest.json", b"{}")], symlink="files/" + "a" * 64)
    with pytest.raises(IntegrityFailure, match="liên kết"):
        PackageReader(p)


def test_duplicate_names_are_refused(tmp_path):
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        p = _zip(tmp_path / "x.cchc", [("manifest.json", b"{}"), ("manifest.json", b"{}")])
    with pytest.raises(IntegrityFailure, match="hai lần"):
        PackageReader(p)


def test_too_many_entries_and_oversized_entries(tmp_path):
    p = _zip(tmp_path / "x.cchc", [(f"payload/t{chr(97 + i)}.json", b"[]") for i in range(6)])
    with pytest.raises(IntegrityFailure, match="quá giới hạn 5"):
        PackageReader(p, Limits(max_entries=5))
    with pytest.raises(IntegrityFailure, match="quá lớn"):
        PackageReader(_zip(tmp_path / "y.cchc", [("payload/a.json", b"[" + b" " * 5000 + b"]")]),
                      Limits(max_entry_size=4000))
    with pytest.raises(IntegrityFailure, match="2 GB"):
        PackageReader(p, Limits(max_total_size=10))


def test_zip_bomb_is_refused_by_ratio_before_decompressing(tmp_path):
    p = _zip(tmp_path / "bom.cchc", [("payload/score.json", b"0" * (50 * 1024 * 1024))])
    assert p.stat().st_size < 200_000
    with pytest.raises(IntegrityFailure, match="bom nén"):
        PackageReader(p)


def test_not_a_zip_and_truncated_file(tmp_path):
    (tmp_path / "a.cchc").write_bytes("Xin chào, đây là thư".encode())
    with pytest.raises(IntegrityFailure, match="không phải gói CCHC"):
        PackageReader(tmp_path / "a.cchc")
    good = _zip(tmp_path / "b.cchc", [("manifest.json", b"{}" * 1000)])
    (tmp_path / "c.cchc").write_bytes(good.read_bytes()[:-30])
    with pytest.raises(IntegrityFailure, match="cắt cụt"):
        PackageReader(tmp_path / "c.cchc")
    with pytest.raises(IntegrityFailure, match="Không tìm thấy"):
        PackageReader(tmp_path / "none.cchc")


def test_entry_longer_than_declared_is_cut_off(tmp_path):
    p = _zip(tmp_path / "x.cchc", [("payload/a.json", b"[" + b"1," * 1000 + b"1]")])
    with PackageReader(p) as r:
        with pytest.raises(IntegrityFailure, match="dài hơn"):
            r.read("payload/a.json", cap=100)


def test_written_package_round_trips_and_signature_covers_manifest_bytes(tmp_path):
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    key = Ed25519PrivateKey.generate()
    out = write_package(tmp_path / "g.cchc", {"format": "cchc-package", "format_version": 1},
                        {"score": [{"uuid": "u", "value": "2.5"}]}, {}, key.sign)
    with PackageReader(out[0]) as r:
        man, mbytes, sig = r.manifest()
        key.public_key().verify(sig, mbytes)
        assert man["files"]["payload/score.json"]["size"] > 0
        assert r.check_files(man) == []
        assert r.payload("score") == [{"uuid": "u", "value": "2.5"}]


def _valid_package_bytes(tmp_path_factory=None) -> bytes:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    import tempfile
    from pathlib import Path
    d = Path(tempfile.mkdtemp())
    out = write_package(d / "g.cchc", {"format": "cchc-package", "format_version": 1},
                        {"score": [{"uuid": "u", "value": "2.5"}] * 20}, {}, Ed25519PrivateKey.generate().sign)
    return out[0].read_bytes()


VALID = _valid_package_bytes()


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, len(VALID) - 1), st.integers(0, 255)), min_size=1, max_size=8),
       st.integers(0, len(VALID)))
def test_mutated_packages_never_crash_the_reader(tmp_path, flips, cut):
    data = bytearray(VALID[:max(cut, 1)] if cut % 3 == 0 else VALID)
    for pos, value in flips:
        if pos < len(data):
            data[pos] = value
    p = tmp_path / "m.cchc"
    p.write_bytes(bytes(data))
    try:
        with PackageReader(p) as r:
            man, _, _ = r.manifest()
            r.check_files(man)
            for kind in ("score", "unit"):
                r.payload(kind)
    except CchcError:
        pass  # refused with a message: fine; anything else is a crash


# ---------------------------------------------------------------- payload read as a stream
_json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text("aăđê ư\"\\\n{}[],:1e", max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text("abuđ", max_size=4), inner, max_size=4),
    max_leaves=12)


def _reference(text: bytes):
    import json
    try:
        data = json.loads(text.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "không đọc được"
    return data if isinstance(data, list) else "không đúng cấu trúc"


def _streamed(text: bytes, chunk: int):
    from cchc_desktop.io import package_zip as pz
    try:
        return list(pz._JsonListStream([text[i:i + chunk] for i in range(0, len(text), chunk)], 10**6))
    except pz._NotAList:
        return "không đúng cấu trúc"
    except (UnicodeDecodeError, ValueError, RecursionError):
        return "không đọc được"


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.lists(_json_values, max_size=6), _json_values), st.sampled_from(["", " ", "\n "]),
       st.lists(st.tuples(st.integers(0, 200), st.sampled_from(list(b' ,[]{}"1e.x\xc3'))), max_size=2),
       st.integers(1, 9))
def test_payload_read_record_by_record_accepts_exactly_what_json_does(value, space, flips, chunk):
    """Records are parsed from the decompressing stream in small pieces (a chunk may end inside a
    number or a Vietnamese letter) and the result is json.loads's, broken texts included."""
    import json
    text = bytearray(json.dumps(value, ensure_ascii=False, separators=(",", ":")).replace(",", "," + space)
                     .encode("utf-8"))
    for pos, byte in flips:
        if pos < len(text):
            text[pos] = byte
    assert _streamed(bytes(text), chunk) == _reference(bytes(text))


def test_payload_never_holds_more_than_one_record_beyond_the_limits(tmp_path):
    """A signed but absurd payload is refused by record size and count, never loaded whole."""
    one_long = b'[{"uuid":"u","note":"' + b"x" * 3000 + b'"}]'
    many = b"[" + b",".join(b'{"uuid":"%d"}' % n for n in range(50)) + b"]"
    p = _zip(tmp_path / "x.cchc", [("payload/score.json", one_long), ("payload/unit.json", many)])
    with PackageReader(p, Limits(max_record_size=1000, max_records=40)) as r:
        with pytest.raises(IntegrityFailure, match="dài quá"):
            r.payload("score")
        with pytest.raises(IntegrityFailure, match="hơn 40 bản ghi"):
            r.payload("unit")
    with PackageReader(p) as r:
        assert len(r.payload("unit")) == 50 and r.payload("score")[0]["note"] == "x" * 3000
