"""Central store down while a station packs hundreds of orders, then back: the backlog drains exactly."""

from __future__ import annotations

import pytest

from packstation.bench.pgserver import PgServer
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralStatus
from packstation.sync.engine import SyncEngine

pytestmark = pytest.mark.postgres


@pytest.fixture
def own_pg(pg_server):  # depends on pg_server only for its skip when there are no binaries
    server = PgServer.create()
    server.start()
    yield server
    server.destroy()


def test_backlog_drains_after_the_central_store_comes_back(own_pg, make_station):
    st = make_station("packer-7")
    st.add_demo_orders(220)
    central = CentralStore.open(own_pg.create_database("central"), migrate=True)
    sync = SyncEngine(st.uow, central, st.name, pull=False, batch_size=500)
    assert sync.run_once().ok

    own_pg.stop()
    packing = st.packing(central=CentralStatus(central))
    packed = []
    for _ in range(10):  # pack while the sync keeps failing in between
        packed += st.pack(packing, 20)
        report = sync.run_once()
        assert not report.ok and "unreachable" in report.error
    status = sync.status()
    assert len(packed) == 200 and status.online is False and status.backlog > 1500

    own_pg.start()
    report = sync.run_once()
    assert report.ok and sync.status().backlog == 0
    local = st.event_ids()
    assert sorted(central.event_ids()) == sorted(local) and central.event_count() == len(local)
    [contact] = central.stations()
    assert contact.backlog == 0 and contact.events_received == len(local)
    central.dispose()
