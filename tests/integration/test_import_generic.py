"""The generic order format (CSV and JSON) for channels other than TikTok Shop."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.domain.orders import OrderStatus
from packstation.services.imports import ImportFormatError, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


@pytest.fixture
def uow(tmp_path: Path) -> Iterator[UnitOfWorkFactory]:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_generic_csv(uow: UnitOfWorkFactory) -> None:
    report = import_orders(
        uow, FIXTURES / "generic_orders.csv", timezone="Europe/Berlin", handling_hours={"shopee": 24}, now=NOW
    )
    assert report.format == "generic-csv"
    assert (report.rows, report.imported, report.rejected) == (4, 3, [])
    with uow() as u:
        shopee, web, cancelled = (u.orders.get(i) for i in ("SO-1001", "WEB-77", "SO-1002"))
    assert shopee is not None and web is not None and cancelled is not None
    assert shopee.channel == "shopee" and shopee.status is OrderStatus.READY
    assert shopee.recipient.name == "Nguyễn Văn Bình"
    assert shopee.recipient.line1 == "12 Nguyễn Huệ, Tầng 3" and shopee.recipient.line2 == "Căn hộ 5"
    assert shopee.recipient.district == "Quận 1" and shopee.recipient.country == "VN"
    assert shopee.paid_at == datetime(2026, 11, 18, 1, 2, tzinfo=UTC)  # its own +07:00 offset wins
    assert shopee.ship_by == shopee.paid_at + timedelta(hours=24)
    assert shopee.platform_shipped and shopee.tracking_number == "GHN123456" and shopee.carrier == "GHN"
    assert shopee.buyer_message == "Giao giờ hành chính"
    assert [(ln.sku, ln.quantity) for ln in shopee.lines] == [("SKU-0001", 2), ("SKU-0004", 1)]
    # No channel column value: "generic"; no offset: the shop's zone (Berlin, UTC+1 in November).
    assert web.channel == "generic" and web.pre_order and web.seller_note == "VIP customer"
    assert web.paid_at == datetime(2026, 11, 18, 8, 30, tzinfo=UTC)
    assert web.ship_by == web.paid_at + timedelta(hours=48)
    assert cancelled.status is OrderStatus.CANCELLED and cancelled.recipient.name == "王芳"

    again = import_orders(
        uow, FIXTURES / "generic_orders.csv", timezone="Europe/Berlin", handling_hours={"shopee": 24}, now=NOW
    )
    assert (again.imported, again.unchanged) == (0, 3)


def test_channel_argument_names_rows_without_a_channel(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIXTURES / "generic_orders.csv", channel="website", now=NOW)
    with uow() as u:
        web, shopee = u.orders.get("WEB-77"), u.orders.get("SO-1001")
    assert web is not None and web.channel == "website"
    assert shopee is not None and shopee.channel == "shopee"


def test_generic_json(uow: UnitOfWorkFactory) -> None:
    report = import_orders(uow, FIXTURES / "generic_orders.json", timezone="Europe/Paris", now=NOW)
    assert report.format == "generic-json"
    assert report.imported == 2
    assert [(p.line, p.column, p.reason) for p in report.rejected] == [
        (None, "orders[2].lines[1].quantity", "quantity '0' must be at least 1")
    ]
    assert report.rejected_orders == ["LZ-5003"]
    with uow() as u:
        thai, paris = u.orders.get("LZ-5001"), u.orders.get("LZ-5002")
        assert u.orders.get("LZ-5003") is None
    assert thai is not None and paris is not None
    assert thai.channel == "lazada" and thai.recipient.name == "ณัฐพล วงศ์ไทย"
    assert thai.recipient.district == "จตุจักร" and thai.recipient.country == "TH"
    assert thai.platform_shipped and thai.tracking_number == "KEX0001234"
    assert thai.paid_at == datetime(2026, 11, 18, 7, 0, tzinfo=UTC)
    assert [(ln.sku, ln.quantity, ln.line_no) for ln in thai.lines] == [
        ("SKU-0006", 2, 1),
        ("SKU-0007", 1, 2),
    ]
    assert paris.pre_order and paris.paid_at == datetime(2026, 11, 18, 8, 15, tzinfo=UTC)


def test_json_type_and_shape_errors(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    path = tmp_path / "orders.json"
    path.write_text(
        json.dumps(
            [
                {"order_id": "A-1", "recipient": {"name": "X"}, "lines": [{"sku": "S", "quantity": "lots"}]},
                {"order_id": "A-2", "recipient": "nobody", "lines": []},
                {
                    "order_id": "A-3",
                    "recipient": {"name": "Y"},
                    "paid_at": "yesterday",
                    "lines": [{"sku": "S", "quantity": 1}],
                },
                {"order_id": "A-4", "recipient": {"name": "Z"}, "lines": [{"sku": ["S"], "quantity": 1}]},
                "not an order",
                {"order_id": "A-5", "recipient": {"name": "Fine"}, "lines": [{"sku": "S", "quantity": 1}]},
            ]
        ),
        encoding="utf-8",
    )
    report = import_orders(uow, path, now=NOW)
    reasons = {(p.column, p.reason) for p in report.rejected}
    assert ("orders[0].lines[0].quantity", "quantity 'lots' is not a number") in reasons
    assert ("orders[1].recipient", "recipient must be an object") in reasons
    assert ("orders[1].lines", "an order needs a non-empty list of lines") in reasons
    assert any(c == "orders[2].paid_at" and "unknown time format 'yesterday'" in r for c, r in reasons)
    assert ("orders[3].lines[0].sku", 'expected text or a whole number, got ["S"]') in reasons
    assert ("orders[4]", "an order must be an object") in reasons
    assert report.imported == 1

    broken = tmp_path / "broken.json"
    broken.write_text('{"orders": [', encoding="utf-8")
    with pytest.raises(ImportFormatError, match="not valid JSON"):
        import_orders(uow, broken)
    with pytest.raises(ImportFormatError, match="TikTok Shop export is a CSV"):
        import_orders(uow, FIXTURES / "generic_orders.json", channel="tiktok")


def test_generic_csv_missing_required_column(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("order_id,sku,quantity\nA-1,S,1\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="lacks column.*recipient_name"):
        import_orders(uow, path)
