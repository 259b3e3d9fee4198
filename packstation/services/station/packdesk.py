"""The Pack step of the session: parcels, the box for the next one, the scale's stable reading.

The rules are the services' own: a parcel's weight counts when it is within the station's current
tolerance or a supervisor accepted it (the `weight_override` recorded in the database), and the
expected weight is `PackingService.expected_grams`. Catalog and parcel reads happen when the order
opens or a parcel is weighed, never while the screen is drawn.
"""

from __future__ import annotations

from packstation.devices.scales import WeightReading
from packstation.domain import workflow
from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.packing import Box, PackItem
from packstation.domain.users import Actor
from packstation.services.packing import PackingService, WeighedParcel, WeightOutcome
from packstation.services.station.view import PackView, ParcelView


class PackDesk:
    """Parcels of the open order and the box and weight for the next one."""

    empty = PackView()

    def __init__(self, packing: PackingService) -> None:
        self.packing = packing
        self.forget()

    def forget(self) -> None:
        self.order_id = ""
        self.count = 1
        self.box_code = ""
        self.suggested = ""
        self.items: list[PackItem] = []
        self.parcels: list[WeighedParcel] = []
        self.stable: WeightReading | None = None
        self.box_warning = ""
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
            stable_g=self.stable.grams if self.stable else None,
            box_warning=self.box_warning,
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
            raise workflow.WorkflowError("No weight to accept: weigh the parcel first.")
        return self.last_number if self.last_number in weighed else weighed[-1]

    # -- actions -----------------------------------------------------------------------------------
    def choose(self, code: str, scanned: bool = False) -> Box:
        box = self._box(code.strip().upper()) or self._box(code.strip())
        if box is None:
            if scanned:
                raise workflow.WorkflowError(
                    f"{code} is not a box. Scan a box code, or press {Command.CONFIRM.hotkey} to weigh."
                )
            raise workflow.WorkflowError(f"Unknown box {code}.")
        self.box_code = box.code
        self.box_warning = self.packing.box_fit_warning(self.items, box)
        return box

    def add_parcel(self) -> int:
        self.count += 1
        return self.count

    def reading(self, reading: WeightReading) -> None:
        self.stable = reading if reading.stable else None

    def weigh(self, actor: Actor, order: Order, grams: float | None) -> WeightOutcome:
        if grams is None:
            if self.stable is None or self.stable.grams <= 0:
                raise workflow.WorkflowError("No stable weight yet: put the parcel on the scale and wait.")
            grams = self.stable.grams
        if not self.box_code:
            raise workflow.WorkflowError("Choose a box first.")
        view = self.view(order)
        number = min(view.current, self.count)
        outcome = self.packing.weigh(actor, order.order_id, grams, self.box_code, number, 1.0 / self.count)
        self.last_number = number
        self.parcels = self.packing.weighed_parcels(order.order_id)
        return outcome

    def _box(self, code: str) -> Box | None:
        return next((b for b in self.packing.rules.boxes if b.code == code), None)
