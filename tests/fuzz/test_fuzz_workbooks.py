"""Hostile workbooks: random bytes and mutated real .xlsx files give a CchcError (Vietnamese message), never
another exception — the officer sees «tệp không đọc được», not a traceback."""
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cchc_desktop.io.score_workbook import parse_scores
from cchc_desktop.io.workbook_reader import open_workbook
from cchc_desktop.services.errors import CchcError

class Original(bytes):
    def __repr__(self):  # keeps hypothesis' failure report readable
        return f"<xlsx thật, {len(self)} byte>"


SUFFIXES = [".xlsx", ".xls", ".ods", ".xlsm"]
FUZZ = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _read(path: Path) -> None:
    try:
        wb = open_workbook(path)
        parse_scores(wb, path.name)
    except CchcError as exc:
        assert exc.message  # a message for people, in Vietnamese


@pytest.fixture(scope="module")
def real_xlsx(tmp_path_factory) -> "Original":
    """A genuine per-unit score workbook written by the app itself."""
    from cchc_desktop.services import demo, score_export
    from cchc_desktop.store.engine import Database
    folder = tmp_path_factory.mktemp("that")
    db = Database.open(folder / "demo.sqlite3", housekeeping=False)
    demo.load(db)
    score_export.export_scores(db, 2022, folder / "diem.xlsx", unit="UBND huyện Cư Jút")
    db.close()
    return Original((folder / "diem.xlsx").read_bytes())


@FUZZ
@given(st.binary(max_size=4096), st.sampled_from(SUFFIXES))
def test_random_bytes_are_refused_with_a_message(tmp_path, data, suffix):
    path = tmp_path / f"rac{suffix}"
    path.write_bytes(data)
    _read(path)


def _rezip(original: bytes, member_edit) -> bytes:
    src = zipfile.ZipFile(io.BytesIO(original))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info.filename, member_edit(info.filename, src.read(info.filename)))
    return out.getvalue()


@FUZZ
@given(st.data())
def test_mutated_real_workbooks_never_crash(tmp_path, real_xlsx, data):
    how = data.draw(st.sampled_from(["flip-bytes", "truncate", "edit-xml", "drop-member"]))
    if how == "flip-bytes":
        blob = bytearray(real_xlsx)
        for _ in range(data.draw(st.integers(1, 20))):
            blob[data.draw(st.integers(0, len(blob) - 1))] = data.draw(st.integers(0, 255))
        blob = bytes(blob)
    elif how == "truncate":
        blob = real_xlsx[:data.draw(st.integers(0, len(real_xlsx)))]
    else:
        names = zipfile.ZipFile(io.BytesIO(real_xlsx)).namelist()
        target = data.draw(st.sampled_from(names))
        junk = data.draw(st.sampled_from([b"", b"<", b"&#0;", b"\xff\xfe", b'<c r="ZZZZ99999999" t="n"><v>1e999</v></c>',
                                          b'<v>NaN</v>', b'<f>1/0</f>', b'"', b'<row r="-1">']))

        def edit(name, content):
            if name != target:
                return content
            if how == "drop-member":
                return b""
            at = data.draw(st.integers(0, len(content)))
            cut = data.draw(st.integers(0, 40))
            return content[:at] + junk + content[at + cut:]
        blob = _rezip(real_xlsx, edit)
    path = tmp_path / "dot-bien.xlsx"
    path.write_bytes(blob)
    _read(path)
