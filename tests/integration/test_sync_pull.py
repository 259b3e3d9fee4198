"""Order pull from the central store: new, updated, cancelled; the cursor never skips a late commit."""

from __future__ import annotations

import dataclasses
import random
import threading
import time

import pytest
from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor
from packstation.domain.workflow import WorkflowError
from packstation.services.demo import demo_orders
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralOrderRow
from packstation.store.tables import EventRow
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralStatus
from packstation.sync.orders import CentralOrders
from packstation.sync.pull import OrderPuller


def test_new_updated_and_cancelled_orders_reach_the_station(central_url, make_station):
    st = make_station("st-pull")
    central = CentralStore.open(central_url, migrate=True)
    orders = demo_orders(5, utcnow())
    book = CentralOrders(central)
    assert book.publish(orders) == 5
    assert book.publish(orders) == 0  # unchanged: nothing new for the stations
    puller = OrderPuller(st.uow, central, st.name)
    first = puller.pull()
    assert first.new == 5
    assert {o.order_id for o in st.packing().queue()} == {o.order_id for o in orders}
    assert puller.pull().new == 0

    fixed = dataclasses.replace(
        orders[0], recipient=dataclasses.replace(orders[0].recipient, line1="7 New Street")
    )
    assert book.publish([fixed]) == 1
    second = puller.pull()
    assert second.updated == 1
    assert st.packing().order(fixed.order_id).recipient.line1 == "7 New Street"
    central.dispose()


def test_a_central_cancellation_stops_the_packer_before_label_and_handoff(central_url, make_station):
    st = make_station("st-cancel")
    central = CentralStore.open(central_url, migrate=True)
    order = demo_orders(1, utcnow())[0]
    CentralOrders(central).publish([order])
    puller = OrderPuller(st.uow, central, st.name)
    puller.pull()
    packing = st.packing(central=CentralStatus(central))
    packing.take(Actor("ana"), order.order_id)
    packing.ensure_not_cancelled(order.order_id)  # not cancelled yet: no error

    CentralOrders(central).cancel(order.order_id, "buyer cancelled", by="tiktok")
    with pytest.raises(WorkflowError, match="STOP.*cancelled.*unpack"):
        packing.ensure_not_cancelled(order.order_id)  # before the pull: asked centrally
    report = puller.pull()
    assert report.cancelled == [order.order_id] and report.cancelled_while_packing == [order.order_id]
    local = packing.order(order.order_id)
    assert local.status is OrderStatus.CANCELLED and "unpack" in local.flagged
    with st.engine.connect() as conn:
        types = list(conn.scalars(select(EventRow.type).where(EventRow.order_id == order.order_id)))
    assert types[-1] == "OrderCancelled"
    assert puller.pull().cancelled == []  # applied once
    central.dispose()


@pytest.mark.postgres
def test_a_transaction_committing_after_a_later_one_is_not_skipped(pg_url, make_station):
    st = make_station("st-late")
    central = CentralStore.open(pg_url, migrate=True)
    early, late = demo_orders(2, utcnow())
    with central.engine.connect() as slow:
        tx = slow.begin()
        CentralOrders.publish_in(slow, [early], "slow importer")  # takes the lower version, commits last
        CentralOrders(central).publish([late])
        puller = OrderPuller(st.uow, central, st.name)
        assert puller.pull().new == 1
        tx.commit()
    with central.engine.connect() as conn:
        versions = dict(conn.execute(select(CentralOrderRow.order_id, CentralOrderRow.version)).all())
    assert versions[early.order_id] < versions[late.order_id]  # a `version > last` cursor would skip it
    assert puller.pull().new == 1
    assert {o.order_id for o in st.packing().queue()} == {early.order_id, late.order_id}
    central.dispose()


@pytest.mark.postgres
def test_pull_under_concurrent_writers_misses_no_order(pg_url, make_station):
    st = make_station("st-busy")
    central = CentralStore.open(pg_url, migrate=True)
    orders = demo_orders(160, utcnow())
    puller = OrderPuller(st.uow, central, st.name, page=7)

    def writer(chunk: list, seed: int) -> None:
        rng = random.Random(seed)
        for i in range(0, len(chunk), 4):
            with central.engine.begin() as conn:
                CentralOrders.publish_in(conn, chunk[i : i + 4], f"writer {seed}")
                time.sleep(rng.uniform(0.005, 0.04))  # hold the transaction open while others commit

    threads = [threading.Thread(target=writer, args=(orders[n::4], n)) for n in range(4)]
    for t in threads:
        t.start()
    pulls = 0
    while any(t.is_alive() for t in threads):
        puller.pull()
        pulls += 1
    for t in threads:
        t.join()
    puller.pull()
    assert pulls >= 3  # pulls really ran while writers were committing
    with st.uow() as uow:
        assert uow.orders.count() == len(orders)
    central.dispose()
