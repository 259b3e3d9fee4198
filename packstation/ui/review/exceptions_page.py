"""The exceptions board: shipments in exception or at risk, grouped by rule and carrier, with claim time left.

One click opens the order or exports its evidence pack; two charts show on-time deliveries and
exceptions per carrier per week. The board is read on the runner (never on the GUI thread).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.orders import STATUS_NAMES
from packstation.services.tracking import BoardRow, ExceptionsBoard, WeekCarrier
from packstation.services.tracking.board import Board
from packstation.ui.i18n import shown
from packstation.ui.review.metrics_page import bar_chart

log = logging.getLogger(__name__)
COLUMNS = [
    QT_TRANSLATE_NOOP("ExceptionsPage", "Order"),
    QT_TRANSLATE_NOOP("ExceptionsPage", "Status"),
    QT_TRANSLATE_NOOP("ExceptionsPage", "What happened"),
    QT_TRANSLATE_NOOP("ExceptionsPage", "Since"),
    QT_TRANSLATE_NOOP("ExceptionsPage", "Claim windows"),
]
URGENT_HOURS = 48  # a claim window closing within this is shown in red


@dataclass(frozen=True)
class BoardView:
    board: Board
    weeks: list[WeekCarrier]


def _when(at: datetime | None) -> str:
    return at.astimezone().strftime("%Y-%m-%d %H:%M") if at else "–"


def week_sets(weeks: list[WeekCarrier]) -> tuple[list[str], dict[str, list[float]], dict[str, list[float]]]:
    """Week labels and, per carrier, on-time % and exception counts (0 where a carrier had nothing)."""
    labels = sorted({w.week for w in weeks})
    carriers = sorted({w.carrier for w in weeks})
    cell = {(w.week, w.carrier): w for w in weeks}
    on_time: dict[str, list[float]] = {}
    exceptions: dict[str, list[float]] = {}
    for carrier in carriers:
        on_time[carrier] = [
            (cell[(week, carrier)].on_time_pct or 0.0) if (week, carrier) in cell else 0.0 for week in labels
        ]
        exceptions[carrier] = [
            float(cell[(week, carrier)].exceptions) if (week, carrier) in cell else 0.0 for week in labels
        ]
    return [w.strftime("%d %b") for w in labels], on_time, exceptions


class ExceptionsPage(QWidget):
    open_requested = Signal(str)
    export_requested = Signal(list)
    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, board: ExceptionsBoard, runner: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source, self.runner = board, runner
        self.view: BoardView | None = None
        layout = QVBoxLayout(self)
        bar = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.open_button = QPushButton(self.tr("Open order"))
        self.export_button = QPushButton(self.tr("Export evidence pack"))
        self.status = QLabel("")
        for w in (self.refresh_button, self.open_button, self.export_button, self.status):
            bar.addWidget(w)
        bar.addStretch(1)
        layout.addLayout(bar)
        self.tree = QTreeWidget()
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([QCoreApplication.translate("ExceptionsPage", c) for c in COLUMNS])
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.tree, 3)
        charts = QHBoxLayout()
        self.on_time_chart, self.exceptions_chart = QChartView(), QChartView()
        for view in (self.on_time_chart, self.exceptions_chart):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(220)
            charts.addWidget(view)
        layout.addLayout(charts, 2)
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self._open_selected)
        self.export_button.clicked.connect(self._export_selected)
        self.tree.itemDoubleClicked.connect(self._open_item)

    def refresh(self) -> None:
        self.status.setText(self.tr("Checking shipments…"))
        self.runner.run(
            lambda: BoardView(self.source.board(), self.source.weekly()),
            on_done=self.show_board,
            on_error=self._failed,
        )

    def _failed(self, exc: BaseException) -> None:
        log.warning("the exceptions board could not be read", exc_info=exc)
        self.status.setText(self.tr("The exceptions board could not be read (the log has the details)."))
        self.failed.emit(str(exc))

    def show_board(self, view: BoardView) -> None:
        self.view = view
        self.tree.clear()
        for _rule, carrier, rows in view.board.groups():
            group = QTreeWidgetItem([f"{shown(rows[0].title)} — {carrier} ({len(rows)})"])
            group.setFirstColumnSpanned(True)
            self.tree.addTopLevelItem(group)
            for row in rows:
                group.addChild(self._item(row))
            group.setExpanded(True)
        for col in range(len(COLUMNS)):
            self.tree.resizeColumnToContents(col)
        labels, on_time, exceptions = week_sets(view.weeks)
        self.on_time_chart.setChart(bar_chart(self.tr("On-time deliveries per week (%)"), labels, on_time))
        self.exceptions_chart.setChart(bar_chart(self.tr("Exceptions per week"), labels, exceptions))
        self.status.setText(self.tr("%n shipment(s) in exception or at risk", "", len(view.board.rows)))
        self.loaded.emit(view)

    def _item(self, row: BoardRow) -> QTreeWidgetItem:
        claims = "; ".join(shown(c.text()) for c in row.claims) or (
            self.tr("at risk") if row.at_risk else "–"
        )
        item = QTreeWidgetItem(
            [
                row.order_id,
                shown(STATUS_NAMES.get(row.status, row.status)),
                shown(row.note),
                _when(row.since),
                claims,
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, row.order_id)
        open_claims = [c for c in row.claims if not c.expired]
        if open_claims and min(c.left for c in open_claims).total_seconds() < URGENT_HOURS * 3600:
            item.setForeground(4, QColor("#b00020"))
        return item

    def selected_orders(self) -> list[str]:
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]
        return list(dict.fromkeys(i for i in ids if i))

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        order_id = item.data(0, Qt.ItemDataRole.UserRole)
        if order_id:
            self.open_requested.emit(order_id)

    def _open_selected(self) -> None:
        ids = self.selected_orders()
        if ids:
            self.open_requested.emit(ids[0])
        else:
            self.status.setText(self.tr("Select an order first."))

    def _export_selected(self) -> None:
        ids = self.selected_orders()
        if ids:
            self.export_requested.emit(ids)
        else:
            self.status.setText(self.tr("Select the orders to export first."))
