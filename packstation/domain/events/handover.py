"""Handover events: a handover opened, parcels scanned out or refused, closed or abandoned, orders shipped."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderShipped(Event):
    manifest: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class HandoverOpened(Event):
    """A handover (courier pickup or drop-off) was opened; order_id is "" (station level)."""

    manifest: str
    carrier: str
    kind: str = "pickup"
    courier: str = ""
    vehicle_plate: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ParcelScannedOut(Event):
    """A parcel was scanned into an open handover."""

    manifest: str
    parcel: int
    tracking_number: str
    carrier: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class HandoverScanRefused(Event):
    """A scan at the handover was refused (wrong carrier, cancelled, on hold, ...)."""

    manifest: str
    code: str
    verdict: str
    message: str


@event_type
@dataclass(frozen=True, kw_only=True)
class PartialHandoverAllowed(Event):
    """A supervisor let part of a multi-parcel order go in this handover (audited)."""

    manifest: str
    reason: str
    parcels: list[int] = field(default_factory=list)


@event_type
@dataclass(frozen=True, kw_only=True)
class HandoverClosed(Event):
    """The courier took the parcels (or the drop-off receipt was photographed): the manifest is final."""

    manifest: str
    carrier: str
    kind: str = "pickup"
    courier: str = ""
    vehicle_plate: str = ""
    parcels: int = 0
    orders: list[str] = field(default_factory=list)
    total_weight_g: float = 0.0
    manifest_sha256: str = ""
    left_behind: list[str] = field(default_factory=list)
    photos: list[str] = field(default_factory=list)


@event_type
@dataclass(frozen=True, kw_only=True)
class HandoverAbandoned(Event):
    """An open handover was cancelled by a supervisor (courier did not come); its parcels stay staged."""

    manifest: str
    reason: str
    parcels: int = 0
