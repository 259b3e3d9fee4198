"""The Pack step of the session: parcels, the box for the next one, the scale's stable reading.

The rules are the services' own: a parcel's weight counts when it is within the station's current
tolerance or a supervisor accepted it (the `weight_override` recorded in the database), and the
expected weight is `PackingService.expected_grams`. Catalog and parcel reads happen when the order
opens or a parcel is weighed, never while the screen is drawn.
"""

from __future__ import annotations

from collections.abc import Callable

from packstation.devices.scales import WeightReading
from packstation.devices.weight_gate import WeightGate
from packstation.domain import workflow
from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.packing import Box, PackItem
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.packing import PackingService, WeighedParcel, WeightOutcome
from packstation.services.station.view import PackView, ParcelView


class PackDesk:
    """Parcels of the open order and the box and weight for the next one."""

    empty = PackView()

    def __init__(self, packing: PackingService, gate: WeightGate | None = None) -> None:
        self.packing = packing
        # Which scale reading counts for the parcel: fed by the scale's own thread, read here.
        self.gate = gate or WeightGate()
        # A simulated scale puts the expected weight on (demo stations): called with the grams.
        self.demo_scale: Callable[[float], None] | None = None
        self.forget()

    def forget(self) -> None:
        self.order_id = ""
        self.count = 1
        self.box_code = ""
        self.suggested = ""
        self.items: list[PackItem] = []
        self.parcels: list[WeighedParcel] = []
        self.box_warning = ""
        self.gate.new_parcel()
        self.last_number = 1

    # -- state -------------------------------------------------------------------------------------
    def opened(self, order: Order, same: bool) -> None:
        """Read what the Pack step needs once the order is picked (again after every change of step)."""
        if not same:
            self.forget()
            self.order_id = order.order_id
        if order.status is OrderStatus.CONFIRMED or order.status is OrderStatus.READY:
            return
        self.parcels = self.packing.weighed_parcels(order.order_id)
        self.count = max(self.count, len(self.parcels), 1)
        if order.status is OrderStatus.PICKED or not self.items:
            self.items = self.packing.pack_items(order.order_id)
        if not self.suggested:
            box = self.packing.suggest_box_for(self.items)
            self.suggested = box.code if box else ""
        if not self.box_code:
            self.box_code = self.parcels[-1].parcel.box_code if self.parcels else self.suggested

    def view(self, order: Order | None) -> PackView:
        if order is None or order.order_id != self.order_id:
            return self.empty
        rules = self.packing.rules
        parcels = tuple(self._parcel_view(p) for p in self.parcels)
        expected = allowed = None
        if self.box_code:
            box = self._box(self.box_code)
            if box is not None:
                expected = self.packing.expected_grams(self.items, box, 1.0 / self.count)
                allowed = rules.tolerance.allowed(expected)
        return PackView(
            count=self.count,
            box_code=self.box_code,
            suggested_box=self.suggested,
            boxes=tuple(rules.boxes),
            expected_g=expected,
            allowed_g=allowed or 0.0,
            parcels=parcels,
            stable_g=self.gate.stable_g,
            box_warning=self.box_warning,
            scale_message=self.gate.view.message,
        )

    def _parcel_view(self, weighed: WeighedParcel) -> ParcelView:
        p = weighed.parcel
        expected = p.expected_weight_g or 0.0
        return ParcelView(
            p.number,
            p.box_code,
            p.weight_g,
            expected,
            self.packing.rules.tolerance.allowed(expected),
            self.packing.weight_counts(weighed),
            weighed.override,
            p.tracking_number,
        )

    def last_weighed(self, order_id: str) -> int:
        """The parcel a weight hold is about: the last one weighed."""
        if self.order_id != order_id or not self.parcels:
            self.parcels = self.packing.weighed_parcels(order_id)
        weighed = [p.parcel.number for p in self.parcels if p.parcel.weight_g is not None]
        if not weighed:
            raise workflow.WorkflowError(translate("Station", "No weight to accept: weigh the parcel first."))
        return self.last_number if self.last_number in weighed else weighed[-1]

    # -- actions -----------------------------------------------------------------------------------
    def choose(self, code: str, scanned: bool = False) -> Box:
        box = self._box(code.strip().upper()) or self._box(code.strip())
        if box is None:
            if scanned:
                raise workflow.WorkflowError(
                    translate("Station", "{code} is not a box. Scan a box code, or press {key} to weigh.").format(
                        code=code, key=Command.CONFIRM.hotkey
                    )
                )
            raise workflow.WorkflowError(translate("Station", "Unknown box {code}.").format(code=code))
        self.box_code = box.code
        self.box_warning = self.packing.box_fit_warning(self.items, box)
        self.offer_demo_weight()
        return box

    def add_parcel(self) -> int:
        self.count += 1
        return self.count

    def picked(self) -> None:
        """All units verified: the Pack step starts (a demo scale gets the first parcel's weight)."""
        self.offer_demo_weight()

    def reading(self, reading: WeightReading) -> None:
        self.gate.reading(reading)

    def offer_demo_weight(self) -> None:
        """On a demo station the simulated scale gets the parcel's expected weight (with a little noise)."""
        if self.demo_scale is None or not self.order_id or not self.box_code:
            return
        box = self._box(self.box_code)
        if box is not None and self.items:
            self.demo_scale(self.packing.expected_grams(self.items, box, 1.0 / self.count))

    def weigh(self, actor: Actor, order: Order, grams: float | None) -> WeightOutcome:
        if grams is None:
            stable = self.gate.stable_g
            if stable is None:
                raise workflow.WorkflowError(
                    self.gate.view.message or translate("Station", "No stable weight yet: wait for the scale.")
                )
            grams = stable
        if not self.box_code:
            raise workflow.WorkflowError(translate("Station", "Choose a box first."))
        view = self.view(order)
        number = min(view.current, self.count)
        outcome = self.packing.weigh(actor, order.order_id, grams, self.box_code, number, 1.0 / self.count)
        self.last_number = number
        self.parcels = self.packing.weighed_parcels(order.order_id)
        self.gate.new_parcel()  # the next parcel's weight counts only after the scale clears
        return outcome

    def _box(self, code: str) -> Box | None:
        return next((b for b in self.packing.rules.boxes if b.code == code), None)
