"""Writing imported orders: compare each with the store by digest, then write only what changed.

Each transaction holds whole orders only. New orders, updates of orders not yet started, their lines,
their events and the outbox rows go in with a handful of executemany statements per batch.
Cancellations are rarer and go through the domain (`workflow.cancel`) and the unit of work, so the rule
for cancelling an order a station already started lives in one place.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from typing import Any, cast
from uuid import uuid4

from sqlalchemy import Connection, Table, bindparam, delete, select, update

from packstation.domain import workflow
from packstation.domain.events import OrderImported, OrderUpdated
from packstation.domain.orders import Order, OrderStatus
from packstation.services.imports.bulk import bulk_insert, roomy_page_cache
from packstation.services.imports.drafts import IncomingOrder
from packstation.services.imports.errors import ImportReport, OrderNote
from packstation.services.imports.records import (
    CONTENT_KEYS,
    LINE_KEYS,
    ORDER_KEYS,
    chunks,
    content_values,
    insert_events,
    line_values,
    load_orders,
    new_order_values,
)
from packstation.store.tables import OrderLineRow, OrderRow
from packstation.store.uow import UnitOfWork

S = OrderStatus
_SIMPLE_FIELDS = (
    "channel", "platform_status", "pre_order", "carrier", "service", "tracking_number", "platform_shipped",
    "buyer_message", "seller_note", "created_at", "paid_at", "ship_by",
)  # fmt: skip
_ADDRESS_FIELDS = ("name", "phone", "line1", "line2", "district", "city", "state", "postcode", "country")
_UPDATE_CONTENT = (
    update(cast(Table, OrderRow.__table__))
    .where(OrderRow.order_id == bindparam("b_order_id"))
    .values({key: bindparam(f"b_{key}") for key in (*CONTENT_KEYS, "source_digest", "updated_at")})
)


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


# What a re-import may change but never erase: a packer cannot ship without them.
KEPT_FIELDS = {
    "recipient.name": "recipient",
    "recipient.phone": "phone",
    "recipient.line1": "address",
    "recipient.city": "city",
    "recipient.postcode": "postcode",
    "recipient.country": "country",
    "carrier": "carrier",
    "tracking_number": "tracking number",
    "paid_at": "paid time",
}


def erased_fields(old: Order, new: Order) -> list[str]:
    """What the stored order has and the export's version leaves blank (a short row, a bad export)."""

    def value(order: Order, name: str) -> object:
        holder: object = order
        for part in name.split("."):
            holder = getattr(holder, part)
        return holder

    return [label for name, label in KEPT_FIELDS.items() if value(old, name) and not value(new, name)]


