"""Order pull: new orders, updates and cancellations flow from the central store to a station.

The cursor must never skip a row. A naive `WHERE version > last_seen` loses rows on PostgreSQL:
sequence values are handed out before commit, so a transaction holding version 7 may commit after
one holding version 8 was already pulled, and 7 is never seen. How each backend avoids that:

* PostgreSQL: every write stamps the row with its transaction id (`txid`, from
  `pg_current_xact_id()`). A pull runs in one REPEATABLE READ transaction and reads
  `xmin = pg_snapshot_xmin(pg_current_snapshot())`: every transaction with an id below `xmin` has
  finished, so all of its rows are visible to this very snapshot. The pull reads every visible row
  with `txid >= cursor` and then sets `cursor = xmin`. A transaction still open during the pull has
  an id `>= xmin` (or gets a larger one later), so its rows are read by a later pull. Rows between
  `xmin` and the newest id may be read twice; applying a pulled order is idempotent, so that is safe.
* SQLite: writers are serialized by the database lock (`BEGIN IMMEDIATE`) and the version is taken
  inside the writing transaction, so versions commit in order and `version > cursor` is exact.

The station applies rows and moves its cursor only after the whole pull was applied: a crash
midway means the same rows are pulled again, never skipped.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, select, text

from packstation.domain import workflow
from packstation.domain.orders import OrderStatus
from packstation.store.central.tables import CentralOrderRow
from packstation.store.repositories import fill_order_row
from packstation.store.tables import OrderLineRow
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.central import CentralStore
from packstation.sync.orders import order_from_data, order_to_data
from packstation.sync.state import PULL_CURSOR, get_state, set_state

PAGE = 1000


@dataclass
class PullReport:
    seen: int = 0
    new: int = 0
    updated: int = 0
    cancelled: list[str] = field(default_factory=list)
    cancelled_while_packing: list[str] = field(default_factory=list)
    cursor: str = ""


@dataclass(frozen=True)
class PulledOrder:
    order_id: str
    data: dict
    cancel_reason: str


class OrderPuller:
    """Pulls changed central orders into the station database."""

    def __init__(self, uow: UnitOfWorkFactory, central: CentralStore, station: str, page: int = PAGE) -> None:
        self.uow = uow
        self.central = central
        self.station = station
        self.page = page

    def cursor(self) -> str:
        with self.uow.engine.connect() as conn:
            return get_state(conn, PULL_CURSOR)

    def pull(self) -> PullReport:
        """Fetch everything changed since the cursor, apply it locally, then advance the cursor."""
        report = PullReport()
        old = self.cursor()
        with self.central.reachable(), self.central.engine.connect() as conn:
            if self.central.is_postgres:
                conn = conn.execution_options(isolation_level="REPEATABLE READ")
            with conn.begin():
                new_cursor, pages = self._changes(conn, old)
                for page in pages:
                    self._apply(page, report)
        with self.uow.engine.begin() as sconn:
            set_state(sconn, PULL_CURSOR, new_cursor)
        report.cursor = new_cursor
        return report

    def _changes(self, conn: Connection, cursor: str) -> tuple[str, Iterator[list[PulledOrder]]]:
        cols = (CentralOrderRow.order_id, CentralOrderRow.data, CentralOrderRow.cancel_reason)
        if conn.dialect.name == "postgresql":
            since = int(cursor[4:]) if cursor.startswith("xid:") else 0
            # First statement of the transaction: fixes the snapshot every later read uses.
            xmin = int(conn.scalar(text("SELECT pg_snapshot_xmin(pg_current_snapshot())::text::bigint")))
            key = (CentralOrderRow.txid, CentralOrderRow.order_id)
            base = select(*cols, *key).where(CentralOrderRow.txid >= since)
            return f"xid:{xmin}", self._pages(conn, base, key)
        since = int(cursor[4:]) if cursor.startswith("ver:") else 0
        top = conn.scalar(select(CentralOrderRow.version).order_by(CentralOrderRow.version.desc()).limit(1))
        top = max(int(top or 0), since)
        key = (CentralOrderRow.version, CentralOrderRow.order_id)
        base = select(*cols, *key).where(CentralOrderRow.version > since, CentralOrderRow.version <= top)
        return f"ver:{top}", self._pages(conn, base, key)

    def _pages(self, conn: Connection, base, key) -> Iterator[list[PulledOrder]]:  # type: ignore[no-untyped-def]
        """Keyset pages over `base` ordered by `key`, all inside the caller's transaction."""
        last: tuple | None = None
        while True:
            stmt = base.order_by(*key).limit(self.page)
            if last is not None:
                stmt = stmt.where((key[0] > last[0]) | ((key[0] == last[0]) & (key[1] > last[1])))
            rows = conn.execute(stmt).all()
            if not rows:
                return
            yield [PulledOrder(r[0], r[1], r[2]) for r in rows]
            last = (rows[-1][3], rows[-1][4])
            if len(rows) < self.page:
                return

    def _apply(self, page: list[PulledOrder], report: PullReport) -> None:
        """Apply one page in one station transaction (idempotent: applying twice changes nothing)."""
        with self.uow() as uow:
            for pulled in page:
                report.seen += 1
                incoming = order_from_data(pulled.data)
                local = uow.orders.get(pulled.order_id)
                if local is None:
                    uow.orders.add(incoming)
                    report.new += 1
                    continue
                if incoming.status is OrderStatus.CANCELLED:
                    if local.status in workflow.CANCELLABLE:
                        packing = local.status.is_packing
                        event = workflow.cancel(
                            local,
                            pulled.cancel_reason or "cancelled centrally",
                            "central",
                            self.station,
                            "sync",
                        )
                        uow.orders.save(local)
                        uow.record(event)
                        report.cancelled.append(pulled.order_id)
                        if packing:
                            report.cancelled_while_packing.append(pulled.order_id)
                    continue
                if local.status is OrderStatus.READY and order_to_data(local) != pulled.data:
                    # Not started here: the central copy wins (address fixes, new lines, holds).
                    row = uow.orders.row(pulled.order_id)
                    assert row is not None
                    fill_order_row(row, incoming)
                    row.lines.clear()
                    uow.session.flush()  # old lines go before new ones take their (order, line) numbers
                    row.lines.extend(
                        OrderLineRow(
                            line_no=line.line_no or n,
                            sku=line.sku,
                            sku_id=line.sku_id,
                            product_name=line.product_name,
                            variation=line.variation,
                            quantity=line.quantity,
                            picked=0,
                            in_catalog=line.in_catalog,
                        )
                        for n, line in enumerate(incoming.lines, start=1)
                    )
                    report.updated += 1
            uow.commit()
