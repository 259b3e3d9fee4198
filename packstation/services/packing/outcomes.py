"""What the packing use cases answer and refuse with: scan, weight and take outcomes, the rules, refusals."""

from __future__ import annotations

from dataclasses import dataclass

from packstation.domain import workflow
from packstation.domain.orders import Order, Parcel
from packstation.domain.packing import DEFAULT_BOXES, Box, WeightCheck, WeightTolerance
from packstation.domain.picking import ScanVerdict
from packstation.domain.stock import StockState
from packstation.domain.texts import translate


class OrderNotFound(workflow.WorkflowError):
    """No order matches what was scanned or typed."""


class ClaimRefused(workflow.WorkflowError):
    """Another station holds the order."""


class WaitingForStock(workflow.OrderNotPackable):
    """The order's units are not available (or a supervisor marked it out of stock)."""

    def __init__(self, message: str, state: StockState) -> None:
        super().__init__(message)
        self.state = state


@dataclass(frozen=True)
class ScanOutcome:
    verdict: ScanVerdict
    message: str
    order: Order
    sku: str = ""
    line_no: int | None = None

    @property
    def accepted(self) -> bool:
        return self.verdict.accepted


@dataclass(frozen=True)
class WeightOutcome:
    check: WeightCheck
    parcel: Parcel
    order: Order


@dataclass(frozen=True)
class WeighedParcel:
    """A parcel with the supervisor's acceptance of its weight, if any (`"sue: reason"`)."""

    parcel: Parcel
    override: str = ""


@dataclass(frozen=True)
class TakeResult:
    """The next order taken, or why none was: `central` says when the central store is unreachable."""

    order: Order | None
    message: str = ""
    central: str = ""
    headline: str = ""  # `central` as the start of a sentence (the banner's warning)


@dataclass
class PackingRules:
    tolerance: WeightTolerance = WeightTolerance()
    fragile_padding_mm: float = 20.0
    boxes: tuple[Box, ...] = DEFAULT_BOXES



def stock_refusal(order_id: str, state: StockState) -> str:
    """Why taking an order was refused for stock, in the queue's words."""
    if state.override == "out_of_stock":
        return translate("Packing", "Order {order} was marked out of stock by a supervisor; it waits to be cancelled.").format(
            order=order_id
        )
    if state.override == "unreachable":
        return translate(
            "Packing", "Central store unreachable: the units of order {order} could not be reserved; try again."
        ).format(order=order_id)
    return translate("Packing", "Order {order} is {stock}.").format(order=order_id, stock=state.words())
