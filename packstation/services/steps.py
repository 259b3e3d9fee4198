"""The Label and Photograph steps for headless runs (`packstation simulate`, benchmarks): the real label
and photo services, with the station's configured printer and a simulated camera."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from packstation.devices.camera_sim import SimCamera
from packstation.domain.orders import Order
from packstation.domain.users import Actor
from packstation.evidence.requirements import PhotoRequirements
from packstation.services.labelling import label_service_for, step_message
from packstation.services.photographing import PhotographService

if TYPE_CHECKING:
    from packstation.bootstrap import Station


class HeadlessSteps:
    """`label`, `stage_photo` and `photo` for one station, services built on first use."""

    def __init__(self, station: Station) -> None:
        self.station = station
        self._labels: Any = None
        self._photographing: Any = None
        self._camera: Any = None
        self._frames: dict[str, Any] = {}

    def label(self, actor: Actor, order: Order) -> str:
        """Print the order's labels on the configured printer (`devices.printer`) through the label service."""
        if self._labels is None:
            self._labels = label_service_for(self.station)
        return step_message(self._labels.print_labels(actor, order.order_id))

    def stage_photo(self, actor: Actor, order: Order) -> None:
        """The packer puts the labelled parcel under the camera: the simulated camera draws that scene.

        Device time, not the station's: a real camera delivers its frames from its own thread, so
        `Simulator` keeps this out of the Photograph step's timing.
        """
        photos = self.station.config.photos
        if self._camera is None:
            self._camera = SimCamera(photos.width, photos.height, fps=1000.0)
        fresh = self.station.packing.order(order.order_id)
        self._camera.set_scene(fresh.order_id, fresh.tracking_number, True, fresh.recipient.name)
        self._frames = {kind: self._camera.read() for kind in photos.required}

    def photo(self, actor: Actor, order: Order) -> str:
        """Every required photo from the staged frames, stamped, stored, chained; then Photographed."""
        if self._photographing is None:
            photos = self.station.config.photos
            requirements = PhotoRequirements.from_config(photos.required, photos.label_must_show)
            self._photographing = PhotographService(
                self.station.uow,
                self.station.name,
                self.station.home.blobs,
                requirements,
                photos.keep_unstamped,
            )
        if not self._frames:
            self.stage_photo(actor, order)
        for kind in self._photographing.missing(order.order_id):
            frame = self._frames.get(kind)
            if frame is None:
                frame = self._camera.read()
            self._photographing.capture(actor, order.order_id, kind, frame, self._camera.describe())
        self._frames = {}
        self._photographing.complete(actor, order.order_id)
        return "Photos stored (simulated camera)."
