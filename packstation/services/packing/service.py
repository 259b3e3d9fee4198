"""The packing service: take and confirm an order, verify each unit scanned, hold, release and cancel."""

from __future__ import annotations

import logging
from typing import Any

from packstation.domain import workflow
from packstation.domain.events import ScanRejected, ScanUndone, UnitScanned
from packstation.domain.orders import STATUS_NAMES, Order, OrderStatus
from packstation.domain.picking import ScanVerdict, identify_scan, judge_scan
from packstation.domain.stock import bins_by_sku
from packstation.domain.texts import Text, translate
from packstation.domain.users import Actor, Role
from packstation.services.packing.outcomes import (
    ClaimRefused,
    OrderNotFound,
    ScanOutcome,
    TakeResult,
    WaitingForStock,
    stock_refusal,
)
from packstation.services.packing.weighing import Weighing

log = logging.getLogger(__name__)


class PackingService(Weighing):
    """Every packing use case, one transaction each (see the package docstring)."""

    # -- confirm ---------------------------------------------------------------------------------
    def take(self, actor: Actor, reference: str) -> Order:
        """Confirm the order named by a scanned order id, pick-list barcode or tracking number.

        Read and check first (no lock), then claim centrally (network, outside any station
        transaction), then confirm in one short writing unit of work that checks again.
        """
        with self.uow.read() as uow:
            order_id = self._resolve(uow, reference)
            order = self._load(uow, order_id)
        if order.status.is_packing and order.station == self.station:
            return order  # already ours: scanning it again just reopens it
        workflow.check_packable(order)
        claim = self.claims.claim(order_id, self.station)
        if not claim.granted:
            raise ClaimRefused(
                claim.message
                or translate("Packing", "Order {order} is being packed at station {station}.").format(
                    order=order_id, station=claim.holder
                )
            )
        reservation = self.stock.reserve(order, self.station)
        if not reservation.ok:
            self.claims.release(order_id, self.station)
            raise WaitingForStock(stock_refusal(order_id, reservation.state), reservation.state)
        self._bins[order_id] = bins_by_sku(reservation.picks)
        try:
            with self.uow() as uow:
                order = self._load(uow, order_id)
                if order.status.is_packing and order.station == self.station:
                    return order
                workflow.check_packable(order)
                event = workflow.confirm(order, self.station, actor.user_id, self.clock())
                uow.orders.save(order)
                uow.record(event)
                uow.commit()
                return order
        except workflow.WorkflowError:
            if reservation.picks:
                self.stock.give_back(order_id, self.station)
            raise

    def take_next(self, actor: Actor) -> Order:
        """The most urgent order this station can claim; `OrderNotFound` says why there is none."""
        result = self.next_order(actor)
        if result.order is None:
            raise OrderNotFound(result.message)
        return result.order

    def next_order(self, actor: Actor) -> TakeResult:
        """The most urgent order this station can claim; stops at the first unreachable central store
        and then offers only what this station claimed ahead, saying so."""
        with self.uow.read() as uow:
            candidates = uow.orders.queue_ids(limit=50)
            # Offline the stock numbers cannot be read: orders claimed ahead had their units reserved.
            queued = [] if self.claims.offline() else uow.orders.queue(limit=50)
        # Confirm tells the truth first: an order whose units are not available is not offered.
        waiting = {oid: st for oid, st in self.stock.states(queued).items() if not st.ok} if queued else {}
        candidates = [oid for oid in candidates if oid not in waiting]
        refused = 0
        for order_id in candidates:
            if self.claims.offline():
                return self._take_ahead(actor, candidates)
            try:
                order = self.take(actor, order_id)
                if self.claims.offline():
                    return TakeResult(order, "", *self._offline_words(candidates))
                return TakeResult(order)
            except ClaimRefused:
                if self.claims.offline():
                    return self._take_ahead(actor, candidates)
                refused += 1
            except workflow.OrderNotPackable:
                continue
        if refused:
            return TakeResult(
                None,
                translate("Packing", "No order is free to pack: {count} are being packed at other stations.").format(
                    count=refused
                ),
            )
        if waiting:
            first = next(iter(waiting.items()))
            return TakeResult(
                None,
                translate("Packing", "No order is ready to pack: {count} wait for stock ({order}: {stock}).").format(
                    count=len(waiting), order=first[0], stock=first[1].words()
                ),
            )
        return TakeResult(None, translate("Packing", "No order is ready to pack."))

    def _offline_words(self, candidates: list[str]) -> tuple[str, str]:
        """What the station can do offline: as words to join on, and as the start of a sentence."""
        ahead = self.claims.claimed_ahead()
        usable = [oid for oid in candidates if oid in ahead]
        words = (
            translate("Packing", "{count} order(s) claimed ahead can be packed").format(count=len(usable))
            if usable
            else translate("Packing", "no order was claimed ahead")
        )
        return (
            translate("Packing", "central store unreachable: {ahead}").format(ahead=words),
            translate("Packing", "Central store unreachable: {ahead}").format(ahead=words),
        )

    def _take_ahead(self, actor: Actor, candidates: list[str]) -> TakeResult:
        ahead = self.claims.claimed_ahead()
        usable = [oid for oid in candidates if oid in ahead]
        central, headline = self._offline_words(candidates)
        for order_id in usable:
            try:
                order = self.take(actor, order_id)
            except (ClaimRefused, workflow.OrderNotPackable):
                continue
            return TakeResult(order, "", central, headline)
        refusal = translate("Packing", "{central}; wait for the network or ask a supervisor.").format(central=central)
        return TakeResult(None, refusal, central, headline)

    def requeue(self, actor: Actor, order_id: str, reason: str = "put back") -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            event = workflow.requeue(order, self.station, actor.user_id, reason, self.clock())
            uow.orders.save(order)
            uow.record(event)
            uow.commit()
        self.claims.release(order_id, self.station)
        self.stock.give_back(order_id, self.station)
        return order

    # -- pick ------------------------------------------------------------------------------------
    def scan(self, actor: Actor, order_id: str, raw: str) -> ScanOutcome:
        """Judge one scan against the order, store it with its verdict, and move on when complete."""
        now = self.clock()
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.CONFIRMED:
                raise workflow.WorkflowError(
                    translate("Packing", "Order {order} is {status}; scanning items is done.").format(
                        order=order_id, status=STATUS_NAMES.get(order.status.value, order.status.value)
                    )
                )
            code = raw.strip()
            sku, unreadable = identify_scan(order, code, uow.catalog.sku_for_key)
            if unreadable:
                log.info("unreadable scan %r on %s: %s", code, order_id, unreadable)
            other = None
            if sku is None and code:
                other = (
                    code
                    if code != order_id and uow.orders.row(code) is not None
                    else uow.orders.by_tracking(code)
                )
                if other == order_id:
                    other = None
            product = (
                uow.catalog.get(sku) if sku and not any(line.sku == sku for line in order.lines) else None
            )
            judgement = judge_scan(order, code, sku, product.name if product else "", other, unreadable)
            ctx: dict[str, Any] = {
                "order_id": order_id,
                "station": self.station,
                "user": actor.user_id,
                "occurred_at": now,
            }
            line_no = judgement.line.line_no if judgement.line else None
            uow.scans.add(
                order_id,
                code[:200],
                judgement.verdict.value,
                sku=sku or "",
                line_no=line_no,
                station=self.station,
                user=actor.user_id,
                at=now,
            )
            if judgement.verdict.accepted and judgement.line is not None:
                uow.record(
                    UnitScanned(
                        **ctx,
                        barcode=code,
                        sku=judgement.sku,
                        line_no=judgement.line.line_no,
                        picked=judgement.line.picked,
                        quantity=judgement.line.quantity,
                    )
                )
                if judgement.verdict is ScanVerdict.COMPLETE:
                    uow.record(workflow.complete_pick(order, self.station, actor.user_id, now))
                uow.orders.save(order)
            else:
                uow.record(
                    ScanRejected(
                        **ctx,
                        barcode=code[:200],
                        verdict=judgement.verdict.value,
                        # the record keeps why a barcode was unreadable; the screen says what to do
                        message=judgement.message + (f" ({unreadable})" if unreadable else ""),
                        sku=sku or "",
                    )
                )
            uow.commit()
            return ScanOutcome(judgement.verdict, judgement.message, order, judgement.sku, line_no)

    def undo_last_scan(self, actor: Actor, order_id: str, reason: str) -> Order:
        if not reason.strip():
            raise workflow.WorkflowError(translate("Packing", "Say why the scan is undone."))
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.CONFIRMED:
                raise workflow.WorkflowError(
                    translate("Packing", "Order {order} is {status}; its scans are closed.").format(
                        order=order_id, status=STATUS_NAMES.get(order.status.value, order.status.value)
                    )
                )
            last = uow.scans.last_accepted(order_id)
            if last is None:
                raise workflow.WorkflowError(translate("Packing", "There is no scan to undo."))
            line = next(line for line in order.lines if line.line_no == last.line_no)
            line.picked -= 1
            last.undone, last.undo_reason = True, reason.strip()
            uow.orders.save(order)
            uow.record(
                ScanUndone(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=self.clock(),
                    scan_id=last.id,
                    sku=last.sku,
                    reason=reason.strip(),
                )
            )
            uow.commit()
            return order

    # -- hold / release / cancel ------------------------------------------------------------------
    def hold(self, actor: Actor, order_id: str, reason: str) -> Order:
        # A reason picked from the prompt's list reads in each person's language; typed notes as written.
        reason = reason if isinstance(reason, Text) else Text("Reason", reason.strip())
        return self._apply(
            order_id, lambda o: workflow.hold(o, reason, self.station, actor.user_id, self.clock())
        )

    def short_pick(self, actor: Actor, order_id: str, reason: str) -> Order:
        """Put the order on hold because items are missing; names what is short."""
        order = self.order(order_id)
        short = ", ".join(
            f"{line.product_name or line.sku} ×{line.remaining}" for line in order.lines if line.remaining
        )
        reason = reason.strip()
        words = (
            translate("Packing", "Short pick: {short}. {reason}").format(short=short, reason=Text("Reason", reason))
            if reason
            else translate("Packing", "Short pick: {short}.").format(short=short)
        )
        held = self.hold(actor, order_id, words)
        missing: dict[str, int] = {}
        for line in order.lines:
            if line.remaining:
                missing[line.sku] = missing.get(line.sku, 0) + line.remaining
        if missing:  # the units not found go back; the picked ones stay reserved with the order
            self.stock.give_back(order_id, self.station, missing)
        return held

    def release(self, supervisor: Actor, order_id: str, note: str = "", accept_short: bool = False) -> Order:
        supervisor.require(Role.SUPERVISOR, translate("Packing", "Releasing an order on hold"))
        return self._apply(
            order_id,
            lambda o: workflow.release(o, self.station, supervisor.user_id, note, accept_short, self.clock()),
        )

    def cancel(self, supervisor: Actor, order_id: str, reason: str) -> Order:
        supervisor.require(Role.SUPERVISOR, translate("Packing", "Cancelling an order"))
        cancelled = self._apply(
            order_id,
            lambda o: workflow.cancel(
                o, reason, "supervisor", self.station, supervisor.user_id, self.clock()
            ),
        )
        self.stock.give_back(order_id, self.station)
        return cancelled
