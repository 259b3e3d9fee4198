"""The burned-in video overlay: a caption strip on top (scans), an order/time banner at the bottom.

Drawn straight into the I420 frame the encoder takes: white text on a dark band touches the luma
plane only, the band's chroma is set to neutral. Text comes from the proof-photo stamp's fonts
(`evidence.stamp.line_coverage`), so photos and video use one font system. The banner is rendered
once per second of wall time (or when its text changes) and copied into each frame.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, replace
from datetime import UTC, datetime, tzinfo
from typing import Any

import numpy as np

from packstation.evidence.stamp import BANNER_BG, fit_size, line_coverage, time_text

CAPTION_BG = 16


@dataclass(frozen=True)
class OverlayText:
    """What the banner says about the order being packed."""

    order_id: str = ""
    tracking_number: str = ""
    station: str = ""
    packer: str = ""
    step: str = ""
    tz: tzinfo = UTC


def banner_lines(text: OverlayText, at: datetime) -> tuple[str, str]:
    """The two banner lines for a frame taken at `at`."""
    first = f"Order {text.order_id or '-'}   Tracking {text.tracking_number or '-'}   Step {text.step or '-'}"
    second = f"Station {text.station}   Packer {text.packer}   {time_text(at, text.tz)}"
    return first, second


def banner_height(height: int) -> int:
    """Bottom band height: two lines, about 9 % of the frame."""
    return max(40, (round(height * 0.09) + 1) // 2 * 2)


def caption_height(height: int) -> int:
    return max(24, (round(height * 0.06) + 1) // 2 * 2)


def _shade(mask: np.ndarray, background: int) -> np.ndarray:
    """Luma of white text anti-aliased over a dark band."""
    return (background + (mask.astype(np.uint16) * (235 - background) + 127) // 255).astype(np.uint8)


def render_banner_luma(text: OverlayText, at: datetime, width: int, height: int) -> np.ndarray:
    """The bottom band's luma (band height x width) for one second of the recording."""
    band_h = banner_height(height)
    pad = max(4, band_h // 10)
    line_h = (band_h - 2 * pad) // 2
    band = np.full((band_h, width), BANNER_BG, np.uint8)
    for n, line in enumerate(banner_lines(text, at)):
        size = fit_size(line, max(9, int(line_h * 0.8)), width - 2 * pad, bold=n == 0)
        mask = line_coverage(line, size, line_h, width - 2 * pad, bold=n == 0)
        band[pad + n * line_h : pad + (n + 1) * line_h, pad : width - pad] = _shade(mask, BANNER_BG)
    return band


def render_caption_luma(caption: str, width: int, height: int) -> np.ndarray:
    """The top strip's luma showing one caption (e.g. `SCAN 8851234567890  OK  Blue mug`)."""
    strip_h = caption_height(height)
    pad = max(3, strip_h // 8)
    strip = np.full((strip_h, width), CAPTION_BG, np.uint8)
    size = fit_size(caption, max(9, int((strip_h - 2 * pad) * 0.8)), width - 2 * pad, bold=True)
    mask = line_coverage(caption, size, strip_h - 2 * pad, width - 2 * pad, bold=True)
    strip[pad : strip_h - pad, pad : width - pad] = _shade(mask, CAPTION_BG)
    return strip


class VideoOverlay:
    """Thread-safe overlay state (set by the station, read by the encoder thread) and its drawing."""

    def __init__(self, width: int, height: int, caption_s: float = 3.0) -> None:
        self.width, self.height, self.caption_s = width, height, caption_s
        self._lock = threading.Lock()
        self._text = OverlayText()
        self._caption = ""
        self._caption_from = 0.0
        self._caption_until = 0.0
        self._banner_key: tuple[OverlayText, int] | None = None
        self._banner: np.ndarray | None = None
        self._caption_key = ""
        self._caption_luma: np.ndarray | None = None

    @property
    def text(self) -> OverlayText:
        return self._text

    def set_text(self, text: OverlayText) -> None:
        with self._lock:
            self._text = text

    def update(self, **fields: Any) -> None:
        """Change some banner fields (order_id, tracking_number, station, packer, step)."""
        with self._lock:
            self._text = replace(self._text, **fields)

    def show_caption(self, caption: str, at: float) -> None:
        """Show `caption` from monotonic time `at` for `caption_s` seconds."""
        with self._lock:
            self._caption, self._caption_from, self._caption_until = caption, at, at + self.caption_s

    def caption_at(self, at: float) -> str:
        with self._lock:
            return self._caption if self._caption_from <= at < self._caption_until else ""

    def draw(self, i420: np.ndarray, at_mono: float, at_wall: datetime) -> None:
        """Burn the banner (and a live caption) into an I420 frame (h*3/2 x w), in place."""
        width, height = self.width, self.height
        with self._lock:
            text = self._text
            caption = self._caption if self._caption_from <= at_mono < self._caption_until else ""
        key = (text, int(at_wall.timestamp()))
        if key != self._banner_key or self._banner is None:
            self._banner = render_banner_luma(text, at_wall, width, height)
            self._banner_key = key
        band = self._banner
        y, u, v = _planes(i420, width, height)
        top = height - band.shape[0]
        y[top:] = band
        u[top // 2 :] = 128
        v[top // 2 :] = 128
        if caption:
            if caption != self._caption_key or self._caption_luma is None:
                self._caption_luma = render_caption_luma(caption, width, height)
                self._caption_key = caption
            strip = self._caption_luma
            y[: strip.shape[0]] = strip
            u[: strip.shape[0] // 2] = 128
            v[: strip.shape[0] // 2] = 128


def _planes(i420: np.ndarray, width: int, height: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Views of the Y, U and V planes of a contiguous I420 buffer as OpenCV lays it out."""
    flat = i420.reshape(-1)
    y = flat[: width * height].reshape(height, width)
    quarter = (width // 2) * (height // 2)
    u = flat[width * height : width * height + quarter].reshape(height // 2, width // 2)
    v = flat[width * height + quarter : width * height + 2 * quarter].reshape(height // 2, width // 2)
    return y, u, v
