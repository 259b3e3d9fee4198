"""Seller-made labels on every stock at 203 and 300 dpi: barcodes read back, ZPL shape, PNG = PDF = print."""

from __future__ import annotations

import io
import re
from datetime import date

import numpy as np
import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.labels.layout import BarcodeBlock
from packstation.labels.model import STOCKS, LabelError
from packstation.labels.render import layout_label, render_content, render_label, sample_content, test_label
from tests.fixtures.labels import zpl_reader

CASES = [(stock, dpi) for stock in STOCKS for dpi in (203, 300)]
SENDER = Address(
    "Kedai Baju Sdn Bhd", "+60 3 5510 0000", "Lot 5, Jalan Perusahaan", city="Shah Alam", country="MY"
)


def make_order(name: str = "Nur Aisyah binti Ahmad", **kw) -> Order:
    recipient = Address(
        name,
        kw.pop("phone", "+60 12 345 6789"),
        kw.pop("line1", "12 Jalan Ampang"),
        "",
        "",
        "Kuala Lumpur",
        "WP Kuala Lumpur",
        "50450",
        "MY",
    )
    return Order(
        order_id=kw.pop("order_id", "577000000000000042"),
        channel=kw.pop("channel", "tiktok"),
        status=OrderStatus.PACKED,
        recipient=recipient,
        lines=kw.pop("lines", [OrderLine("KAFTAN-RED-L", 1), OrderLine("TUDUNG-BLU", 2)]),
        carrier="J&T Express",
        service="Standard",
        tracking_number=kw.pop("tracking", "630012345678"),
    )


def make_parcel(order: Order, sscc: str = "") -> Parcel:
    return Parcel(order.order_id, 1, weight_g=820, length_mm=250, width_mm=180, height_mm=60, sscc=sscc)


def decoded(png: bytes) -> dict[str, zxingcpp.Barcode]:
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))
    return {r.text: r for r in found}


@pytest.mark.parametrize(("stock", "dpi"), CASES)
def test_every_barcode_reads_back_from_the_png(stock: str, dpi: int) -> None:
    order = make_order()
    labels = render_label(order, make_parcel(order, "006141411234567890"), SENDER, stock, dpi, ["png"])
    found = decoded(labels["png"])
    assert set(found) == {"630012345678", "(00)006141411234567890"}
    assert found["630012345678"].format == zxingcpp.BarcodeFormat.Code128
    sscc = found["(00)006141411234567890"]
    assert sscc.content_type == zxingcpp.ContentType.GS1
    assert sscc.bytes == b"00006141411234567890"  # AI 00 + 18 digits


@pytest.mark.parametrize(("stock", "dpi"), CASES)
def test_modules_are_whole_dots_and_quiet_zones_are_blank(stock: str, dpi: int) -> None:
    layout = layout_label(sample_content(), stock, dpi)
    png = render_content(sample_content(), stock, dpi, ["png"])["png"]
    bits = np.asarray(Image.open(io.BytesIO(png)).convert("L")) < 128
    bars = layout.barcodes()
    assert len(bars) == 2
    for bar in bars:
        assert isinstance(bar.module, int)
        assert bar.module >= (2 if dpi == 203 else 3)
        quiet = 10 * bar.module
        rows = bits[bar.y : bar.y + bar.height]
        assert not rows[:, bar.x - quiet : bar.x].any()
        assert not rows[:, bar.x + bar.width : bar.x + bar.width + quiet].any()
        assert rows[:, bar.x].all() and rows[:, bar.x + bar.width - 1].all()  # first and last bar


@pytest.mark.parametrize(("stock", "dpi"), CASES)
def test_zpl_structure_matches_the_stock(stock: str, dpi: int) -> None:
    zpl = render_content(sample_content(), stock, dpi, ["zpl"])["zpl"].decode("utf-8")
    width, height = STOCKS[stock].dots(dpi)
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert zpl.count("^XA") == 1 and zpl.count("^XZ") == 1
    assert "^CI28" in zpl.split("^FO")[0]
    assert f"^PW{width}\n" in zpl and f"^LL{height}\n" in zpl
    assert re.search(r"\^BY\d+,3,\d+\^BCN,\d+,N,N,N,N\^FD>:TH>50123456789>6A\^FS", zpl)
    assert re.search(r"\^BCN,\d+,N,N,N,N\^FD>;>800006141411234567890\^FS", zpl)
    gfs = zpl_reader.graphics(zpl)  # every Z64 CRC is checked while reading
    assert gfs and all(g.bits.any() for g in gfs)
    assert len(gfs) == zpl.count(":Z64:")


def test_non_latin_lines_are_graphics_and_ascii_lines_use_the_printer_font() -> None:
    zpl = render_content(sample_content(), "4x6", 203, ["zpl"])["zpl"].decode("utf-8")
    fields = zpl.split("\n")
    assert any("^A0N" in f and "^FDFlash Express Standard" in f for f in fields)
    assert any("^A0N" in f and "^FDOrder 576000000000000001" in f for f in fields)
    assert "สมชาย" not in zpl  # Thai goes as a bitmap, never as printer-font text
    layout = layout_label(sample_content(), "4x6", 203)
    thai = [el for el in layout.elements if not isinstance(el, BarcodeBlock) and hasattr(el, "text")]
    thai = [el for el in thai if el.text == "สมชาย ใจดี"]
    assert thai
    placed = {(g.x, g.y) for g in zpl_reader.graphics(zpl)}
    assert (thai[0].x, thai[0].y) in placed


