"""A layout as a 1-bit bitmap and PNG preview: the same text bitmaps and bar modules the printer gets."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image

from packstation.labels.code128 import module_runs
from packstation.labels.layout import BarcodeBlock, Box, Layout, TextLine
from packstation.labels.raster import text_bitmap


def _paste(page: np.ndarray, bits: np.ndarray, x: int, y: int) -> None:
    h = min(bits.shape[0], page.shape[0] - y)
    w = min(bits.shape[1], page.shape[1] - x)
    if h > 0 and w > 0:
        page[y : y + h, x : x + w] |= bits[:h, :w]


def render_bitmap(layout: Layout) -> np.ndarray:
    """The label as dots (True = black), exactly `layout.height` x `layout.width`."""
    page = np.zeros((layout.height, layout.width), dtype=bool)
    for el in layout.elements:
        if isinstance(el, TextLine):
            _paste(page, text_bitmap(el.text, el.height, el.bold), el.x, el.y)
        elif isinstance(el, BarcodeBlock):
            for start, length in module_runs(el.symbol.modules):
                x0 = el.x + start * el.module
                page[el.y : el.y + el.height, x0 : x0 + length * el.module] = True
        elif isinstance(el, Box):
            t = el.thickness
            region = page[el.y : el.y + el.height, el.x : el.x + el.width]
            region[:t, :] = True
            region[-t:, :] = True
            region[:, :t] = True
            region[:, -t:] = True
    return page


def bitmap_image(bits: np.ndarray) -> Image.Image:
    """Boolean dots to a black-on-white 1-bit Pillow image (packed directly: a 1-bit pixel 1 is white)."""
    height, width = bits.shape
    return Image.frombytes("1", (width, height), np.packbits(~bits, axis=1).tobytes())


def bitmap_png(bits: np.ndarray, dpi: int) -> bytes:
    """A 1-bit PNG of the dots with the dpi recorded, so a viewer shows it at print size."""
    out = io.BytesIO()
    bitmap_image(bits).save(out, "PNG", dpi=(dpi, dpi), compress_level=1)
    return out.getvalue()


def to_image(layout: Layout) -> Image.Image:
    return bitmap_image(render_bitmap(layout))


def to_png(layout: Layout) -> bytes:
    """PNG preview at the printer's resolution (1 pixel = 1 dot), with the dpi recorded."""
    return bitmap_png(render_bitmap(layout), layout.dpi)
