"""The station database: migrations on empty and existing files, pragmas, events written with changes."""

from __future__ import annotations

import sqlite3

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, func, select, text

from packstation.domain.events import OrderHeld
from packstation.store.db import open_engine, sqlite_url
from packstation.store.schema import all_metadata, is_current, upgrade
from packstation.store.tables import EventRow, OutboxRow
from packstation.store.uow import UnitOfWorkFactory


def test_migrations_create_an_empty_database_matching_the_models(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "s.db"))
    assert is_current(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), all_metadata())
    assert diff == []


def test_upgrade_of_an_existing_database_keeps_its_rows(tmp_path):
    from alembic import command

    from packstation.store.schema import alembic_config

    path = tmp_path / "old.db"
    engine = open_engine(sqlite_url(path), migrate=False)
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001_foundation")  # a station database from the first release
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO settings(key, value) VALUES ('kept', 'yes')"))
    assert not is_current(engine) or len(ScriptDirectory.from_config(cfg).get_heads()) == 1
    engine.dispose()
    engine = open_engine(sqlite_url(path))  # upgraded on start
    assert is_current(engine)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT value FROM settings WHERE key='kept'")).scalar() == "yes"


def test_station_sqlite_runs_wal_full_sync_and_foreign_keys(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "s.db"))
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(text("INSERT INTO outbox(event_seq, attempts, last_error) VALUES (999, 0, '')"))


def test_events_and_outbox_commit_together_or_not_at_all(tmp_path):
    engine = open_engine(sqlite_url(tmp_path / "s.db"))
    uow = UnitOfWorkFactory(engine)
    with uow() as u:
        u.record(OrderHeld(order_id="A", reason="x", from_status="Ready"))
        u.commit()
    with uow() as u:
        u.record(OrderHeld(order_id="B", reason="y", from_status="Ready"))
        # leaving without commit: rolled back
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(EventRow)) == 1
        assert conn.scalar(select(func.count()).select_from(OutboxRow)) == 1
        assert conn.scalar(select(EventRow.order_id)) == "A"
    assert [e.order_id for e in uow().published] == []


def test_a_file_that_is_not_a_database_gives_a_clear_error(tmp_path):
    path = tmp_path / "s.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(Exception, match="not a database"):
        open_engine(sqlite_url(path))


def test_committed_events_survive_a_connection_that_never_closed(tmp_path):
    path = tmp_path / "s.db"
    engine = open_engine(sqlite_url(path))
    uow = UnitOfWorkFactory(engine)
    with uow() as u:
        u.record(OrderHeld(order_id="A", reason="x", from_status="Ready"))
        u.commit()
    # a second, independent reader (as after a crash) sees the committed WAL content
    raw = sqlite3.connect(path)
    assert raw.execute("SELECT count(*) FROM events").fetchone()[0] == 1
    raw.close()
    fresh = create_engine(sqlite_url(path))
    upgrade(fresh)
    assert is_current(fresh)


def test_events_written_on_the_fast_path_are_stored_exactly_as_core_stores_them(tmp_path):
    from datetime import UTC, datetime

    from sqlalchemy import insert

    event = OrderHeld(
        order_id="Ö-1",
        station="bench-1",
        user="ana",
        reason="ถูกระงับ",
        from_status="Ready",
        occurred_at=datetime(2026, 11, 22, 1, 2, 3, 456789, tzinfo=UTC),
    )
    fast = open_engine(sqlite_url(tmp_path / "fast.db"))
    uow = UnitOfWorkFactory(fast)
    with uow() as u:
        u.record(event)
        u.commit()
    core = open_engine(sqlite_url(tmp_path / "core.db"))
    with core.begin() as conn:
        conn.execute(
            insert(EventRow),
            {
                "id": event.id,
                "order_id": event.order_id,
                "type": event.type,
                "station": event.station,
                "user": event.user,
                "payload": event.payload(),
                "occurred_at": event.occurred_at,
            },
        )
    query = "SELECT id, order_id, type, station, user, payload, occurred_at FROM events"
    with fast.connect() as a, core.connect() as b:
        assert a.exec_driver_sql(query).all() == b.exec_driver_sql(query).all()
        assert (
            a.exec_driver_sql("SELECT event_seq FROM outbox").scalar()
            == a.exec_driver_sql("SELECT seq FROM events").scalar()
        )
    with uow() as u:
        [row] = u.events.for_order("Ö-1")
        assert (
            row.payload == {"reason": "ถูกระงับ", "from_status": "Ready", "reason_text": ""}
            and row.occurred_at == event.occurred_at
        )


@pytest.mark.postgres
def test_a_station_database_on_postgresql_records_events_with_their_outbox(pg_url):
    engine = open_engine(pg_url)
    assert is_current(engine)
    uow = UnitOfWorkFactory(engine)
    with uow() as u:
        seq = u.events.add(OrderHeld(order_id="A", reason="x", from_status="Ready"))
        u.commit()
    with engine.connect() as conn:
        assert conn.scalar(select(OutboxRow.event_seq)) == seq
        assert conn.scalar(select(EventRow.payload)) == {"reason": "x", "from_status": "Ready", "reason_text": ""}
    engine.dispose()
