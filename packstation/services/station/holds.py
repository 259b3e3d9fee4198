"""Orders the marketplace holds (a new TikTok order for one hour after payment), for the queue's countdown.

They are not packable until the hold ends (the connector's next pull releases them), but the packer
sees them coming: the queue lists each with the time left until it can be packed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from packstation.services.marketplace_pull import marketplace_holds


@dataclass(frozen=True)
class HeldOrder:
    """One held order as the queue shows it; `packable_at` None when the hold's end is not known."""

    order_id: str
    items: str
    carrier: str
    packable_at: datetime | None
    ship_by: datetime | None = None

    def left(self, now: datetime) -> float | None:
        """Seconds until the hold ends (negative: ended, waiting for the marketplace to say so)."""
        if self.packable_at is None:
            return None
        at = self.packable_at if self.packable_at.tzinfo else self.packable_at.replace(tzinfo=UTC)
        return (at - now).total_seconds()


def held_orders(uow_factory: Callable[[], Any], limit: int = 40, channel: str = "tiktok") -> list[HeldOrder]:
    """The held orders, the soonest packable first (unknown ends last)."""
    reader = getattr(uow_factory, "read", uow_factory)  # a read: never waits behind the station's writes
    with reader() as uow:
        ends = marketplace_holds(uow, channel)
        ids = sorted(ends, key=lambda oid: (ends[oid] is None, ends[oid] or datetime.min, oid))[:limit]
        out = []
        for order_id in ids:
            order = uow.orders.get(order_id)
            if order is None:
                continue
            items = ", ".join(f"{ln.quantity}× {ln.product_name or ln.sku}" for ln in order.lines)
            out.append(HeldOrder(order_id, items, order.carrier, ends[order_id], order.ship_by))
    return out
