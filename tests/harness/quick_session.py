"""A `StationSession` whose Label and Photograph steps only move the workflow on (no printer, no
camera): for sync and claim tests that need many orders packed end to end, quickly."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from packstation.domain import workflow
from packstation.domain.orders import Order
from packstation.domain.users import Actor
from packstation.services.packing import PackingService
from packstation.services.simulation import Simulator
from packstation.services.station.finishing import Finishing
from packstation.services.station.session import StationSession
from packstation.services.station.view import PhotoView

Step = Callable[[Actor, Order], Any]


class NoUsers:
    def needs_first_admin(self) -> bool:
        return False


class QuickFinishing(Finishing):
    """Label: the workflow's label step (after the cancellation check); photos: `photo` then the step."""

    def __init__(self, packing: PackingService, photo: Step | None = None) -> None:
        super().__init__(packing)
        self.photo = photo

    def print_labels(self, actor: Actor, order: Order) -> str:
        p = self.packing
        p.ensure_not_cancelled(order.order_id)
        with p.uow() as uow:  # a stand-in label: each parcel gets a tracking number
            for parcel in uow.parcels.for_order(order.order_id):
                parcel.tracking_number = f"T{order.order_id}{parcel.number}"
                uow.parcels.save(parcel)
            uow.commit()
        p._apply(order.order_id, lambda o: workflow.complete_label(o, p.station, actor.user_id))  # noqa: SLF001
        return "Label printed."

    def refresh(self, order: Order) -> None:
        return None

    def photo_view(self, order: Order | None) -> PhotoView:
        return PhotoView()

    def photograph(self, actor: Actor, order: Order) -> str:
        if self.photo is not None:
            self.photo(actor, order)
        p = self.packing
        p._apply(order.order_id, lambda o: workflow.complete_photos(o, 1, p.station, actor.user_id))  # noqa: SLF001
        return "Photos stored."


def quick_session(packing: PackingService, photo: Step | None = None, actor: Actor | None = None) -> StationSession:
    session = StationSession(packing, NoUsers(), station=packing.station, finishing=QuickFinishing(packing, photo))
    session.actor = actor or Actor("sim-packer")
    return session


def quick_simulator(packing: PackingService, barcode_for: Callable[[str], str], photo: Step | None = None) -> Simulator:
    return Simulator(quick_session(packing, photo), barcode_for)
