"""Stock in the central store: levels per SKU and bin, reservations per order, the audit of changes.

Reserving an order's units is one central transaction: the SKU's bin rows are locked (`SELECT ...
FOR UPDATE` on PostgreSQL; SQLite's `BEGIN IMMEDIATE` serialises writers), the bins are chosen on the
walking route, and each is taken with a guarded `UPDATE ... WHERE on_hand - reserved >= qty`, so two
stations can never both reserve the last unit and available never goes below zero. A SKU with no
stock row is not tracked: orders of it are never held back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, bindparam, delete, func, null, select, union_all, update

from packstation.domain.stock import (
    OK,
    Allocation,
    QueueIndex,
    Reservation,
    StockError,
    StockLevel,
    StockState,
    allocate,
    available_by_sku,
    bins_by_sku,
    check,
    check_adjustment,
    location_key,
)
from packstation.domain.texts import translate
from packstation.store.base import utcnow
from packstation.store.central.schema import CentralUnavailable
from packstation.store.central.tables import (
    StockAdjustmentRow,
    StockDecisionRow,
    StockReservationRow,
    StockRow,
    StockThresholdRow,
)
from packstation.sync.central import CentralStore
from packstation.sync.sql import upsert_insert
from packstation.sync.stock_ledger import (
    MAX_LOCATION,
    MAX_SKU,
    give_back,
    read_level,
    read_levels,
    ship,
    write_audit,
)

__all__ = ["MAX_LOCATION", "MAX_SKU", "StockBook"]

PICK_ANYWAY = "pick_anyway"
OUT_OF_STOCK = "out_of_stock"
DECISIONS = (PICK_ANYWAY, OUT_OF_STOCK)
UNREACHABLE = "unreachable"  # the central store did not answer: nothing could be reserved


class _Raced(Exception):
    """A guarded update found fewer units than the locked read said (should not happen): retry."""


@dataclass(frozen=True)
class StockAudit:
    sku: str
    location: str
    kind: str
    delta: int
    on_hand_after: int
    actor: str
    reason: str
    order_id: str
    at: datetime


@dataclass(frozen=True)
class LowStock:
    sku: str
    available: int
    threshold: int

    def words(self) -> str:
        return translate("Stock", "low stock: {sku} has {available} available (alert at {threshold})").format(
            sku=self.sku, available=self.available, threshold=self.threshold
        )


class StockBook:
    """The central side of stock: read levels, reserve and give back, ship, count, adjust, restock."""

    def __init__(self, central: CentralStore, clock: Callable[[], datetime] = utcnow) -> None:
        self.central = central
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------
    def levels(self, skus: Iterable[str] | None = None) -> list[StockLevel]:
        with self.central.begin() as conn:
            return read_levels(conn, skus)

    def levels_at(self, location: str) -> list[StockLevel]:
        """What the books say one bin holds (for a count of that bin)."""
        with self.central.begin() as conn:
            rows = conn.execute(
                select(StockRow.sku, StockRow.location, StockRow.on_hand, StockRow.reserved)
                .where(StockRow.location == location.strip())
                .order_by(StockRow.sku)
            )
            return [StockLevel(*r) for r in rows]

    def tracked(self) -> bool:
        with self.central.begin() as conn:
            return bool(conn.scalar(select(func.count()).select_from(StockRow)))

    def states(self, orders: Iterable[tuple[str, Mapping[str, int]]] | QueueIndex) -> dict[str, StockState]:
        """Each order's stock state against what is available now, with supervisors' decisions.

        Pass a `QueueIndex` to check a big queue again and again (the supervisor's queue view).
        """
        index = orders if isinstance(orders, QueueIndex) else None
        pairs = [] if index is not None else list(orders)  # type: ignore[arg-type]
        with self.central.begin() as conn:
            # Summed per SKU in the database (reserved <= on_hand is a constraint, so no bin is negative).
            available: dict[str, int] = {
                r[0]: int(r[1])
                for r in conn.execute(
                    select(StockRow.sku, func.sum(StockRow.on_hand - StockRow.reserved)).group_by(
                        StockRow.sku
                    )
                )
            }
            if not available:
                return {}  # stock not tracked: every order is in stock
            decided = {
                r[0]: r[1] for r in conn.execute(select(StockDecisionRow.order_id, StockDecisionRow.decision))
            }
            held = set(conn.scalars(select(StockReservationRow.order_id).distinct()))
        if index is not None:
            out = index.states(available)
        else:
            out = {order_id: check(needs, available) for order_id, needs in pairs}
        for order_id in held.intersection(out):
            out[order_id] = OK  # its units are already set aside for it
        for order_id, decision in decided.items():
            if order_id not in out or order_id in held:
                continue
            if decision == PICK_ANYWAY:
                out[order_id] = StockState((), PICK_ANYWAY)
            else:
                out[order_id] = StockState(out[order_id].missing, decision)
        return out

    def reservations(self, order_id: str) -> list[Allocation]:
        with self.central.begin() as conn:
            rows = conn.execute(
                select(StockReservationRow.sku, StockReservationRow.location, StockReservationRow.qty).where(
                    StockReservationRow.order_id == order_id
                )
            )
            return [Allocation(*r) for r in rows]

    def bins(self, order_id: str, skus: Iterable[str] = ()) -> dict[str, str]:
        """Where the order's units are: its reserved bins, else every bin holding the SKU."""
        held = bins_by_sku(self.reservations(order_id))
        rest = [s for s in skus if s not in held]
        if rest:
            found: dict[str, list[str]] = {}
            for lv in sorted(self.levels(rest), key=lambda lv: location_key(lv.location)):
                if lv.on_hand > 0:
                    found.setdefault(lv.sku, []).append(lv.location)
            held.update({sku: ", ".join(locs) for sku, locs in found.items()})
        return held

    def audit(self, sku: str | None = None, limit: int = 200) -> list[StockAudit]:
        stmt = select(StockAdjustmentRow).order_by(StockAdjustmentRow.id.desc()).limit(limit)
        if sku:
            stmt = stmt.where(StockAdjustmentRow.sku == sku)
        with self.central.begin() as conn:
            return [
                StockAudit(
                    r.sku, r.location, r.kind, r.delta, r.on_hand_after, r.actor, r.reason, r.order_id, r.at
                )
                for r in conn.execute(stmt)
            ]

    def decisions(self, decision: str) -> dict[str, tuple[str, str]]:
        """order_id -> (actor, reason) of the orders with this decision."""
        with self.central.begin() as conn:
            rows = conn.execute(
                select(StockDecisionRow.order_id, StockDecisionRow.actor, StockDecisionRow.reason).where(
                    StockDecisionRow.decision == decision
                )
            )
            return {r[0]: (r[1], r[2]) for r in rows}

    def decision(self, order_id: str) -> str:
        with self.central.begin() as conn:
            return (
                conn.scalar(select(StockDecisionRow.decision).where(StockDecisionRow.order_id == order_id))
                or ""
            )

    # -- reserving ------------------------------------------------------------------------------
    def reserve(
        self, order_id: str, station: str, needs: Mapping[str, int], *, ahead: bool = False
    ) -> Reservation:
        """Reserve the order's units atomically, or nothing with what is missing."""
        for _attempt in range(3):
            try:
                with self.central.begin() as conn:
                    return self._reserve(conn, order_id, station, needs, ahead)
            except _Raced:
                continue
        raise CentralUnavailable("stock reservation kept racing; try again")

    def _reserve(
        self, conn: Connection, order_id: str, station: str, needs: Mapping[str, int], ahead: bool
    ) -> Reservation:
        now = self.clock()
        # One round trip for what this order already holds and any supervisor's decision on it.
        held = select(
            StockReservationRow.sku, StockReservationRow.location, StockReservationRow.qty, null()
        ).where(StockReservationRow.order_id == order_id)
        decided = select(null(), null(), null(), StockDecisionRow.decision).where(
            StockDecisionRow.order_id == order_id
        )
        found: list[Any] = list(conn.execute(union_all(held, decided)))
        mine = [(r[0], r[1], r[2]) for r in found if r[3] is None]
        decision = next((r[3] for r in found if r[3] is not None), None)
        if mine:  # taken again (a restart, or packing an order reserved ahead): the same units
            conn.execute(
                update(StockReservationRow)
                .where(StockReservationRow.order_id == order_id)
                .values(station=station, ahead=ahead, reserved_at=now)
            )
            return Reservation(OK, tuple(Allocation(*r) for r in mine))
        levels = read_levels(conn, needs, lock=True)
        if not levels:
            return Reservation(OK)
        result = allocate(needs, levels, partial=decision == PICK_ANYWAY)
        if decision == OUT_OF_STOCK:
            return Reservation(StockState(result.state.missing, OUT_OF_STOCK), (), False)
        if not result.ok:
            return result
        if conn.dialect.name == "postgresql" and len(result.picks) > 1:
            # One pipelined executemany (psycopg reports the summed row count) instead of a round trip per bin.
            guarded = (
                update(StockRow)
                .where(
                    StockRow.sku == bindparam("b_sku"),
                    StockRow.location == bindparam("b_location"),
                    StockRow.on_hand - StockRow.reserved >= bindparam("b_qty"),
                )
                .values(reserved=StockRow.reserved + bindparam("b_qty"), updated_at=now)
            )
            done = conn.execute(
                guarded, [{"b_sku": p.sku, "b_location": p.location, "b_qty": p.qty} for p in result.picks]
            )
            if done.rowcount != len(result.picks):
                raise _Raced()
        else:
            for pick in result.picks:
                done = conn.execute(
                    update(StockRow)
                    .where(
                        StockRow.sku == pick.sku,
                        StockRow.location == pick.location,
                        StockRow.on_hand - StockRow.reserved >= pick.qty,
                    )
                    .values(reserved=StockRow.reserved + pick.qty, updated_at=now)
                )
                if done.rowcount != 1:
                    raise _Raced()
        if result.picks:
            conn.execute(
                StockReservationRow.__table__.insert(),  # type: ignore[attr-defined]
                [
                    {
                        "order_id": order_id,
                        "sku": p.sku,
                        "location": p.location,
                        "qty": p.qty,
                        "station": station,
                        "ahead": ahead,
                        "reserved_at": now,
                    }
                    for p in result.picks
                ],
            )
        return result

    def give_back(
        self,
        order_id: str,
        units: Mapping[str, int] | None = None,
        *,
        station: str | None = None,
        before: datetime | None = None,
    ) -> dict[str, int]:
        """Return an order's reserved units (all, or `units` per SKU); returns what was given back."""
        with self.central.begin() as conn:
            return give_back(conn, order_id, units, station=station, before=before, now=self.clock())

    def ship(self, order_ids: Iterable[str], station: str = "") -> int:
        """The orders left with the carrier: their reserved units leave on-hand. Returns units shipped."""
        with self.central.begin() as conn:
            return ship(conn, list(order_ids), station, self.clock())

    def reserve_ahead(
        self, station: str, orders: Iterable[tuple[str, Mapping[str, int]]], keep: Iterable[str] = ()
    ) -> set[str]:
        """Reserve units for orders claimed ahead (offline packing); give back older ahead reservations.

        Returns the orders whose units are reserved: a station packs offline only those.
        """
        granted: set[str] = set()
        for order_id, needs in orders:
            if self.reserve(order_id, station, needs, ahead=True).ok:
                granted.add(order_id)
        keep_ids = set(keep) | granted
        with self.central.begin() as conn:
            stale = (
                set(
                    conn.scalars(
                        select(StockReservationRow.order_id).where(
                            StockReservationRow.station == station, StockReservationRow.ahead.is_(True)
                        )
                    )
                )
                - keep_ids
            )
            for order_id in sorted(stale):
                give_back(conn, order_id, None, station=station, now=self.clock())
        return granted

    # -- counting and adjusting ------------------------------------------------------------------
    def load(
        self, sku: str, location: str, on_hand: int, actor: str, reason: str = "stock count import"
    ) -> int:
        """Set a bin's on-hand to a counted number (import); returns the difference, audited."""
        with self.central.begin() as conn:
            level = read_level(conn, sku, location, lock=True)
            return self._change(conn, level, on_hand - level.on_hand, "import", actor, reason)

    def count(
        self, sku: str, location: str, counted: int, actor: str, reason: str = "counted at the bin"
    ) -> int:
        """A counted scan: the bin holds `counted`; the difference is audited and returned."""
        if counted < 0:
            raise StockError("A count cannot be negative.")
        with self.central.begin() as conn:
            level = read_level(conn, sku, location, lock=True)
            return self._change(conn, level, counted - level.on_hand, "count", actor, reason)

    def adjust(
        self, sku: str, location: str, delta: int, actor: str, reason: str, kind: str = "adjust"
    ) -> StockLevel:
        """Add or remove units in a bin (audited with the reason); refused below reserved."""
        if not reason.strip():
            raise StockError("Say why the stock is adjusted (--reason).")
        with self.central.begin() as conn:
            level = read_level(conn, sku, location, lock=True)
            self._change(conn, level, delta, kind, actor, reason.strip())
            return read_level(conn, sku, location)

    def restock(self, sku: str, location: str, qty: int, actor: str, reason: str) -> StockLevel:
        """Units back on the shelf (a return put back, a receipt): on-hand rises, audited."""
        if qty <= 0:
            raise StockError(f"Restock {qty}? Give a number of units above zero.")
        return self.adjust(sku, location, qty, actor, reason or "restocked", kind="restock")

    def restock_once(
        self, key: str, sku: str, location: str, qty: int, actor: str, reason: str, order_id: str = ""
    ) -> bool:
        """Restock under a key (a returned unit): a retry after a crash finds the key audited and
        adds nothing. True when the units went on the shelf now, False when they already had."""
        if qty <= 0:
            raise StockError(f"Restock {qty}? Give a number of units above zero.")
        tagged = f"{reason.strip() or 'restocked'} [{key}]"
        with self.central.begin() as conn:
            level = read_level(conn, sku, location, lock=True)
            done = conn.scalar(
                select(func.count())
                .select_from(StockAdjustmentRow)
                .where(
                    StockAdjustmentRow.kind == "restock",
                    StockAdjustmentRow.sku == level.sku,
                    StockAdjustmentRow.reason.endswith(f"[{key}]"),
                )
            )
            if done:
                return False
            self._change(conn, level, qty, "restock", actor, tagged, order_id)
            return True

    def decide(self, order_id: str, decision: str, actor: str, reason: str) -> None:
        """A supervisor's decision on a waiting order (audited): pick it anyway, or out of stock."""
        if decision not in DECISIONS:
            raise StockError(f"Unknown decision {decision!r}: use {' or '.join(DECISIONS)}.")
        if not reason.strip():
            raise StockError("Say why (--reason).")
        with self.central.begin() as conn:
            stmt = upsert_insert(conn, StockDecisionRow).values(
                order_id=order_id, decision=decision, actor=actor, reason=reason.strip(), at=self.clock()
            )
            ex = stmt.excluded
            conn.execute(
                stmt.on_conflict_do_update(
                    index_elements=["order_id"],
                    set_={"decision": ex.decision, "actor": ex.actor, "reason": ex.reason, "at": ex.at},
                )
            )
            if decision == OUT_OF_STOCK:
                give_back(conn, order_id, None, now=self.clock())

    def set_threshold(self, sku: str, threshold: int | None) -> None:
        with self.central.begin() as conn:
            conn.execute(delete(StockThresholdRow).where(StockThresholdRow.sku == sku))
            if threshold is not None:
                conn.execute(StockThresholdRow.__table__.insert().values(sku=sku, threshold=threshold))  # type: ignore[attr-defined]

    def low_stock(self) -> list[LowStock]:
        """SKUs whose available units fell to their alert threshold."""
        with self.central.begin() as conn:
            limits = {
                r[0]: r[1] for r in conn.execute(select(StockThresholdRow.sku, StockThresholdRow.threshold))
            }
            available = available_by_sku(read_levels(conn, limits)) if limits else {}
        return [
            LowStock(sku, available.get(sku, 0), limit)
            for sku, limit in sorted(limits.items())
            if available.get(sku, 0) <= limit
        ]

    def _change(
        self,
        conn: Connection,
        level: StockLevel,
        delta: int,
        kind: str,
        actor: str,
        reason: str,
        order_id: str = "",
    ) -> int:
        after = check_adjustment(level, delta)
        now = self.clock()
        if delta == 0 and kind != "import":
            write_audit(conn, level, kind, 0, after, actor, reason, order_id, now)
            return 0
        stmt = upsert_insert(conn, StockRow).values(
            sku=level.sku, location=level.location, on_hand=after, reserved=0, updated_at=now
        )
        conn.execute(
            stmt.on_conflict_do_update(
                index_elements=["sku", "location"],
                set_={"on_hand": StockRow.on_hand + delta, "updated_at": now},
            )
        )
        write_audit(conn, level, kind, delta, after, actor, reason, order_id, now)
        return delta
