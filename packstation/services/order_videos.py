"""An order's packing videos as review and the command line show them: recordings, segments, gaps."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from packstation.evidence.video.recorder import Gap
from packstation.store.uow import UnitOfWorkFactory
from packstation.store.video_tables import VideoPurgeRow, VideoRecordingRow, VideoSegmentRow


@dataclass(frozen=True)
class SegmentView:
    number: int
    sha256: str
    size: int
    path: str
    started_at: datetime
    ended_at: datetime
    frames: int
    purged: bool = False

    def as_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "sha256": self.sha256,
            "size": self.size,
            "file": self.path,
            "started_at": utc_iso(self.started_at),
            "ended_at": utc_iso(self.ended_at),
            "frames": self.frames,
            "purged": self.purged,
        }


@dataclass(frozen=True)
class RecordingView:
    """One recording of an order as review and the command line show it."""

    id: str
    order_id: str
    status: str
    started_at: datetime
    ended_at: datetime | None
    incomplete: bool
    gaps: list[dict[str, Any]]
    segments: list[SegmentView] = field(default_factory=list)

    @property
    def missing_s(self) -> float:
        return round(sum(float(g.get("seconds", 0.0)) for g in self.gaps if g.get("missing", True)), 1)

    @property
    def seconds(self) -> float:
        return round(sum((s.ended_at - s.started_at).total_seconds() for s in self.segments), 1)

    def as_dict(self) -> dict[str, Any]:
        return {
            "recording_id": self.id,
            "order_id": self.order_id,
            "status": self.status,
            "started_at": utc_iso(self.started_at),
            "ended_at": utc_iso(self.ended_at) if self.ended_at else None,
            "incomplete": self.incomplete,
            "seconds": self.seconds,
            "missing_seconds": self.missing_s,
            "gaps": self.gaps,
            "segments": [s.as_dict() for s in self.segments],
        }


def utc_iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def gap_entry(gap: Gap, missing: bool = True) -> dict[str, Any]:
    return {
        "from": utc_iso(gap.start),
        "to": utc_iso(gap.end),
        "seconds": round(gap.seconds, 1),
        "reason": gap.reason,
        "missing": missing,
    }


def order_videos(uow_factory: UnitOfWorkFactory, blob_root: Path, order_id: str) -> list[RecordingView]:
    """Every recording of an order with its segments (oldest first)."""
    with uow_factory() as uow:
        s = uow.session
        recs = s.scalars(
            select(VideoRecordingRow)
            .where(VideoRecordingRow.order_id == order_id)
            .order_by(VideoRecordingRow.started_at)
        ).all()
        segs = s.scalars(
            select(VideoSegmentRow)
            .where(VideoSegmentRow.order_id == order_id)
            .order_by(VideoSegmentRow.number)
        ).all()
        purged = set(
            s.scalars(select(VideoPurgeRow.segment_id).where(VideoPurgeRow.order_id == order_id)).all()
        )
    out = []
    for rec in recs:
        views = [
            SegmentView(
                g.number,
                g.sha256,
                g.size,
                str(Path(blob_root) / g.blob_key),
                g.started_at,
                g.ended_at,
                g.frames,
                g.id in purged,
            )  # fmt: skip
            for g in segs
            if g.recording_id == rec.id
        ]
        out.append(
            RecordingView(
                rec.id,
                rec.order_id,
                rec.status,
                rec.started_at,
                rec.ended_at,
                rec.incomplete,
                list(rec.gaps or []),
                views,
            )  # fmt: skip
        )
    return out
