"""Orders in the central store: written by imports and supervisors, read by every station's pull.

Every write gives the row a new `version`; on PostgreSQL it also stamps `txid`, the writing
transaction's id, which the pull cursor relies on (see `packstation.sync.pull`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select, text, update

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralCounterRow, CentralOrderRow
from packstation.sync.central import CentralStore
from packstation.sync.sql import upsert_insert

_TIMES = ("paid_at", "created_at", "ship_by")
# Fields that describe one station's work on the order, not the order itself.
_LOCAL_ONLY = ("station", "packer", "held_from", "hold_reason", "flagged")


class OrderNotInCentral(KeyError):
    """The central store has no such order."""


def order_to_data(order: Order) -> dict[str, Any]:
    """The order as JSON-ready data for the central store (station-local work fields left out)."""
    data = dataclasses.asdict(order)
    for key in _LOCAL_ONLY:
        data.pop(key, None)
    data["status"] = order.status.value
    for key in _TIMES:
        value = getattr(order, key)
        data[key] = value.isoformat() if value else None
    for line in data["lines"]:
        line["picked"] = 0
    return data


def order_from_data(data: dict[str, Any]) -> Order:
    fields = dict(data)
    fields["status"] = OrderStatus(fields["status"])
    fields["recipient"] = Address(**fields["recipient"])
    fields["lines"] = [OrderLine(**line) for line in fields["lines"]]
    for key in _TIMES:
        fields[key] = datetime.fromisoformat(fields[key]) if fields.get(key) else None
    return Order(**fields)


def next_versions(conn: Connection, count: int) -> list[int]:
    """`count` new versions. SQLite: a counter row, safe because writers hold the database lock."""
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text("SELECT nextval('central_order_version') FROM generate_series(1, :n)"), {"n": count}
        )
        return [int(r[0]) for r in rows]
    stmt = upsert_insert(conn, CentralCounterRow).values(name="order_version", value=count)
    stmt = stmt.on_conflict_do_update(
        index_elements=["name"], set_={"value": CentralCounterRow.value + stmt.excluded.value}
    )
    conn.execute(stmt)
    top = int(conn.scalar(select(CentralCounterRow.value).where(CentralCounterRow.name == "order_version")) or 0)
    return list(range(top - count + 1, top + 1))


def writer_txid(conn: Connection) -> int | None:
    """PostgreSQL: this transaction's id (assigned now if it has none yet); None elsewhere."""
    if conn.dialect.name != "postgresql":
        return None
    return int(conn.scalar(text("SELECT pg_current_xact_id()::text::bigint")))


class CentralOrders:
    """Publish, cancel and look up orders in the central store."""

    def __init__(self, central: CentralStore) -> None:
        self.central = central

    def publish(self, orders: Iterable[Order], source: str = "import") -> int:
        """Insert or update orders centrally; unchanged orders are left alone. Returns how many changed."""
        batch = list(orders)
        if not batch:
            return 0
        with self.central.begin() as conn:
            return self.publish_in(conn, batch, source)

    @staticmethod
    def publish_in(conn: Connection, orders: list[Order], source: str) -> int:
        txid = writer_txid(conn)
        versions = next_versions(conn, len(orders))
        now = utcnow()
        changed = 0
        for order, version in zip(orders, versions, strict=True):
            stmt = upsert_insert(conn, CentralOrderRow).values(
                order_id=order.order_id,
                channel=order.channel,
                status=order.status.value,
                data=order_to_data(order),
                version=version,
                txid=txid,
                cancel_reason="",
                source=source,
                updated_at=now,
            )
            ex = stmt.excluded
            stmt = stmt.on_conflict_do_update(
                index_elements=["order_id"],
                set_={
                    "channel": ex.channel,
                    "status": ex.status,
                    "data": ex.data,
                    "version": ex.version,
                    "txid": ex.txid,
                    "source": ex.source,
                    "updated_at": ex.updated_at,
                },
                where=(CentralOrderRow.data != ex.data) | (CentralOrderRow.status != ex.status),
            )
            changed += len(conn.execute(stmt.returning(CentralOrderRow.order_id)).all())
        return changed

    def cancel(self, order_id: str, reason: str, by: str = "marketplace") -> None:
        """Cancel an order centrally; every station sees it on its next pull or bench check."""
        with self.central.begin() as conn:
            row = conn.execute(
                select(CentralOrderRow.status, CentralOrderRow.data).where(
                    CentralOrderRow.order_id == order_id
                )
            ).first()
            if row is None:
                raise OrderNotInCentral(order_id)
            data = dict(row.data)
            data["status"] = OrderStatus.CANCELLED.value
            conn.execute(
                update(CentralOrderRow)
                .where(CentralOrderRow.order_id == order_id)
                .values(
                    status=OrderStatus.CANCELLED.value,
                    data=data,
                    cancel_reason=f"{reason} ({by})" if by else reason,
                    version=next_versions(conn, 1)[0],
                    txid=writer_txid(conn),
                    source=by,
                    updated_at=utcnow(),
                )
            )

    def status(self, order_id: str) -> OrderStatus | None:
        with self.central.begin() as conn:
            value = conn.scalar(select(CentralOrderRow.status).where(CentralOrderRow.order_id == order_id))
        return OrderStatus(value) if value else None

    def get(self, order_id: str) -> Order | None:
        with self.central.begin() as conn:
            data = conn.scalar(select(CentralOrderRow.data).where(CentralOrderRow.order_id == order_id))
        return order_from_data(data) if data else None

    def cancel_reason(self, order_id: str) -> str:
        with self.central.begin() as conn:
            return (
                conn.scalar(select(CentralOrderRow.cancel_reason).where(CentralOrderRow.order_id == order_id))
                or ""
            )
