"""The Label and Photograph steps of the session, and what happens when an order is done.

Talks to the label service (printer), the photo service (camera) and the step that ends an order
at the bench (staging for its carrier). Called on the station worker thread, never on the GUI's.
Also the seam for what follows the packer through an order (the packing video): `opened`,
`scanned`, `weighed`, `held`, `released` and `done` are called at those moments.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from packstation.domain.commands import Command
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.texts import translate
from packstation.domain.users import Actor
from packstation.services.packing import PackingService, ScanOutcome, WeightOutcome
from packstation.services.station.labels import LabelPreviewer, label_view, live_jobs
from packstation.services.station.view import LabelView, PhotoView


def step_message(jobs: list[Any]) -> str:
    # Imported when a label is printed: the print-job module brings the label renderers with it.
    from packstation.services.print_jobs import step_message as message

    return message(jobs)


# Ends an order at the bench once its photos are stored (stage it for the carrier, or hand it over).
DoneStep = Callable[[PackingService, Actor, str], Order]


def _stage(packing: PackingService, actor: Actor, order_id: str) -> Order:
    from packstation.services.staging import stage

    return stage(packing, actor, order_id)


class Finishing:
    """Print, reprint, void; photograph; and end the order at the bench."""

    no_photos = PhotoView()

    def __init__(
        self,
        packing: PackingService,
        labels: Any = None,
        photo_step: Any = None,
        previewer: LabelPreviewer | None = None,
        required_photos: tuple[str, ...] = (),
        done_step: DoneStep = _stage,
        observers: tuple[Any, ...] = (),
    ) -> None:
        self.packing, self.labels, self.photo_step = packing, labels, photo_step
        self.previewer = previewer
        self.required = tuple(required_photos)
        self.done_step = done_step
        self.observers = observers
        self.label_view = LabelView()

    # -- moments of the order (for observers such as the recorder) --------------------------------------
    def _tell(self, moment: str, *args: Any) -> None:
        for observer in self.observers:
            hook = getattr(observer, moment, None)
            if hook is not None:
                hook(*args)

    def opened(self, order: Order, actor: Actor | None) -> None:
        self._tell("order_opened", order, actor)

    def scanned(self, outcome: ScanOutcome) -> None:
        self._tell("order_scanned", outcome)

    def weighed(self, outcome: WeightOutcome) -> None:
        self._tell("order_weighed", outcome)

    def held(self, order: Order) -> None:
        self._tell("order_held", order)

    def released(self, order: Order) -> None:
        self._tell("order_released", order)

    def moved(self, order: Order) -> None:
        self._tell("order_moved", order)

    def left(self, order: Order) -> None:
        """The packer left the order at the queue (back in it, nothing packed)."""
        self._tell("order_left", order)

    def forget(self) -> None:
        self.label_view = LabelView()

    # -- label -------------------------------------------------------------------------------------------
    def _need_labels(self) -> Any:
        if self.labels is None:
            from packstation.domain.workflow import WorkflowError

            raise WorkflowError(translate("Station", "This station has no label service: labels cannot be printed here."))
        return self.labels

    def print_labels(self, actor: Actor, order: Order) -> str:
        return step_message(self._need_labels().print_labels(actor, order.order_id))

    def retry(self, actor: Actor, order: Order) -> str:
        labels = self._need_labels()
        labels.pump()
        return step_message(live_jobs(labels.jobs(order.order_id)))

    def confirm_printed(self, actor: Actor, order: Order) -> str:
        labels = self._need_labels()
        for job in live_jobs(labels.jobs(order.order_id)):
            if job.state in ("unknown", "sending"):
                labels.confirm_printed(actor, job.id)
        return step_message(live_jobs(labels.jobs(order.order_id)))

    def reprint(self, actor: Actor, order: Order, reason: str) -> str:
        """Reprint every parcel's label (same bytes), logged with `reason`; prints a first label when none is out."""
        labels = self._need_labels()
        out = sorted(
            {j.parcel for j in live_jobs(labels.jobs(order.order_id)) if j.state in ("sent", "unknown")}
        )
        if not out:
            return step_message(labels.print_labels(actor, order.order_id))
        jobs = [labels.reprint(actor, order.order_id, number, reason) for number in out]
        return translate("Station", "Label reprinted ({reason}). {labels}").format(reason=reason, labels=step_message(jobs))

    def void(self, supervisor: Actor, order: Order, reason: str) -> str:
        """A supervisor voids every live label; the order goes back to the Label step for a new one."""
        labels = self._need_labels()
        parcels = sorted({j.parcel for j in live_jobs(labels.jobs(order.order_id))})
        if not parcels:
            parcels = [p.number for p in self.packing.parcels(order.order_id)][:1] or [1]
        for number in parcels:
            labels.void(supervisor, order.order_id, number, reason)
        who = supervisor.name or supervisor.user_id
        return "warn|" + translate("Station", "Label voided by {who} ({reason}); press {key} to print a new label.").format(
            who=who, reason=reason, key=Command.CONFIRM.hotkey
        )

    def refresh(self, order: Order) -> None:
        if self.labels is None:
            return
        jobs = self.labels.jobs(order.order_id)
        self.label_view = label_view(
            order, self.packing.parcels(order.order_id), jobs, self.previewer, self.label_view
        )

    def label_next_action(self) -> str:
        view = self.label_view
        ok, reprint = Command.CONFIRM.hotkey, Command.REPRINT.hotkey
        if view.in_state("unknown"):
            return translate(
                "Next", "check the printer: {ok} if the label came out, {reprint} to reprint"
            ).format(ok=ok, reprint=reprint)
        if view.in_state("waiting"):
            return translate("Next", "fix the printer, then press {ok} to retry").format(ok=ok)
        if not view.parcels or view.in_state("none"):
            return translate("Next", "press {ok} to print the label").format(ok=ok)
        return translate("Next", "stick the label on the parcel")

    # -- photograph -----------------------------------------------------------------------------------------
    def photo_view(self, order: Order | None) -> PhotoView:
        if order is None:
            return self.no_photos
        step = self.photo_step
        if step is None:
            return PhotoView(self.required, self.required)
        step.show_order(order)
        missing = tuple(step.service.missing(order.order_id))
        retake = bool(step.service.needs_retake(order.order_id))
        camera = getattr(step, "camera", None)
        trouble = camera.trouble() if camera is not None and hasattr(camera, "trouble") else ""
        return PhotoView(self.required, missing, retake, trouble)

    def photograph(self, actor: Actor, order: Order) -> str:
        if self.photo_step is None:
            from packstation.domain.workflow import WorkflowError

            raise WorkflowError(
                translate("Station", "This station has no camera set up: a supervisor may waive the photos.")
            )
        text = self.photo_step.shoot(actor, order)
        return text if isinstance(text, str) else translate("Station", "Photos stored.")

    def supervisor_decides(self, supervisor: Actor, actor: Actor, order: Order, photos: PhotoView) -> str:
        """A supervisor lets an unreadable label photo count, or waives the photos when the camera fails."""
        service = self.photo_step.service
        who = supervisor.name or supervisor.user_id
        if photos.needs_retake:
            service.accept_without_label(supervisor, order.order_id, f"accepted at the station by {who}")
            if not service.missing(order.order_id):
                return self.photo_step.shoot(actor, order)
            return translate("Station", "Label photo accepted by {who}.").format(who=who)
        service.waive(supervisor, order.order_id, f"camera failing: {photos.camera_trouble}")
        return translate("Station", "Photos waived by {who} (camera failing).").format(who=who)

    # -- done ------------------------------------------------------------------------------------------------
    def done(self, actor: Actor, order: Order) -> Order:
        """The photos are stored: the order leaves the bench (staged for its carrier)."""
        finished = self.done_step(self.packing, actor, order.order_id)
        self._tell("order_done", finished)
        return finished

    @staticmethod
    def done_words(order: Order) -> str:
        if order.status is OrderStatus.SHIPPED:
            return translate("Station", "handed over")
        location = getattr(order, "location", "")
        carrier = order.carrier or translate("Station", "its carrier")
        if location:
            return translate("Station", "staged for {carrier} ({location}): put it with that carrier's parcels").format(
                carrier=carrier, location=location
            )
        return translate("Station", "staged for {carrier}: put it with that carrier's parcels").format(carrier=carrier)
