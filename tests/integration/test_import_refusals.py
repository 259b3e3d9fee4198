"""Imports refuse what is wrong, row by row, and never erase what the store already holds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from packstation.services.imports import ImportFormatError, ImportRules, import_catalog, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.integration.export_files import tiktok_row, write_csv

NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
FIRST, SECOND = "576273609330746490", "576273609330746491"


@pytest.fixture
def uow(tmp_path: Path) -> Iterator[UnitOfWorkFactory]:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def snapshot(uow: UnitOfWorkFactory) -> dict[str, list[tuple]]:
    with uow.engine.connect() as conn:
        return {
            table: [tuple(row) for row in conn.execute(text(f"SELECT * FROM {table} ORDER BY 1, 2"))]
            for table in ("orders", "order_lines", "events", "outbox")
        }


@pytest.fixture
def two_orders(uow: UnitOfWorkFactory, tmp_path: Path) -> UnitOfWorkFactory:
    rows = [
        tiktok_row(FIRST),
        tiktok_row(FIRST, {"Seller SKU": "SKU-0007", "Quantity": "3"}),
        tiktok_row(SECOND, {"Recipient": "Ahmad"}),
    ]
    report = import_orders(uow, write_csv(tmp_path / "first.csv", rows), now=NOW)
    assert report.imported == 2 and report.ok
    return uow


def test_short_row_is_refused_and_the_stored_order_kept(
    two_orders: UnitOfWorkFactory, tmp_path: Path
) -> None:
    before = snapshot(two_orders)
    short = tiktok_row(FIRST, {"Recipient": ""})[:10]
    path = write_csv(tmp_path / "short.csv", [short, tiktok_row(SECOND, {"Recipient": "Ahmad"})])
    report = import_orders(two_orders, path, now=NOW)
    assert [(p.line, p.order_id) for p in report.rejected] == [(3, FIRST)]
    assert "row has 10 cells but the header has 57 columns" in report.rejected[0].reason
    assert report.exit_code == 1 and report.updated == []
    assert snapshot(two_orders) == before


def test_file_cut_mid_row_rejects_that_row_and_its_order(
    two_orders: UnitOfWorkFactory, tmp_path: Path
) -> None:
    before = snapshot(two_orders)
    rows = [
        tiktok_row(SECOND, {"Recipient": "Ahmad"}),
        tiktok_row(FIRST, {"Buyer Message": "new"}),
        tiktok_row(FIRST, {"Seller SKU": "SKU-0007", "Quantity": "3", "Buyer Message": "new"}),
    ]
    data = write_csv(tmp_path / "full.csv", rows).read_bytes()
    cut = data[: data.rindex(b"SKU-0007") + 4]  # the last row ends in the middle of a cell
    (tmp_path / "cut.csv").write_bytes(cut)
    report = import_orders(two_orders, tmp_path / "cut.csv", now=NOW)
    assert {p.line for p in report.rejected} == {4, 5} and {p.order_id for p in report.rejected} == {FIRST}
    assert any("cut short" in p.reason for p in report.rejected if p.line == 5)
    assert snapshot(two_orders) == before  # FIRST kept its SKU-0007 x3 line and its message


def test_unclosed_quote_at_the_end_names_the_order(two_orders: UnitOfWorkFactory, tmp_path: Path) -> None:
    before = snapshot(two_orders)
    rows = [tiktok_row(FIRST, {"Detail Address": "1 Jalan\nKebun"})]
    data = write_csv(tmp_path / "full.csv", rows).read_bytes()
    (tmp_path / "cut.csv").write_bytes(data[: data.index(b"1 Jalan") + 4])
    report = import_orders(two_orders, tmp_path / "cut.csv", now=NOW)
    assert [(p.line, p.order_id) for p in report.rejected] == [(3, FIRST)]
    assert "never closed" in report.rejected[0].reason
    assert snapshot(two_orders) == before


@pytest.mark.parametrize("column", ["Recipient", "Detail Address", "Shipping Provider Name", "Phone #"])
def test_reimport_never_blanks_a_required_field(
    two_orders: UnitOfWorkFactory, tmp_path: Path, column: str
) -> None:
    before = snapshot(two_orders)
    path = write_csv(tmp_path / "blank.csv", [tiktok_row(SECOND, {"Recipient": "Ahmad", column: ""})])
    report = import_orders(two_orders, path, now=NOW)
    assert [(p.line, p.order_id) for p in report.rejected] == [(3, SECOND)]
    assert "blank" in report.rejected[0].reason and report.updated == []
    assert snapshot(two_orders) == before


def test_reimport_may_still_change_an_order_not_started(
    two_orders: UnitOfWorkFactory, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "moved.csv", [tiktok_row(SECOND, {"Recipient": "Ahmad B."})])
    report = import_orders(two_orders, path, now=NOW)
    assert report.ok and report.updated == [SECOND]
    with two_orders() as u:
        assert u.orders.get(SECOND).recipient.name == "Ahmad B."  # type: ignore[union-attr]


BAD_QUANTITIES = {
    "NaN": "not a whole number written in digits",
    "inf": "not a whole number written in digits",
    "-inf": "not a whole number written in digits",
    "1e9": "not a whole number written in digits",
    "1E3": "not a whole number written in digits",
    "99999999999999999999999": "more than the maximum of 999 units",
    "1000": "more than the maximum of 999 units",
    "1.5": "not a whole number",
    "0": "at least 1",
    "-2": "at least 1",
    "two": "not a number",
}


def test_bad_quantities_are_refused_per_line_and_good_rows_taken(
    uow: UnitOfWorkFactory, tmp_path: Path
) -> None:
    rows = [tiktok_row(f"57600000000000{n:04d}", {"Quantity": q}) for n, q in enumerate(BAD_QUANTITIES)]
    rows.append(tiktok_row("576999999999999999", {"Quantity": "999"}))
    report = import_orders(uow, write_csv(tmp_path / "q.csv", rows), now=NOW)
    assert report.imported == 1
    found = {p.line: (p.column, p.reason) for p in report.rejected}
    for n, (quantity, reason) in enumerate(BAD_QUANTITIES.items()):
        column, got = found[n + 3]
        assert column == "Quantity" and reason in got and quantity in got


def test_configured_maximum_applies(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "q.csv", [tiktok_row(FIRST, {"Quantity": "60"})])
    report = import_orders(uow, path, now=NOW, rules=ImportRules(max_quantity=50))
    assert [p.reason for p in report.rejected] == ["quantity '60' is more than the maximum of 50 units"]


@pytest.mark.parametrize(
    "paid, reason",
    [
        ("12/31/9999 11:59:59 PM", "in the future"),
        ("01/01/2126 10:00:00 AM", "in the future"),
        ("11/20/2026 10:00:00 AM", "in the future"),
        ("01/01/1900 10:00:00 AM", "too long ago"),
        ("01/01/0001 10:00:00 AM", "out of range"),
        ("0001-01-01T00:00:00+05:00", "out of range"),
        ("9999-12-31T23:59:59-05:00", "out of range"),
    ],
)
def test_times_outside_the_window_are_refused(
    uow: UnitOfWorkFactory, tmp_path: Path, paid: str, reason: str
) -> None:
    rows = [tiktok_row(FIRST, {"Paid Time": paid}), tiktok_row(SECOND)]
    report = import_orders(uow, write_csv(tmp_path / "t.csv", rows), now=NOW, timezone="Asia/Bangkok")
    assert [(p.line, p.column) for p in report.rejected] == [(3, "Paid Time")]
    assert reason in report.rejected[0].reason
    assert report.imported == 1


def test_serial_dates_are_read(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "s.csv", [tiktok_row(FIRST, {"Paid Time": "46344.5"})])
    assert import_orders(uow, path, now=NOW).ok
    with uow() as u:
        assert u.orders.get(FIRST).paid_at == datetime(2026, 11, 18, 12, 0, tzinfo=UTC)  # type: ignore[union-attr]


@pytest.mark.parametrize("order_id", ["a/b", "x/../../..", "CON", "lpt1.txt", "..", "-x", "a b", "1" * 65])
def test_unsafe_order_ids_are_refused(uow: UnitOfWorkFactory, tmp_path: Path, order_id: str) -> None:
    report = import_orders(uow, write_csv(tmp_path / "ids.csv", [tiktok_row(order_id)]), now=NOW)
    assert report.imported == 0 and [p.line for p in report.rejected] == [3]
    assert report.rejected[0].column == "Order ID"


def test_a_megabyte_id_is_refused_with_a_short_message(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    huge = "7" * 1_000_000
    report = import_orders(
        uow, write_csv(tmp_path / "ids.csv", [tiktok_row(huge), tiktok_row(FIRST)]), now=NOW
    )
    assert report.imported == 1 and len(str(report.rejected[0])) < 200
    assert "longer than 64 characters" in report.rejected[0].reason


def test_channel_pattern_is_configurable(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    rules = ImportRules(order_id_patterns={"tiktok": r"57\d{16}"})
    rows = [tiktok_row(FIRST), tiktok_row("ABC-1")]
    report = import_orders(uow, write_csv(tmp_path / "ids.csv", rows), now=NOW, rules=rules)
    assert report.imported == 1 and "does not match the tiktok pattern" in report.rejected[0].reason


def test_control_and_bidi_characters_are_removed_and_reported(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    name = "Siti\x1b[31m\x07\x00 \u202eAminah"
    path = write_csv(
        tmp_path / "c.csv", [tiktok_row(FIRST, {"Recipient": name, "Detail Address": "1\x1b Jalan"})]
    )
    report = import_orders(uow, path, now=NOW)
    assert report.ok
    with uow() as u:
        order = u.orders.get(FIRST)
        assert order is not None
        assert order.recipient.name == "Siti[31m Aminah" and order.recipient.line1 == "1 Jalan"
    (note,) = report.cleaned
    assert note.order_id == FIRST and "U+001B" in note.reason and "U+202E" in note.reason
    assert "recipient.name" in note.reason and "recipient.line1" in note.reason


def _json(tmp_path: Path, orders: object, raw: str | None = None) -> Path:
    path = tmp_path / "orders.json"
    path.write_text(raw if raw is not None else json.dumps(orders), encoding="utf-8")
    return path


def _order(order_id: object, quantity: object = 1) -> dict:
    return {
        "order_id": order_id,
        "recipient": {"name": "Ana", "line1": "Rua 1", "country": "PT"},
        "carrier": "CTT",
        "paid_at": "2026-11-18T09:00:00+00:00",
        "lines": [{"sku": "SKU-1", "quantity": quantity}],
    }


def test_json_refuses_non_ids_and_bad_numbers_per_record(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    raw = json.dumps([_order(True), _order(1.5), _order("A-1", 1e308), _order("A-2", 2), _order(17)])
    raw = (
        raw[:-1]
        + ', {"order_id": "A-3", "recipient": {"name": "B"}, "lines": [{"sku": "S", "quantity": NaN}]}]'
    )
    report = import_orders(uow, _json(tmp_path, None, raw), now=NOW)
    assert report.imported == 2  # A-2 and 17
    columns = {p.column: p.reason for p in report.rejected}
    assert "got true" in columns["orders[0].order_id"]
    assert "got 1.5" in columns["orders[1].order_id"]
    assert "1e+308" in columns["orders[2].lines[0].quantity"]
    assert "'nan'" in columns["orders[5].lines[0].quantity"]


def test_deep_json_is_refused_not_a_traceback(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    deep = _order("D-1")
    deep["extra"] = json.loads("[" * 40 + "]" * 40)
    report = import_orders(uow, _json(tmp_path, [_order("A-1"), deep]), now=NOW)
    assert report.imported == 1  # the good record is taken, the deep one reported
    assert [(p.column, p.reason) for p in report.rejected] == [
        ("orders[1]", "nested more than 32 levels deep")
    ]
    path = _json(tmp_path, None, "[" * 200_000 + "]" * 200_000)  # beyond what the parser can read
    with pytest.raises(ImportFormatError, match="nested more than 32 levels"):
        import_orders(uow, path, now=NOW)


def test_catalog_refuses_nan_sizes_and_images_outside(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    folder = tmp_path / "catalog"
    folder.mkdir()
    (folder / "catalog.csv").write_text(
        "seller_sku,name,weight_g,length_mm,image\n"
        "S-1,Good,10,20,images/s1.png\n"
        "S-2,NaN weight,NaN,20,\n"
        "S-3,Inf length,10,inf,\n"
        "S-4,Escapes,10,20,../../etc/passwd\n"
        "S-5,Absolute,10,20,/etc/shadow\n"
        f"S-6,In home,10,20,{tmp_path / 'home' / 'p.png'}\n",
        encoding="utf-8",
    )
    report = import_catalog(uow, folder / "catalog.csv", home=tmp_path / "home")
    assert report.imported == 2
    found = {p.line: (p.column, p.reason) for p in report.rejected}
    assert found[3] == ("weight_g", "weight 'NaN' is not a finite number")
    assert found[4] == ("length_mm", "length 'inf' is not a finite number")
    assert found[5][0] == "image" and "is not inside" in found[5][1]
    assert found[6][0] == "image"
