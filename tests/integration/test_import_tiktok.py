"""Importing real-shaped TikTok Shop exports into a SQLite station store: every quirk, every bad row."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select

from packstation.domain.orders import OrderStatus
from packstation.domain.workflow import OrderNotPackable, confirm
from packstation.services.imports import ImportFormatError, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import EventRow, OrderLineRow, OrderRow, OutboxRow
from packstation.store.uow import UnitOfWorkFactory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)


@pytest.fixture
def uow(tmp_path: Path) -> Iterator[UnitOfWorkFactory]:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def count(uow: UnitOfWorkFactory, table: type) -> int:
    with uow.engine.connect() as conn:
        return conn.scalar(select(func.count()).select_from(table)) or 0


def test_fixture_has_the_quirks_of_a_real_export() -> None:
    data = (FIXTURES / "tiktok_quirks.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert b"\r\n" in data and b"Platform unique order ID." in data
    assert "99/12 ถนนสีลม\r\nแขวงสุริยวงศ์".encode() in data


def test_quirky_export_imports_every_order(uow: UnitOfWorkFactory) -> None:
    report = import_orders(uow, FIXTURES / "tiktok_quirks.csv", timezone="Asia/Bangkok", now=NOW)

    assert report.format == "tiktok"
    assert report.rows == 10  # the description row is not an order line
    assert report.rejected == []
    assert report.imported == 6
    assert [note.order_id for note in report.skipped] == ["576333333333333333"]
    assert "already shipped" in report.skipped[0].reason
    with uow() as u:
        thai = u.orders.get("576830952815695636")
        viet = u.orders.get("576415631536246549")
        chinese = u.orders.get("576059950930562228")
        jose = u.orders.get("576541608317382679")
        emilie = u.orders.get("576111111111111111")
        tan = u.orders.get("576222222222222222")
        assert u.orders.get("576333333333333333") is None

    assert thai is not None and viet is not None and chinese is not None
    assert jose is not None and emilie is not None and tan is not None
    # Thai name and a multi-line quoted address; shop time (Bangkok) stored as UTC.
    assert thai.recipient.name == "สมชาย ใจดี"
    assert thai.recipient.line1 == "99/12 ถนนสีลม, แขวงสุริยวงศ์"
    assert thai.recipient.country == "TH" and thai.recipient.postcode == "10500"
    assert thai.paid_at == datetime(2026, 11, 18, 2, 16, tzinfo=UTC)
    assert thai.created_at == datetime(2026, 11, 18, 2, 14, tzinfo=UTC)
    assert thai.ship_by == thai.paid_at + timedelta(hours=48)
    assert [(ln.sku, ln.quantity, ln.line_no) for ln in thai.lines] == [
        ("SKU-0001", 1, 1),
        ("SKU-0010", 3, 2),
    ]
    assert thai.lines[1].product_name == "Glass Water Bottle 500ml" and thai.lines[1].variation == "Clear"
    assert thai.lines[0].sku_id == "1729014824533168701"
    assert thai.buyer_message == "Please pack carefully!"  # given on the second row only
    assert thai.status is OrderStatus.READY and thai.platform_status == "Awaiting shipment / To ship"
    assert not thai.platform_shipped and thai.tracking_number == ""
    # Vietnamese name, platform-shipped with a pre-assigned tracking number, 12 PM is noon.
    assert viet.recipient.name == "Nguyễn Thị Ánh" and viet.recipient.country == "VN"
    assert viet.platform_shipped and viet.tracking_number == "SPXVN094461092483"
    assert viet.carrier == "SPX Express" and viet.service == "Standard shipping"
    assert viet.paid_at == datetime(2026, 11, 18, 5, 5, tzinfo=UTC)
    # Chinese name, quotes in the address, house name and additional information on line 2, 12 AM.
    assert chinese.recipient.name == "李小龍"
    assert chinese.recipient.line1 == '1 Orchard Road, #12-01 "Tower A"'
    assert chinese.recipient.line2 == "Tower A, Lobby B, ask the concierge"
    assert chinese.paid_at == datetime(2026, 11, 17, 17, 58, tzinfo=UTC)
    assert [ln.sku for ln in chinese.lines] == ["SKU-0002", "SKU-0006", "SKU-0003"]
    # Accented name, pre-order, seller note, country name turned into its code.
    assert jose.recipient.name == "José Álvarez-Núñez" and jose.pre_order
    assert jose.seller_note == "Gift wrap, no invoice" and jose.recipient.country == "US"
    # Canceled and Cancelled both arrive as Cancelled and can never be packed.
    assert emilie.status is OrderStatus.CANCELLED and emilie.recipient.name == "Émilie Côté"
    assert tan.status is OrderStatus.CANCELLED and tan.recipient.name == "Tan Wei Ming 陈伟明"
    with pytest.raises(OrderNotPackable, match="cancelled"):
        confirm(emilie, "st1", "packer")


def test_every_new_order_has_its_event_and_outbox_row(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIXTURES / "tiktok_quirks.csv", now=NOW, station="st1", user="sup")
    with uow() as u:
        events = u.events.for_order("576111111111111111")
        assert [(e.type, e.payload, e.station, e.user) for e in events] == [
            ("OrderImported", {"status": "Cancelled", "source": "tiktok_quirks.csv"}, "st1", "sup")
        ]
        assert events[0].occurred_at == NOW
        assert u.events.backlog() == 6
    with uow.engine.connect() as conn:
        outboxed = set(conn.scalars(select(OutboxRow.event_seq)))
        seqs = set(conn.scalars(select(EventRow.seq)))
    assert outboxed == seqs and len(seqs) == 6


def test_lines_not_in_the_catalog_are_imported_but_flagged(uow: UnitOfWorkFactory) -> None:
    report = import_orders(uow, FIXTURES / "tiktok_quirks.csv", now=NOW)
    # Nothing is in the catalog yet: every line of every packable order is flagged.
    assert report.not_in_catalog["SKU-0001"] == 1
    assert report.not_in_catalog["SKU-0099"] == 1
    assert "SKU-0005" not in report.not_in_catalog  # only on a cancelled order
    with uow() as u:
        jose = u.orders.get("576541608317382679")
    assert jose is not None and jose.missing_from_catalog == ["SKU-0099"]
    with pytest.raises(OrderNotPackable, match="not in the catalog: SKU-0099"):
        confirm(jose, "st1", "packer")


def test_bad_rows_are_reported_with_their_physical_line_and_good_orders_imported(
    uow: UnitOfWorkFactory,
) -> None:
    report = import_orders(uow, FIXTURES / "tiktok_bad_rows.csv", now=NOW)

    problems = [(p.line, p.column, p.reason) for p in report.rejected]
    assert problems == [
        (6, "Order ID", "order id is empty"),
        (7, "Quantity", "quantity 'two' is not a number"),
        (8, "", "not imported: order 576900000000000003 has a bad row at line 9"),
        (9, "Quantity", "quantity '0' must be at least 1"),
        (
            10,
            "Paid Time",
            "time '18/11/2026 08:02:00' is not month-first; expected MM/DD/YYYY hh:mm:ss AM/PM "
            "(TikTok Shop) or ISO 8601 (2026-11-18T08:02:00+07:00)",
        ),
        (11, "Seller SKU", "Seller SKU is empty (set it in Seller Center so the item can be scanned)"),
        (12, "Quantity", "quantity '-1' must be at least 1"),
    ]
    assert sorted(report.rejected_orders) == [f"57690000000000000{n}" for n in range(2, 7)]
    assert report.imported == 2 and report.exit_code == 1
    with uow() as u:
        good = u.orders.get("576900000000000001")
        iso = u.orders.get("576900000000000007")
        assert u.orders.get("576900000000000003") is None  # not half-written
    assert good is not None and [ln.sku for ln in good.lines] == ["SKU-0001", "SKU-0002"]
    assert good.recipient.line1 == "99/12 ถนนสีลม, แขวงสุริยวงศ์, เขตบางรัก"
    assert iso is not None and iso.paid_at == datetime(2026, 11, 18, 1, 2, tzinfo=UTC)
    assert count(uow, OrderRow) == 2 and count(uow, OrderLineRow) == 3 and count(uow, EventRow) == 2


def test_handling_time_is_configurable_per_channel(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIXTURES / "tiktok_quirks.csv", handling_hours={"tiktok": 24}, now=NOW)
    with uow() as u:
        viet = u.orders.get("576415631536246549")
    assert viet is not None and viet.paid_at is not None
    assert viet.ship_by == viet.paid_at + timedelta(hours=24)


def _bad_rows_with(tmp_path: Path, extra_row: str) -> Path:
    lines = (FIXTURES / "tiktok_bad_rows.csv").read_bytes().decode("utf-8-sig").split("\r\n")
    lines.insert(-1, extra_row)
    path = tmp_path / "edited.csv"
    path.write_bytes("\r\n".join(lines).encode())
    return path


def test_row_with_extra_cells_is_a_bad_row(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    good = (FIXTURES / "tiktok_bad_rows.csv").read_bytes().decode("utf-8-sig").split("\r\n")[-2]
    shifted = good.replace("576900000000000007", "576900000000000008").replace("1 Main St", "1 Main St,x,y")
    report = import_orders(uow, _bad_rows_with(tmp_path, shifted), now=NOW)
    stray = [p for p in report.rejected if p.order_id == "576900000000000008"]
    assert len(stray) == 1 and stray[0].line == 15
    assert "row has 59 cells but the header has 57 columns" in stray[0].reason
    assert report.imported == 2


def test_unclosed_quote_rejects_its_row_and_keeps_the_others(
    uow: UnitOfWorkFactory, tmp_path: Path
) -> None:
    good = (FIXTURES / "tiktok_bad_rows.csv").read_bytes().decode("utf-8-sig").split("\r\n")[-2]
    broken = good.replace("576900000000000007", "576900000000000008").replace("1 Main St", '"1 Main St')
    report = import_orders(uow, _bad_rows_with(tmp_path, broken), now=NOW)
    cut = [p for p in report.rejected if p.line == 15]
    assert len(cut) == 1 and "never closed" in cut[0].reason
    assert cut[0].order_id == "576900000000000008"
    assert report.imported == 2
    with uow() as u:
        assert u.orders.get("576900000000000008") is None


def test_unusable_files_raise_a_clear_format_error(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    with pytest.raises(ImportFormatError, match="no such file"):
        import_orders(uow, tmp_path / "missing.csv")
    other = tmp_path / "payout.csv"
    other.write_text("Statement ID,Amount\n1,2\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="unknown order file layout"):
        import_orders(uow, other)
    latin = tmp_path / "latin1.csv"
    latin.write_bytes("Order ID,Seller SKU\n1,Café\n".encode("latin-1"))
    with pytest.raises(ImportFormatError, match="line 2 is not UTF-8"):
        import_orders(uow, latin)
    partial = tmp_path / "partial.csv"
    partial.write_text("Order ID,Seller SKU,Quantity\n1,SKU-1,1\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="lacks column.*Order Status"):
        import_orders(uow, partial)
    with pytest.raises(ImportFormatError, match="unknown timezone"):
        import_orders(uow, FIXTURES / "tiktok_quirks.csv", timezone="Mars/Olympus")
    assert count(uow, OrderRow) == 0 and count(uow, EventRow) == 0
    shutil.copy(FIXTURES / "tiktok_quirks.csv", tmp_path / "orders.xlsx")  # the content decides
    assert import_orders(uow, tmp_path / "orders.xlsx", now=NOW).format == "tiktok"


def test_small_batches_give_the_same_store(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    """Many small transactions store the same orders as one big one."""
    report = import_orders(uow, FIXTURES / "tiktok_quirks.csv", now=NOW, batch_orders=1)
    assert report.imported == 6 and report.rejected == []
    other = UnitOfWorkFactory(open_engine(sqlite_url(tmp_path / "one-batch.db")))
    import_orders(other, FIXTURES / "tiktok_quirks.csv", now=NOW)
    query = "SELECT * FROM orders ORDER BY order_id"
    with uow.engine.connect() as a, other.engine.connect() as b:
        assert [tuple(r) for r in a.exec_driver_sql(query)] == [tuple(r) for r in b.exec_driver_sql(query)]
        lines = "SELECT order_id, line_no, sku, quantity, in_catalog FROM order_lines ORDER BY 1, 2"
        assert [tuple(r) for r in a.exec_driver_sql(lines)] == [tuple(r) for r in b.exec_driver_sql(lines)]
    assert count(uow, EventRow) == count(uow, OutboxRow) == 6
    other.engine.dispose()
