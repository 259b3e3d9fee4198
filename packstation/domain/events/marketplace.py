"""Marketplace answers: a shipment or a cancellation reported to the channel, or refused by it."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class ShipmentReported(Event):
    """The marketplace accepted a package as shipped with this tracking number (or its correction)."""

    channel: str
    package_id: str
    tracking_number: str
    provider_id: str = ""
    correction: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class ShipmentRefused(Event):
    """The marketplace (or the station, before asking) refused to record a package as shipped."""

    channel: str
    package_id: str
    tracking_number: str
    reason: str
    code: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class CancellationReported(Event):
    """The marketplace accepted the seller's cancellation of an order (out of stock); `cancel_id` is its id."""

    channel: str
    cancel_id: str
    cancel_reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class CancellationRefused(Event):
    """The marketplace refused the seller's cancellation of an order, in its own words."""

    channel: str
    reason: str
    code: str = ""
