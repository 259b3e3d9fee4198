"""`ReturnsService`: receive a returned parcel against its original order, step by step, each step durable.

Every step (open, weigh, photo, unit scanned, receive, grade, decide) is one transaction with its
event, so a crash loses at most the step in flight and `resume()` reopens the return where it was.
Return photos are stamped and hashed into the station's proof-photo chain like the outbound ones
(kinds `return-label`, `return-contents`, `return-damage`).

The service finds and opens a return (`service`); unboxing it (`unboxing`: weight, photos, units
scanned back, received), grading and deciding on its units (`deciding`) and the read side with a
return's detail (`reading`) are its parts.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

from sqlalchemy import Table, bindparam, insert, select

from packstation.config import ReturnsConfig
from packstation.domain import returns as rules
from packstation.domain.events import (
    ReturnAnnounced,
    ReturnOpened,
    ReturnRefusedScan,
)
from packstation.domain.returns import (
    ReturnParcel,
    ReturnRefused,
    ReturnState,
)
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.evidence.blobs import BlobStore
from packstation.services.photographing import local_zone
from packstation.services.returns.deciding import ReturnDeciding
from packstation.services.returns.outbound import outbound_summary, outbound_weight, parcels_of
from packstation.services.returns.reading import ACTIVE, ReturnReading
from packstation.services.returns.unboxing import ReturnUnboxing
from packstation.services.returns.views import (
    OutboundSummary,
    ReturnDetail,
    ReturnPhoto,
    UnitResult,
    clean_code,
    expected_lines,
)
from packstation.store.return_tables import ReturnRow
from packstation.store.returns import Returns, return_from_row
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory
from packstation.sync.stock import StockBook

__all__ = [
    "OutboundSummary",
    "ReturnDetail",
    "ReturnPhoto",
    "ReturnsService",
    "UnitResult",
    "clean_code",
    "expected_lines",
]

_RETURNS = cast(Table, ReturnRow.__table__)
_INSERT_RETURN = insert(_RETURNS)
_RETURNS_OF_ORDER = (
    select(_RETURNS.c.id, _RETURNS.c.state)
    .where(_RETURNS.c.order_id == bindparam("oid"))
    .order_by(_RETURNS.c.created_at)
)


class ReturnsService(ReturnUnboxing, ReturnDeciding, ReturnReading):
    """Find, open and unbox a returned parcel: weight, photos, each unit scanned back, received, decided."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        config: ReturnsConfig | None = None,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        stock: StockBook | None = None,
    ) -> None:
        self.uow, self.station = uow, station
        self.stock = stock  # the central stock book: a restock decision puts the unit back on its shelf
        self.blobs = BlobStore(Path(blob_root))
        self.config = config or ReturnsConfig()
        self.tz = tz or local_zone()
        self.clock = clock

    # -- finding the original order -----------------------------------------------------------------
    # -- opening ------------------------------------------------------------------------------------
    def announce(
        self, actor: Actor, order_id: str, rma_id: str = "", return_tracking: str = ""
    ) -> ReturnParcel:
        """Record a return the channel announced (RMA), so its parcel is found by that id when it arrives."""
        rma, tracking = rma_id.strip()[:64], return_tracking.strip()[:64]
        if not rma and not tracking:
            raise ReturnRefused(
                translate("Returns", "An announced return needs its RMA id or its return tracking number.")
            )
        with self.uow() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise ReturnRefused(translate("Returns", "No order {order}.").format(order=order_id))
            rules.check_receivable(order_id, order.status)
            repo = Returns(uow.session)
            for code in (rma, tracking):
                if code and repo.any_with_code(code) is not None:
                    raise ReturnRefused(
                        translate("Returns", "A return with id {code} is already recorded.").format(code=code)
                    )
            now = self.clock()
            row = self._new_row(order_id, ReturnState.EXPECTED, now, rma_id=rma, return_tracking=tracking)
            uow.session.add(row)
            uow.record(
                ReturnAnnounced(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    rma_id=rma,
                    return_tracking=tracking,
                )
            )
            uow.commit()
            return return_from_row(row, [])

    def open(self, actor: Actor, raw: str) -> ReturnDetail:
        """Open the return of the parcel scanned (or resume the one already open for its order).

        Refused with a clear message (and an audit event) for an unknown parcel or an order that was
        never shipped. The detail carries the outbound record, read in the same transaction.
        """
        code = clean_code(raw)
        with self.uow() as uow:
            found = self._find(uow, code)
            order = uow.orders.get(found[0]) if found else None
            if found is None or order is None:
                self._refuse(uow, actor, "", code, "unknown parcel")
                raise ReturnRefused(
                    translate(
                        "Returns",
                        "Unknown parcel {code}: no order, tracking number or return id matches. "
                        "Put it aside for a supervisor.",
                    ).format(code=code)
                )
            order_id, found_by, announced_id = found
            try:
                rules.check_receivable(order_id, order.status)
            except ReturnRefused:
                self._refuse(uow, actor, order_id, code, f"never shipped ({order.status.value})")
                raise
            # One read for "already open", "announced" and "came back already"; the row itself only if used.
            earlier = uow.session.execute(_RETURNS_OF_ORDER, {"oid": order_id}).all()
            active = [r.id for r in earlier if r.state in ACTIVE]
            known = announced_id or (active[0] if active else "")
            row = uow.session.get(ReturnRow, known) if known else None
            parcels = parcels_of(uow.session, order_id)
            if row is not None and row.state == ReturnState.OPEN.value:
                detail = self._detail(uow, row, order)  # resumed: already open, nothing new to record
                return dataclasses.replace(detail, outbound=outbound_summary(uow.session, order, parcels))
            if row is None and earlier:
                last = earlier[-1]
                raise ReturnRefused(
                    translate(
                        "Returns",
                        "Order {order} came back already (return {id}, {state}). "
                        "A supervisor looks at a second return.",
                    ).format(order=order_id, id=last.id[:8], state=last.state)
                )
            now = self.clock()
            opened: dict[str, Any] = {
                "state": ReturnState.OPEN.value,
                "found_by": found_by,
                "code": code,
                "station": self.station,
                "opened_by": actor.user_id,
                "opened_at": now,
                "outbound_weight_g": outbound_weight(parcels),
                "decision_due": rules.decision_due(now, self.config.decision_hours),
            }
            src: Any
            if row is None:  # the usual case: a Core insert, no ORM flush on the hot path
                values = {**self._new_values(order_id, ReturnState.OPEN, now), **opened}
                uow.session.execute(_INSERT_RETURN, values)
                src = SimpleNamespace(**values)
            else:  # an announced return arriving
                for name, value in opened.items():
                    setattr(row, name, value)
                uow.session.flush()
                src = row
            uow.record(
                ReturnOpened(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=src.id,
                    found_by=found_by,
                    code=code,
                    decision_due=src.decision_due.isoformat(),
                    outbound_weight_g=src.outbound_weight_g,
                )
            )
            # Just opened: no unit is checked and no return photo taken yet (they come after opened_at).
            detail = ReturnDetail(
                parcel=return_from_row(src, []),
                lines=expected_lines(order),
                photos=(),
                weight=self._compare(src),
                outbound=outbound_summary(uow.session, order, parcels),
            )
            uow.commit()
            return detail

    def _refuse(self, uow: UnitOfWork, actor: Actor, order_id: str, code: str, reason: str) -> None:
        uow.record(
            ReturnRefusedScan(
                order_id=order_id,
                station=self.station,
                user=actor.user_id,
                occurred_at=self.clock(),
                code=code,
                reason=reason,
            )
        )
        uow.commit()

    def _new_row(self, order_id: str, state: ReturnState, now: datetime, **kw: str) -> ReturnRow:
        return ReturnRow(**self._new_values(order_id, state, now, **kw))

    def _new_values(self, order_id: str, state: ReturnState, now: datetime, **kw: str) -> dict[str, Any]:
        """Every column of a new return row (a Core insert, or the ORM row built from it)."""
        return {
            "id": str(uuid.uuid4()),
            "order_id": order_id,
            "state": state.value,
            "found_by": "",
            "code": "",
            "return_tracking": kw.get("return_tracking", ""),
            "rma_id": kw.get("rma_id", ""),
            "station": self.station,
            "opened_by": "",
            "opened_at": None,
            "arrival_weight_g": None,
            "outbound_weight_g": None,
            "weighed_by": "",
            "weighed_at": None,
            "outcome": "",
            "decision_due": None,
            "closed_by": "",
            "closed_at": None,
            "note": "",
            "created_at": now,
        }
