"""Label actions of the station session (mixed into `StationFlow`): retry, confirm printed, reprint, void.

Each action runs through the `TaskRunner` (it talks to the printer or writes print jobs) with the
same busy/notice handling as the other finishing steps. `refresh_labels` reads the order's print
jobs and renders the label previews off the GUI thread; the Label page shows what it found.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from packstation.domain.orders import Order, OrderStatus, Parcel
from packstation.domain.users import Actor
from packstation.services.labelling import LABEL_KINDS, PrintJob, step_message

log = logging.getLogger(__name__)

LabelPreviewer = Callable[[Order, Parcel], bytes]


@dataclass(frozen=True)
class ParcelLabel:
    """One parcel on the Label page: its current print job (if any) and its rendered preview."""

    number: int
    tracking_number: str = ""
    job: PrintJob | None = None
    preview: bytes = b""

    @property
    def state(self) -> str:
        """printed | waiting | unknown | none (no live label)."""
        if self.job is None:
            return "none"
        return {"sent": "printed", "queued": "waiting", "unknown": "unknown"}.get(self.job.state, "none")

    @property
    def line(self) -> str:
        """The parcel's print state in words for the packer."""
        tracking = f" · {self.tracking_number}" if self.tracking_number else ""
        reason = self.job.reason if self.job is not None else ""
        return {
            "printed": f"Parcel {self.number}: printed ✔{tracking}",
            "waiting": f"Parcel {self.number}: waiting — {reason or 'waiting for the printer'}",
            "unknown": f"Parcel {self.number}: did it print? {reason}",
            "none": f"Parcel {self.number}: no label yet",
        }[self.state]


@dataclass
class LabelView:
    """What the Label page shows for the open order (replaced whole by each refresh)."""

    order_id: str = ""
    parcels: list[ParcelLabel] = field(default_factory=list)

    def in_state(self, state: str) -> list[ParcelLabel]:
        return [p for p in self.parcels if p.state == state]


def current_job(jobs: list[PrintJob], parcel: int) -> PrintJob | None:
    """The parcel's live label job: the latest that is not voided or replaced."""
    live = [
        j
        for j in jobs
        if j.parcel == parcel and j.kind in LABEL_KINDS and j.state in ("sent", "queued", "unknown")
    ]
    return live[-1] if live else None


class LabelActions:
    """Retry, confirm printed, reprint (with a reason) and void (supervisor) for the open order.

    Uses the session state and helpers `StationFlow` defines (order, actor, labels, runner, ...).
    """

    order: Order | None
    actor: Actor | None
    labels: Any
    label_previewer: LabelPreviewer | None
    label_view: LabelView
    packing: Any
    runner: Any
    busy: str

    # -- reading the jobs and previews -------------------------------------------------------------
    def refresh_labels(self) -> None:
        """Read the open order's print jobs and render previews off the GUI thread; `labels_loaded` after."""
        order = self.order
        if order is None or self.labels is None:
            return
        labels, previewer = self.labels, self.label_previewer
        cached = {(p.number, p.tracking_number): p.preview for p in self.label_view.parcels}

        def work() -> tuple[Order, LabelView]:
            fresh = self.packing.order(order.order_id)
            jobs = labels.jobs(order.order_id)
            view = LabelView(order.order_id)
            for parcel in self.packing.parcels(order.order_id):
                job = current_job(jobs, parcel.number)
                tracking = parcel.tracking_number or (job.tracking_number if job else "")
                preview = cached.get((parcel.number, tracking), b"")
                if not preview and previewer is not None and tracking:
                    preview = _preview(previewer, fresh, parcel)
                view.parcels.append(ParcelLabel(parcel.number, tracking, job, preview))
            return fresh, view

        self.runner.run(
            work, on_done=self._labels_read, on_error=lambda exc: log.warning("label view: %s", exc)
        )

    def _labels_read(self, result: tuple[Order, LabelView]) -> None:
        fresh, view = result
        if self.order is None or fresh.order_id != self.order.order_id:
            return
        self.label_view = view
        self.labels_loaded.emit()
        if fresh.status is not self.order.status and not self.busy:  # the spool printed it meanwhile
            self.order = fresh
            self.say("Label printed: the printer took the waiting label.", "ok")
            self.changed.emit()

    # -- acting on the labels ----------------------------------------------------------------------
    def retry_label(self) -> None:
        """Send the waiting labels again (the printer says it is ready now)."""
        labels = self.labels

        def retry(actor: Actor, order: Order) -> str:
            labels.pump()
            return step_message(self._live_jobs(order))

        self._label_step("Retrying the label", retry)

    def confirm_printed(self) -> None:
        """The packer saw the uncertain label come out: count it as printed."""
        labels = self.labels

        def confirm(actor: Actor, order: Order) -> str:
            for job in self._live_jobs(order):
                if job.state == "unknown":
                    labels.confirm_printed(actor, job.id)
            return step_message(self._live_jobs(order))

        self._label_step("Recording the label as printed", confirm)

    def reprint_label(self, reason: str) -> None:
        """Reprint every parcel's label (same bytes), logged with `reason`; prints a first label when none is out."""
        labels = self.labels

        def reprint(actor: Actor, order: Order) -> str:
            parcels = sorted({j.parcel for j in self._live_jobs(order) if j.state in ("sent", "unknown")})
            if not parcels:
                return step_message(labels.print_labels(actor, order.order_id))
            jobs = [labels.reprint(actor, order.order_id, number, reason) for number in parcels]
            return "Label reprinted (" + reason + "). " + step_message(jobs)

        self._label_step("Reprinting the label", reprint)

    def void_label(self, supervisor: Actor, reason: str) -> None:
        """A supervisor voids every live label of the open order; the next print gets a new label."""
        labels = self.labels
        who = supervisor.name or supervisor.user_id

        def void(actor: Actor, order: Order) -> str:
            parcels = sorted({j.parcel for j in self._live_jobs(order)})
            if not parcels:
                parcels = [p.number for p in self.packing.parcels(order.order_id)][:1] or [1]
            for number in parcels:
                labels.void(supervisor, order.order_id, number, reason)
            again = (
                "press OK to print a new label"
                if order.status is OrderStatus.PACKED
                else "press F7 for a new label"
            )
            return f"Label voided by {who} ({reason}); {again}."

        self._label_step("Voiding the label", void)

    def _live_jobs(self, order: Order) -> list[PrintJob]:
        jobs = self.labels.jobs(order.order_id)
        numbers = sorted({j.parcel for j in jobs})
        return [job for n in numbers if (job := current_job(jobs, n)) is not None]

    def _label_step(self, what: str, call: Callable[[Actor, Order], str]) -> None:
        if self.order is None or self.busy:
            return
        if self.labels is None:
            self.say("This station has no label service: labels cannot be printed here.", "error")
            return
        self._background(what, call, "Done.")


def _preview(previewer: LabelPreviewer, order: Order, parcel: Parcel) -> bytes:
    try:
        return previewer(order, parcel)
    except Exception as exc:  # noqa: BLE001 - a preview is a courtesy; the printed label is what counts
        log.warning("no label preview for %s parcel %s: %s", order.order_id, parcel.number, exc)
        return b""
