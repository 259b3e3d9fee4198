"""The Label and Photograph steps as simple hooks, until their own services take over."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from packstation.domain import workflow
from packstation.domain.orders import Order
from packstation.domain.users import Actor

if TYPE_CHECKING:
    from packstation.bootstrap import Station

StepHook = Callable[[Actor, Order], None]


def station_step_hooks(station: Station) -> tuple[StepHook, StepHook]:
    """Label and photo steps driven through the station's services (simulated devices by default)."""
    packing = station.packing

    def label(actor: Actor, order: Order) -> None:
        packing.ensure_not_cancelled(order.order_id)
        packing._apply(
            order.order_id,
            lambda o: workflow.complete_label(o, packing.station, actor.user_id, packing.clock()),
        )  # noqa: SLF001

    def photo(actor: Actor, order: Order) -> None:
        packing._apply(
            order.order_id,
            lambda o: workflow.complete_photos(o, 0, packing.station, actor.user_id, packing.clock()),
        )  # noqa: SLF001

    return label, photo
