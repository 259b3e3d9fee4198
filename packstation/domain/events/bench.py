"""Events at the packing bench: scans, picking, weighing, labels, proof photos, staging."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.events.base import Event, event_type


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
class OrderStaged(Event):
    """Finished at the bench, waiting for its carrier; `parcels` lets any station hand it over."""

    carrier: str = ""
    location: str = ""
    parcels: list[dict] = field(default_factory=list)  # number, tracking_number, sscc, weight_g
    photos: int = 0
    waived: bool = False


@event_type
@dataclass(frozen=True, kw_only=True)
class LabelStepReopened(Event):
    """A label was voided after the Label step: the order is back at Label (new label, new photos)."""

    from_status: str
    reason: str = ""
