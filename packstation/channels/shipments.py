"""Orders handed over to their carrier, with the manifest of their ship event: what gets reported.

An order counts from the moment it is Shipped (and through every later carrier status). Its manifest
is the one its latest `OrderShipped` event names, so the query keeps working whichever flow ships it
(the bench today, the handover scan-out later).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.events import OrderShipped
from packstation.domain.orders import CARRIER_STATUSES, OrderStatus
from packstation.store.tables import EventRow, OrderRow, ParcelRow

HANDED_OVER = frozenset({OrderStatus.SHIPPED.value, *(s.value for s in CARRIER_STATUSES)})


@dataclass(frozen=True)
class Shipment:
    """One handed-over order: its carrier, the tracking numbers of its parcels, when and in which manifest."""

    order_id: str
    channel: str
    carrier: str
    tracking_numbers: tuple[str, ...]
    shipped_at: datetime
    manifest: str
    status: str
    platform_shipped: bool = False  # the marketplace's own logistics (its label): it knows the tracking

    @property
    def split(self) -> bool:
        """Parcels with different tracking numbers: marketplaces' bulk sheets cannot take these."""
        return len(set(self.tracking_numbers)) > 1

    @property
    def tracking_number(self) -> str:
        return self.tracking_numbers[0] if self.tracking_numbers else ""


def handed_over(
    session: Session,
    *,
    manifest: str | None = None,
    since: datetime | None = None,
    channel: str | None = None,
    order_ids: Iterable[str] | None = None,
) -> list[Shipment]:
    """Handed-over orders in ship order, optionally of one manifest, shipped since a time, one channel."""
    stmt = (
        select(
            EventRow.order_id,
            EventRow.payload,
            EventRow.occurred_at,
            OrderRow.channel,
            OrderRow.carrier,
            OrderRow.tracking_number,
            OrderRow.status,
            OrderRow.platform_shipped,
        )
        .join(OrderRow, OrderRow.order_id == EventRow.order_id)
        .where(EventRow.type == OrderShipped.type, OrderRow.status.in_(sorted(HANDED_OVER)))
        .order_by(EventRow.seq)
    )
    if since is not None:
        stmt = stmt.where(EventRow.occurred_at >= since)
    if channel is not None:
        stmt = stmt.where(OrderRow.channel == channel)
    if order_ids is not None:
        stmt = stmt.where(EventRow.order_id.in_(list(order_ids)))
    latest: dict[str, tuple] = {}
    for row in session.execute(stmt):
        latest.pop(row.order_id, None)  # a later ship event wins, and moves the order to its place
        latest[row.order_id] = tuple(row)
    if manifest is not None:
        latest = {k: v for k, v in latest.items() if _manifest(v[1]) == manifest}
    tracking = _parcel_tracking(session, list(latest))
    out = []
    for order_id, (_, payload, at, chan, carrier, order_tracking, status, platform) in latest.items():
        numbers = tracking.get(order_id) or ([order_tracking] if order_tracking else [])
        out.append(
            Shipment(order_id, chan, carrier, tuple(numbers), at, _manifest(payload), status, bool(platform))
        )
    return out


def _manifest(payload: dict | None) -> str:
    payload = payload or {}
    return str(payload.get("manifest") or payload.get("manifest_id") or "")


def _parcel_tracking(session: Session, order_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for start in range(0, len(order_ids), 500):
        chunk = order_ids[start : start + 500]
        stmt = (
            select(ParcelRow.order_id, ParcelRow.tracking_number)
            .where(ParcelRow.order_id.in_(chunk), ParcelRow.tracking_number != "")
            .order_by(ParcelRow.order_id, ParcelRow.number)
        )
        for order_id, number in session.execute(stmt):
            numbers = out.setdefault(order_id, [])
            if number not in numbers:
                numbers.append(number)
    return out
