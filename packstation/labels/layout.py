"""Where everything sits on the label, in printer dots: the one layout that ZPL, PNG and PDF all draw."""

from __future__ import annotations

import math
import unicodedata
from dataclasses import dataclass
from datetime import date

from packstation.labels.code128 import QUIET_MODULES, Code128Symbol, encode
from packstation.labels.model import LabelContent, LabelError, Stock, check_dpi
from packstation.labels.raster import text_width

MAX_ITEM_LINES = 6
ELLIPSIS = "..."  # three dots, so a shortened Latin line can stay in the printer's own font


@dataclass(frozen=True)
class TextLine:
    """One line of text; its top-left corner and line height in dots."""

    x: int
    y: int
    height: int
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Box:
    """A rectangle outline (`thickness` dots); a thickness of half the short side fills it."""

    x: int
    y: int
    width: int
    height: int
    thickness: int


@dataclass(frozen=True)
class BarcodeBlock:
    """A Code 128 / GS1-128 symbol: top-left of the first bar, bar height and module width in dots."""

    x: int
    y: int
    height: int
    module: int
    symbol: Code128Symbol

    @property
    def width(self) -> int:
        return self.symbol.width_modules * self.module


Element = TextLine | Box | BarcodeBlock


@dataclass(frozen=True)
class Layout:
    """A label page: size in dots at `dpi`, and its elements in drawing order."""

    width: int
    height: int
    dpi: int
    stock: Stock
    elements: tuple[Element, ...]

    def barcodes(self) -> list[BarcodeBlock]:
        return [el for el in self.elements if isinstance(el, BarcodeBlock)]


def _clusters(word: str) -> list[str]:
    """Split into characters with their combining marks, so Thai and Vietnamese marks stay on their base."""
    out: list[str] = []
    for ch in word:
        if out and unicodedata.category(ch) in ("Mn", "Mc", "Me"):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def fit(text: str, width: int, height: int, bold: bool = False) -> str:
    """The text shortened with '...' so it fits `width` dots."""
    if text_width(text, height, bold) <= width:
        return text
    parts = _clusters(text)
    while parts and text_width("".join(parts).rstrip() + ELLIPSIS, height, bold) > width:
        parts.pop()
    return "".join(parts).rstrip() + ELLIPSIS


def wrap(text: str, width: int, height: int, bold: bool = False, max_lines: int = 3) -> list[str]:
    """Break text into lines of at most `width` dots (at spaces, else between characters)."""
    if text_width(text, height, bold) <= width:  # most lines fit: one measurement, not one per word
        return [text] if text.strip() else []
    lines: list[str] = []
    current = ""
    for word in text.split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, height, bold) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
            current = ""
        for cluster in _clusters(word):
            if text_width(current + cluster, height, bold) > width and current:
                lines.append(current)
                current = ""
            current += cluster
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = lines[: max_lines - 1] + [fit(" ".join(lines[max_lines - 1 :]), width, height, bold)]
    return lines


def module_for(symbol: Code128Symbol, room: int, dpi: int, min_mm: float, max_mm: float) -> int:
    """Widest whole-dot module between the minimum and maximum X that fits `room` with quiet zones."""
    low = math.ceil(min_mm * dpi / 25.4 - 1e-9)
    high = max(low, math.floor(max_mm * dpi / 25.4 + 1e-9))
    best = room // symbol.width_with_quiet_zones()
    if best < low:
        raise LabelError(
            f"barcode {symbol.text!r} does not fit the label at {dpi} dpi with its quiet zones; use wider stock"
        )
    return min(best, high)


def summarise_items(content: LabelContent) -> str:
    """Every item as `SKU ×qty`, comma-separated (the long form; `item_lines` shortens it to fit)."""
    return ", ".join(f"{item.sku} \u00d7{item.quantity}" for item in content.items)


def item_lines(content: LabelContent, width: int, height: int, max_lines: int) -> list[str]:
    """The item summary in at most `max_lines`: as many whole `SKU ×qty` entries as fit, then `+N more`.

    A packer or carrier reading a shortened list still sees how many SKUs and units are missing from it,
    rather than a SKU cut in the middle.
    """
    if max_lines <= 0 or not content.items:
        return []
    entries = [f"{item.sku} \u00d7{item.quantity}" for item in content.items]
    units = sum(item.quantity for item in content.items)
    head = f"Items ({units}): " if len(entries) > 1 else "Item: "
    for shown in range(len(entries), 0, -1):
        rest = content.items[shown:]
        text = head + ", ".join(entries[:shown])
        if rest:
            text += f", +{len(rest)} more ({sum(item.quantity for item in rest)} units)"
        lines = wrap(text, width, height, max_lines=max_lines + 1)
        if len(lines) <= max_lines:
            return lines
    # Not even one entry fits whole: the first one shortened, with the count of the others.
    more = f" +{len(entries) - 1} more" if len(entries) > 1 else ""
    return wrap(head + entries[0] + more, width, height, max_lines=max_lines)


def _kg(grams: float) -> str:
    return f"{grams / 1000:.2f} kg"


