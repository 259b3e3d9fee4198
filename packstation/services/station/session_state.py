"""The station session's state and how one action runs: who, which order, the view, refusals as notices."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from packstation.domain import workflow
from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus, Product
from packstation.domain.picking import ScanBook
from packstation.domain.texts import Text, translate
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.packing import PackingService
from packstation.services.station.finishing import Finishing
from packstation.services.station.forecast import BOOK_MAX_AGE_S
from packstation.services.station.packdesk import PackDesk
from packstation.services.station.view import Notice, ScanView, StationView, Step, line_views
from packstation.services.words import plain_error

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


class SessionState:
    """Who is logged in, which order is open and what the screen shows; `_act` runs every action."""

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
        self.book: ScanBook | None = None
        self._book_at = 0.0
        self.bins: dict[str, str] = {}
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
            lines=line_views(order, self.products, self.bins),
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
            book=self.book if step in (Step.CONFIRM, Step.PICK) else None,
        )

    def say(self, text: str, tone: str = "info") -> StationView:
        self._seq += 1
        self._notice = Notice(text, tone, self._seq)
        return self.view()

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
                if not expected_refusal(exc):  # no raw exception text on screen: the log has it
                    self._reload()
                    return self.say(plain_error(what, exc), "error")
                self._reload()
                return self.say(_first_line(exc) or translate("Station", "{doing} failed.").format(doing=what), "error")
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
            raise workflow.WorkflowError(translate("Station", "Log in first: scan your badge or type your PIN."))
        return self.actor

    def _need_order(self) -> Order:
        if self.order is None:
            raise workflow.WorkflowError(translate("Station", "No order is open: scan an order or press F2."))
        return self.order

    def _supervisor(self, credential: Actor | str) -> Actor:
        if isinstance(credential, Actor):
            credential.require(Role.SUPERVISOR, translate("Station", "This"))
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
                return self.say(_first_line(exc) or translate("Station", "Not a supervisor."), "error")

    def _open(self, order: Order, keep_picking: bool = False) -> None:
        same = self.order is not None and self.order.order_id == order.order_id
        if not same:
            self.products = self.packing.products(order.order_id)
            if order.status is OrderStatus.CONFIRMED and (
                self.book is None or time.monotonic() - self._book_at > BOOK_MAX_AGE_S
            ):
                self.book, self._book_at = self.packing.scan_book(), time.monotonic()
            self.bins = self.packing.bins(order.order_id)
            self.last_scan, self.summary = None, {}
            self.picking_started = False
        elif not keep_picking:
            self.picking_started = False
        self.order = order
        self.desk.opened(order, same)

    # -- words ----------------------------------------------------------------------------------------------
    def _next_action(self, step: Step) -> str:
        order = self.order
        if step is Step.FIRST_ADMIN:
            return translate("Next", "fill in user id, name and PIN, then Create admin")
        if step is Step.LOGIN:
            return translate("Next", "scan your badge, or type your PIN and press Enter")
        if step is Step.QUEUE:
            return translate(
                "Next",
                "scan an order or pick-list barcode, or press {key} for the most urgent order (badge: switch packer; Ctrl+S: settings; Ctrl+R: review)",
            ).format(key=Command.NEXT.hotkey)
        if step is Step.CONFIRM:
            return translate("Next", "check the order, then scan the first item (or {key} to start picking)").format(
                key=Command.CONFIRM.hotkey
            )
        if step is Step.PICK and order is not None:
            todo = [
                f"{line.remaining}× {line.name}"
                for line in line_views(order, self.products, self.bins)
                if line.remaining
            ]
            if not todo:
                return translate("Next", "all items verified")
            return translate("Next", "scan {items}").format(items=", ".join(todo))
        if step is Step.PACK and order is not None:
            pack = self.desk.view(order)
            key = Command.CONFIRM.hotkey
            if pack.complete:
                return translate("Next", "all parcels weighed: press {key} to finish packing").format(key=key)
            if not pack.box_code:
                return translate("Next", "choose a box (scan its code)")
            return translate("Next", "put parcel {number} on the scale, then press {key} to weigh it").format(
                number=pack.current, key=key
            )
        if step is Step.LABEL:
            return self.finishing.label_next_action()
        if step is Step.PHOTO:
            return translate("Next", "press {key} (or the foot pedal) to take the photo").format(
                key=Command.PHOTO.hotkey
            )
        if step is Step.DONE:
            return translate(
                "Next", "put the parcel in the staging area for its carrier; {key} for the next order"
            ).format(key=Command.NEXT.hotkey)
        if step is Step.HELD:
            if self._hold_kind() == "cancelled":
                return translate(
                    "Next", "unpack the order and return the items; {key} goes back to the queue"
                ).format(key=Command.CONFIRM.hotkey)
            kind, release, accept = self._hold_kind(), Command.RELEASE.hotkey, Command.CONFIRM.hotkey
            if kind == "weight":
                return translate(
                    "Next", "call a supervisor: PIN or badge and a note; {accept} accepts this weight, {release} weighs again"
                ).format(accept=accept, release=release)
            if kind == "short":
                return translate(
                    "Next", "call a supervisor: PIN or badge and a note; {accept} accepts it short, {release} picks again"
                ).format(accept=accept, release=release)
            return translate("Next", "call a supervisor: PIN or badge and a note, then {release} to release").format(
                release=release
            )
        return ""


def _first_line(exc: BaseException) -> str:
    if exc.args and isinstance(exc.args[0], Text) and "\n" not in exc.args[0]:
        return exc.args[0]  # translatable words stay translatable
    return str(exc).strip().splitlines()[0] if str(exc).strip() else ""
