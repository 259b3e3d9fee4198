"""The carrier events table: every tracking event stored once, read back per order or per tracking number."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, select, update
from sqlalchemy.orm import Session

from packstation.store.bulk import (
    chunks,
    driver_cursor,
    fast_time,
    insert_ignoring_duplicates,
    raw_text,
    sqlite_time,
)
from packstation.store.tables import TrackingEventRow

_EVENTS = cast(Table, TrackingEventRow.__table__)



@dataclass(frozen=True)
class UnknownTracking:
    """A tracking number carriers report that no order carries (yet)."""

    tracking_number: str
    carrier: str
    events: int
    last_at: datetime


@dataclass(frozen=True, slots=True)
class StoredScan:
    """A carrier event as stored, with the order it belongs to ("" when unknown)."""

    tracking_number: str
    event: str
    occurred_at: datetime
    carrier: str
    location: str
    detail: str
    proof: str
    order_id: str


class TrackingLog:
    """The carrier events table: append-only, one row per (tracking number, event, time)."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add_new(self, rows: list[dict[str, Any]]) -> None:
        """Insert rows (each with `batch`), silently skipping ones already stored."""
        cursor = driver_cursor(self.session)
        if cursor is None:
            stmt = insert_ignoring_duplicates(self.session, _EVENTS)
            for part in chunks(rows, 5000):
                self.session.execute(stmt, list(part))
            return
        t = functools.lru_cache(maxsize=1 << 16)(sqlite_time)  # one import time, many shared scan times
        try:
            cursor.executemany(
                "INSERT OR IGNORE INTO tracking_events (tracking_number, event, occurred_at, carrier, location, "
                "detail, proof, order_id, batch, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (r["tracking_number"], r["event"], t(r["occurred_at"]), r["carrier"], r["location"],
                     r["detail"], r["proof"], r["order_id"], r["batch"], t(r["imported_at"]))
                    for r in rows
                ],
            )  # fmt: skip
        finally:
            cursor.close()

    def for_order(self, order_id: str) -> list[Any]:
        stmt = select(_EVENTS).where(_EVENTS.c.order_id == order_id).order_by(_EVENTS.c.occurred_at)
        return list(self.session.execute(stmt))

    def unknown(self, limit: int = 200) -> list[UnknownTracking]:
        stmt = (
            select(
                _EVENTS.c.tracking_number,
                func.max(_EVENTS.c.carrier),
                func.count(),
                func.max(_EVENTS.c.occurred_at),
            )
            .where(_EVENTS.c.order_id == "")
            .group_by(_EVENTS.c.tracking_number)
            .order_by(func.max(_EVENTS.c.occurred_at).desc())
            .limit(limit)
        )
        out = []
        for number, carrier, count, last in self.session.execute(stmt).all():
            out.append(UnknownTracking(number, carrier or "", int(count), last))
        return out

    def claim_unknown(self, matches: dict[str, str], batch: str) -> None:
        """Give earlier unmatched events of now-known tracking numbers their order, in this batch."""
        if not matches:
            return
        self.session.execute(
            update(_EVENTS)
            .where(_EVENTS.c.tracking_number == bindparam("tn"), _EVENTS.c.order_id == "")
            .values(order_id=bindparam("oid"), batch=batch),
            [{"tn": tn, "oid": oid} for tn, oid in matches.items()],
        )

    def _scans(self, where: Any) -> list[StoredScan]:
        c = _EVENTS.c
        stmt = (
            select(c.tracking_number, c.event, raw_text(c.occurred_at), c.carrier, c.location, c.detail, c.proof,
                   c.order_id)
            .where(where)
            .order_by(c.occurred_at, c.id)
        )  # fmt: skip
        return [
            StoredScan(tn, ev, fast_time(at), carrier, loc, detail, proof, oid)  # type: ignore[arg-type]
            for tn, ev, at, carrier, loc, detail, proof, oid in self.session.execute(stmt).all()
        ]

    def known_keys(self, numbers: Sequence[str]) -> set[tuple[str, str, datetime | None]]:
        """(tracking number, event, time) of every stored event of these tracking numbers."""
        c = _EVENTS.c
        out: set[tuple[str, str, datetime | None]] = set()
        for part in chunks(list(numbers)):
            stmt = select(c.tracking_number, c.event, raw_text(c.occurred_at)).where(c.tracking_number.in_(part))
            out.update((tn, ev, fast_time(at)) for tn, ev, at in self.session.execute(stmt).all())
        return out

    def unmatched_of(self, numbers: Sequence[str]) -> list[StoredScan]:
        """Earlier events of these tracking numbers that no order had when they came in."""
        c = _EVENTS.c
        out: list[StoredScan] = []
        for part in chunks(list(numbers)):
            out.extend(self._scans((c.order_id == "") & c.tracking_number.in_(part)))
        return out

    def unmatched_numbers(self) -> list[str]:
        stmt = select(_EVENTS.c.tracking_number).where(_EVENTS.c.order_id == "").distinct()
        return list(self.session.scalars(stmt))
