"""Platform-provided labels (TikTok Shop style A6 PDF, carrier PNG) rasterized for the printer and read back."""

from __future__ import annotations

import io

import numpy as np
import pytest
import zxingcpp
from fpdf import FPDF
from PIL import Image, ImageDraw

from packstation.labels.code128 import encode, module_runs
from packstation.labels.model import STOCKS
from packstation.labels.platform import PlatformLabelError, platform_label, render_platform_label
from tests.fixtures.labels import zpl_reader

TRACKING = "TT6234567890123"
SSCC_DATA = "00" + "006141411234567890"
CASES = [(stock, dpi) for stock in STOCKS for dpi in (203, 300)]


def platform_pdf(module_mm: float = 0.33, landscape: bool = False, blank: bool = False) -> bytes:
    """An A6 label as a marketplace makes it: vector Code 128 bars, a GS1-128 SSCC and some text."""
    size = (148.0, 105.0) if landscape else (105.0, 148.0)
    pdf = FPDF(unit="mm", format=size)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    if blank:
        return bytes(pdf.output())
    pdf.set_font("helvetica", "B", 14)
    pdf.text(6, 12, "TikTok Shop  J&T Express  EZ")
    pdf.set_font("helvetica", "", 9)
    pdf.text(6, 20, "To: Nur Aisyah, 12 Jalan Ampang, 50450 Kuala Lumpur")
    for y, text, gs1, height in ((30, TRACKING, False, 22.0), (62, SSCC_DATA, True, 18.0)):
        symbol = encode(text, gs1=gs1)
        x0 = (size[0] - symbol.width_modules * module_mm) / 2
        for start, length in module_runs(symbol.modules):
            pdf.rect(x0 + start * module_mm, y, length * module_mm, height, style="F")
    pdf.text(40, 58, TRACKING)
    return bytes(pdf.output())


def platform_png(module_px: int = 3, dpi: int = 300) -> bytes:
    symbol = encode(TRACKING)
    width = (symbol.width_modules + 40) * module_px
    image = Image.new("L", (width, int(width * 1.4)), 255)
    draw = ImageDraw.Draw(image)
    for start, length in module_runs(symbol.modules):
        x = (20 + start) * module_px
        draw.rectangle((x, 100, x + length * module_px - 1, 400), fill=0)
    draw.text((20, 20), "carrier label", fill=0)
    out = io.BytesIO()
    image.save(out, "PNG", dpi=(dpi, dpi))
    return out.getvalue()


def read(image: Image.Image) -> dict[str, zxingcpp.Barcode]:
    return {r.text: r for r in zxingcpp.read_barcodes(image)}


@pytest.mark.parametrize(("stock", "dpi"), CASES)
def test_platform_pdf_reads_back_from_the_preview_and_from_the_zpl(stock: str, dpi: int) -> None:
    out = render_platform_label(platform_pdf(), stock, dpi, ["zpl", "png"])
    preview = Image.open(io.BytesIO(out["png"]))
    assert preview.mode == "1"  # thresholded: no grey edges on the bars
    assert preview.size == STOCKS[stock].dots(dpi)
    found = read(preview)
    assert TRACKING in found
    assert found["(00)006141411234567890"].content_type == zxingcpp.ContentType.GS1

    zpl = out["zpl"].decode("ascii")
    assert zpl.startswith("^XA\n^CI28") and zpl.endswith("^XZ")
    width, height = STOCKS[stock].dots(dpi)
    assert f"^PW{width}\n^LL{height}" in zpl
    assert zpl.count("^GFA") == 1 and ":Z64:" in zpl
    dots = zpl_reader.page(zpl)  # CRC checked, bitmap rebuilt by the test's own reader
    assert np.array_equal(dots, np.asarray(preview.convert("L")) < 128)
    from_printer = read(zpl_reader.image(dots))
    assert set(from_printer) == {TRACKING, "(00)006141411234567890"}


def test_narrow_bars_at_203_dpi_still_read() -> None:
    label = platform_label(platform_pdf(module_mm=0.25), "a6", 203)
    assert TRACKING in read(zpl_reader.image(label.bits))


def test_landscape_label_is_turned_to_fit_portrait_stock() -> None:
    label = platform_label(platform_pdf(landscape=True), "4x6", 203)
    assert label.rotated
    assert label.bits.shape == (STOCKS["4x6"].dots(203)[1], STOCKS["4x6"].dots(203)[0])
    assert TRACKING in read(zpl_reader.image(label.bits))


def test_pdf_for_a_desktop_printer_is_the_platforms_own_file() -> None:
    source = platform_pdf()
    assert render_platform_label(source, "a6", 300, "pdf")["pdf"] == source


@pytest.mark.parametrize(("stock", "dpi"), [("4x6", 203), ("a6", 300), ("100x150", 203)])
def test_platform_png_is_scaled_to_the_stock_and_reads_back(stock: str, dpi: int) -> None:
    out = render_platform_label(platform_png(), stock, dpi, "zpl,png,pdf")
    assert TRACKING in read(Image.open(io.BytesIO(out["png"])))
    assert TRACKING in read(zpl_reader.image(zpl_reader.page(out["zpl"].decode("ascii"))))
    assert out["pdf"].startswith(b"%PDF-")


def test_unreadable_blank_or_missing_pages_are_refused() -> None:
    with pytest.raises(PlatformLabelError, match="neither a PDF nor an image"):
        platform_label(b"<html>label</html>", "a6", 203)
    with pytest.raises(PlatformLabelError, match="not a readable PDF"):
        platform_label(b"%PDF-1.7 broken", "a6", 203)
    with pytest.raises(PlatformLabelError, match="blank"):
        platform_label(platform_pdf(blank=True), "a6", 203)
    with pytest.raises(PlatformLabelError, match="no page 2"):
        platform_label(platform_pdf(), "a6", 203, page=1)
    with pytest.raises(PlatformLabelError, match="empty"):
        platform_label(b"", "a6", 203)


def test_spool_entry_point_gives_the_same_zpl() -> None:
    from packstation.labels.platform import platform_label_zpl, platform_to_zpl

    source = platform_pdf()
    zpl = platform_label_zpl(source, "4x6", 203)
    assert zpl == platform_to_zpl(source, "4x6", 203)
    assert TRACKING in read(zpl_reader.image(zpl_reader.page(zpl.decode("ascii"))))
