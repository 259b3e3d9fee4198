"""The proof-photo camera: OpenCV (device index or video file) or the simulator, read in a worker thread.

`CameraWorker` keeps only the newest frame (the preview and capture take that one), reports what the
camera really delivers, and watches frame age and frame content: a camera that stops delivering, or
keeps returning the same picture (OpenCV does that with some hung USB cameras), is released and
reopened with backoff while the status bar and the Photograph page tell the packer.
"""

from __future__ import annotations

import logging
import os
import threading
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import parse_qs, unquote, urlsplit

import cv2
import numpy as np

from packstation.devices.base import THREAD_PREFIX, Backoff, DeviceWorker, safe_call
from packstation.devices.camera_sim import SimCamera

log = logging.getLogger(__name__)

#: Grace for a camera's first frame after opening (USB cameras can take seconds to start streaming).
FIRST_FRAME_S = 5.0


class CameraUrlError(ValueError):
    """A camera address that cannot be understood (the message names it and the accepted forms)."""


class ClipEnded(OSError):
    """A video file played to its end and is not looped: the camera stops, it is not lost."""


class CameraSource(Protocol):
    """What the worker needs from a camera: open, read a BGR frame (OSError when lost), release."""

    def open(self) -> None: ...

    def read(self) -> np.ndarray | None: ...

    def release(self) -> None: ...

    def resolution(self) -> tuple[int, int]: ...

    def describe(self) -> str: ...


class CvSource:
    """A camera or video file through `cv2.VideoCapture`; files play at their own frame rate, looped or once."""

    def __init__(self, target: int | Path, width: int = 1280, height: int = 720, loop: bool = True) -> None:
        self.target, self.want, self.loop = target, (width, height), loop
        self.cap: cv2.VideoCapture | None = None
        self.actual = (0, 0)
        self.fourcc = ""
        self._file_id: tuple[int, int, int] | None = None
        self._checked_at = 0.0
        self._interval = 0.0
        self._next_at = 0.0

    @property
    def is_file(self) -> bool:
        return isinstance(self.target, Path)

    def open(self) -> None:
        if self.is_file:
            path = Path(str(self.target))
            if not path.is_file():
                raise FileNotFoundError(f"video file {path} not found")
            self._file_id = _file_identity(path)
            cap = cv2.VideoCapture(str(path))
        else:
            cap = cv2.VideoCapture(int(str(self.target)))
        if not cap.isOpened():
            cap.release()
            raise OSError(f"camera {self.describe()} did not open")
        if not self.is_file:
            cap.set(cv2.CAP_PROP_FOURCC, cv2.VideoWriter.fourcc(*"MJPG"))
            cap.set(cv2.CAP_PROP_FRAME_WIDTH, self.want[0])
            cap.set(cv2.CAP_PROP_FRAME_HEIGHT, self.want[1])
        self.actual = (int(cap.get(cv2.CAP_PROP_FRAME_WIDTH)), int(cap.get(cv2.CAP_PROP_FRAME_HEIGHT)))
        code = int(cap.get(cv2.CAP_PROP_FOURCC))
        self.fourcc = "".join(chr((code >> (8 * i)) & 0xFF) for i in range(4)).strip("\x00 ") if code else ""
        fps = cap.get(cv2.CAP_PROP_FPS) or 0.0
        self._interval = 1.0 / fps if self.is_file and 1.0 <= fps <= 120.0 else 0.0
        self.cap = cap

    def read(self) -> np.ndarray | None:
        """The next frame; None for a failed read; OSError when a video file is gone or replaced."""
        cap = self.cap
        if cap is None:
            raise OSError("camera not open")
        if self.is_file:
            self._check_file()
            self._pace()
        ok, frame = cap.read()
        if not ok and self.is_file:  # end of the clip: play it again, or stop
            if not self.loop:
                raise ClipEnded(f"video file {self.target} ended")
            cap.set(cv2.CAP_PROP_POS_FRAMES, 0)
            ok, frame = cap.read()
        return frame if ok else None

    def _pace(self) -> None:
        if self._interval:
            now = time.monotonic()
            if self._next_at > now:
                time.sleep(self._next_at - now)
            self._next_at = max(now, self._next_at) + self._interval

    def _check_file(self) -> None:
        now = time.monotonic()
        if now - self._checked_at < 0.25:
            return
        self._checked_at = now
        path = Path(str(self.target))
        try:
            ident = _file_identity(path)
        except FileNotFoundError as exc:
            raise OSError(f"video file {path} disappeared") from exc
        if ident != self._file_id:
            raise OSError(f"video file {path} was replaced")

    def release(self) -> None:
        if self.cap is not None:
            self.cap.release()
            self.cap = None

    def resolution(self) -> tuple[int, int]:
        return self.actual

    def describe(self) -> str:
        return f"cv://{self.target}" if not self.is_file else f"cv://{self.target}"


