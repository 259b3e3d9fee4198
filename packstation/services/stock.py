"""Stock as supervisors handle it: import a stock count, list, adjust, count, restock, and decide on
orders waiting for stock (pick anyway, or out of stock: reported or exported for cancellation)."""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from packstation.domain.events import StockDecided
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.stock import StockError, StockLevel, StockState, order_needs
from packstation.domain.text import strip_unsafe
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.services.alerts.service import AlertService
from packstation.services.imports.errors import ImportFormatError, ImportReport
from packstation.services.imports.rows import CsvFile, ExportRows
from packstation.services.imports.workbook import XlsxFile, is_workbook
from packstation.services.marketplace_cancel import Cancellation, cancellations, queue_cancellation
from packstation.services.tracking.service import Condition
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.stock import DECISIONS, MAX_LOCATION, MAX_SKU, OUT_OF_STOCK, StockBook

MAX_ON_HAND = 10_000_000
# The marketplace's cancellation reason for a seller without stock (TikTok Shop's "out of stock").
OUT_OF_STOCK_REASON = "seller_out_of_stock"


@dataclass(frozen=True)
class OutOfStockOrder:
    order_id: str
    channel: str
    missing: str
    marked_by: str
    reason: str
    marketplace: str = ""  # the cancellation on the marketplace, in words ("" without a connector)
    cancel_id: str = ""


