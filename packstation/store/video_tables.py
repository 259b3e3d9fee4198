"""Video tables: one recording per order attempt, its closed MP4 segments (hash-chained) and purges."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, Float, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.base import Base, UTCDateTime


class VideoRecordingRow(Base):
    """One recording of an order (a re-take after a crash is a new recording).

    `status`: recording | paused | stopped | interrupted. `gaps` lists the stretches without video
    ({"from", "to", "reason"}, ISO UTC); `incomplete` is set when there is any.
    """

    __tablename__ = "video_recordings"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    packer: Mapped[str] = mapped_column(String(100), default="")
    camera: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(16), default="recording")
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    segment_count: Mapped[int | None] = mapped_column(Integer, nullable=True)  # set when stopped
    width: Mapped[int] = mapped_column(Integer, default=0)
    height: Mapped[int] = mapped_column(Integer, default=0)
    fps: Mapped[float] = mapped_column(Float, default=0.0)
    bitrate: Mapped[int] = mapped_column(Integer, default=0)
    incomplete: Mapped[bool] = mapped_column(Boolean, default=False)
    gaps: Mapped[list] = mapped_column(JSON, default=list)
    frames_dropped: Mapped[int] = mapped_column(Integer, default=0)


class VideoSegmentRow(Base):
    """One closed MP4 segment. Append-only and linked into a per-station SHA-256 chain like photos."""

    __tablename__ = "video_segments"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    recording_id: Mapped[str] = mapped_column(String(36), index=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 0, 1, 2 ... within the recording
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    blob_key: Mapped[str] = mapped_column(String(200))
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ended_at: Mapped[datetime] = mapped_column(UTCDateTime)
    frames: Mapped[int] = mapped_column(Integer)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(100), default="")
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("station", "seq", name="uq_video_segments_station_seq"),
        UniqueConstraint("recording_id", "number", name="uq_video_segments_recording_number"),
        Index("ix_video_segments_sha256", "sha256"),
    )


class VideoPurgeRow(Base):
    """A segment file removed from the station by retention (its record and chain link stay)."""

    __tablename__ = "video_purges"

    segment_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    purged_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text, default="")
