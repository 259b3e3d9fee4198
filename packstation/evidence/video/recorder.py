"""The per-order video recorder: frames offered by the camera thread, encoded on a worker thread.

`offer()` is what the camera's frame fan-out calls: it keeps one frame per 1/fps and puts it in a
bounded queue without ever waiting (a full queue drops the frame and counts it). The worker turns
frames into I420, keeps the last `preroll_s` seconds in a ring buffer while nothing is recorded,
burns in the overlay, encodes closed segments and hands each one to `on_segment` as it is closed.
It also watches for a camera that stopped delivering and for the disk filling up (`on_alert`).
"""

from __future__ import annotations

import collections
import contextlib
import logging
import os
import queue
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import av
import cv2
import numpy as np

from packstation.evidence.blobs import BlobStore
from packstation.evidence.video.overlay import OverlayText, VideoOverlay
from packstation.evidence.video.segments import ClosedSegment, EncoderSettings, SegmentWriter, store_segment

log = logging.getLogger(__name__)

THREAD_NAME = "packstation:video-encoder"
ENCODER_NICE = 5
GB = 1_000_000_000
PREROLL_BREATH_S = 0.001


@dataclass(frozen=True)
class RecorderSettings:
    encoder: EncoderSettings = field(default_factory=EncoderSettings)
    segment_s: float = 10.0
    preroll_s: float = 3.0
    queue_frames: int = 24  # 1.6 s at 15 fps: rides out a busy CPU; beyond it frames are dropped
    camera_lost_s: float = 2.0
    disk_warn_bytes: int = 5 * GB
    disk_floor_bytes: int = 1 * GB


@dataclass(frozen=True)
class VideoAlert:
    """Something the packer must hear about: camera_lost, camera_back, disk_low, disk_full, write_failed."""

    kind: str
    recording_id: str
    message: str
    at: datetime


@dataclass(frozen=True)
class Gap:
    """A stretch of an order without video, in UTC."""

    start: datetime
    end: datetime
    reason: str

    @property
    def seconds(self) -> float:
        return max(0.0, (self.end - self.start).total_seconds())


@dataclass
class _Command:
    kind: str  # begin | pause | resume | end
    recording_id: str = ""
    after: int = 0  # frames accepted before the command was given
    done: threading.Event = field(default_factory=threading.Event)
    result: list[ClosedSegment] = field(default_factory=list)


