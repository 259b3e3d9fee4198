"""One order's evidence read from the store: order, recipient, timeline, scans, parcels, labels, photos.

Everything is plain JSON-ready values (times as ISO-8601 UTC), so the manifest and the PDF report
are written from the same snapshot.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.orders import Order, Parcel
from packstation.evidence.blobs import BlobStore
from packstation.evidence.verify import VerifyReport, verify
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.handovers import Handovers
from packstation.store.repositories import order_from_row, parcel_from_row
from packstation.store.tables import EventRow, HandoverRow, OrderLineRow, OrderRow, ParcelRow, ScanRow

# A label renderer as the review service has it: PNG bytes, or {"png": ..., "zpl": ...}.
LabelRenderer = Callable[[Order, Parcel], "bytes | Mapping[str, bytes]"]

RECIPIENT_COLUMNS = (
    "recipient_name",
    "recipient_phone",
    "address_line1",
    "address_line2",
    "district",
    "city",
    "state",
    "postcode",
    "country",
)
SKIPPED_ORDER_COLUMNS = ("source_digest",)


class EvidenceNotFound(LookupError):
    """Neither an order row nor any proof photo has this order id."""


@dataclass
class PhotoEvidence:
    """A photo record, its stored bytes (None when the file is gone) and its verification."""

    record: dict[str, Any]
    data: bytes | None
    original: bytes | None
    verification: str
    details: list[str]

    @property
    def id(self) -> str:
        return str(self.record["id"])


@dataclass
class LabelEvidence:
    """A parcel's rendered label (`files` by format) or why it could not be rendered."""

    parcel_number: int
    tracking_number: str
    files: dict[str, bytes] = field(default_factory=dict)
    problem: str = ""


@dataclass
class OrderEvidence:
    """Everything an evidence pack shows about one order, read in one transaction."""

    order_id: str
    order: dict[str, Any] | None
    recipient: dict[str, Any]
    lines: list[dict[str, Any]]
    events: list[dict[str, Any]]
    scans: list[dict[str, Any]]
    parcels: list[dict[str, Any]]
    photos: list[PhotoEvidence]
    labels: list[LabelEvidence]
    verification: VerifyReport
    handover: dict[str, Any] | None = None  # the closed handover that shipped the order
    manifest_pdf: bytes | None = None


def jsonable(value: Any) -> Any:
    """A column value as JSON: times in ISO-8601 UTC, nested payloads converted too."""
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat().replace("+00:00", "Z") if value.tzinfo else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if value is None or isinstance(value, bool | int | float | str):
        return value
    return str(value)


def _as_dict(row: Any, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    return {k: jsonable(v) for k, v in row._mapping.items() if k not in skip}


def _rows(session: Session, table: Any, *where: Any, order_by: Any) -> list[Any]:
    return list(session.execute(select(table).where(*where).order_by(*order_by)).all())


def _read_blob(blobs: BlobStore, key: str) -> bytes | None:
    if not key:
        return None
    try:
        return blobs.read(key)
    except (OSError, ValueError):
        return None


def _labels(
    order_row: Any, line_rows: list[Any], parcel_rows: list[Any], renderer: LabelRenderer | None
) -> list[LabelEvidence]:
    """Render each parcel that has a tracking number; a label that fails is noted, not fatal."""
    if renderer is None or order_row is None:
        return []
    order = order_from_row(order_row, line_rows)
    labels = []
    for row in parcel_rows:
        tracking = row.tracking_number or (order.tracking_number if len(parcel_rows) == 1 else "")
        if not tracking:
            continue
        label = LabelEvidence(row.number, tracking)
        parcel = parcel_from_row(row)
        if not parcel.tracking_number:
            parcel.tracking_number = tracking
        try:
            made = renderer(order, parcel)
            label.files = {"png": made} if isinstance(made, bytes) else dict(made)
        except Exception as exc:  # noqa: BLE001 - a label that cannot render must not stop the pack
            label.problem = f"label could not be rendered: {exc}"
        labels.append(label)
    return labels


def load_evidence(
    session: Session, order_id: str, blob_root: Path, label_renderer: LabelRenderer | None = None
) -> OrderEvidence:
    """Read one order's evidence with `select()` and verify its photos; raises EvidenceNotFound."""
    t = OrderRow.__table__
    order_core = session.execute(select(t).where(t.c.order_id == order_id)).first()
    photo_table = ProofPhotoRow.__table__
    photo_rows = _rows(
        session,
        photo_table,
        photo_table.c.order_id == order_id,
        order_by=(photo_table.c.taken_at, photo_table.c.station, photo_table.c.seq),
    )
    if order_core is None and not photo_rows:
        raise EvidenceNotFound(f"No order {order_id} and no proof photos for it.")
    lines_t, scans_t = OrderLineRow.__table__, ScanRow.__table__
    parcels_t, events_t = ParcelRow.__table__, EventRow.__table__
    line_rows = _rows(session, lines_t, lines_t.c.order_id == order_id, order_by=(lines_t.c.line_no,))
    parcel_rows = _rows(session, parcels_t, parcels_t.c.order_id == order_id, order_by=(parcels_t.c.number,))
    handover_t = HandoverRow.__table__
    manifest_id = Handovers(session).manifest_of_order(order_id)
    handover = session.execute(select(handover_t).where(handover_t.c.id == manifest_id)).first()
    if handover is not None:  # its handover photos and signature are kept under the manifest id
        photo_rows += _rows(
            session,
            photo_table,
            photo_table.c.order_id == manifest_id,
            order_by=(photo_table.c.taken_at, photo_table.c.station, photo_table.c.seq),
        )
    report = verify(session, blob_root, [order_id, *([manifest_id] if handover is not None else [])])
    blobs = BlobStore(blob_root)
    photos = [
        PhotoEvidence(
            record=_as_dict(row),
            data=_read_blob(blobs, row.blob_key),
            original=_read_blob(blobs, row.original_blob_key),
            verification=report.status_of(row.id),
            details=[f.detail for f in report.for_photo(row.id)],
        )
        for row in photo_rows
    ]
    order = None if order_core is None else _as_dict(order_core, SKIPPED_ORDER_COLUMNS + RECIPIENT_COLUMNS)
    recipient = {} if order_core is None else {k: jsonable(getattr(order_core, k)) for k in RECIPIENT_COLUMNS}
    return OrderEvidence(
        order_id=order_id,
        order=order,
        recipient=recipient,
        lines=[_as_dict(r) for r in line_rows],
        events=[
            _as_dict(r)
            for r in _rows(session, events_t, events_t.c.order_id == order_id, order_by=(events_t.c.seq,))
        ],
        scans=[
            _as_dict(r)
            for r in _rows(session, scans_t, scans_t.c.order_id == order_id, order_by=(scans_t.c.id,))
        ],
        parcels=[_as_dict(r) for r in parcel_rows],
        photos=photos,
        labels=_labels(order_core, line_rows, parcel_rows, label_renderer),
        verification=report,
        handover=None if handover is None else _as_dict(handover),
        manifest_pdf=None if handover is None else _read_blob(blobs, handover.manifest_blob_key),
    )