class BrokenSource:
    """Stands in for a camera whose address is wrong: never opens, and says why in the status bar."""

    def __init__(self, url: str, reason: str) -> None:
        self.url, self.reason = url, reason

    def open(self) -> None:
        raise OSError(self.reason)

    def read(self) -> np.ndarray | None:
        raise OSError(self.reason)

    def release(self) -> None:
        """Nothing was opened."""

    def resolution(self) -> tuple[int, int]:
        return 0, 0

    def describe(self) -> str:
        return self.url


def _file_identity(path: Path) -> tuple[int, int, int]:
    st = os.stat(path)
    return st.st_ino, st.st_mtime_ns, st.st_size


def open_camera_source(url: str, width: int = 1280, height: int = 720) -> CameraSource:
    """`cv://0` (device index), `cv:///path/clip.mp4[?loop=0]` (video file) or `sim` (simulated parcel)."""
    parts = urlsplit(url.strip())
    if parts.scheme == "" and parts.path == "sim" or parts.scheme == "sim":
        query = parse_qs(parts.query)
        fps = float(query.get("fps", ["30"])[0])
        return SimCamera(width, height, fps)
    if parts.scheme == "cv":
        if parts.netloc and not parts.path:
            if not parts.netloc.isdigit():
                raise CameraUrlError(f"camera {url!r}: cv://N needs a device number, e.g. cv://0")
            return CvSource(int(parts.netloc), width, height)
        if parts.path:
            loop = parse_qs(parts.query).get("loop", ["1"])[0].lower() not in ("0", "false", "no", "off")
            return CvSource(Path(unquote(parts.path)), width, height, loop=loop)
    raise CameraUrlError(f"camera {url!r} not understood: use cv://0, cv:///path/clip.mp4 or sim")


@dataclass(frozen=True)
class CameraFrame:
    """One frame as delivered: the BGR image, its number and when it arrived (monotonic seconds)."""

    image: np.ndarray
    seq: int
    at: float


@dataclass(frozen=True)
class CameraStatus:
    """What the status bar shows for the camera: a state word and a short message."""

    state: str  # connected | simulated | reconnecting | frozen | error | stopped
    message: str = ""

    @property
    def usable(self) -> bool:
        return self.state in ("connected", "simulated")


