"""Packing video events: a recording closed, footage missing, footage accepted short, files purged."""

from __future__ import annotations

from dataclasses import dataclass, field

from packstation.domain.events.base import Event, event_type


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoRecorded(Event):
    """An order's packing video was closed: how many segments and seconds, and whether any is missing."""

    recording_id: str
    segments: int
    seconds: float
    incomplete: bool = False
    missing_s: float = 0.0


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoIncomplete(Event):
    """Recording lost part of an order (camera lost, disk full, station stopped); packing went on."""

    recording_id: str
    reason: str
    gap_from: str = ""
    gap_to: str = ""


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoPurged(Event):
    """Retention removed an order's video files from the station (the central copy was verified)."""

    segments: int
    bytes: int
    reason: str


@event_type
@dataclass(frozen=True, kw_only=True)
class VideoShortfallAccepted(Event):
    """A supervisor accepted an order whose packing video has gaps or is missing, with the reason."""

    reason: str
    missing_seconds: float = 0.0
    no_video: bool = False
    recordings: list[str] = field(default_factory=list)
