"""`StationSession`: one packer session at one station, Qt-free.

Who is logged in, which order is open, and every packer action (log in and out, take, scan, undo,
hold, release, choose a box, new parcel, weigh, print, reprint, void, photograph, finish) as a
method that returns a `StationView`: what the screen must show. The station window, `simulate`,
the benchmarks and the tests all drive this one object; the window runs each call on its one
station worker thread, so the GUI thread never waits on the database, the network or a device.

A refusal never raises out of an action: it becomes the view's error notice, and the order stays
where it was (re-read from the database, since a supervisor or the central store may have moved it).

The session's state and how an action runs are in `session_state`; the Pack, Label and Photograph
actions in `bench_steps`; here are people, the queue, scans, hold and release.
"""

from __future__ import annotations

import logging
from typing import Any

from packstation.domain import workflow
from packstation.domain.orders import STATUS_NAMES, Order, OrderStatus
from packstation.domain.picking import ScanVerdict
from packstation.domain.references import is_order_reference
from packstation.domain.stock import StockState
from packstation.domain.texts import translate
from packstation.domain.users import ROLE_NAMES, Actor, Role
from packstation.services.packing import OrderNotFound
from packstation.services.station.bench_steps import BenchSteps
from packstation.services.station.forecast import scan_notice
from packstation.services.station.session_state import expected_refusal
from packstation.services.station.view import STEP_NAMES, ScanView, StationView, Step
from packstation.services.stock import waiting_apart

log = logging.getLogger(__name__)