def not_started(status: OrderStatus, held_from: OrderStatus | None) -> bool:
    """Ready, or on hold while still waiting to be started: the export may still change it."""
    return status is S.READY or (status is S.ON_HOLD and held_from in (None, S.READY))


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
        batch_orders: int = 5000,
    ) -> None:
        self.uow_factory = uow_factory
        self.report = report
        self.source, self.station, self.user, self.now = source, station, user, now
        self.batch_orders = batch_orders
        self.known: set[str] = set()

    def write(self, incoming: Iterable[IncomingOrder]) -> None:
        """Store orders in transactions of `batch_orders` whole orders, as the iterator builds them.

        No writer thread: SQLite releases the GIL only around each row's step, so a second thread would
        convoy on the GIL instead of overlapping. A failed batch stops the import with its error; batches
        already committed stay, and running the import again finishes the job.
        """
        with self.uow_factory() as uow:
            self.known = uow.catalog.known_skus()
        batch: list[IncomingOrder] = []
        for inc in incoming:
            batch.append(inc)
            if len(batch) >= self.batch_orders:
                self._commit_batch(batch)
                batch = []
        if batch:
            self._commit_batch(batch)

    def _commit_batch(self, batch: list[IncomingOrder]) -> None:
        self._flag_missing(batch)
        with self.uow_factory() as uow:
            with roomy_page_cache(uow.session.connection()):
                self._write_batch(uow, batch)
            uow.commit()

    def _flag_missing(self, batch: list[IncomingOrder]) -> None:
        known, missing = self.known, self.report.not_in_catalog
        for inc in batch:
            for line in inc.order.lines:
                if line.sku not in known:
                    line.in_catalog = False
                    if not inc.cancel:
                        missing[line.sku] = missing.get(line.sku, 0) + 1

    def _write_batch(self, uow: UnitOfWork, batch: Sequence[IncomingOrder]) -> None:
        """Read the batch's stored digests and statuses inside the write transaction, then write."""
        conn, report = uow.session.connection(), self.report
        existing: dict[str, Any] = {}
        stmt = select(OrderRow.order_id, OrderRow.status, OrderRow.held_from, OrderRow.source_digest)
        for ids in chunks([inc.order.order_id for inc in batch], 5000):
            for found in conn.execute(stmt.where(OrderRow.order_id.in_(ids))):
                existing[found.order_id] = found
        fresh: list[Any] = []
        changed: list[Any] = []
        for inc in batch:
            row = existing.get(inc.order.order_id)
            if row is None:
                fresh.append(inc)
                continue
            status, held = S(row.status), S(row.held_from) if row.held_from else None
            if row.source_digest == inc.digest or (inc.cancel and status is S.CANCELLED):
                report.unchanged += 1
            elif inc.cancel:
                self._cancel(uow, inc)
            elif not_started(status, held):
                changed.append(inc)
            else:
                reason = f"changed in the export but already {status.value} here; left as it is"
                report.not_updated.append(OrderNote(inc.order.order_id, reason))
        uow.session.flush()
        self._update(conn, changed)
        self._insert(conn, fresh)

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

    def _update(self, conn: Connection, changed: Sequence[IncomingOrder]) -> None:
        """New content for orders not yet started; the station's status, hold and flag stay."""
        if not changed:
            return
        stored = load_orders(conn, [inc.order.order_id for inc in changed])
        rows, relined, lines, events = [], [], [], []
        for inc in changed:
            new, order_id = inc.order, inc.order.order_id
            erased = erased_fields(stored[order_id], new)
            if erased:
                self.report.reject(
                    inc.line or None,
                    "",
                    f"order {order_id}: the export leaves {', '.join(erased)} blank, which the stored "
                    "order has; left as it is",
                    order_id,
                )
                self.report.rejected_orders.append(order_id)
                continue
            fields = changed_fields(stored[order_id], new)
            rows.append(
                {
                    "b_order_id": order_id,
                    **{
                        f"b_{key}": value
                        for key, value in zip(CONTENT_KEYS, content_values(new), strict=True)
                    },
                    "b_source_digest": inc.digest,
                    "b_updated_at": self.now,
                }
            )
            if not fields:
                self.report.unchanged += 1  # a new fingerprint, but nothing a packer would see changed
                continue
            if "lines" in fields:
                relined.append(order_id)
                lines.extend(line_values(new))
            event = OrderUpdated(
                order_id=order_id,
                station=self.station,
                user=self.user,
                occurred_at=self.now,
                fields=fields,
                source=self.source,
            )
            events.append(
                (event.id, order_id, event.type, event.station, event.user, event.payload(), self.now)
            )
            self.report.updated.append(order_id)
        if rows:
            conn.execute(_UPDATE_CONTENT, rows)
        for ids in chunks(relined, 5000):
            conn.execute(delete(OrderLineRow).where(OrderLineRow.order_id.in_(ids)))
        bulk_insert(conn, OrderLineRow.__table__, LINE_KEYS, lines)
        insert_events(conn, events)

    def _insert(self, conn: Connection, fresh: Sequence[IncomingOrder]) -> None:
        if not fresh:
            return
        now, station, user, source = self.now, self.station, self.user, self.source
        orders, lines, events = [], [], []
        payloads: dict[str, dict[str, Any]] = {}
        for inc in fresh:
            order = inc.order
            orders.append(new_order_values(order, inc.digest, now))
            lines.extend(line_values(order))
            status = order.status.value
            payload = payloads.get(status)
            if payload is None:
                # Every OrderImported of one import and status has the same payload: build it once.
                imported = OrderImported(order_id=order.order_id, status=status, source=source)
                payload = payloads[status] = imported.payload()
            events.append((str(uuid4()), order.order_id, OrderImported.type, station, user, payload, now))
        bulk_insert(conn, OrderRow.__table__, ORDER_KEYS, orders)
        bulk_insert(conn, OrderLineRow.__table__, LINE_KEYS, lines)
        insert_events(conn, events)
        self.report.imported += len(fresh)
