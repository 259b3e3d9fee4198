"""The proof-photo hash chain: each record's hash covers its fields and the previous record's hash.

One chain per station (`seq` 1, 2, 3, …), so photos synced from many stations keep verifiable chains.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.store.evidence_tables import ProofPhotoRow

GENESIS = "0" * 64

# Every column except `record_hash` itself; the order here does not matter (keys are sorted).
HASHED_FIELDS: tuple[str, ...] = (
    "id",
    "order_id",
    "parcel_number",
    "kind",
    "sha256",
    "size",
    "blob_key",
    "original_sha256",
    "original_blob_key",
    "width",
    "height",
    "label_visible",
    "tracking_number",
    "taken_at",
    "station",
    "packer",
    "camera",
    "accepted_without_label",
    "waiver_reason",
    "seq",
    "prev_hash",
)


@dataclass
class PhotoDraft:
    """What capture knows about a stored photo before it is linked into the chain."""

    order_id: str
    kind: str
    sha256: str
    size: int
    blob_key: str
    width: int
    height: int
    taken_at: datetime
    station: str
    packer: str = ""
    camera: str = ""
    parcel_number: int = 1
    label_visible: bool = False
    tracking_number: str = ""
    original_sha256: str = ""
    original_blob_key: str = ""
    accepted_without_label: bool = False
    waiver_reason: str = ""
    id: str = field(default_factory=lambda: str(uuid.uuid4()))


def _canonical_value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime in a proof-photo record")
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, bool | int | str) or value is None:
        return value
    raise TypeError(f"cannot hash a {type(value).__name__} in a proof-photo record")


def canonical_bytes(fields: dict[str, Any]) -> bytes:
    """Stable serialization of a record: sorted keys, UTC microsecond times, UTF-8, no spaces."""
    missing = [name for name in HASHED_FIELDS if name not in fields]
    if missing:
        raise ValueError(f"record is missing {', '.join(missing)}")
    doc = {name: _canonical_value(fields[name]) for name in HASHED_FIELDS}
    return json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def record_fields(row: ProofPhotoRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in HASHED_FIELDS}


def compute_record_hash(fields: dict[str, Any]) -> str:
    return hashlib.sha256(canonical_bytes(fields)).hexdigest()


def chain_tip(session: Session, station: str) -> tuple[int, str]:
    """The last `seq` and `record_hash` of a station's chain (0 and GENESIS when empty)."""
    last = session.execute(
        select(ProofPhotoRow.seq, ProofPhotoRow.record_hash)
        .where(ProofPhotoRow.station == station)
        .order_by(ProofPhotoRow.seq.desc())
        .limit(1)
    ).first()
    return (0, GENESIS) if last is None else (last.seq, last.record_hash)


def append_photo(session: Session, draft: PhotoDraft) -> ProofPhotoRow:
    """Link a photo after the station's chain tip and add it to the session (caller commits)."""
    if draft.taken_at.tzinfo is None:
        raise ValueError("taken_at must be timezone-aware")
    seq, prev = chain_tip(session, draft.station)
    fields = {**asdict(draft), "seq": seq + 1, "prev_hash": prev}
    fields["taken_at"] = draft.taken_at.astimezone(UTC)
    row = ProofPhotoRow(**fields, record_hash=compute_record_hash(fields))
    session.add(row)
    session.flush()
    return row
