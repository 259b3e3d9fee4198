"""Cell parsing for imports: export times, quantities, flags, statuses, the description row, digests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.imports.drafts import CANCEL, PACK, SKIP, order_digest, status_action
from packstation.services.imports.errors import ImportFormatError, ImportReport
from packstation.services.imports.rows import (
    CellError,
    ShopClock,
    country_code,
    is_description_row,
    one_line,
    parse_flag,
    parse_number,
    parse_quantity,
    shop_zone,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("11/18/2026 08:02:00 AM", datetime(2026, 11, 18, 8, 2, tzinfo=UTC)),
        ("11/18/2026 08:02:00 PM", datetime(2026, 11, 18, 20, 2, tzinfo=UTC)),
        ("11/18/2026 12:58:00 AM", datetime(2026, 11, 18, 0, 58, tzinfo=UTC)),
        ("11/18/2026 12:05:00 PM", datetime(2026, 11, 18, 12, 5, tzinfo=UTC)),
        ("1/2/2026 9:07 am", datetime(2026, 1, 2, 9, 7, tzinfo=UTC)),
        ("2026-11-18T08:02:00", datetime(2026, 11, 18, 8, 2, tzinfo=UTC)),
        ("2026-11-18T08:02:00+07:00", datetime(2026, 11, 18, 1, 2, tzinfo=UTC)),
        ("2026-11-18T08:02:00Z", datetime(2026, 11, 18, 8, 2, tzinfo=UTC)),
    ],
)
def test_export_times_parse_as_utc(text: str, expected: datetime) -> None:
    assert ShopClock(UTC).parse(text) == expected


def test_shop_times_are_local_to_the_shop_and_stored_as_utc() -> None:
    clock = ShopClock(shop_zone("Asia/Bangkok"))
    parsed = clock.parse("11/18/2026 08:02:00 AM")
    assert parsed == datetime(2026, 11, 18, 1, 2, tzinfo=UTC)
    assert parsed.utcoffset() == timedelta(0)
    # An explicit offset wins over the shop's zone.
    assert clock.parse("2026-11-18T08:02:00+08:00") == datetime(2026, 11, 18, 0, 2, tzinfo=UTC)


def test_daylight_saving_zone_uses_the_offset_of_that_date() -> None:
    clock = ShopClock(shop_zone("America/Los_Angeles"))
    assert clock.parse("07/01/2026 12:00:00 PM") == datetime(2026, 7, 1, 19, 0, tzinfo=UTC)
    assert clock.parse("12/01/2026 12:00:00 PM") == datetime(2026, 12, 1, 20, 0, tzinfo=UTC)
    # 8 March 2026: clocks jump from 2 AM (PST, UTC-8) to 3 AM (PDT, UTC-7) within the day.
    assert clock.parse("03/08/2026 01:30:00 AM") == datetime(2026, 3, 8, 9, 30, tzinfo=UTC)
    assert clock.parse("03/08/2026 03:30:00 AM") == datetime(2026, 3, 8, 10, 30, tzinfo=UTC)
    assert clock.parse("03/08/2026 11:00:00 PM") == datetime(2026, 3, 9, 6, 0, tzinfo=UTC)
    # 1 November 2026: back from PDT to PST.
    assert clock.parse("11/01/2026 12:30:00 AM") == datetime(2026, 11, 1, 7, 30, tzinfo=UTC)
    assert clock.parse("11/01/2026 11:00:00 PM") == datetime(2026, 11, 2, 7, 0, tzinfo=UTC)
    assert clock.parse("11/02/2026 11:00:00 PM") == datetime(2026, 11, 3, 7, 0, tzinfo=UTC)


def test_times_match_the_zone_conversion_every_hour_of_a_year() -> None:
    """The per-day shortcut agrees with converting each time through the zone."""
    zone = ZoneInfo("Europe/London")
    clock = ShopClock(zone)
    local = datetime(2026, 1, 1, 0, 17, 5)
    while local.year == 2026:
        text = local.strftime("%m/%d/%Y %I:%M:%S %p")
        assert clock.parse(text) == local.replace(tzinfo=zone).astimezone(UTC), text
        local += timedelta(hours=1)


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("18/11/2026 08:02:00", "not month-first"),
        ("11/12/2026 08:02:00", "unknown time format"),
        ("18/11/2026 08:02:00 AM", "not month-first"),
        ("11/18/2026 13:02:00 PM", "hour 13"),
        ("11/18/2026 08:02:00", "unknown time format"),
        ("02/30/2026 08:02:00 AM", "not a real date"),
        ("Nov 18 2026", "unknown time format"),
        ("2026-13-01T00:00:00", "not valid ISO 8601"),
    ],
)
def test_unknown_or_ambiguous_times_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason) as caught:
        ShopClock(UTC).parse(text)
    assert repr(text) in str(caught.value)


def test_empty_time_is_none() -> None:
    assert ShopClock(UTC).parse("  ") is None


def test_unknown_timezone_is_a_usage_error() -> None:
    with pytest.raises(ImportFormatError, match="Mars/Olympus"):
        shop_zone("Mars/Olympus")
    assert shop_zone("Asia/Ho_Chi_Minh") == ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.mark.parametrize(("text", "value"), [("1", 1), (" 12 ", 12), ("3.0", 3)])
def test_quantities(text: str, value: int) -> None:
    assert parse_quantity(text) == value


@pytest.mark.parametrize(
    ("text", "reason"),
    [("", "empty"), ("two", "not a number"), ("0", "at least 1"), ("-1", "at least 1"), ("1.5", "whole")],
)
def test_bad_quantities(text: str, reason: str) -> None:
    with pytest.raises(CellError, match=reason):
        parse_quantity(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [("yes", True), ("No", False), ("TRUE", True), ("false", False), ("1", True), ("0", False), ("", False)],
)
def test_fragile_flags(text: str, value: bool) -> None:
    assert parse_flag(text, "fragile") is value


def test_bad_flag_and_number() -> None:
    with pytest.raises(CellError, match="'maybe' is not yes/no"):
        parse_flag("maybe", "fragile")
    with pytest.raises(CellError, match="weight 'heavy' is not a number"):
        parse_number("heavy", "weight")
    with pytest.raises(CellError, match="must not be negative"):
        parse_number("-3", "weight")
    assert parse_number("", "weight") == 0.0
    assert parse_number("85.5", "weight") == 85.5


def test_description_row_is_recognised_but_order_rows_are_not() -> None:
    assert is_description_row("Platform unique order ID.", "SKU sold quantity.")
    assert not is_description_row("576698198914119271", "2")
    assert not is_description_row("SO-1001", "1")
    # A mangled order id on a row with a real quantity is a bad row, not a description to skip.
    assert not is_description_row("5766 9819", "2")
    assert not is_description_row("", "")


def test_marketplace_statuses() -> None:
    assert status_action("Awaiting shipment")[0] == PACK
    assert status_action("AWAITING  COLLECTION")[0] == PACK
    assert status_action("Canceled")[0] == CANCEL
    assert status_action("Cancelled")[0] == CANCEL
    assert status_action("Delivered") == (SKIP, "already delivered")
    assert status_action("In transit")[0] == SKIP
    with pytest.raises(CellError, match="unknown order status 'Lost in space'"):
        status_action("Lost in space")
    with pytest.raises(CellError, match="empty"):
        status_action("")


def test_country_names_become_codes() -> None:
    assert country_code("Vietnam") == "VN"
    assert country_code("United States") == "US"
    assert country_code("th") == "TH"
    assert country_code("Atlantis") == "Atlantis"


def test_multi_line_address_cells_become_one_line() -> None:
    assert one_line("99/12 ถนนสีลม\r\nแขวงสุริยวงศ์\n") == "99/12 ถนนสีลม, แขวงสุริยวงศ์"
    assert one_line("  1 Main St ") == "1 Main St"


def _order(**changes: object) -> Order:
    order = Order(
        order_id="576830952815695636",
        channel="tiktok",
        status=OrderStatus.READY,
        recipient=Address(name="สมชาย ใจดี", line1="99/12 ถนนสีลม", city="Bang Rak", country="TH"),
        lines=[OrderLine(sku="SKU-0001", quantity=1, line_no=1)],
        paid_at=datetime(2026, 11, 18, 1, 16, tzinfo=UTC),
    )
    for key, value in changes.items():
        setattr(order, key, value)
    return order


def test_digest_is_stable_and_sees_every_change() -> None:
    base = order_digest(_order())
    assert base == order_digest(_order())
    assert len(base) == 64
    assert order_digest(_order(buyer_message="Please pack carefully!")) != base
    assert order_digest(_order(lines=[OrderLine(sku="SKU-0001", quantity=2, line_no=1)])) != base
    assert order_digest(_order(paid_at=datetime(2026, 11, 18, 1, 17, tzinfo=UTC))) != base
    assert order_digest(_order(status=OrderStatus.CANCELLED)) != base
    # Only what came from the file counts: whether the SKU is in the catalog is the store's business.
    assert (
        order_digest(_order(lines=[OrderLine(sku="SKU-0001", quantity=1, line_no=1, in_catalog=False)]))
        == base
    )


def test_report_exit_code_and_summary() -> None:
    report = ImportReport(source="orders.csv", format="tiktok", rows=3, imported=2)
    assert report.ok and report.exit_code == 0
    report.reject(7, "Quantity", "quantity 'two' is not a number", "576900000000000002")
    report.cancelled_while_packing.append("576415631536246549")
    assert report.exit_code == 1
    text = "\n".join(report.summary())
    assert text.splitlines()[0].startswith("CANCELLED WHILE PACKING: order 576415631536246549")
    assert "line 7, Quantity: quantity 'two' is not a number" in text
