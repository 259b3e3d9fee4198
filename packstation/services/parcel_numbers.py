"""A parcel's tracking number and SSCC for its label: kept, imported or allocated from the carrier's range, checked."""

from __future__ import annotations

from packstation.config import LabelConfig
from packstation.domain import workflow
from packstation.domain.orders import Order, Parcel
from packstation.domain.sscc import make_sscc
from packstation.domain.texts import translate
from packstation.domain.tracking import (
    CarrierRules,
    TrackingRange,
    UnknownCarrier,
    normalize_tracking_number,
    validate_tracking,
)
from packstation.labels.model import DuplicateTrackingNumber
from packstation.services.tracking_ranges import _canonical
from packstation.store.print_tables import PrintJobs
from packstation.store.repositories import Counters
from packstation.store.uow import UnitOfWork


class ParcelNumbering:
    """Numbers a parcel before its label is rendered (the label service's tracking rules and ranges)."""

    config: LabelConfig
    rules: CarrierRules
    ranges: dict[str, TrackingRange]

    def _assign_numbers(self, uow: UnitOfWork, order: Order, parcel: Parcel) -> None:
        """The parcel's tracking number (kept, imported or allocated) and SSCC, checked for duplicates."""
        jobs = PrintJobs(uow.session)
        number = parcel.tracking_number
        if not number and parcel.number == 1 and order.tracking_number:
            imported = normalize_tracking_number(order.tracking_number)
            if not jobs.voided_tracking(imported):
                self._validate(imported, order.carrier, allocated=False)
                number = imported
        if not number:
            number = self._allocate(uow, order.carrier)
            self._validate(number, order.carrier, allocated=True)
        owner = uow.parcels.tracking_owner(number)
        other_order = uow.orders.by_tracking(number)
        if (owner and owner != (order.order_id, parcel.number)) or (
            other_order not in (None, order.order_id)
        ):
            where = (
                translate("Label", "order {order} parcel {parcel}").format(order=owner[0], parcel=owner[1])
                if owner
                else translate("Label", "order {order}").format(order=other_order)
            )
            raise DuplicateTrackingNumber(
                translate("Label", "Tracking number {number} is already used by {where}; the label was not printed.").format(
                    number=number, where=where
                )
            )
        parcel.tracking_number = number
        prefix = self.config.gs1_company_prefix.strip()
        if prefix and not parcel.sscc:
            parcel.sscc = make_sscc(prefix, Counters(uow.session).next("sscc.serial"))

    def _validate(self, number: str, carrier: str, allocated: bool) -> None:
        try:
            self.rules.resolve(carrier)
            known = True
        except UnknownCarrier:
            known = False
        if allocated and not known:
            return  # a configured range for a carrier without a format rule: the range is the rule
        validate_tracking(number, carrier if known else None, self.rules).raise_if_invalid()

    def _allocate(self, uow: UnitOfWork, carrier: str) -> str:
        key = _canonical(carrier, self.rules) if carrier.strip() else ""
        block = self.ranges.get(key)
        if block is None:
            raise workflow.WorkflowError(
                translate(
                    "Label",
                    "Order has no tracking number and no number range is configured for carrier "
                    "{carrier}: add one under [label.tracking_ranges].",
                ).format(carrier=carrier or "(none)")
            )
        serial = block.start + Counters(uow.session).next(f"tracking.{key}") - 1
        return block.allocate(serial)