class StockService:
    """Use cases on the central stock book for the CLI and the supervisor screens."""

    def __init__(
        self, book: StockBook, uow: UnitOfWorkFactory, station: str, cancel_channels: Iterable[str] = ()
    ) -> None:
        self.book, self.uow, self.station = book, uow, station
        # Channels whose connector is configured here: out-of-stock orders of them are cancelled through it.
        self.cancel_channels = frozenset(cancel_channels)

    def levels(self) -> list[StockLevel]:
        return self.book.levels()

    def import_file(self, path: Path | str, actor: Actor) -> ImportReport:
        """Set on-hand per (sku, location) from a stock-count CSV/xlsx; bad rows reported per line."""
        path = Path(path)
        if not path.is_file():
            raise ImportFormatError(f"{path}: no such file" if not path.exists() else f"{path} is not a file")
        source: ExportRows = XlsxFile(path) if is_workbook(path) else CsvFile(path)
        report = ImportReport(source=path.name, format="stock")
        rows: list[tuple[int, str, str, int]] = []
        with source:
            sku_i = source.index("sku", "seller_sku", "Seller SKU")
            loc_i = source.index("location", "bin", "Location")
            qty_i = source.index("on_hand", "on hand", "quantity", "qty")
            if sku_i is None or loc_i is None or qty_i is None:
                raise ImportFormatError(
                    f"{path.name}: a stock count needs the columns sku, location and on_hand "
                    f"(header: {', '.join(source.header[:6])})"
                )
            seen: dict[tuple[str, str], int] = {}
            for line, cells in source.records():
                report.rows += 1

                sku, location, qty_text = (_cell(cells, i) for i in (sku_i, loc_i, qty_i))
                if not sku:
                    report.reject(line, source.header[sku_i], "SKU is empty")
                    continue
                if not location:
                    report.reject(line, source.header[loc_i], "location is empty")
                    continue
                try:
                    qty = _count(qty_text)
                except ValueError as exc:
                    report.reject(line, source.header[qty_i], str(exc))
                    continue
                if len(sku) > MAX_SKU or len(location) > MAX_LOCATION:
                    report.reject(
                        line,
                        source.header[sku_i],
                        f"SKU or location too long (at most {MAX_SKU}/{MAX_LOCATION})",
                    )
                    continue
                if (sku, location) in seen:
                    report.reject(
                        line, source.header[sku_i], f"{sku} at {location} repeats line {seen[sku, location]}"
                    )
                    continue
                seen[sku, location] = line
                rows.append((line, sku, location, qty))
        for line, sku, location, qty in rows:
            try:
                delta = self.book.load(sku, location, qty, actor.user_id, f"stock count import {path.name}")
            except StockError as exc:
                report.reject(line, "on_hand", str(exc))
                continue
            if delta:
                report.imported += 1
            else:
                report.unchanged += 1
        report.rejected.sort(key=lambda p: p.line or 0)
        return report

    def adjust(self, supervisor: Actor, sku: str, location: str, delta: int, reason: str) -> StockLevel:
        supervisor.require(Role.SUPERVISOR, "Adjusting stock")
        return self.book.adjust(sku, location, delta, supervisor.user_id, reason)

    def count(self, actor: Actor, sku: str, location: str, counted: int) -> int:
        return self.book.count(sku, location, counted, actor.user_id)

    def restock(self, actor: Actor, sku: str, location: str, qty: int, reason: str) -> StockLevel:
        return self.book.restock(sku, location, qty, actor.user_id, reason)

    def states(self, orders: list[Order]) -> dict[str, StockState]:
        open_orders = [o for o in orders if not o.status.is_final and o.status is not OrderStatus.CANCELLED]
        return self.book.states([(o.order_id, order_needs(o)) for o in open_orders])

    def decide(self, supervisor: Actor, order_id: str, decision: str, reason: str) -> StockState:
        """Pick a waiting order anyway, or mark it out of stock for cancellation (audited both places)."""
        supervisor.require(Role.SUPERVISOR, "Deciding on an order waiting for stock")
        if decision not in DECISIONS:
            raise StockError(f"Unknown decision {decision!r}: use {' or '.join(DECISIONS)}.")
        if not reason.strip():
            raise StockError("Say why (--reason).")
        with self.uow.read() as uow:
            order = uow.orders.get(order_id)
        if order is None:
            raise StockError(f"No order {order_id}.")
        before = self.book.states([(order_id, order_needs(order))])[order_id]
        self.book.decide(order_id, decision, supervisor.user_id, reason)
        with self.uow() as uow:
            uow.record(
                StockDecided(
                    order_id=order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    decision=decision,
                    reason=reason.strip(),
                    missing=[s.words() for s in before.missing],
                )
            )
            if decision == OUT_OF_STOCK and order.channel in self.cancel_channels:
                queue_cancellation(uow, order.channel, order_id)  # pushed by the marketplace worker
            uow.commit()
        return before

    def out_of_stock(self) -> list[OutOfStockOrder]:
        """Orders a supervisor marked out of stock that are not cancelled yet (for the marketplace)."""
        marked = self.book.decisions(OUT_OF_STOCK)
        if not marked:
            return []
        out = []
        with self.uow.read() as uow:
            orders = {oid: uow.orders.get(oid) for oid in marked}
            pushed: dict[str, dict[str, Cancellation]] = {
                ch: cancellations(uow, ch) for ch in sorted(self.cancel_channels)
            }
        for oid, (actor, reason) in sorted(marked.items()):
            order = orders.get(oid)
            if order is None or order.status is OrderStatus.CANCELLED:
                continue
            state = self.book.states([(oid, order_needs(order))])[oid]
            entry = pushed.get(order.channel, {}).get(oid)
            out.append(
                OutOfStockOrder(
                    oid, order.channel, ", ".join(s.words() for s in state.missing), actor, reason,
                    entry.words(order.channel) if entry else "", entry.cancel_id if entry else "",
                )
            )  # fmt: skip
        return out

    def alert_low(self, alerts: AlertService, now: datetime | None = None) -> int:
        """Tell supervisors (in the app, and by the alert channels configured) which SKUs run low;
        one alert per SKU and day. Returns how many new alerts were raised."""
        at = now or utcnow()
        conditions = [
            Condition(
                key=f"low-stock:{low.sku}:{at:%Y-%m-%d}",
                kind="low_stock",
                order_id="",
                title=translate("Alerts", "Low stock: {sku}").format(sku=low.sku),
                body=low.words(),
            )
            for low in self.book.low_stock()
        ]
        raised = alerts.raise_alerts(conditions, at)
        if raised:
            alerts.dispatch(at)
        return len(raised)

    def export_out_of_stock(self, path: Path | str) -> int:
        """Write the orders to cancel as out of stock, for the marketplace's bulk cancellation (those the
        marketplace already cancelled through its connector are left out)."""
        rows = [r for r in self.out_of_stock() if not r.cancel_id]
        with open(path, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow(["order_id", "channel", "cancel_reason", "missing", "marked_by", "note"])
            for r in rows:
                w.writerow([r.order_id, r.channel, OUT_OF_STOCK_REASON, r.missing, r.marked_by, r.reason])
        return len(rows)


def _cell(cells: list[str], i: int) -> str:
    return strip_unsafe(cells[i])[0].strip() if i < len(cells) else ""


def _count(text: str) -> int:
    value = text.replace(",", "").strip()
    if not value:
        raise ValueError("on_hand is empty")
    try:
        number = float(value)
    except ValueError:
        raise ValueError(f"on_hand {text!r} is not a number") from None
    if number != int(number):
        raise ValueError(f"on_hand {text!r} is not a whole number of units")
    if number < 0:
        raise ValueError(f"on_hand {text!r} is negative")
    if number > MAX_ON_HAND:
        raise ValueError(f"on_hand {text!r} is more than {MAX_ON_HAND:,} units")
    return int(number)


StockServiceFactory = Callable[[], StockService]


def waiting_apart(orders: list[Order], states: dict[str, StockState]) -> list[tuple[Order, StockState]]:
    """The queue as the supervisor sees it: orders in stock first (most urgent first, as given),
    then those waiting for stock, each with its state (orders without a state are in stock)."""
    ok = StockState()
    paired = [(o, states.get(o.order_id, ok)) for o in orders]
    return [p for p in paired if p[1].ok] + [p for p in paired if not p[1].ok]
