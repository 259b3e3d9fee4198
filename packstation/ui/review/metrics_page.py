"""Packer and station metrics over a chosen period: a table and charts (QtCharts), and the returns
per SKU and reason over the same period."""

from __future__ import annotations

import logging
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
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
    returns_per_sku_and_reason,
)
from packstation.ui.review.order_page import fill_table
from packstation.ui.review.search_page import DateRange

log = logging.getLogger(__name__)
PERIODS = {
    QT_TRANSLATE_NOOP("Metrics", "Today"): 1,
    QT_TRANSLATE_NOOP("Metrics", "Last 7 days"): 7,
    QT_TRANSLATE_NOOP("Metrics", "Last 30 days"): 30,
    QT_TRANSLATE_NOOP("Metrics", "Custom"): 0,
}
# The reasons a unit comes back, as the returns desk records them (ReturnUnitRow.outcome), in this order.
RETURN_REASONS = {
    "returned": QT_TRANSLATE_NOOP("Metrics", "Returned"),
    "damaged": QT_TRANSLATE_NOOP("Metrics", "Damaged"),
    "wrong_item": QT_TRANSLATE_NOOP("Metrics", "Wrong item"),
    "missing": QT_TRANSLATE_NOOP("Metrics", "Missing"),
    "not_ours": QT_TRANSLATE_NOOP("Metrics", "Not ours"),
}
# The metrics service's step and exception keys, as the table and charts name them.
NAMES = {
    "pick": QT_TRANSLATE_NOOP("Metrics", "pick"),
    "pack": QT_TRANSLATE_NOOP("Metrics", "pack"),
    "label": QT_TRANSLATE_NOOP("Metrics", "label"),
    "photo": QT_TRANSLATE_NOOP("Metrics", "photo"),
    "handover": QT_TRANSLATE_NOOP("Metrics", "handover"),
    "holds": QT_TRANSLATE_NOOP("Metrics", "holds"),
    "overrides": QT_TRANSLATE_NOOP("Metrics", "overrides"),
    "waivers": QT_TRANSLATE_NOOP("Metrics", "waivers"),
    "undos": QT_TRANSLATE_NOOP("Metrics", "undos"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Metrics", text)


def _name(key: str) -> str:
    return _tr(NAMES.get(key, key))


def returns_table(rows: list[tuple[str, str, int]]) -> tuple[list[str], list[list[str]]]:
    """One row per SKU (most units back first), one column per reason, and a total row."""
    per_sku: dict[str, dict[str, int]] = {}
    for sku, reason, units in rows:
        counts = per_sku.setdefault(sku or "-", {})
        counts[reason] = counts.get(reason, 0) + units
    seen = {r for counts in per_sku.values() for r in counts}
    reasons = [*RETURN_REASONS, *sorted(seen - set(RETURN_REASONS))]
    headers = [
        QCoreApplication.translate("Metrics", "SKU"),
        *[_tr(RETURN_REASONS[r]) if r in RETURN_REASONS else r for r in reasons],
        QCoreApplication.translate("Metrics", "Units"),
    ]
    order = sorted(per_sku, key=lambda sku: (-sum(per_sku[sku].values()), sku))
    table = [
        [sku, *[str(per_sku[sku].get(r, 0)) for r in reasons], str(sum(per_sku[sku].values()))]
        for sku in order
    ]
    if table:
        totals = [sum(per_sku[sku].get(r, 0) for sku in per_sku) for r in reasons]
        table.append(
            [QCoreApplication.translate("Metrics", "Total"), *[str(n) for n in totals], str(sum(totals))]
        )
    return headers, table


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
        for name in PERIODS:
            self.period.addItem(_tr(name), name)
        self.dates = DateRange()
        self.group = QComboBox()
        self.group.addItems(
            [
                QCoreApplication.translate("Metrics", "By packer"),
                QCoreApplication.translate("Metrics", "By station"),
            ]
        )
        for combo in (self.period, self.group):  # room for a longer word in every language
            combo.setMinimumContentsLength(10)
        self.refresh_button = QPushButton(QCoreApplication.translate("Metrics", "Show"))
        self.status = QLabel("")
        for w in (
            QLabel(QCoreApplication.translate("Metrics", "Period")),
            self.period,
            self.dates,
            self.group,
            self.refresh_button,
            self.status,
        ):
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
        self.returns_title = QLabel(QCoreApplication.translate("Metrics", "Returns per SKU and reason"))
        self.returns_table = QTableWidget()
        layout.addWidget(self.returns_title)
        layout.addWidget(self.returns_table, 1)
        self.returns: list[tuple[str, str, int]] = []
        self.period.currentIndexChanged.connect(lambda _: self._period_changed(self.period.currentData()))
        self.refresh_button.clicked.connect(self.refresh)
        self.group.currentIndexChanged.connect(lambda _: self.report and self.show_report(self.report))
        self._period_changed(self.period.currentData())

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
        self.status.setText(QCoreApplication.translate("Metrics", "Computing…"))

        def both() -> tuple[MetricsReport, list[tuple[str, str, int]]]:
            report = self.metrics.report(self.actor, since, until)
            return report, returns_per_sku_and_reason(self.metrics.uow, self.actor, since, until)

        def done(answer: tuple[MetricsReport, list[tuple[str, str, int]]]) -> None:
            self.show_returns(answer[1])
            self.show_report(answer[0])

        self.runner.run(both, on_done=done, on_error=self._failed)

    def show_returns(self, rows: list[tuple[str, str, int]]) -> None:
        """Returned units per SKU and reason (what comes back and why) in the period."""
        self.returns = rows
        headers, table = returns_table(rows)
        fill_table(self.returns_table, headers, table, [None] * len(table))
        units = sum(n for _, _, n in rows)
        self.returns_title.setText(
            self.tr("Returns per SKU and reason: %n unit(s) checked at returns in the period", "", units)
            if rows
            else QCoreApplication.translate("Metrics", "Returns per SKU and reason: no returns in the period")
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("metrics could not be computed", exc_info=exc)
        self.status.setText(
            QCoreApplication.translate(
                "Metrics", "The metrics could not be computed (the log has the details)."
            )
        )
        self.failed.emit(str(exc))

    def groups(self, report: MetricsReport) -> list[GroupMetrics]:
        return report.by_packer if self.group.currentIndex() == 0 else report.by_station

    def show_report(self, report: MetricsReport) -> None:
        self.report = report
        groups = self.groups(report)
        headers = [
            QCoreApplication.translate("Metrics", "Who"),
            QCoreApplication.translate("Metrics", "Orders"),
            QCoreApplication.translate("Metrics", "Active h"),
            QCoreApplication.translate("Metrics", "Orders/h"),
            *[QCoreApplication.translate("Metrics", "{step} (s)").format(step=_name(s)) for s in STEP_NAMES],
            QCoreApplication.translate("Metrics", "Scans"),
            QCoreApplication.translate("Metrics", "Wrong %"),
            *[_name(e) for e in EXCEPTION_NAMES],
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
            bar_chart(
                QCoreApplication.translate("Metrics", "Orders per hour"),
                names,
                {QCoreApplication.translate("Metrics", "orders/h"): [g.orders_per_hour or 0 for g in groups]},
            )
        )
        self.chart_views[1].setChart(
            bar_chart(
                QCoreApplication.translate("Metrics", "Mean time per step (s)"),
                names,
                {_name(s): [g.steps[s].mean_s if s in g.steps else 0 for g in groups] for s in STEP_NAMES},
                stacked=True,
            )
        )
        self.chart_views[2].setChart(
            bar_chart(
                QCoreApplication.translate("Metrics", "Wrong-scan rate (%)"),
                names,
                {
                    QCoreApplication.translate("Metrics", "wrong %"): [
                        (g.wrong_scan_rate or 0) * 100 for g in groups
                    ]
                },
            )
        )
        self.status.setText(self.tr("%n order(s) done in the period", "", report.total.orders))
        self.loaded.emit(report)
