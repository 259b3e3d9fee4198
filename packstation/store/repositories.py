"""Repositories: load and save domain objects inside a unit of work's session (SQLAlchemy 2.0 style)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, Select, Table, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from packstation.domain.events import Event
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.texts import from_json, to_json
from packstation.store.base import utcnow
from packstation.store.records import (
    Catalog,
    Counters,
    Parcels,
    Scans,
    Settings,
    parcel_from_row,
    product_from_row,
)
from packstation.store.tables import (
    EventRow,
    OrderLineRow,
    OrderRow,
    OutboxRow,
)


def order_from_row(row: Any, lines: Iterable[Any] | None = None) -> Order:
    """An Order from an ORM row (with its `lines`) or a Core row plus its line rows."""
    return Order(
        order_id=row.order_id,
        channel=row.channel,
        status=OrderStatus(row.status),
        recipient=Address(
            name=row.recipient_name,
            phone=row.recipient_phone,
            line1=row.address_line1,
            line2=row.address_line2,
            district=row.district,
            city=row.city,
            state=row.state,
            postcode=row.postcode,
            country=row.country,
        ),
        lines=[
            OrderLine(
                sku=line.sku,
                quantity=line.quantity,
                product_name=line.product_name,
                variation=line.variation,
                sku_id=line.sku_id,
                line_no=line.line_no,
                picked=line.picked,
                in_catalog=line.in_catalog,
            )
            for line in (row.lines if lines is None else lines)
        ],
        paid_at=row.paid_at,
        created_at=row.created_at,
        ship_by=row.ship_by,
        carrier=row.carrier,
        service=row.service,
        tracking_number=row.tracking_number,
        platform_shipped=row.platform_shipped,
        pre_order=row.pre_order,
        buyer_message=row.buyer_message,
        seller_note=row.seller_note,
        platform_status=row.platform_status,
        held_from=OrderStatus(row.held_from) if row.held_from else None,
        hold_reason=from_json(row.hold_reason_text, row.hold_reason),
        flagged=row.flagged,
        station=row.station,
        packer=row.packer,
    )


def fill_order_row(row: OrderRow, order: Order) -> None:
    """Copy every order field onto its row (lines are handled by the caller)."""
    r = order.recipient
    row.channel, row.status, row.platform_status = order.channel, order.status.value, order.platform_status
    row.held_from = order.held_from.value if order.held_from else None
    row.hold_reason, row.flagged, row.pre_order = order.hold_reason, order.flagged, order.pre_order
    row.hold_reason_text = to_json(order.hold_reason)
    row.recipient_name, row.recipient_phone = r.name, r.phone
    row.address_line1, row.address_line2, row.district = r.line1, r.line2, r.district
    row.city, row.state, row.postcode, row.country = r.city, r.state, r.postcode, r.country
    row.carrier, row.service, row.tracking_number = order.carrier, order.service, order.tracking_number
    row.platform_shipped, row.buyer_message, row.seller_note = (
        order.platform_shipped,
        order.buyer_message,
        order.seller_note,
    )
    row.created_at, row.paid_at, row.ship_by = order.created_at, order.paid_at, order.ship_by
    row.station, row.packer = order.station, order.packer
    row.updated_at = utcnow()


@dataclass
class OrderFilter:
    status: list[OrderStatus] | None = None
    due_before: datetime | None = None
    channel: str | None = None
    search: str | None = None
    limit: int | None = None


__all__ = [
    "Catalog",
    "Counters",
    "EventLog",
    "OrderFilter",
    "Orders",
    "Parcels",
    "Scans",
    "Settings",
    "fill_order_row",
    "order_from_row",
    "parcel_from_row",
    "product_from_row",
]

_ORDERS = cast(Table, OrderRow.__table__)
_LINES = cast(Table, OrderLineRow.__table__)
# One round trip for an order and its lines: order columns, then the line columns each row needs.
_ORDER_WITH_LINES = (
    select(
        _ORDERS,
        _LINES.c.line_no,
        _LINES.c.sku,
        _LINES.c.sku_id,
        _LINES.c.product_name,
        _LINES.c.variation,
        _LINES.c.quantity,
        _LINES.c.picked,
        _LINES.c.in_catalog,
    )
    .outerjoin(_LINES, _LINES.c.order_id == _ORDERS.c.order_id)
    .where(_ORDERS.c.order_id == bindparam("oid"))
    .order_by(_LINES.c.line_no)
)
_SET_PICKED = (
    update(_LINES)
    .where(_LINES.c.order_id == bindparam("oid"), _LINES.c.line_no == bindparam("no"))
    .values(picked=bindparam("picked"))
)


class Orders:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._picked: dict[str, dict[int, int]] = {}  # picked counts as loaded, to write only changes

    def get(self, order_id: str) -> Order | None:
        """Load an order and its lines with two Core selects (this runs on every scan)."""
        rows = self.session.execute(_ORDER_WITH_LINES, {"oid": order_id}).all()
        if not rows:
            return None
        row = rows[0]
        lines = [r for r in rows if r.line_no is not None]
        self._picked[order_id] = {line.line_no: line.picked for line in lines}
        return order_from_row(row, lines)

    def row(self, order_id: str) -> OrderRow | None:
        """The ORM row, for the few writers that change more than the workflow does (imports, pull)."""
        return self.session.get(OrderRow, order_id)

    def save(self, order: Order) -> None:
        """Write back what the workflow changes: status, hold, flag, claim and picked counts.

        Core updates, not the ORM: an `OrderRow` already loaded in this session is not refreshed,
        so callers that mix the two load the ORM row after saving.
        """
        done: CursorResult[Any] = self.session.execute(  # type: ignore[assignment]
            update(_ORDERS)
            .where(_ORDERS.c.order_id == order.order_id)
            .values(
                status=order.status.value,
                held_from=order.held_from.value if order.held_from else None,
                hold_reason=order.hold_reason,
                hold_reason_text=to_json(order.hold_reason),
                flagged=order.flagged,
                station=order.station,
                packer=order.packer,
                updated_at=utcnow(),
            )
        )
        if done.rowcount == 0:
            raise KeyError(order.order_id)
        before = self._picked.get(order.order_id)
        changed = [
            {"oid": order.order_id, "no": line.line_no, "picked": line.picked}
            for line in order.lines
            if before is None or before.get(line.line_no) != line.picked
        ]
        if changed:
            self.session.execute(_SET_PICKED, changed)
            self._picked[order.order_id] = {line.line_no: line.picked for line in order.lines}

    def add(self, order: Order, digest: str = "") -> None:
        row = OrderRow(order_id=order.order_id, source_digest=digest)
        fill_order_row(row, order)
        row.lines = [
            OrderLineRow(
                line_no=line.line_no or n,
                sku=line.sku,
                sku_id=line.sku_id,
                product_name=line.product_name,
                variation=line.variation,
                quantity=line.quantity,
                picked=line.picked,
                in_catalog=line.in_catalog,
            )
            for n, line in enumerate(order.lines, start=1)
        ]
        self.session.add(row)

    def query(self, flt: OrderFilter) -> Select:
        stmt = select(OrderRow)
        if flt.status:
            stmt = stmt.where(OrderRow.status.in_([s.value for s in flt.status]))
        if flt.due_before is not None:
            stmt = stmt.where(OrderRow.ship_by <= flt.due_before)
        if flt.channel:
            stmt = stmt.where(OrderRow.channel == flt.channel)
        if flt.search:
            needle = flt.search.strip()
            like = f"%{needle}%"
            stmt = stmt.where(
                or_(
                    OrderRow.order_id == needle,
                    OrderRow.tracking_number == needle,
                    OrderRow.recipient_name.like(like),
                    OrderRow.order_id.like(like),
                )
            )
        stmt = stmt.order_by(OrderRow.ship_by.is_(None), OrderRow.ship_by, OrderRow.order_id)
        if flt.limit:
            stmt = stmt.limit(flt.limit)
        return stmt

    def find(self, flt: OrderFilter) -> list[Order]:
        return [order_from_row(row) for row in self.session.scalars(self.query(flt))]

    def queue(self, limit: int = 200) -> list[Order]:
        """Orders ready to pack, most urgent ship-by deadline first."""
        return self.find(OrderFilter(status=[OrderStatus.READY], limit=limit))

    def queue_ids(self, limit: int = 50) -> list[str]:
        """Ids of the orders ready to pack, most urgent first (no lines loaded: for taking the next)."""
        stmt = (
            select(OrderRow.order_id)
            .where(OrderRow.status == OrderStatus.READY.value)
            .order_by(OrderRow.ship_by.is_(None), OrderRow.ship_by, OrderRow.order_id)
            .limit(limit)
        )
        return list(self.session.scalars(stmt))

    def in_progress(self, station: str) -> list[Order]:
        """Orders this station started and has not finished, on hold ones included (they resume too)."""
        steps = [s for s in OrderStatus if s.is_packing] + [OrderStatus.ON_HOLD]
        stmt = select(OrderRow).where(
            OrderRow.station == station, OrderRow.status.in_([s.value for s in steps])
        )
        return [
            order_from_row(row) for row in self.session.scalars(stmt.order_by(OrderRow.updated_at.desc()))
        ]

    def by_tracking(self, tracking: str) -> str | None:
        return self.session.scalar(
            select(OrderRow.order_id).where(OrderRow.tracking_number == tracking).limit(1)
        )

    def count(self) -> int:
        return self.session.scalar(select(func.count()).select_from(OrderRow)) or 0


_EVENT_COLUMNS = ("id", "order_id", "type", "station", "user", "payload", "occurred_at")
_EVENT_INSERT = "INSERT INTO events (id, order_id, type, station, user, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
_OUTBOX_INSERT = "INSERT INTO outbox (event_seq, attempts, last_error) VALUES (?, 0, '')"
_event_binders: dict[int, list[Any]] = {}


def _sqlite_append(connection: Any, values: dict[str, Any]) -> int:
    """Event + outbox row through the DBAPI cursor of the session's own connection (same transaction)."""
    dialect = connection.dialect
    binders = _event_binders.get(id(dialect))
    if binders is None:
        columns = EventRow.__table__.c
        binders = [
            columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in _EVENT_COLUMNS
        ]
        _event_binders[id(dialect)] = binders
    params = tuple(
        bind(values[name]) if bind else values[name]
        for name, bind in zip(_EVENT_COLUMNS, binders, strict=True)
    )
    cursor = connection.connection.driver_connection.cursor()
    try:
        cursor.execute(_EVENT_INSERT, params)
        seq = int(cursor.lastrowid)
        cursor.execute(_OUTBOX_INSERT, (seq,))
    finally:
        cursor.close()
    return seq


class EventLog:
    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, event: Event) -> int:
        """Insert the event and its outbox entry; returns the event's local sequence number.

        This runs on every scan. On the SQLite station database the two append-only rows go straight
        through the driver (values bound by the columns' own SQLAlchemy types, so they are stored exactly
        as Core would store them); elsewhere through Core inserts.
        """
        values = {
            "id": event.id,
            "order_id": event.order_id,
            "type": event.type,
            "station": event.station,
            "user": event.user,
            "payload": event.payload(),
            "occurred_at": event.occurred_at,
        }
        connection = self.session.connection()
        if connection.dialect.name == "sqlite":
            return _sqlite_append(connection, values)
        seq = self.session.execute(insert(EventRow).returning(EventRow.seq), values).scalar_one()
        self.session.execute(insert(OutboxRow), {"event_seq": seq, "attempts": 0, "last_error": ""})
        return seq

    def for_order(self, order_id: str) -> list[EventRow]:
        return list(
            self.session.scalars(select(EventRow).where(EventRow.order_id == order_id).order_by(EventRow.seq))
        )

    def backlog(self) -> int:
        return self.session.scalar(select(func.count()).select_from(OutboxRow)) or 0
