"""The Label and Photograph steps as simple hooks, until their own services take over."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from packstation.domain.orders import Order
from packstation.domain.users import Actor

if TYPE_CHECKING:
    from packstation.bootstrap import Station

StepHook = Callable[[Actor, Order], None]


def station_step_hooks(station: Station) -> tuple[StepHook, StepHook]:
    """Label and photo steps driven through the station's services (simulated devices by default)."""
    packing = station.packing

    labels = None

    def label(actor: Actor, order: Order) -> str:
        """Print the order's labels on the configured printer (`devices.printer`) through the label service."""
        nonlocal labels
        from packstation.services.labelling import label_service_for, step_message

        if labels is None:
            labels = label_service_for(station)
        return step_message(labels.print_labels(actor, order.order_id))

    photographing = None

    def photo(actor: Actor, order: Order) -> str:
        """Every required photo from a simulated camera showing the order's parcel, then Photographed."""
        nonlocal photographing
        from packstation.devices.camera_sim import SimCamera
        from packstation.evidence.requirements import PhotoRequirements
        from packstation.services.photographing import PhotographService

        if photographing is None:
            photos = station.config.photos
            requirements = PhotoRequirements.from_config(photos.required, photos.label_must_show)
            photographing = PhotographService(
                station.uow, station.name, station.home.blobs, requirements, photos.keep_unstamped
            )
        fresh = packing.order(order.order_id)
        camera = SimCamera(station.config.photos.width, station.config.photos.height, fps=1000.0)
        camera.set_scene(fresh.order_id, fresh.tracking_number, True, fresh.recipient.name)
        for kind in photographing.missing(order.order_id):
            photographing.capture(actor, order.order_id, kind, camera.read(), camera.describe())
        photographing.complete(actor, order.order_id)
        return "Photos stored (simulated camera)."

    return label, photo
