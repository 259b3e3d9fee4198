"""Packing use cases: take an order, verify each unit, hold and release, weigh and pack.

Each method is one transaction: load, apply the domain rule, write the state change and its event
together, commit. The UI, the CLI, `simulate` and the tests all call these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from packstation.domain import workflow
from packstation.domain.barcodes import BarcodeError, validate_gtin
from packstation.domain.events import ParcelWeighed, ScanRejected, ScanUndone, UnitScanned, WeightOverridden
from packstation.domain.orders import Order, OrderStatus, Parcel, Product
from packstation.domain.packing import (
    DEFAULT_BOXES,
    Box,
    PackItem,
    WeightCheck,
    WeightTolerance,
    check_box_fit,
    check_weight,
    expected_weight,
    suggest_box,
)
from packstation.domain.picking import ScanVerdict, judge_scan
from packstation.domain.references import strip_reference
from packstation.domain.users import Actor, Role
from packstation.services.ports import CentralStatusPort, ClaimPort, LocalClaims, NoCentralStatus
from packstation.store.base import utcnow
from packstation.store.records import parcel_from_row
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory


class OrderNotFound(workflow.WorkflowError):
    """No order matches what was scanned or typed."""


class ClaimRefused(workflow.WorkflowError):
    """Another station holds the order."""


@dataclass(frozen=True)
class ScanOutcome:
    verdict: ScanVerdict
    message: str
    order: Order
    sku: str = ""
    line_no: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted


@dataclass(frozen=True)
class WeightOutcome:
    check: WeightCheck
    parcel: Parcel
    order: Order


@dataclass(frozen=True)
class WeighedParcel:
    """A parcel with the supervisor's acceptance of its weight, if any (`"sue: reason"`)."""

    parcel: Parcel
    override: str = ""


@dataclass(frozen=True)
class TakeResult:
    """The next order taken, or why none was: `central` says when the central store is unreachable."""

    order: Order | None
    message: str = ""
    central: str = ""


@dataclass
class PackingRules:
    tolerance: WeightTolerance = WeightTolerance()
    fragile_padding_mm: float = 20.0
    boxes: tuple[Box, ...] = DEFAULT_BOXES


