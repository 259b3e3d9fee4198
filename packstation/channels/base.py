"""What every marketplace channel offers the station: changed orders in, shipments and labels out.

TikTok Shop is the first implementation (channels/tiktok.py); Shopee and Lazada implement the same
Protocol, so the connector services (services/marketplace.py) never name a marketplace.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from packstation.domain.orders import Order


class ChannelError(Exception):
    """The marketplace could not be reached or kept failing (network, 5xx, endless 429): try later."""


class ChannelRefused(ChannelError):
    """The marketplace answered and said no; `reason` is its own words, `code` its error code."""

    def __init__(self, code: int | str, reason: str) -> None:
        super().__init__(f"refused ({code}): {reason}")
        self.code, self.reason = code, reason


class ChannelAuthError(ChannelError):
    """The credentials are missing, wrong or expired beyond refreshing; a person must re-authorise."""


@dataclass
class ChannelOrder:
    """One order as the marketplace reports it, with the facts the station keeps beside the order."""

    order: Order
    package_ids: tuple[str, ...]
    status: str  # the marketplace's own status word, e.g. AWAITING_SHIPMENT
    update_time: int  # seconds since the epoch, the marketplace's change stamp
    on_hold: bool = False
    cancelled: bool = False
    cancel_reason: str = ""
    skip_reason: str = ""  # non-empty: nothing to pack (unpaid, already shipped, ...)
    shipping_due: datetime | None = None
    collection_due: datetime | None = None
    delivery_due: datetime | None = None
    shipping_type: str = "SELLER"  # SELLER ships with its own carrier; TIKTOK (platform) makes the label
    delivery_option_id: str = ""


@dataclass(frozen=True)
class TrackingUpdate:
    """One line of the marketplace's tracking history of an order: the carrier's words and when."""

    description: str
    occurred_at: datetime


class Channel(Protocol):
    """A marketplace the station reports to."""

    name: str

    def changed_orders(self, since: int) -> Iterator[list[ChannelOrder]]:
        """Pages of orders created or changed at or after `since` (epoch seconds)."""
        ...

    def ship_package(self, package_id: str, tracking_number: str, provider_id: str) -> None:
        """Mark a package shipped by the seller with its tracking number; refusals raise ChannelRefused."""
        ...

    def correct_tracking(self, package_id: str, tracking_number: str, provider_id: str) -> None:
        """Replace the tracking number of a package already reported shipped."""
        ...

    def provider_id(self, delivery_option_id: str, carrier: str) -> str:
        """The marketplace's id for `carrier` under the order's delivery option ('' when unknown)."""
        ...

    def shipping_label(self, package_id: str) -> bytes:
        """The platform's label document (PDF) for a package it ships."""
        ...

    def token_expires_at(self) -> datetime | None: ...

    def cancel_order(self, order_id: str, cancel_reason: str) -> str:
        """Cancel an order as the seller (e.g. out of stock); returns the marketplace's cancellation id."""
        ...

    def tracking_updates(self, order_id: str) -> list[TrackingUpdate]:
        """The order's carrier tracking history as the marketplace relays it (oldest first)."""
        ...
