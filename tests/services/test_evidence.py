"""Evidence files: stored once by SHA-256, linked with a note, removable and restorable."""
from __future__ import annotations

import pytest

from cchc_desktop.services import audit, evidence, scorecard
from cchc_desktop.services.errors import NotFound

UNIT, YEAR = "DNO-TUYDUC", 2022


@pytest.fixture
def open_db(demo_db):
    """The demo is published (locked for evidence too): reopen Tuy Đức 2022."""
    from cchc_desktop.services import assessments
    assessments.unlock(demo_db, UNIT, YEAR, "bổ sung minh chứng")
    return demo_db


def _leaves(db):
    return [r for r in scorecard.build(db, UNIT, YEAR).rows if r.is_leaf]


def test_same_file_twice_is_stored_once(open_db, tmp_path):
    a, b = _leaves(open_db)[:2]
    doc = tmp_path / "Báo cáo CCHC quý 4.pdf"
    doc.write_bytes(b"%PDF-1.4 minh chung")
    copy = tmp_path / "ban-sao.pdf"
    copy.write_bytes(doc.read_bytes())
    first = evidence.attach(open_db, UNIT, YEAR, a.criterion_id, doc, "trang 3, mục II")
    second = evidence.attach(open_db, UNIT, YEAR, b.criterion_id, copy, "")
    assert first.sha256 == second.sha256
    assert [p.name for p in open_db.evidence_root.iterdir()] == [first.sha256]
    assert evidence.file_path(open_db, first.sha256).read_bytes() == doc.read_bytes()
    listed = evidence.list_for(open_db, UNIT, YEAR, a.criterion_id)
    assert [(e.file_name, e.note) for e in listed] == [("Báo cáo CCHC quý 4.pdf", "trang 3, mục II")]
    assert next(r for r in _leaves(open_db) if r.criterion_id == a.criterion_id).evidence == 1


def test_attaching_the_same_file_to_the_same_criterion_lists_it_once(open_db, tmp_path):
    leaf = _leaves(open_db)[0]
    doc = tmp_path / "qd.docx"
    doc.write_bytes(b"quyet dinh")
    evidence.attach(open_db, UNIT, YEAR, leaf.criterion_id, doc, "tr. 1")
    evidence.attach(open_db, UNIT, YEAR, leaf.criterion_id, doc, "tr. 2")
    assert [e.note for e in evidence.list_for(open_db, UNIT, YEAR, leaf.criterion_id)] == ["tr. 2"]


def test_detach_then_restore(open_db, tmp_path):
    leaf = _leaves(open_db)[0]
    doc = tmp_path / "bc.xlsx"
    doc.write_bytes(b"bang tinh")
    link = evidence.attach(open_db, UNIT, YEAR, leaf.criterion_id, doc, "Phụ lục 1")
    evidence.detach(open_db, link.link_id)
    assert evidence.list_for(open_db, UNIT, YEAR, leaf.criterion_id) == []
    assert evidence.file_path(open_db, link.sha256).is_file()  # the file stays for undo
    with pytest.raises(NotFound):
        evidence.detach(open_db, link.link_id)
    evidence.restore(open_db, link.link_id)
    assert [e.note for e in evidence.list_for(open_db, UNIT, YEAR, leaf.criterion_id)] == ["Phụ lục 1"]
    actions = [e["action"] for e in audit.entries(open_db, 3)]
    assert actions == ["evidence.attach", "evidence.detach", "evidence.attach"]


def test_missing_file_is_a_clear_refusal(open_db, tmp_path):
    leaf = _leaves(open_db)[0]
    with pytest.raises(NotFound, match="Không tìm thấy tệp minh chứng"):
        evidence.attach(open_db, UNIT, YEAR, leaf.criterion_id, tmp_path / "khong-co.pdf")
    with pytest.raises(NotFound, match="không còn"):
        evidence.file_path(open_db, "0" * 64)


def test_published_assessment_refuses_evidence_changes(demo_db, tmp_path):
    from cchc_desktop.services import assessments
    from cchc_desktop.services.errors import InputRejected
    leaf = _leaves(demo_db)[0]
    doc = tmp_path / "a.pdf"
    doc.write_bytes(b"x")
    with pytest.raises(InputRejected, match="công bố"):
        evidence.attach(demo_db, UNIT, YEAR, leaf.criterion_id, doc)
    assessments.unlock(demo_db, UNIT, YEAR, "bổ sung minh chứng")
    link = evidence.attach(demo_db, UNIT, YEAR, leaf.criterion_id, doc)
    assessments.set_state(demo_db, UNIT, YEAR, "self_assessed")
    evidence.detach(demo_db, link.link_id)  # still open for the province's questions