class StationSession(BenchSteps):
    """The packing flow of one station; every public action returns the new `StationView`."""

    # -- people ------------------------------------------------------------------------------------
    def create_first_admin(self, user_id: str, name: str, pin: str, badge: str | None = None) -> StationView:
        def create() -> str:
            actor = self.users.create_first_admin(user_id, name, pin, badge)
            self.first_admin = False
            return translate("Station", "Admin {name} created. Log in with the PIN.").format(
                name=actor.name or actor.user_id
            )

        return self._act(translate("Station", "Creating the first admin"), create)

    def login_pin(self, user_id: str | None, pin: str) -> StationView:
        return self._act(translate("Station", "Logging in"), lambda: self._logged_in(self.users.login_pin(user_id or None, pin)))

    def login_badge(self, token: str) -> StationView:
        return self._act(translate("Station", "Logging in"), lambda: self._logged_in(self.users.login_badge(token)))

    def _logged_in(self, actor: Actor) -> str:
        previous, self.actor = self.actor, actor
        if previous is not None and previous.user_id != actor.user_id:
            self.users.logout(previous, "switch")
        self.settings_open = False
        hello = translate("Station", "Hello {name} ({role}).").format(
            name=actor.name or actor.user_id, role=ROLE_NAMES.get(actor.role.value, actor.role.value)
        )
        if self.order is None:
            resumed = self.packing.resume()
            if resumed is not None:
                self._open(resumed)
                self.picking_started = resumed.units_picked > 0
                return translate("Station", "{hello} Resumed order {order} at {step}.").format(
                    hello=hello, order=resumed.order_id, step=STEP_NAMES.get(self.step, self.step.value)
                )
        return hello

    def logout(self, reason: str = "logout") -> StationView:
        def out() -> str:
            if self.actor is not None:
                self.users.logout(self.actor, reason)
            self.actor, self.settings_open = None, False
            if reason == "idle":
                return "info|" + translate("Station", "Locked: the station was idle. Scan your badge or type your PIN.")
            return "info|" + translate("Station", "Logged out. Scan your badge or type your PIN.")

        return self._act(translate("Station", "Logging out"), out)

    def open_settings(self, open_: bool = True) -> StationView:
        def toggle() -> str | None:
            actor = self._need_actor()
            if open_:
                actor.require(Role.SUPERVISOR, translate("Station", "Opening settings"))
            self.settings_open = open_
            return None

        return self._act(translate("Station", "Opening settings"), toggle)

    def save_settings(self, changes: dict[str, Any]) -> StationView:
        """Save and apply at once; the notice names what waits for a restart (devices)."""

        def save() -> str:
            actor = self._need_actor()
            if not changes:
                return "info|" + translate("Station", "Nothing changed.")
            config = self.settings.update(actor, changes)
            later = self.on_settings(config) if self.on_settings else []
            now = [k for k in changes if k not in later]
            if now and later:
                return translate("Station", "Saved; applied now: {now}; after a restart: {later}.").format(
                    now=", ".join(now), later=", ".join(later)
                )
            if later:
                return translate("Station", "Saved; after a restart: {later}.").format(later=", ".join(later))
            return translate("Station", "Saved; applied now: {now}.").format(now=", ".join(now))

        return self._act(translate("Station", "Saving settings"), save)

    # -- queue and confirm -------------------------------------------------------------------------
    def queue(self, limit: int = 100) -> list[Order]:
        """The orders ready to pack, most urgent first: a read (no write lock, no session lock), so the
        window may run it beside the station worker and a scan never waits behind it."""
        return self.packing.queue(limit)

    def queue_rows(self, limit: int = 100) -> list[tuple[Order, StockState]]:
        """The queue with each order's stock: those in stock first (most urgent first), then those
        waiting for stock, each with what is missing. A read, like `queue`."""
        orders = self.packing.queue(limit)
        try:
            states = self.packing.stock_states(orders)
        except Exception:  # noqa: BLE001 - the queue is shown without stock rather than not at all
            log.warning("stock states could not be read for the queue", exc_info=True)
            states = {}
        return waiting_apart(orders, states)

    def take(self, reference: str, badge_switches: bool = False) -> StationView:
        """Open the order a scan names; with `badge_switches`, a scan that is no order may be a badge."""

        def take() -> str:
            actor = self._need_actor()
            try:
                order = self.packing.take(actor, reference)
            except OrderNotFound as exc:
                if not badge_switches:
                    raise
                try:
                    return self._logged_in(self.users.login_badge(reference))
                except Exception as badge_exc:  # noqa: BLE001 - neither an order nor a badge
                    refusal = exc.args[0] if exc.args else str(exc)
                    raise OrderNotFound(
                        translate("Station", "{refusal} (and no badge)").format(refusal=refusal)
                    ) from badge_exc
            return self._taken(order)

        return self._act(translate("Station", "Taking the order"), take, "info")

    def take_next(self) -> StationView:
        def take() -> str:
            result = self.packing.next_order(self._need_actor())
            self.central = result.central
            if result.order is None:
                return "error|" + result.message
            taken = self._taken(result.order).partition("|")[2]
            if result.central:
                return "warn|" + translate("Station", "{central}. {taken}").format(
                    central=result.headline or result.central, taken=taken
                )
            return "info|" + taken

        return self._act(translate("Station", "Taking the next order"), take, "info")

    def _taken(self, order: Order) -> str:
        self.finishing.forget()
        self._open(order)
        self.finishing.opened(order, self.actor)
        return "info|" + translate("Station", "Order {order}: check it, then scan the first item.").format(
            order=order.order_id
        )

    def start_picking(self) -> StationView:
        def start() -> str | None:
            order = self._need_order()
            if order.status is OrderStatus.CONFIRMED:
                self.picking_started = True
            return None

        return self._act(translate("Station", "Starting to pick"), start)

    def back_to_queue(self) -> StationView:
        """Leave the open order: a confirmed one with nothing picked goes back into the queue."""

        def back() -> str | None:
            order = self.order
            if order is None:
                return None
            if order.status is OrderStatus.CONFIRMED and not order.units_picked:
                self.packing.requeue(self._need_actor(), order.order_id)
                self.finishing.left(order)
            elif order.status.is_packing and order.status is not OrderStatus.PHOTOGRAPHED:
                return "error|" + translate("Station", "Order {order} is {status}: finish it or put it on hold.").format(
                    order=order.order_id, status=STATUS_NAMES.get(order.status.value, order.status.value)
                )
            self._close()
            return None

        return self._act(translate("Station", "Putting the order back"), back)

    def finish_order(self) -> StationView:
        """The Done page: close the order and show the queue."""
        with self._lock:
            self._close()
            return self.view()

    def _close(self) -> None:
        self.order, self.picking_started, self.last_scan, self.summary = None, False, None, {}
        self.finishing.forget()
        self.desk.forget()

    # -- scans ---------------------------------------------------------------------------------------
    def scan(self, code: str) -> StationView:
        """A barcode for the current step (command barcodes and prompts are handled before)."""
        step = self.step
        if step is Step.LOGIN:
            return self.login_badge(code)
        if step in (Step.QUEUE, Step.DONE):
            if step is Step.DONE:
                self.finish_order()
            return self.take(code, badge_switches=True)
        if step is Step.CONFIRM and self.order is not None and is_order_reference(code, self.order.order_id):
            return self.start_picking()
        if step in (Step.CONFIRM, Step.PICK):
            return self.scan_item(code)
        if step is Step.PACK:
            return self.choose_box(code, scanned=True)
        if step is Step.LABEL:
            return self.say(translate("Station", "Wait for the label, then stick it on the parcel."), "warn")
        if step is Step.PHOTO:
            return self.photo_scan(code)
        return self.say(translate("Station", "Scan not used on this step: {code}").format(code=code), "error")

    def scan_item(self, code: str) -> StationView:
        def scan() -> str:
            actor, order = self._need_actor(), self._need_order()
            self.picking_started = True
            outcome = self.packing.scan(actor, order.order_id, code)
            line = next((x for x in outcome.order.lines if x.line_no == outcome.line_no), None)
            name = (line.product_name if line else "") or outcome.sku
            self._seq += 1
            self.last_scan = ScanView(
                outcome.verdict, outcome.message, outcome.sku, outcome.line_no, name, self._seq
            )
            self._open(outcome.order, keep_picking=True)
            self.finishing.scanned(outcome)
            if outcome.verdict is ScanVerdict.COMPLETE:
                self.picking_started = False
                self.desk.opened(outcome.order, False)
                self.desk.picked()
            tone, text = scan_notice(outcome.verdict, outcome.message)
            return tone + "|" + text

        return self._act(translate("Station", "Scanning"), scan)

    def undo_last_scan(self, reason: str) -> StationView:
        def undo() -> str:
            order = self.packing.undo_last_scan(self._need_actor(), self._need_order().order_id, reason)
            self._open(order, keep_picking=True)
            self.last_scan = None
            return "warn|" + translate("Station", "Last scan undone ({reason}). Put that item back.").format(
                reason=reason.strip()
            )

        return self._act(translate("Station", "Undoing the scan"), undo)

    # -- hold and release ------------------------------------------------------------------------------
    def hold(self, reason: str, short: bool = False) -> StationView:
        def hold() -> str:
            actor, order = self._need_actor(), self._need_order()
            call = self.packing.short_pick if short else self.packing.hold
            held = call(actor, order.order_id, reason)
            self._open(held, keep_picking=True)
            self.finishing.held(held)
            return "warn|" + translate("Station", "On hold: {reason}. A supervisor can release it.").format(
                reason=held.hold_reason
            )

        return self._act(translate("Station", "Putting the order on hold"), hold)

    def release(self, supervisor: Actor | str, note: str = "", accept: bool = False) -> StationView:
        """A supervisor releases the held order; with `accept`, also accepts what it was held for
        (a weight outside tolerance, or a short pick) with the note as the reason."""

        def release() -> str:
            order = self._need_order()
            who = self._supervisor(supervisor)
            kind = self._hold_kind()
            if accept and not note.strip():
                raise workflow.WorkflowError(translate("Station", "Type a note: why is this accepted?"))
            if accept and kind == "weight":
                parcel = self.desk.last_weighed(order.order_id)
                fresh = self.packing.override_weight(who, order.order_id, parcel, note)
                done = translate("Station", "Weight of parcel {parcel} accepted by {who}.").format(parcel=parcel)
            else:
                fresh = self.packing.release(who, order.order_id, note, accept and kind == "short")
                done = (
                    translate("Station", "Order {order} accepted short by {who}.")
                    if accept and kind == "short"
                    else translate("Station", "Order {order} released by {who}.")
                ).format(order=order.order_id)
            self._open(fresh)
            self.picking_started = fresh.status is OrderStatus.CONFIRMED and fresh.units_picked > 0
            self.finishing.released(fresh)
            return done.format(who=who.name or who.user_id)

        return self._act(translate("Station", "Releasing"), release)


__all__ = ["StationSession", "StationView", "Step", "expected_refusal"]
