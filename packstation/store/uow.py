"""Unit of work: one transaction, the repositories that work inside it, and the events it must write."""

from __future__ import annotations

from collections.abc import Callable
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from packstation.domain.events import Event
from packstation.store.repositories import Catalog, EventLog, Orders, Parcels, Scans


class UnitOfWork:
    """`with uow:` opens a transaction; `commit()` makes it durable; leaving without commit rolls back."""

    def __init__(self, session_factory: Callable[[], Session]) -> None:
        self._factory = session_factory
        self.session: Session
        self.published: list[Event] = []

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        self.session.begin()
        self.orders = Orders(self.session)
        self.catalog = Catalog(self.session)
        self.scans = Scans(self.session)
        self.parcels = Parcels(self.session)
        self.events = EventLog(self.session)
        self._pending: list[Event] = []
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        # close() ends an uncommitted transaction (rolled back at the connection) without expiring
        # what was read, so objects loaded for display stay readable after the unit of work.
        self.session.close()

    def record(self, *events: Event) -> None:
        """Write events in this transaction (and to the outbox); they are published after commit."""
        for event in events:
            self.events.add(event)
            self._pending.append(event)

    def commit(self) -> None:
        self.session.commit()
        self.published.extend(self._pending)
        self._pending = []

    def rollback(self) -> None:
        self.session.rollback()
        self._pending = []


class UnitOfWorkFactory:
    """Makes units of work on one engine; the composition root builds one and hands it to services."""

    def __init__(self, engine: Engine) -> None:
        from packstation.store.db import reading

        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False, autobegin=False)
        self._reads = sessionmaker(reading(engine), expire_on_commit=False, autobegin=False)

    def __call__(self) -> UnitOfWork:
        """A unit of work that may write: on SQLite it takes the write lock when it begins."""
        return UnitOfWork(self._sessions)

    def read(self) -> UnitOfWork:
        """A unit of work that only reads: no write lock, so it never waits behind a writer."""
        return UnitOfWork(self._reads)
