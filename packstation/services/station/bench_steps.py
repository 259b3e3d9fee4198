"""Pack, Label and Photograph: the packer's actions at the bench once every item is picked."""

from __future__ import annotations

import logging
from collections.abc import Callable

from packstation.devices.scales import WeightReading
from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.station.session_state import SessionState
from packstation.services.station.view import StationView

log = logging.getLogger(__name__)


class BenchSteps(SessionState):
    """Box, parcels and weights; printing, reprinting and voiding labels; the proof photos."""

    # -- pack --------------------------------------------------------------------------------------------
    def choose_box(self, code: str, scanned: bool = False) -> StationView:
        def choose() -> str:
            box = self.desk.choose(code, scanned)
            warning = self.desk.box_warning
            if warning:
                return "warn|" + warning
            return "info|" + translate("Station", "Box {box} for parcel {parcel}.").format(
                box=box.code, parcel=self.desk.view(self.order).current
            )

        return self._act(translate("Station", "Choosing the box"), choose)

    def new_parcel(self) -> StationView:
        def more() -> str:
            self._need_order()
            count = self.desk.add_parcel()
            return "info|" + translate("Station", "Order split into {count} parcels: weigh parcel {parcel}.").format(
                count=count, parcel=self.desk.view(self.order).current
            )

        return self._act(translate("Station", "Adding a parcel"), more)

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

        return self._act(translate("Station", "Weighing"), weigh)

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
            return translate("Station", "Packed in {count} parcel(s). {labels}").format(count=count, labels=text)

        return self._act(translate("Station", "Finishing packing"), finish)

    # -- label ---------------------------------------------------------------------------------------------
    def print_label(self) -> StationView:
        return self._finishing(translate("Station", "Printing the label"), lambda a, o: self.finishing.print_labels(a, o))

    def label_ok(self) -> StationView:
        """OK on the Label page: confirm an uncertain label, retry a waiting one, or print when none is out."""
        view = self.finishing.label_view
        if view.in_state("unknown"):
            return self._finishing(translate("Station", "Recording the label as printed"), self.finishing.confirm_printed)
        if view.in_state("waiting"):
            return self._finishing(translate("Station", "Retrying the label"), self.finishing.retry)
        return self.print_label()

    def reprint_label(self, reason: str) -> StationView:
        return self._finishing(translate("Station", "Reprinting the label"), lambda a, o: self.finishing.reprint(a, o, reason))

    def void_label(self, supervisor: Actor | str, reason: str) -> StationView:
        def void(actor: Actor, order: Order) -> str:
            return self.finishing.void(self._supervisor(supervisor), order, reason)

        return self._finishing(translate("Station", "Voiding the label"), void)

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
                return self.say(translate("Station", "Label printed: the printer took the waiting label."), "ok")
            return self.view()

    # -- photograph -------------------------------------------------------------------------------------------
    def photograph(self) -> StationView:
        return self._finishing(translate("Station", "Taking proof photos"), self._shoot)

    def _shoot(self, actor: Actor, order: Order) -> str:
        text = self.finishing.photograph(actor, order)
        return self._after_photos(actor, order, text)

    def photo_scan(self, code: str) -> StationView:
        """A scan on the Photograph step: a supervisor's badge when the camera fails or the label is not read."""
        order = self.order
        photos = self.finishing.photo_view(order) if order else self.finishing.no_photos
        if not (photos.needs_retake or photos.camera_trouble):
            return self.say(
                translate("Station", "Press {key} to take the photo.").format(key=Command.PHOTO.hotkey), "warn"
            )

        def decide(actor: Actor, order: Order) -> str:
            who = self._supervisor(code)
            text = self.finishing.supervisor_decides(who, actor, order, photos)
            return self._after_photos(actor, order, text)

        return self._finishing(translate("Station", "Recording the supervisor's decision"), decide)

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
            return "done|" + translate("Station", "{photos} Order {order} is done: {next}.").format(
                photos=text, order=fresh.order_id, next=self.finishing.done_words(fresh)
            )
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
