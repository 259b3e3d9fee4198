"""Claims: which station packs an order, held in the central store with a lease.

A claim is one atomic `INSERT ... ON CONFLICT DO UPDATE ... WHERE` (the existing claim is taken over
only if it is this station's own or its lease has expired), so two stations racing for one order
cannot both win. Lease times use the claiming station's clock; keep station clocks in sync (NTP).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, delete, select, update

from packstation.domain.claims import ClaimResult
from packstation.domain.orders import OrderStatus
from packstation.domain.texts import translate
from packstation.store.base import utcnow
from packstation.store.central.schema import CentralUnavailable
from packstation.store.central.tables import CentralOrderRow, ClaimRow
from packstation.sync import state
from packstation.sync.central import CentralStore
from packstation.sync.gate import CentralGate
from packstation.sync.sql import upsert_insert

LEASE = timedelta(minutes=30)
AHEAD_LEASE = timedelta(hours=8)


@dataclass(frozen=True)
class Claim:
    order_id: str
    station: str
    claimed_at: datetime
    expires_at: datetime
    ahead: bool


class ClaimBook:
    """The central side of claims: take, release, renew, list, and the supervisor's release."""

    def __init__(
        self,
        central: CentralStore,
        lease: timedelta = LEASE,
        ahead_lease: timedelta = AHEAD_LEASE,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.central = central
        self.lease = lease
        self.ahead_lease = ahead_lease
        self.clock = clock

    def claim(self, order_id: str, station: str, *, ahead: bool = False) -> ClaimResult:
        """Claim atomically; refused with the holder's name when another station has a live lease."""
        now = self.clock()
        expires = now + (self.ahead_lease if ahead else self.lease)
        with self.central.begin() as conn:
            status = conn.scalar(select(CentralOrderRow.status).where(CentralOrderRow.order_id == order_id))
            if status == OrderStatus.CANCELLED.value:
                return ClaimResult(
                    False, "", translate("Claims", "Order {order} was cancelled; do not pack it.").format(order=order_id)
                )
            stmt = upsert_insert(conn, ClaimRow).values(
                order_id=order_id, station=station, claimed_at=now, expires_at=expires, ahead=ahead
            )
            ex = stmt.excluded
            stmt = stmt.on_conflict_do_update(
                index_elements=["order_id"],
                set_={
                    "station": ex.station,
                    "claimed_at": ex.claimed_at,
                    "expires_at": ex.expires_at,
                    "ahead": ex.ahead,
                },
                where=(ClaimRow.station == ex.station) | (ClaimRow.expires_at <= now),
            ).returning(ClaimRow.station)
            won = conn.execute(stmt).first()
            if won is not None:
                return ClaimResult(True, station)
            holder = conn.execute(
                select(ClaimRow.station, ClaimRow.expires_at).where(ClaimRow.order_id == order_id)
            ).first()
        if holder is None:  # released between the two statements: someone else has it now
            busy = translate("Claims", "Order {order} is being packed at another station.").format(order=order_id)
            return ClaimResult(False, "another station", busy)
        busy = translate("Claims", "Order {order} is being packed at station {station} until {time} UTC.")
        return ClaimResult(False, holder[0], busy.format(order=order_id, station=holder[0], time=f"{holder[1]:%H:%M}"))

    def release(self, order_id: str, station: str) -> bool:
        """Give up this station's own claim (no effect on another station's)."""
        with self.central.begin() as conn:
            done = conn.execute(
                delete(ClaimRow).where(ClaimRow.order_id == order_id, ClaimRow.station == station)
            )
            return done.rowcount > 0

    def release_any(self, order_id: str) -> str | None:
        """Supervisor: free an order whatever station holds it; returns the former holder."""
        with self.central.begin() as conn:
            holder = conn.scalar(select(ClaimRow.station).where(ClaimRow.order_id == order_id))
            conn.execute(delete(ClaimRow).where(ClaimRow.order_id == order_id))
            return holder

    def renew(self, station: str, order_ids: Iterable[str]) -> int:
        """Extend this station's leases on orders it is still packing."""
        ids = list(order_ids)
        if not ids:
            return 0
        with self.central.begin() as conn:
            done = conn.execute(
                update(ClaimRow)
                .where(ClaimRow.station == station, ClaimRow.order_id.in_(ids), ClaimRow.ahead.is_(False))
                .values(expires_at=self.clock() + self.lease)
            )
            return done.rowcount

    def holder(self, order_id: str) -> Claim | None:
        with self.central.begin() as conn:
            row = conn.execute(select(ClaimRow).where(ClaimRow.order_id == order_id)).first()
        return Claim(row.order_id, row.station, row.claimed_at, row.expires_at, row.ahead) if row else None

    def claims(self, station: str | None = None) -> list[Claim]:
        stmt = select(ClaimRow).order_by(ClaimRow.order_id)
        if station:
            stmt = stmt.where(ClaimRow.station == station)
        with self.central.begin() as conn:
            return [
                Claim(r.order_id, r.station, r.claimed_at, r.expires_at, r.ahead) for r in conn.execute(stmt)
            ]

    def claim_ahead(
        self, station: str, candidates: Iterable[str], count: int, keep: Iterable[str] = ()
    ) -> dict[str, tuple[datetime, datetime]]:
        """Claim the first `count` claimable candidates for offline packing; drop older ahead claims.

        `keep` are orders this station already started (their claims must survive the refresh).
        """
        granted: dict[str, tuple[datetime, datetime]] = {}
        for order_id in candidates:
            if len(granted) >= count:
                break
            now = self.clock()
            if self.claim(order_id, station, ahead=True).granted:
                granted[order_id] = (now, now + self.ahead_lease)
        keep_ids = set(keep) | set(granted)
        with self.central.begin() as conn:
            stale = select(ClaimRow.order_id).where(ClaimRow.station == station, ClaimRow.ahead.is_(True))
            drop = [oid for oid in conn.scalars(stale) if oid not in keep_ids]
            if drop:
                conn.execute(delete(ClaimRow).where(ClaimRow.station == station, ClaimRow.order_id.in_(drop)))
        return granted


class CentralClaims:
    """`ClaimPort` for `PackingService`: claims centrally; offline, only orders claimed ahead.

    Every central call goes through the `CentralGate`: a store that does not answer within its
    deadline counts as unreachable, and for a while the next claims do not even ask it.
    """

    def __init__(self, book: ClaimBook, station_engine: Engine, gate: CentralGate | None = None) -> None:
        self.book = book
        self.station_engine = station_engine
        self.gate = gate or CentralGate()
        self.online: bool | None = None

    def offline(self) -> bool:
        """True while the central store is known not to answer (no need to ask it again yet)."""
        return self.gate.shut

    def claimed_ahead(self) -> set[str]:
        return state.claimed_ahead_now(self.station_engine)

    def claim(self, order_id: str, station: str) -> ClaimResult:
        try:
            result = self.gate.call(lambda: self.book.claim(order_id, station))
            self.online = True
            return result
        except CentralUnavailable:
            self.online = False
        if order_id in state.claimed_ahead_now(self.station_engine):
            return ClaimResult(True, station, translate("Claims", "offline: packing an order claimed ahead"))
        return ClaimResult(
            False,
            "",
            translate(
                "Claims",
                "central store unreachable: order {order} was not claimed ahead by this station, so it cannot be packed offline. Take an order from the claimed-ahead list, or wait for the network.",
            ).format(order=order_id),
        )

    def release(self, order_id: str, station: str) -> None:
        with self.station_engine.begin() as conn:
            state.forget_ahead(conn, order_id)
        try:
            self.gate.call(lambda: self.book.release(order_id, station))
            self.online = True
        except CentralUnavailable:
            self.online = False  # the lease runs out on its own


class CentralStatus:
    """`CentralStatusPort`: asks the central store whether an order was cancelled there.

    Offline it answers False: pulled cancellations are already in the station's own database, which
    `PackingService.ensure_not_cancelled` checks as well.
    """

    def __init__(self, central: CentralStore, gate: CentralGate | None = None) -> None:
        self.central = central
        self.gate = gate or CentralGate()
        self.online: bool | None = None

    def is_cancelled(self, order_id: str) -> bool:
        def ask() -> str | None:
            with self.central.begin() as conn:
                return conn.scalar(select(CentralOrderRow.status).where(CentralOrderRow.order_id == order_id))

        try:
            status = self.gate.call(ask)
            self.online = True
        except CentralUnavailable:
            self.online = False
            return False
        return status == OrderStatus.CANCELLED.value
