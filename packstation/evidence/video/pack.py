"""An order's video for its evidence pack: the segment records (hashes from the chain), the clip."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.evidence.blobs import BlobStore
from packstation.evidence.video.clip import ClipError, SegmentFile, make_clip
from packstation.evidence.video.verify import verify_video
from packstation.store.video_tables import VideoPurgeRow, VideoRecordingRow, VideoSegmentRow

DEFAULT_LIMIT_BYTES = 30_000_000


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


@dataclass
class OrderVideo:
    """What the pack says about the order's video, and the files the clip is made from."""

    segments: list[SegmentFile] = field(default_factory=list)
    records: list[dict[str, Any]] = field(default_factory=list)
    recordings: list[dict[str, Any]] = field(default_factory=list)
    verification: dict[str, Any] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.records)


def load_video(session: Session, order_id: str, blob_root: Path) -> OrderVideo:
    blobs = BlobStore(blob_root)
    rows = session.scalars(
        select(VideoSegmentRow)
        .where(VideoSegmentRow.order_id == order_id)
        .order_by(VideoSegmentRow.started_at, VideoSegmentRow.number)
    ).all()
    if not rows:
        return OrderVideo()
    purged = set(session.scalars(select(VideoPurgeRow.segment_id).where(VideoPurgeRow.order_id == order_id)))
    recs = session.scalars(select(VideoRecordingRow).where(VideoRecordingRow.order_id == order_id)).all()
    video = OrderVideo(verification=verify_video(session, blob_root, [order_id]).as_dict())
    for row in rows:
        path = blobs.path(row.blob_key)
        here = row.id not in purged and path.is_file()
        video.records.append(
            {
                "recording_id": row.recording_id,
                "number": row.number,
                "sha256": row.sha256,
                "size": row.size,
                "started_at": _iso(row.started_at),
                "ended_at": _iso(row.ended_at),
                "frames": row.frames,
                "station": row.station,
                "seq": row.seq,
                "record_hash": row.record_hash,
                "on_station": here,
            }
        )
        if here:
            video.segments.append(SegmentFile(path, row.started_at, row.ended_at, row.sha256))
    video.recordings = [
        {"recording_id": r.id, "status": r.status, "incomplete": r.incomplete, "gaps": list(r.gaps or [])}
        for r in recs
    ]
    return video


def clip_member(
    video: OrderVideo, limit_bytes: int = DEFAULT_LIMIT_BYTES, window: tuple[datetime, datetime] | None = None
) -> tuple[bytes | None, dict[str, Any]]:
    """The clip's bytes and its manifest entry (bytes None, with the reason, when no clip can be made)."""
    doc: dict[str, Any] = {
        "segments": video.records,
        "recordings": video.recordings,
        "verification": video.verification,
        "limit_bytes": limit_bytes,
        "clip": None,
        "problem": "",
    }
    with tempfile.TemporaryDirectory(prefix="packstation-clip-") as tmp:
        try:
            clip = make_clip(video.segments, Path(tmp) / "clip.mp4", limit_bytes, window)
        except ClipError as exc:
            doc["problem"] = str(exc)
            return None, doc
        data = clip.path.read_bytes()
    doc["clip"] = {
        "sha256": clip.sha256,
        "size": clip.size,
        "seconds": clip.seconds,
        "frames": clip.frames,
        "width": clip.width,
        "height": clip.height,
        "reencoded": clip.reencoded,
        "started_at": _iso(clip.started_at),
        "ended_at": _iso(clip.ended_at),
        "from_segments": [s.sha256 for s in video.segments],
    }
    return data, doc
