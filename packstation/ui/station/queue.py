"""Queue: orders ready to pack, most urgent first, with a live countdown to each ship-by deadline."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from packstation.domain.commands import Command
from packstation.domain.orders import Order
from packstation.services.station.view import Step
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, label
from packstation.ui.theme import PALETTE

DUE_SOON = timedelta(hours=4)
COLUMNS = ("Order", "Items", "Carrier", "Ship by", "Time left")
QUEUE_ROWS = 40  # the most urgent orders on screen; the title gives the whole count


def countdown(left: timedelta | None) -> str:
    """`5 h 03 m` left, or `overdue 1 h 10 m`; minutes and seconds when under an hour."""
    if left is None:
        return "—"
    seconds = int(abs(left.total_seconds()))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    text = f"{h} h {m:02d} m" if h else f"{m} m {s:02d} s"
    return f"overdue {text}" if left.total_seconds() < 0 else text


def urgency(left: timedelta | None) -> str:
    if left is None:
        return "normal"
    if left.total_seconds() < 0:
        return "overdue"
    return "due soon" if left < DUE_SOON else "normal"


def _aware(moment: datetime | None) -> datetime | None:
    return moment.replace(tzinfo=UTC) if moment is not None and moment.tzinfo is None else moment


class QueuePage(Page):
    """Scan an order or pick-list barcode, or press one key to take the most urgent order."""

    step = Step.QUEUE

    def __init__(self, flow: StationFlow, parent: QWidget | None = None, refresh_ms: int = 15000) -> None:
        super().__init__(flow, parent)
        self.orders: list[Order] = []
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setHorizontalHeaderLabels(COLUMNS)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._take_row)
        self.title = label("", "title")
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self.update_countdowns)
        self.tick.start(1000)
        self.reload_timer = QTimer(self)
        self.reload_timer.timeout.connect(self.reload)
        self.reload_timer.start(refresh_ms)
        self._loading = False
        self._shown: list = []
        self._levels: dict[int, str] = {}
        self._read_at = 0.0

    def render(self) -> None:
        """Read the queue again when the packer comes back to it (and on the timer), not on every change."""
        if time.monotonic() - self._read_at > 2.0 or not self.orders:
            self._read_at = time.monotonic()
            self.reload()

    def _take_row(self, row: int, _column: int) -> None:
        self.flow.take(self.orders[row].order_id)

    def reload(self) -> None:
        if not self.isVisible() and self.orders:
            return
        if not self._loading:
            self._loading = True
            self.flow.load_queue(self.show_orders)

    def show_orders(self, orders: list[Order]) -> None:
        self._loading = False
        shown = [(o.order_id, o.status, o.ship_by, o.units) for o in orders]
        if shown == self._shown and self.table.rowCount() == len(orders):
            return  # the same queue: no table rebuild on the GUI thread
        self._shown = shown
        self.orders = orders[:QUEUE_ROWS]
        self._levels = {}
        header = self.table.horizontalHeader()
        # One column fit after the rows are in, not one per cell (fitting to contents on every
        # setItem is what made a long queue slow to draw).
        self.table.setUpdatesEnabled(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            items = ", ".join(f"{line.quantity}× {line.product_name or line.sku}" for line in order.lines)
            cells = (order.order_id, items, order.carrier, _ship_by_text(order), "")
            for col, text in enumerate(cells):
                self.table.setItem(row, col, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setUpdatesEnabled(True)
        more = f" (the {len(self.orders)} most urgent shown)" if len(orders) > len(self.orders) else ""
        self.title.setText(f"{len(orders)} orders ready to pack{more}")
        self.update_countdowns()

    def update_countdowns(self) -> None:
        now = datetime.now(UTC)
        for row, order in enumerate(self.orders):
            ship_by = _aware(order.ship_by)
            left = None if ship_by is None else ship_by - now
            item = self.table.item(row, 4)
            if item is None:
                continue
            item.setText(countdown(left))
            level = urgency(left)
            if self._levels.get(row) == level:
                continue  # colours only change when the urgency does
            self._levels[row] = level
            colour = {"overdue": PALETTE.overdue, "due soon": PALETTE.due_soon}.get(level)
            background = {"overdue": PALETTE.error_bg, "due soon": PALETTE.warn_bg}.get(level, "#ffffff")
            for col in range(len(COLUMNS)):
                cell = self.table.item(row, col)
                if cell is not None:
                    cell.setBackground(QBrush(QColor(background)))
                    cell.setForeground(QBrush(QColor(colour or PALETTE.text)))
            item.setToolTip(level)

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.NEXT, "Next order", self.flow.take_next)]


def _ship_by_text(order: Order) -> str:
    ship_by = _aware(order.ship_by)
    return "—" if ship_by is None else ship_by.astimezone().strftime("%a %d %b %H:%M")