class VideoRecorder:
    """One camera's recorder. Not bound to an order until `begin`; `close` ends the worker thread."""

    def __init__(
        self,
        settings: RecorderSettings,
        blobs: BlobStore,
        work_dir: Path,
        on_segment: Callable[[ClosedSegment], None] | None = None,
        on_alert: Callable[[VideoAlert], None] | None = None,
        on_gap: Callable[[str, Gap], None] | None = None,
    ) -> None:
        self.settings, self.blobs, self.work_dir = settings, blobs, Path(work_dir)
        self.on_segment, self.on_alert, self.on_gap = on_segment, on_alert, on_gap
        enc = settings.encoder
        self.overlay = VideoOverlay(enc.width, enc.height)
        self._frames: queue.Queue[tuple[np.ndarray, float]] = queue.Queue(maxsize=settings.queue_frames)
        self._commands: queue.SimpleQueue[_Command] = queue.SimpleQueue()
        self._interval = 1.0 / enc.fps
        self._next_due = 0.0
        self._ring: collections.deque[tuple[np.ndarray, float]] = collections.deque(
            maxlen=max(1, int(settings.preroll_s * enc.fps) + 1)
        )
        self._wall_offset = time.time() - time.monotonic()
        self._stop = threading.Event()
        self.dropped = 0  # frames the queue had no room for
        self.offered = 0
        self._accepted = 0
        self._processed = 0
        self.encoded = 0
        self.cpu_s = 0.0  # CPU time of the encoder thread
        self.recording_id = ""
        self.state = "idle"  # idle | recording | paused | stopped (disk full)
        self._writer: SegmentWriter | None = None
        self._number = 0
        self._closed: list[ClosedSegment] = []
        self._last_frame = time.monotonic()
        self._last_offer = time.monotonic()
        self._lost_since: float | None = None
        self._disk_stop_at: float | None = None
        self._warned_disk = False
        self._thread = threading.Thread(target=self._run, name=THREAD_NAME, daemon=True)
        self._thread.start()

    # -- the camera side (any thread; never blocks) ------------------------------------------------
    def offer(self, image: np.ndarray, at: float, block: bool = False) -> bool:
        """Take a camera frame (BGR, monotonic `at`); False when skipped for the frame rate or dropped.

        `block` waits for room instead of dropping: for simulations that feed camera time faster than
        real time, never for a live camera.
        """
        self._last_offer = at  # the camera is alive, however far behind the encoder is
        if at < self._next_due - self._interval / 4:  # a quarter frame of slack for camera jitter
            return False
        behind = at - self._next_due >= self._interval
        self._next_due = at + self._interval if behind else self._next_due + self._interval
        self.offered += 1
        try:
            if block:
                self._frames.put((image, at), timeout=5.0)
            else:
                self._frames.put_nowait((image, at))
        except queue.Full:
            self.dropped += 1
            return False
        self._accepted += 1
        return True

    # -- the station side ---------------------------------------------------------------------------
    def begin(self, text: OverlayText, recording_id: str = "") -> str:
        """Start recording an order (with the pre-roll); returns the recording id."""
        rid = recording_id or str(uuid.uuid4())
        self.overlay.set_text(text)
        self._send(_Command("begin", rid))
        return rid

    def pause(self) -> None:
        self._send(_Command("pause"))

    def resume(self) -> None:
        self._send(_Command("resume"))

    def end(self, timeout: float = 10.0) -> list[ClosedSegment]:
        """Close the open segment and stop recording; returns the recording's closed segments."""
        cmd = _Command("end")
        self._send(cmd)
        if not cmd.done.wait(timeout):
            log.warning("video: recorder did not finish the segment within %.0f s", timeout)
        return list(cmd.result)

    def thread_cpu(self) -> float:
        """CPU seconds the encoder thread has used so far (read from any thread)."""
        ident = self._thread.ident
        try:
            return time.clock_gettime(time.pthread_getcpuclockid(ident))  # type: ignore[arg-type]
        except (AttributeError, OSError, TypeError):
            return self.cpu_s

    def caption(self, text: str) -> None:
        self.overlay.show_caption(text, time.monotonic())

    def close(self, timeout: float = 10.0) -> None:
        """End any recording and stop the worker thread."""
        if self._thread.is_alive():
            self.end(timeout)
            self._stop.set()
            self._thread.join(timeout)

    def _send(self, cmd: _Command) -> None:
        cmd.after = self._accepted
        if not self._thread.is_alive():
            cmd.done.set()
            return
        self._commands.put(cmd)

    # -- the worker -----------------------------------------------------------------------------------
    def _run(self) -> None:
        # Below the station's own threads: under CPU pressure the packer's scans win and the
        # recorder drops frames (counted) rather than the other way round.
        with contextlib.suppress(AttributeError, OSError):
            os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), ENCODER_NICE)
        self._warm_up()
        pending: _Command | None = None
        try:
            while not self._stop.is_set():
                if pending is None:
                    with contextlib.suppress(queue.Empty):
                        pending = self._commands.get_nowait()
                # A command applies after the frames offered before it was given (stop keeps them all).
                if pending is not None and pending.after <= self._processed:
                    self._execute(pending)
                    pending = None
                    continue
                try:
                    image, at = self._frames.get(timeout=0.1)
                except queue.Empty:
                    if pending is not None:
                        self._execute(pending)
                        pending = None
                    self._watch_camera(time.monotonic())
                    continue
                self._processed += 1
                self._take(image, at)
                self._watch_camera(time.monotonic())
        except Exception:  # noqa: BLE001 - a recorder fault must not take the station down
            log.exception("video: recorder stopped after an internal error")
            self._alert("write_failed", "Video recording stopped after an internal error.")
        finally:
            self.cpu_s = time.thread_time()
            if self._writer is not None:
                self._writer.abandon()
            if pending is not None:
                pending.done.set()
            while True:  # nobody waits forever for a dead worker
                try:
                    self._commands.get_nowait().done.set()
                except queue.Empty:
                    break

    def _execute(self, cmd: _Command) -> None:
        try:
            getattr(self, f"_cmd_{cmd.kind}")(cmd)
        finally:
            cmd.done.set()

    def _cmd_begin(self, cmd: _Command) -> None:
        if self.state != "idle":
            self._cmd_end(_Command("end"))
        self.recording_id, self.state = cmd.recording_id, "recording"
        self._number, self._closed, self._warned_disk = 0, [], False
        self._lost_since = self._disk_stop_at = None
        self._last_frame = time.monotonic()
        cutoff = time.monotonic() - self.settings.preroll_s
        ring = [item for item in self._ring if item[1] >= cutoff]
        self._ring.clear()
        for i420, at in ring:
            self._encode(i420, at)
            # The encoder keeps the interpreter lock while it works: a breath between the pre-roll's
            # frames (45 of them at once) lets the window paint the verdict of the scan that started it.
            time.sleep(PREROLL_BREATH_S)

    def _warm_up(self) -> None:
        """Encode one frame into a scratch file when the recorder starts: the encoder's first frame
        ever costs tens of milliseconds with the interpreter lock held, better before any order
        than at the first one's take."""
        enc = self.settings.encoder
        try:
            with tempfile.TemporaryDirectory(prefix="packstation-video-") as scratch:
                writer = SegmentWriter(Path(scratch) / "warm-up.mp4", enc)
                black = np.zeros((enc.height * 3 // 2, enc.width), np.uint8)
                writer.add(black, time.monotonic(), self._wall(time.monotonic()))
                writer.close()
        except (OSError, av.FFmpegError) as exc:
            log.warning("video encoder warm-up failed: %s", exc)

    def _cmd_pause(self, cmd: _Command) -> None:
        if self.state == "recording":
            self._close_segment()
            self.state = "paused"

    def _cmd_resume(self, cmd: _Command) -> None:
        if self.state == "paused":
            self.state = "recording"
            self._last_frame = time.monotonic()

    def _cmd_end(self, cmd: _Command) -> None:
        if self.state == "idle":
            return
        self._close_segment()
        if self._lost_since is not None:
            self._gap(self._lost_since, time.monotonic(), "camera lost")
        if self._disk_stop_at is not None:
            self._gap(self._disk_stop_at, time.monotonic(), "disk full")
        cmd.result = list(self._closed)
        self.state, self.recording_id = "idle", ""
        self._lost_since = self._disk_stop_at = None

    def _take(self, image: np.ndarray, at: float) -> None:
        enc = self.settings.encoder
        if image.shape[1] != enc.width or image.shape[0] != enc.height:
            image = cv2.resize(image, (enc.width, enc.height), interpolation=cv2.INTER_AREA)
        if image.ndim == 2:
            image = cv2.cvtColor(image, cv2.COLOR_GRAY2BGR)
        i420 = cv2.cvtColor(image, cv2.COLOR_BGR2YUV_I420)
        if self._lost_since is not None and self.state == "recording":
            self._gap(self._lost_since, at, "camera lost")
            self._lost_since = None
            self._alert("camera_back", "Camera is back: video recording again.")
        self._last_frame = at
        if self.state == "recording":
            self._encode(i420, at)
        else:
            self._ring.append((i420, at))
        self.cpu_s = time.thread_time()

    def _wall(self, at: float) -> datetime:
        return datetime.fromtimestamp(at + self._wall_offset, UTC)

    def _encode(self, i420: np.ndarray, at: float) -> None:
        writer = self._writer
        if writer is not None and writer.elapsed(at) >= self.settings.segment_s - self._interval / 2:
            self._close_segment()
            writer = None
        if writer is None:
            if not self._disk_ok():
                return
            path = self.work_dir / "open" / f"{self.recording_id}-{self._number:05d}.mp4"
            writer = self._writer = SegmentWriter(path, self.settings.encoder)
        wall = self._wall(at)
        self.overlay.draw(i420, at, wall)
        writer.add(i420, at, wall)
        self.encoded += 1

    def _close_segment(self) -> None:
        writer, self._writer = self._writer, None
        if writer is None or writer.frames == 0:
            if writer is not None:
                writer.abandon()
            return
        try:
            writer.close()
            key, sha, size = store_segment(writer.path, self.blobs)
        except OSError as exc:
            writer.abandon()
            self._alert("write_failed", f"Video segment not saved: {exc.strerror or exc}")
            return
        assert writer.first_wall is not None and writer.last_wall is not None
        enc = self.settings.encoder
        end = writer.last_wall + timedelta(seconds=self._interval)
        segment = ClosedSegment(
            self.recording_id, self._number, key, sha, size, writer.frames,
            writer.first_wall, end, enc.width, enc.height,
        )  # fmt: skip
        self._number += 1
        self._closed.append(segment)
        if self.on_segment is not None:
            try:
                self.on_segment(segment)
            except Exception:  # noqa: BLE001 - the file is kept; the service reports what failed
                log.exception("video: segment %s of %s not recorded", segment.number, segment.recording_id)
                self._alert("write_failed", "Video segment saved but not recorded in the evidence chain.")

    def _disk_ok(self) -> bool:
        """Check free space before each new segment: warn once below the threshold, stop at the floor."""
        try:
            self.work_dir.mkdir(parents=True, exist_ok=True)
            free = shutil.disk_usage(self.work_dir).free
        except OSError:
            return True
        if free < self.settings.disk_floor_bytes:
            self.state, self._disk_stop_at = "stopped", time.monotonic()
            self._alert("disk_full", f"Disk almost full ({free / GB:.1f} GB free): video recording stopped.")
            return False
        if free < self.settings.disk_warn_bytes and not self._warned_disk:
            self._warned_disk = True
            self._alert("disk_low", f"Disk space low ({free / GB:.1f} GB free): video will stop soon.")
        return True

    def _watch_camera(self, now: float) -> None:
        if self.state != "recording" or self._lost_since is not None:
            return
        last = max(self._last_offer, self._last_frame)
        if now - last > self.settings.camera_lost_s:
            self._lost_since = last
            self._close_segment()  # keep what was recorded safe while the camera is away
            self._alert("camera_lost", "Camera lost: this order's video is incomplete. Packing may go on.")

    def _gap(self, start: float, end: float, reason: str) -> None:
        if self.on_gap is not None and self.recording_id:
            with contextlib.suppress(Exception):
                self.on_gap(self.recording_id, Gap(self._wall(start), self._wall(end), reason))

    def _alert(self, kind: str, message: str) -> None:
        if self.on_alert is not None:
            with contextlib.suppress(Exception):
                self.on_alert(VideoAlert(kind, self.recording_id, message, datetime.now(UTC)))