@pytest.mark.parametrize(("stock", "dpi"), [("4x6", 203), ("a6", 300)])
def test_zpl_graphics_are_the_preview_dots(stock: str, dpi: int) -> None:
    """Every ^GF graphic appears dot for dot in the PNG preview at the same place."""
    labels = render_content(sample_content(), stock, dpi, ["zpl", "png"])
    zpl = labels["zpl"].decode("utf-8")
    preview = np.asarray(Image.open(io.BytesIO(labels["png"])).convert("L")) < 128
    for g in zpl_reader.graphics(zpl):
        h, w = g.bits.shape
        region = preview[g.y : g.y + h, g.x : g.x + w]
        assert (region[g.bits[: region.shape[0], : region.shape[1]]]).all()


@pytest.mark.parametrize(("stock", "dpi"), [("4x6", 203), ("100x150", 300), ("a6", 203)])
def test_pdf_is_the_preview_at_exact_stock_size(stock: str, dpi: int) -> None:
    labels = render_content(sample_content(), stock, dpi, ["png", "pdf"])
    doc = pdfium.PdfDocument(labels["pdf"])
    assert len(doc) == 1
    w_pt, h_pt = doc[0].get_size()
    assert w_pt == pytest.approx(STOCKS[stock].width_mm / 25.4 * 72, abs=0.05)
    assert h_pt == pytest.approx(STOCKS[stock].height_mm / 25.4 * 72, abs=0.05)
    images = [obj for obj in doc[0].get_objects() if obj.type == pdfium.raw.FPDF_PAGEOBJ_IMAGE]
    assert len(images) == 1
    embedded = np.asarray(images[0].get_bitmap(render=False).to_pil().convert("L")) < 128
    preview = np.asarray(Image.open(io.BytesIO(labels["png"])).convert("L")) < 128
    assert embedded.shape == preview.shape and (embedded == preview).all()
    raster = doc[0].render(scale=dpi / 72, no_smoothpath=True, no_smoothimage=True).to_pil()
    assert set(decoded_pil(raster)) == {"TH0123456789A", "(00)006141411234567890"}


def decoded_pil(image: Image.Image) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(image)]


def test_label_shows_what_the_packer_and_carrier_need() -> None:
    order = make_order("José Álvarez-Núñez")
    layout = layout_label(
        __import__("packstation.labels.model", fromlist=["label_content"]).label_content(
            order, make_parcel(order), SENDER, fragile=True, ship_date=date(2025, 3, 9)
        ),
        "100x150",
        203,
    )
    texts = [el.text for el in layout.elements if hasattr(el, "text") and not isinstance(el, BarcodeBlock)]
    joined = "\n".join(texts)
    for expected in (
        "J&T Express Standard",
        "Kedai Baju Sdn Bhd",
        "José Álvarez-Núñez",
        "+60 12 345 6789",
        "12 Jalan Ampang",
        "50450 Kuala Lumpur",
        "630012345678",
        "Order 577000000000000042",
        "0.82 kg",
        "25×18×6 cm",
        "FRAGILE",
        "2025-03-09",
        "KAFTAN-RED-L ×1",
    ):
        assert expected in joined, expected


def test_missing_tracking_number_is_refused() -> None:
    order = make_order(tracking="")
    with pytest.raises(LabelError, match="no tracking number"):
        render_label(order, make_parcel(order), SENDER)


def test_unknown_stock_dpi_and_format_are_refused() -> None:
    order = make_order()
    with pytest.raises(LabelError, match="unknown label stock"):
        render_label(order, make_parcel(order), SENDER, "a4")
    with pytest.raises(LabelError, match="203 or 300"):
        render_label(order, make_parcel(order), SENDER, "4x6", 600)
    with pytest.raises(LabelError, match="unknown label format"):
        render_label(order, make_parcel(order), SENDER, "4x6", 203, ["svg"])


@pytest.mark.parametrize(("stock", "dpi"), CASES)
def test_test_label_is_one_zpl_format(stock: str, dpi: int) -> None:
    zpl = test_label(stock, dpi).decode("utf-8")
    assert zpl.startswith("^XA") and zpl.endswith("^XZ")
    width, height = STOCKS[stock].dots(dpi)
    assert f"^PW{width}" in zpl and f"^LL{height}" in zpl


def test_long_item_lists_are_shortened_to_whole_entries_with_a_count_of_the_rest() -> None:
    from dataclasses import replace

    from packstation.labels.layout import TextLine
    from packstation.labels.model import ItemEntry

    items = tuple(ItemEntry(f"VERY-LONG-SKU-NAME-{i:03d}-BLUE-XL", i % 3 + 1) for i in range(40))
    content = replace(sample_content(), items=items)
    for stock in STOCKS:
        layout = layout_label(content, stock, 203)
        lines = [el.text for el in layout.elements if isinstance(el, TextLine)]
        start = next(i for i, t in enumerate(lines) if t.startswith("Items (79): "))
        summary = " ".join(lines[start:])
        shown = summary.count("BLUE-XL ×")
        assert 0 < shown < 40
        rest = items[shown:]
        assert summary.endswith(f"+{len(rest)} more ({sum(i.quantity for i in rest)} units)")
        assert "..." not in summary  # no SKU cut in the middle
        assert max(el.y + el.height for el in layout.elements) <= layout.height
    assert decoded(render_content(content, "a6", 203, ["png"])["png"]).keys() == {
        "TH0123456789A",
        "(00)006141411234567890",
    }


def test_bad_sscc_is_refused_before_printing() -> None:
    order = make_order()
    with pytest.raises(LabelError, match="check digit"):
        render_label(order, make_parcel(order, "006141411234567891"), SENDER)
