"""Writing imported orders: new ones in bulk (Core executemany), changes through the workflow.

Each transaction holds whole orders only. New orders, their lines, their `OrderImported` events and the
outbox rows go in with a handful of executemany statements; updates and cancellations are rare and go
through the domain (`workflow.cancel`) and the unit of work so their rules live in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import Connection, func, select, text

from packstation.domain import workflow
from packstation.domain.events import Event, OrderImported, OrderUpdated
from packstation.domain.orders import Order, OrderLine, OrderStatus
from packstation.services.imports.bulk import bulk_insert
from packstation.services.imports.drafts import IncomingOrder
from packstation.services.imports.errors import ImportReport, OrderNote
from packstation.store.repositories import fill_order_row
from packstation.store.tables import EventRow, OrderLineRow, OrderRow
from packstation.store.uow import UnitOfWork

T = TypeVar("T")
S = OrderStatus
OUTBOX_FROM_EVENTS = text(
    "INSERT INTO outbox (event_seq, attempts, last_error) SELECT seq, 0, '' FROM events WHERE seq > :before"
)
_SIMPLE_FIELDS = (
    "channel", "platform_status", "pre_order", "carrier", "service", "tracking_number", "platform_shipped",
    "buyer_message", "seller_note", "created_at", "paid_at", "ship_by",
)  # fmt: skip
_ADDRESS_FIELDS = ("name", "phone", "line1", "line2", "district", "city", "state", "postcode", "country")


def chunks(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def changed_fields(old: Order, new: Order) -> list[str]:
    """Names of what differs between the stored order and the export's version (for OrderUpdated)."""
    out = [name for name in _SIMPLE_FIELDS if getattr(old, name) != getattr(new, name)]
    out += [
        f"recipient.{name}"
        for name in _ADDRESS_FIELDS
        if getattr(old.recipient, name) != getattr(new.recipient, name)
    ]

    def content(order: Order) -> list[tuple]:
        return [(ln.sku, ln.sku_id, ln.product_name, ln.variation, ln.quantity) for ln in order.lines]

    if content(old) != content(new):
        out.append("lines")
    return out


