"""What one order's review page holds: timeline, scans, weights, photos with their verification."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from packstation.domain.orders import Order
from packstation.domain.texts import from_json, translate
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
        "UnitScanned": lambda: translate("Timeline", "scanned {sku} ({picked}/{quantity})").format(
            sku=p.get("sku"), picked=p.get("picked"), quantity=p.get("quantity")
        ),
        "ScanRejected": lambda: translate("Timeline", "scan {barcode} rejected: {why}").format(
            barcode=str(p.get("barcode")), why=p.get("message") or p.get("verdict")
        ),
        "ScanUndone": lambda: translate("Timeline", "undid scan of {sku}: {reason}").format(
            sku=p.get("sku"), reason=p.get("reason")
        ),
        "OrderHeld": lambda: translate("Timeline", "held: {reason}").format(
            reason=from_json(p.get("reason_text") or "", str(p.get("reason") or ""))
        ),
        "OrderReleased": lambda: (
            translate("Timeline", 'released back to {status} — note: "{note}"')
            if p.get("note")
            else translate("Timeline", "released back to {status}")
        ).format(status=str(p.get("to_status") or "").lower(), note=p.get("note")),
        "ParcelWeighed": lambda: (
            translate("Timeline", "parcel {parcel} weighed {grams} g, expected {expected} g")
            if p.get("within_tolerance")
            else translate(
                "Timeline", "parcel {parcel} weighed {grams} g, expected {expected} g (out of tolerance)"
            )
        ).format(
            parcel=p.get("parcel"), grams=f"{p.get('grams'):.0f}", expected=f"{p.get('expected_grams'):.0f}"
        ),
        "WeightOverridden": lambda: translate(
            "Timeline", "weight of parcel {parcel} accepted: {reason}"
        ).format(parcel=p.get("parcel"), reason=p.get("reason")),
        "LabelPrinted": lambda: translate("Timeline", "label printed, tracking {tracking}").format(
            tracking=p.get("tracking_number")
        ),
        "LabelReprinted": lambda: translate("Timeline", "label reprinted: {reason}").format(
            reason=p.get("reason")
        ),
        "LabelVoided": lambda: translate("Timeline", "label {tracking} voided: {reason}").format(
            tracking=p.get("tracking_number"), reason=p.get("reason")
        ),
        "PhotoTaken": lambda: (
            translate("Timeline", "photo {kind} (label visible)")
            if p.get("label_visible")
            else translate("Timeline", "photo {kind}")
        ).format(kind=p.get("kind")),
        "PhotosWaived": lambda: translate("Timeline", "photos waived ({missing}): {reason}").format(
            missing=", ".join(p.get("missing", [])), reason=p.get("reason")
        ),
        "DisputeFlagged": lambda: translate("Timeline", "dispute flagged: {note}").format(note=p.get("note")),
        "FlagCleared": lambda: (
            translate("Timeline", "flag cleared {note}").format(note=p.get("note"))
            if p.get("note")
            else translate("Timeline", "flag cleared")
        ),
        "OrderCancelled": lambda: translate("Timeline", "cancelled: {reason}").format(reason=p.get("reason")),
        "CarrierStatusChanged": lambda: (
            translate("Timeline", "carrier: {status} {note}")
            if p.get("note")
            else translate("Timeline", "carrier: {status}")
        ).format(status=p.get("status"), note=p.get("note")),
        "OrderStaged": lambda: (
            translate("Timeline", "staged for {carrier}, waiting for pickup in {location}")
            if p.get("location")
            else translate("Timeline", "staged for {carrier}, waiting for pickup")
        ).format(
            carrier=p.get("carrier") or translate("Timeline", "its carrier"), location=p.get("location")
        ),
        "ParcelScannedOut": lambda: translate(
            "Timeline", "parcel {parcel} scanned into handover {manifest}"
        ).format(parcel=p.get("parcel"), manifest=p.get("manifest")),
        "HandoverScanRefused": lambda: translate(
            "Timeline", "refused at handover {manifest}: {message}"
        ).format(manifest=p.get("manifest"), message=p.get("message")),
        "PartialHandoverAllowed": lambda: translate(
            "Timeline", "partial handover allowed in {manifest}: {reason}"
        ).format(manifest=p.get("manifest"), reason=p.get("reason")),
        "OrderShipped": lambda: translate("Timeline", "shipped: handed over in manifest {manifest}").format(
            manifest=p.get("manifest") or translate("Timeline", "(none)")
        ),
        "DeliveryStatusSet": lambda: (
            translate("Timeline", "{status} ({rule}): {note}")
            if p.get("note")
            else translate("Timeline", "{status} ({rule}):")
        ).format(status=p.get("status"), rule=p.get("rule"), note=p.get("note")),
        "DeliveryProofKept": lambda: translate("Timeline", "proof of delivery kept: {source}").format(
            source=p.get("source")
        ),
        "AlertRaised": lambda: translate("Timeline", "alert: {what}").format(
            what=p.get("title") or p.get("kind")
        ),
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
