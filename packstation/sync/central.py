"""The central store as stations and supervisors use it: one engine, offline detection, overviews."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, Engine, func, select, text
from sqlalchemy.exc import DBAPIError, OperationalError

from packstation.config import redacted_url
from packstation.store.central.schema import CentralUnavailable, open_central_engine, upgrade_central
from packstation.store.central.tables import CentralEventRow, StationContactRow


@dataclass(frozen=True)
class StationContact:
    """What a supervisor sees of one station: when it last reached the centre and what it still owes."""

    station: str
    last_contact: datetime
    backlog: int
    events_received: int


class CentralStore:
    """An engine on the central store plus the few facts every sync part needs about it."""

    def __init__(self, engine: Engine, url: str = "") -> None:
        self.engine = engine
        self.url = url or engine.url.render_as_string(hide_password=True)
        # The embedded single-station store (SQLite in the home) is created on first use; a shared
        # store's schema changes only through `packstation central init`.
        self.create_on_first_use = False
        self._created = threading.Lock()
        self._ready = False

    @classmethod
    def open(cls, url: str, *, migrate: bool = False) -> CentralStore:
        """Connect (lazily) to the central store at `url`; `migrate` creates or upgrades its schema."""
        engine = open_central_engine(url)
        store = cls(engine, redacted_url(url))
        if migrate:
            store.upgrade()
        return store

    def upgrade(self) -> list[str]:
        """Create or upgrade the central schema; raises CentralUnavailable when it cannot connect."""
        with self.reachable():
            return upgrade_central(self.engine)

    @property
    def is_postgres(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    @contextlib.contextmanager
    def reachable(self) -> Iterator[None]:
        """Turn connection failures into `CentralUnavailable` (other errors pass through)."""
        try:
            yield
        except OperationalError as exc:
            raise CentralUnavailable(f"central store unreachable ({self.url}): {_first_line(exc)}") from exc
        except DBAPIError as exc:
            if exc.connection_invalidated:
                raise CentralUnavailable(f"central store unreachable ({self.url})") from exc
            raise

    @contextlib.contextmanager
    def begin(self) -> Iterator[Connection]:
        """One central transaction, with unreachability reported as `CentralUnavailable`."""
        if self.create_on_first_use and not self._ready:
            with self._created:
                if not self._ready:
                    self.upgrade()
                    self._ready = True
        with self.reachable(), self.engine.begin() as conn:
            yield conn

    def ping(self) -> bool:
        try:
            with self.begin() as conn:
                conn.execute(text("SELECT 1"))
            return True
        except CentralUnavailable:
            return False

    # -- supervisor overviews ----------------------------------------------------------------------
    def stations(self) -> list[StationContact]:
        with self.begin() as conn:
            rows = conn.execute(
                select(
                    StationContactRow.station,
                    StationContactRow.last_contact,
                    StationContactRow.backlog,
                    StationContactRow.events_received,
                ).order_by(StationContactRow.station)
            )
            return [StationContact(*row) for row in rows]

    def event_count(self) -> int:
        with self.begin() as conn:
            return int(conn.scalar(select(func.count()).select_from(CentralEventRow)) or 0)

    def event_ids(self) -> list[str]:
        with self.begin() as conn:
            return list(conn.scalars(select(CentralEventRow.id)))

    def timeline(self, order_id: str) -> list[tuple[str, str, str, datetime]]:
        """(event type, station, user, time) for one order, in the order stations recorded them."""
        with self.begin() as conn:
            rows = conn.execute(
                select(
                    CentralEventRow.type,
                    CentralEventRow.station,
                    CentralEventRow.user,
                    CentralEventRow.occurred_at,
                )
                .where(CentralEventRow.order_id == order_id)
                .order_by(CentralEventRow.occurred_at, CentralEventRow.seq)
            )
            return [tuple(row) for row in rows]  # type: ignore[misc]

    def dispose(self) -> None:
        self.engine.dispose()


def _first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) or exc
    return (str(orig).strip().splitlines() or ["connection failed"])[0]
