"""A handover's summary on the label printer: carrier, courier, parcel count, total weight, and the
manifest id as a barcode (what the courier's scanner and the station's dispatch screen read back).

The same `Layout` as a shipping label, so it goes out as ZPL (`to_zpl`) or as a PNG preview (`to_png`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain.handover import courier_manifest_code
from packstation.labels.code128 import encode
from packstation.labels.layout import BarcodeBlock, Box, Element, Layout, TextLine
from packstation.labels.model import STOCKS, LabelError, Stock, check_dpi, mm_to_dots


@dataclass(frozen=True)
class ManifestSummary:
    """What the summary prints of a closed handover."""

    manifest_id: str
    carrier: str
    courier: str
    vehicle_plate: str
    station: str
    parcels: int
    orders: int
    total_weight_g: float
    closed_at: datetime  # local time, as the manifest prints it

    @property
    def courier_code(self) -> str:
        return courier_manifest_code(self.carrier, self.manifest_id, self.parcels)


def _fit_module(text: str, gs1: bool, max_width: int, preferred: int) -> tuple[int, object]:
    symbol = encode(text, gs1)
    module = min(preferred, max_width // max(1, symbol.width_modules))
    if module < 2:
        raise LabelError(f"{text!r} is too long for a readable barcode on this label")
    return module, symbol


def summary_layout(summary: ManifestSummary, stock: str | Stock = "4x6", dpi: int = 203) -> Layout:
    """The summary label: big carrier and count, courier, weight, time, and two barcodes."""
    paper = STOCKS.get(stock, STOCKS["4x6"]) if isinstance(stock, str) else stock
    check_dpi(dpi)
    width, full_height = paper.dots(dpi)
    unit = dpi / 203  # the design is in 203 dpi dots
    margin = mm_to_dots(4, dpi)

    def d(value: float) -> int:
        return int(round(value * unit))

    y = margin
    elements: list[Element] = []

    def line(text: str, height: float, bold: bool = False, gap: float = 8) -> None:
        nonlocal y
        elements.append(TextLine(margin, y, d(height), text, bold))
        y += d(height + gap)

    line("HANDOVER MANIFEST", 34, bold=True)
    line(summary.carrier, 64, bold=True)
    line(f"{summary.parcels} parcels, {summary.orders} orders", 56, bold=True)
    line(f"Total weight {summary.total_weight_g / 1000:.3f} kg", 36)
    line(
        f"Courier {summary.courier or '-'}"
        + (f", plate {summary.vehicle_plate}" if summary.vehicle_plate else ""),
        32,
    )
    line(f"Station {summary.station}, {summary.closed_at:%Y-%m-%d %H:%M}", 28, gap=20)
    usable = width - 2 * margin
    module, symbol = _fit_module(summary.manifest_id, False, usable, d(3))
    elements.append(BarcodeBlock(margin, y, d(150), module, symbol))  # type: ignore[arg-type]
    y += d(150 + 8)
    line(summary.manifest_id, 30, gap=24)
    try:  # the courier's code is a bonus: when it is too long for readable bars, its text still prints
        module, symbol = _fit_module(summary.courier_code, False, usable, d(2))
    except LabelError:
        line(summary.courier_code, 24, gap=10)
    else:
        elements.append(BarcodeBlock(margin, y, d(100), module, symbol))  # type: ignore[arg-type]
        y += d(100 + 8)
        line(summary.courier_code, 24, gap=10)
    height = min(full_height, y + margin)
    elements.append(Box(d(6), d(6), width - d(12), height - d(12), d(3)))
    return Layout(width, height, dpi, paper, tuple(elements))