def build_layout(content: LabelContent, stock: Stock, dpi: int, today: date | None = None) -> Layout:
    """Lay out a seller-made shipping label top to bottom; the items summary takes what room is left."""
    check_dpi(dpi)
    width, height = stock.dots(dpi)
    mm = dpi / 25.4
    margin = int(round(3 * mm))
    inner = width - 2 * margin
    rule = max(2, int(round(0.4 * mm)))
    els: list[Element] = []
    y = margin

    def text(line: str, size_mm: float, bold: bool = False, x: int = margin, room: int = inner) -> None:
        nonlocal y
        h = int(round(size_mm * mm))
        els.append(TextLine(x, y, h, fit(line, room, h, bold), bold))
        y += h

    def block(value: str, size_mm: float, bold: bool = False, max_lines: int = 3) -> None:
        nonlocal y
        h = int(round(size_mm * mm))
        for line in wrap(value, inner, h, bold, max_lines):
            els.append(TextLine(margin, y, h, line, bold))
            y += h

    def hrule() -> None:
        nonlocal y
        y += int(round(1 * mm))
        els.append(Box(margin, y, inner, rule, rule))
        y += rule + int(round(1.2 * mm))

    # Carrier, service, date, parcel count and the FRAGILE mark.
    head = int(round(7 * mm))
    day = (content.ship_date or today or date.today()).isoformat()
    side = f"{day}  {content.parcel_number}/{content.parcel_count}"
    side_h = int(round(3.5 * mm))
    side_w = text_width(side, side_h)
    els.append(TextLine(width - margin - side_w, y, side_h, side))
    carrier_room = inner - side_w - int(round(2 * mm))
    if content.fragile:
        mark_h = int(round(5 * mm))
        mark_w = text_width("FRAGILE", mark_h, True) + int(round(3 * mm))
        mark_x = width - margin - mark_w
        els.append(Box(mark_x, y + side_h + int(mm), mark_w, mark_h + int(2 * mm), rule))
        els.append(TextLine(mark_x + int(1.5 * mm), y + side_h + int(2 * mm), mark_h, "FRAGILE", True))
        carrier_room = min(carrier_room, mark_x - margin - int(2 * mm))
    carrier = " ".join(part for part in (content.carrier, content.service) if part) or "Carrier"
    els.append(TextLine(margin, y, head, fit(carrier, carrier_room, head, True), True))
    y += head + (int(round(5 * mm)) if content.fragile else 0)
    hrule()

    sender = content.sender
    text("FROM", 2.5, True)
    text(" ".join(p for p in (sender.name, sender.phone) if p), 3.2)
    block(" ".join(sender.lines()), 3.0, max_lines=2)
    hrule()

    recipient = content.recipient
    text("TO", 3.0, True)
    block(recipient.name, 6.0, True, max_lines=2)
    if recipient.phone:
        text(recipient.phone, 4.5, True)
    for line in recipient.lines():
        block(line, 4.2, max_lines=2)
    hrule()

    symbol = encode(content.tracking_number)
    module = module_for(symbol, width - int(2 * mm), dpi, 0.25, 0.5)
    bars_h = int(round(16 * mm))
    els.append(BarcodeBlock((width - symbol.width_modules * module) // 2, y, bars_h, module, symbol))
    y += bars_h + int(round(1 * mm))
    label_h = int(round(4 * mm))
    tw = text_width(content.tracking_number, label_h, True)
    els.append(TextLine((width - tw) // 2, y, label_h, content.tracking_number, True))
    y += label_h

    if content.sscc:
        hrule()
        gs1 = encode("00" + content.sscc, gs1=True)
        module = module_for(gs1, width - int(2 * mm), dpi, 0.495, 1.016)
        sscc_h = int(round(14 * mm))
        els.append(BarcodeBlock((width - gs1.width_modules * module) // 2, y, sscc_h, module, gs1))
        y += sscc_h + int(round(1 * mm))
        human = f"(00) {content.sscc}"
        hw = text_width(human, int(round(3.2 * mm)))
        text(human, 3.2, x=(width - hw) // 2, room=hw + 1)
    hrule()

    info = f"Order {content.order_id}"
    if content.weight_g:
        info += f"   {_kg(content.weight_g)}"
    if content.dimensions_mm:
        info += "   " + "\u00d7".join(f"{d / 10:g}" for d in content.dimensions_mm) + " cm"
    text(info, 3.5, True)
    items_h = int(round(3.0 * mm))
    lines_left = min(MAX_ITEM_LINES, (height - margin - y) // items_h)
    for line in item_lines(content, inner, items_h, lines_left):
        els.append(TextLine(margin, y, items_h, line))
        y += items_h
    if content.note and (height - margin - y) >= items_h:
        text(content.note, 3.0)
    if y > height - margin + 1:
        raise LabelError(f"label content does not fit {stock.name} stock")
    return Layout(width, height, dpi, stock, tuple(els))


def check_quiet_zones(layout: Layout) -> None:
    """Every barcode keeps 10 modules clear on both sides and lies inside the label."""
    for bar in layout.barcodes():
        quiet = QUIET_MODULES * bar.module
        if bar.x < quiet or bar.x + bar.width + quiet > layout.width:
            raise LabelError(f"barcode {bar.symbol.text!r} has no room for its quiet zones")
        for el in layout.elements:
            if el is bar or isinstance(el, Box):
                continue
            ex, ey = el.x, el.y
            ew = el.width if isinstance(el, BarcodeBlock) else text_width(el.text, el.height, el.bold)
            eh = el.height
            overlaps_rows = ey < bar.y + bar.height and ey + eh > bar.y
            overlaps_cols = ex < bar.x + bar.width + quiet and ex + ew > bar.x - quiet
            if overlaps_rows and overlaps_cols:
                raise LabelError(f"something is printed in the quiet zone of barcode {bar.symbol.text!r}")
