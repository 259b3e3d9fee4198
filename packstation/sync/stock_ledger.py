"""Stock statements run inside a caller's central transaction: give back, ship, settle pushed events,
read and lock bin rows, write the audit. `StockBook` and the outbox push both use them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from sqlalchemy import Connection, delete, select, update

from packstation.domain.stock import StockError, StockLevel, location_key
from packstation.store.base import utcnow
from packstation.store.central.tables import StockAdjustmentRow, StockReservationRow, StockRow

MAX_SKU, MAX_LOCATION = 100, 64  # the central columns' sizes
# Beyond this many SKUs the whole stock table is read at once (cheaper than a long IN list).
_IN_LIMIT = 500


def give_back(
    conn: Connection,
    order_id: str,
    units: Mapping[str, int] | None,
    *,
    station: str | None = None,
    before: datetime | None = None,
    now: datetime | None = None,
) -> dict[str, int]:
    """Inside `conn`: return reserved units of one order (last bins on the route first)."""
    now = now or utcnow()
    stmt = select(StockReservationRow).where(StockReservationRow.order_id == order_id)
    if station is not None:
        stmt = stmt.where(StockReservationRow.station == station)
    if before is not None:
        stmt = stmt.where(StockReservationRow.reserved_at <= before)
    rows = sorted(conn.execute(stmt), key=lambda r: (r.sku, location_key(r.location)))
    if not rows:
        return {}
    lock_bins(conn, {(r.sku, r.location) for r in rows})
    wanted = dict(units) if units is not None else None
    back: dict[str, int] = {}
    for r in reversed(rows):
        qty = r.qty if wanted is None else min(r.qty, wanted.get(r.sku, 0))
        if qty <= 0:
            continue
        if wanted is not None:
            wanted[r.sku] -= qty
        conn.execute(
            update(StockRow)
            .where(StockRow.sku == r.sku, StockRow.location == r.location)
            .values(reserved=StockRow.reserved - qty, updated_at=now)
        )
        key = (
            StockReservationRow.order_id == order_id,
            StockReservationRow.sku == r.sku,
            StockReservationRow.location == r.location,
        )
        if qty == r.qty:
            conn.execute(delete(StockReservationRow).where(*key))
        else:
            conn.execute(update(StockReservationRow).where(*key).values(qty=r.qty - qty))
        back[r.sku] = back.get(r.sku, 0) + qty
    return back


def ship(conn: Connection, order_ids: list[str], station: str, now: datetime | None = None) -> int:
    """Inside `conn`: shipped orders' reserved units leave on-hand (audited); idempotent."""
    if not order_ids:
        return 0
    now = now or utcnow()
    rows = conn.execute(
        select(
            StockReservationRow.order_id,
            StockReservationRow.sku,
            StockReservationRow.location,
            StockReservationRow.qty,
        ).where(StockReservationRow.order_id.in_(order_ids))
    ).all()
    if not rows:
        return 0
    lock_bins(conn, {(r.sku, r.location) for r in rows})
    shipped = 0
    for order_id, sku, location, qty in rows:
        conn.execute(
            update(StockRow)
            .where(StockRow.sku == sku, StockRow.location == location)
            .values(on_hand=StockRow.on_hand - qty, reserved=StockRow.reserved - qty, updated_at=now)
        )
        after = conn.scalar(
            select(StockRow.on_hand).where(StockRow.sku == sku, StockRow.location == location)
        )
        write_audit(
            conn,
            StockLevel(sku, location, 0),
            "handover",
            -qty,
            int(after or 0),
            "",
            "handed over",
            order_id,
            now,
            station,
        )
        shipped += qty
    conn.execute(delete(StockReservationRow).where(StockReservationRow.order_id.in_(order_ids)))
    return shipped


def settle(conn: Connection, events: Iterable[tuple[str, str, str, datetime]]) -> None:
    """The outbox push's part: (type, order, station, time) of arriving events settle reservations.

    Shipped orders leave on-hand; a cancelled or put-back order gives back what the same station
    reserved before the event (a later reservation by another station is left alone).
    """
    shipped: list[str] = []
    for kind, order_id, station, at in events:
        if kind == "OrderShipped":
            shipped.append(order_id)
        elif kind in ("OrderCancelled", "OrderRequeued"):
            give_back(conn, order_id, None, station=station if kind == "OrderRequeued" else None, before=at)
    if shipped:
        ship(conn, sorted(set(shipped)), "")


def read_levels(
    conn: Connection, skus: Iterable[str] | None, *, lock: bool = False, ordered: bool = True
) -> list[StockLevel]:
    stmt = select(StockRow.sku, StockRow.location, StockRow.on_hand, StockRow.reserved)
    wanted = sorted(set(skus)) if skus is not None else None
    if wanted is not None and (lock or len(wanted) <= _IN_LIMIT):
        stmt = stmt.where(StockRow.sku.in_(wanted))
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.order_by(StockRow.sku, StockRow.location).with_for_update()
    out = [StockLevel(*r) for r in conn.execute(stmt)]
    if wanted is not None and not lock and len(wanted) > _IN_LIMIT:
        keep = set(wanted)
        out = [lv for lv in out if lv.sku in keep]
    if lock or not ordered:
        return out
    return sorted(out, key=lambda lv: (lv.sku, location_key(lv.location)))


def read_level(conn: Connection, sku: str, location: str, *, lock: bool = False) -> StockLevel:
    sku, location = sku.strip(), location.strip()
    if not sku or not location:
        raise StockError("Give a SKU and a location.")
    if len(sku) > MAX_SKU or len(location) > MAX_LOCATION:
        raise StockError(f"A SKU has at most {MAX_SKU} characters and a location at most {MAX_LOCATION}.")
    stmt = select(StockRow.on_hand, StockRow.reserved).where(
        StockRow.sku == sku, StockRow.location == location
    )
    if lock and conn.dialect.name == "postgresql":
        stmt = stmt.with_for_update()
    row = conn.execute(stmt).first()
    return StockLevel(sku, location, int(row[0]), int(row[1])) if row else StockLevel(sku, location, 0, 0)


def lock_bins(conn: Connection, keys: set[tuple[str, str]]) -> None:
    """PostgreSQL: lock these bin rows in one fixed order (no deadlock between stations)."""
    if conn.dialect.name != "postgresql" or not keys:
        return
    skus = sorted({k[0] for k in keys})
    conn.execute(
        select(StockRow.sku)
        .where(StockRow.sku.in_(skus))
        .order_by(StockRow.sku, StockRow.location)
        .with_for_update()
    )


def write_audit(
    conn: Connection,
    level: StockLevel,
    kind: str,
    delta: int,
    after: int,
    actor: str,
    reason: str,
    order_id: str,
    at: datetime,
    station: str = "",
) -> None:
    conn.execute(
        StockAdjustmentRow.__table__.insert().values(  # type: ignore[attr-defined]
            sku=level.sku,
            location=level.location,
            kind=kind,
            delta=delta,
            on_hand_after=after,
            actor=actor,
            station=station,
            order_id=order_id,
            reason=reason[:500],
            at=at,
        )
    )
