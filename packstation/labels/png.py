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
    """Boolean dots to a black-on-white 1-bit Pillow image."""
    return Image.fromarray(np.where(bits, 0, 255).astype(np.uint8), "L").convert("1")


def to_image(layout: Layout) -> Image.Image:
    return bitmap_image(render_bitmap(layout))


def to_png(layout: Layout) -> bytes:
    """PNG preview at the printer's resolution (1 pixel = 1 dot), with the dpi recorded."""
    out = io.BytesIO()
    to_image(layout).save(out, "PNG", dpi=(layout.dpi, layout.dpi), compress_level=1)
    return out.getvalue()
