"""Disputes: a supervisor flags an order with a note (a buyer's claim, a carrier's denial) or clears it.

A flag is an event like any other (`DisputeFlagged` / `FlagCleared`), written with the order's
`flagged` note in one transaction, so it syncs and shows on the timeline.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from packstation.domain.events import DisputeFlagged, FlagCleared
from packstation.domain.orders import Order
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.store.base import utcnow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory

MAX_NOTE = 2000


class DisputeError(Exception):
    """A flag that cannot be set or cleared; the message says why."""


class DisputeService:
    def __init__(self, uow: UnitOfWorkFactory, station: str, clock: Callable[[], datetime] = utcnow) -> None:
        self.uow = uow
        self.station = station
        self.clock = clock

    def flag(self, supervisor: Actor, order_id: str, note: str) -> Order:
        """Mark the order as disputed; flagging it again replaces the note (both stay on the timeline)."""
        supervisor.require(Role.SUPERVISOR, "Flagging a dispute")
        text = _note(note, required=True)
        return self._change(supervisor, order_id, text, DisputeFlagged)

    def clear(self, supervisor: Actor, order_id: str, note: str = "") -> Order:
        """Clear the dispute flag (the flag and its clearing both stay on the timeline)."""
        supervisor.require(Role.SUPERVISOR, "Clearing a dispute flag")
        text = _note(note, required=False)
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if not order.flagged:
                raise DisputeError(
                    translate("Review", "Order {order} is not flagged.").format(order=order_id)
                )
        return self._change(supervisor, order_id, text, FlagCleared)

    def _change(self, supervisor: Actor, order_id: str, note: str, kind: type) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            order.flagged = note if kind is DisputeFlagged else ""
            uow.orders.save(order)
            uow.record(
                kind(
                    order_id=order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=self.clock(),
                    note=note,
                )
            )
            uow.commit()
            return order

    @staticmethod
    def _load(uow: UnitOfWork, order_id: str) -> Order:
        order = uow.orders.get(order_id)
        if order is None:
            raise DisputeError(translate("Review", "No order {order}.").format(order=order_id))
        return order


def _note(note: str, *, required: bool) -> str:
    text = " ".join((note or "").split())
    if required and not text:
        raise DisputeError(translate("Review", "Write a note saying what the dispute is about."))
    if len(text) > MAX_NOTE:
        raise DisputeError(
            translate("Review", "The note is too long ({length} characters; at most {most}).").format(
                length=len(text), most=MAX_NOTE
            )
        )
    return text
