"""A simulated camera: a parcel on the packing table with the order's shipping label on it.

The label carries recipient, order id and a Code 128 of the tracking number drawn large enough to
decode from a 1280x720 frame, so label-visible detection can be tested end to end. Tests can
freeze the picture (the same frame over and over, as a hung USB camera does), stall it (a read
that does not return) or unplug it.
"""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from packstation.devices.frame_barcodes import code128_modules, draw_code128

TABLE_BGR = (70, 92, 110)
PARCEL_BGR = (92, 150, 196)


@dataclass(frozen=True)
class Scene:
    """What lies under the simulated camera."""

    order_id: str = ""
    tracking: str = ""
    recipient: str = ""
    show_label: bool = True


class CameraUnplugged(OSError):
    """The (simulated) camera is gone: reads and opens fail until it is plugged back in."""


class SimCamera:
    """Renders frames on demand at `fps`; thread-safe scene, freeze and unplug switches."""

    def __init__(self, width: int = 1280, height: int = 720, fps: float = 30.0) -> None:
        self.width, self.height, self.fps = width, height, fps
        self._lock = threading.Lock()
        self._scene = Scene()
        self._base: np.ndarray | None = None
        self._frozen: np.ndarray | None = None
        self._freeze = False
        self._unplugged = False
        self._stalled = threading.Event()
        self._interrupted = threading.Event()
        self._tick = 0
        self._next_at = 0.0

    # -- switches for the station and for tests -----------------------------------------------
    def set_scene(self, order_id: str, tracking: str, show_label: bool = True, recipient: str = "") -> None:
        """Put the parcel of `order_id` under the camera (with or without its label showing)."""
        with self._lock:
            self._scene = Scene(order_id, tracking, recipient, show_label)
            self._base = None

    def freeze(self, frozen: bool = True) -> None:
        """Keep returning the last frame, like a camera whose driver hung."""
        with self._lock:
            self._freeze = frozen
            if not frozen:
                self._frozen = None

    def unplug(self, unplugged: bool = True) -> None:
        """Fail every read and open until plugged back in (`unplug(False)`)."""
        with self._lock:
            self._unplugged = unplugged

    def stall(self, stalled: bool = True) -> None:
        """Make reads hang (no frame, no error) until un-stalled, like a USB camera whose driver locked up."""
        if stalled:
            self._stalled.set()
        else:
            self._stalled.clear()

    def interrupt(self) -> None:
        """End a stalled read at once (the worker calls this when it stops)."""
        self._interrupted.set()

    @property
    def scene(self) -> Scene:
        return self._scene

    # -- the camera source interface ------------------------------------------------------------
    def open(self) -> None:
        if self._unplugged:
            raise CameraUnplugged("simulated camera unplugged")
        self._interrupted.clear()
        with self._lock:
            self._frozen = None

    def read(self) -> np.ndarray:
        """The next frame, paced to `fps`; raises CameraUnplugged when unplugged."""
        now = time.monotonic()
        if self._next_at > now:
            time.sleep(self._next_at - now)
        self._next_at = max(now, self._next_at) + 1.0 / self.fps
        while self._stalled.is_set() and not self._unplugged:
            if self._interrupted.wait(0.01):
                raise CameraUnplugged("simulated camera read interrupted")
        with self._lock:
            if self._unplugged:
                raise CameraUnplugged("simulated camera unplugged")
            if self._freeze and self._frozen is not None:
                return self._frozen
            if self._base is None:
                self._base = render_scene(self._scene, self.width, self.height)
            frame = self._base.copy()
            self._tick += 1
            # A small moving marker (like sensor noise and a packer's hand) makes each frame differ.
            x = 20 + (self._tick * 7) % max(1, self.width - 60)
            cv2.rectangle(frame, (x, self.height - 30), (x + 30, self.height - 12), (40, 200, 40), -1)
            if self._freeze:
                self._frozen = frame
            return frame

    def release(self) -> None:
        """Nothing to release for a simulated camera."""

    def resolution(self) -> tuple[int, int]:
        return self.width, self.height

    def describe(self) -> str:
        return "sim"


