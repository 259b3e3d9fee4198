"""Catalog import: several barcodes per product, sizes and flags, bad rows, and re-linking waiting orders."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from packstation.domain import workflow
from packstation.services.imports import ImportFormatError, import_catalog, import_orders
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

FIXTURES = Path(__file__).parent.parent / "fixtures" / "imports"
NOW = datetime(2026, 11, 18, 12, 0, tzinfo=UTC)
THAI, VIET, CHINESE, JOSE = (
    "576830952815695636",
    "576415631536246549",
    "576059950930562228",
    "576541608317382679",
)


@pytest.fixture
def uow(tmp_path: Path) -> Iterator[UnitOfWorkFactory]:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def test_catalog_with_several_barcodes(uow: UnitOfWorkFactory) -> None:
    report = import_catalog(uow, FIXTURES / "catalog.csv")
    assert (report.rows, report.imported, report.rejected) == (6, 6, [])
    with uow() as u:
        serum, case, mug = (u.catalog.get(s) for s in ("SKU-0001", "SKU-0002", "SKU-0003"))
        earbuds, bottle = u.catalog.get("SKU-0004"), u.catalog.get("SKU-0010")
        # Any form of a product's barcode finds it: EAN-13 as printed, its GTIN-14, a UPC-A, GS1 text.
        assert u.catalog.sku_for_barcode("9553982597910") == "SKU-0001"
        assert u.catalog.sku_for_barcode("4006381333931") == "SKU-0001"
        assert u.catalog.sku_for_barcode("09552328601298") == "SKU-0003"
        assert u.catalog.sku_for_barcode("00012345600012") == "SKU-0003"
        assert u.catalog.sku_for_barcode("(01)00004796669724") == "SKU-0004"
        assert u.catalog.sku_for_barcode("SKU-0002") == "SKU-0002"
    assert serum is not None and sorted(serum.barcodes) == ["4006381333931", "9553982597910"]
    assert serum.image == "images/sku-0001.jpg" and serum.sku_id == "1729014824533168701"
    assert (serum.weight_g, serum.length_mm, serum.width_mm, serum.height_mm) == (85, 40, 40, 120)
    assert case is not None and sorted(case.barcodes) == ["9557483378870", "SKU-0002"] and not case.fragile
    assert mug is not None and mug.fragile and len(mug.barcodes) == 2
    assert earbuds is not None and not earbuds.fragile
    assert bottle is not None and bottle.fragile and bottle.name == 'Glass Water Bottle 500ml, "Clear"'


def test_catalog_reimport_changes_only_what_changed(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    import_catalog(uow, FIXTURES / "catalog.csv")
    with uow.engine.connect() as conn:
        before = [tuple(r) for r in conn.execute(text("SELECT * FROM products ORDER BY sku"))]
    again = import_catalog(uow, FIXTURES / "catalog.csv")
    assert (again.imported, again.updated, again.unchanged) == (0, [], 6)
    with uow.engine.connect() as conn:
        assert [tuple(r) for r in conn.execute(text("SELECT * FROM products ORDER BY sku"))] == before

    edited = tmp_path / "catalog.csv"
    content = (FIXTURES / "catalog.csv").read_bytes().decode("utf-8-sig")
    content = content.replace("Wireless Earbuds,Blue,120", "Wireless Earbuds,Blue,125")
    content = content.replace("9553982597910|4006381333931", "9553982597910")
    edited.write_text(content, encoding="utf-8")
    changed = import_catalog(uow, edited)
    assert sorted(changed.updated) == ["SKU-0001", "SKU-0004"] and changed.unchanged == 4
    with uow() as u:
        earbuds, serum = u.catalog.get("SKU-0004"), u.catalog.get("SKU-0001")
        assert u.catalog.sku_for_barcode("4006381333931") is None
    assert earbuds is not None and earbuds.weight_g == 125
    assert serum is not None and serum.barcodes == ("9553982597910",)


def test_bad_catalog_rows_are_reported_and_good_ones_kept(uow: UnitOfWorkFactory) -> None:
    import_catalog(uow, FIXTURES / "catalog.csv")
    report = import_catalog(uow, FIXTURES / "catalog_bad.csv")
    problems = [(p.line, p.column, p.reason) for p in report.rejected]
    assert problems == [
        (3, "seller_sku", "seller SKU is empty"),
        (4, "weight_g", "weight 'heavy' is not a number"),
        (5, "fragile", "fragile 'maybe' is not yes/no/true/false/1/0"),
        (6, "barcode", "barcode 9553982597910 belongs to SKU-0001 (remove it there first)"),
        (7, "barcode", "barcode 9554661099060 is also on SKU-0011 (line 2)"),
        (8, "seller_sku", "SKU SKU-0011 repeats line 2"),
        (
            10,
            "barcode",
            "barcode '(01)09553982597911': AI (01) GTIN: bad check digit, expected 0, got 1",
        ),
    ]
    assert report.imported == 2 and report.exit_code == 1
    with uow() as u:
        assert u.catalog.get("SKU-0011") is not None and u.catalog.get("SKU-0016") is not None
        assert u.catalog.get("SKU-0014") is None
        assert u.catalog.sku_for_barcode("9553982597910") == "SKU-0001"


def test_catalog_import_relinks_lines_of_waiting_orders(uow: UnitOfWorkFactory) -> None:
    import_orders(uow, FIXTURES / "tiktok_quirks.csv", now=NOW)
    # A station cannot start the Thai order yet, but sets one aside on hold and the Chinese one is
    # started by force (its SKUs are marked known by hand) to prove started orders are left alone.
    with uow() as u:
        thai = u.orders.get(THAI)
        assert thai is not None and thai.missing_from_catalog == ["SKU-0001", "SKU-0010"]
        u.record(workflow.hold(thai, "waiting for stock", "st1", "sup"))
        u.orders.save(thai)
        u.session.execute(
            text("UPDATE order_lines SET in_catalog = 1 WHERE order_id = :id AND sku != 'SKU-0006'"),
            {"id": CHINESE},
        )
        u.session.execute(
            text("UPDATE orders SET status = 'Confirmed' WHERE order_id = :id"), {"id": CHINESE}
        )
        u.commit()

    report = import_catalog(uow, FIXTURES / "catalog.csv", station="office", user="sup", now=NOW)

    assert report.relinked == sorted([THAI, VIET])
    with uow() as u:
        thai, viet, chinese, jose = (u.orders.get(i) for i in (THAI, VIET, CHINESE, JOSE))
        thai_events = u.events.for_order(THAI)
    assert thai is not None and thai.missing_from_catalog == []
    assert viet is not None and viet.missing_from_catalog == []
    assert chinese is not None and chinese.missing_from_catalog == ["SKU-0006"]  # started: not touched
    assert jose is not None and jose.missing_from_catalog == ["SKU-0099"]  # still unknown
    assert (thai_events[-1].type, thai_events[-1].payload) == (
        "OrderUpdated",
        {"fields": ["lines.in_catalog"], "source": "catalog.csv"},
    )
    with uow() as u:
        assert u.events.backlog() == 6 + 1 + 2  # six imported, one hold, two re-linked
    assert workflow.packability_problems(viet) == []

    again = import_catalog(uow, FIXTURES / "catalog.csv")
    assert again.relinked == [] and again.unchanged == 6


def test_catalog_needs_sku_and_name_columns(uow: UnitOfWorkFactory, tmp_path: Path) -> None:
    path = tmp_path / "products.csv"
    path.write_text("code,title\nA,B\n", encoding="utf-8")
    with pytest.raises(ImportFormatError, match="needs the columns seller_sku and name"):
        import_catalog(uow, path)
