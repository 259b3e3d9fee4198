"""The station's session: who is logged in, which order is open, and which step the window shows.

Every packer action goes through here to the services with the logged-in `Actor`; the result is
one `changed` signal (the window re-renders the step) and, where there is something to say, one
`notice(text, level)` (the banner and the sound). The DB calls on the scan path are a few ms and
run on the GUI thread so the verdict shows in the frame the scan arrived; the Label and
Photograph steps (printer, camera) run through the `TaskRunner`.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Signal

from packstation.devices.scales import WeightReading
from packstation.domain.orders import Order, OrderStatus, Product
from packstation.domain.picking import ScanVerdict
from packstation.domain.users import Actor
from packstation.services.packing import OrderNotFound, PackingService, ScanOutcome, WeightOutcome
from packstation.ui.station.finishing import FinishingSteps
from packstation.ui.station.label_flow import LabelActions, LabelPreviewer, LabelView
from packstation.ui.station.pack_flow import PackActions
from packstation.ui.station.state import BY_STATUS, PackPlan, Step, expected_refusal

log = logging.getLogger(__name__)


class StationFlow(QObject, PackActions, LabelActions):
    """One packer session at one station; the pages call it, it calls the services."""

    changed = Signal()
    notice = Signal(str, str)  # text, level: ok | error | warn | info | done
    scan_judged = Signal(object)  # ScanOutcome, after it is committed
    labels_loaded = Signal()  # `label_view` was read again (print jobs, previews)

    def __init__(
        self,
        packing: PackingService,
        users: Any,
        finishing: FinishingSteps,
        runner: Any,
        parent: QObject | None = None,
        *,
        labels: Any = None,
        label_previewer: LabelPreviewer | None = None,
    ) -> None:
        super().__init__(parent)
        self.packing = packing
        self.users = users
        self.finishing = finishing
        self.runner = runner
        self.labels = (
            labels  # the `LabelService` (jobs, reprint, void, confirm, pump), None without a printer
        )
        self.label_previewer = label_previewer
        self.label_view = LabelView()
        self.actor: Actor | None = None
        self.order: Order | None = None
        self.picking_started = False
        self.settings_open = False
        self.pack = PackPlan()
        self.last_outcome: ScanOutcome | None = None
        self.last_weight: WeightOutcome | None = None
        self.stable: WeightReading | None = None
        self.busy = ""  # what a background step is doing ("Printing label ..."), empty when idle
        self.summary: dict[str, str] = {}
        self.first_admin = bool(users.needs_first_admin())

    # -- what to show ---------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        if self.first_admin:
            return Step.FIRST_ADMIN
        if self.actor is None:
            return Step.LOGIN
        if self.settings_open:
            return Step.SETTINGS
        if self.order is None:
            return Step.QUEUE
        if self.order.status is OrderStatus.CONFIRMED:
            return Step.PICK if self.picking_started else Step.CONFIRM
        return BY_STATUS.get(self.order.status, Step.QUEUE)

    def say(self, text: str, level: str = "info") -> None:
        self.notice.emit(text, level)

    def attempt(self, what: str, fn: Any, *args: Any) -> Any:
        """Call a service; a refusal becomes an error notice and the order stays where it was."""
        try:
            return fn(*args)
        except Exception as exc:  # noqa: BLE001 - bad input must never take the station down
            if not expected_refusal(exc):
                log.exception("%s failed", what)
            self.say(str(exc) or f"{what} failed ({type(exc).__name__}).", "error")
            self._refresh_after_refusal()
            return None

    def _refresh_after_refusal(self) -> None:
        """The order may have changed elsewhere (cancelled centrally, held by a supervisor): show it as it is."""
        if self.order is None:
            return
        try:
            fresh = self.packing.order(self.order.order_id)
        except Exception:  # noqa: BLE001 - the refusal message is already on screen
            return
        if fresh.status is not self.order.status:
            self.order = fresh
            self.changed.emit()

    # -- people --------------------------------------------------------------------------------
    def create_first_admin(self, user_id: str, name: str, pin: str, badge: str | None = None) -> bool:
        actor = self.attempt(
            "Creating the first admin", self.users.create_first_admin, user_id, name, pin, badge
        )
        if actor is None:
            return False
        self.first_admin = False
        self.say(f"Admin {actor.name or actor.user_id} created. Log in with the PIN.", "ok")
        self.changed.emit()
        return True

    def login_pin(self, user_id: str | None, pin: str) -> bool:
        return self._logged_in(self.attempt("Logging in", self.users.login_pin, user_id or None, pin))

    def login_badge(self, token: str) -> bool:
        return self._logged_in(self.attempt("Logging in", self.users.login_badge, token))

    def _logged_in(self, actor: Actor | None) -> bool:
        if actor is None:
            return False
        previous, self.actor = self.actor, actor
        if previous is not None and previous.user_id != actor.user_id:
            self.attempt("Switching packer", self.users.logout, previous, "switch")
        self.settings_open = False
        self.say(f"Hello {actor.name or actor.user_id} ({actor.role.value}).", "ok")
        if self.order is None:
            self.resume()
        self.changed.emit()
        return True

    def logout(self, reason: str = "logout") -> None:
        if self.actor is not None:
            self.attempt("Logging out", self.users.logout, self.actor, reason)
        self.actor, self.settings_open = None, False
        word = "Locked: the station was idle." if reason == "idle" else "Logged out."
        self.say(word + " Scan your badge or type your PIN.", "info")
        self.changed.emit()

    def supervisor(self, pin_or_badge: str) -> Actor | None:
        return self.attempt("Supervisor check", self.users.verify_supervisor, pin_or_badge)

    def open_settings(self, open_: bool = True) -> None:
        if open_ and self.actor is not None and self.actor.role.rank < 1:
            self.say("Settings need a supervisor; ask one to log in.", "error")
            return
        self.settings_open = open_
        self.changed.emit()

    # -- queue and confirm -----------------------------------------------------------------------
    def resume(self) -> Order | None:
        """Reopen the order this station was packing when it stopped, at its step, with its scans."""
        order = self.attempt("Resuming", self.packing.resume)
        if order is not None:
            self._open(order)
            self.picking_started = order.units_picked > 0
            self.say(f"Resumed order {order.order_id} at {self.step.value}.", "info")
        return order

    def take(self, reference: str, badge_switches: bool = False) -> bool:
        """Open the order a scan names; with `badge_switches`, a scan that is no order may be a badge."""
        if badge_switches:
            try:
                order = self.packing.take(self.actor, reference)
            except OrderNotFound as exc:
                try:
                    actor = self.users.login_badge(reference)
                except Exception:  # noqa: BLE001 - neither an order nor a badge: say it was no order
                    self.say(f"{exc} (and no badge)", "error")
                    return False
                return self._logged_in(actor)
            except Exception:  # noqa: BLE001 - refusals are reported by attempt() below
                order = None
            if order is not None:
                return self._taken(order)
        return self._taken(self.attempt("Taking the order", self.packing.take, self.actor, reference))

    def take_next(self) -> bool:
        return self._taken(self.attempt("Taking the next order", self.packing.take_next, self.actor))

    def _taken(self, order: Order | None) -> bool:
        if order is None:
            return False
        self._open(order)
        self.say(f"Order {order.order_id}: check it, then scan the first item.", "info")
        self.changed.emit()
        return True

    def _open(self, order: Order) -> None:
        overridden = self.pack.overridden if self.order and self.order.order_id == order.order_id else set()
        self.order, self.picking_started, self.last_outcome = order, False, None
        self.pack = PackPlan(tolerance=self.packing.rules.tolerance, overridden=overridden)
        self.summary = {}
        if self.label_view.order_id != order.order_id:
            self.label_view = LabelView(order.order_id)
        if order.status is not OrderStatus.CONFIRMED:
            self.pack.parcels = self.packing.parcels(order.order_id)
            self.pack.count = max(1, len(self.pack.parcels))
            if self.pack.parcels:
                self.pack.box_code = self.pack.parcels[-1].box_code

    def products(self) -> dict[str, Product]:
        """Catalog entries of the open order's lines (names, images, fragile) for display."""
        if self.order is None:
            return {}
        return self.packing.products(self.order.order_id)

    def back_to_queue(self) -> None:
        """Leave the open order: a confirmed one with nothing picked goes back into the queue."""
        order = self.order
        if order is not None and order.status is OrderStatus.CONFIRMED and not order.units_picked:
            if (
                self.attempt("Putting the order back", self.packing.requeue, self.actor, order.order_id)
                is None
            ):
                return
        elif order is not None and order.status.is_packing and order.status is not OrderStatus.PHOTOGRAPHED:
            self.say(f"Order {order.order_id} is {order.status.value}: finish it or put it on hold.", "error")
            return
        self.order, self.picking_started = None, False
        self.changed.emit()

    def start_picking(self) -> None:
        if self.order is not None and self.order.status is OrderStatus.CONFIRMED:
            self.picking_started = True
            self.changed.emit()

    # -- pick --------------------------------------------------------------------------------------
    def scan_item(self, code: str) -> ScanOutcome | None:
        order = self.order
        if order is None:
            return None
        self.picking_started = True
        outcome = self.attempt("Scanning", self.packing.scan, self.actor, order.order_id, code)
        if outcome is None:
            return None
        self.order, self.last_outcome = outcome.order, outcome
        if outcome.verdict is ScanVerdict.COMPLETE:
            self._open(outcome.order)
            self.say(f"{outcome.message} — all items verified. Pack it.", "done")
        else:
            self.say(outcome.message, "ok" if outcome.accepted else "error")
        self.scan_judged.emit(outcome)
        self.changed.emit()
        return outcome

    def undo_last_scan(self, reason: str) -> bool:
        if self.order is None:
            return False
        order = self.attempt(
            "Undoing the scan", self.packing.undo_last_scan, self.actor, self.order.order_id, reason
        )
        if order is None:
            return False
        self.order, self.last_outcome = order, None
        self.say(f"Last scan undone ({reason.strip()}). Put that item back.", "warn")
        self.changed.emit()
        return True

    def hold(self, reason: str, short: bool = False) -> bool:
        if self.order is None:
            return False
        call = self.packing.short_pick if short else self.packing.hold
        order = self.attempt("Putting the order on hold", call, self.actor, self.order.order_id, reason)
        if order is None:
            return False
        self.order = order
        self.say(f"On hold: {order.hold_reason}. A supervisor can release it.", "warn")
        self.changed.emit()
        return True

    def release(self, supervisor: Actor, note: str, accept_short: bool = False) -> bool:
        if self.order is None:
            return False
        order = self.attempt(
            "Releasing", self.packing.release, supervisor, self.order.order_id, note, accept_short
        )
        if order is None:
            return False
        self._open(order)
        self.picking_started = order.units_picked > 0
        how = "accepted short" if accept_short else "released"
        self.say(f"Order {order.order_id} {how} by {supervisor.name or supervisor.user_id}.", "ok")
        self.changed.emit()
        return True
