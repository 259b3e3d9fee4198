"""Simulated handovers: every staged parcel handed over per carrier (what `simulate` ends with)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

from packstation.domain.handover import same_carrier
from packstation.domain.users import Actor
from packstation.services.handover.closing import Acknowledgement, HandoverPhoto
from packstation.services.handover.service import HandoverService
from packstation.services.handover.views import HandoverView
from packstation.store.handovers import StagedParcels


def gray_frame(width: int = 640, height: int = 360) -> np.ndarray:
    """A plain frame for simulated handovers (stamped like any photo, so the manifest shows what it was)."""
    image = np.full((height, width, 3), 96, dtype=np.uint8)
    image[height // 3 : 2 * height // 3, width // 4 : 3 * width // 4] = (40, 120, 200)  # a parcel stack
    return image


def hand_over_staged(
    handover: HandoverService,
    actor: Actor,
    carriers: Sequence[str] | None = None,
    courier: str = "Simulated courier",
    frame: Callable[[], np.ndarray] = gray_frame,
) -> list[HandoverView]:
    """A handover per carrier with every parcel ready for it scanned, closed with a photo and a typed name.

    What `packstation simulate` ends with, and `handover run --all-staged`: every staged order ships
    through a manifest. Parcels that may not go (held, cancelled) stay; incomplete orders are not forced.
    """
    with handover.uow() as uow:
        ready = StagedParcels(uow.session).waiting(ready_only=True)
    names: list[str] = []
    for p in ready:
        if p.carrier and not any(same_carrier(p.carrier, n) for n in names):
            names.append(p.carrier)
    if carriers:
        names = [n for n in names if any(same_carrier(n, c) for c in carriers)] or list(carriers)
    done = []
    for carrier in names:
        view = handover.open(actor, carrier, courier)
        for p in ready:
            if same_carrier(p.carrier, carrier):
                handover.scan(actor, view.id, p.tracking_number)
        if not handover.view(view.id).parcels:
            continue
        done.append(
            handover.close(
                actor,
                view.id,
                confirm_left_behind=True,
                photos=[HandoverPhoto("parcels", frame())],
                acknowledgement=Acknowledgement(courier),
            )
        )
    return done