class OrderWriter:
    """Compares incoming orders with the store by digest and writes only what changed."""

    def __init__(
        self,
        uow_factory: Callable[[], UnitOfWork],
        report: ImportReport,
        *,
        source: str,
        station: str,
        user: str,
        now: datetime,
        batch_orders: int = 10_000,
    ) -> None:
        self.uow_factory = uow_factory
        self.report = report
        self.source, self.station, self.user, self.now = source, station, user, now
        self.batch_orders = batch_orders

    def write(self, incoming: list[IncomingOrder]) -> None:
        with self.uow_factory() as uow:
            known = uow.catalog.known_skus()
        self._flag_missing(incoming, known)
        for batch in chunks(incoming, self.batch_orders):
            with self.uow_factory() as uow:
                self._write_batch(uow, batch)
                uow.commit()

    def _flag_missing(self, incoming: list[IncomingOrder], known: set[str]) -> None:
        missing = self.report.not_in_catalog
        for inc in incoming:
            for line in inc.order.lines:
                if line.sku not in known:
                    line.in_catalog = False
                    if not inc.cancel:
                        missing[line.sku] = missing.get(line.sku, 0) + 1

    def _write_batch(self, uow: UnitOfWork, batch: Sequence[IncomingOrder]) -> None:
        conn = uow.session.connection()
        existing: dict[str, Any] = {}
        for ids in chunks([inc.order.order_id for inc in batch], 5000):
            stmt = select(OrderRow.order_id, OrderRow.status, OrderRow.held_from, OrderRow.source_digest)
            for row in conn.execute(stmt.where(OrderRow.order_id.in_(ids))):
                existing[row.order_id] = row
        fresh = []
        for inc in batch:
            row = existing.get(inc.order.order_id)
            if row is None:
                fresh.append(inc)
            elif row.source_digest == inc.digest:
                self.report.unchanged += 1
            else:
                self._change(uow, inc, S(row.status), S(row.held_from) if row.held_from else None)
        uow.session.flush()
        if fresh:
            self._insert(conn, fresh)
            self.report.imported += len(fresh)

    def _change(
        self, uow: UnitOfWork, inc: IncomingOrder, status: OrderStatus, held: OrderStatus | None
    ) -> None:
        order_id, report = inc.order.order_id, self.report
        if inc.cancel:
            if status is S.CANCELLED:
                report.unchanged += 1
                return
            self._cancel(uow, inc)
            return
        if status is S.READY or (status is S.ON_HOLD and held in (None, S.READY)):
            self._update(uow, inc)
            return
        report.not_updated.append(
            OrderNote(order_id, f"changed in the export but already {status.value} here; left as it is")
        )

    def _cancel(self, uow: UnitOfWork, inc: IncomingOrder) -> None:
        order_id = inc.order.order_id
        order = uow.orders.get(order_id)
        assert order is not None
        try:
            event = workflow.cancel(
                order, inc.note, by="marketplace", station=self.station, user=self.user, now=self.now
            )
        except workflow.WorkflowError as exc:
            self.report.not_updated.append(OrderNote(order_id, f"cancelled in the export, but {exc}"))
            return
        uow.orders.save(order)
        row = uow.orders.row(order_id)
        assert row is not None
        row.platform_status, row.source_digest, row.updated_at = (
            inc.order.platform_status,
            inc.digest,
            self.now,
        )
        uow.record(event)
        self.report.cancelled.append(order_id)
        if event.while_packing:
            self.report.cancelled_while_packing.append(order_id)

    def _update(self, uow: UnitOfWork, inc: IncomingOrder) -> None:
        new, order_id = inc.order, inc.order.order_id
        old = uow.orders.get(order_id)
        row = uow.orders.row(order_id)
        assert old is not None and row is not None
        # What the station owns stays: status, hold, flag, claim.
        new.status, new.held_from, new.hold_reason = old.status, old.held_from, old.hold_reason
        new.flagged, new.station, new.packer = old.flagged, old.station, old.packer
        fields = changed_fields(old, new)
        fill_order_row(row, new)
        row.source_digest, row.updated_at = inc.digest, self.now
        for line_row, line in zip(row.lines, new.lines, strict=False):
            line_row.sku, line_row.sku_id, line_row.quantity = line.sku, line.sku_id, line.quantity
            line_row.product_name, line_row.variation = line.product_name, line.variation
            line_row.picked, line_row.in_catalog = 0, line.in_catalog
        for line in new.lines[len(row.lines) :]:
            row.lines.append(_line_row(order_id, line))
        del row.lines[len(new.lines) :]
        uow.record(
            OrderUpdated(
                order_id=order_id,
                station=self.station,
                user=self.user,
                occurred_at=self.now,
                fields=fields,
                source=self.source,
            )
        )
        self.report.updated.append(order_id)

    def _insert(self, conn: Connection, fresh: Sequence[IncomingOrder]) -> None:
        now = self.now
        orders, lines, events = [], [], []
        for inc in fresh:
            order = inc.order
            r = order.recipient
            order_id = order.order_id
            orders.append((
                order_id, order.channel, order.status.value, order.platform_status, None, "", "",
                order.pre_order, r.name, r.phone, r.line1, r.line2, r.district, r.city, r.state,
                r.postcode, r.country, order.carrier, order.service, order.tracking_number,
                order.platform_shipped, order.buyer_message, order.seller_note, order.created_at,
                order.paid_at, order.ship_by, "", "", inc.digest, now,
            ))  # fmt: skip
            lines.extend(
                (
                    order_id,
                    ln.line_no,
                    ln.sku,
                    ln.sku_id,
                    ln.product_name,
                    ln.variation,
                    ln.quantity,
                    0,
                    ln.in_catalog,
                )
                for ln in order.lines
            )
            events.append(
                OrderImported(
                    order_id=order_id,
                    station=self.station,
                    user=self.user,
                    occurred_at=now,
                    status=order.status.value,
                    source=self.source,
                )
            )
        bulk_insert(conn, OrderRow.__table__, ORDER_KEYS, orders)
        bulk_insert(conn, OrderLineRow.__table__, LINE_KEYS, lines)
        append_events(conn, events)


ORDER_KEYS = (
    "order_id", "channel", "status", "platform_status", "held_from", "hold_reason", "flagged",
    "pre_order", "recipient_name", "recipient_phone", "address_line1", "address_line2", "district", "city",
    "state", "postcode", "country", "carrier", "service", "tracking_number", "platform_shipped",
    "buyer_message", "seller_note", "created_at", "paid_at", "ship_by", "station", "packer",
    "source_digest", "updated_at",
)  # fmt: skip
LINE_KEYS = (
    "order_id",
    "line_no",
    "sku",
    "sku_id",
    "product_name",
    "variation",
    "quantity",
    "picked",
    "in_catalog",
)
EVENT_KEYS = ("id", "order_id", "type", "station", "user", "payload", "occurred_at")


def append_events(conn: Connection, events: Sequence[Event]) -> None:
    """Write many events and their outbox rows in the caller's transaction, in two statements."""
    if not events:
        return
    before = conn.scalar(select(func.coalesce(func.max(EventRow.seq), 0)))
    payloads: dict[tuple, dict[str, Any]] = {}
    rows = []
    for event in events:
        # Imports repeat the same payload (status, source) for thousands of events: build it once.
        payload = None
        if isinstance(event, OrderImported):
            token = (event.status, event.source)
            payload = payloads.get(token)
            if payload is None:
                payload = payloads[token] = event.payload()
        else:
            payload = event.payload()
        rows.append(
            (event.id, event.order_id, event.type, event.station, event.user, payload, event.occurred_at)
        )
    bulk_insert(conn, EventRow.__table__, EVENT_KEYS, rows)
    conn.execute(OUTBOX_FROM_EVENTS, {"before": before})


def _line_row(order_id: str, line: OrderLine) -> OrderLineRow:
    values = (
        order_id,
        line.line_no,
        line.sku,
        line.sku_id,
        line.product_name,
        line.variation,
        line.quantity,
        0,
        line.in_catalog,
    )
    return OrderLineRow(**dict(zip(LINE_KEYS, values, strict=True)))
