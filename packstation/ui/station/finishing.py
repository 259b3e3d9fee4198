"""The Label and Photograph steps as the window sees them: one small interface, swapped in `app.py`.

The window never knows whether a label goes to a sim printer or a Zebra, or where photos come
from: it calls `FinishingSteps` from a worker (these touch devices), and reloads the order after.
Each call returns a short line for the packer ("Label printed on sim"), or raises with the reason.
Retry, confirm printed, reprint and void go to the station's `LabelService` directly (`label_flow`).
"""

from __future__ import annotations

from typing import Protocol

from packstation.domain.orders import Order
from packstation.domain.users import Actor


class FinishingSteps(Protocol):
    """Print the labels and photograph one order (called off the GUI thread)."""

    def label(self, actor: Actor, order: Order) -> str: ...

    def photograph(self, actor: Actor, order: Order) -> str: ...