def render_scene(scene: Scene, width: int, height: int) -> np.ndarray:
    """A parcel on a table, and when `show_label` its shipping label with a decodable tracking code."""
    frame = np.empty((height, width, 3), np.uint8)
    frame[:] = TABLE_BGR
    pw, ph = int(width * 0.7), int(height * 0.8)
    px, py = (width - pw) // 2, (height - ph) // 2
    cv2.rectangle(frame, (px, py), (px + pw, py + ph), PARCEL_BGR, -1)
    cv2.line(frame, (px, py + ph // 2), (px + pw, py + ph // 2), (60, 110, 150), 6)  # tape seam
    if not scene.show_label:
        return frame
    lw, lh = int(pw * 0.8), int(ph * 0.8)
    lx, ly = px + (pw - lw) // 2, py + (ph - lh) // 2
    cv2.rectangle(frame, (lx, ly), (lx + lw, ly + lh), (255, 255, 255), -1)
    font, black = cv2.FONT_HERSHEY_SIMPLEX, (0, 0, 0)
    text_scale = max(0.5, height / 900)
    line = int(34 * text_scale)
    cv2.putText(frame, "SHIP TO", (lx + 16, ly + line), font, text_scale * 0.8, black, 1, cv2.LINE_AA)
    recipient = scene.recipient or "Recipient"
    if recipient.isascii():
        cv2.putText(frame, recipient, (lx + 16, ly + 2 * line), font, text_scale, black, 2, cv2.LINE_AA)
    else:  # Hershey fonts draw ASCII only: Thai, Vietnamese, CJK names go through Pillow and Noto
        _draw_unicode(frame, recipient, (lx + 16, ly + 2 * line), int(line * 0.9))
    cv2.putText(
        frame,
        f"Order {_ascii(scene.order_id)}",
        (lx + 16, ly + 3 * line),
        font,
        text_scale,
        black,
        2,
        cv2.LINE_AA,
    )
    modules = code128_modules(scene.tracking) if scene.tracking else None
    if modules:
        quiet = 12
        module_px = max(1, (lw - 32) // (len(modules) + 2 * quiet))
        code_w = len(modules) * module_px
        bar_y = ly + 4 * line
        bar_h = max(40, ly + lh - bar_y - line - 10)
        draw_code128(frame, modules, lx + (lw - code_w) // 2, bar_y, bar_h, module_px)
        cv2.putText(frame, scene.tracking, (lx + 16, ly + lh - 12), font, text_scale, black, 2, cv2.LINE_AA)
    return frame


_FONT_CANDIDATES = {
    "thai": ("/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf",),
    "cjk": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",),
    "latin": (
        "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
    ),
}


def _script(text: str) -> str:
    if any("\u0e00" <= c <= "\u0e7f" for c in text):
        return "thai"
    if any("\u2e80" <= c <= "\u9fff" or "\uac00" <= c <= "\ud7af" for c in text):
        return "cjk"
    return "latin"


def _draw_unicode(frame: np.ndarray, text: str, baseline_xy: tuple[int, int], size: int) -> None:
    """Draw one line of any script onto a BGR frame (falls back to ASCII when no font is installed)."""
    path = next((p for p in _FONT_CANDIDATES[_script(text)] if Path(p).exists()), None)
    if path is None:
        cv2.putText(
            frame, _ascii(text), baseline_xy, cv2.FONT_HERSHEY_SIMPLEX, size / 34, (0, 0, 0), 2, cv2.LINE_AA
        )
        return
    font = ImageFont.truetype(path, size)
    x, y = baseline_xy
    left, top, right, bottom = font.getbbox(text, anchor="ls")
    box = (max(0, x + left), max(0, y + top), min(frame.shape[1], x + right), min(frame.shape[0], y + bottom))
    if box[2] <= box[0] or box[3] <= box[1]:
        return
    patch = Image.fromarray(np.ascontiguousarray(frame[box[1] : box[3], box[0] : box[2], ::-1]))
    ImageDraw.Draw(patch).text((x - box[0], y - box[1]), text, font=font, fill=(0, 0, 0), anchor="ls")
    frame[box[1] : box[3], box[0] : box[2]] = np.asarray(patch)[:, :, ::-1]


def _ascii(text: str) -> str:
    """OpenCV's Hershey fonts draw ASCII only; other letters become '?'."""
    return "".join(c if 32 <= ord(c) < 127 else "?" for c in text)


class HeadlessCamera:
    """A simulated camera read on demand (no worker thread), for `simulate` and the benchmarks.

    Has what the Photograph step asks of a camera (`fresh_frame`, `trouble`, `source`); `device_s`
    is the time spent drawing scenes, which is the camera's time, not the station's.
    """

    def __init__(self, width: int = 1280, height: int = 720) -> None:
        self.source = SimCamera(width, height, fps=1000.0)
        self.source.open()
        self.device_s = 0.0

    def fresh_frame(self, max_age_s: float | None = None):  # type: ignore[no-untyped-def]
        from packstation.devices.camera import CameraFrame

        started = time.perf_counter()
        image = self.source.read()
        self.device_s += time.perf_counter() - started
        return CameraFrame(image, 0, time.monotonic())

    def trouble(self, now: float | None = None) -> str:
        return ""

    def describe(self) -> str:
        return self.source.describe()
