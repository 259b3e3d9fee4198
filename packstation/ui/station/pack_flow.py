"""Pack, Label, Photograph and hand-over actions of the station session (mixed into `StationFlow`).

Weighing is a quick DB write on the GUI thread; label, photos and hand-over touch devices and
run through the `TaskRunner`, reporting back on the GUI thread.
"""

from __future__ import annotations

import logging
from typing import Any

from packstation.devices.scales import WeightReading
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.users import Actor
from packstation.services.packing import WeightOutcome
from packstation.services.staging import stage
from packstation.ui.station.state import expected_refusal

log = logging.getLogger(__name__)


class PackActions:
    """The second half of an order: weigh parcels, finish packing, print the label, take the photos.

    Uses the session state and helpers `StationFlow` defines (order, pack, actor, say, attempt, ...).
    """

    order: Order | None
    actor: Actor | None
    packing: Any
    finishing: Any
    runner: Any
    pack: Any
    busy: str
    summary: dict[str, str]
    stable: WeightReading | None
    last_weight: WeightOutcome | None

    def override_weight(self, supervisor: Actor, reason: str) -> bool:
        if self.order is None or self.last_weight is None:
            self.say("No weight to accept: weigh the parcel first.", "error")
            return False
        parcel_no = self.last_weight.parcel.number
        order = self.attempt(
            "Accepting the weight",
            self.packing.override_weight,
            supervisor,
            self.order.order_id,
            parcel_no,
            reason,
        )
        if order is None:
            return False
        self.pack.overridden.add(parcel_no)
        self._open(order)
        self.say(f"Weight of parcel {parcel_no} accepted by {supervisor.name or supervisor.user_id}.", "ok")
        self.changed.emit()
        return True

    # -- pack --------------------------------------------------------------------------------------
    def choose_box(self, code: str) -> bool:
        box = self.attempt("Choosing the box", self.packing.box, code)
        if box is None:
            return False
        self.pack.box_code = box.code
        self.say(f"Box {box.code} for parcel {self.pack.current}.", "info")
        self.changed.emit()
        return True

    def new_parcel(self) -> None:
        self.pack.count += 1
        self.say(f"Order split into {self.pack.count} parcels: weigh parcel {self.pack.current}.", "info")
        self.changed.emit()

    def weigh(self, grams: float | None = None) -> WeightOutcome | None:
        """Record the current parcel's weight (the scale's stable reading unless `grams` is given)."""
        order = self.order
        if order is None:
            return None
        if grams is None:
            if self.stable is None or self.stable.grams <= 0:
                self.say("No stable weight yet: put the parcel on the scale and wait.", "error")
                return None
            grams = self.stable.grams
        if not self.pack.box_code:
            self.say("Choose a box first.", "error")
            return None
        number = min(self.pack.current, self.pack.count)
        outcome = self.attempt(
            "Weighing",
            self.packing.weigh,
            self.actor,
            order.order_id,
            grams,
            self.pack.box_code,
            number,
            1.0 / self.pack.count,
        )
        if outcome is None:
            return None
        self.last_weight, self.order = outcome, outcome.order
        self.pack.parcels = self.packing.parcels(order.order_id)
        self.say(outcome.check.message(), "ok" if outcome.check.within else "error")
        self.changed.emit()
        return outcome

    def finish_packing(self) -> bool:
        if self.order is None:
            return False
        order = self.attempt(
            "Finishing packing", self.packing.finish_packing, self.actor, self.order.order_id
        )
        if order is None:
            return False
        self.order = order
        self.say(f"Packed in {self.pack.weighed} parcel(s). Printing the label.", "ok")
        self.changed.emit()
        return True

    def on_weight(self, reading: WeightReading) -> None:
        """Latest reading from the scale (through the bridge); only stable ones may be recorded."""
        self.stable = reading if reading.stable else None

    # -- label, photograph, hand over (off the GUI thread) ------------------------------------------
    def print_label(self) -> None:
        if self.order is None or self.busy:
            return
        self._background("Printing the label", self.finishing.label, "Label printed.")

    def photograph(self) -> None:
        if self.order is None or self.busy:
            return
        self._background("Taking proof photos", self.finishing.photograph, "Photos stored.")

    def _background(self, what: str, call: Any, done_text: str) -> None:
        actor, order = self.actor, self.order
        assert actor is not None and order is not None
        self.busy = what + " …"
        self.changed.emit()

        def work() -> tuple[str, Order]:
            detail = call(actor, order)
            fresh = self.packing.order(order.order_id)
            if fresh.status is OrderStatus.PHOTOGRAPHED:
                fresh = stage(self.packing, actor, order.order_id)
            return detail or done_text, fresh

        self.runner.run(work, on_done=self._background_done, on_error=self._background_failed)

    def _background_done(self, result: tuple[str, Order]) -> None:
        detail, order = result
        self.busy = ""
        if self.order is None or order.order_id != self.order.order_id:
            return
        self.order = order
        self.refresh_labels()
        if order.status in (OrderStatus.STAGED, OrderStatus.SHIPPED):
            self.summary = {
                "order": order.order_id,
                "items": f"{order.units_picked} of {order.units}",
                "parcels": str(max(1, len(self.pack.parcels))),
                "tracking": order.tracking_number or "—",
                "carrier": order.carrier or "—",
            }
            carrier = order.carrier or "its carrier"
            self.say(f"{detail} Order {order.order_id} is done and staged for {carrier}.", "done")
        else:
            self.say(detail, "ok")
        self.changed.emit()

    def _background_failed(self, exc: BaseException) -> None:
        self.busy = ""
        if not expected_refusal(exc):
            log.error("background step failed: %s", getattr(exc, "__traceback_text__", exc))
        self.say(str(exc) or type(exc).__name__, "error")
        if self.order is not None:
            fresh = self.attempt("Reloading the order", self.packing.order, self.order.order_id)
            self.order = fresh or self.order
            self.refresh_labels()
        self.changed.emit()

    def finish_order(self) -> None:
        """Done page: close the order and show the queue."""
        self.order, self.summary = None, {}
        self.changed.emit()
