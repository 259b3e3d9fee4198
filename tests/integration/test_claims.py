"""Claims in the central store: one station per order, leases, supervisor release, offline claim-ahead."""

from __future__ import annotations

import multiprocessing
import random
import time
from datetime import timedelta

import pytest

from packstation.bench.pgserver import free_port
from packstation.domain.users import Actor
from packstation.services.demo import demo_orders
from packstation.services.packing import ClaimRefused
from packstation.store.base import utcnow
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralClaims, ClaimBook
from packstation.sync.engine import SyncEngine
from packstation.sync.orders import CentralOrders


def test_second_station_is_refused_with_the_holders_name(central_url):
    central = CentralStore.open(central_url, migrate=True)
    book = ClaimBook(central)
    assert book.claim("A1", "north").granted
    refused = book.claim("A1", "south")
    assert not refused.granted and refused.holder == "north" and "station north" in refused.message
    assert book.claim("A1", "north").granted  # its own claim again: still granted
    assert not book.release("A1", "south")  # cannot free another station's claim
    assert book.release("A1", "north")
    assert book.claim("A1", "south").granted
    central.dispose()


def test_a_claim_expires_and_a_supervisor_can_release_one(central_url):
    central = CentralStore.open(central_url, migrate=True)
    now = [utcnow()]
    book = ClaimBook(central, lease=timedelta(minutes=5), clock=lambda: now[0])
    assert book.claim("B1", "north").granted
    now[0] += timedelta(minutes=4)
    assert not book.claim("B1", "south").granted
    now[0] += timedelta(minutes=2)  # north vanished: its lease ran out
    assert book.claim("B1", "south").granted
    assert book.holder("B1").station == "south"
    assert book.release_any("B1") == "south"
    assert book.holder("B1") is None
    central.dispose()


def test_a_centrally_cancelled_order_cannot_be_claimed(central_url):
    central = CentralStore.open(central_url, migrate=True)
    order = demo_orders(1, utcnow())[0]
    CentralOrders(central).publish([order])
    CentralOrders(central).cancel(order.order_id, "out of stock")
    result = ClaimBook(central).claim(order.order_id, "north")
    assert not result.granted and "cancelled" in result.message
    central.dispose()


def test_offline_a_station_packs_only_what_it_claimed_ahead(central_sqlite_url, make_station):
    st = make_station("offline-1")
    central = CentralStore.open(central_sqlite_url, migrate=True)
    orders = demo_orders(6, utcnow())
    CentralOrders(central).publish(orders)
    sync = SyncEngine(st.uow, central, st.name, claims=ClaimBook(central), claim_ahead=2)
    report = sync.run_once()
    assert report.ok and report.claimed_ahead == 2
    ahead = {c.order_id for c in ClaimBook(central).claims("offline-1") if c.ahead}
    assert len(ahead) == 2

    down = CentralStore.open(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/gone")
    claims = CentralClaims(ClaimBook(down), st.engine)
    packing = st.packing(claims=claims)
    other = next(o.order_id for o in orders if o.order_id not in ahead)
    with pytest.raises(ClaimRefused, match="central store unreachable"):
        packing.take(Actor("ana"), other)
    taken = packing.take(Actor("ana"), sorted(ahead)[0])
    assert taken.status.value == "Confirmed" and claims.online is False

    # Back online, the refresh keeps the order being packed and the station's claim on it.
    sync.run_once()
    holder = ClaimBook(central).holder(taken.order_id)
    assert holder is not None and holder.station == "offline-1"
    down.dispose()
    central.dispose()


def _race(url: str, station: str, order_ids: list[str], start, results) -> None:  # type: ignore[no-untyped-def]
    central = CentralStore.open(url)
    book = ClaimBook(central)
    ids = list(order_ids)
    random.Random(station).shuffle(ids)
    central.ping()  # connect before the start line, so the race is about claims, not start-up
    start.wait()
    began = time.monotonic()
    won = [oid for oid in ids if book.claim(oid, station).granted]
    results.put((station, won, began, time.monotonic()))
    central.dispose()


def test_racing_stations_each_order_goes_to_exactly_one(central_url):
    CentralStore.open(central_url, migrate=True).dispose()
    order_ids = [f"R{n:04d}" for n in range(150)]
    ctx = multiprocessing.get_context("spawn")
    start, results = ctx.Barrier(4), ctx.Queue()
    procs = [
        ctx.Process(target=_race, args=(central_url, f"st{n}", order_ids, start, results)) for n in range(4)
    ]
    for p in procs:
        p.start()
    reports = [results.get(timeout=60) for _ in procs]
    outcome = {station: won for station, won, _, _ in reports}
    for p in procs:
        p.join(30)
        assert p.exitcode == 0
    winners = [oid for won in outcome.values() for oid in won]
    assert sorted(winners) == order_ids  # every order claimed, none twice
    central = CentralStore.open(central_url)
    holders = {c.order_id: c.station for c in ClaimBook(central).claims()}
    assert holders == {oid: st for st, won in outcome.items() for oid in won}
    assert max(r[2] for r in reports) < min(r[3] for r in reports)  # all four were claiming at once
    central.dispose()