class PackingService:
    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        rules: PackingRules | None = None,
        claims: ClaimPort | None = None,
        central: CentralStatusPort | None = None,
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.uow = uow
        self.station = station
        self.rules = rules or PackingRules()
        self.claims = claims or LocalClaims()
        self.central = central or NoCentralStatus()
        self.clock = clock

    # -- reading -------------------------------------------------------------------------------
    def queue(self, limit: int = 200) -> list[Order]:
        with self.uow.read() as uow:
            return uow.orders.queue(limit)

    def resume(self) -> Order | None:
        """The order this station was packing when it stopped (crash or restart), if any."""
        with self.uow.read() as uow:
            started = uow.orders.in_progress(self.station)
            return started[0] if started else None

    def order(self, order_id: str) -> Order:
        with self.uow.read() as uow:
            return self._load(uow, order_id)

    def products(self, order_id: str) -> dict[str, Product]:
        """The catalog entries of the order's lines, by SKU (names, images, weights for the screen)."""
        with self.uow.read() as uow:
            order = self._load(uow, order_id)
            return uow.catalog.many([line.sku for line in order.lines])

    def parcels(self, order_id: str) -> list[Parcel]:
        with self.uow.read() as uow:
            return uow.parcels.for_order(order_id)

    def weighed_parcels(self, order_id: str) -> list[WeighedParcel]:
        """The order's parcels with any supervisor acceptance of their weight, as stored."""
        with self.uow.read() as uow:
            return [
                WeighedParcel(parcel_from_row(row), row.weight_override or "")
                for row in uow.parcels.rows(order_id)
            ]

    def weight_counts(self, weighed: WeighedParcel) -> bool:
        """A parcel's weight counts when within the current tolerance or accepted by a supervisor."""
        p = weighed.parcel
        if p.weight_g is None:
            return False
        if weighed.override:
            return True
        return check_weight(p.weight_g, p.expected_weight_g or 0.0, self.rules.tolerance).within

    @staticmethod
    def expected_grams(items: list[PackItem], box: Box, items_share: float = 1.0) -> float:
        """What a parcel should weigh: its share of the items plus the box's tare."""
        return expected_weight(items, None) * items_share + box.tare_g

    def suggest_box_for(self, items: list[PackItem]) -> Box | None:
        return suggest_box(items, self.rules.boxes, self.rules.fragile_padding_mm)

    def box_fit_warning(self, items: list[PackItem], box: Box) -> str:
        """Why an item does not fit the chosen box (a warning; a supervisor may accept), or ""."""
        padding = self.rules.fragile_padding_mm if any(i.fragile for i in items) else 0.0
        warning = check_box_fit(items, box, padding)
        return warning.message if warning else ""

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
        self._check_packable(order)
        claim = self.claims.claim(order_id, self.station)
        if not claim.granted:
            raise ClaimRefused(claim.message or f"Order {order_id} is being packed at station {claim.holder}.")
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status.is_packing and order.station == self.station:
                return order
            self._check_packable(order)
            event = workflow.confirm(order, self.station, actor.user_id, self.clock())
            uow.orders.save(order)
            uow.record(event)
            uow.commit()
            return order

    @staticmethod
    def _check_packable(order: Order) -> None:
        problems = workflow.packability_problems(order)
        if problems:
            raise workflow.OrderNotPackable(
                f"Order {order.order_id} cannot be packed: " + "; ".join(problems) + "."
            )

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
        refused = 0
        for order_id in candidates:
            if self.claims.offline():
                return self._take_ahead(actor, candidates)
            try:
                order = self.take(actor, order_id)
                return TakeResult(order, "", self._offline_words(candidates) if self.claims.offline() else "")
            except ClaimRefused:
                if self.claims.offline():
                    return self._take_ahead(actor, candidates)
                refused += 1
            except workflow.OrderNotPackable:
                continue
        if refused:
            return TakeResult(None, f"No order is free to pack: {refused} are being packed at other stations.")
        return TakeResult(None, "No order is ready to pack.")

    def _offline_words(self, candidates: list[str]) -> str:
        ahead = self.claims.claimed_ahead()
        usable = [oid for oid in candidates if oid in ahead]
        words = f"{len(usable)} order(s) claimed ahead can be packed" if usable else "no order was claimed ahead"
        return f"central store unreachable: {words}"

    def _take_ahead(self, actor: Actor, candidates: list[str]) -> TakeResult:
        ahead = self.claims.claimed_ahead()
        usable = [oid for oid in candidates if oid in ahead]
        central = self._offline_words(candidates)
        for order_id in usable:
            try:
                order = self.take(actor, order_id)
            except (ClaimRefused, workflow.OrderNotPackable):
                continue
            return TakeResult(order, "", central)
        return TakeResult(None, central + "; wait for the network or ask a supervisor.", central)

    def requeue(self, actor: Actor, order_id: str, reason: str = "put back") -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            event = workflow.requeue(order, self.station, actor.user_id, reason, self.clock())
            uow.orders.save(order)
            uow.record(event)
            uow.commit()
        self.claims.release(order_id, self.station)
        return order

    # -- pick ------------------------------------------------------------------------------------
    def scan(self, actor: Actor, order_id: str, raw: str) -> ScanOutcome:
        """Judge one scan against the order, store it with its verdict, and move on when complete."""
        now = self.clock()
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.CONFIRMED:
                raise workflow.WorkflowError(
                    f"Order {order_id} is {order.status.value}; scanning items is done."
                )
            code = raw.strip()
            sku, unreadable = None, ""
            if code:
                try:
                    sku = uow.catalog.sku_for_barcode(code)
                    if sku is None and code.isdigit() and len(code) in (8, 12, 13, 14):
                        validate_gtin(code)  # a retail code with a bad check digit was misread or damaged
                except BarcodeError as exc:
                    unreadable = str(exc)
            if sku is None and any(line.sku == code for line in order.lines):
                sku = code  # SKU label barcodes printed in-house carry the seller SKU itself
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
                        message=judgement.message,
                        sku=sku or "",
                    )
                )
            uow.commit()
            return ScanOutcome(judgement.verdict, judgement.message, order, judgement.sku, line_no)

    def undo_last_scan(self, actor: Actor, order_id: str, reason: str) -> Order:
        if not reason.strip():
            raise workflow.WorkflowError("Say why the scan is undone.")
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.CONFIRMED:
                raise workflow.WorkflowError(
                    f"Order {order_id} is {order.status.value}; its scans are closed."
                )
            last = uow.scans.last_accepted(order_id)
            if last is None:
                raise workflow.WorkflowError("There is no scan to undo.")
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
        return self._apply(
            order_id, lambda o: workflow.hold(o, reason, self.station, actor.user_id, self.clock())
        )

    def short_pick(self, actor: Actor, order_id: str, reason: str) -> Order:
        """Put the order on hold because items are missing; names what is short."""
        order = self.order(order_id)
        short = ", ".join(f"{line.sku} ×{line.remaining}" for line in order.lines if line.remaining)
        return self.hold(actor, order_id, f"Short pick: {short}. {reason}".strip())

    def release(self, supervisor: Actor, order_id: str, note: str = "", accept_short: bool = False) -> Order:
        supervisor.require(Role.SUPERVISOR, "Releasing an order on hold")
        return self._apply(
            order_id,
            lambda o: workflow.release(o, self.station, supervisor.user_id, note, accept_short, self.clock()),
        )

    def cancel(self, supervisor: Actor, order_id: str, reason: str) -> Order:
        supervisor.require(Role.SUPERVISOR, "Cancelling an order")
        return self._apply(
            order_id,
            lambda o: workflow.cancel(
                o, reason, "supervisor", self.station, supervisor.user_id, self.clock()
            ),
        )

    # -- pack -------------------------------------------------------------------------------------
    def pack_items(self, order_id: str) -> list[PackItem]:
        with self.uow.read() as uow:
            order = self._load(uow, order_id)
            products = uow.catalog.many([line.sku for line in order.lines])
        items = []
        for line in order.lines:
            p = products.get(line.sku)
            if p is None or not line.picked:
                continue
            items.append(
                PackItem(
                    p.length_mm,
                    p.width_mm,
                    p.height_mm,
                    p.weight_g,
                    min(line.picked, line.quantity),
                    p.fragile,
                    sku=line.sku,
                )
            )
        return items

    def suggest_box(self, order_id: str) -> Box | None:
        return suggest_box(self.pack_items(order_id), self.rules.boxes, self.rules.fragile_padding_mm)

    def box(self, code: str) -> Box:
        for box in self.rules.boxes:
            if box.code == code:
                return box
        raise workflow.WorkflowError(f"Unknown box {code}.")

    def weigh(
        self,
        actor: Actor,
        order_id: str,
        grams: float,
        box_code: str,
        parcel_no: int = 1,
        items_share: float = 1.0,
    ) -> WeightOutcome:
        """Record a parcel's stable weight against what its items and box should weigh."""
        box = self.box(box_code)
        items = self.pack_items(order_id)
        expected = self.expected_grams(items, box, items_share)
        check = check_weight(grams, expected, self.rules.tolerance)
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.PICKED:
                raise workflow.WorkflowError(
                    f"Order {order_id} is {order.status.value}; weigh it after picking."
                )
            parcel = Parcel(
                order_id, parcel_no, box.code, box.length_mm, box.width_mm, box.height_mm, grams, expected
            )
            uow.parcels.save(parcel)
            uow.record(
                ParcelWeighed(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=self.clock(),
                    parcel=parcel_no,
                    grams=grams,
                    expected_grams=expected,
                    within_tolerance=check.within,
                    box_code=box.code,
                )
            )
            if not check.within:
                uow.record(workflow.hold(order, check.message(), self.station, actor.user_id, self.clock()))
                uow.orders.save(order)
            uow.commit()
        return WeightOutcome(check, parcel, order)

    def override_weight(self, supervisor: Actor, order_id: str, parcel_no: int, reason: str) -> Order:
        """A supervisor accepts a weight outside tolerance (audited) and the order goes back to Pack."""
        supervisor.require(Role.SUPERVISOR, "Accepting a weight mismatch")
        if not reason.strip():
            raise workflow.WorkflowError("Say why the weight is accepted.")
        with self.uow() as uow:
            order = self._load(uow, order_id)
            parcel = next((p for p in uow.parcels.for_order(order_id) if p.number == parcel_no), None)
            if parcel is None or parcel.weight_g is None:
                raise workflow.WorkflowError(f"Parcel {parcel_no} of order {order_id} has not been weighed.")
            uow.parcels.save(parcel, weight_override=f"{supervisor.user_id}: {reason.strip()}")
            uow.record(
                WeightOverridden(
                    order_id=order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=self.clock(),
                    parcel=parcel_no,
                    grams=parcel.weight_g,
                    expected_grams=parcel.expected_weight_g or 0.0,
                    reason=reason.strip(),
                )
            )
            if order.status is OrderStatus.ON_HOLD:
                uow.record(
                    workflow.release(
                        order,
                        self.station,
                        supervisor.user_id,
                        f"weight accepted: {reason}",
                        False,
                        self.clock(),
                    )
                )
            uow.orders.save(order)
            uow.commit()
            return order

    def finish_packing(self, actor: Actor, order_id: str) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            rows = uow.parcels.rows(order_id)
            if not rows or any(r.weight_g is None for r in rows):
                raise workflow.WorkflowError("Weigh every parcel before packing is done.")
            for r in rows:
                check = check_weight(r.weight_g or 0.0, r.expected_weight_g or 0.0, self.rules.tolerance)
                if not check.within and not r.weight_override:
                    raise workflow.WorkflowError(
                        f"Parcel {r.number}: {check.message()} Reweigh it, or a supervisor must accept the weight."
                    )
            parcels = rows
            uow.record(workflow.complete_pack(order, len(parcels), self.station, actor.user_id, self.clock()))
            uow.orders.save(order)
            uow.commit()
            return order

    # -- helpers ----------------------------------------------------------------------------------
    def ensure_not_cancelled(self, order_id: str) -> None:
        """Stop the packer loudly if the order was cancelled, locally or centrally."""
        order = self.order(order_id)
        if order.status is OrderStatus.CANCELLED or self.central.is_cancelled(order_id):
            raise workflow.WorkflowError(
                f"STOP: order {order_id} was cancelled. Do not label or hand it over: unpack it and return the items to stock."
            )

    def _apply(self, order_id: str, change: Callable[[Order], object]) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            event = change(order)
            uow.orders.save(order)
            uow.record(event)  # type: ignore[arg-type]
            uow.commit()
            return order

    @staticmethod
    def _load(uow: UnitOfWork, order_id: str) -> Order:
        order = uow.orders.get(order_id)
        if order is None:
            raise OrderNotFound(f"No order {order_id}.")
        return order

    @staticmethod
    def _resolve(uow: UnitOfWork, reference: str) -> str:
        ref = strip_reference(reference)
        if uow.orders.row(ref) is not None:
            return ref
        by_tracking = uow.orders.by_tracking(ref)
        if by_tracking:
            return by_tracking
        raise OrderNotFound(f"No order or tracking number {ref}.")

