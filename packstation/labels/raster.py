"""Label text as 1-bit bitmaps (Pillow + raqm, Noto) and bitmaps as ZPL `^GF` Z64 graphics.

Text the printer cannot draw is sent as the very bitmap the PNG preview shows, so the two match.
Bitmaps and their Z64 encodings are cached: the same names and SKUs come back label after label.
"""

from __future__ import annotations

import base64
import binascii
import threading
import zlib
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw

from packstation.labels.fonts import font, script_runs

# One FreeType face is shared by every caller (fonts are cached); FreeType faces are not thread-safe,
# and the print spool renders off the GUI thread while the UI draws previews.
_FREETYPE = threading.Lock()
FONT_SCALE = 0.72  # font em size as a share of the text line height
BASELINE = 0.78  # baseline position as a share of the text line height


def font_size(line_height: int) -> int:
    return max(6, int(round(line_height * FONT_SCALE)))


@lru_cache(maxsize=4096)
def text_width(text: str, line_height: int, bold: bool = False) -> int:
    """Width in dots of `text` drawn on a line `line_height` dots tall."""
    size = font_size(line_height)
    runs = script_runs(text, bold)
    with _FREETYPE:
        return int(round(sum(font(script, size, bold).getlength(run) for script, run in runs)))


@lru_cache(maxsize=2048)
def text_bitmap(text: str, line_height: int, bold: bool = False) -> np.ndarray:
    """The text as a boolean array (True = black dot), `line_height` rows, thresholded, no grey."""
    size = font_size(line_height)
    width = max(1, text_width(text, line_height, bold))
    canvas = Image.new("L", (width + 2, line_height), 0)
    draw = ImageDraw.Draw(canvas)
    x = 0.0
    baseline = int(round(line_height * BASELINE))
    with _FREETYPE:
        for script, run in script_runs(text, bold):
            face = font(script, size, bold)
            draw.text((x, baseline), run, fill=255, font=face, anchor="ls")
            x += face.getlength(run)
    bits = np.asarray(canvas) >= 128
    bits.setflags(write=False)
    return bits


def notdef_bitmap(script: str, line_height: int) -> np.ndarray:
    """What the font draws for a character it lacks (the 'tofu' box), for checking real glyphs."""
    size = font_size(line_height)
    canvas = Image.new("L", (line_height * 2, line_height), 0)
    ImageDraw.Draw(canvas).text(
        (0, int(line_height * BASELINE)), "\U000e01ef", fill=255, font=font(script, size), anchor="ls"
    )
    return np.asarray(canvas) >= 128


def crc16_ccitt(data: bytes) -> int:
    """CRC-16-CCITT (polynomial 0x1021, start 0) as Zebra checks Z64 data."""
    return binascii.crc_hqx(data, 0)


def z64(bits: np.ndarray) -> tuple[str, int, int]:
    """Z64 form of a boolean bitmap: (`:Z64:` data:crc, total bytes, bytes per row)."""
    packed = np.packbits(bits, axis=1)
    rows, per_row = packed.shape
    encoded = base64.b64encode(zlib.compress(packed.tobytes(), 6))
    return f":Z64:{encoded.decode('ascii')}:{crc16_ccitt(encoded):04x}", rows * per_row, per_row


def gf_field(bits: np.ndarray) -> str:
    """A `^GFA` command drawing this bitmap (1 = black)."""
    data, total, per_row = z64(bits)
    return f"^GFA,{total},{total},{per_row},{data}"


@lru_cache(maxsize=2048)
def text_gf(text: str, line_height: int, bold: bool = False) -> str:
    """Cached `^GFA` graphic of a line of text."""
    return gf_field(text_bitmap(text, line_height, bold))


def decode_z64(field: str) -> bytes:
    """Inverse of `z64` for checks: verify the CRC and return the packed bitmap bytes."""
    if not field.startswith(":Z64:"):
        raise ValueError("not a Z64 field")
    payload, _, crc = field[5:].rpartition(":")
    if f"{crc16_ccitt(payload.encode('ascii')):04x}" != crc.lower():
        raise ValueError("Z64 CRC mismatch")
    return zlib.decompress(base64.b64decode(payload))


def to_bits(image: Image.Image, threshold: int = 128) -> np.ndarray:
    """Grey or colour image to a boolean bitmap (True = black), a hard threshold with no dithering."""
    grey = image.convert("L") if image.mode != "L" else image
    return np.asarray(grey) < threshold
