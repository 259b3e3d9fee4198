"""Returns: a parcel that came back, checked unit by unit against what was shipped, graded and decided.

Pure rules, no I/O: whether an order can be received back at all, how a scanned unit is judged
against the original lines, how the arrival weight compares with the outbound weight, what the
return as a whole comes to, and by when the seller must decide.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum

from packstation.domain.orders import CARRIER_STATUSES, OrderStatus
from packstation.domain.texts import translate

DEFAULT_DECISION_HOURS = 48.0
DEFAULT_WEIGHT_TOLERANCE_G = 20.0
DEFAULT_WEIGHT_TOLERANCE_PCT = 5.0

# Photo kinds of a return, in the order they are taken; stored in the proof-photo chain.
PHOTO_LABEL = "return-label"
PHOTO_CONTENTS = "return-contents"
PHOTO_DAMAGE = "return-damage"
REQUIRED_PHOTOS: tuple[str, ...] = (PHOTO_LABEL, PHOTO_CONTENTS)
RETURN_PHOTO_PREFIX = "return-"


class ReturnRefused(Exception):
    """A return that cannot be opened or a step that cannot be taken; the message says why and what to do."""


class UnitOutcome(StrEnum):
    RETURNED = "returned"
    MISSING = "missing"
    WRONG_ITEM = "wrong_item"
    DAMAGED = "damaged"
    NOT_OURS = "not_ours"


class Grade(StrEnum):
    RESELLABLE = "resellable"
    REFURBISH = "refurbish"
    WRITE_OFF = "write_off"


class Decision(StrEnum):
    RESTOCK = "restock"
    REFURBISH = "refurbish"
    DISPOSE = "dispose"


class ReturnState(StrEnum):
    EXPECTED = "expected"  # announced by the channel (RMA), not yet arrived
    OPEN = "open"  # being unboxed at a station
    RECEIVED = "received"  # every unit checked, waiting for the seller's decision
    DECIDED = "decided"  # every unit has its decision


class ReturnOutcome(StrEnum):
    COMPLETE = "complete"
    MISSING_UNIT = "missing_unit"
    WRONG_ITEM = "wrong_item"
    DAMAGED = "damaged"
    EMPTY = "empty"


# Statuses an order has only after the courier took it: only those can come back.
SHIPPED_STATUSES: frozenset[OrderStatus] = frozenset({OrderStatus.SHIPPED, *CARRIER_STATUSES})
DEFAULT_DECISIONS = {
    Grade.RESELLABLE: Decision.RESTOCK,
    Grade.REFURBISH: Decision.REFURBISH,
    Grade.WRITE_OFF: Decision.DISPOSE,
}


def check_receivable(order_id: str, status: OrderStatus) -> None:
    """Refuse a return for an order that never left the warehouse (it cannot have come back)."""
    if status in SHIPPED_STATUSES:
        return
    if status is OrderStatus.CANCELLED:
        raise ReturnRefused(
            translate(
                "Returns",
                "Order {order} was cancelled and never shipped: this cannot be its return. "
                "Put the parcel aside for a supervisor.",
            ).format(order=order_id)
        )
    raise ReturnRefused(
        translate(
            "Returns",
            "Order {order} was never shipped (it is {status}): this cannot be its return. "
            "Put the parcel aside for a supervisor.",
        ).format(order=order_id, status=status.value)
    )


@dataclass(frozen=True)
class ExpectedLine:
    """One line of the original order: what should come back."""

    line_no: int
    sku: str
    quantity: int
    name: str = ""


@dataclass(frozen=True)
class CheckedUnit:
    """A unit as recorded at the return: what it matched and what came back."""

    seq: int
    outcome: UnitOutcome
    sku: str = ""
    line_no: int | None = None
    code: str = ""
    photo_id: str = ""
    grade: Grade | None = None
    decision: Decision | None = None
    location: str = ""
    graded_by: str = ""
    graded_at: datetime | None = None
    decided_by: str = ""
    decided_at: datetime | None = None


@dataclass(frozen=True)
class UnitVerdict:
    """What one scan-back comes to: the outcome, the line it counts against, and what to tell the packer."""

    outcome: UnitOutcome | None  # None: refused, nothing recorded
    sku: str
    line_no: int | None
    message: str

    @property
    def accepted(self) -> bool:
        return self.outcome is not None


def returned_per_line(units: Iterable[CheckedUnit]) -> dict[int, int]:
    """Units counted against each original line (returned or damaged: the item is back)."""
    counts: dict[int, int] = {}
    for unit in units:
        if unit.line_no is not None and unit.outcome in (UnitOutcome.RETURNED, UnitOutcome.DAMAGED):
            counts[unit.line_no] = counts.get(unit.line_no, 0) + 1
    return counts


def judge_unit(
    lines: Sequence[ExpectedLine],
    units: Iterable[CheckedUnit],
    code: str,
    sku: str | None,
    known_product: bool,
    damaged: bool = False,
) -> UnitVerdict:
    """Judge one scanned unit against the original lines.

    `sku` is what the catalog says the code is (None: not a product of ours). A unit of a line that
    already came back in full is refused (scanned twice); a product of ours that was not in the order
    is a wrong item; a code we do not sell is not ours.
    """
    if sku is None or not known_product:
        return UnitVerdict(
            UnitOutcome.NOT_OURS,
            "",
            None,
            translate("Returns", "{code}: not one of our products (not ours).").format(code=code),
        )
    back = returned_per_line(units)
    matching = [line for line in lines if line.sku == sku]
    if not matching:
        shipped = ", ".join(line.sku for line in lines) or translate("Returns", "nothing")
        return UnitVerdict(
            UnitOutcome.WRONG_ITEM,
            sku,
            None,
            translate("Returns", "Wrong item: {sku} came back; the order shipped {shipped}.").format(
                sku=sku, shipped=shipped
            ),
        )
    for line in matching:
        if back.get(line.line_no, 0) < line.quantity:
            outcome = UnitOutcome.DAMAGED if damaged else UnitOutcome.RETURNED
            count = back.get(line.line_no, 0) + 1
            words = (
                translate("Returns", "{sku} damaged ({count} of {quantity}).")
                if damaged
                else translate("Returns", "{sku} returned ({count} of {quantity}).")
            )
            return UnitVerdict(
                outcome, sku, line.line_no, words.format(sku=sku, count=count, quantity=line.quantity)
            )
    total = sum(line.quantity for line in matching)
    return UnitVerdict(
        None,
        sku,
        None,
        translate(
            "Returns", "{sku}: all {total} shipped already scanned back. Scanned twice? Nothing recorded."
        ).format(sku=sku, total=total),
    )


def missing_units(
    lines: Sequence[ExpectedLine], units: Iterable[CheckedUnit]
) -> list[tuple[ExpectedLine, int]]:
    """Each original line with how many of its units did not come back."""
    back = returned_per_line(units)
    return [
        (line, line.quantity - back.get(line.line_no, 0))
        for line in lines
        if back.get(line.line_no, 0) < line.quantity
    ]


def return_outcome(lines: Sequence[ExpectedLine], units: Sequence[CheckedUnit]) -> ReturnOutcome:
    """What the return as a whole comes to, the strongest fact first."""
    outcomes = {u.outcome for u in units}
    back = returned_per_line(units)
    if not back and UnitOutcome.WRONG_ITEM not in outcomes and UnitOutcome.NOT_OURS not in outcomes:
        return ReturnOutcome.EMPTY
    if UnitOutcome.WRONG_ITEM in outcomes or UnitOutcome.NOT_OURS in outcomes:
        return ReturnOutcome.WRONG_ITEM
    if UnitOutcome.MISSING in outcomes or missing_units(lines, units):
        return ReturnOutcome.MISSING_UNIT
    if UnitOutcome.DAMAGED in outcomes:
        return ReturnOutcome.DAMAGED
    return ReturnOutcome.COMPLETE


@dataclass(frozen=True)
class WeightComparison:
    """The parcel's weight on arrival against its outbound weight: the difference and what it suggests."""

    arrival_g: float | None
    outbound_g: float | None
    tolerance_g: float

    @property
    def difference_g(self) -> float | None:
        if self.arrival_g is None or self.outbound_g is None:
            return None
        return self.arrival_g - self.outbound_g

    @property
    def verdict(self) -> str:
        """same | lighter | heavier | unknown."""
        diff = self.difference_g
        if diff is None:
            return "unknown"
        if abs(diff) <= self.tolerance_g:
            return "same"
        return "lighter" if diff < 0 else "heavier"

    def text(self) -> str:
        diff = self.difference_g
        if diff is None:
            if self.outbound_g is None:
                return translate("Returns", "No outbound weight on record.")
            return translate("Returns", "Outbound {outbound} g; weigh the parcel as it arrived.").format(
                outbound=f"{self.outbound_g:.0f}"
            )
        grams = {
            "arrived": f"{self.arrival_g:.0f}",
            "shipped": f"{self.outbound_g:.0f}",
            "diff": f"{diff:+.0f}",
            "tolerance": f"{self.tolerance_g:.0f}",
        }
        if self.verdict == "same":
            words = translate(
                "Returns", "Arrived {arrived} g, shipped {shipped} g ({diff} g): the same weight as it left."
            )
        elif self.verdict == "lighter":
            words = translate(
                "Returns",
                "Arrived {arrived} g, shipped {shipped} g ({diff} g): lighter than it left by more than {tolerance} g.",
            )
        else:
            words = translate(
                "Returns",
                "Arrived {arrived} g, shipped {shipped} g ({diff} g): heavier than it left by more than {tolerance} g.",
            )
        return words.format(**grams)


