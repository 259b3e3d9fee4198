"""What the station window shows, derived from the session: the step, and the parcels of the open order.

Qt-free, so the routing of statuses to pages is tested without a display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum

from packstation.domain.orders import OrderStatus, Parcel
from packstation.domain.packing import WeightTolerance, check_weight


class Step(StrEnum):
    """What the window shows; derived from the session and the order's status, never stored."""

    FIRST_ADMIN = "first admin"
    LOGIN = "log in"
    SETTINGS = "settings"
    QUEUE = "queue"
    CONFIRM = "confirm"
    PICK = "pick"
    PACK = "pack"
    LABEL = "label"
    PHOTO = "photograph"
    DONE = "done"
    HELD = "on hold"


PACKING_STEPS = (Step.CONFIRM, Step.PICK, Step.PACK, Step.LABEL, Step.PHOTO, Step.DONE)
BY_STATUS = {
    OrderStatus.PICKED: Step.PACK,
    OrderStatus.PACKED: Step.LABEL,
    OrderStatus.LABELLED: Step.PHOTO,
    OrderStatus.PHOTOGRAPHED: Step.DONE,
    OrderStatus.SHIPPED: Step.DONE,
    OrderStatus.ON_HOLD: Step.HELD,
    OrderStatus.CANCELLED: Step.HELD,
}
LEVEL_SOUND = {"ok": "ok", "error": "error", "done": "done"}


@dataclass
class PackPlan:
    """Parcels of the open order: how many, which one is next, and the box chosen for it."""

    count: int = 1
    box_code: str = ""
    parcels: list[Parcel] = field(default_factory=list)
    tolerance: WeightTolerance = field(default_factory=WeightTolerance)
    overridden: set[int] = field(default_factory=set)  # parcels a supervisor accepted out of tolerance

    def accepted(self, parcel: Parcel) -> bool:
        """Weighed within tolerance, or accepted by a supervisor: a mismatch released without override is reweighed."""
        if parcel.weight_g is None:
            return False
        if parcel.number in self.overridden:
            return True
        return check_weight(parcel.weight_g, parcel.expected_weight_g or 0.0, self.tolerance).within

    @property
    def weighed(self) -> int:
        return sum(1 for p in self.parcels if self.accepted(p))

    @property
    def current(self) -> int:
        """Number of the parcel to weigh next (count + 1 when all are weighed)."""
        return min(self.weighed + 1, self.count + 1)


def expected_refusal(exc: BaseException) -> bool:
    """Refusals the services raise on purpose (their message is for the packer), not bugs."""
    from packstation.domain.users import PermissionDenied
    from packstation.domain.workflow import WorkflowError

    names = {cls.__name__ for cls in type(exc).__mro__}
    return isinstance(exc, WorkflowError | PermissionDenied) or bool(names & {"UserError", "ScaleError"})
