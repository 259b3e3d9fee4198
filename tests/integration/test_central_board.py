"""The exceptions board read from the central store (SQLite and PostgreSQL): every station's shipments,
judged with the same rules and claim windows as each station's own board."""

from __future__ import annotations

from datetime import timedelta

from packstation.domain.delivery import CarrierScan, ScanKind
from packstation.domain.events import OrderImported
from packstation.services.demo import demo_orders
from packstation.services.tracking import ExceptionsBoard, TrackingService
from packstation.services.tracking.central_board import CentralExceptionsBoard
from packstation.store.base import utcnow
from packstation.sync.central import CentralStore
from packstation.sync.push import OutboxPusher
from tests.fakes.station import pack_and_ship


def ship_orders(kit, count: int, prefix: str, shipped_at) -> list[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    queue = []
    with kit.uow() as uow:
        for order in demo_orders(count, utcnow()):
            order.order_id = f"{prefix}-{order.order_id}"  # order ids are unique across stations
            uow.orders.add(order)
            uow.record(OrderImported(order_id=order.order_id, station=kit.name, status="Ready"))
            queue.append(order)
        uow.commit()
    out = []
    for n, order in enumerate(queue, start=1):
        number = f"{prefix}{n:08d}"
        pack_and_ship(kit.uow, order.order_id, tracking=number, station=kit.name, now=shipped_at)
        out.append((order.order_id, number, order.carrier))
    return out


def rows_of(board) -> set[tuple[str, str, str, bool, tuple[str, ...]]]:  # type: ignore[no-untyped-def]
    return {
        (
            r.order_id,
            r.status,
            r.rule,
            r.at_risk,
            tuple(f"{c.name}@{c.deadline:%Y%m%d%H%M}" for c in r.claims),
        )
        for r in board.rows
    }


def test_central_board_shows_every_stations_exceptions_as_their_own_boards_do(central_url, make_station):
    now = utcnow()
    shipped_at = now - timedelta(days=3)
    a, b = make_station("bench-1"), make_station("bench-2")
    sa = ship_orders(a, 4, "AA", shipped_at)
    sb = ship_orders(b, 3, "BB", shipped_at)
    t = shipped_at + timedelta(hours=6)
    TrackingService(a.uow).ingest(
        [
            CarrierScan(sa[0][1], sa[0][2], ScanKind.PICKED_UP, t),
            CarrierScan(sa[0][1], sa[0][2], ScanKind.DELIVERED, t + timedelta(days=1)),
            CarrierScan(sa[1][1], sa[1][2], ScanKind.DELIVERY_FAILED, t + timedelta(days=1)),
            CarrierScan(sa[1][1], sa[1][2], ScanKind.DELIVERY_FAILED, t + timedelta(days=2)),
            CarrierScan(sa[2][1], sa[2][2], ScanKind.PICKED_UP, t),
        ]
    )  # sa[3]: no carrier scan at all (pickup missed?)
    TrackingService(b.uow).ingest(
        [
            CarrierScan(sb[0][1], sb[0][2], ScanKind.DAMAGED, t + timedelta(days=1), detail="crushed"),
            CarrierScan(sb[1][1], sb[1][2], ScanKind.PICKED_UP, t),
        ]
    )
    station_rows = rows_of(ExceptionsBoard(TrackingService(a.uow)).board(now)) | rows_of(
        ExceptionsBoard(TrackingService(b.uow)).board(now)
    )
    central = CentralStore.open(central_url, migrate=True)
    try:
        for kit in (a, b):
            OutboxPusher(kit.engine, central, kit.name).drain(backlog=0)
        board = CentralExceptionsBoard(central).board(now)
        found = rows_of(board)
        assert found == station_rows
        by_order = {r.order_id: r for r in board.rows}
        assert by_order[sa[1][0]].status == "Lost" and by_order[sa[1][0]].rule == "lost_after_failed_attempts"
        assert by_order[sb[0][0]].status == "Damaged" and by_order[sb[0][0]].carrier == sb[0][2]
        assert by_order[sb[0][0]].claims  # the carrier claim window is counted down centrally too
        assert by_order[sa[3][0]].at_risk and by_order[sa[3][0]].rule == "no_pickup_scan"
        assert sa[0][0] not in by_order  # delivered on time: not an exception
        weeks = CentralExceptionsBoard(central).weekly(now)
        per_station = ExceptionsBoard(TrackingService(a.uow)).weekly(now) + ExceptionsBoard(
            TrackingService(b.uow)
        ).weekly(now)
        assert sum(w.delivered for w in weeks) == sum(w.delivered for w in per_station) == 1
        assert sum(w.exceptions for w in weeks) == sum(w.exceptions for w in per_station) >= 2
    finally:
        central.dispose()


def test_exceptions_central_prints_the_central_board(tmp_path, capsys):
    import json

    from packstation.bootstrap import open_station
    from packstation.cli import main

    home = tmp_path / "home"
    station = open_station(home)
    try:
        now = utcnow()
        shipped = ship_orders(station, 2, "C", now - timedelta(days=3))  # station has .uow and .name
        TrackingService(station.uow).ingest(
            [CarrierScan(shipped[0][1], shipped[0][2], ScanKind.DAMAGED, now - timedelta(days=1))]
        )
        OutboxPusher(station.engine, station.sync.central, station.name).drain(backlog=0)
    finally:
        station.close()
    assert main(["exceptions", "--json", "--home", str(home)]) == 0
    local = json.loads(capsys.readouterr().out)
    assert main(["exceptions", "--central", "--json", "--home", str(home)]) == 0
    central = json.loads(capsys.readouterr().out)
    assert central["count"] == local["count"] == 2  # one damaged, one without a pickup scan
    assert [(g["rule"], [o["order_id"] for o in g["orders"]]) for g in central["groups"]] == [
        (g["rule"], [o["order_id"] for o in g["orders"]]) for g in local["groups"]
    ]
    assert main(["exceptions", "--central", "--home", str(home)]) == 0
    assert shipped[0][0] in capsys.readouterr().out
