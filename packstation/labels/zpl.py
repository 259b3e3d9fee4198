"""A layout as ZPL II: UTF-8 (`^CI28`), native `^A0` text where the printer's font can draw it,
`^GF` Z64 graphics for every other script, `^BC` barcodes with explicit subsets."""

from __future__ import annotations

from packstation.labels.fonts import is_native_safe
from packstation.labels.layout import BarcodeBlock, Box, Layout, TextLine
from packstation.labels.raster import font_size, text_gf

_ESCAPES = {"_": "_5F", "^": "_5E", "~": "_7E"}


def field_data(text: str) -> str:
    """`^FD` text with ZPL's control characters hex-escaped (`^FH`) when it has any."""
    if not any(ch in _ESCAPES for ch in text):
        return f"^FD{text}"
    return "^FH^FD" + "".join(_ESCAPES.get(ch, ch) for ch in text)


def native_font(line_height: int) -> str:
    size = font_size(line_height)
    return f"^A0N,{size},{int(round(size * 0.9))}"


def text_field(line: TextLine) -> str:
    if is_native_safe(line.text):
        return f"^FO{line.x},{line.y}{native_font(line.height)}{field_data(line.text)}^FS"
    return f"^FO{line.x},{line.y}{text_gf(line.text, line.height, line.bold)}^FS"


def barcode_field(bar: BarcodeBlock) -> str:
    return (
        f"^FO{bar.x},{bar.y}^BY{bar.module},3,{bar.height}"
        f"^BCN,{bar.height},N,N,N,N^FD{bar.symbol.zpl_data}^FS"
    )


def box_field(box: Box) -> str:
    return f"^FO{box.x},{box.y}^GB{box.width},{box.height},{box.thickness},B,0^FS"


def to_zpl(layout: Layout, copies: int = 1) -> bytes:
    """The whole label as one ZPL format, UTF-8 encoded."""
    parts = ["^XA", "^CI28", f"^PW{layout.width}", f"^LL{layout.height}", "^LH0,0", "^PON"]
    for el in layout.elements:
        if isinstance(el, TextLine):
            parts.append(text_field(el))
        elif isinstance(el, BarcodeBlock):
            parts.append(barcode_field(el))
        else:
            parts.append(box_field(el))
    parts += [f"^PQ{copies}", "^XZ"]
    return "\n".join(parts).encode("utf-8")
