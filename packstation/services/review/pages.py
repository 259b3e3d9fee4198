"""What one order's review page holds: timeline, scans, weights, photos with their verification."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from packstation.domain.orders import Order
from packstation.store.tables import EventRow, ScanRow


@dataclass(frozen=True)
class TimelineEntry:
    """One event on the order's timeline: who, when, where, what."""

    seq: int
    occurred_at: datetime
    type: str
    user: str
    station: str
    summary: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class ScanEntry:
    id: int
    at: datetime
    raw: str
    sku: str
    verdict: str
    line_no: int | None
    user: str
    station: str
    undone: bool
    undo_reason: str


@dataclass(frozen=True)
class WeightEntry:
    """A parcel's weighing: expected vs measured, and any supervisor override."""

    parcel: int
    box_code: str
    expected_g: float | None
    measured_g: float | None
    override: str
    tracking_number: str

    @property
    def difference_g(self) -> float | None:
        if self.expected_g is None or self.measured_g is None:
            return None
        return self.measured_g - self.expected_g


@dataclass(frozen=True)
class PhotoEntry:
    """A proof photo with where its file is and what verification said about it."""

    id: str
    kind: str
    parcel: int
    taken_at: datetime
    sha256: str
    blob_path: Path | None
    label_visible: bool
    accepted_without_label: bool
    station: str
    packer: str
    seq: int
    verification: str  # "ok", or the problems (changed, missing, record_edited, chain_broken)
    details: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return self.verification == "ok"


@dataclass
class OrderPage:
    """Everything the supervisor sees about one order."""

    order: Order
    timeline: list[TimelineEntry]
    scans: list[ScanEntry]
    weights: list[WeightEntry]
    photos: list[PhotoEntry]
    labels: dict[int, bytes] = field(default_factory=dict)  # parcel number -> PNG
    label_problem: str = ""
    verification_summary: str = ""
    people: list[str] = field(default_factory=list)  # "pat: confirmed, picked", one line per person

    @property
    def wrong_scans(self) -> int:
        return sum(1 for s in self.scans if s.verdict not in ("ok", "complete"))


def describe_event(type_name: str, payload: dict[str, Any]) -> str:
    """A one-line human reading of an event for the timeline."""
    p = payload
    texts: dict[str, Callable[[], str]] = {
        "UnitScanned": lambda: f"scanned {p.get('sku')} ({p.get('picked')}/{p.get('quantity')})",
        "ScanRejected": lambda: f"scan {p.get('barcode')!s} rejected: {p.get('message') or p.get('verdict')}",
        "ScanUndone": lambda: f"undid scan of {p.get('sku')}: {p.get('reason')}",
        "OrderHeld": lambda: f"held: {p.get('reason')}",
        "OrderReleased": lambda: f"released to {p.get('to_status')} {p.get('note') or ''}".strip(),
        "ParcelWeighed": lambda: (
            f"parcel {p.get('parcel')} weighed {p.get('grams'):.0f} g, "
            f"expected {p.get('expected_grams'):.0f} g"
            + ("" if p.get("within_tolerance") else " (out of tolerance)")
        ),
        "WeightOverridden": lambda: f"weight of parcel {p.get('parcel')} accepted: {p.get('reason')}",
        "LabelPrinted": lambda: f"label printed, tracking {p.get('tracking_number')}",
        "LabelReprinted": lambda: f"label reprinted: {p.get('reason')}",
        "LabelVoided": lambda: f"label {p.get('tracking_number')} voided: {p.get('reason')}",
        "PhotoTaken": lambda: (
            f"photo {p.get('kind')}" + (" (label visible)" if p.get("label_visible") else "")
        ),
        "PhotosWaived": lambda: f"photos waived ({', '.join(p.get('missing', []))}): {p.get('reason')}",
        "DisputeFlagged": lambda: f"dispute flagged: {p.get('note')}",
        "FlagCleared": lambda: f"flag cleared {p.get('note') or ''}".strip(),
        "OrderCancelled": lambda: f"cancelled: {p.get('reason')}",
        "CarrierStatusChanged": lambda: f"carrier: {p.get('status')} {p.get('note') or ''}".strip(),
        "OrderStaged": lambda: (
            f"staged for {p.get('carrier') or 'its carrier'}, waiting for pickup"
            + (f" in {p.get('location')}" if p.get("location") else "")
        ),
        "ParcelScannedOut": lambda: f"parcel {p.get('parcel')} scanned into handover {p.get('manifest')}",
        "HandoverScanRefused": lambda: f"refused at handover {p.get('manifest')}: {p.get('message')}",
        "PartialHandoverAllowed": lambda: (
            f"partial handover allowed in {p.get('manifest')}: {p.get('reason')}"
        ),
        "OrderShipped": lambda: f"shipped: handed over in manifest {p.get('manifest') or '(none)'}",
        "DeliveryStatusSet": lambda: f"{p.get('status')} ({p.get('rule')}): {p.get('note') or ''}".strip(),
        "DeliveryProofKept": lambda: f"proof of delivery kept: {p.get('source')}",
        "AlertRaised": lambda: f"alert: {p.get('title') or p.get('kind')}",
    }
    try:
        return texts[type_name]() if type_name in texts else type_name
    except (TypeError, ValueError):  # an older payload shape: show the raw type rather than fail
        return type_name


def _timeline(row: EventRow) -> TimelineEntry:
    payload = dict(row.payload or {})
    return TimelineEntry(
        row.seq, row.occurred_at, row.type, row.user, row.station, describe_event(row.type, payload), payload
    )


def _scan(row: ScanRow) -> ScanEntry:
    return ScanEntry(
        row.id,
        row.at,
        row.raw,
        row.sku,
        row.verdict,
        row.line_no,
        row.user,
        row.station,
        row.undone,
        row.undo_reason,
    )
