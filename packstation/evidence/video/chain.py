"""The video segment chain: each segment record's hash covers its fields and the previous record's.

One chain per station, like the proof-photo chain (same canonical form, same GENESIS), kept in its
own table so a photo list never has to skip video rows.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.evidence.chain import GENESIS
from packstation.evidence.video.segments import ClosedSegment
from packstation.store.video_tables import VideoSegmentRow

HASHED_FIELDS: tuple[str, ...] = (
    "id",
    "recording_id",
    "order_id",
    "number",
    "sha256",
    "size",
    "blob_key",
    "started_at",
    "ended_at",
    "frames",
    "width",
    "height",
    "station",
    "seq",
    "prev_hash",
)


def _value(value: Any) -> Any:
    if isinstance(value, datetime):
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def segment_fields(row: VideoSegmentRow) -> dict[str, Any]:
    return {name: getattr(row, name) for name in HASHED_FIELDS}


def segment_hash(fields: dict[str, Any]) -> str:
    doc = {name: _value(fields[name]) for name in HASHED_FIELDS}
    data = json.dumps(doc, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def segment_tip(session: Session, station: str) -> tuple[int, str]:
    last = session.execute(
        select(VideoSegmentRow.seq, VideoSegmentRow.record_hash)
        .where(VideoSegmentRow.station == station)
        .order_by(VideoSegmentRow.seq.desc())
        .limit(1)
    ).first()
    return (0, GENESIS) if last is None else (last.seq, last.record_hash)


def append_segment(session: Session, order_id: str, station: str, segment: ClosedSegment) -> VideoSegmentRow:
    """Link a closed segment after the station's video chain tip (caller commits)."""
    seq, prev = segment_tip(session, station)
    fields: dict[str, Any] = {
        "id": str(uuid.uuid4()),
        "recording_id": segment.recording_id,
        "order_id": order_id,
        "number": segment.number,
        "sha256": segment.sha256,
        "size": segment.size,
        "blob_key": segment.key,
        "started_at": segment.started_at.astimezone(UTC),
        "ended_at": segment.ended_at.astimezone(UTC),
        "frames": segment.frames,
        "width": segment.width,
        "height": segment.height,
        "station": station,
        "seq": seq + 1,
        "prev_hash": prev,
    }
    row = VideoSegmentRow(**fields, record_hash=segment_hash(fields))
    session.add(row)
    session.flush()
    return row
