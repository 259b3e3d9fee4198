"""The Pack step: the box for each parcel, its weight checked against what it should weigh, packing done."""

from __future__ import annotations

from packstation.domain import workflow
from packstation.domain.events import ParcelWeighed, WeightOverridden
from packstation.domain.orders import STATUS_NAMES, Order, OrderStatus, Parcel
from packstation.domain.packing import (
    Box,
    PackItem,
    check_box_fit,
    check_weight,
    expected_weight,
    suggest_box,
)
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.services.packing.base import PackingBase
from packstation.services.packing.outcomes import WeighedParcel, WeightOutcome
from packstation.store.records import parcel_from_row


class Weighing(PackingBase):
    """Boxes and weights: what a parcel should weigh, recording and accepting weights, finishing packing."""

    def weighed_parcels(self, order_id: str) -> list[WeighedParcel]:
        """The order's parcels with any supervisor acceptance of their weight, as stored."""
        with self.uow.read() as uow:
            return [
                WeighedParcel(parcel_from_row(row), row.weight_override or "")
                for row in uow.parcels.rows(order_id)
            ]

    def weight_counts(self, weighed: WeighedParcel) -> bool:
        """A parcel's weight counts when within the current tolerance or accepted by a supervisor."""
        p = weighed.parcel
        if p.weight_g is None:
            return False
        if weighed.override:
            return True
        return check_weight(p.weight_g, p.expected_weight_g or 0.0, self.rules.tolerance).within

    @staticmethod
    def expected_grams(items: list[PackItem], box: Box, items_share: float = 1.0) -> float:
        """What a parcel should weigh: its share of the items plus the box's tare."""
        return expected_weight(items, None) * items_share + box.tare_g

    def suggest_box_for(self, items: list[PackItem]) -> Box | None:
        return suggest_box(items, self.rules.boxes, self.rules.fragile_padding_mm)

    def box_fit_warning(self, items: list[PackItem], box: Box) -> str:
        """Why an item does not fit the chosen box (a warning; a supervisor may accept), or ""."""
        padding = self.rules.fragile_padding_mm if any(i.fragile for i in items) else 0.0
        warning = check_box_fit(items, box, padding)
        return warning.message if warning else ""

    # -- pack -------------------------------------------------------------------------------------
    def pack_items(self, order_id: str) -> list[PackItem]:
        with self.uow.read() as uow:
            order = self._load(uow, order_id)
            products = uow.catalog.many([line.sku for line in order.lines])
        items = []
        for line in order.lines:
            p = products.get(line.sku)
            if p is None or not line.picked:
                continue
            items.append(
                PackItem(
                    p.length_mm,
                    p.width_mm,
                    p.height_mm,
                    p.weight_g,
                    min(line.picked, line.quantity),
                    p.fragile,
                    sku=line.sku,
                )
            )
        return items

    def suggest_box(self, order_id: str) -> Box | None:
        return suggest_box(self.pack_items(order_id), self.rules.boxes, self.rules.fragile_padding_mm)

    def box(self, code: str) -> Box:
        for box in self.rules.boxes:
            if box.code == code:
                return box
        raise workflow.WorkflowError(translate("Packing", "Unknown box {code}.").format(code=code))

    def weigh(
        self,
        actor: Actor,
        order_id: str,
        grams: float,
        box_code: str,
        parcel_no: int = 1,
        items_share: float = 1.0,
    ) -> WeightOutcome:
        """Record a parcel's stable weight against what its items and box should weigh."""
        box = self.box(box_code)
        items = self.pack_items(order_id)
        expected = self.expected_grams(items, box, items_share)
        check = check_weight(grams, expected, self.rules.tolerance)
        with self.uow() as uow:
            order = self._load(uow, order_id)
            if order.status is not OrderStatus.PICKED:
                raise workflow.WorkflowError(
                    translate("Packing", "Order {order} is {status}; weigh it after picking.").format(
                        order=order_id, status=STATUS_NAMES.get(order.status.value, order.status.value)
                    )
                )
            parcel = Parcel(
                order_id, parcel_no, box.code, box.length_mm, box.width_mm, box.height_mm, grams, expected
            )
            uow.parcels.save(parcel)
            uow.record(
                ParcelWeighed(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=self.clock(),
                    parcel=parcel_no,
                    grams=grams,
                    expected_grams=expected,
                    within_tolerance=check.within,
                    box_code=box.code,
                )
            )
            if not check.within:
                uow.record(workflow.hold(order, check.message(), self.station, actor.user_id, self.clock()))
                uow.orders.save(order)
            uow.commit()
        return WeightOutcome(check, parcel, order)

    def override_weight(self, supervisor: Actor, order_id: str, parcel_no: int, reason: str) -> Order:
        """A supervisor accepts a weight outside tolerance (audited) and the order goes back to Pack."""
        supervisor.require(Role.SUPERVISOR, translate("Packing", "Accepting a weight mismatch"))
        if not reason.strip():
            raise workflow.WorkflowError(translate("Packing", "Say why the weight is accepted."))
        with self.uow() as uow:
            order = self._load(uow, order_id)
            parcel = next((p for p in uow.parcels.for_order(order_id) if p.number == parcel_no), None)
            if parcel is None or parcel.weight_g is None:
                raise workflow.WorkflowError(
                    translate("Packing", "Parcel {parcel} of order {order} has not been weighed.").format(
                        parcel=parcel_no, order=order_id
                    )
                )
            uow.parcels.save(parcel, weight_override=f"{supervisor.user_id}: {reason.strip()}")
            uow.record(
                WeightOverridden(
                    order_id=order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=self.clock(),
                    parcel=parcel_no,
                    grams=parcel.weight_g,
                    expected_grams=parcel.expected_weight_g or 0.0,
                    reason=reason.strip(),
                )
            )
            if order.status is OrderStatus.ON_HOLD:
                uow.record(
                    workflow.release(
                        order,
                        self.station,
                        supervisor.user_id,
                        f"weight accepted: {reason}",
                        False,
                        self.clock(),
                    )
                )
            uow.orders.save(order)
            uow.commit()
            return order

    def finish_packing(self, actor: Actor, order_id: str) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
            rows = uow.parcels.rows(order_id)
            if not rows or any(r.weight_g is None for r in rows):
                raise workflow.WorkflowError(translate("Packing", "Weigh every parcel before packing is done."))
            for r in rows:
                check = check_weight(r.weight_g or 0.0, r.expected_weight_g or 0.0, self.rules.tolerance)
                if not check.within and not r.weight_override:
                    raise workflow.WorkflowError(
                        translate(
                            "Packing", "Parcel {parcel}: {check} Reweigh it, or a supervisor must accept the weight."
                        ).format(parcel=r.number, check=check.message())
                    )
            parcels = rows
            uow.record(workflow.complete_pack(order, len(parcels), self.station, actor.user_id, self.clock()))
            uow.orders.save(order)
            uow.commit()
            return order
