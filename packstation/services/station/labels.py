"""The Label step's state for the screen: each parcel's live print job and its preview, read off the
GUI thread; and what OK means on the Label page (confirm an uncertain label, retry, or print)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from packstation.domain.orders import Order, Parcel
from packstation.services.station.view import LabelView, ParcelLabelView
from packstation.services.words import printer_words

if TYPE_CHECKING:
    from packstation.services.print_jobs import PrintJob

log = logging.getLogger(__name__)

LABEL_KINDS = ("label", "reprint", "platform")
LIVE_STATES = ("sent", "queued", "unknown", "sending")
STATE_WORD = {"sent": "printed", "queued": "waiting", "unknown": "unknown", "sending": "unknown"}

LabelPreviewer = Callable[[Order, Parcel], bytes]


def current_job(jobs: list[PrintJob], parcel: int) -> PrintJob | None:
    """The parcel's live label job: the latest that is not voided or replaced."""
    live = [j for j in jobs if j.parcel == parcel and j.kind in LABEL_KINDS and j.state in LIVE_STATES]
    return live[-1] if live else None


def live_jobs(jobs: list[PrintJob]) -> list[PrintJob]:
    """The live job of every parcel that has one, by parcel number."""
    numbers = sorted({j.parcel for j in jobs})
    return [job for n in numbers if (job := current_job(jobs, n)) is not None]


def label_view(
    order: Order,
    parcels: list[Parcel],
    jobs: list[PrintJob],
    previewer: LabelPreviewer | None,
    cached: LabelView,
) -> LabelView:
    """The Label page's view; previews already rendered for the same parcel and number are reused."""
    known = (
        {(p.number, p.tracking_number): p.preview for p in cached.parcels}
        if cached.order_id == order.order_id
        else {}
    )
    out = []
    for parcel in parcels:
        job = current_job(jobs, parcel.number)
        tracking = parcel.tracking_number or (job.tracking_number if job else "")
        preview = known.get((parcel.number, tracking), b"")
        if not preview and previewer is not None and tracking:
            preview = _preview(previewer, order, parcel)
        state = STATE_WORD.get(job.state, "none") if job is not None else "none"
        reason = printer_words(job.state, job.reason) if job else ""
        out.append(ParcelLabelView(parcel.number, tracking, state, reason, preview))
    return LabelView(order.order_id, tuple(out))


def _preview(previewer: LabelPreviewer, order: Order, parcel: Parcel) -> bytes:
    try:
        return previewer(order, parcel)
    except Exception as exc:  # noqa: BLE001 - a preview is a courtesy; the printed label is what counts
        log.warning("no label preview for %s parcel %s: %s", order.order_id, parcel.number, exc)
        return b""
