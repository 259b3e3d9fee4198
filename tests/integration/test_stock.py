"""Stock in the central store: reservation with the claim, give-back, handover, counts, offline reserve-ahead."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.bench.pgserver import free_port
from packstation.domain.events import OrderShipped
from packstation.domain.orders import Order, OrderLine, OrderStatus
from packstation.domain.stock import StockError
from packstation.domain.users import Actor, Role
from packstation.services.demo import demo_orders
from packstation.services.packing import WaitingForStock
from packstation.store.base import utcnow
from packstation.store.central.tables import StockReservationRow
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralClaims, ClaimBook
from packstation.sync.engine import SyncEngine
from packstation.sync.orders import CentralOrders
from packstation.sync.stock import OUT_OF_STOCK, PICK_ANYWAY, StockBook
from packstation.sync.stock_port import CentralStock

ANA = Actor("ana")
SUE = Actor("sue", Role.SUPERVISOR)


def _one_line(order: Order, sku: str, qty: int) -> Order:
    order.lines = [OrderLine(sku, qty, sku, line_no=1)]
    return order


def _station(make_station, central, name="north", orders=()):  # type: ignore[no-untyped-def]
    st = make_station(name)
    with st.uow() as uow:
        for order in orders:
            uow.orders.add(order)
        uow.commit()
    claims = CentralClaims(ClaimBook(central), st.engine)
    stock = CentralStock(StockBook(central), st.engine)
    from packstation.services.packing import PackingService

    return st, PackingService(st.uow, st.name, claims=claims, stock=stock), stock


def _level(book: StockBook, sku: str, location: str):  # type: ignore[no-untyped-def]
    return next(lv for lv in book.levels([sku]) if lv.location == location)


def test_take_reserves_and_an_order_without_stock_is_not_offered(central_url, make_station):
    central = CentralStore.open(central_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0007", "A-01", 2, "sue")
    now = utcnow()
    first, second = (_one_line(o, "SKU-0007", 2) for o in demo_orders(2, now))
    st, packing, _ = _station(make_station, central, orders=[first, second])

    taken = packing.take_next(ANA)
    assert taken.status is OrderStatus.CONFIRMED
    level = _level(book, "SKU-0007", "A-01")
    assert (level.on_hand, level.reserved, level.available) == (2, 2, 0)
    assert packing.bins(taken.order_id) == {"SKU-0007": "A-01"}

    other = second if taken.order_id == first.order_id else first
    states = packing.stock_states([other])
    assert states[other.order_id].words() == "waiting for stock: SKU-0007 (2 needed, 0 available)"
    with pytest.raises(WaitingForStock, match=r"waiting for stock: SKU-0007 \(2 needed, 0 available\)"):
        packing.take(ANA, other.order_id)
    assert ClaimBook(central).holder(other.order_id) is None  # the claim was given up again
    result = packing.next_order(ANA)
    assert result.order is None and "1 wait for stock" in result.message

    packing.requeue(ANA, taken.order_id)  # put back: its units are free again
    assert _level(book, "SKU-0007", "A-01").reserved == 0
    central.dispose()


def test_cancel_and_short_pick_give_units_back(central_url, make_station):
    central = CentralStore.open(central_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0001", "B-02", 5, "sue")
    book.load("SKU-0002", "A-10", 4, "sue")
    a, b = demo_orders(2, utcnow())
    a.lines = [OrderLine("SKU-0001", 2, line_no=1), OrderLine("SKU-0002", 3, line_no=2)]
    b = _one_line(b, "SKU-0001", 3)
    st, packing, _ = _station(make_station, central, orders=[a, b])

    packing.take(ANA, a.order_id)
    assert [(lv.sku, lv.reserved) for lv in book.levels()] == [("SKU-0001", 2), ("SKU-0002", 3)]
    packing.scan(ANA, a.order_id, "SKU-0001")
    packing.scan(ANA, a.order_id, "SKU-0002")  # 1 of 2 and 1 of 3 found: the shelf had less
    packing.short_pick(ANA, a.order_id, "shelf empty")
    # the units not found went back; the two picked stay reserved with the held order
    assert {lv.sku: lv.reserved for lv in book.levels()} == {"SKU-0001": 1, "SKU-0002": 1}
    assert {(r.sku, r.qty) for r in book.reservations(a.order_id)} == {("SKU-0001", 1), ("SKU-0002", 1)}

    packing.take(ANA, b.order_id)
    assert _level(book, "SKU-0001", "B-02").reserved == 4
    packing.cancel(SUE, b.order_id, "customer cancelled")
    assert _level(book, "SKU-0001", "B-02").reserved == 1 and book.reservations(b.order_id) == []
    central.dispose()


def test_handover_event_decrements_on_hand_once(central_sqlite_url, make_station):
    central = CentralStore.open(central_sqlite_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0003", "C-1", 3, "sue")
    order = _one_line(demo_orders(1, utcnow())[0], "SKU-0003", 2)
    st, packing, stock = _station(make_station, central, orders=[order])
    packing.take(ANA, order.order_id)
    stock.ship([order.order_id], st.name)  # what HandoverService does after closing a manifest
    stock.ship([order.order_id], st.name)  # and again from the pushed OrderShipped: no second decrement
    with st.uow() as uow:
        uow.record(OrderShipped(order_id=order.order_id, station=st.name, manifest="M1"))
        uow.commit()
    SyncEngine(st.uow, central, st.name, stock=book).run_once()
    level = _level(book, "SKU-0003", "C-1")
    assert (level.on_hand, level.reserved) == (1, 0)
    audit = book.audit("SKU-0003")
    assert [(a.kind, a.delta, a.on_hand_after, a.order_id) for a in audit] == [
        ("handover", -2, 1, order.order_id),
        ("import", 3, 3, ""),
    ]
    central.dispose()


def test_pushed_put_back_settles_an_offline_give_back_but_not_a_later_reservation(central_sqlite_url, make_station):
    central = CentralStore.open(central_sqlite_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0004", "D-1", 1, "sue")
    order = _one_line(demo_orders(1, utcnow())[0], "SKU-0004", 1)
    st, packing, stock = _station(make_station, central, orders=[order])
    packing.take(ANA, order.order_id)
    stock.gate.mark_down("test: network gone")  # the give-back cannot reach the central store
    packing.requeue(ANA, order.order_id)
    assert _level(book, "SKU-0004", "D-1").reserved == 1
    stock.gate.mark_up()
    SyncEngine(st.uow, central, st.name, stock=book).run_once()
    assert _level(book, "SKU-0004", "D-1").reserved == 0
    central.dispose()


def test_counted_scan_adjust_and_restock_are_audited(central_url):
    central = CentralStore.open(central_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0005", "E-3", 10, "sue")
    assert book.reserve("X1", "north", {"SKU-0005": 4}).ok
    assert book.count("SKU-0005", "E-3", 7, "sue") == -3  # counted 7 where 10 were on the books
    with pytest.raises(StockError, match="4 are reserved"):
        book.adjust("SKU-0005", "E-3", -4, "sue", "damaged")
    with pytest.raises(StockError, match="Say why"):
        book.adjust("SKU-0005", "E-3", -1, "sue", " ")
    assert book.adjust("SKU-0005", "E-3", -2, "sue", "damaged in transit").on_hand == 5
    assert book.restock("SKU-0005", "E-3", 1, "sue", "return R-1 put back").on_hand == 6
    with pytest.raises(StockError, match="above zero"):
        book.restock("SKU-0005", "E-3", 0, "sue", "return")
    level = _level(book, "SKU-0005", "E-3")
    assert (level.on_hand, level.reserved, level.available) == (6, 4, 2)
    kinds = [(a.kind, a.delta, a.on_hand_after, a.reason) for a in book.audit("SKU-0005")]
    assert kinds == [
        ("restock", 1, 6, "return R-1 put back"),
        ("adjust", -2, 5, "damaged in transit"),
        ("count", -3, 7, "counted at the bin"),
        ("import", 10, 10, "stock count import"),
    ]
    central.dispose()


def test_supervisor_decisions_pick_anyway_and_out_of_stock(central_url):
    central = CentralStore.open(central_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0006", "F-1", 1, "sue")
    assert not book.reserve("W1", "north", {"SKU-0006": 3}).ok
    assert book.states([("W1", {"SKU-0006": 3})])["W1"].status.value == "waiting"
    book.decide("W1", PICK_ANYWAY, "sue", "more on the truck")
    assert book.states([("W1", {"SKU-0006": 3})])["W1"].ok
    got = book.reserve("W1", "north", {"SKU-0006": 3})
    assert got.ok and [(p.location, p.qty) for p in got.picks] == [("F-1", 1)]
    book.decide("W1", OUT_OF_STOCK, "sue", "supplier discontinued")
    assert _level(book, "SKU-0006", "F-1").reserved == 0  # its unit went back
    refused = book.reserve("W1", "north", {"SKU-0006": 1})
    assert not refused.ok and refused.state.override == OUT_OF_STOCK
    with pytest.raises(StockError, match="Unknown decision"):
        book.decide("W1", "maybe", "sue", "x")
    central.dispose()


def test_offline_a_station_packs_only_orders_whose_units_it_reserved_ahead(central_sqlite_url, make_station):
    central = CentralStore.open(central_sqlite_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0008", "G-1", 2, "sue")
    orders = [_one_line(o, "SKU-0008", 1) for o in demo_orders(3, utcnow())]
    st, _, _ = _station(make_station, central, "offline-1", orders)
    CentralOrders(central).publish(orders)
    sync = SyncEngine(st.uow, central, st.name, claims=ClaimBook(central), claim_ahead=3, stock=book)
    report = sync.run_once()
    assert report.ok and report.claimed_ahead == 2  # the third order has no unit left to reserve
    ahead = {c.order_id for c in ClaimBook(central).claims("offline-1") if c.ahead}
    with central.begin() as conn:
        reserved = set(conn.scalars(select(StockReservationRow.order_id).where(StockReservationRow.ahead)))
    assert reserved == ahead and len(ahead) == 2
    assert _level(book, "SKU-0008", "G-1").available == 0

    down = CentralStore.open(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gone")
    from packstation.services.packing import ClaimRefused, PackingService

    packing = PackingService(
        st.uow,
        st.name,
        claims=CentralClaims(ClaimBook(down), st.engine),
        stock=CentralStock(StockBook(down), st.engine),
    )
    spare = next(o.order_id for o in orders if o.order_id not in ahead)
    with pytest.raises(ClaimRefused, match="central store unreachable"):
        packing.take(ANA, spare)
    assert packing.take(ANA, sorted(ahead)[0]).status is OrderStatus.CONFIRMED
    central.dispose()


def test_central_migration_matches_the_stock_tables(central_url):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from packstation.store.central.tables import CentralBase

    central = CentralStore.open(central_url, migrate=True)
    with central.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), CentralBase.metadata)
    assert [d for d in diff if "stock" in repr(d)] == []
    central.dispose()


def test_the_database_refuses_a_reservation_beyond_on_hand(central_url):
    from sqlalchemy import update
    from sqlalchemy.exc import IntegrityError

    from packstation.store.central.tables import StockRow

    central = CentralStore.open(central_url, migrate=True)
    StockBook(central).load("SKU-0009", "H-1", 1, "sue")
    with pytest.raises(IntegrityError), central.begin() as conn:
        conn.execute(update(StockRow).values(reserved=2))
    central.dispose()


def _reserve_race(url: str, station: str, orders: list[tuple[str, int]], start, results) -> None:  # type: ignore[no-untyped-def]
    import random as _random

    central = CentralStore.open(url)
    book = StockBook(central)
    mine = list(orders)
    _random.Random(station).shuffle(mine)
    start.wait()
    won = []
    for order_id, qty in mine:
        res = book.reserve(order_id, station, {"SKU-LAST": qty})
        if res.ok:
            won.append((order_id, sum(p.qty for p in res.picks)))
    results.put((station, won))
    central.dispose()


@pytest.mark.postgres
def test_eight_stations_race_for_the_last_units_and_none_is_reserved_twice(pg_url):
    import multiprocessing

    central = CentralStore.open(pg_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-LAST", "A-1", 30, "sue")
    book.load("SKU-LAST", "A-2", 23, "sue")
    orders = [(f"L{n:04d}", 1 + n % 2) for n in range(200)]  # 300 units wanted, 53 on the shelves
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(8), ctx.Queue()
    procs = [
        ctx.Process(target=_reserve_race, args=(pg_url, f"st{n}", orders[n::8], start, results))
        for n in range(8)
    ]
    for p in procs:
        p.start()
    reports = [results.get(timeout=120) for _ in procs]
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    won = [(oid, qty) for _, w in reports for oid, qty in w]
    wanted = dict(orders)
    assert len({oid for oid, _ in won}) == len(won)  # no order twice
    assert all(qty == wanted[oid] for oid, qty in won)  # each won order got all its units
    levels = book.levels(["SKU-LAST"])
    assert all(0 <= lv.reserved <= lv.on_hand for lv in levels)
    assert sum(lv.reserved for lv in levels) == sum(q for _, q in won)
    with central.begin() as conn:
        rows = conn.execute(select(StockReservationRow.order_id, StockReservationRow.qty)).all()
    assert sum(q for _, q in rows) == sum(q for _, q in won)
    # 53 units, orders of 1 and 2: at most one unit can be left over, never a unit reserved twice
    assert 52 <= sum(q for _, q in won) <= 53
    assert all(lv.available == lv.on_hand - lv.reserved for lv in levels)
    assert sum(1 for _, w in reports if w) >= 2  # more than one station won units
    central.dispose()


def test_counted_scan_of_a_bin_writes_the_differences(central_sqlite_url, make_station):
    from packstation.services.demo import DEMO_PRODUCTS
    from packstation.services.stock_count import StockCount

    central = CentralStore.open(central_sqlite_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0001", "A-1", 3, "sue")
    book.load("SKU-0002", "A-1", 1, "sue")
    book.load("SKU-0002", "B-9", 7, "sue")  # another bin: not part of this count
    st = make_station("counter")
    barcode = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
    count = StockCount(book, st.uow, Actor("kim"))
    view = count.scan("A-1")
    assert [(line.sku, line.expected, line.counted) for line in view.lines] == [("SKU-0001", 3, 0), ("SKU-0002", 1, 0)]
    count.scan(barcode["SKU-0001"])
    count.scan(barcode["SKU-0001"])
    count.scan("SKU-0003")  # an in-house SKU label, not on the books for this bin
    assert count.scan("0000000000000").tone == "error"  # unknown: not counted
    done = count.confirm()
    assert done.done and done.differences == {"SKU-0001": -1, "SKU-0002": -1, "SKU-0003": 1}
    assert done.message == "Bin A-1 counted: SKU-0001 -1, SKU-0002 -1, SKU-0003 +1."
    assert {(lv.sku, lv.location): lv.on_hand for lv in book.levels()} == {
        ("SKU-0001", "A-1"): 2,
        ("SKU-0002", "A-1"): 0,
        ("SKU-0002", "B-9"): 7,
        ("SKU-0003", "A-1"): 1,
    }
    assert {(a.sku, a.delta, a.actor) for a in book.audit() if a.kind == "count"} == {
        ("SKU-0001", -1, "kim"),
        ("SKU-0002", -1, "kim"),
        ("SKU-0003", 1, "kim"),
    }
    # a count below what orders reserved writes nothing
    assert book.reserve("R1", "north", {"SKU-0001": 2}).ok
    count.scan("A-1")
    count.scan(barcode["SKU-0001"])
    refused = count.confirm()
    assert refused.tone == "error" and "2 are reserved" in refused.message
    assert {lv.sku: lv.on_hand for lv in book.levels_at("A-1")}["SKU-0001"] == 2
    central.dispose()


def test_low_stock_alerts_reach_supervisors_once_a_day(central_sqlite_url, make_station):
    from datetime import timedelta

    from packstation.services.alerts import AlertService
    from packstation.services.stock import StockService

    central = CentralStore.open(central_sqlite_url, migrate=True)
    book = StockBook(central)
    book.load("SKU-0010", "J-1", 3, "sue")
    book.load("SKU-0011", "J-2", 9, "sue")
    book.set_threshold("SKU-0010", 2)
    book.set_threshold("SKU-0011", 2)
    st = make_station("alerts")
    alerts = AlertService(st.uow, station=st.name)
    stock = StockService(book, st.uow, st.name)
    now = utcnow()
    assert stock.alert_low(alerts, now) == 0
    assert book.reserve("R9", "north", {"SKU-0010": 2}).ok  # 1 available: at the threshold
    assert stock.alert_low(alerts, now) == 1
    assert stock.alert_low(alerts, now + timedelta(minutes=5)) == 0  # the same day: no second alert
    seen = alerts.unseen()
    assert [(a.title, a.kind) for a in seen] == [("Low stock: SKU-0010", "low_stock")]
    assert "SKU-0010 has 1 available (alert at 2)" in seen[0].body
    central.dispose()


def test_an_order_not_claimed_ahead_is_not_taken_when_its_units_cannot_be_reserved(central_sqlite_url, make_station):
    central = CentralStore.open(central_sqlite_url, migrate=True)
    order = _one_line(demo_orders(1, utcnow())[0], "SKU-0012", 1)
    st, _, _ = _station(make_station, central, orders=[order])
    from packstation.services.packing import PackingService

    down = CentralStore.open(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gone")
    packing = PackingService(
        st.uow,
        st.name,
        claims=CentralClaims(ClaimBook(central), st.engine),  # the claim still answers
        stock=CentralStock(StockBook(down), st.engine),  # the stock call does not
    )
    with pytest.raises(WaitingForStock, match="could not be reserved"):
        packing.take(ANA, order.order_id)
    assert ClaimBook(central).holder(order.order_id) is None
    central.dispose()
