"""Delivery repositories: delivery state per shipped order (with the order fields the rules need), proofs.

Bulk on purpose: an import brings 100,000 carrier events and the rules run over every shipped order,
so reads go in chunks of ids through Core selects and writes through executemany.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, literal_column, or_, select, update
from sqlalchemy.orm import Session

from packstation.domain.delivery import DeliveryTrack
from packstation.domain.orders import OrderStatus
from packstation.store.base import utcnow
from packstation.store.bulk import chunks, driver_cursor, fast_time, raw_text, sqlite_time
from packstation.store.tables import DeliveryProofRow, DeliveryRow, EventRow, OrderRow, ParcelRow

_ORDERS = cast(Table, OrderRow.__table__)
_DELIVERIES = cast(Table, DeliveryRow.__table__)


@dataclass(frozen=True)
class Horizon:
    """The earliest times at which each time rule can act, over every channel's rules, at `now`."""

    now: datetime
    lost_before: datetime  # created at or before: the not-delivered-in-time rule applies
    no_scan_before: datetime  # handed over at or before: the no-pickup-scan rule applies
    remind_before: datetime  # created at or before: the auto-cancel reminders have begun
    transit_before: datetime | None = None  # handed over at or before: a configured transit time ran out



class Deliveries:
    """Delivery state of shipped orders, read together with the order fields the rules need."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def orders_for_tracking(self, numbers: Iterable[str]) -> dict[str, str]:
        """Tracking number -> order id, from the order's own number or any of its parcels."""
        wanted = sorted(set(numbers))
        found: dict[str, str] = {}
        for part in chunks(wanted):
            stmt = select(_ORDERS.c.tracking_number, _ORDERS.c.order_id).where(
                _ORDERS.c.tracking_number.in_(part)
            )
            found.update((a, b) for a, b in self.session.execute(stmt).all())
        missing = [n for n in wanted if n not in found]
        parcels = ParcelRow.__table__
        for part in chunks(missing):
            stmt = select(parcels.c.tracking_number, parcels.c.order_id).where(
                parcels.c.tracking_number.in_(part)
            )
            found.update((a, b) for a, b in self.session.execute(stmt).all())
        return found

    def _select(self) -> Any:
        o, d = _ORDERS.c, _DELIVERIES.c
        return select(
            o.order_id,
            o.channel,
            o.status,
            o.carrier,
            o.country,
            raw_text(o.created_at),
            raw_text(o.updated_at),
            d.order_id.label("has_row"),
            d.rule,
            d.note,
            d.failed_attempts,
            *(raw_text(c) for c in (d.shipped_at, d.delivery_due, d.first_scan_at, d.last_scan_at)),
            *(raw_text(c) for c in (d.delivered_at, d.verdict_at)),
        ).select_from(_ORDERS.outerjoin(_DELIVERIES, d.order_id == o.order_id))

    def tracks(
        self,
        *,
        order_ids: Sequence[str] | None = None,
        statuses: Iterable[OrderStatus] | None = None,
        horizon: Horizon | None = None,
    ) -> tuple[dict[str, DeliveryTrack], set[str]]:
        """Tracks of the given orders (or of every order in `statuses`), and the ids without a row yet.

        With a `horizon`, only shipments some time rule could act on are read (a superset: the rules
        still decide); the others cannot change or warn at that time.
        """
        rows: list[Any] = []
        base = self._select()
        if statuses is not None:
            base = base.where(_ORDERS.c.status.in_([s.value for s in statuses]))
        if horizon is not None:
            base = base.where(self._due(horizon))
        if order_ids is None:
            cursor = driver_cursor(self.session)
            if cursor is not None:
                # Every open shipment (100,000s of rows): plain tuples from the driver, no Row objects.
                sql = str(
                    base.compile(
                        dialect=self.session.get_bind().dialect, compile_kwargs={"literal_binds": True}
                    )
                )
                try:
                    rows = cursor.execute(sql).fetchall()
                finally:
                    cursor.close()
            else:
                rows = list(self.session.execute(base).all())
        else:
            for part in chunks(list(order_ids)):
                rows.extend(self.session.execute(base.where(_ORDERS.c.order_id.in_(part))).all())
        tracks: dict[str, DeliveryTrack] = {}
        fresh: set[str] = set()
        # Many shipments share timestamps (a manifest, a carrier sweep): parse each text once.
        when = functools.lru_cache(maxsize=1 << 16)(fast_time)
        statuses_by_value = {s.value: s for s in OrderStatus}
        updated: dict[str, Any] = {}
        for (oid, channel, status, carrier, country, created, upd, has_row, rule, note, failed,
             shipped, due, first, last, delivered, verdict) in rows:  # fmt: skip
            if has_row is None:
                fresh.add(oid)
                updated[oid] = upd
            tracks[oid] = DeliveryTrack(
                oid, channel, statuses_by_value[status], carrier, country, when(created), when(shipped),
                when(due), rule or "", note or "", failed or 0, when(first), when(last), when(delivered),
                when(verdict),
            )  # fmt: skip
        if fresh:
            shipped = self.shipped_times(sorted(fresh))
            for oid in fresh:
                tracks[oid].shipped_at = shipped.get(oid) or fast_time(updated[oid])
        return tracks, fresh

    def _due(self, h: Horizon) -> Any:
        o, d = _ORDERS.c, _DELIVERIES.c
        sqlite_ = self.session.get_bind().dialect.name == "sqlite"

        def at(value: datetime) -> Any:
            # Literal on SQLite (the driver path runs the statement as text), typed bind elsewhere.
            if sqlite_:
                return literal_column(f"'{sqlite_time(value)}'")
            return bindparam(None, value, type_=o.created_at.type)

        status = o.status
        conditions = [
            d.order_id.is_(None),
            (status != "Lost") & (o.created_at <= at(h.lost_before)),
            status.notin_(["Delayed", "DeliveryFailed", "Lost"]) & (d.delivery_due < at(h.now)),
            status.in_(["Shipped", "Delayed"])
            & d.first_scan_at.is_(None)
            & (d.shipped_at <= at(h.no_scan_before)),
            d.last_scan_at.is_(None) & (o.created_at <= at(h.remind_before)),
        ]
        if h.transit_before is not None:
            conditions.append(
                status.notin_(["Delayed", "DeliveryFailed", "Lost"])
                & d.delivery_due.is_(None)
                & (func.coalesce(d.shipped_at, o.created_at) <= at(h.transit_before))
            )
        return or_(*conditions)

    def shipped_times(self, order_ids: Sequence[str]) -> dict[str, datetime]:
        """When each order was handed over: its last OrderShipped event."""
        ev = EventRow.__table__.c
        out: dict[str, datetime] = {}
        for part in chunks(list(order_ids)):
            stmt = (
                select(ev.order_id, ev.occurred_at)
                .where(ev.type == "OrderShipped", ev.order_id.in_(part))
                .order_by(ev.seq)
            )
            out.update((a, b) for a, b in self.session.execute(stmt).all())
        return out

    def save(self, tracks: Sequence[DeliveryTrack], fresh: set[str], changed: set[str]) -> None:
        """Write tracks: new delivery rows inserted, known ones updated; `changed` orders get their status."""
        now = utcnow()
        values = [
            {
                "oid": t.order_id,
                "carrier_status": t.status.value,
                "rule": t.rule,
                "note": t.note,
                "carrier": t.carrier,
                "failed_attempts": t.failed_attempts,
                "shipped_at": t.shipped_at,
                "delivery_due": t.delivery_due,
                "first_scan_at": t.first_scan_at,
                "last_scan_at": t.last_scan_at,
                "delivered_at": t.delivered_at,
                "verdict_at": t.verdict_at,
                "updated_at": now,
            }
            for t in tracks
        ]
        new = [
            {**{k: x for k, x in v.items() if k != "oid"}, "order_id": v["oid"]}
            for v in values
            if v["oid"] in fresh
        ]
        old = [v for v in values if v["oid"] not in fresh]
        moved = [v for v in values if v["oid"] in changed]
        cursor = driver_cursor(self.session)
        if cursor is not None:
            try:
                self._save_sqlite(cursor, values, fresh, moved)
            finally:
                cursor.close()
            return
        for part in chunks(new, 5000):
            self.session.execute(insert(_DELIVERIES), list(part))
        if old:
            cols: dict[str, Any] = {k: bindparam(k) for k in old[0] if k != "oid"}
            stmt = update(_DELIVERIES).where(_DELIVERIES.c.order_id == bindparam("oid")).values(cols)
            self.session.execute(stmt, old)
        if moved:
            stmt = (
                update(_ORDERS)
                .where(_ORDERS.c.order_id == bindparam("oid"))
                .values(status=bindparam("st"), updated_at=bindparam("now"))
            )
            self.session.execute(
                stmt, [{"oid": v["oid"], "st": v["carrier_status"], "now": now} for v in moved]
            )

    @staticmethod
    def _save_sqlite(
        cursor: Any, values: list[dict[str, Any]], fresh: set[str], moved: list[dict[str, Any]]
    ) -> None:
        t = functools.lru_cache(maxsize=1 << 16)(sqlite_time)
        rows = [
            (v["carrier_status"], v["rule"], v["note"], v["carrier"], v["failed_attempts"], t(v["shipped_at"]),
             t(v["delivery_due"]), t(v["first_scan_at"]), t(v["last_scan_at"]), t(v["delivered_at"]),
             t(v["verdict_at"]), t(v["updated_at"]), v["oid"])
            for v in values
        ]  # fmt: skip
        new = [r for r, v in zip(rows, values, strict=True) if v["oid"] in fresh]
        old = [r for r, v in zip(rows, values, strict=True) if v["oid"] not in fresh]
        names = ("carrier_status, rule, note, carrier, failed_attempts, shipped_at, delivery_due, first_scan_at, "
                 "last_scan_at, delivered_at, verdict_at, updated_at")  # fmt: skip
        if new:
            cursor.executemany(
                f"INSERT INTO deliveries ({names}, order_id) VALUES ({', '.join('?' * 13)})", new
            )
        if old:
            sets = ", ".join(f"{n.strip()} = ?" for n in names.split(","))
            cursor.executemany(f"UPDATE deliveries SET {sets} WHERE order_id = ?", old)
        if moved:
            cursor.executemany(
                "UPDATE orders SET status = ?, updated_at = ? WHERE order_id = ?",
                [(v["carrier_status"], t(v["updated_at"]), v["oid"]) for v in moved],
            )

    def save_verdicts(self, tracks: Sequence[DeliveryTrack]) -> None:
        """Write what the time rules change (status, rule, note, verdict time) and the orders' status."""
        if not tracks:
            return
        now = utcnow()
        d = _DELIVERIES.c
        self.session.execute(
            update(_DELIVERIES)
            .where(d.order_id == bindparam("oid"))
            .values(carrier_status=bindparam("st"), rule=bindparam("rl"), note=bindparam("nt"),
                    verdict_at=bindparam("va")),
            [{"oid": t.order_id, "st": t.status.value, "rl": t.rule, "nt": t.note, "va": t.verdict_at} for t in tracks],
        )  # fmt: skip
        self.session.execute(
            update(_ORDERS)
            .where(_ORDERS.c.order_id == bindparam("oid"))
            .values(status=bindparam("st"), updated_at=bindparam("now")),
            [{"oid": t.order_id, "st": t.status.value, "now": now} for t in tracks],
        )

    def status_of(self, order_ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
        """Order id -> (carrier status, rule, note) for the orders that have a delivery row."""
        d = _DELIVERIES.c
        out: dict[str, tuple[str, str, str]] = {}
        for part in chunks(list(order_ids)):
            stmt = select(d.order_id, d.carrier_status, d.rule, d.note).where(d.order_id.in_(part))
            out.update({oid: (st, rule, note) for oid, st, rule, note in self.session.execute(stmt)})
        return out

    def delivered_between(self, since: datetime, until: datetime) -> list[Any]:
        """Delivery rows with a verdict in the period, for the weekly carrier chart."""
        d = _DELIVERIES.c
        stmt = select(
            d.order_id, d.carrier, d.carrier_status, d.rule, d.delivered_at, d.delivery_due, d.verdict_at
        ).where(d.verdict_at >= since, d.verdict_at < until)
        return list(self.session.execute(stmt))


class Proofs:
    """Carrier proofs of delivery kept for an order."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def has(self, order_id: str, source: str) -> bool:
        t = DeliveryProofRow
        stmt = select(t.id).where(t.order_id == order_id, t.source == source)
        return self.session.scalar(stmt) is not None

    def add(self, row: DeliveryProofRow) -> None:
        self.session.add(row)

    def for_order(self, order_id: str) -> list[DeliveryProofRow]:
        t = DeliveryProofRow
        return list(self.session.scalars(select(t).where(t.order_id == order_id).order_by(t.id)))
