"""Queue: orders ready to pack, most urgent first, with a live countdown to each ship-by deadline."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import shiboken6
from PySide6.QtCore import QDateTime, QEvent, QLocale, QTimer
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
from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.widgets import Page, PageAction, label
from packstation.ui.theme import PALETTE

DUE_SOON = timedelta(hours=4)
COLUMNS = (
    QT_TRANSLATE_NOOP("Queue", "Order"),
    QT_TRANSLATE_NOOP("Queue", "Items"),
    QT_TRANSLATE_NOOP("Queue", "Carrier"),
    QT_TRANSLATE_NOOP("Queue", "Ship by"),
    QT_TRANSLATE_NOOP("Queue", "Time left"),
)
HOLD_COLUMNS = (
    QT_TRANSLATE_NOOP("Queue", "Order"),
    QT_TRANSLATE_NOOP("Queue", "Items"),
    QT_TRANSLATE_NOOP("Queue", "Carrier"),
    QT_TRANSLATE_NOOP("Queue", "Packable in"),
)
URGENCY_NAMES = {
    "overdue": QT_TRANSLATE_NOOP("Queue", "overdue"),
    "due soon": QT_TRANSLATE_NOOP("Queue", "due soon"),
    "normal": QT_TRANSLATE_NOOP("Queue", "normal"),
}
QUEUE_ROWS = 40  # the most urgent orders on screen; the title gives the whole count
ROWS_CHANGED_IN_PLACE = 6  # more changed rows than this: the table is built again


def countdown(left: timedelta | None) -> str:
    """`5 h 03 m` left, or `overdue 1 h 10 m`; minutes and seconds when under an hour."""
    if left is None:
        return "—"
    seconds = int(abs(left.total_seconds()))
    h, rem = divmod(seconds, 3600)
    m, s = divmod(rem, 60)
    if h:
        text = shown(translate("Queue", "{h} h {m} m").format(h=h, m=f"{m:02d}"))
    else:
        text = shown(translate("Queue", "{m} m {s} s").format(m=m, s=f"{s:02d}"))
    return shown(translate("Queue", "overdue {time}").format(time=text)) if left.total_seconds() < 0 else text


def hold_countdown(seconds: float | None) -> str:
    """`42 m 10 s` until a marketplace hold ends; once past, the order waits for the next pull."""
    if seconds is None:
        return shown(translate("Queue", "when the marketplace releases it"))
    if seconds <= 0:
        return shown(translate("Queue", "hold ended: released at the next marketplace pull"))
    return countdown(timedelta(seconds=seconds))


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
        self.table.setHorizontalHeaderLabels([shown(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.cellDoubleClicked.connect(self._take_row)
        self.title = label("", "title")
        # Orders the marketplace holds (not packable yet), with the countdown to the end of the hold.
        self.holds: list = []
        self.holds_title = label("", "big")
        self.holds_table = QTableWidget(0, len(HOLD_COLUMNS))
        self.holds_table.setHorizontalHeaderLabels([shown(c) for c in HOLD_COLUMNS])
        self.holds_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.holds_table.verticalHeader().setVisible(False)
        self.holds_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.holds_title.setVisible(False)
        self.holds_table.setVisible(False)
        box = QVBoxLayout(self)
        box.addWidget(self.title)
        box.addWidget(self.table, 1)
        box.addWidget(self.holds_title)
        box.addWidget(self.holds_table)
        self.tick = QTimer(self)
        self.tick.timeout.connect(self.update_countdowns)
        self.tick.start(1000)
        self.reload_timer = QTimer(self)
        self.reload_timer.timeout.connect(self.reload)
        self.reload_timer.start(refresh_ms)
        self._loading = False
        self._shown: list = []
        self._levels: dict[str, str] = {}  # order id -> urgency its row is coloured for
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
            self.flow.load_holds(self.show_holds)

    def show_holds(self, holds: list) -> None:
        if not shiboken6.isValid(self.holds_table):
            return  # the window closed while the read was on its way
        shown = [(h.order_id, h.packable_at) for h in holds]
        if shown == [(h.order_id, h.packable_at) for h in self.holds] and self.holds_table.rowCount() == len(holds):
            return
        self.holds = list(holds)
        self.holds_table.setRowCount(len(self.holds))
        for row, held in enumerate(self.holds):
            for col, text in enumerate((held.order_id, held.items, held.carrier, "")):
                self.holds_table.setItem(row, col, QTableWidgetItem(text))
        self._holds_title()
        self.holds_title.setVisible(bool(self.holds))
        self.holds_table.setVisible(bool(self.holds))
        self.update_countdowns()

    def show_orders(self, orders: list[Order]) -> None:
        self._loading = False
        if not shiboken6.isValid(self.table):
            return  # the window closed while the read was on its way
        waiting = self.flow.queue_stock
        listed = orders[:QUEUE_ROWS]
        shown = [(o.order_id, o.status, o.ship_by, o.units, waiting.get(o.order_id, "")) for o in listed]
        self._counts = (len(orders), len(listed))
        self._waiting = sum(1 for o in orders if o.order_id in waiting)
        if shown == self._shown and self.table.rowCount() == len(listed):
            self._title()
            return  # the same rows: no table work on the GUI thread
        if not self._update_rows(shown, listed, waiting):
            self._rebuild(shown, listed, waiting)
        self._title()
        self.update_countdowns()

    def _update_rows(self, shown: list, listed: list[Order], waiting: dict[str, str]) -> bool:
        """The usual change (an order taken, one more at the end): remove and add those rows only,
        rather than build the whole table again. False when more changed than that."""
        old = self._shown
        if not old or self.table.rowCount() != len(old):
            return False
        kept = 0
        removed: list[int] = []
        for row, entry in enumerate(old):
            if kept < len(shown) and entry == shown[kept]:
                kept += 1
            else:
                removed.append(row)
        added = len(shown) - kept
        if len(removed) + added > ROWS_CHANGED_IN_PLACE:
            return False
        for row in reversed(removed):
            self._levels.pop(old[row][0], None)
            self.table.removeRow(row)
        for row in range(kept, len(shown)):
            self._levels.pop(shown[row][0], None)
            self.table.insertRow(row)
            self._fill_row(row, listed[row], waiting)
            self.table.resizeRowToContents(row)
        self._shown, self.orders = shown, list(listed)
        return True

    def _rebuild(self, shown: list, listed: list[Order], waiting: dict[str, str]) -> None:
        self._shown, self.orders = shown, list(listed)
        self._levels = {}
        header = self.table.horizontalHeader()
        # One column fit after the rows are in, not one per cell (fitting to contents on every
        # setItem is what made a long queue slow to draw).
        self.table.setUpdatesEnabled(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.setRowCount(len(self.orders))
        for row, order in enumerate(self.orders):
            self._fill_row(row, order, waiting)
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setUpdatesEnabled(True)
        self._fit_rows()

    def _fill_row(self, row: int, order: Order, waiting: dict[str, str]) -> None:
        items = ", ".join(f"{line.quantity}× {line.product_name or line.sku}" for line in order.lines)
        if order.order_id in waiting:  # listed after the packable ones, with what it waits for
            items += "\n⏳ " + shown(waiting[order.order_id])
        cells = (order.order_id, items, order.carrier, _ship_by_text(order), "")
        for col, text in enumerate(cells):
            self.table.setItem(row, col, QTableWidgetItem(text))

    def _title(self) -> None:
        total, on_screen = getattr(self, "_counts", (0, 0))
        held_back = getattr(self, "_waiting", 0)
        title = self.tr("%n order(s) ready to pack", "", total - held_back)
        if total > on_screen:
            title += shown(translate("Queue", " (the {count} most urgent shown)").format(count=on_screen))
        if held_back:
            title += shown(translate("Queue", "; {count} waiting for stock, listed last").format(count=held_back))
        self.title.setText(title)

    def _holds_title(self) -> None:
        self.holds_title.setText(self.tr("%n on hold at the marketplace (not packable yet)", "", len(self.holds)))

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels([shown(c) for c in COLUMNS])
        self.holds_table.setHorizontalHeaderLabels([shown(c) for c in HOLD_COLUMNS])
        self._title()
        self._holds_title()
        self.update_countdowns()
        self._fit_rows()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # a new width wraps the Items column
            QTimer.singleShot(0, self, self._fit_rows)  # differently (a new height does not)

    def changeEvent(self, event) -> None:  # type: ignore[no-untyped-def]  # noqa: N802 - Qt's name
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange):
            QTimer.singleShot(0, self, self._fit_rows)  # the type scale changed

    def _fit_rows(self) -> None:
        """Time left wide enough for its longest countdown; the Items column wraps onto more lines
        rather than cutting product names off."""
        metrics = self.table.fontMetrics()
        self.table.setColumnWidth(4, max(self.table.columnWidth(4), metrics.horizontalAdvance("overdue 00 h 00 m") + 24))
        self.table.resizeRowsToContents()

    def update_countdowns(self) -> None:
        now = datetime.now(UTC)
        for row, held in enumerate(self.holds):
            cell = self.holds_table.item(row, 3)
            if cell is not None:
                cell.setText(hold_countdown(held.left(now)))
        for row, order in enumerate(self.orders):
            ship_by = _aware(order.ship_by)
            left = None if ship_by is None else ship_by - now
            item = self.table.item(row, 4)
            if item is None:
                continue
            item.setText(countdown(left))
            level = urgency(left)
            if self._levels.get(order.order_id) == level:
                continue  # colours only change when the urgency does
            self._levels[order.order_id] = level
            colour = {"overdue": PALETTE.overdue, "due soon": PALETTE.due_soon}.get(level)
            background = {"overdue": PALETTE.error_bg, "due soon": PALETTE.warn_bg}.get(level, "#ffffff")
            for col in range(len(COLUMNS)):
                cell = self.table.item(row, col)
                if cell is not None:
                    cell.setBackground(QBrush(QColor(background)))
                    cell.setForeground(QBrush(QColor(colour or PALETTE.text)))
            item.setToolTip(shown(URGENCY_NAMES.get(level, level)))

    def on_scan(self, code: str) -> None:
        self.flow.scan(code)

    def next_action(self) -> str:
        return self.flow.view.next_action

    def actions(self) -> list[PageAction]:
        return [PageAction(Command.NEXT, QT_TRANSLATE_NOOP("Queue", "Next order"), self.flow.take_next)]


def _ship_by_text(order: Order) -> str:
    ship_by = _aware(order.ship_by)
    if ship_by is None:
        return "—"
    # Day and month names in the installed language (QLocale's default follows it).
    local = ship_by.astimezone()
    return QLocale().toString(QDateTime(local.replace(tzinfo=None)), "ddd d MMM HH:mm")
