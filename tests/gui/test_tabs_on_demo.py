"""The four tabs on the demo database show the numbers of the seed documents."""
from __future__ import annotations

from PySide6.QtCore import Qt


def test_scores_tab_shows_tuy_duc_2022_total_rank_and_lost_points(window):
    window.show_tab("scores")
    tab = window.tab("scores")
    assert "71,79" in tab.ui.totalValue.text()
    assert "/ 100" in tab.ui.totalValue.text()
    assert tab.ui.rankValue.text() == "8/8"
    assert tab.ui.indexValue.text() == "71,79%"
    lost = tab.model.find_code("7.2", tab.model.column_of("lost"))
    assert lost.isValid()
    assert lost.data() == "4,855"
    # lost points are highlighted in dark red on a leaf that lost points
    leaf = next(r for r in tab.model.rows() if r.is_leaf and r.lost and r.lost > 0)
    idx = tab.model.find_code(leaf.code, tab.model.column_of("lost"))
    assert idx.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#8b0000"


def test_scores_summary_compares_with_published_and_previous_year(window):
    window.show_tab("scores")
    tab = window.tab("scores")
    card = tab.card
    assert card.published_total is not None
    assert tab.ui.publishedValue.text().startswith("71,79")
    if card.previous_total is not None:
        assert tab.ui.previousValue.text().startswith(tab.ui.previousValue.text().split()[0])
        assert any(mark in tab.ui.previousValue.text() for mark in ("▲", "▼", "="))


def test_criteria_tab_shows_set_total_and_validation(window):
    window.show_tab("criteria")
    tab = window.tab("criteria")
    assert "<b>100</b>" in tab.ui.setTitle.text()
    assert "1877" in tab.ui.setTitle.text() or tab.view_data.decision == ""
    assert "Hợp lệ" in tab.ui.validation.text()
    top = tab.model.index(0, 0)
    assert tab.model.data(top, Qt.ItemDataRole.FontRole).bold()
    assert tab.model.headerData(1, Qt.Orientation.Horizontal) == "Tên tiêu chí"


def test_plans_tab_lists_21_tasks_with_lead_office(window):
    window.show_tab("plans")
    tab = window.tab("plans")
    model = tab.model
    assert model.rowCount() == 21
    assert model.index(0, model.column_of("stt")).data() == "1"
    assert "Phòng Nội vụ" in model.index(0, model.column_of("lead")).data()
    assert model.headerData(model.column_of("deadline"), Qt.Orientation.Horizontal) == "Thời gian hoàn thành"


def test_reports_tab_lists_five_documents_for_the_unit(window):
    window.show_tab("reports")
    tab = window.tab("reports")
    texts = [tab.ui.reportList.item(i).text() for i in range(tab.ui.reportList.count())]
    assert len(texts) == 5
    assert texts[0].startswith("Kế hoạch khắc phục kèm phụ lục")
    assert "UBND huyện Tuy Đức" in texts[2] and "2022" in texts[2]
    assert any(t.startswith("Bảng xếp hạng") for t in texts)


def test_unit_selector_puts_own_unit_first_and_drives_all_tabs(window):
    assert window.unit_combo.itemData(0) == "DNO-TUYDUC"
    assert window.unit_combo.itemText(0).startswith("★")
    other = window.unit_combo.itemData(1)
    window.unit_combo.setCurrentIndex(1)
    window.show_tab("scores")
    assert window.tab("scores").unit.code == other
    assert "Tuy Đức" not in window.tab("scores").ui.unitTitle.text()
