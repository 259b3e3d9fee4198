"""Burn order, tracking number, station, packer and time into a banner under each proof photo.

The banner is appended below the frame (never covering the parcel) and carries a Code 128 of the
order id so anyone, or a test, can read the stamp back with a barcode decoder.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from functools import lru_cache

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from packstation.devices.frame_barcodes import code128_modules, draw_code128
from packstation.evidence.fonts import font_chain, split_runs

BANNER_BG = 24
TEXT_COLOR = (255, 255, 255)
DIM_COLOR = (210, 210, 210)
# Coverage 0..255 -> grey of white text anti-aliased over the banner background (the time line's look).
_TEXT_SHADE = (BANNER_BG + (np.arange(256) * (TEXT_COLOR[0] - BANNER_BG) + 127) // 255).astype(np.uint8)
_DIM_SHADE = (BANNER_BG + (np.arange(256) * (DIM_COLOR[0] - BANNER_BG) + 127) // 255).astype(np.uint8)


@dataclass(frozen=True)
class PhotoContext:
    """Who photographs which parcel of which order, where, and in which local time zone."""

    order_id: str
    tracking_number: str
    station: str
    packer: str
    kind: str
    tz: tzinfo = UTC
    parcel_number: int = 1
    camera: str = ""


def banner_height(width: int) -> int:
    """Banner height for a frame width: about 15 % of a 16:9 frame, never too small to read."""
    return max(96, round(width * 0.11))


@lru_cache(maxsize=32)
def _font(role: str, size: int) -> ImageFont.FreeTypeFont:
    chain = font_chain()
    font = chain.get(role, chain["latin"])
    return ImageFont.truetype(str(font.path), size, index=font.index)


def _draw_line(
    draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, size: int, fill: tuple, bold: bool
) -> None:
    """Draw text run by run so Thai and CJK pieces use a font that has their glyphs."""
    x, y = xy
    for script, run in split_runs(text):
        role = "latin-bold" if bold and script == "latin" else script
        font = _font(role, size)
        draw.text((x, y), run, font=font, fill=fill)
        x += round(draw.textlength(run, font=font))


@lru_cache(maxsize=16)
def _static_banner(ctx: PhotoContext, width: int) -> tuple[np.ndarray, int, int]:
    """The part of the banner that does not change between photos of one order (cached)."""
    height = banner_height(width)
    pad = max(6, height // 12)
    canvas = np.full((height, width, 3), BANNER_BG, np.uint8)
    text_right = width - pad
    modules = code128_modules(ctx.order_id) if ctx.order_id else None
    if modules:
        quiet = 10
        module_px = max(1, min(3, int(width * 0.38) // (len(modules) + 2 * quiet)))
        code_w = (len(modules) + 2 * quiet) * module_px
        if code_w <= width * 0.5:
            x0 = width - pad - code_w
            canvas[pad : height - pad, x0 : x0 + code_w] = 255
            draw_code128(canvas, modules, x0 + quiet * module_px, pad + pad // 2, height - 3 * pad, module_px)
            text_right = x0 - pad
    line_h = (height - 2 * pad) // 3
    big = max(12, int(line_h * 0.78))
    small = max(11, int(line_h * 0.66))
    parcel = f"  #{ctx.parcel_number}" if ctx.parcel_number != 1 else ""
    lines = [
        (f"Order {ctx.order_id}   Tracking {ctx.tracking_number or '-'}", pad, big, True),
        (
            f"Station {ctx.station}   Packer {ctx.packer}   Photo {ctx.kind}{parcel}",
            pad + line_h,
            small,
            False,
        ),
    ]
    text_area = canvas[:, :text_right]
    room = text_right - 2 * pad
    # Shrink a line until it fits beside the barcode: the tracking number must never be cut off.
    lines = [
        (text, y, _fit(text, size, room, "latin-bold" if bold else "latin"), bold)
        for text, y, size, bold in lines
    ]
    if all(text.isascii() for text, *_ in lines):
        # Cached glyphs (as the time line): no font rendering per order for the usual ASCII ids.
        for text, y, size, bold in lines:
            region = text_area[y : y + line_h, pad:]
            mask = _coverage(text, size, region.shape[0], region.shape[1], "latin-bold" if bold else "latin")
            shade = cv2.LUT(mask, _TEXT_SHADE if bold else _DIM_SHADE)
            np.copyto(region, cv2.cvtColor(shade, cv2.COLOR_GRAY2BGR), where=(mask > 0)[:, :, None])
    else:  # a station or packer name in another script: Pillow picks a font per run
        image = Image.fromarray(text_area)
        draw = ImageDraw.Draw(image)
        for text, y, size, bold in lines:
            _draw_line(draw, (pad, y), text, size, TEXT_COLOR if bold else DIM_COLOR, bold)
        canvas[:, :text_right] = np.asarray(image)
    canvas.setflags(write=False)
    return canvas, pad + 2 * line_h, small


def time_text(taken_at: datetime, tz: tzinfo) -> str:
    """Local time with its zone and offset, then UTC, as burned into the stamp."""
    local = taken_at.astimezone(tz)
    utc = taken_at.astimezone(UTC)
    name = local.tzname() or ""
    return f"{local:%Y-%m-%d %H:%M:%S} {name} (UTC{local:%z})   UTC {utc:%Y-%m-%d %H:%M:%SZ}"


@dataclass(frozen=True)
class _Glyph:
    """One pre-rendered character: its coverage mask, where it sits from the pen, and how far the pen moves."""

    alpha: np.ndarray
    dx: int
    dy: int
    advance: float


@lru_cache(maxsize=1024)
def _glyph(role: str, size: int, char: str) -> _Glyph:
    """Render one character once with Pillow (anchor left-ascender, as `draw.text` uses)."""
    font = _font(role, size)
    left, top, right, bottom = font.getbbox(char)
    alpha = np.zeros((0, 0), np.uint8)
    if right > left and bottom > top:
        mask = Image.new("L", (int(right - left), int(bottom - top)), 0)
        ImageDraw.Draw(mask).text((-left, -top), char, font=font, fill=255)
        alpha = np.asarray(mask)
        alpha.setflags(write=False)
    return _Glyph(alpha, int(left), int(top), font.getlength(char))


@lru_cache(maxsize=4096)
def _advance(role: str, size: int, char: str) -> float:
    """How far the pen moves for one character (what `_glyph` gives, without drawing it)."""
    return _font(role, size).getlength(char)


def _length(text: str, size: int, role: str) -> float:
    if text.isascii():  # drawn glyph by glyph from the cache: the sum of their advances
        return sum(_advance(role, size, c) for c in text)
    return sum(_font(script if script != "latin" else role, size).getlength(run) for script, run in split_runs(text))


def _fit(text: str, size: int, room: int, role: str) -> int:
    """The largest size up to `size` at which `text` fits in `room` pixels (never below 9 px).

    Measured, not drawn, and started from the proportional guess: trying each size down from the
    largest drew every glyph at every size (a new order's overlay line took 150 ms with the
    interpreter lock held, and the window waited)."""
    length = _length(text, size, role)
    if length <= room:
        return size
    guess = max(9, min(size - 1, int(size * room / length) + 1))
    while guess < size and _length(text, guess + 1, role) <= room:
        guess += 1  # the guess was short
    while guess > 9 and _length(text, guess, role) > room:
        guess -= 1
    return guess


def _coverage(text: str, size: int, height: int, width: int, role: str = "latin") -> np.ndarray:
    """Coverage mask of an ASCII line drawn from cached glyphs (no per-shot font rendering)."""
    canvas = np.zeros((height, width), np.uint8)
    pen = 0.0
    for char in text:
        glyph = _glyph(role, size, char)
        x, y = round(pen) + glyph.dx, glyph.dy
        pen += glyph.advance
        h, w = glyph.alpha.shape
        x0, y0, x1, y1 = max(x, 0), max(y, 0), min(x + w, width), min(y + h, height)
        if x1 > x0 and y1 > y0:
            target = canvas[y0:y1, x0:x1]
            np.maximum(target, glyph.alpha[y0 - y : y1 - y, x0 - x : x1 - x], out=target)
    return canvas


def _draw_time(region: np.ndarray, text: str, size: int) -> None:
    """Draw this photo's time line into a banner region (BGR, background already BANNER_BG)."""
    height, width = region.shape[:2]
    if text.isascii():
        shade = cv2.LUT(_coverage(text, size, height, width), _TEXT_SHADE)
        region[:] = cv2.cvtColor(shade, cv2.COLOR_GRAY2BGR)
        return
    strip = Image.new("RGB", (width, height), (BANNER_BG,) * 3)  # a zone name outside ASCII: slow path
    _draw_line(ImageDraw.Draw(strip), (0, 0), text, size, TEXT_COLOR, False)
    region[:] = np.asarray(strip)


