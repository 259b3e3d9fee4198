"""`StockPort` on the central store for `PackingService`: every call through the station's gate."""

from __future__ import annotations

import contextlib
from collections.abc import Mapping

from sqlalchemy import Engine

from packstation.domain.orders import Order
from packstation.domain.stock import OK, Reservation, StockState, order_needs
from packstation.store.central.schema import CentralUnavailable
from packstation.sync import state
from packstation.sync.gate import CentralGate
from packstation.sync.stock import UNREACHABLE, StockBook


class CentralStock:
    """`StockPort` for `PackingService`: reserves centrally; offline, orders claimed ahead had their
    units reserved ahead, so they pass. Every call goes through the station's `CentralGate`."""

    def __init__(self, book: StockBook, station_engine: Engine, gate: CentralGate | None = None) -> None:
        self.book = book
        self.station_engine = station_engine
        self.gate = gate or CentralGate()

    def reserve(self, order: Order, station: str) -> Reservation:
        needs = order_needs(order)
        try:
            return self.gate.call(lambda: self.book.reserve(order.order_id, station, needs))
        except CentralUnavailable:
            # Offline only orders claimed ahead are packed, and their units were reserved with the claim.
            if order.order_id in self.claimed_ahead():
                return Reservation(OK)
            return Reservation(StockState((), UNREACHABLE), (), False)

    def give_back(self, order_id: str, station: str, units: Mapping[str, int] | None = None) -> None:
        with contextlib.suppress(CentralUnavailable):  # a put-back or cancel settles when its event is pushed
            self.gate.call(lambda: self.book.give_back(order_id, units))

    def ship(self, order_ids: list[str], station: str) -> None:
        with contextlib.suppress(CentralUnavailable):  # settled when the OrderShipped events are pushed
            self.gate.call(lambda: self.book.ship(order_ids, station))

    def states(self, orders: list[Order]) -> dict[str, StockState]:
        try:
            return self.gate.call(lambda: self.book.states([(o.order_id, order_needs(o)) for o in orders]))
        except CentralUnavailable:
            return {}

    def bins(self, order: Order) -> dict[str, str]:
        try:
            return self.gate.call(lambda: self.book.bins(order.order_id, [line.sku for line in order.lines]))
        except CentralUnavailable:
            return {}

    def claimed_ahead(self) -> set[str]:
        return state.claimed_ahead_now(self.station_engine)
