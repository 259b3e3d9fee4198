"""The sync loop: push the outbox, pull orders, keep claims alive, claim ahead, upload blobs.

`run_once()` is one round (what `packstation sync --once` runs); `run()` repeats it until stopped,
backing off with jitter while the central store is down. The station never waits on it: packing
writes only to the station database, and this loop catches up when the network is back.
"""

from __future__ import annotations

import logging
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from packstation.domain.orders import OrderStatus
from packstation.domain.stock import order_needs
from packstation.store.base import utcnow
from packstation.store.central.schema import CentralUnavailable, check_central_schema
from packstation.store.tables import OrderRow
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync import state
from packstation.sync.blobs import BlobReport, BlobUploader
from packstation.sync.central import CentralStore
from packstation.sync.claims import ClaimBook
from packstation.sync.floor import FloorPull
from packstation.sync.pull import OrderPuller, PullReport
from packstation.sync.push import DEFAULT_BATCH, OutboxPusher, PushReport
from packstation.sync.stock import StockBook

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SyncStatus:
    """What the status bar shows: online or not, events still to send, last good sync."""

    online: bool | None
    backlog: int
    last_ok: datetime | None
    last_error: str


@dataclass
class SyncReport:
    push: PushReport = field(default_factory=PushReport)
    pull: PullReport | None = None
    blobs: BlobReport | None = None
    claimed_ahead: int = 0
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.error


@dataclass
class Backoff:
    """Exponential backoff with full jitter between failed rounds."""

    initial: float = 1.0
    maximum: float = 60.0
    failures: int = 0

    def next_delay(self, rng: random.Random) -> float:
        self.failures += 1
        ceiling = min(self.maximum, self.initial * 2 ** (self.failures - 1))
        return rng.uniform(ceiling / 2, ceiling)

    def reset(self) -> None:
        self.failures = 0


class SyncEngine:
    """One station's sync with the central store."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        central: CentralStore,
        station: str,
        *,
        claims: ClaimBook | None = None,
        blobs: BlobUploader | None = None,
        claim_ahead: int = 0,
        pull: bool = True,
        stock: StockBook | None = None,
        batch_size: int = DEFAULT_BATCH,
    ) -> None:
        self.uow = uow
        self.central = central
        self.station = station
        self.claims = claims
        self.blobs = blobs
        self.claim_ahead = claim_ahead
        self.stock = stock
        self.pusher = OutboxPusher(uow.engine, central, station, batch_size)
        self.puller = OrderPuller(uow, central, station) if pull else None
        self.floor = FloorPull(uow, central, station) if pull else None
        self.online: bool | None = None
        self._schema_checked = False  # a shared store older than this code: no sync until `central init`
        self._lock = threading.Lock()  # one round at a time (GUI timer and a manual "sync now")

    def run_once(self) -> SyncReport:
        report = SyncReport()
        with self._lock:
            try:
                self._round(report)
            except CentralUnavailable as exc:
                report.error = str(exc)
                self._failed(report.error)
                return report
            self.online = True
            with self.uow.engine.begin() as conn:
                state.set_state(conn, state.LAST_OK, utcnow().isoformat())
                state.set_state(conn, state.LAST_ERROR, "")
        return report

    def _round(self, report: SyncReport) -> None:
        if not self._schema_checked:
            if self.central.create_on_first_use:
                with self.central.begin():
                    pass  # the embedded store is created (or upgraded) on first use
            with self.central.reachable():
                check_central_schema(self.central.engine, self.central.url)
            self._schema_checked = True
        with self.uow.engine.connect() as conn:
            backlog = state.backlog(conn)
        report.push = self.pusher.drain(backlog)
        if self.puller is not None:
            report.pull = self.puller.pull()
        if self.floor is not None:
            self.floor.pull()  # parcels staged or handed over at other stations
        if self.claims is not None:
            started = self._started_here()
            self.claims.renew(self.station, started)
            if self.claim_ahead:
                self._refresh_ahead(started, report)
        if self.blobs is not None:
            report.blobs = self.blobs.upload()

    def _started_here(self) -> list[str]:
        packing = [s.value for s in OrderStatus if s.is_packing]
        with self.uow.engine.connect() as conn:
            return list(
                conn.scalars(
                    select(OrderRow.order_id).where(
                        OrderRow.station == self.station, OrderRow.status.in_(packing)
                    )
                )
            )

    def _refresh_ahead(self, started: list[str], report: SyncReport) -> None:
        assert self.claims is not None
        with self.uow() as uow:
            queue = [o.order_id for o in uow.orders.queue(limit=self.claim_ahead * 3)]
        granted = self.claims.claim_ahead(self.station, queue, self.claim_ahead, keep=started)
        if self.stock is not None:
            granted = self._stock_ahead(granted, started)
        with self.uow.engine.begin() as conn:
            state.remember_ahead(conn, granted)
        report.claimed_ahead = len(granted)

    def _stock_ahead(
        self, granted: dict[str, tuple[datetime, datetime]], started: list[str]
    ) -> dict[str, tuple[datetime, datetime]]:
        """Offline a station packs only orders whose units it reserved ahead: drop the other claims."""
        assert self.stock is not None and self.claims is not None
        with self.uow.read() as uow:
            needs = [(oid, order_needs(o)) for oid in granted if (o := uow.orders.get(oid)) is not None]
        reserved = self.stock.reserve_ahead(self.station, needs, keep=started)
        for oid in [oid for oid in granted if oid not in reserved]:
            self.claims.release(oid, self.station)
        return {oid: times for oid, times in granted.items() if oid in reserved}

    def _failed(self, message: str) -> None:
        self.online = False
        log.warning("sync failed: %s", message)
        with self.uow.engine.begin() as conn:
            state.set_state(conn, state.LAST_ERROR, message[:500])

    def status(self) -> SyncStatus:
        with self.uow.engine.connect() as conn:
            return SyncStatus(
                online=self.online,
                backlog=state.backlog(conn),
                last_ok=state.get_time(conn, state.LAST_OK),
                last_error=state.get_state(conn, state.LAST_ERROR),
            )

    def run(
        self,
        stop: threading.Event,
        interval: float = 2.0,
        backoff: Backoff | None = None,
        rng: random.Random | None = None,
    ) -> None:
        """Sync every `interval` seconds until `stop` is set; back off with jitter while down."""
        backoff = backoff or Backoff(initial=interval)
        rng = rng or random.Random()
        while not stop.is_set():
            try:
                report = self.run_once()
            except Exception:  # noqa: BLE001 - a bug in one round must not end the background sync
                log.exception("sync round failed")
                report = SyncReport(error="internal error")
            if report.ok:
                backoff.reset()
                delay = interval
            else:
                delay = backoff.next_delay(rng)
            stop.wait(delay)
