"""Packer and station metrics over a chosen period: a table and charts (QtCharts)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.users import Actor
from packstation.services.metrics import (
    EXCEPTION_NAMES,
    STEP_NAMES,
    GroupMetrics,
    MetricsReport,
    MetricsService,
)
from packstation.ui.review.order_page import fill_table
from packstation.ui.review.search_page import DateRange

PERIODS = {"Today": 1, "Last 7 days": 7, "Last 30 days": 30, "Custom": 0}


def bar_chart(
    title: str, categories: list[str], sets: dict[str, list[float]], stacked: bool = False
) -> QChart:
    """A bar chart with one bar set per series name, over the given categories."""
    chart = QChart()
    chart.setTitle(title)
    series = QStackedBarSeries() if stacked else QBarSeries()
    top = 0.0
    for name, values in sets.items():
        bar = QBarSet(name)
        bar.append([float(v) for v in values])
        series.append(bar)
    if stacked:
        top = max((sum(col) for col in zip(*sets.values(), strict=True)), default=0.0)
    else:
        top = max((v for values in sets.values() for v in values), default=0.0)
    chart.addSeries(series)
    axis_x = QBarCategoryAxis()
    axis_x.append(categories)
    axis_y = QValueAxis()
    axis_y.setRange(0, top * 1.1 if top > 0 else 1)
    chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_x)
    series.attachAxis(axis_y)
    chart.legend().setVisible(len(sets) > 1)
    return chart


def rate(value: float | None, fmt: str = "{:.1f}") -> str:
    return "–" if value is None else fmt.format(value)


class MetricsPage(QWidget):
    """Choose a period and grouping, then see orders/hour, step times, wrong scans and exceptions."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(
        self, metrics: MetricsService, actor: Actor, runner: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.metrics, self.actor, self.runner = metrics, actor, runner
        self.report: MetricsReport | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.period = QComboBox()
        self.period.addItems(list(PERIODS))
        self.dates = DateRange()
        self.group = QComboBox()
        self.group.addItems(["By packer", "By station"])
        self.refresh_button = QPushButton("Show")
        self.status = QLabel("")
        for w in (QLabel("Period"), self.period, self.dates, self.group, self.refresh_button, self.status):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.table = QTableWidget()
        layout.addWidget(self.table, 1)
        charts = QGridLayout()
        self.chart_views = [QChartView() for _ in range(3)]
        for i, view in enumerate(self.chart_views):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            charts.addWidget(view, 0, i)
        layout.addLayout(charts, 2)
        self.period.currentTextChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.group.currentIndexChanged.connect(lambda _: self.report and self.show_report(self.report))
        self._period_changed(self.period.currentText())

    def _period_changed(self, name: str) -> None:
        days = PERIODS[name]
        custom = days == 0
        self.dates.setVisible(custom)
        if not custom:
            now = datetime.now(UTC)
            start = now.astimezone().replace(hour=0, minute=0, second=0, microsecond=0) - timedelta(
                days=days - 1
            )
            self.dates.set_range(start.astimezone(UTC), now + timedelta(minutes=1))

    def period_range(self) -> tuple[datetime, datetime]:
        since, until = self.dates.value()
        assert since is not None and until is not None  # the range is always enabled on this page
        return since, until

    def refresh(self) -> None:
        since, until = self.period_range()
        self.status.setText("Computing…")
        self.runner.run(
            lambda: self.metrics.report(self.actor, since, until),
            on_done=self.show_report,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        self.status.setText(f"Metrics failed: {exc}")
        self.failed.emit(str(exc))

    def groups(self, report: MetricsReport) -> list[GroupMetrics]:
        return report.by_packer if self.group.currentIndex() == 0 else report.by_station

    def show_report(self, report: MetricsReport) -> None:
        self.report = report
        groups = self.groups(report)
        headers = [
            "Who",
            "Orders",
            "Active h",
            "Orders/h",
            *[f"{s} (s)" for s in STEP_NAMES],
            "Scans",
            "Wrong %",
            *EXCEPTION_NAMES,
        ]
        rows = []
        for g in [*groups, report.total]:
            rows.append(
                [
                    g.key,
                    str(g.orders),
                    f"{g.active_hours:.2f}",
                    rate(g.orders_per_hour),
                    *[rate(g.steps[s].mean_s, "{:.0f}") if s in g.steps else "–" for s in STEP_NAMES],
                    str(g.scans),
                    rate(None if g.wrong_scan_rate is None else g.wrong_scan_rate * 100),
                    *[str(g.exceptions[e]) for e in EXCEPTION_NAMES],
                ]
            )
        fill_table(self.table, headers, rows, [None] * len(rows))
        names = [g.key or "-" for g in groups]
        self.chart_views[0].setChart(
            bar_chart("Orders per hour", names, {"orders/h": [g.orders_per_hour or 0 for g in groups]})
        )
        self.chart_views[1].setChart(
            bar_chart(
                "Mean time per step (s)",
                names,
                {s: [g.steps[s].mean_s if s in g.steps else 0 for g in groups] for s in STEP_NAMES},
                stacked=True,
            )
        )
        self.chart_views[2].setChart(
            bar_chart(
                "Wrong-scan rate (%)", names, {"wrong %": [(g.wrong_scan_rate or 0) * 100 for g in groups]}
            )
        )
        self.status.setText(f"{report.total.orders} orders done in the period")
        self.loaded.emit(report)
