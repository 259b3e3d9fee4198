"""Code 128 bars drawn straight into camera frames (numpy arrays): the simulated camera's parcel label
and the stamp burned into proof photos both use it."""

from __future__ import annotations

import barcode
import numpy as np


def code128_modules(data: str) -> str | None:
    """Bar/space modules ('1' = bar) of a Code 128 symbol, or None if the text cannot be encoded."""
    try:
        return barcode.get("code128", data).build()[0]
    except Exception:  # noqa: BLE001 - python-barcode raises assorted errors for characters outside Code 128
        return None


def draw_code128(canvas: np.ndarray, modules: str, x: int, y: int, height: int, module_px: int) -> int:
    """Draw bars into a grayscale or BGR canvas at (x, y); returns the drawn width in pixels."""
    bars = np.repeat(np.frombuffer(modules.encode("ascii"), np.uint8) == ord("1"), module_px)
    region = canvas[y : y + height, x : x + bars.size]
    region[:, bars[: region.shape[1]]] = 0
    return int(bars.size)