def compare_weight(
    arrival_g: float | None,
    outbound_g: float | None,
    tolerance_g: float = DEFAULT_WEIGHT_TOLERANCE_G,
    tolerance_pct: float = DEFAULT_WEIGHT_TOLERANCE_PCT,
) -> WeightComparison:
    """Compare arrival and outbound weight; the tolerance is the larger of grams and percent of outbound."""
    allowed = tolerance_g
    if outbound_g:
        allowed = max(tolerance_g, abs(outbound_g) * tolerance_pct / 100)
    return WeightComparison(arrival_g, outbound_g, allowed)


def check_arrival_weight(grams: float, capacity_g: float = 30000.0) -> float:
    if grams != grams or grams <= 0 or grams > capacity_g:  # NaN, empty scale, over capacity
        raise ReturnRefused(
            translate(
                "Returns", "Weight {grams} g is not a parcel's weight (0..{most} g); weigh it again."
            ).format(grams=f"{grams:g}", most=f"{capacity_g:.0f}")
        )
    return float(grams)


def decision_due(received_at: datetime, hours: float = DEFAULT_DECISION_HOURS) -> datetime:
    """When the seller's decision on a return is due (default 48 h from receipt)."""
    return received_at + timedelta(hours=hours)


def time_left(due: datetime | None, now: datetime) -> timedelta | None:
    return None if due is None else due - now


