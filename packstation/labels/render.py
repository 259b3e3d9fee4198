"""Seller-made labels end to end: order and parcel in, ZPL / PNG / PDF bytes out (what the CLI calls)."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.labels.layout import Layout, build_layout, check_quiet_zones
from packstation.labels.model import LabelContent, LabelError, Stock, label_content, stock_named
from packstation.labels.pdf import to_pdf
from packstation.labels.png import to_png
from packstation.labels.policy import check_label_policy
from packstation.labels.zpl import to_zpl

FORMATS = ("zpl", "png", "pdf")


def layout_label(content: LabelContent, stock: Stock | str, dpi: int, today: date | None = None) -> Layout:
    """Check the marketplace rules, then lay the label out (quiet zones verified)."""
    check_label_policy(content)
    layout = build_layout(content, stock_named(stock), dpi, today)
    check_quiet_zones(layout)
    return layout


def render_content(
    content: LabelContent, stock: Stock | str, dpi: int, formats: Iterable[str] = FORMATS
) -> dict[str, bytes]:
    """Render a label's content in each asked format from one layout."""
    wanted = _formats(formats)
    layout = layout_label(content, stock, dpi)
    makers = {"zpl": to_zpl, "png": to_png, "pdf": to_pdf}
    return {fmt: makers[fmt](layout) for fmt in wanted}


def render_label(
    order: Order,
    parcel: Parcel,
    sender: Address,
    stock: Stock | str = "4x6",
    dpi: int = 203,
    formats: Iterable[str] = FORMATS,
    *,
    fragile: bool = False,
    ship_date: date | None = None,
    parcel_count: int = 1,
    note: str = "",
) -> dict[str, bytes]:
    """The shipping label of one parcel as {format: bytes} for `zpl`, `png`, `pdf` (policy checked first)."""
    content = label_content(
        order, parcel, sender, fragile=fragile, ship_date=ship_date, parcel_count=parcel_count, note=note
    )
    return render_content(content, stock, dpi, formats)


def _formats(formats: Iterable[str]) -> list[str]:
    if isinstance(formats, str):
        formats = formats.split(",")
    wanted = [f.strip().lower() for f in formats if f.strip()]
    unknown = [f for f in wanted if f not in FORMATS]
    if unknown or not wanted:
        raise LabelError(f"unknown label format {', '.join(unknown) or '(none)'}; use zpl, png or pdf")
    return wanted


def sample_content(channel: str = "generic") -> LabelContent:
    """A label exercising every part: Thai recipient, SSCC, items, FRAGILE (for tests, doctor, benchmarks)."""
    order = Order(
        order_id="576000000000000001",
        channel=channel,
        status=OrderStatus.PACKED,
        recipient=Address(
            name="สมชาย ใจดี",
            phone="+66 81 234 5678",
            line1="99/1 ถนนสุขุมวิท ซอย 11",
            district="คลองเตยเหนือ",
            city="วัฒนา",
            state="กรุงเทพมหานคร",
            postcode="10110",
            country="TH",
        ),
        lines=[OrderLine("TSHIRT-BLK-M", 2), OrderLine("MUG-WHITE-350", 1)],
        carrier="Flash Express",
        service="Standard",
    )
    parcel = Parcel(order.order_id, 1, weight_g=1250, length_mm=300, width_mm=200, height_mm=100)
    parcel.tracking_number = "TH0123456789A"
    parcel.sscc = "006141411234567890"
    sender = Address(
        "Packstation Warehouse", "+66 2 000 0000", "1 Warehouse Road", city="Bangkok", country="TH"
    )
    return label_content(order, parcel, sender, fragile=True, ship_date=date(2025, 1, 31))


def test_label(stock: Stock | str = "4x6", dpi: int = 203) -> bytes:
    """A test print in ZPL: every element kind, a non-Latin name and both barcodes, plus a frame."""
    layout = layout_label(sample_content(), stock, dpi)
    return to_zpl(layout)


test_label.__test__ = False  # type: ignore[attr-defined]  # not a pytest test despite its name