def _time_region(banner: np.ndarray, time_y: int) -> np.ndarray:
    """Where the time line goes in a banner: under the two static lines, left half and a bit."""
    width = banner.shape[1]
    pad = max(6, banner.shape[0] // 12)
    return banner[time_y:, pad : pad + width // 2 + width // 8]


def render_banner(ctx: PhotoContext, taken_at: datetime, width: int) -> np.ndarray:
    """The full banner (BGR) for one photo: cached order/station part plus this photo's time."""
    if taken_at.tzinfo is None:
        raise ValueError("taken_at must be timezone-aware")
    static, time_y, size = _static_banner(ctx, width)
    banner = static.copy()
    _draw_time(_time_region(banner, time_y), time_text(taken_at, ctx.tz), size)
    return banner


def stamp_frame(frame: np.ndarray, ctx: PhotoContext, taken_at: datetime) -> np.ndarray:
    """A new BGR image: the frame with the stamp banner appended below it (the frame is copied once)."""
    if frame.ndim == 2:
        frame = np.repeat(frame[:, :, None], 3, axis=2)
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"expected a BGR frame, got shape {frame.shape}")
    if taken_at.tzinfo is None:
        raise ValueError("taken_at must be timezone-aware")
    height, width = frame.shape[:2]
    static, time_y, size = _static_banner(ctx, width)
    stamped = np.empty((height + static.shape[0], width, 3), np.uint8)
    stamped[:height] = frame
    banner = stamped[height:]
    banner[:] = static
    _draw_time(_time_region(banner, time_y), time_text(taken_at, ctx.tz), size)
    return stamped


def line_coverage(text: str, size: int, height: int, width: int, bold: bool = False) -> np.ndarray:
    """Coverage mask (0..255) of one line of text in the stamp's fonts, for other overlays (video).

    ASCII uses the cached glyphs; other scripts go through Pillow run by run, as the banner does.
    """
    role = "latin-bold" if bold else "latin"
    if text.isascii():
        return _coverage(text, size, height, width, role)
    mask = Image.new("L", (width, height), 0)
    draw = ImageDraw.Draw(mask)
    x = 0
    for script, run in split_runs(text):
        font = _font(role if script == "latin" else script, size)
        draw.text((x, 0), run, font=font, fill=255)
        x += round(draw.textlength(run, font=font))
    return np.asarray(mask)


def fit_size(text: str, size: int, room: int, bold: bool = False) -> int:
    """The largest font size up to `size` at which `text` fits in `room` pixels."""
    return _fit(text, size, room, "latin-bold" if bold else "latin")
