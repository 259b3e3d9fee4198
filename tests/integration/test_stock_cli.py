"""`packstation stock` and the stock state in `orders --json`, and the Pick step's bins, on a real station home."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from openpyxl import Workbook

from packstation.cli import main
from packstation.services.demo import demo_bin, load_demo_stock
from tests.harness.bench_station import BARCODES, PACKER_PIN, SUPERVISOR_PIN, bench_session, open_bench


def _run(capsys, home: Path, *argv: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(["--home", str(home), *argv])
    return code, capsys.readouterr().out


def test_import_reports_bad_rows_per_line_and_list_shows_levels(tmp_path, capsys):
    home = tmp_path / "h"
    open_bench(home).close()
    count = tmp_path / "count.csv"
    count.write_text(
        "sku,location,on_hand\n"
        "SKU-0001,A-01-2,12\n"
        "SKU-0002,,3\n"  # no location
        "SKU-0003,A-03-1,two\n"  # not a number
        "SKU-0004,A-04-2,-1\n"  # negative
        "SKU-0001,A-01-2,9\n"  # the same bin twice
        "SKU-0005,B-10,4\n"
        f"{'S' * 101},B-11,1\n",  # longer than a SKU may be
        encoding="utf-8",
    )
    code, out = _run(capsys, home, "stock", "import", str(count), "--by", "sue")
    assert code == 1
    assert "rejected line 3, location: location is empty" in out
    assert "rejected line 4, on_hand: on_hand 'two' is not a number" in out
    assert "rejected line 5, on_hand: on_hand '-1' is negative" in out
    assert "rejected line 6, sku: SKU-0001 at A-01-2 repeats line 2" in out
    assert "rejected line 8, sku: SKU or location too long (at most 100/64)" in out
    assert "7 rows; 2 bins set, 0 unchanged, 5 rows rejected" in out
    code, out = _run(capsys, home, "stock", "list", "--json")
    assert code == 0
    assert json.loads(out) == [
        {"sku": "SKU-0001", "location": "A-01-2", "on_hand": 12, "reserved": 0, "available": 12},
        {"sku": "SKU-0005", "location": "B-10", "on_hand": 4, "reserved": 0, "available": 4},
    ]

    book = tmp_path / "count.xlsx"
    wb = Workbook()
    wb.active.append(["SKU", "Location", "On hand"])
    wb.active.append(["SKU-0005", "B-10", 6])
    wb.active.append(["SKU-0006", "C-1", 1.5])
    wb.save(book)
    code, out = _run(capsys, home, "stock", "import", str(book))
    assert code == 1 and "rejected line 3, On hand: on_hand '1.5' is not a whole number of units" in out
    _, out = _run(capsys, home, "stock", "list", "--sku", "SKU-0005", "--json")
    assert json.loads(out)[0]["on_hand"] == 6
    code, out = _run(capsys, home, "stock", "import", str(tmp_path / "missing.csv"))
    assert code == 2


def test_adjust_needs_a_supervisor_and_is_audited(tmp_path, capsys):
    home = tmp_path / "h"
    open_bench(home).close()
    (tmp_path / "c.csv").write_text("sku,location,on_hand\nSKU-0001,A-1,5\n", encoding="utf-8")
    _run(capsys, home, "stock", "import", str(tmp_path / "c.csv"))
    code = main(["--home", str(home), "stock", "adjust", "SKU-0001", "A-1", "-2", "--reason", "x", "--pin", PACKER_PIN])
    assert code == 2 and "not a supervisor" in capsys.readouterr().err.lower()
    code, out = _run(
        capsys, home, "stock", "adjust", "SKU-0001", "A-1", "-2", "--reason", "dropped", "--pin", SUPERVISOR_PIN
    )
    assert code == 0 and "3 on hand, 3 available" in out
    code, out = _run(
        capsys, home, "stock", "adjust", "SKU-0001", "A-1", "-9", "--reason", "gone", "--pin", SUPERVISOR_PIN
    )
    assert code == 1 and "cannot remove 9, only 3 on hand" in out
    code, out = _run(capsys, home, "stock", "count", "SKU-0001", "A-1", "4", "--by", "kim")
    assert code == 0 and "difference +1 recorded" in out
    _, out = _run(capsys, home, "stock", "audit", "SKU-0001")
    lines = out.strip().splitlines()
    assert [line.split()[2] for line in lines] == ["count", "adjust", "import"]
    assert "sue" in lines[1] and "dropped" in lines[1]


def test_orders_json_carries_stock_state_and_out_of_stock_is_exported(tmp_path, capsys):
    home = tmp_path / "h"
    station = open_bench(home, orders=3)
    with station.uow.read() as uow:
        orders = uow.orders.queue(10)
    station.close()
    target = orders[0]
    sku = target.lines[0].sku
    (tmp_path / "c.csv").write_text(f"sku,location,on_hand\n{sku},A-1,0\n", encoding="utf-8")
    _run(capsys, home, "stock", "import", str(tmp_path / "c.csv"))
    _, out = _run(capsys, home, "orders", "--json")
    rows = {r["order_id"]: r for r in json.loads(out)}
    assert rows[target.order_id]["stock"] == "waiting"
    want = sum(line.quantity for line in target.lines if line.sku == sku)
    assert {"sku": sku, "needed": want, "available": 0} in rows[target.order_id]["missing"]
    untouched = [o for o in orders if all(line.sku != sku for line in o.lines)]
    for o in untouched:
        assert rows[o.order_id]["stock"] == "ok" and "missing" not in rows[o.order_id]

    code, out = _run(
        capsys, home, "stock", "decide", target.order_id, "out-of-stock", "--reason", "discontinued",
        "--pin", SUPERVISOR_PIN,
    )
    assert code == 0 and "waiting for stock" in out
    export = tmp_path / "cancel.csv"
    code, out = _run(capsys, home, "stock", "out-of-stock", "--export", str(export))
    assert code == 0
    with export.open(encoding="utf-8") as fh:
        got = list(csv.DictReader(fh))
    assert [(r["order_id"], r["cancel_reason"], r["marked_by"], r["note"]) for r in got] == [
        (target.order_id, "seller_out_of_stock", "sue", "discontinued")
    ]
    assert f"{sku} ({want} needed, 0 available)" in got[0]["missing"]
    station = open_bench(home)
    with station.uow.read() as uow:
        decided = [e for e in uow.events.for_order(target.order_id) if e.type == "StockDecided"]
    station.close()
    assert [(e.user, e.payload["decision"], e.payload["reason"]) for e in decided] == [
        ("sue", "out_of_stock", "discontinued")
    ]


def test_pick_step_shows_each_lines_bin_and_the_next_bin_on_the_route(tmp_path):
    station = open_bench(tmp_path / "h", orders=4)
    assert load_demo_stock(station.stock.book, 4)
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    view = session.take_next()
    assert view.order is not None, view.notice
    assert all(line.location == demo_bin(line.sku) for line in view.lines)
    route = sorted(view.lines, key=lambda line: (int(line.location.split("-")[1]), line.sku))
    assert view.next_bin == route[0].location
    first = route[0]
    for _ in range(first.remaining):
        view = session.scan(BARCODES[first.sku])
    if len(route) > 1:
        assert view.next_bin == route[1].location
    reserved = {lv.sku: lv.reserved for lv in station.stock.levels() if lv.reserved}
    assert reserved == {line.sku: line.quantity for line in view.lines}
    station.close()


def test_simulate_runs_against_demo_stock_and_the_handover_takes_it_off(tmp_path):
    from packstation.cli.simulate import simulate
    from packstation.services.demo import demo_orders
    from packstation.store.base import utcnow

    summary = simulate(str(tmp_path / "sim"), 3)
    shipped = sum(line.quantity for o in demo_orders(3, utcnow()) for line in o.lines)
    assert summary["manifests"] >= 1
    assert summary["stock"]["on_hand_before"] - summary["stock"]["on_hand_after"] == shipped
    assert summary["stock"]["reserved"] == 0
