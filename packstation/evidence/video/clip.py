"""One clip of an order's video for an evidence pack: segments joined, trimmed, shrunk to a size limit.

Segments are joined without re-encoding when the whole video fits the limit; a trim window or a
video too big for the channel's limit is decoded and encoded again at the bit rate (and, when that
gets low, the picture size) that fits. Either way the clip keeps the camera's timing: a stretch
without video stays a jump in time, it is never closed up.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from fractions import Fraction
from pathlib import Path

import av

from packstation.evidence.blobs import sha256_file

CONTAINER_OVERHEAD = 0.92  # share of the limit given to the picture: MP4 index and rate-control slack
MIN_BITRATE = 150_000


class ClipError(Exception):
    """No clip could be made (no segment file, or nothing inside the window)."""


@dataclass(frozen=True)
class SegmentFile:
    path: Path
    started_at: datetime
    ended_at: datetime
    sha256: str


@dataclass(frozen=True)
class Clip:
    path: Path
    sha256: str
    size: int
    seconds: float
    frames: int
    width: int
    height: int
    reencoded: bool
    started_at: datetime
    ended_at: datetime


def make_clip(
    segments: Sequence[SegmentFile],
    out: Path,
    limit_bytes: int,
    window: tuple[datetime, datetime] | None = None,
) -> Clip:
    """Write the clip to `out` (atomically) and describe it."""
    usable = [s for s in sorted(segments, key=lambda s: s.started_at) if s.path.is_file()]
    if window is not None:
        usable = [s for s in usable if s.ended_at > window[0] and s.started_at < window[1]]
    if not usable:
        raise ClipError("no video segment to put in the clip")
    tmp = out.with_name(f".{out.name}.{uuid.uuid4().hex}.tmp")
    try:
        total = sum(s.path.stat().st_size for s in usable)
        if window is None and total <= limit_bytes:
            frames = _join(usable, tmp)
            width, height = _size_of(usable[0].path)
            reencoded = False
        else:
            start = max(window[0], usable[0].started_at) if window else usable[0].started_at
            end = min(window[1], usable[-1].ended_at) if window else usable[-1].ended_at
            seconds = max(0.5, (end - start).total_seconds())
            bitrate = max(MIN_BITRATE, int(limit_bytes * 8 * CONTAINER_OVERHEAD / seconds))
            frames, size = _reencode(usable, tmp, bitrate, (start, end))
            width, height = size
            reencoded = True
        if frames == 0:
            raise ClipError("no frame of the video falls inside the window")
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    first = usable[0].started_at if window is None else max(window[0], usable[0].started_at)
    last = usable[-1].ended_at if window is None else min(window[1], usable[-1].ended_at)
    return Clip(
        out, sha256_file(out), out.stat().st_size, round((last - first).total_seconds(), 2), frames,
        width, height, reencoded, first, last,
    )  # fmt: skip


def _size_of(path: Path) -> tuple[int, int]:
    with av.open(str(path)) as c:
        ctx = c.streams.video[0].codec_context
        return ctx.width, ctx.height


def _join(segments: Sequence[SegmentFile], out: Path) -> int:
    """Copy every segment's packets into one MP4, shifted by each segment's start time."""
    t0 = segments[0].started_at
    frames = 0
    with av.open(str(out), "w", format="mp4") as dst:
        ostream = None
        for seg in segments:
            with av.open(str(seg.path)) as src:
                istream = src.streams.video[0]
                if ostream is None:
                    ostream = dst.add_stream_from_template(istream)
                tb = istream.time_base
                assert tb is not None
                offset = round((seg.started_at - t0).total_seconds() / tb)
                last_dts = None
                for packet in src.demux(istream):
                    if packet.dts is None:
                        continue
                    packet.pts = (packet.pts or 0) + offset
                    packet.dts = packet.dts + offset
                    if last_dts is not None and packet.dts <= last_dts:
                        continue
                    last_dts = packet.dts
                    packet.stream = ostream
                    dst.mux(packet)
                    frames += 1
    return frames


def _reencode(
    segments: Sequence[SegmentFile], out: Path, bitrate: int, window: tuple[datetime, datetime]
) -> tuple[int, tuple[int, int]]:
    """Decode the frames inside the window and encode them again at `bitrate`."""
    width, height = _size_of(segments[0].path)
    if bitrate < 500_000 and width > 854:  # a low rate looks better on a smaller picture
        width, height = 854, round(854 * height / width / 2) * 2
    fps = 15
    start, end = window
    frames = 0
    last_pts = -1
    with av.open(str(out), "w", format="mp4") as dst:
        stream = dst.add_stream("libx264", rate=fps, options={"preset": "veryfast", "maxrate": str(bitrate),
                                                               "bufsize": str(bitrate)})  # fmt: skip
        stream.width, stream.height, stream.pix_fmt, stream.bit_rate = width, height, "yuv420p", bitrate
        for seg in segments:
            with av.open(str(seg.path)) as src:
                for frame in src.decode(video=0):
                    at = seg.started_at + timedelta(seconds=float(frame.time or 0.0))
                    if not start <= at < end:
                        continue
                    pts = max(last_pts + 1, round((at - start).total_seconds() * fps))
                    image = frame.reformat(width=width, height=height, format="yuv420p")
                    image.pts, image.time_base, last_pts = pts, Fraction(1, fps), pts
                    for packet in stream.encode(image):
                        dst.mux(packet)
                    frames += 1
        for packet in stream.encode(None):
            dst.mux(packet)
    return frames, (width, height)


__all__ = ["Clip", "ClipError", "SegmentFile", "make_clip"]
