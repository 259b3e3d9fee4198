"""The window's handle on the `StationSession`: every action runs on the station worker, the new
`StationView` comes back on the GUI thread as one `changed` signal (plus `notice` for the banner).

Nothing here decides anything: the session does. Pages read `flow.view` and call these methods.
The GUI thread never waits on the database, the network or a device; when the worker has not
answered within `CHECKING_MS` (a printer or a hung central store in front of it), the banner says
"checking …" until it has.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from packstation.domain.orders import Order, Product
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.station.forecast import MAX_AHEAD, confirms, forecast_scan
from packstation.services.station.session import StationSession
from packstation.services.station.view import LabelView, PackView, ScanView, StationView, Step

log = logging.getLogger(__name__)

CHECKING_MS = 60


class StationFlow(QObject):
    """Forwards inputs to the session through the runner and publishes what it answers."""

    changed = Signal()
    notice = Signal(object, str)  # text (a str; core texts stay translatable), tone: ok | error | warn | info | done
    scan_judged = Signal(object)  # ScanView of a new item scan
    labels_loaded = Signal()

    def __init__(
        self, session: StationSession, runner: Any, parent: QObject | None = None, reader: Any = None
    ) -> None:
        super().__init__(parent)
        self.session, self.runner = session, runner
        self.reader = reader or runner  # reads for display (the queue) run beside the station worker
        self.view: StationView = session.view()  # built before the event loop runs
        self.busy = ""
        self._pending = 0
        self.queue_stock: dict[str, str] = {}  # order id -> what it waits for (the queue's last read)
        self._ahead: list[StationView] = []  # scans shown judged, waiting for the session to store them
        self._checking = QTimer(self)
        self._checking.setSingleShot(True)
        self._checking.timeout.connect(self._still_checking)

    # -- what the pages read ------------------------------------------------------------------------
    @property
    def step(self) -> Step:
        return self.view.step

    @property
    def order(self) -> Order | None:
        return self.view.order

    @property
    def actor(self) -> Actor | None:
        return self.view.actor

    @property
    def pack(self) -> PackView:
        return self.view.pack

    @property
    def label_view(self) -> LabelView:
        return self.view.labels

    @property
    def summary(self) -> dict[str, str]:
        return self.view.summary

    @property
    def last_outcome(self) -> ScanView | None:
        return self.view.last_scan

    @property
    def packing(self) -> Any:
        return self.session.packing

    @property
    def labels(self) -> Any:
        return self.session.finishing.labels

    def products(self) -> dict[str, Product]:
        return self.view.products

    # -- running session actions ----------------------------------------------------------------------
    def submit(
        self, action: Callable[[], StationView], busy: str = "", forecast: StationView | None = None
    ) -> None:
        """Run one session action on the worker; its view is shown when it answers. With a `forecast`
        (already on screen), the answer confirms it silently or replaces it."""
        self._pending += 1
        if busy:
            self.busy = busy + " …"
            self.changed.emit()
        elif forecast is None and not self._checking.isActive():
            self._checking.start(CHECKING_MS)

        def done(view: StationView) -> None:
            self._finished(bool(busy))
            if forecast is None:
                self.show(view)
            else:
                self._stored(forecast, view)

        def failed(exc: BaseException) -> None:
            self._finished(bool(busy))
            log.error("station action failed: %s", getattr(exc, "__traceback_text__", exc))
            self._ahead.clear()
            self.say(
                translate(
                    "Flow", "That did not work; the order stays where it was. Try again, or call a supervisor."
                ),
                "error",
            )
            self.changed.emit()

        self.runner.run(action, on_done=done, on_error=failed)

    def _stored(self, forecast: StationView, view: StationView) -> None:
        """The session's answer to a scan shown ahead: silent when it agrees, shown when it does not."""
        mine = any(ahead is forecast for ahead in self._ahead)
        if mine:
            self._ahead = [ahead for ahead in self._ahead if ahead is not forecast]
        if not mine or not confirms(forecast, view):
            self._ahead.clear()  # later forecasts stood on this one: their answers are shown as they come
            self.show(view)
        elif not self._ahead:
            self.show(view, announce=False)  # the screen already says it; take the stored state
        # else: the screen is ahead of this answer (more scans shown judged); the last answer lands it

    def _finished(self, was_busy: bool) -> None:
        self._pending = max(0, self._pending - 1)
        if was_busy:
            self.busy = ""
        if not self._pending:
            self._checking.stop()

    def _still_checking(self) -> None:
        if self._pending and not self.busy:
            self.notice.emit("checking …", "info")

    def show(self, view: StationView, announce: bool = True) -> None:
        old = self.view
        self.view = view
        if announce and view.notice is not None and (old.notice is None or view.notice.seq != old.notice.seq):
            self.notice.emit(view.notice.text, view.notice.tone)
        if (
            announce
            and view.last_scan is not None
            and (old.last_scan is None or view.last_scan.seq != old.last_scan.seq)
        ):
            self.scan_judged.emit(view.last_scan)
        if view.labels is not old.labels:
            self.labels_loaded.emit()
        self.changed.emit()

    def say(self, text: str, level: str = "info") -> None:
        """A word from the window itself (not the session): shown in the banner."""
        self.notice.emit(text, level)

    @property
    def idle(self) -> bool:
        return not self._pending

    def load_queue(self, on_done: Callable[[list[Order]], None], limit: int = 100) -> None:
        """Read the queue beside the station worker; `on_done(orders)` runs on the GUI thread, with
        `queue_stock` (order id -> "waiting for stock: ...") set for the orders that wait."""

        def done(rows: list[tuple[Order, Any]]) -> None:
            self.queue_stock = {order.order_id: state.words() for order, state in rows if not state.ok}
            on_done([order for order, _ in rows])

        self._ask(lambda: self.session.queue_rows(limit), done, translate("Flow", "The queue could not be read"), self.reader)

    def load_holds(self, on_done: Callable[[list[Any]], None]) -> None:
        """Orders the marketplace holds, with when each becomes packable (the queue's countdown)."""
        from packstation.services.station.holds import held_orders

        uow = self.session.packing.uow
        self._ask(lambda: held_orders(uow), on_done, translate("Flow", "The held orders could not be read"), self.reader)

    def _ask(
        self, question: Callable[[], Any], on_done: Callable[[Any], None], trouble: str, runner: Any = None
    ) -> None:
        """A read on the worker whose answer goes to `on_done` on the GUI thread (counted as pending work)."""
        self._pending += 1

        def done(answer: Any) -> None:
            self._finished(False)
            on_done(answer)

        def failed(exc: BaseException) -> None:
            self._finished(False)
            log.error("%s: %s", trouble, getattr(exc, "__traceback_text__", exc))
            self.say(translate("Flow", "{trouble}. Try again; if it keeps failing, call a supervisor.").format(trouble=trouble), "error")

        (runner or self.runner).run(question, on_done=done, on_error=failed)

    def check_supervisor(self, credential: str, on_ok: Callable[[Actor], None]) -> None:
        """Check a supervisor's PIN or badge on the worker; `on_ok(actor)` runs on the GUI thread,
        a refusal goes to the banner."""

        def done(view_or_actor: object) -> None:
            if isinstance(view_or_actor, Actor):
                on_ok(view_or_actor)
            else:
                self.show(view_or_actor)  # type: ignore[arg-type]

        self._ask(lambda: self.session.supervisor_check(credential), done, translate("Flow", "The supervisor check failed"))

    # -- people -----------------------------------------------------------------------------------------
    def create_first_admin(self, user_id: str, name: str, pin: str, badge: str | None = None) -> None:
        self.submit(lambda: self.session.create_first_admin(user_id, name, pin, badge))

    def login_pin(self, user_id: str | None, pin: str) -> None:
        self.submit(lambda: self.session.login_pin(user_id, pin))

    def login_badge(self, token: str) -> None:
        self.submit(lambda: self.session.login_badge(token))

    def logout(self, reason: str = "logout") -> None:
        self.submit(lambda: self.session.logout(reason))

    def open_settings(self, open_: bool = True) -> None:
        self.submit(lambda: self.session.open_settings(open_))

    def save_settings(self, changes: dict[str, Any]) -> None:
        self.submit(lambda: self.session.save_settings(changes))

    # -- orders -----------------------------------------------------------------------------------------
    def scan(self, code: str) -> None:
        """A barcode for the current step. An item scan the catalog settles shows its verdict at once
        (`forecast_scan`), before the session has stored it; anything else waits for the session."""
        ahead = None
        if len(self._ahead) == self._pending and len(self._ahead) < MAX_AHEAD:  # nothing else in flight
            ahead = forecast_scan(self.view, code)
        if ahead is None:
            self.submit(lambda: self.session.scan(code))
            return
        self._ahead.append(ahead)
        self.view = ahead
        if ahead.notice is not None:
            self.notice.emit(ahead.notice.text, ahead.notice.tone)  # the verdict first: banner and sound
        self.scan_judged.emit(ahead.last_scan)
        self.changed.emit()
        self.submit(lambda: self.session.scan(code), forecast=ahead)

    def take(self, reference: str, badge_switches: bool = False) -> None:
        self.submit(lambda: self.session.take(reference, badge_switches))

    def take_next(self) -> None:
        self.submit(self.session.take_next)

    def back_to_queue(self) -> None:
        self.submit(self.session.back_to_queue)

    def start_picking(self) -> None:
        self.submit(self.session.start_picking)

    def finish_order(self) -> None:
        self.submit(self.session.finish_order)

    def next_order(self) -> None:
        self.submit(lambda: (self.session.finish_order(), self.session.take_next())[1])

    def scan_item(self, code: str) -> None:
        self.submit(lambda: self.session.scan_item(code))

    def undo_last_scan(self, reason: str) -> None:
        self.submit(lambda: self.session.undo_last_scan(reason))

    def hold(self, reason: str, short: bool = False) -> None:
        self.submit(lambda: self.session.hold(reason, short))

    def release(self, supervisor: Actor | str, note: str = "", accept: bool = False) -> None:
        self.submit(lambda: self.session.release(supervisor, note, accept))

    # -- pack -------------------------------------------------------------------------------------------
    def choose_box(self, code: str) -> None:
        self.submit(lambda: self.session.choose_box(code))

    def new_parcel(self) -> None:
        self.submit(self.session.new_parcel)

    def weigh(self, grams: float | None = None) -> None:
        self.submit(lambda: self.session.weigh(grams))

    def confirm_pack(self) -> None:
        self.submit(self.session.confirm_pack, busy="Packing and printing" if self.pack.complete else "")

    def scale_words(self) -> str:
        """What the scale means for the parcel now ("Take the last parcel off the scale ..."): the
        session's weight gate, fed by the scale's own thread (a read of memory, no I/O)."""
        return self.session.desk.gate.view.message

    def stable_grams(self) -> float | None:
        return self.session.desk.gate.stable_g

    # -- label and photos --------------------------------------------------------------------------------
    def print_label(self) -> None:
        self.submit(self.session.print_label, busy="Printing the label")

    def label_ok(self) -> None:
        self.submit(self.session.label_ok, busy="Printing the label")

    def reprint_label(self, reason: str) -> None:
        self.submit(lambda: self.session.reprint_label(reason), busy="Reprinting the label")

    def void_label(self, supervisor: Actor | str, reason: str) -> None:
        self.submit(lambda: self.session.void_label(supervisor, reason), busy="Voiding the label")

    def refresh_labels(self) -> None:
        if not self._pending:
            self.submit(self.session.refresh_labels)

    def photograph(self) -> None:
        self.submit(self.session.photograph, busy="Taking the proof photo")

    def photo_scan(self, code: str) -> None:
        self.submit(lambda: self.session.photo_scan(code), busy="Checking")