def check_grade(unit: CheckedUnit, grade: str) -> Grade:
    try:
        value = Grade(grade)
    except ValueError:
        raise ReturnRefused(f"Unknown grade '{grade}': resellable, refurbish or write_off.") from None
    if unit.outcome in (UnitOutcome.MISSING, UnitOutcome.NOT_OURS):
        raise ReturnRefused(f"Unit {unit.seq} is {unit.outcome.value}: there is nothing to grade.")
    return value


def check_decision(unit: CheckedUnit, decision: str, location: str) -> tuple[Decision, str]:
    """A decision fits the unit: restocking needs a location and a unit graded resellable."""
    try:
        value = Decision(decision)
    except ValueError:
        raise ReturnRefused(f"Unknown decision '{decision}': restock, refurbish or dispose.") from None
    if unit.outcome in (UnitOutcome.MISSING, UnitOutcome.NOT_OURS):
        raise ReturnRefused(f"Unit {unit.seq} is {unit.outcome.value}: there is nothing to decide on.")
    if unit.grade is None:
        raise ReturnRefused(f"Grade unit {unit.seq} first (resellable, refurbish or write_off).")
    where = " ".join((location or "").split())[:64]
    if value is Decision.RESTOCK:
        if unit.grade is not Grade.RESELLABLE:
            raise ReturnRefused(
                f"Unit {unit.seq} is graded {unit.grade.value}: only resellable units are restocked."
            )
        if not where:
            raise ReturnRefused("Say which location the unit is restocked to.")
    return value, where if value is Decision.RESTOCK else ""


def all_decided(units: Iterable[CheckedUnit]) -> bool:
    open_units = [u for u in units if u.outcome not in (UnitOutcome.MISSING, UnitOutcome.NOT_OURS)]
    return all(u.decision is not None for u in open_units)


@dataclass(frozen=True)
class ReturnParcel:
    """A returned parcel linked to its original order, with its units as checked."""

    return_id: str
    order_id: str
    state: ReturnState
    opened_at: datetime | None
    station: str = ""
    opened_by: str = ""
    found_by: str = ""
    return_tracking: str = ""
    rma_id: str = ""
    arrival_weight_g: float | None = None
    outbound_weight_g: float | None = None
    outcome: ReturnOutcome | None = None
    decision_due: datetime | None = None
    closed_at: datetime | None = None
    closed_by: str = ""
    units: tuple[CheckedUnit, ...] = field(default_factory=tuple)
