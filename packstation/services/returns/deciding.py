"""Grade and decision: each returned unit graded, then restocked, refurbished or disposed by a supervisor."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from packstation.domain import returns as rules
from packstation.domain.events import ReturnUnitDecided, ReturnUnitGraded
from packstation.domain.orders import Order
from packstation.domain.returns import ReturnRefused, ReturnState
from packstation.domain.stock import StockError
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.services.returns.reading import ReturnReading
from packstation.services.returns.views import ReturnDetail
from packstation.store.central.schema import CentralUnavailable
from packstation.store.return_tables import ReturnRow, ReturnUnitRow
from packstation.store.returns import Returns, unit_from_row
from packstation.store.uow import UnitOfWork
from packstation.sync.stock import StockBook


class ReturnDeciding(ReturnReading):
    """Grade a unit, decide on it (a restock puts it back on its bin first), and the bins it may go to."""

    clock: Callable[[], datetime]
    stock: StockBook | None

    def grade(self, actor: Actor, return_id: str, seq: int, grade: str) -> ReturnDetail:
        with self.uow() as uow:
            row, order, unit = self._unit(uow, return_id, seq, (ReturnState.OPEN, ReturnState.RECEIVED))
            value = rules.check_grade(unit_from_row(unit), grade)
            now = self.clock()
            unit.grade, unit.graded_by, unit.graded_at = value.value, actor.user_id, now
            uow.record(
                ReturnUnitGraded(
                    order_id=row.order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    seq=seq,
                    grade=value.value,
                )
            )
            return self._commit(uow, row, order)

    def decide(
        self, supervisor: Actor, return_id: str, seq: int, decision: str, location: str = ""
    ) -> ReturnDetail:
        """The seller's decision on one unit (restock to a location, refurbish, dispose), by a supervisor.

        A restock of a SKU the stock book tracks puts the unit back on that bin first (central, keyed by
        return and unit, so a retry after a crash restocks nothing twice), then records the decision.
        """
        supervisor.require(Role.SUPERVISOR, "Deciding on a returned unit")
        states = (ReturnState.RECEIVED, ReturnState.DECIDED)
        with self.uow.read() as uow:
            row, order, unit_row = self._unit(uow, return_id, seq, states)
            unit = unit_from_row(unit_row)
            value, where = rules.check_decision(unit, decision, location)
            order_id = row.order_id
        if unit.decision is rules.Decision.RESTOCK and (value, where) != (unit.decision, unit.location):
            raise ReturnRefused(
                translate(
                    "Returns",
                    "Unit {seq} is already restocked to {bin}: move it there with a stock adjustment.",
                ).format(seq=seq, bin=unit.location)
            )
        if value is rules.Decision.RESTOCK:
            self._restock(supervisor, return_id, order_id, unit.sku, where, seq)
        with self.uow() as uow:
            row, order, unit_row = self._unit(uow, return_id, seq, states)
            if (unit_row.decision, unit_row.location) == (value.value, where):
                return self._detail(uow, row, order)  # a retry of a decision already recorded
            now = self.clock()
            unit_row.decision, unit_row.location, unit_row.decided_by, unit_row.decided_at = (
                value.value,
                where,
                supervisor.user_id,
                now,
            )
            uow.session.flush()
            units = [unit_from_row(u) for u in Returns(uow.session).units(return_id)]
            if rules.all_decided(units):
                row.state = ReturnState.DECIDED.value
            uow.record(
                ReturnUnitDecided(
                    order_id=row.order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    seq=seq,
                    decision=value.value,
                    location=where,
                )
            )
            return self._commit(uow, row, order)

    def _restock(
        self, supervisor: Actor, return_id: str, order_id: str, sku: str, location: str, seq: int
    ) -> None:
        """Put one returned unit back on `location` in the stock book, once; untracked SKUs stay untracked."""
        if self.stock is None or not sku:
            return
        try:
            if not self.stock.levels([sku]):
                return  # the stock book does not track this SKU: restocking it would start tracking it at 1
            self.stock.restock_once(
                f"return {return_id}#{seq}",
                sku,
                location,
                1,
                supervisor.user_id,
                f"return {return_id[:8]} unit {seq} put back",
                order_id=order_id,
            )
        except CentralUnavailable:
            raise ReturnRefused(
                translate(
                    "Returns",
                    "The central store does not answer: the unit is not restocked. Decide again when it is back.",
                )
            ) from None
        except StockError as exc:
            raise ReturnRefused(str(exc)) from None

    def stock_bins(self, sku: str) -> tuple[str, ...]:
        """The bins the stock book holds `sku` in (where a resellable unit goes back), most on hand first."""
        if self.stock is None or not sku:
            return ()
        try:
            levels = self.stock.levels([sku])
        except CentralUnavailable:
            return ()
        return tuple(lv.location for lv in sorted(levels, key=lambda lv: (-lv.on_hand, lv.location)))

    def _unit(
        self, uow: UnitOfWork, return_id: str, seq: int, states: tuple[ReturnState, ...]
    ) -> tuple[ReturnRow, Order | None, ReturnUnitRow]:
        repo = Returns(uow.session)
        row = repo.get(return_id)
        if row is None:
            raise ReturnRefused(translate("Returns", "No return {id}.").format(id=return_id))
        if row.state not in {s.value for s in states}:
            raise ReturnRefused(
                translate("Returns", "Return {id} is {state}: not now.").format(
                    id=return_id[:8], state=row.state
                )
            )
        unit = repo.unit(return_id, seq)
        if unit is None:
            raise ReturnRefused(
                translate("Returns", "Return {id} has no unit {seq}.").format(id=return_id[:8], seq=seq)
            )
        return row, uow.orders.get(row.order_id), unit
