"""Shared fixtures: a throw-away PostgreSQL server (session-wide) and central-store URLs for both backends."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from pathlib import Path

import pytest

from packstation.bench.pgserver import PgServer, PgUnavailable, find_pg_bindir

_db_numbers = itertools.count(1)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A PostgreSQL server on 127.0.0.1 in a temp folder, started once for the test session."""
    if find_pg_bindir() is None:
        pytest.skip(
            "PostgreSQL tests skipped: no PostgreSQL server binaries (initdb, pg_ctl) on this machine; "
            "install postgresql (Debian: apt-get install postgresql) to run them"
        )
    try:
        server = PgServer.create()
    except PgUnavailable as exc:  # pragma: no cover - find_pg_bindir already checked
        pytest.skip(str(exc))
    server.start()
    yield server
    server.destroy()


@pytest.fixture
def pg_url(pg_server: PgServer) -> str:
    """A fresh, empty PostgreSQL database for one test."""
    return pg_server.create_database(f"t{next(_db_numbers)}")


@pytest.fixture
def central_sqlite_url(tmp_path: Path) -> str:
    """URL of an embedded (SQLite) central store in this test's temp folder."""
    return f"sqlite:///{tmp_path / 'central' / 'central.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def central_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """The central store URL, once for SQLite and once for a real PostgreSQL server."""
    if request.param == "sqlite":
        return request.getfixturevalue("central_sqlite_url")
    return request.getfixturevalue("pg_url")


class StationKit:
    """A station database with the demo catalog, its units of work, and packing wired to given ports."""

    def __init__(self, root: Path, name: str) -> None:
        from packstation.services.demo import load_demo
        from packstation.store.db import open_engine, sqlite_url
        from packstation.store.uow import UnitOfWorkFactory

        self.name = name
        self.home = root / name
        self.home.mkdir(parents=True, exist_ok=True)
        self.engine = open_engine(sqlite_url(self.home / "station.db"))
        self.uow = UnitOfWorkFactory(self.engine)
        load_demo(self.uow, orders=0, station=name)

    def add_demo_orders(self, count: int) -> None:
        from packstation.domain.events import OrderImported
        from packstation.services.demo import demo_orders
        from packstation.store.base import utcnow

        with self.uow() as uow:
            for order in demo_orders(count, utcnow()):
                uow.orders.add(order)
                uow.record(OrderImported(order_id=order.order_id, station=self.name, status="Ready"))
            uow.commit()

    def packing(self, claims=None, central=None):  # type: ignore[no-untyped-def]
        from packstation.services.packing import PackingService

        return PackingService(self.uow, self.name, claims=claims, central=central)

    def pack(self, packing, count: int) -> list[str]:  # type: ignore[no-untyped-def]
        """Pack `count` orders end to end (confirm to handoff) through the station session."""
        from packstation.services.demo import DEMO_PRODUCTS
        from tests.harness.quick_session import quick_simulator

        barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
        before = {o.order_id for o in packing.queue(limit=100000)}
        quick_simulator(packing, barcodes.__getitem__).run(count)
        after = {o.order_id for o in packing.queue(limit=100000)}
        return sorted(before - after)

    def event_ids(self) -> list[str]:
        from sqlalchemy import select

        from packstation.store.tables import EventRow

        with self.engine.connect() as conn:
            return list(conn.scalars(select(EventRow.id).order_by(EventRow.seq)))

    def close(self) -> None:
        self.engine.dispose()


@pytest.fixture
def make_station(tmp_path: Path) -> Iterator:
    """Factory: `make_station("st1")` opens a station database with the demo catalog."""
    made: list[StationKit] = []

    def make(name: str = "st1") -> StationKit:
        kit = StationKit(tmp_path / "stations", name)
        made.append(kit)
        return kit

    yield make
    for kit in made:
        kit.close()
