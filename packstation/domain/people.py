"""Who did what on an order: every event names its person; this folds them into one line per person.

When one packer picks and another weighs, labels and photographs, the review header, the evidence
pack and the metrics show each of them with their own steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

# Event type -> the step it records, in the order a parcel goes through the bench.
STEP_OF_EVENT: dict[str, str] = {
    "OrderConfirmed": "confirmed",
    "UnitScanned": "picked",
    "ScanUndone": "picked",
    "OrderPicked": "picked",
    "ParcelWeighed": "weighed",
    "OrderPacked": "weighed",
    "LabelPrinted": "labelled",
    "LabelReprinted": "labelled",
    "OrderLabelled": "labelled",
    "PhotoTaken": "photographed",
    "OrderPhotographed": "photographed",
    "OrderStaged": "staged",
    "OrderShipped": "handed over",
    "OrderHeld": "held",
    "OrderReleased": "released",
    "WeightOverridden": "accepted a weight",
    "PhotosWaived": "waived photos",
    "LabelVoided": "voided a label",
}
STEP_ORDER = list(dict.fromkeys(STEP_OF_EVENT.values()))


@dataclass(frozen=True)
class OrderPerson:
    """One person's part in an order: their user id and the steps they did, in bench order."""

    user: str
    steps: tuple[str, ...]

    @property
    def line(self) -> str:
        return f"{self.user}: {', '.join(self.steps)}"


def order_people(events: Iterable[Any]) -> list[OrderPerson]:
    """People in the order they first touched the order, each with their steps (events as rows or dicts
    with `type` and `user`)."""
    steps: dict[str, set[str]] = {}
    for event in events:
        kind = event["type"] if isinstance(event, dict) else event.type
        user = (event.get("user") if isinstance(event, dict) else getattr(event, "user", "")) or ""
        step = STEP_OF_EVENT.get(kind)
        if step is None or not user or user in ("system", "carrier"):
            continue
        steps.setdefault(user, set()).add(step)
    return [OrderPerson(user, tuple(s for s in STEP_ORDER if s in done)) for user, done in steps.items()]
