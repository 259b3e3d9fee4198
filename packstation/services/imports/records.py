"""Orders, lines and events as the tuples the bulk writer stores, and orders read back the same way.

One place knows the column order of each table for bulk statements, so insert and update agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from types import SimpleNamespace
from typing import Any

from sqlalchemy import Connection, func, select, text

from packstation.domain.events import Event
from packstation.domain.orders import Order
from packstation.services.imports.bulk import bulk_insert
from packstation.store.bulk import chunks
from packstation.store.repositories import order_from_row
from packstation.store.tables import EventRow, OrderLineRow, OrderRow

# What the marketplace owns (the import writes it); the station owns status, hold, flag and claim.
CONTENT_KEYS = (
    "channel", "platform_status", "pre_order", "recipient_name", "recipient_phone", "address_line1",
    "address_line2", "district", "city", "state", "postcode", "country", "carrier", "service",
    "tracking_number", "platform_shipped", "buyer_message", "seller_note", "created_at", "paid_at", "ship_by",
)  # fmt: skip
STATION_KEYS = ("status", "held_from", "hold_reason", "hold_reason_text", "flagged", "station", "packer")
ORDER_KEYS = ("order_id", *CONTENT_KEYS, *STATION_KEYS, "source_digest", "updated_at")
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
OUTBOX_FROM_EVENTS = text(
    "INSERT INTO outbox (event_seq, attempts, last_error) SELECT seq, 0, '' FROM events WHERE seq > :before"
)


def content_values(order: Order) -> tuple:
    """The marketplace's part of an order row, in `CONTENT_KEYS` order."""
    r = order.recipient
    return (
        order.channel, order.platform_status, order.pre_order, r.name, r.phone, r.line1, r.line2,
        r.district, r.city, r.state, r.postcode, r.country, order.carrier, order.service,
        order.tracking_number, order.platform_shipped, order.buyer_message, order.seller_note,
        order.created_at, order.paid_at, order.ship_by,
    )  # fmt: skip


def new_order_values(order: Order, digest: str, now: datetime) -> tuple:
    """A whole row for an order that is new to the store (`ORDER_KEYS` order)."""
    return (order.order_id, *content_values(order), order.status.value, None, "", "", "", "", "", digest, now)


def line_values(order: Order) -> list[tuple]:
    """The order's line rows (`LINE_KEYS` order); nothing picked yet."""
    return [
        (
            order.order_id,
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
    ]


def append_events(conn: Connection, events: Sequence[Event]) -> None:
    """Write typed events and their outbox rows in the caller's transaction."""
    insert_events(
        conn,
        [(e.id, e.order_id, e.type, e.station, e.user, e.payload(), e.occurred_at) for e in events],
    )


def insert_events(conn: Connection, rows: Sequence[tuple]) -> None:
    """Event rows (`EVENT_KEYS` order) plus their outbox rows: the transactional outbox, in bulk."""
    if not rows:
        return
    before = conn.scalar(select(func.coalesce(func.max(EventRow.seq), 0)))
    bulk_insert(conn, EventRow.__table__, EVENT_KEYS, rows)
    conn.execute(OUTBOX_FROM_EVENTS, {"before": before})


def load_orders(conn: Connection, order_ids: Sequence[str]) -> dict[str, Order]:
    """Stored orders with their lines, read with two queries per 5,000 ids (no ORM identity map)."""
    orders: dict[str, Any] = {}
    for ids in chunks(order_ids, 5000):
        for row in conn.execute(select(OrderRow.__table__).where(OrderRow.order_id.in_(ids))):
            orders[row.order_id] = SimpleNamespace(**row._mapping, lines=[])
        stmt = select(OrderLineRow.__table__).where(OrderLineRow.order_id.in_(ids))
        for row in conn.execute(stmt.order_by(OrderLineRow.order_id, OrderLineRow.line_no)):
            orders[row.order_id].lines.append(row)
    return {order_id: order_from_row(row) for order_id, row in orders.items()}
