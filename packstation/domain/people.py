"""Who did what on an order: every event names its person; this folds them into one line per person.

When one packer picks and another weighs, labels and photographs, the review header, the evidence
pack and the metrics show each of them with their own steps.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from packstation.domain.texts import QT_TRANSLATE_NOOP, joined

# Event type -> the step it records, in the order a parcel goes through the bench.
STEP_OF_EVENT: dict[str, str] = {
    "OrderConfirmed": QT_TRANSLATE_NOOP("OrderSteps", "confirmed"),
    "UnitScanned": QT_TRANSLATE_NOOP("OrderSteps", "picked"),
    "ScanUndone": QT_TRANSLATE_NOOP("OrderSteps", "picked"),
    "OrderPicked": QT_TRANSLATE_NOOP("OrderSteps", "picked"),
    "ParcelWeighed": QT_TRANSLATE_NOOP("OrderSteps", "weighed"),
    "OrderPacked": QT_TRANSLATE_NOOP("OrderSteps", "weighed"),
    "LabelPrinted": QT_TRANSLATE_NOOP("OrderSteps", "labelled"),
    "LabelReprinted": QT_TRANSLATE_NOOP("OrderSteps", "labelled"),
    "OrderLabelled": QT_TRANSLATE_NOOP("OrderSteps", "labelled"),
    "PhotoTaken": QT_TRANSLATE_NOOP("OrderSteps", "photographed"),
    "OrderPhotographed": QT_TRANSLATE_NOOP("OrderSteps", "photographed"),
    "OrderStaged": QT_TRANSLATE_NOOP("OrderSteps", "staged"),
    "OrderShipped": QT_TRANSLATE_NOOP("OrderSteps", "handed over"),
    "OrderHeld": QT_TRANSLATE_NOOP("OrderSteps", "held"),
    "OrderReleased": QT_TRANSLATE_NOOP("OrderSteps", "released"),
    "WeightOverridden": QT_TRANSLATE_NOOP("OrderSteps", "accepted a weight"),
    "PhotosWaived": QT_TRANSLATE_NOOP("OrderSteps", "waived photos"),
    "LabelVoided": QT_TRANSLATE_NOOP("OrderSteps", "voided a label"),
}
STEP_ORDER = list(dict.fromkeys(STEP_OF_EVENT.values()))


@dataclass(frozen=True)
class OrderPerson:
    """One person's part in an order: their user id and the steps they did, in bench order."""

    user: str
    steps: tuple[str, ...]

    @property
    def line(self) -> str:
        return f"{self.user}: " + joined(self.steps, ", ")


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
