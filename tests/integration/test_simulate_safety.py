"""`packstation simulate` never touches real work by accident, and packs through the station's session."""

from __future__ import annotations

import json
from pathlib import Path

from packstation.cli import main
from packstation.compose import compose
from packstation.domain.orders import OrderStatus, Product
from packstation.store.repositories import OrderFilter

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "imports"


def real_home(tmp_path: Path) -> Path:
    """A home with the seller's own orders and a real product that shares a demo SKU."""
    home = tmp_path / "real"
    assert main(["import", "orders", str(FIXTURES / "tiktok_quirks.csv"), "--home", str(home)]) in (0, 1)
    station = compose(home)
    try:
        with station.uow() as uow:
            uow.catalog.upsert(Product("SKU-0001", "Seller's own serum", barcodes=["4006381333931"]))
            uow.commit()
    finally:
        station.close()
    return home


def test_in_home_refuses_a_home_with_real_orders(tmp_path: Path, capsys):
    home = real_home(tmp_path)
    code = main(["simulate", "--in-home", "--home", str(home), "--orders", "2"])
    err = capsys.readouterr().err
    assert code == 2 and "not demo orders" in err and "--real-orders" in err
    station = compose(home)
    try:
        with station.uow.read() as uow:
            orders = uow.orders.find(OrderFilter())
            product = uow.catalog.get("SKU-0001")
        assert orders and all(o.status in (OrderStatus.READY, OrderStatus.CANCELLED) for o in orders)
        assert product is not None and product.name == "Seller's own serum"  # the catalog is untouched
    finally:
        station.close()


def test_a_throw_away_home_packs_demo_orders_and_the_demo_never_replaces_a_real_product(tmp_path: Path, capsys):
    home = tmp_path / "demo"
    assert main(["simulate", "--in-home", "--home", str(home), "--orders", "2", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["orders"] == 2 and summary["manifests"] >= 1
    station = compose(home)
    try:
        with station.uow() as uow:  # a real product arrives under a SKU the demo also uses
            uow.catalog.upsert(Product("SKU-0002", "Seller's phone case", barcodes=["4006381333948"]))
            uow.commit()
    finally:
        station.close()
    from packstation.services.demo import load_demo

    station = compose(home)
    try:
        load_demo(station.uow, orders=0, station=station.name, force=True)
        with station.uow.read() as uow:
            assert uow.catalog.get("SKU-0002").name == "Seller's phone case"
            assert uow.catalog.get("SKU-0001").name != "Seller's own serum"  # the demo's own entry stays
    finally:
        station.close()


def test_real_orders_are_packed_only_when_asked_loudly_on_a_simulated_printer(tmp_path: Path, capsys):
    home = real_home(tmp_path)
    station = compose(home)
    try:
        station.config.devices.printer = "tcp://192.0.2.1:9100"  # a real printer that must not be used
    finally:
        station.close()
    code = main(["simulate", "--real-orders", "--home", str(home), "--orders", "1", "--json"])
    captured = capsys.readouterr()
    assert "REAL orders" in captured.err
    assert code in (0, 1), captured.err  # the fixture's orders may lack catalog entries: then it stops clearly
    station = compose(home)
    try:
        with station.uow.read() as uow:
            assert uow.catalog.get("SKU-0001").name == "Seller's own serum"
    finally:
        station.close()
