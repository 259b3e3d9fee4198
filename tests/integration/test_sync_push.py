"""Outbox push to a real central store (SQLite and PostgreSQL): exactly-once effect, order, status."""

from __future__ import annotations

from sqlalchemy import insert, select

from packstation.store.central.tables import CentralEventRow
from packstation.store.tables import EventRow, OutboxRow
from packstation.sync.central import CentralStore
from packstation.sync.engine import SyncEngine
from packstation.sync.push import OutboxPusher


def test_every_event_arrives_once_even_when_a_batch_is_sent_again(central_url, make_station):
    st = make_station("bench-1")
    st.add_demo_orders(12)
    packed = st.pack(st.packing(), 5)
    assert len(packed) == 5
    central = CentralStore.open(central_url, migrate=True)
    pusher = OutboxPusher(st.engine, central, st.name, batch_size=7)
    report = pusher.drain(backlog=0)
    local = st.event_ids()
    assert report.sent == len(local) and report.inserted == len(local)
    assert sorted(central.event_ids()) == sorted(local)
    with st.engine.connect() as conn:
        assert conn.scalar(select(OutboxRow.event_seq).limit(1)) is None

    # A crash after the central commit but before the outbox delete: the whole outbox comes back.
    with st.engine.begin() as conn:
        seqs = list(conn.scalars(select(EventRow.seq)))
        conn.execute(insert(OutboxRow), [{"event_seq": s, "attempts": 0, "last_error": ""} for s in seqs])
    again = pusher.drain(backlog=len(seqs))
    assert again.sent == len(local) and again.inserted == 0
    assert central.event_count() == len(local)
    central.dispose()


def test_each_orders_events_arrive_in_the_order_they_were_recorded(central_url, make_station):
    st = make_station("bench-2")
    st.add_demo_orders(6)
    packed = st.pack(st.packing(), 3)
    central = CentralStore.open(central_url, migrate=True)
    OutboxPusher(st.engine, central, st.name, batch_size=4).drain(0)
    with st.engine.connect() as sconn, central.engine.connect() as cconn:
        for order_id in packed:
            local = list(
                sconn.scalars(
                    select(EventRow.type).where(EventRow.order_id == order_id).order_by(EventRow.seq)
                )
            )
            remote = list(
                cconn.scalars(
                    select(CentralEventRow.type)
                    .where(CentralEventRow.order_id == order_id)
                    .order_by(CentralEventRow.seq)
                )
            )
            assert remote == local
            assert remote[-1] == "OrderStaged"
    central.dispose()


def test_status_shows_backlog_and_last_sync_and_the_supervisor_sees_the_station(central_url, make_station):
    st = make_station("bench-3")
    st.add_demo_orders(4)
    central = CentralStore.open(central_url, migrate=True)
    engine = SyncEngine(st.uow, central, st.name, pull=False)
    before = engine.status()
    assert before.backlog == 4 and before.last_ok is None and before.online is None
    report = engine.run_once()
    assert report.ok and report.push.sent == 4
    after = engine.status()
    assert after.online is True and after.backlog == 0 and after.last_ok is not None
    [contact] = central.stations()
    assert contact.station == "bench-3" and contact.backlog == 0 and contact.events_received == 4
    central.dispose()


def test_unreachable_central_keeps_events_and_reports_offline(make_station):
    from packstation.bench.pgserver import free_port

    st = make_station("bench-4")
    st.add_demo_orders(3)
    central = CentralStore.open(f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/nowhere")
    engine = SyncEngine(st.uow, central, st.name)
    report = engine.run_once()
    assert not report.ok and "central store unreachable" in report.error
    status = engine.status()
    assert status.online is False and status.backlog == 3 and "unreachable" in status.last_error
    central.dispose()
