"""`export shipments`: the Seller Center sheet read back with openpyxl, CSV and JSON, nothing twice."""

from __future__ import annotations

import csv
import json
from datetime import UTC, datetime, timedelta

import pytest
from openpyxl import load_workbook

from packstation.channels.sheets import SHEET_HEADERS, SHEET_NAME, ExportError, export_shipments
from packstation.channels.shipments import handed_over
from packstation.domain import workflow
from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from tests.fakes.station import pack_and_ship

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def add_orders(kit, ids: list[str], channel: str = "tiktok") -> None:
    with kit.uow() as uow:
        for order_id in ids:
            order = Order(
                order_id, channel, OrderStatus.READY,
                Address("Ana", line1="1 Jalan", city="Shah Alam", country="MY"),
                [OrderLine("SKU-0001", 1, line_no=1)],
            )  # fmt: skip
            uow.orders.add(order)
            uow.record(OrderImported(order_id=order_id, status="Ready"))
        uow.commit()


def rows_of(path) -> tuple[list[str], list[list]]:
    book = load_workbook(path)
    sheet = book[SHEET_NAME]
    values = [list(r) for r in sheet.iter_rows(values_only=True)]
    return book.sheetnames, values


@pytest.fixture
def kit(make_station):
    kit = make_station()
    ids = [f"57700000000000{i:04d}" for i in range(1, 7)]
    add_orders(kit, ids)
    add_orders(kit, ["GEN-1"], channel="generic")
    carriers = ["J&T Express", "jnt", "Ninja Van", "PosLaju", "Acme Couriers"]
    for n, (order_id, carrier) in enumerate(zip(ids[:5], carriers, strict=True)):
        manifest = "M-1" if n < 3 else "M-2"
        pack_and_ship(kit.uow, order_id, tracking=f"TRK{n}", manifest=manifest, carrier=carrier,
                      now=T0 + timedelta(hours=n))  # fmt: skip
    # A split order (two parcels, two tracking numbers) and one not handed over yet.
    pack_and_ship(kit.uow, ids[5], tracking=["SPLITA", "SPLITB"], manifest="M-2", carrier="J&T Express",
                  now=T0 + timedelta(hours=6))  # fmt: skip
    pack_and_ship(kit.uow, "GEN-1", tracking="GEN1TRK", manifest="M-2", carrier="UPS", now=T0, ship=False)
    kit.ids = ids
    return kit


def test_the_seller_center_sheet_has_its_layout_and_one_row_per_handed_over_order(kit, tmp_path):
    out = tmp_path / "ship.xlsx"
    seen: list[tuple[int, int]] = []
    report = export_shipments(kit.uow, "tiktok-xlsx", out, progress=lambda d, t: seen.append((d, t)))
    sheets, rows = rows_of(out)
    assert sheets == [SHEET_NAME] == ["Shipping info"]
    assert rows[0][0] and "row 3" in rows[0][0]  # the note in row 1
    assert (
        tuple(rows[1])
        == SHEET_HEADERS
        == ("Order ID", "Tracking ID", "Shipping Provider Name", "Auto Combine Group ID")
    )
    data = [tuple(r[:3]) for r in rows[2:]]
    assert data == [
        (kit.ids[0], "TRK0", "J&T Express"),
        (kit.ids[1], "TRK1", "J&T Express"),
        (kit.ids[2], "TRK2", "Ninja Van"),
        (kit.ids[3], "TRK3", "Pos Malaysia"),
        (kit.ids[4], "TRK4", "Acme Couriers"),
    ]
    assert all(isinstance(r[0], str) for r in rows[2:])  # long order ids stay text, not numbers
    assert report.split == [kit.ids[5]] and report.unknown_carriers == {"Acme Couriers": 1}
    assert any("split order" in line for line in report.lines())
    assert seen[0] == (0, 5) and seen[-1] == (5, 5)


def test_nothing_is_reported_twice_unless_asked(kit, tmp_path):
    export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "a.xlsx")
    second = export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "b.xlsx")
    assert second.written == [] and second.already_reported == 5
    assert rows_of(tmp_path / "b.xlsx")[1][2:] == []
    # A newly handed-over order appears alone.
    add_orders(kit, ["577000000000009999"])
    pack_and_ship(kit.uow, "577000000000009999", tracking="NEW1", manifest="M-3", carrier="Flash")
    third = export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "c.xlsx")
    assert [r[:3] for r in rows_of(tmp_path / "c.xlsx")[1][2:]] == [
        ["577000000000009999", "NEW1", "Flash Express"]
    ]
    assert third.written == ["577000000000009999"]
    again = export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "d.xlsx", again=True)
    assert len(again.written) == 6


