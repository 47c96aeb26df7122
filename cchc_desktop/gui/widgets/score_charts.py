"""Biểu đồ of the Chấm điểm tab: points by field against the maximum, the unit's totals
year over year, and the gap between self-assessed and appraised points per field."""
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QTabWidget

from ...domain.numbers import fmt_points


def _f(d: Decimal | None) -> float:
    # Charts draw floats; the figures shown as text stay Decimal.
    return float(d) if d is not None else 0.0


class ScoreCharts(QTabWidget):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("scoreCharts")
        self.fields_view, self.years_view, self.gap_view = (self._view() for _ in range(3))
        for v in (self.fields_view, self.years_view, self.gap_view):
            self.addTab(v, "")
        self._card, self._years = None, []
        self.retranslate()

    def _view(self) -> QChartView:
        view = QChartView()
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(120)
        return view

    def retranslate(self) -> None:
        self.setTabText(0, self.tr("By field"))
        self.setTabText(1, self.tr("Year over year"))
        self.setTabText(2, self.tr("Self vs appraised"))
        if self._card is not None:
            self.show_data(self._card, self._years)

    def all_series(self) -> list:
        return [s for v in (self.fields_view, self.years_view, self.gap_view) for s in v.chart().series()]

    def show_data(self, card, years) -> None:
        self._card, self._years = card, list(years)
        fields = card.totals.fields
        labels = [f.code for f in fields]
        self._bars(self.fields_view, self.tr("Appraised points by field and maximum"), labels,
                   [(self.tr("Maximum"), [f.max for f in fields], "#c9d3e0"),
                    (self.tr("Appraised"), [f.appraised_total for f in fields], "#2e6da4")])
        self._bars(self.gap_view, self.tr("Self-assessed vs appraised points by field"), labels,
                   [(self.tr("Self"), [f.self_total for f in fields], "#e0a030"),
                    (self.tr("Appraised"), [f.appraised_total for f in fields], "#2e6da4"),
                    (self.tr("Gap"), [(f.self_total or 0) - (f.appraised_total or 0) for f in fields], "#c0392b")])
        self._years_chart()

    def _chart(self, view: QChartView, title: str) -> QChart:
        chart = QChart()
        # the panel is short: the title goes to the tooltip so the axes keep their labels
        view.setToolTip(title)
        chart.setMargins(QMargins(2, 2, 2, 2))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        view.setChart(chart)
        return chart

    def _bars(self, view, title, labels, sets) -> None:
        chart = self._chart(view, title)
        series = QBarSeries()
        top = Decimal(1)
        for name, values, color in sets:
            bar = QBarSet(name)
            bar.setColor(QColor(color))
            for v in values:
                bar.append(_f(v))
                top = max(top, v or 0)
            series.append(bar)
        chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append(labels)
        y = QValueAxis()
        y.setRange(0, _f(top) * 1.1)
        y.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _years_chart(self) -> None:
        chart = self._chart(self.years_view, self.tr("Totals year over year"))
        years = self._years
        x = QBarCategoryAxis()
        x.append([str(y.year) for y in years])
        y_axis = QValueAxis()
        y_axis.setRange(0, _f(max([y.max_total for y in years] or [Decimal(100)])))
        y_axis.setLabelFormat("%.0f")
        chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for name, get, color in ((self.tr("Self"), lambda t: t.self_total, "#e0a030"),
                                 (self.tr("Appraised"), lambda t: t.appraised_total, "#2e6da4")):
            line = QLineSeries()
            line.setName(name)
            line.setColor(QColor(color))
            line.setPointsVisible(True)
            # no point labels: Qt would print "71.79"; the Vietnamese "71,79" is in the tooltip
            for i, t in enumerate(years):
                if get(t) is not None:
                    line.append(i, _f(get(t)))
            chart.addSeries(line)
            line.attachAxis(x)
            line.attachAxis(y_axis)
        self.years_view.setToolTip(self.years_view.toolTip() + "\n" + " · ".join(f"{t.year}: {fmt_points(t.appraised_total, '—')}" for t in years))
