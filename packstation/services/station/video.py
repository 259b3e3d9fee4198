"""The packing video follows the session: started when the order is taken (or at its first scan),
captioned with every scan, told each step, paused while the order is held, stopped when it leaves
the bench (or after the label or the photos, as configured). An observer of `Finishing`'s moments,
so the session itself knows nothing of cameras or encoders."""

from __future__ import annotations

import logging
from typing import Any

from packstation.domain.orders import Order, OrderStatus
from packstation.domain.users import Actor
from packstation.services.packing import ScanOutcome, WeightOutcome

log = logging.getLogger(__name__)

STEP_OF_STATUS = {
    OrderStatus.CONFIRMED: "pick",
    OrderStatus.PICKED: "pack",
    OrderStatus.PACKED: "label",
    OrderStatus.LABELLED: "photo",
}


class VideoFollowsOrder:
    """Maps the session's moments onto `VideoRecordingService` calls; a recorder fault never stops packing."""

    def __init__(self, video: Any) -> None:
        self.video = video
        self.actor: Actor | None = None

    def _safely(self, what: str, call: Any, *args: Any) -> None:
        try:
            call(*args)
        except Exception:  # noqa: BLE001 - the video is evidence, packing goes on without it
            log.exception("video: %s failed", what)

    def _start(self, order: Order, actor: Actor | None) -> None:
        if self.video.order_id == order.order_id:
            return
        if self.video.order_id:
            self._safely("stop", self.video.stop, self.video.order_id)
        who: Any = actor or "station"
        self._safely("start", self.video.start, order.order_id, who, order.tracking_number or "", "pick")

    def order_opened(self, order: Order, actor: Actor | None) -> None:
        self.actor = actor
        if self.video.starts_on("take"):
            self._start(order, actor)

    def order_scanned(self, outcome: ScanOutcome) -> None:
        if self.video.order_id != outcome.order.order_id and self.video.starts_on("first_scan"):
            self._start(outcome.order, self.actor)
        if self.video.order_id == outcome.order.order_id:
            self._safely("scan", self.video.scan, outcome.sku or "?", outcome.verdict.value, outcome.message)
            if outcome.order.status is OrderStatus.PICKED:
                self._safely("step", self.video.step, "pack")

    def order_weighed(self, outcome: WeightOutcome) -> None:
        if self.video.order_id == outcome.order.order_id:
            self._safely("caption", self.video.caption, outcome.check.message())

    def order_held(self, order: Order) -> None:
        self._safely("pause", self.video.pause, order.order_id)

    def order_released(self, order: Order) -> None:
        self._safely("resume", self.video.resume, order.order_id)

    def order_moved(self, order: Order) -> None:
        """After a label or the photos: the new step, the tracking number, maybe the end."""
        if self.video.order_id != order.order_id:
            return
        if order.tracking_number:
            self._safely("tracking", self.video.set_tracking, order.tracking_number)
        step = STEP_OF_STATUS.get(order.status)
        if step:
            self._safely("step", self.video.step, step)
        trigger = {OrderStatus.LABELLED: "label", OrderStatus.PHOTOGRAPHED: "photos"}.get(order.status)
        if trigger and self.video.stops_on(trigger):
            self._safely("stop", self.video.stop, order.order_id)

    def order_left(self, order: Order) -> None:
        """Back to the queue unpacked: its recording ends now, not when the next order is taken."""
        if self.video.order_id == order.order_id:
            self._safely("stop", self.video.stop, order.order_id)

    def order_done(self, order: Order) -> None:
        if self.video.order_id == order.order_id:
            self._safely("stop", self.video.stop, order.order_id)
