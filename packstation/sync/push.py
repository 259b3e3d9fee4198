"""Outbox push: station events go to the central store in batches, at least once, deduplicated there.

A batch is read from the outbox in local sequence order, inserted centrally with
`ON CONFLICT (id) DO NOTHING` in one central transaction, and only then removed from the outbox.
A crash between the two commits re-sends the batch; the event id makes that a no-op, so the
effect is exactly once. Batches go one after the other in sequence order, so each order's events
arrive in the order the station recorded them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, Text, delete, select, type_coerce

from packstation.store.base import utcnow
from packstation.store.central.tables import CentralEventRow, ClaimRow, StationContactRow
from packstation.store.tables import EventRow, OutboxRow
from packstation.sync.central import CentralStore
from packstation.sync.sql import upsert_insert
from packstation.sync.stock_ledger import settle

# Events after which nobody needs the order's claim any more.
CLAIM_ENDS = ("OrderShipped", "OrderCancelled")
DEFAULT_BATCH = 5000
# Events that settle an order's reserved stock (shipped units leave; cancelled or put back return).
STOCK_SETTLES = ("OrderShipped", "OrderCancelled", "OrderRequeued")

_INCOMING = (
    "CREATE TEMP TABLE IF NOT EXISTS incoming_events (id text, order_id text, type text, station text, "
    '"user" text, payload jsonb, occurred_at timestamptz, station_seq bigint) ON COMMIT DELETE ROWS'
)
_MERGE = (
    'INSERT INTO central_events (id, order_id, type, station, "user", payload, occurred_at, station_seq, '
    'received_at) SELECT id, order_id, type, station, "user", payload, occurred_at, station_seq, now() '
    "FROM incoming_events ORDER BY station_seq ON CONFLICT (id) DO NOTHING"
)


@dataclass(frozen=True)
class OutgoingEvent:
    seq: int
    id: str
    order_id: str
    type: str
    station: str
    user: str
    payload_json: str
    occurred_at: datetime


@dataclass
class PushReport:
    sent: int = 0
    inserted: int = 0  # new at the centre; sent - inserted were duplicates of an earlier attempt
    batches: int = 0


class OutboxPusher:
    """Moves the station's outbox to the central store."""

    def __init__(
        self, station_engine: Engine, central: CentralStore, station: str, batch_size: int = DEFAULT_BATCH
    ) -> None:
        self.station_engine = station_engine
        self.central = central
        self.station = station
        self.batch_size = batch_size

    def read_batch(self, conn: Connection, limit: int) -> list[OutgoingEvent]:
        stmt = (
            select(
                EventRow.seq,
                EventRow.id,
                EventRow.order_id,
                EventRow.type,
                EventRow.station,
                EventRow.user,
                type_coerce(EventRow.payload, Text),  # raw JSON text: no decode/encode round trip
                EventRow.occurred_at,
            )
            .join(OutboxRow, OutboxRow.event_seq == EventRow.seq)
            .order_by(OutboxRow.event_seq)
            .limit(limit)
        )
        return [OutgoingEvent(*row) for row in conn.execute(stmt)]

    def push_batch(self, backlog_after: int | None = None) -> tuple[int, int]:
        """Send the oldest batch; returns (sent, newly inserted). Raises CentralUnavailable when down."""
        with self.station_engine.connect() as conn:
            batch = self.read_batch(conn, self.batch_size)
        if not batch:
            self.touch(0)
            return 0, 0
        with self.central.begin() as conn:
            if conn.dialect.name == "postgresql":
                inserted = self._insert_copy(conn, batch)
            else:
                inserted = self._insert_rows(conn, batch)
            ended = sorted({e.order_id for e in batch if e.type in CLAIM_ENDS})
            if ended:
                conn.execute(delete(ClaimRow).where(ClaimRow.order_id.in_(ended)))
            settle(conn, [(e.type, e.order_id, e.station, e.occurred_at) for e in batch if e.type in STOCK_SETTLES])
            self._contact(conn, backlog_after if backlog_after is not None else 0, inserted, batch[-1])
        with self.station_engine.begin() as conn:
            conn.execute(delete(OutboxRow).where(OutboxRow.event_seq.in_([e.seq for e in batch])))
        return len(batch), inserted

    def drain(self, backlog: int, max_batches: int | None = None) -> PushReport:
        """Push batches until the outbox is empty (or `max_batches` were sent)."""
        report = PushReport()
        while max_batches is None or report.batches < max_batches:
            sent, inserted = self.push_batch(max(0, backlog - report.sent - self.batch_size))
            if not sent:
                break
            report.sent += sent
            report.inserted += inserted
            report.batches += 1
            if sent < self.batch_size:
                break
        return report

    def touch(self, backlog: int) -> None:
        """Tell the centre this station is alive and what it still owes."""
        with self.central.begin() as conn:
            self._contact(conn, backlog, 0, None)

    def _contact(self, conn: Connection, backlog: int, received: int, last: OutgoingEvent | None) -> None:
        now = utcnow()
        values = {
            "station": self.station,
            "last_contact": now,
            "backlog": backlog,
            "events_received": received,
        }
        if last is not None:
            values["last_event_at"] = last.occurred_at
        stmt = upsert_insert(conn, StationContactRow).values(**values)
        update = {
            "last_contact": stmt.excluded.last_contact,
            "backlog": stmt.excluded.backlog,
            "events_received": StationContactRow.events_received + stmt.excluded.events_received,
        }
        if last is not None:
            update["last_event_at"] = stmt.excluded.last_event_at
        conn.execute(stmt.on_conflict_do_update(index_elements=["station"], set_=update))

    @staticmethod
    def _insert_copy(conn: Connection, batch: list[OutgoingEvent]) -> int:
        """PostgreSQL: COPY into a temp table, then one INSERT ... SELECT ... ON CONFLICT DO NOTHING."""
        raw = conn.connection.driver_connection
        with raw.cursor() as cur:  # type: ignore[union-attr]
            cur.execute(_INCOMING)
            columns = 'id, order_id, type, station, "user", payload, occurred_at, station_seq'
            with cur.copy(f"COPY incoming_events ({columns}) FROM STDIN") as copy:
                for e in batch:
                    copy.write_row(
                        (e.id, e.order_id, e.type, e.station, e.user, e.payload_json, e.occurred_at, e.seq)
                    )
            cur.execute(_MERGE)
            return max(cur.rowcount, 0)

    @staticmethod
    def _insert_rows(conn: Connection, batch: list[OutgoingEvent]) -> int:
        now = utcnow()
        stmt = upsert_insert(conn, CentralEventRow).on_conflict_do_nothing(index_elements=["id"])
        result = conn.execute(
            stmt,
            [
                {
                    "id": e.id,
                    "order_id": e.order_id,
                    "type": e.type,
                    "station": e.station,
                    "user": e.user,
                    "payload": json.loads(e.payload_json),
                    "occurred_at": e.occurred_at,
                    "station_seq": e.seq,
                    "received_at": now,
                }
                for e in batch
            ],
        )
        return max(result.rowcount, 0)
