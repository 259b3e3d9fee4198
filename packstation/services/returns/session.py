"""`ReturnsSession`: the returns mode of a station as a Qt-free object; every action returns a `ReturnsView`.

Scan the returned parcel (its return label, original label, RMA id or order id) and the original
order opens beside it; weigh it, take the label-side and contents photos, scan each unit back
(DAMAGED first for a damaged one, with its photo), and finish. The window only renders the view.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from packstation.domain import returns as rules
from packstation.domain.returns import CheckedUnit, ReturnParcel, ReturnRefused
from packstation.domain.texts import Text, translate
from packstation.domain.users import Actor, PermissionDenied
from packstation.evidence.blobs import EvidenceWriteError
from packstation.services.credentials import UserError
from packstation.services.returns.service import OutboundSummary, ReturnDetail, ReturnsService
from packstation.services.station.view import Notice


class Stage:
    SCAN_PARCEL = "scan parcel"
    UNBOXING = "unboxing"
    RECEIVED = "received"


@dataclass(frozen=True)
class ReturnLineView:
    line_no: int
    sku: str
    name: str
    shipped: int
    back: int

    @property
    def missing(self) -> int:
        return max(0, self.shipped - self.back)


@dataclass(frozen=True)
class ReturnsView:
    """What the returns page shows."""

    stage: str
    actor: Actor | None = None
    notice: Notice | None = None
    return_id: str = ""
    order_id: str = ""
    found_by: str = ""
    lines: tuple[ReturnLineView, ...] = ()
    units: tuple[CheckedUnit, ...] = ()
    photos_taken: tuple[str, ...] = ()
    photos_needed: tuple[str, ...] = ()
    arrival_g: float | None = None
    outbound_g: float | None = None
    weight_verdict: str = "unknown"
    weight_text: str = ""
    outbound: OutboundSummary | None = None
    damaged_next: bool = False
    outcome: str = ""
    decision_due: datetime | None = None
    next_action: str = ""
    waiting: tuple[ReturnParcel, ...] = field(default_factory=tuple)  # received, decision due first
    bins: tuple[tuple[str, tuple[str, ...]], ...] = ()  # (sku, its stock bins) for the restock decision

    @property
    def to_decide(self) -> tuple[CheckedUnit, ...]:
        """The units that came back and take a grade and a decision (not the missing, not the not-ours)."""
        skip = (rules.UnitOutcome.MISSING, rules.UnitOutcome.NOT_OURS)
        return tuple(u for u in self.units if u.outcome not in skip)

    def bins_of(self, sku: str) -> tuple[str, ...]:
        return next((b for s, b in self.bins if s == sku), ())


class ReturnsSession:
    """One station's returns mode: the actor, the return being unboxed and its devices."""

    def __init__(
        self,
        service: ReturnsService,
        actor: Actor | None = None,
        camera: Any = None,
        camera_name: str = "",
        scale: Callable[[], float | None] | None = None,
        supervisor: Callable[[str], Actor] | None = None,
    ) -> None:
        self.service = service
        self.actor = actor
        self.camera, self.camera_name = camera, camera_name
        self.scale = scale
        self.supervisor = supervisor  # a supervisor's PIN or badge -> the supervisor (raises if not one)
        self.damaged_next = False
        self._bins: tuple[tuple[str, tuple[str, ...]], ...] = ()
        self._detail: ReturnDetail | None = None
        self._outbound: OutboundSummary | None = None
        self._notice: Notice | None = None
        self._seq = 0
        self._waiting: tuple[ReturnParcel, ...] = ()

    # -- actions ------------------------------------------------------------------------------------
    def resume(self) -> ReturnsView:
        """After a restart: reopen the oldest return left open at this station."""
        self._refresh_waiting()
        left = self.service.resume()
        if left:
            self._set(left[0])
            self._outbound = self.service.outbound(left[0].parcel.order_id)
            self._say(
                translate("Returns", "Return of order {order} resumed where it was.").format(
                    order=left[0].parcel.order_id
                ),
                "info",
            )
        return self.view()

    def scan(self, raw: str) -> ReturnsView:
        """A scan opens the parcel's return, or, while unboxing, checks one unit against the order."""
        actor = self._actor()
        if actor is None:
            return self.view()
        if self._detail is None or self._detail.parcel.state != rules.ReturnState.OPEN:
            return self._act(lambda: self._open(actor, raw))
        return self._act(lambda: self._unit(actor, raw))

    def weigh(self, grams: float | None = None) -> ReturnsView:
        actor, detail = self._actor(), self._current()
        if actor is None or detail is None:
            return self.view()

        def weigh() -> None:
            value = grams if grams is not None else (self.scale() if self.scale else None)
            if value is None:
                raise ReturnRefused(
                    translate(
                        "Returns", "No stable weight from the scale: put the parcel on it and weigh again."
                    )
                )
            self._set(self.service.weigh(actor, detail.parcel.return_id, value))
            assert self._detail is not None
            weight = self._detail.weight
            self._say(weight.text(), "ok" if weight.verdict == "same" else "warn")

        return self._act(weigh)

    def photograph(self) -> ReturnsView:
        """Take the next photo the return needs (the damage photo when DAMAGED was pressed)."""
        actor, detail = self._actor(), self._current()
        if actor is None or detail is None:
            return self.view()

        def shoot() -> None:
            if self.camera is None:
                raise ReturnRefused(
                    translate("Returns", "No camera on this station: returns are photographed on camera.")
                )
            kind = (
                rules.PHOTO_DAMAGE
                if self.damaged_next
                else (detail.photos_missing or (rules.PHOTO_DAMAGE,))[0]
            )
            frame = self.camera.fresh_frame()
            image = getattr(frame, "image", frame)
            self.service.capture(actor, detail.parcel.return_id, kind, image, self.camera_name)
            self._set(self.service.detail(detail.parcel.return_id))
            self._say(translate("Returns", "Photo '{kind}' stored and hashed.").format(kind=kind), "ok")

        return self._act(shoot)

    def mark_damaged(self) -> ReturnsView:
        """The next unit scanned is damaged (photograph the damage, then scan it)."""
        if self._current() is not None:
            self.damaged_next = not self.damaged_next
            text = (
                translate("Returns", "Next unit DAMAGED: photograph the damage, then scan the unit.")
                if self.damaged_next
                else translate("Returns", "Damaged cancelled.")
            )
            self._say(text, "warn" if self.damaged_next else "info")
        return self.view()

    def finish(self, without_weight: str = "") -> ReturnsView:
        actor, detail = self._actor(), self._current()
        if actor is None or detail is None:
            return self.view()

        def finish() -> None:
            self._set(self.service.receive(actor, detail.parcel.return_id, without_weight))
            assert self._detail is not None
            p = self._detail.parcel
            due = p.decision_due.strftime("%d %b %H:%M UTC") if p.decision_due else "-"
            self._say(
                translate("Returns", "Return received: {outcome}. Decision due {due}.").format(
                    outcome=p.outcome, due=due
                ),
                "done",
            )
            self._refresh_waiting()

        return self._act(finish)

    def pick(self, return_id: str) -> ReturnsView:
        """Open a received return from the queue to grade its units and decide on them."""
        if self._actor() is None:
            return self.view()

        def pick() -> None:
            detail = self.service.detail(return_id)
            self._set(detail)
            self._outbound = self.service.outbound(detail.parcel.order_id)
            self._say(
                translate("Returns", "Return of order {order}: grade each unit, then decide.").format(
                    order=detail.parcel.order_id
                ),
                "info",
            )

        return self._act(pick)

    def grade(self, seq: int, grade: str) -> ReturnsView:
        """Grade one unit that came back: resellable, refurbish or write_off."""
        actor, detail = self._actor(), self._received()
        if actor is None or detail is None:
            return self.view()

        def grade_it() -> None:
            self._set(self.service.grade(actor, detail.parcel.return_id, seq, grade))
            self._say(
                translate("Returns", "Unit {seq} graded {grade}.").format(
                    seq=seq, grade=grade.replace("_", "-")
                ),
                "ok",
            )

        return self._act(grade_it)

    def decide(self, seq: int, decision: str, location: str, credential: str) -> ReturnsView:
        """A supervisor's decision on one unit (PIN or badge asked for it): restock, refurbish, dispose."""
        actor, detail = self._actor(), self._received()
        if actor is None or detail is None:
            return self.view()

        def decide_it() -> None:
            if self.supervisor is None:
                raise ReturnRefused(
                    translate("Returns", "No supervisor check on this station: decide from the command line.")
                )
            try:
                boss = self.supervisor(credential)
            except UserError as exc:
                raise ReturnRefused(_words(exc) or translate("Returns", "Not a supervisor.")) from None
            self._set(self.service.decide(boss, detail.parcel.return_id, seq, decision, location))
            where = (
                translate("Returns", " to {bin}").format(bin=" ".join(location.split()))
                if decision == rules.Decision.RESTOCK.value
                else ""
            )
            who = boss.name or boss.user_id
            self._say(
                translate("Returns", "Unit {seq}: {decision}{where}, decided by {who}.").format(
                    seq=seq, decision=decision, where=where, who=who
                ),
                "ok",
            )
            if self._detail is not None and self._detail.parcel.state == rules.ReturnState.DECIDED:
                self._say(
                    translate("Returns", "Every unit decided ({who}). Esc: back to returns.").format(who=who),
                    "done",
                )

        return self._act(decide_it)

    def leave(self) -> ReturnsView:
        """Back to "scan a parcel"; an unfinished return stays open and resumes when scanned again."""
        self._detail, self._outbound, self.damaged_next = None, None, False
        self._refresh_waiting()
        return self.view()

    def _refresh_waiting(self) -> None:
        """The returns queue: received and waiting for the seller's decision, most urgent first."""
        self._waiting = tuple(self.service.queue(rules.ReturnState.RECEIVED.value))

    # -- the view -----------------------------------------------------------------------------------
    def view(self) -> ReturnsView:
        d = self._detail
        if d is None:
            return ReturnsView(
                Stage.SCAN_PARCEL,
                self.actor,
                self._notice,
                next_action=translate(
                    "Returns", "Scan the returned parcel: its label, the return id or the order id."
                ),
                waiting=self._waiting,
            )
        p = d.parcel
        back = rules.returned_per_line(p.units)
        stage = Stage.UNBOXING if p.state == rules.ReturnState.OPEN else Stage.RECEIVED
        return ReturnsView(
            stage=stage,
            actor=self.actor,
            notice=self._notice,
            return_id=p.return_id,
            order_id=p.order_id,
            found_by=p.found_by,
            lines=tuple(
                ReturnLineView(ln.line_no, ln.sku, ln.name, ln.quantity, back.get(ln.line_no, 0))
                for ln in d.lines
            ),
            units=p.units,
            photos_taken=tuple(ph.kind for ph in d.photos),
            photos_needed=d.photos_missing,
            arrival_g=p.arrival_weight_g,
            outbound_g=p.outbound_weight_g,
            weight_verdict=d.weight.verdict,
            weight_text=d.weight.text(),
            outbound=self._outbound,
            damaged_next=self.damaged_next,
            outcome=p.outcome.value if p.outcome else "",
            decision_due=p.decision_due,
            next_action=self._next_action(d),
            waiting=self._waiting,
            bins=self._bins,
        )

    def _next_action(self, d: ReturnDetail) -> str:
        if d.parcel.state == rules.ReturnState.RECEIVED:
            return translate(
                "Returns",
                "Grade each unit, then a supervisor decides: restock (to a bin), refurbish or dispose.",
            )
        if d.parcel.state != rules.ReturnState.OPEN:
            return translate("Returns", "Scan the next returned parcel.")
        if d.parcel.arrival_weight_g is None:
            return translate("Returns", "Put the parcel on the scale and weigh it.")
        if d.photos_missing:
            return translate("Returns", "Photograph: {kind}.").format(kind=d.photos_missing[0])
        if self.damaged_next:
            return translate("Returns", "Photograph the damage, then scan the damaged unit.")
        if d.missing:
            return translate("Returns", "Scan each unit out of the parcel; finish when the parcel is empty.")
        return translate("Returns", "Every unit is back: finish the return.")

    # -- helpers ------------------------------------------------------------------------------------
    def _open(self, actor: Actor, raw: str) -> None:
        detail = self.service.open(actor, raw)
        self._set(detail)
        self._outbound = detail.outbound  # read in the transaction that opened the return
        self.damaged_next = False
        self._say(
            translate("Returns", "Return of order {order} open ({found}).").format(
                order=detail.parcel.order_id, found=detail.parcel.found_by
            ),
            "ok",
        )

    def _unit(self, actor: Actor, raw: str) -> None:
        result = self.service.scan_unit(
            actor, self._detail.parcel.return_id if self._detail else "", raw, self.damaged_next
        )
        self._set(result.detail)
        if result.verdict.accepted:
            self.damaged_next = False
            ok = result.verdict.outcome in (rules.UnitOutcome.RETURNED,)
            self._say(result.verdict.message, "ok" if ok else "warn")
        else:
            self._say(result.verdict.message, "error")

    def _act(self, action: Callable[[], None]) -> ReturnsView:
        try:
            action()
        except (ReturnRefused, PermissionDenied) as exc:
            self._say(_words(exc), "error")
        except EvidenceWriteError as exc:
            self._say(translate("Returns", "Photo not stored: {fault}").format(fault=exc), "error")
        return self.view()

    def _actor(self) -> Actor | None:
        if self.actor is None:
            self._say(translate("Returns", "Log in first (badge or PIN)."), "error")
        return self.actor

    def _current(self) -> ReturnDetail | None:
        if self._detail is None or self._detail.parcel.state != rules.ReturnState.OPEN:
            self._say(translate("Returns", "Scan a returned parcel first."), "error")
            return None
        return self._detail

    def _received(self) -> ReturnDetail | None:
        states = (rules.ReturnState.RECEIVED, rules.ReturnState.DECIDED)
        if self._detail is None or self._detail.parcel.state not in states:
            self._say(
                translate("Returns", "Finish unboxing the return first (or pick one from the queue)."),
                "error",
            )
            return None
        return self._detail

    def _set(self, detail: ReturnDetail) -> None:
        old = self._detail
        self._detail = detail
        if detail.parcel.state == rules.ReturnState.OPEN:
            self._bins = ()
        elif not self._bins or old is None or old.parcel.return_id != detail.parcel.return_id:
            # Read once per return when unboxing is over (a central read, on the worker, never per scan).
            skus = sorted({u.sku for u in detail.parcel.units if u.sku})
            self._bins = tuple((sku, self.service.stock_bins(sku)) for sku in skus)

    def _say(self, text: str, tone: str) -> None:
        self._seq += 1
        self._notice = Notice(text, tone, self._seq)


def _words(exc: Exception) -> str:
    """A refusal's words, still translatable when they were raised as a core text."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Text) else str(exc)
