"""Return events: a return announced, scanned in, weighed, photographed, checked unit by unit, decided; stock decisions."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnAnnounced(Event):
    """The channel announced a return (RMA) for the order; the parcel is expected."""

    return_id: str
    rma_id: str = ""
    return_tracking: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnOpened(Event):
    """A returned parcel was scanned in at a station and linked to its original order."""

    return_id: str
    found_by: str
    code: str
    decision_due: str = ""
    outbound_weight_g: float | None = None


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnRefusedScan(Event):
    """A parcel scanned in as a return was refused (unknown parcel, never shipped)."""

    code: str
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnWeighed(Event):
    return_id: str
    arrival_g: float
    outbound_g: float | None = None
    difference_g: float | None = None
    verdict: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnPhotoTaken(Event):
    return_id: str
    photo_id: str
    kind: str
    sha256: str


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnUnitChecked(Event):
    """One unit of a return checked against the original lines (or recorded missing at receipt)."""

    return_id: str
    seq: int
    outcome: str
    sku: str = ""
    line_no: int | None = None
    code: str = ""
    photo_id: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnReceived(Event):
    """Unboxing finished: what the return came to, unit counts, and when the decision is due."""

    return_id: str
    outcome: str
    counts: dict[str, int] = field(default_factory=dict)
    decision_due: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnUnitGraded(Event):
    return_id: str
    seq: int
    grade: str


@event_type
@dataclass(frozen=True, kw_only=True)
class ReturnUnitDecided(Event):
    return_id: str
    seq: int
    decision: str
    location: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class StockDecided(Event):
    """A supervisor's decision on an order waiting for stock: pick it anyway, or out of stock."""

    decision: str
    reason: str
    missing: list[str] = field(default_factory=list)
