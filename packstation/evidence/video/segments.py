"""One closed MP4 segment at a time: encode I420 frames with PyAV (libx264), close, hash, store.

Each segment is a complete MP4 of its own (its own keyframe, its own `moov`), so a crash loses at
most the segment that is open. A closed file is fsynced, hashed and renamed into the blob store
(`sha256/ab/cdef…`), which is where photos live and what the sync uploads.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from datetime import datetime
from fractions import Fraction
from pathlib import Path
from typing import cast

import av
import numpy as np
from av.video.stream import VideoStream

from packstation.evidence.blobs import BlobStore, blob_key, sha256_file

CODEC = "libx264"


@dataclass(frozen=True)
class EncoderSettings:
    """Picture size, frame rate and constant bit rate of the recording."""

    width: int = 1280
    height: int = 720
    fps: float = 15.0
    bitrate: int = 1_000_000

    def options(self) -> dict[str, str]:
        # ultrafast keeps the CPU low; CBR with filler keeps the file rate (and so the disk budget)
        # at the configured bitrate whatever the scene; one thread so encoding stays on our worker.
        rate = str(self.bitrate)
        return {
            "preset": "ultrafast",
            "threads": "1",
            "minrate": rate,
            "maxrate": rate,
            "bufsize": str(self.bitrate * 2),
            "x264-params": "nal-hrd=cbr",
        }


@dataclass(frozen=True)
class ClosedSegment:
    """A finished segment in the blob store and what it covers (wall-clock UTC times)."""

    recording_id: str
    number: int
    key: str
    sha256: str
    size: int
    frames: int
    started_at: datetime
    ended_at: datetime
    width: int
    height: int


class SegmentWriter:
    """Writes one segment file; `add` frames in time order, then `close` (or `abandon`)."""

    def __init__(self, path: Path, settings: EncoderSettings) -> None:
        self.path, self.settings = path, settings
        path.parent.mkdir(parents=True, exist_ok=True)
        self._container = av.open(str(path), "w", format="mp4")
        rate = Fraction(settings.fps).limit_denominator(1001)
        stream = cast(VideoStream, self._container.add_stream(CODEC, rate=rate, options=settings.options()))
        stream.width, stream.height = settings.width, settings.height
        stream.pix_fmt = "yuv420p"
        stream.bit_rate = settings.bitrate
        stream.codec_context.gop_size = max(1, round(settings.fps * 2))
        self._stream = stream
        self._time_base = 1 / rate
        self.frames = 0
        self.first_wall: datetime | None = None
        self.last_wall: datetime | None = None
        self._first_mono = 0.0
        self._last_pts = -1

    def add(self, i420: np.ndarray, at_mono: float, at_wall: datetime) -> None:
        """Encode one frame; its presentation time follows the camera's clock (gaps stay gaps)."""
        if self.first_wall is None:
            self.first_wall, self._first_mono = at_wall, at_mono
        pts = max(self._last_pts + 1, round((at_mono - self._first_mono) / self._time_base))
        frame = av.VideoFrame.from_ndarray(i420, format="yuv420p")
        frame.pts = pts
        for packet in self._stream.encode(frame):
            self._container.mux(packet)
        self._last_pts = pts
        self.frames += 1
        self.last_wall = at_wall

    def elapsed(self, at_mono: float) -> float:
        return at_mono - self._first_mono if self.frames else 0.0

    def close(self) -> None:
        """Flush the encoder and write the MP4 index; the file is then complete."""
        for packet in self._stream.encode(None):
            self._container.mux(packet)
        self._container.close()
        with open(self.path, "rb+") as fh:
            os.fsync(fh.fileno())

    def abandon(self) -> None:
        """Close without caring about the file (a failed disk) and remove it."""
        with contextlib.suppress(Exception):
            self._container.close()
        with contextlib.suppress(OSError):
            self.path.unlink()


def store_segment(path: Path, blobs: BlobStore) -> tuple[str, str, int]:
    """Move a closed segment file into the blob store; returns (key, sha256, size)."""
    sha = sha256_file(path)
    key = blob_key(sha)
    final = blobs.root / key
    final.parent.mkdir(parents=True, exist_ok=True)
    size = path.stat().st_size
    if final.exists() and sha256_file(final) == sha:
        path.unlink()
    else:
        os.replace(path, final)
        with contextlib.suppress(OSError):
            fd = os.open(final.parent, os.O_RDONLY)
            try:
                os.fsync(fd)
            finally:
                os.close(fd)
    return key, sha, size
