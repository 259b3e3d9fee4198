"""Typed, immutable status events. Every state change emits one; the store writes it with the change."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar
from uuid import uuid4


def _now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, kw_only=True)
class Event:
    """Base of every event: who did what to which order, where and when."""

    type: ClassVar[str] = "Event"
    order_id: str
    station: str = ""
    user: str = ""
    id: str = field(default_factory=lambda: str(uuid4()))
    occurred_at: datetime = field(default_factory=_now)

    def payload(self) -> dict[str, Any]:
        """The event's own fields (everything but the envelope), JSON-ready."""
        out: dict[str, Any] = {}
        for f in dataclasses.fields(self):
            if f.name in _ENVELOPE:
                continue
            value = getattr(self, f.name)
            out[f.name] = value.isoformat() if isinstance(value, datetime) else value
        return out


_ENVELOPE = {"order_id", "station", "user", "id", "occurred_at"}
EVENT_TYPES: dict[str, type[Event]] = {}


def event_type(cls: type[Event]) -> type[Event]:
    """Register an event class under its class name as its stable type string."""
    cls.type = cls.__name__
    EVENT_TYPES[cls.type] = cls
    return cls


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderImported(Event):
    status: str
    source: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderUpdated(Event):
    fields: list[str] = field(default_factory=list)
    source: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderCancelled(Event):
    reason: str = ""
    by: str = ""
    from_status: str = ""
    while_packing: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderConfirmed(Event):
    pass


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderRequeued(Event):
    reason: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class UnitScanned(Event):
    barcode: str
    sku: str
    line_no: int
    picked: int
    quantity: int


@event_type
@dataclass(frozen=True, kw_only=True)
class ScanRejected(Event):
    barcode: str
    verdict: str
    message: str
    sku: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ScanUndone(Event):
    scan_id: int
    sku: str
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderPicked(Event):
    short: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderHeld(Event):
    reason: str
    from_status: str


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderReleased(Event):
    to_status: str
    note: str = ""
    accepted_short: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class ParcelWeighed(Event):
    parcel: int
    grams: float
    expected_grams: float
    within_tolerance: bool
    box_code: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class WeightOverridden(Event):
    parcel: int
    grams: float
    expected_grams: float
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderPacked(Event):
    parcels: int


@event_type
@dataclass(frozen=True, kw_only=True)
class LabelPrinted(Event):
    parcel: int
    tracking_number: str
    job_id: str = ""
    printer: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class LabelReprinted(Event):
    parcel: int
    reason: str
    job_id: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class LabelVoided(Event):
    parcel: int
    tracking_number: str
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderLabelled(Event):
    pass


@event_type
@dataclass(frozen=True, kw_only=True)
class PhotoTaken(Event):
    photo_id: str
    kind: str
    sha256: str
    label_visible: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class PhotosWaived(Event):
    missing: list[str]
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderPhotographed(Event):
    photos: int


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderShipped(Event):
    manifest: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class CarrierStatusChanged(Event):
    status: str
    note: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class DisputeFlagged(Event):
    note: str


@event_type
@dataclass(frozen=True, kw_only=True)
class FlagCleared(Event):
    note: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class OrderStaged(Event):
    """Finished at the bench, waiting for its carrier; `parcels` lets any station hand it over."""

    carrier: str = ""
    location: str = ""
    parcels: list[dict] = field(default_factory=list)  # number, tracking_number, sscc, weight_g
    photos: int = 0
    waived: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class DeliveryStatusSet(Event):
    """A shipped order's status after tracking: set by a carrier scan or by one of the exception rules."""

    status: str
    rule: str
    note: str = ""
    previous: str = ""
    failed_attempts: int = 0

    def payload(self) -> dict[str, Any]:
        # Written for every carrier status change of an import (100,000s): skip the generic field walk.
        return {
            "status": self.status,
            "rule": self.rule,
            "note": self.note,
            "previous": self.previous,
            "failed_attempts": self.failed_attempts,
        }


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
class DeliveryProofKept(Event):
    """A carrier's proof of delivery (photo or signature) kept with the order's evidence."""

    source: str
    sha256: str = ""
    blob_key: str = ""
    url: str = ""
    tracking_number: str = ""


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


@event_type
@dataclass(frozen=True, kw_only=True)
class AlertRaised(Event):
    """An exception condition reached the alert queue (once per condition key)."""

    kind: str
    key: str
    title: str = ""


def event_from_row(type_name: str, envelope: dict[str, Any], payload: dict[str, Any]) -> Event:
    """Rebuild a typed event from its stored parts; unknown types raise KeyError."""
    cls = EVENT_TYPES[type_name]
    return cls(**envelope, **payload)


# Station-level event types live in their own module; importing it registers them for event_from_row.
from packstation.domain import user_events as _user_events  # noqa: E402,F401


@event_type
@dataclass(frozen=True, kw_only=True)
class LabelStepReopened(Event):
    """A label was voided after the Label step: the order is back at Label (new label, new photos)."""

    from_status: str
    reason: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoRecorded(Event):
    """An order's packing video was closed: how many segments and seconds, and whether any is missing."""

    recording_id: str
    segments: int
    seconds: float
    incomplete: bool = False
    missing_s: float = 0.0


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
class VideoIncomplete(Event):
    """Recording lost part of an order (camera lost, disk full, station stopped); packing went on."""

    recording_id: str
    reason: str
    gap_from: str = ""
    gap_to: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoPurged(Event):
    """Retention removed an order's video files from the station (the central copy was verified)."""

    segments: int
    bytes: int
    reason: str