def test_orders_on_the_marketplace_label_are_not_in_the_sheet(kit, tmp_path):
    with kit.uow() as uow:
        uow.orders.row(kit.ids[1]).platform_shipped = True
        uow.commit()
    report = export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "p.xlsx")
    assert kit.ids[1] not in report.written and report.platform_shipped == [kit.ids[1]]
    assert [r[0] for r in rows_of(tmp_path / "p.xlsx")[1][2:]] == [kit.ids[0], *kit.ids[2:5]]


def test_one_manifest_or_a_time_window(kit, tmp_path):
    by_manifest = export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "m.xlsx", manifest="M-2")
    assert by_manifest.written == kit.ids[3:5] and by_manifest.split == [kit.ids[5]]
    since = export_shipments(kit.uow, "csv", tmp_path / "s.csv", since=T0 + timedelta(hours=2))
    assert since.written == kit.ids[2:]  # CSV lists split orders too


def test_csv_and_json_list_every_channel_with_shipped_time_and_manifest(kit, tmp_path):
    export_shipments(kit.uow, "csv", tmp_path / "out.csv")
    with (tmp_path / "out.csv").open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert [r["order_id"] for r in rows] == kit.ids  # the split order too: every number is listed
    assert rows[0] == {
        "order_id": kit.ids[0], "tracking_number": "TRK0", "carrier": "J&T Express",
        "shipped_at": T0.isoformat(), "manifest_id": "M-1",
    }  # fmt: skip
    assert rows[5]["tracking_number"] == "SPLITA;SPLITB"
    # JSON is its own record: the CSV export does not hide orders from it.
    export_shipments(kit.uow, "json", tmp_path / "out.json", again=True)
    data = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["shipments"]
    assert [d["manifest_id"] for d in data] == ["M-1", "M-1", "M-1", "M-2", "M-2", "M-2"]


def test_carrier_statuses_after_shipping_still_count(kit):
    with kit.uow() as uow:
        order = uow.orders.get(kit.ids[0])
        uow.record(workflow.carrier_update(order, OrderStatus.DELIVERED))
        uow.orders.save(order)
        uow.commit()
    with kit.uow() as uow:
        shipped = handed_over(uow.session, channel="tiktok")
    assert [s.order_id for s in shipped] == kit.ids and shipped[0].status == "Delivered"


def test_bad_destinations_are_refused_and_nothing_is_recorded(kit, tmp_path):
    with pytest.raises(ExportError, match="does not exist"):
        export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "nope" / "a.xlsx")
    with pytest.raises(ExportError, match="is a folder"):
        export_shipments(kit.uow, "csv", tmp_path)
    assert len(export_shipments(kit.uow, "tiktok-xlsx", tmp_path / "ok.xlsx").written) == 5


def test_the_cli_writes_the_sheet_and_says_what_it_left_out(tmp_path, capsys):
    from packstation.bootstrap import open_station
    from packstation.cli import main

    home = tmp_path / "home"
    station = open_station(home)
    try:
        add_orders(station, ["577000000000000001", "577000000000000002"])
        pack_and_ship(station.uow, "577000000000000001", tracking="JT1", manifest="M-9", carrier="JNT")
        pack_and_ship(station.uow, "577000000000000002", tracking=["A1", "B2"], manifest="M-9", carrier="JNT")
    finally:
        station.close()
    out = tmp_path / "s.xlsx"
    args = ["export", "shipments", "--format", "tiktok-xlsx", "--out", str(out), "--home", str(home)]
    assert main(args) == 0
    text = capsys.readouterr().out
    assert "1 order(s) written" in text and "1 split order(s) left out" in text
    assert [r[:3] for r in rows_of(out)[1][2:]] == [["577000000000000001", "JT1", "J&T Express"]]
    assert main(args) == 0 and "already reported" in capsys.readouterr().out
    assert main([*args[:-2], "--since", "yesterday", "--home", str(home)]) == 2
    assert "--since 'yesterday'" in capsys.readouterr().err
