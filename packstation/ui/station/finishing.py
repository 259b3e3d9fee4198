"""The Label and Photograph steps as the window sees them: one small interface, swapped in `app.py`.

The window never knows whether a label goes to a sim printer or a Zebra, or where photos come
from: it calls `FinishingSteps` from a worker (these touch devices), and reloads the order after.
Each call returns a short line for the packer ("Label printed on sim"), or raises with the reason.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from packstation.domain.orders import Order
from packstation.domain.users import Actor

StepHook = Callable[[Actor, Order], object]


class FinishingSteps(Protocol):
    """Label, reprint and photograph one order (called off the GUI thread)."""

    def label(self, actor: Actor, order: Order) -> str: ...

    def reprint(self, actor: Actor, order: Order) -> str: ...

    def photograph(self, actor: Actor, order: Order) -> str: ...


class HookSteps:
    """Adapter for `packstation.services.steps.station_step_hooks` (the steps until the label and
    evidence services take over)."""

    def __init__(
        self, label_hook: StepHook, photo_hook: StepHook, devices: str = "simulated devices"
    ) -> None:
        self.label_hook, self.photo_hook, self.devices = label_hook, photo_hook, devices

    def label(self, actor: Actor, order: Order) -> str:
        self.label_hook(actor, order)
        return f"Label done ({self.devices})."

    def reprint(self, actor: Actor, order: Order) -> str:
        raise NotImplementedError("Reprinting needs the label service; it is not installed on this station.")

    def photograph(self, actor: Actor, order: Order) -> str:
        detail = self.photo_hook(actor, order)
        return detail if isinstance(detail, str) and detail else f"Photos done ({self.devices})."
