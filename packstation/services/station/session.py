"""`StationSession`: one packer session at one station, Qt-free.

Who is logged in, which order is open, and every packer action (log in and out, take, scan, undo,
hold, release, choose a box, new parcel, weigh, print, reprint, void, photograph, finish) as a
method that returns a `StationView`: what the screen must show. The station window, `simulate`,
the benchmarks and the tests all drive this one object; the window runs each call on its one
station worker thread, so the GUI thread never waits on the database, the network or a device.

A refusal never raises out of an action: it becomes the view's error notice, and the order stays
where it was (re-read from the database, since a supervisor or the central store may have moved it).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from packstation.devices.scales import WeightReading
from packstation.domain import workflow
from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus, Product
from packstation.domain.picking import ScanVerdict
from packstation.domain.references import is_order_reference
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.packing import OrderNotFound, PackingService
from packstation.services.station.finishing import Finishing
from packstation.services.station.packdesk import PackDesk
from packstation.services.station.view import (
    LineView,
    Notice,
    ScanView,
    StationView,
    Step,
)

log = logging.getLogger(__name__)

BY_STATUS = {
    OrderStatus.PICKED: Step.PACK,
    OrderStatus.PACKED: Step.LABEL,
    OrderStatus.LABELLED: Step.PHOTO,
    OrderStatus.PHOTOGRAPHED: Step.DONE,
    OrderStatus.STAGED: Step.DONE,
    OrderStatus.SHIPPED: Step.DONE,
    OrderStatus.ON_HOLD: Step.HELD,
    OrderStatus.CANCELLED: Step.HELD,
}


def expected_refusal(exc: BaseException) -> bool:
    """Refusals the services raise on purpose (their message is for the packer), not bugs."""
    names = {cls.__name__ for cls in type(exc).__mro__}
    return isinstance(exc, workflow.WorkflowError | PermissionDenied) or bool(
        names & {"UserError", "ScaleError", "SettingsError", "LabelNotPrinted", "PlatformLabelError"}
    )


class StationSession:
    """The packing flow of one station; every public action returns the new `StationView`."""

    def __init__(
        self,
        packing: PackingService,
        users: Any,
        *,
        station: str,
        finishing: Finishing | None = None,
        settings: Any = None,
        on_settings: Callable[[Any], list[str]] | None = None,
        gate: Any = None,
    ) -> None:
        self.packing, self.users, self.station = packing, users, station
        self.finishing = finishing or Finishing(packing)
        self.desk = PackDesk(packing, gate)
        self.settings = settings
        self.on_settings = on_settings  # applies saved settings; returns those that need a restart
        self.actor: Actor | None = None
        self.order: Order | None = None
        self.picking_started = False
        self.settings_open = False
        self.products: dict[str, Product] = {}
        self.last_scan: ScanView | None = None
        self.summary: dict[str, str] = {}
        self.central = ""
        self._notice: Notice | None = None
        self._seq = 0
        self._lock = threading.RLock()  # one action at a time, whichever thread calls
        self.first_admin = bool(users.needs_first_admin())

    # -- the view --------------------------------------------------------------------------------
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

    def view(self) -> StationView:
        step, order = self.step, self.order
        return StationView(
            step=step,
            station=self.station,
            actor=self.actor,
            order=order,
            lines=self._lines(),
            products=self.products,
            pack=self.desk.view(self.order) if step is Step.PACK or order is not None else self.desk.empty,
            labels=self.finishing.label_view,
            photos=self.finishing.photo_view(order)
            if step is Step.PHOTO and order
            else self.finishing.no_photos,
            last_scan=self.last_scan,
            notice=self._notice,
            next_action=self._next_action(step),
            summary=dict(self.summary),
            hold_kind=self._hold_kind(),
            central=self.central,
        )

    def say(self, text: str, tone: str = "info") -> StationView:
        self._seq += 1
        self._notice = Notice(text, tone, self._seq)
        return self.view()

    def _lines(self) -> tuple[LineView, ...]:
        if self.order is None:
            return ()
        out = []
        for line in self.order.lines:
            product = self.products.get(line.sku)
            out.append(
                LineView(
                    line.line_no,
                    line.sku,
                    line.product_name or (product.name if product else "") or line.sku,
                    line.quantity,
                    line.picked,
                    product.image if product else "",
                    bool(product and product.fragile),
                )
            )
        return tuple(out)

    def _hold_kind(self) -> str:
        order = self.order
        if order is None or order.status not in (OrderStatus.ON_HOLD, OrderStatus.CANCELLED):
            return ""
        if order.status is OrderStatus.CANCELLED:
            return "cancelled"
        if order.hold_reason.startswith("Weight mismatch"):
            return "weight"
        if order.held_from is OrderStatus.CONFIRMED and order.hold_reason.startswith("Short pick"):
            return "short"
        return "other"

    # -- running an action -------------------------------------------------------------------------
    def _act(self, what: str, fn: Callable[[], str | None], tone: str = "ok") -> StationView:
        """Run one action; its returned text is the notice. A refusal becomes an error notice."""
        with self._lock:
            try:
                text = fn()
            except Exception as exc:  # noqa: BLE001 - bad input must never take the station down
                if not expected_refusal(exc):
                    log.exception("%s failed", what)
                self._reload()
                return self.say(_first_line(exc) or f"{what} failed ({type(exc).__name__}).", "error")
            if text is None:
                return self.view()
            tone_, _, message = text.partition("|") if "|" in text[:6] else (tone, "", text)
            return self.say(message, tone_)

    def _reload(self) -> None:
        """The order may have changed elsewhere (cancelled centrally, held by a supervisor)."""
        if self.order is None:
            return
        try:
            self._open(self.packing.order(self.order.order_id), keep_picking=True)
        except Exception:  # noqa: BLE001 - the refusal message is what the packer needs
            log.debug("reload after refusal failed", exc_info=True)

    def _need_actor(self) -> Actor:
        if self.actor is None:
            raise workflow.WorkflowError("Log in first: scan your badge or type your PIN.")
        return self.actor

    def _need_order(self) -> Order:
        if self.order is None:
            raise workflow.WorkflowError("No order is open: scan an order or press F2.")
        return self.order

    def _supervisor(self, credential: Actor | str) -> Actor:
        if isinstance(credential, Actor):
            credential.require(Role.SUPERVISOR, "This")
            return credential
        return self.users.verify_supervisor(credential)

    def supervisor_check(self, credential: str) -> Actor | StationView:
        """The supervisor a PIN or badge belongs to, or the view with the refusal as its notice."""
        with self._lock:
            try:
                return self._supervisor(credential)
            except Exception as exc:  # noqa: BLE001 - a refusal for the banner
                if not expected_refusal(exc):
                    log.exception("supervisor check failed")
                return self.say(_first_line(exc) or "Not a supervisor.", "error")

    # -- people ------------------------------------------------------------------------------------
    def create_first_admin(self, user_id: str, name: str, pin: str, badge: str | None = None) -> StationView:
        def create() -> str:
            actor = self.users.create_first_admin(user_id, name, pin, badge)
            self.first_admin = False
            return f"Admin {actor.name or actor.user_id} created. Log in with the PIN."

        return self._act("Creating the first admin", create)

    def login_pin(self, user_id: str | None, pin: str) -> StationView:
        return self._act("Logging in", lambda: self._logged_in(self.users.login_pin(user_id or None, pin)))

    def login_badge(self, token: str) -> StationView:
        return self._act("Logging in", lambda: self._logged_in(self.users.login_badge(token)))

    def _logged_in(self, actor: Actor) -> str:
        previous, self.actor = self.actor, actor
        if previous is not None and previous.user_id != actor.user_id:
            self.users.logout(previous, "switch")
        self.settings_open = False
        hello = f"Hello {actor.name or actor.user_id} ({actor.role.value})."
        if self.order is None:
            resumed = self.packing.resume()
            if resumed is not None:
                self._open(resumed)
                self.picking_started = resumed.units_picked > 0
                return f"{hello} Resumed order {resumed.order_id} at {self.step.value}."
        return hello

    def logout(self, reason: str = "logout") -> StationView:
        def out() -> str:
            if self.actor is not None:
                self.users.logout(self.actor, reason)
            self.actor, self.settings_open = None, False
            word = "Locked: the station was idle." if reason == "idle" else "Logged out."
            return "info|" + word + " Scan your badge or type your PIN."

        return self._act("Logging out", out)

    def open_settings(self, open_: bool = True) -> StationView:
        def toggle() -> str | None:
            actor = self._need_actor()
            if open_:
                actor.require(Role.SUPERVISOR, "Opening settings")
            self.settings_open = open_
            return None

        return self._act("Opening settings", toggle)

    def save_settings(self, changes: dict[str, Any]) -> StationView:
        """Save and apply at once; the notice names what waits for a restart (devices)."""

        def save() -> str:
            actor = self._need_actor()
            if not changes:
                return "info|Nothing changed."
            config = self.settings.update(actor, changes)
            later = self.on_settings(config) if self.on_settings else []
            now = [k for k in changes if k not in later]
            parts = []
            if now:
                parts.append("applied now: " + ", ".join(now))
            if later:
                parts.append("after a restart: " + ", ".join(later))
            return "Saved; " + "; ".join(parts) + "."

        return self._act("Saving settings", save)

    # -- queue and confirm -------------------------------------------------------------------------
    def queue(self, limit: int = 100) -> list[Order]:
        """The orders ready to pack, most urgent first: a read (no write lock, no session lock), so the
        window may run it beside the station worker and a scan never waits behind it."""
        return self.packing.queue(limit)

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
                    raise OrderNotFound(f"{exc} (and no badge)") from badge_exc
            return self._taken(order)

        return self._act("Taking the order", take, "info")

    def take_next(self) -> StationView:
        def take() -> str:
            result = self.packing.next_order(self._need_actor())
            self.central = result.central
            if result.order is None:
                return "error|" + result.message
            taken = self._taken(result.order).partition("|")[2]
            return f"warn|{result.central.capitalize()}. {taken}" if result.central else "info|" + taken

        return self._act("Taking the next order", take, "info")

    def _taken(self, order: Order) -> str:
        self.finishing.forget()
        self._open(order)
        self.finishing.opened(order, self.actor)
        return f"info|Order {order.order_id}: check it, then scan the first item."

    def _open(self, order: Order, keep_picking: bool = False) -> None:
        same = self.order is not None and self.order.order_id == order.order_id
        if not same:
            self.products = self.packing.products(order.order_id)
            self.last_scan, self.summary = None, {}
            self.picking_started = False
        elif not keep_picking:
            self.picking_started = False
        self.order = order
        self.desk.opened(order, same)

    def start_picking(self) -> StationView:
        def start() -> str | None:
            order = self._need_order()
            if order.status is OrderStatus.CONFIRMED:
                self.picking_started = True
            return None

        return self._act("Starting to pick", start)

    def back_to_queue(self) -> StationView:
        """Leave the open order: a confirmed one with nothing picked goes back into the queue."""

        def back() -> str | None:
            order = self.order
            if order is None:
                return None
            if order.status is OrderStatus.CONFIRMED and not order.units_picked:
                self.packing.requeue(self._need_actor(), order.order_id)
            elif order.status.is_packing and order.status is not OrderStatus.PHOTOGRAPHED:
                return f"error|Order {order.order_id} is {order.status.value}: finish it or put it on hold."
            self._close()
            return None

        return self._act("Putting the order back", back)

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
            return self.say("Wait for the label, then stick it on the parcel.", "warn")
        if step is Step.PHOTO:
            return self.photo_scan(code)
        return self.say(f"Scan not used on this step: {code}", "error")

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
                return f"done|{outcome.message} — all items verified. Pack it."
            return ("ok|" if outcome.accepted else "error|") + outcome.message

        return self._act("Scanning", scan)

    def undo_last_scan(self, reason: str) -> StationView:
        def undo() -> str:
            order = self.packing.undo_last_scan(self._need_actor(), self._need_order().order_id, reason)
            self._open(order, keep_picking=True)
            self.last_scan = None
            return f"warn|Last scan undone ({reason.strip()}). Put that item back."

        return self._act("Undoing the scan", undo)

    # -- hold and release ------------------------------------------------------------------------------
    def hold(self, reason: str, short: bool = False) -> StationView:
        def hold() -> str:
            actor, order = self._need_actor(), self._need_order()
            call = self.packing.short_pick if short else self.packing.hold
            held = call(actor, order.order_id, reason)
            self._open(held, keep_picking=True)
            self.finishing.held(held)
            return f"warn|On hold: {held.hold_reason}. A supervisor can release it."

        return self._act("Putting the order on hold", hold)

    def release(self, supervisor: Actor | str, note: str = "", accept: bool = False) -> StationView:
        """A supervisor releases the held order; with `accept`, also accepts what it was held for
        (a weight outside tolerance, or a short pick) with the note as the reason."""

        def release() -> str:
            order = self._need_order()
            who = self._supervisor(supervisor)
            kind = self._hold_kind()
            if accept and not note.strip():
                raise workflow.WorkflowError("Type a note: why is this accepted?")
            if accept and kind == "weight":
                parcel = self.desk.last_weighed(order.order_id)
                fresh = self.packing.override_weight(who, order.order_id, parcel, note)
                what = f"Weight of parcel {parcel} accepted"
            else:
                fresh = self.packing.release(who, order.order_id, note, accept and kind == "short")
                what = f"Order {order.order_id} " + (
                    "accepted short" if accept and kind == "short" else "released"
                )
            self._open(fresh)
            self.picking_started = fresh.status is OrderStatus.CONFIRMED and fresh.units_picked > 0
            self.finishing.released(fresh)
            return f"{what} by {who.name or who.user_id}."

        return self._act("Releasing", release)

    # -- pack --------------------------------------------------------------------------------------------
    def choose_box(self, code: str, scanned: bool = False) -> StationView:
        def choose() -> str:
            box = self.desk.choose(code, scanned)
            warning = self.desk.box_warning
            return (f"warn|{warning}" if warning else "info|") + (
                "" if warning else f"Box {box.code} for parcel {self.desk.view(self.order).current}."
            )

        return self._act("Choosing the box", choose)

    def new_parcel(self) -> StationView:
        def more() -> str:
            self._need_order()
            count = self.desk.add_parcel()
            return (
                f"info|Order split into {count} parcels: weigh parcel {self.desk.view(self.order).current}."
            )

        return self._act("Adding a parcel", more)

    def on_weight(self, reading: WeightReading) -> StationView:
        """Latest reading from the scale; only stable ones may be recorded."""
        with self._lock:
            self.desk.reading(reading)
            return self.view()

    def weigh(self, grams: float | None = None) -> StationView:
        """Record the current parcel's weight (the scale's stable reading unless `grams` is given)."""

        def weigh() -> str:
            actor, order = self._need_actor(), self._need_order()
            outcome = self.desk.weigh(actor, order, grams)
            self._open(outcome.order, keep_picking=True)
            self.finishing.weighed(outcome)
            return ("ok|" if outcome.check.within else "error|") + outcome.check.message()

        return self._act("Weighing", weigh)

    def confirm_pack(self) -> StationView:
        """OK on the Pack page: weigh the next parcel, or finish packing (and print) when all are weighed."""
        if self.order is not None and self.desk.view(self.order).complete:
            return self.finish_packing()
        return self.weigh()

    def finish_packing(self) -> StationView:
        def finish() -> str:
            actor, order = self._need_actor(), self._need_order()
            packed = self.packing.finish_packing(actor, order.order_id)
            self._open(packed, keep_picking=True)
            count = self.desk.view(packed).weighed
            # Packed: the label prints straight away (the Label page only shows how it went).
            try:
                text = self.finishing.print_labels(actor, packed)
            finally:
                fresh = self.packing.order(order.order_id)
                self._open(fresh, keep_picking=True)
                self.finishing.refresh(fresh)
                self.finishing.moved(fresh)
            return f"Packed in {count} parcel(s). {text}"

        return self._act("Finishing packing", finish)

    # -- label ---------------------------------------------------------------------------------------------
    def print_label(self) -> StationView:
        return self._finishing("Printing the label", lambda a, o: self.finishing.print_labels(a, o))

    def label_ok(self) -> StationView:
        """OK on the Label page: confirm an uncertain label, retry a waiting one, or print when none is out."""
        view = self.finishing.label_view
        if view.in_state("unknown"):
            return self._finishing("Recording the label as printed", self.finishing.confirm_printed)
        if view.in_state("waiting"):
            return self._finishing("Retrying the label", self.finishing.retry)
        return self.print_label()

    def reprint_label(self, reason: str) -> StationView:
        return self._finishing("Reprinting the label", lambda a, o: self.finishing.reprint(a, o, reason))

    def void_label(self, supervisor: Actor | str, reason: str) -> StationView:
        def void(actor: Actor, order: Order) -> str:
            return self.finishing.void(self._supervisor(supervisor), order, reason)

        return self._finishing("Voiding the label", void)

    def refresh_labels(self) -> StationView:
        """Read the open order's print jobs and previews again (the spool may have printed meanwhile)."""
        with self._lock:
            if self.order is None:
                return self.view()
            before = self.order.status
            try:
                self.finishing.refresh(self.order)
                fresh = self.packing.order(self.order.order_id)
            except Exception as exc:  # noqa: BLE001 - a display refresh; the actions report real trouble
                log.warning("label view: %s", exc)
                return self.view()
            self._open(fresh, keep_picking=True)
            if fresh.status is not before and before is OrderStatus.PACKED:
                return self.say("Label printed: the printer took the waiting label.", "ok")
            return self.view()

    # -- photograph -------------------------------------------------------------------------------------------
    def photograph(self) -> StationView:
        return self._finishing("Taking proof photos", self._shoot)

    def _shoot(self, actor: Actor, order: Order) -> str:
        text = self.finishing.photograph(actor, order)
        return self._after_photos(actor, order, text)

    def photo_scan(self, code: str) -> StationView:
        """A scan on the Photograph step: a supervisor's badge when the camera fails or the label is not read."""
        order = self.order
        photos = self.finishing.photo_view(order) if order else self.finishing.no_photos
        if not (photos.needs_retake or photos.camera_trouble):
            return self.say(f"Press {Command.PHOTO.hotkey} to take the photo.", "warn")

        def decide(actor: Actor, order: Order) -> str:
            who = self._supervisor(code)
            text = self.finishing.supervisor_decides(who, actor, order, photos)
            return self._after_photos(actor, order, text)

        return self._finishing("Recording the supervisor's decision", decide)

    def _after_photos(self, actor: Actor, order: Order, text: str) -> str:
        fresh = self.packing.order(order.order_id)
        if fresh.status is OrderStatus.PHOTOGRAPHED:
            fresh = self.finishing.done(actor, fresh)
        self._open(fresh, keep_picking=True)
        if fresh.status in (OrderStatus.PHOTOGRAPHED, OrderStatus.STAGED, OrderStatus.SHIPPED):
            self.summary = {
                "order": fresh.order_id,
                "items": f"{fresh.units_picked} of {fresh.units}",
                "parcels": str(max(1, len(self.packing.parcels(fresh.order_id)))),
                "tracking": fresh.tracking_number or "—",
                "carrier": fresh.carrier or "—",
            }
            return f"done|{text} Order {fresh.order_id} is done: {self.finishing.done_words(fresh)}."
        return text

    def _finishing(self, what: str, call: Callable[[Actor, Order], str]) -> StationView:
        def run() -> str:
            actor, order = self._need_actor(), self._need_order()
            try:
                return call(actor, order)
            finally:
                if self.order is not None:
                    self.finishing.refresh(self.order)
                    self._open(self.packing.order(order.order_id), keep_picking=True)
                    self.finishing.moved(self.order)

        return self._act(what, run)

    # -- words ----------------------------------------------------------------------------------------------
    def _next_action(self, step: Step) -> str:
        order = self.order
        if step is Step.FIRST_ADMIN:
            return "fill in user id, name and PIN, then Create admin"
        if step is Step.LOGIN:
            return "scan your badge, or type your PIN and press Enter"
        if step is Step.QUEUE:
            key = Command.NEXT.hotkey
            return f"scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)"
        if step is Step.CONFIRM:
            return f"check the order, then scan the first item (or {Command.CONFIRM.hotkey} to start picking)"
        if step is Step.PICK and order is not None:
            todo = [f"{line.remaining}× {line.name}" for line in self._lines() if line.remaining]
            return "scan " + ", ".join(todo) if todo else "all items verified"
        if step is Step.PACK and order is not None:
            pack = self.desk.view(order)
            key = Command.CONFIRM.hotkey
            if pack.complete:
                return f"all parcels weighed: press {key} to finish packing"
            if not pack.box_code:
                return "choose a box (scan its code)"
            return f"put parcel {pack.current} on the scale, then press {key} to weigh it"
        if step is Step.LABEL:
            return self.finishing.label_next_action()
        if step is Step.PHOTO:
            return f"press {Command.PHOTO.hotkey} (or the foot pedal) to take the photo"
        if step is Step.DONE:
            return f"put the parcel in the staging area for its carrier; {Command.NEXT.hotkey} for the next order"
        if step is Step.HELD:
            if self._hold_kind() == "cancelled":
                return (
                    f"unpack the order and return the items; {Command.CONFIRM.hotkey} goes back to the queue"
                )
            return (
                f"call a supervisor: PIN or badge and a note, then {Command.RELEASE.hotkey} to release "
                f"or {Command.CONFIRM.hotkey} to accept"
            )
        return ""


def _first_line(exc: BaseException) -> str:
    return str(exc).strip().splitlines()[0] if str(exc).strip() else ""


__all__ = ["StationSession", "StationView", "Step", "expected_refusal"]
