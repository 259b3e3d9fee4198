"""Bulk reads and writes: ids in chunks, times as the column types store them, events appended many at once.

An import brings 100,000 carrier events and the rules run over every shipped order, so reads go in
chunks of ids through Core selects and writes through executemany, straight through the SQLite driver.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, cast

from sqlalchemy import Insert, String, insert, type_coerce
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from packstation.domain.events import Event
from packstation.store.tables import EventRow, OutboxRow

CHUNK = 900  # ids per IN (...) list: below SQLite's default variable limit


def fast_time(value: Any) -> datetime | None:
    """A stored UTC time read as text (SQLite) or as a datetime (PostgreSQL): much cheaper than the
    generic SQLite DateTime result processor when 100,000 rows of seven times each are read."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
    return datetime.fromisoformat(value).replace(tzinfo=UTC)


_MISSING = object()


def sqlite_time(value: datetime | None) -> str | None:
    """A UTC time as SQLAlchemy's SQLite DateTime stores it ("2026-12-01 09:30:00.000000")."""
    if value is None:
        return None
    if value.tzinfo is not UTC:
        value = value.astimezone(UTC)
    return value.isoformat(" ", "microseconds")[:26]  # without the "+00:00"


def driver_cursor(session: Session) -> Any | None:
    """The SQLite driver cursor of this session's connection (same transaction), else None.

    The bulk writes below go straight through it, with times formatted exactly as the columns'
    SQLAlchemy types store them, because binding 100,000 rows through Core costs seconds.
    """
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        return None
    return cast(Any, connection.connection.driver_connection).cursor()


def raw_text(column: Any) -> Any:
    return type_coerce(column, String).label(column.name)


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def insert_ignoring_duplicates(session: Session, table: Any) -> Insert:
    """INSERT that skips rows hitting a unique constraint (SQLite and PostgreSQL)."""
    name = session.get_bind().dialect.name
    if name == "sqlite":
        return sqlite.insert(table).on_conflict_do_nothing()
    if name == "postgresql":
        return postgresql.insert(table).on_conflict_do_nothing()
    return insert(table).prefix_with("IGNORE")



_EVENT_SQL = "INSERT INTO events (id, order_id, type, station, user, payload, occurred_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
_EVENT_COLUMNS = ("id", "order_id", "type", "station", "user", "payload", "occurred_at")


def append_events(session: Session, events: Sequence[Event]) -> None:
    """Write many events and their outbox rows in this transaction (one executemany on SQLite).

    The values are bound by the events table's own column types, so they are stored exactly as
    `EventLog.add` stores them; the outbox rows are every event row this call added.
    """
    if not events:
        return
    values = [
        {
            "id": e.id,
            "order_id": e.order_id,
            "type": e.type,
            "station": e.station,
            "user": e.user,
            "payload": e.payload(),
            "occurred_at": e.occurred_at,
        }
        for e in events
    ]
    connection = session.connection()
    dialect = connection.dialect
    if dialect.name != "sqlite":
        for v in values:
            seq = session.execute(insert(EventRow).returning(EventRow.seq), v).scalar_one()
            session.execute(insert(OutboxRow), {"event_seq": seq, "attempts": 0, "last_error": ""})
        return
    columns = EventRow.__table__.c
    binders = [columns[name].type.dialect_impl(dialect).bind_processor(dialect) for name in _EVENT_COLUMNS]
    params = [
        tuple(bind(v[name]) if bind else v[name] for name, bind in zip(_EVENT_COLUMNS, binders, strict=True))
        for v in values
    ]
    cursor = cast(Any, connection.connection.driver_connection).cursor()
    try:
        cursor.execute("SELECT COALESCE(MAX(seq), 0) FROM events")
        before = int(cursor.fetchone()[0])
        cursor.executemany(_EVENT_SQL, params)
        cursor.execute(
            "INSERT INTO outbox (event_seq, attempts, last_error) SELECT seq, 0, '' FROM events WHERE seq > ?",
            (before,),
        )
    finally:
        cursor.close()
