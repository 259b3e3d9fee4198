"""Carrier tracking relayed by the marketplace: each open shipment's updates into the tracking service.

TikTok Shop answers `GET /fulfillment/202309/orders/{order_id}/tracking` with the carrier's updates as
text and a time. Each is read as a `CarrierScan` (the words decide the kind) and goes through the same
`ingest` as a carrier file, so a repeated update is stored once and the exception rules and alerts run.
A round asks for at most `per_round` orders, continuing where the last round stopped, so a shop with
thousands of parcels on the road stays within the API's rate.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import select

from packstation.channels.base import Channel, ChannelError, ChannelRefused
from packstation.channels.state import ChannelState
from packstation.domain.delivery import CarrierScan, ScanKind
from packstation.services.tracking.service import OPEN
from packstation.store.base import utcnow
from packstation.store.tables import OrderRow, ParcelRow

log = logging.getLogger(__name__)

# Words in a carrier's update, most specific first: "Delivery failed" is not "Delivered".
_KINDS: tuple[tuple[tuple[str, ...], ScanKind], ...] = (
    (("out for delivery", "with courier for delivery", "on vehicle for delivery"), ScanKind.OUT_FOR_DELIVERY),
    (("return",), ScanKind.RETURNED_TO_SENDER),
    (("fail", "unsuccessful", "not delivered", "attempted", "recipient not available", "refused"),
     ScanKind.DELIVERY_FAILED),
    (("damage",), ScanKind.DAMAGED),
    (("delivered", "signed by", "received by"), ScanKind.DELIVERED),
    (("picked up", "collected", "pickup", "received by the courier", "handed over to"), ScanKind.PICKED_UP),
    (("exception", "lost", "held at customs"), ScanKind.EXCEPTION),
)  # fmt: skip


def scan_kind(description: str) -> ScanKind:
    """What a carrier's update says happened; anything unrecognised is the parcel moving on."""
    text = " ".join(description.split()).casefold()
    for words, kind in _KINDS:
        if any(w in text for w in words):
            return kind
    return ScanKind.IN_TRANSIT


@dataclass
class TrackingRound:
    asked: int = 0
    updates: int = 0
    stored: int = 0
    changes: int = 0
    errors: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Shipment:
    order_id: str
    tracking_number: str
    carrier: str


class MarketplaceTracking:
    """Asks the channel for the tracking of the station's open shipments and feeds the delivery watch."""

    def __init__(
        self,
        uow_factory: Callable[[], Any],
        channel: Channel,
        watch: Any,
        *,
        per_round: int = 200,
    ) -> None:
        self.uow, self.channel, self.watch = uow_factory, channel, watch
        self.per_round = max(1, per_round)

    def open_shipments(self) -> list[Shipment]:
        """Shipped orders of this channel whose delivery is not settled, by order id."""
        o, p = OrderRow.__table__.c, ParcelRow.__table__.c
        with self.uow() as uow:
            rows = uow.session.execute(
                select(o.order_id, o.tracking_number, o.carrier)
                .where(o.channel == self.channel.name, o.status.in_([s.value for s in OPEN]))
                .order_by(o.order_id)
            ).all()
            missing = [r.order_id for r in rows if not r.tracking_number]
            parcel_numbers: dict[str, str] = {}
            if missing:
                for oid, number in uow.session.execute(
                    select(p.order_id, p.tracking_number)
                    .where(p.order_id.in_(missing), p.tracking_number != "")
                    .order_by(p.order_id, p.number)
                ).all():
                    parcel_numbers.setdefault(oid, number)
        out = []
        for r in rows:
            number = r.tracking_number or parcel_numbers.get(r.order_id, "")
            if number:
                out.append(Shipment(r.order_id, number, r.carrier or ""))
        return out

    def run(self, now: datetime | None = None) -> TrackingRound:
        """One round: the next `per_round` open shipments after the last one asked, wrapping around."""
        result = TrackingRound()
        shipments = self.open_shipments()
        if not shipments:
            return result
        with self.uow() as uow:
            after = str(ChannelState(uow.session, self.channel.name).get("tracking_after", "") or "")
        start = next((i for i, s in enumerate(shipments) if s.order_id > after), 0)
        batch = (shipments[start:] + shipments[:start])[: self.per_round]
        scans: list[CarrierScan] = []
        last = after
        for shipment in batch:
            try:
                updates = self.channel.tracking_updates(shipment.order_id)
            except ChannelRefused as exc:
                result.errors.append(f"{shipment.order_id}: {exc.reason}")
                last = shipment.order_id
                continue
            except ChannelError as exc:  # unreachable: keep what was read, try the rest next round
                result.errors.append(str(exc))
                break
            result.asked += 1
            last = shipment.order_id
            scans.extend(self.scans_of(shipment, updates))
        result.updates = len(scans)
        if scans:
            watched = self.watch.ingest(scans, source=self.channel.name)
            result.stored = watched.tracking.stored
            result.changes = len(watched.tracking.changes)
        with self.uow() as uow:
            state = ChannelState(uow.session, self.channel.name)
            state.set("tracking_after", last, now)
            state.set(
                "last_tracking",
                {"at": (now or utcnow()).isoformat(), "asked": result.asked,
                 "stored": result.stored, "errors": len(result.errors)},
                now,
            )  # fmt: skip
            uow.commit()
        return result

    @staticmethod
    def scans_of(shipment: Shipment, updates: Sequence[Any]) -> list[CarrierScan]:
        return [
            CarrierScan(
                shipment.tracking_number,
                shipment.carrier,
                scan_kind(u.description),
                u.occurred_at,
                detail=u.description[:500],
            )
            for u in updates
        ]