class CameraWorker(DeviceWorker):
    """Reads frames continuously; a watchdog on frame age and content reopens a lost or frozen camera."""

    def __init__(
        self,
        source: CameraSource,
        on_frame: Callable[[CameraFrame], None] | None = None,
        on_status: Callable[[CameraStatus], None] | None = None,
        stale_after_s: float = 2.0,
        frozen_after_s: float = 3.0,
        backoff: Backoff | None = None,
        recent_trouble_s: float = 120.0,
    ) -> None:
        super().__init__("camera")
        self.source, self.on_frame, self.on_status = source, on_frame, on_status
        self.stale_after_s, self.frozen_after_s = stale_after_s, frozen_after_s
        self.backoff = backoff or Backoff(initial=0.2, maximum=5.0)
        self.recent_trouble_s = recent_trouble_s
        self._lock = threading.Lock()
        self._latest: CameraFrame | None = None
        self._seq = 0
        self.opened = 0  # how many times the camera was (re)opened
        self.status = CameraStatus("stopped", "not started")
        self.last_trouble = ""
        self._trouble_at: float | None = None
        self._status_lock = threading.Lock()
        self._reading_since: float | None = None  # set while the reader waits inside source.read()
        self._read_limit = stale_after_s
        self._watchdog: threading.Thread | None = None
        self._subscribers: tuple[Callable[[CameraFrame], None], ...] = ()

    # -- fan-out: one camera feeds the preview, the proof photos and the video recorder ------------
    def subscribe(self, listener: Callable[[CameraFrame], None]) -> Callable[[], None]:
        """Call `listener` with every new frame (on the reader thread; it must not block); returns unsubscribe."""
        with self._lock:
            self._subscribers = (*self._subscribers, listener)

        def unsubscribe() -> None:
            with self._lock:
                self._subscribers = tuple(s for s in self._subscribers if s is not listener)

        return unsubscribe

    # -- read by the preview, the capture and the page ------------------------------------------
    def latest(self) -> CameraFrame | None:
        with self._lock:
            return self._latest

    def frame_age(self, now: float | None = None) -> float | None:
        frame = self.latest()
        return None if frame is None else (now or time.monotonic()) - frame.at

    def fresh_frame(self, max_age_s: float | None = None) -> CameraFrame:
        """The newest frame for a capture; OSError with the packer's message when there is none."""
        frame = self.latest()
        limit = self.stale_after_s if max_age_s is None else max_age_s
        if not self.status.usable or frame is None or time.monotonic() - frame.at > limit:
            raise OSError(f"No picture from the camera ({self.status.message or self.status.state}).")
        return frame

    def trouble(self, now: float | None = None) -> str:
        """The camera's current problem, or one it had recently (empty when all is well)."""
        if self.status.state not in ("connected", "simulated", "stopped"):
            return f"Camera {self.status.state}: {self.status.message}"
        now = time.monotonic() if now is None else now
        if self._trouble_at is not None and now - self._trouble_at < self.recent_trouble_s:
            ago = int(now - self._trouble_at)
            return f"Camera was failing {ago} s ago ({self.last_trouble}); check the photos."
        return ""

    # -- the worker -------------------------------------------------------------------------------
    def start(self) -> None:
        """Start the reader and the watchdog that notices a read that never returns."""
        super().start()
        self._watchdog = threading.Thread(
            target=self._watch, name=f"{THREAD_PREFIX}:camera-watchdog", daemon=True
        )
        self._watchdog.start()

    def stop(self, timeout: float = 2.0) -> None:
        try:
            super().stop(timeout)
        finally:
            if self._watchdog is not None:
                self._watchdog.join(timeout)

    def _wake(self) -> None:
        """Unblock a hung read on stop, for sources that can (the simulator); OpenCV reads end by themselves."""
        safe_call(getattr(self.source, "interrupt", None))

    def _watch(self) -> None:
        """Report a read that hangs (no frame, no error): the reader cannot see it while it waits."""
        step = max(0.02, self.stale_after_s / 4)
        while not self.sleep(step):
            since = self._reading_since
            waited = time.monotonic() - since if since is not None else 0.0
            if waited > self._read_limit and self.status.usable:
                self._report("frozen", f"no frame for {waited:.1f} s: camera not answering")

    def _report(self, state: str, message: str) -> None:
        with self._status_lock:
            if state not in ("connected", "simulated", "stopped"):
                self.last_trouble, self._trouble_at = message, time.monotonic()
            if self.status == CameraStatus(state, message):
                return
            self.status = status = CameraStatus(state, message)
        safe_call(self.on_status, status)

    def _on_crash(self) -> None:
        self._report("error", "camera reader stopped after an internal error")

    def _run(self) -> None:
        while not self.stopping:
            try:
                self.source.open()
            except (OSError, cv2.error) as exc:
                self._report("reconnecting", f"cannot open {self.source.describe()}: {exc}; retrying")
                if self.sleep(self.backoff.next_delay()):
                    break
                continue
            self.opened += 1
            self.backoff.reset()
            try:
                problem = self._session()
            finally:
                self.source.release()
            if problem is None:
                break
            self._report("reconnecting", f"{problem}; reopening")
            if self.sleep(self.backoff.next_delay()):
                break
        if self.status.state != "stopped":  # keep "clip ended" when a file played out
            self._report("stopped", "stopped")

    def _connected_message(self) -> tuple[str, str]:
        width, height = self.source.resolution()
        extra = getattr(self.source, "fourcc", "")
        state = "simulated" if isinstance(self.source, SimCamera) else "connected"
        return state, f"{self.source.describe()} {width}x{height}" + (f" {extra}" if extra else "")

    def _session(self) -> str | None:
        """Deliver frames until stopped (None) or the watchdog finds the camera lost or frozen (reason)."""
        state, message = self._connected_message()
        self._report(state, message)
        last_good = time.monotonic()
        same_since, last_print = last_good, -1
        self._read_limit = max(self.stale_after_s, FIRST_FRAME_S)
        while not self.stopping:
            asked = self._reading_since = time.monotonic()
            try:
                image = self.source.read()
            except ClipEnded as exc:
                self._report("stopped", str(exc))
                return None
            except (OSError, cv2.error) as exc:
                return f"camera lost ({exc})"
            finally:
                self._reading_since = None
            now = time.monotonic()
            if now - asked > self._read_limit:
                return f"camera did not answer for {now - asked:.1f} s"
            if image is not None:
                self._read_limit = self.stale_after_s
            if image is None:
                if now - last_good > self.stale_after_s:
                    return f"no frames for {now - last_good:.1f} s"
                self.sleep(0.01)
                continue
            last_good = now
            fingerprint = zlib.crc32(np.ascontiguousarray(image[::8, ::8]).data)
            if fingerprint != last_print:
                last_print, same_since = fingerprint, now
            elif now - same_since > self.frozen_after_s:
                self._report("frozen", f"same picture for {now - same_since:.1f} s")
                return "camera frozen"
            else:
                continue  # a repeated picture is no new frame: the preview keeps the last one
            with self._lock:
                self._seq += 1
                frame = CameraFrame(image, self._seq, now)
                self._latest = frame
                subscribers = self._subscribers
            safe_call(self.on_frame, frame)
            for listener in subscribers:
                safe_call(listener, frame)
        return None
