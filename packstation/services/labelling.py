"""The Label step: tracking number, SSCC, rendered label, stored print job, printer, events.

Every label is a row in `print_jobs` before a byte goes to the printer. Once the printer said it is
ready the job is committed as *sending*, then its bytes go out; it is marked sent only when the
printer confirmed it afterwards. A printer that is off or out of paper leaves the job queued with the
reason, and `pump()` (or pressing Print again) sends it when the printer is back; a job that cannot
go holds back only the later labels of its own order. A job whose fate is unknown waits for a person:
`confirm_printed` or `reprint`; that includes a job found *sending* after a crash, which is never
sent again on its own (`recover_interrupted`).
"""

from __future__ import annotations

import logging
import threading
import uuid
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from packstation.config import LabelConfig
from packstation.devices.printers import Outcome, Printer, PrinterStatus
from packstation.domain import workflow
from packstation.domain.events import LabelPrinted, LabelReprinted, LabelVoided
from packstation.domain.orders import STATUS_NAMES, Address, OrderStatus
from packstation.domain.texts import translate
from packstation.domain.tracking import DEFAULT_CARRIER_RULES, CarrierRules, TrackingRange
from packstation.domain.users import Actor, Role
from packstation.labels.model import label_content, stock_named
from packstation.labels.platform import platform_label_zpl
from packstation.labels.render import render_content
from packstation.services.packing import PackingService
from packstation.services.parcel_numbers import ParcelNumbering
from packstation.services.print_jobs import (
    LabelNotPrinted,
    PrintJob,
    platform_document,
    step_message,
    wrong_printer,
)
from packstation.services.tracking_ranges import DEMO_TRACKING_RANGES, SIM_CARRIER, tracking_ranges
from packstation.store.base import utcnow
from packstation.store.print_tables import PrintJobRow, PrintJobs
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory

LABEL_KINDS = ("label", "reprint", "platform")
INTERRUPTED = translate(
    "Label",
    "unknown: the station stopped while this label was being sent. Check whether it came out: confirm printed or reprint.",
)

log = logging.getLogger(__name__)

__all__ = [
    "DEMO_TRACKING_RANGES",
    "SIM_CARRIER",
    "LabelNotPrinted",
    "LabelService",
    "PrintJob",
    "step_message",
    "tracking_ranges",
]


class LabelService(ParcelNumbering):
    """Print, reprint and void shipping labels; called off the GUI thread (it talks to the printer)."""

    def __init__(
        self,
        uow_factory: UnitOfWorkFactory,
        station: str,
        printer: Printer,
        label_config: LabelConfig,
        clock: Callable[[], datetime] = utcnow,
        *,
        packing: PackingService,
        ranges: Mapping[str, Mapping[str, Any] | TrackingRange] | None = None,
        rules: CarrierRules | None = None,
    ) -> None:
        self.uow, self.station, self.printer, self.config, self.clock = (
            uow_factory,
            station,
            printer,
            label_config,
            clock,
        )
        self.packing = packing
        self.rules = (rules or DEFAULT_CARRIER_RULES).with_rules(SIM_CARRIER)
        self.ranges = tracking_ranges(DEMO_TRACKING_RANGES if ranges is None else ranges, self.rules)
        self._sending = threading.Lock()  # one job on the wire at a time: no double sends from two threads
        self._recovered = False  # jobs left *sending* by an earlier run are settled on the first pump

    # -- reading ---------------------------------------------------------------------------------
    def jobs(self, order_id: str) -> list[PrintJob]:
        with self.uow() as uow:
            return [PrintJob.from_row(r) for r in PrintJobs(uow.session).for_order(order_id)]

    def printer_status(self) -> PrinterStatus:
        """Ask the printer, never while a job is on the wire: many take one connection at a time."""
        with self._sending:
            return self.printer.status()

    # -- the Label step --------------------------------------------------------------------------
    def print_labels(self, actor: Actor, order_id: str) -> list[PrintJob]:
        """Store and print a label for every parcel still without one; complete the step when all are sent."""
        self.packing.ensure_not_cancelled(order_id)
        for job_id in self._prepare(actor, order_id):
            self._send(job_id)
        return [j for j in self.jobs(order_id) if j.kind == "label" and j.state != "voided"]

    def reprint(self, actor: Actor, order_id: str, parcel: int, reason: str) -> PrintJob:
        """Print a parcel's label again, with the same bytes; logged with the reason."""
        if not reason.strip():
            raise workflow.WorkflowError(translate("Label", "Say why the label is reprinted."))
        self.packing.ensure_not_cancelled(order_id)
        with self.uow() as uow:
            jobs = PrintJobs(uow.session)
            mine = [
                j for j in jobs.for_order(order_id) if j.parcel_number == parcel and j.kind in LABEL_KINDS
            ]
            printed = [j for j in mine if j.state in ("sent", "unknown")]
            if not printed:
                waiting = any(j.state in ("queued", "sending") for j in mine)
                refusal = (
                    translate("Label", "Parcel {parcel}'s label has not printed yet; it prints when the printer is ready.")
                    if waiting
                    else translate("Label", "Parcel {parcel} of order {order} has no label to reprint.")
                )
                raise workflow.WorkflowError(refusal.format(parcel=parcel, order=order_id))
            source = printed[-1]
            row = self._new_job(uow, actor, source.order_id, parcel, "reprint", source.payload or b"")
            row.tracking_number, row.format = source.tracking_number, source.format
            for job in printed:
                if job.state == "unknown":  # the person chose to reprint instead of confirming
                    job.state, job.reason = "failed", translate("Label", "replaced by reprint {job}").format(job=row.id)
            uow.record(
                LabelReprinted(
                    **self._ctx(order_id, actor), parcel=parcel, reason=reason.strip(), job_id=row.id
                )
            )
            uow.commit()
            job_id = row.id
        return self._send(job_id)

    def confirm_printed(self, actor: Actor, job_id: str) -> PrintJob:
        """A person saw the label of a job with unknown result come out: count it as sent."""
        with self.uow() as uow:
            row = PrintJobs(uow.session).get(job_id)
            if row is None or row.state != "unknown":
                raise workflow.WorkflowError(translate("Label", "Only a label whose printing is uncertain can be confirmed."))
            self._mark_sent(uow, row, actor.user_id, "confirmed printed by " + actor.user_id)
            uow.commit()
            return PrintJob.from_row(row)

    def void(self, supervisor: Actor, order_id: str, parcel: int, reason: str) -> list[PrintJob]:
        """A supervisor cancels a parcel's label: its jobs are voided and its tracking number is freed."""
        supervisor.require(Role.SUPERVISOR, translate("Label", "Voiding a label"))
        if not reason.strip():
            raise workflow.WorkflowError(translate("Label", "Say why the label is voided."))
        with self.uow() as uow:
            jobs = [
                j
                for j in PrintJobs(uow.session).for_order(order_id)
                if j.parcel_number == parcel and j.kind in LABEL_KINDS and j.state != "voided"
            ]
            stored = next((p for p in uow.parcels.for_order(order_id) if p.number == parcel), None)
            if not jobs or stored is None:
                raise workflow.WorkflowError(
                    translate("Label", "Parcel {parcel} of order {order} has no label to void.").format(
                        parcel=parcel, order=order_id
                    )
                )
            tracking = stored.tracking_number or jobs[-1].tracking_number
            for job in jobs:
                job.state = "voided"
                job.reason = translate("Label", "voided by {user}: {reason}").format(
                    user=supervisor.user_id, reason=reason.strip()
                )
                job.tracking_number = job.tracking_number or tracking
            stored.tracking_number, stored.sscc = "", ""
            uow.parcels.save(stored)
            uow.record(
                LabelVoided(
                    **self._ctx(order_id, supervisor),
                    parcel=parcel,
                    tracking_number=tracking,
                    reason=reason.strip(),
                )
            )
            order = uow.orders.get(order_id)
            if order is not None and order.status in workflow.RELABEL_FROM:
                # Photos of the voided label prove nothing: back to Label, then new photos.
                uow.record(
                    workflow.reopen_label(order, f"label voided: {reason.strip()}", self.station, supervisor.user_id, self.clock())
                )
                uow.orders.save(order)
            uow.commit()
            return [PrintJob.from_row(j) for j in jobs]

    def print_platform_label(self, actor: Actor, order_id: str, parcel: int, document: bytes) -> PrintJob:
        """Print a label the marketplace or carrier made (PDF or PNG) as given: as ZPL `^GF` on a label
        printer, or the platform's PDF unchanged (a PNG on a stock-size page) on a desktop printer."""
        if self.printer.takes_documents:
            fmt, payload = "pdf", platform_document(document, self.config.stock, self.config.dpi)
        else:
            fmt, payload = "zpl", platform_label_zpl(document, self.config.stock, self.config.dpi)
        self.packing.ensure_not_cancelled(order_id)
        with self.uow() as uow:
            row = self._new_job(uow, actor, order_id, parcel, "platform", payload, fmt)
            stored = next((p for p in uow.parcels.for_order(order_id) if p.number == parcel), None)
            row.tracking_number = stored.tracking_number if stored else ""
            uow.commit()
            job_id = row.id
        return self._send(job_id)

    def pump(self) -> int:
        """Send every queued job the printer will take now; returns how many are still waiting.

        A job that stays queued holds back the later jobs of its own order only (parcels keep their
        order); other orders' labels are tried. Two orders in a row that cannot print mean the
        printer itself is not taking jobs: the rest waits for the next pass.
        """
        if not self._recovered:
            self.recover_interrupted()
        with self.uow() as uow:
            waiting = [(r.id, r.order_id) for r in PrintJobs(uow.session).queued(limit=1000)]
        held: set[str] = set()
        still = refused_in_a_row = 0
        for job_id, order_id in waiting:
            if order_id in held or refused_in_a_row >= 2:
                still += 1
                continue
            try:
                state = self._send(job_id).state
            except Exception:  # noqa: BLE001 - one job's failure must not stop the others
                log.exception("print job %s could not be sent", job_id)
                state = "queued"
            if state == "queued":
                still += 1
                held.add(order_id)
                refused_in_a_row += 1
            else:
                refused_in_a_row = 0
        return still

    def recover_interrupted(self) -> list[PrintJob]:
        """Jobs an earlier run left *sending* (killed between send and record): their result is
        unknown, so a person confirms printed or reprints. Never sent again on their own."""
        # Holding the send lock: none of this service's own jobs is on the wire meanwhile.
        with self._sending, self.uow() as uow:
            rows = PrintJobs(uow.session).sending()
            for row in rows:
                row.state, row.reason, row.last_error = "unknown", INTERRUPTED, INTERRUPTED
            uow.commit()
            self._recovered = True
            return [PrintJob.from_row(r) for r in rows]

    # -- preparing labels --------------------------------------------------------------------------
    def _prepare(self, actor: Actor, order_id: str) -> list[str]:
        """In one transaction: tracking numbers, SSCCs, rendered labels and queued jobs for every parcel."""
        with self.uow() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise workflow.WorkflowError(translate("Label", "Order {order} is not on this station.").format(order=order_id))
            if order.status not in (OrderStatus.PACKED, OrderStatus.LABELLED):
                raise workflow.WorkflowError(
                    translate("Label", "Order {order} is {status}; its label prints once it is packed.").format(
                        order=order_id, status=STATUS_NAMES.get(order.status.value, order.status.value)
                    )
                )
            parcels = uow.parcels.for_order(order_id)
            if not parcels:
                raise workflow.WorkflowError(
                    translate("Label", "Order {order} has no weighed parcel to label.").format(order=order_id)
                )
            jobs = PrintJobs(uow.session)
            existing = [j for j in jobs.for_order(order_id) if j.kind in LABEL_KINDS]
            fragile = any(p.fragile for p in uow.catalog.many([line.sku for line in order.lines]).values())
            queued: list[str] = []
            for parcel in parcels:
                live = [j for j in existing if j.parcel_number == parcel.number and j.state != "voided"]
                if live:  # printed, waiting or uncertain: never a second label unasked
                    queued += [j.id for j in live if j.state == "queued"]
                    continue
                self._assign_numbers(uow, order, parcel)
                uow.parcels.save(parcel)
                if parcel.number == 1 and not order.tracking_number:
                    order.tracking_number = parcel.tracking_number
                    row = uow.orders.row(order_id)  # `Orders.save` writes only workflow fields
                    if row is not None:
                        row.tracking_number = parcel.tracking_number
                content = label_content(
                    order,
                    parcel,
                    self._sender(),
                    fragile=fragile,
                    ship_date=self.clock().date(),
                    parcel_count=len(parcels),
                )
                fmt = self._format
                rendered = render_content(content, self.config.stock, self.config.dpi, [fmt])[fmt]
                job = self._new_job(uow, actor, order_id, parcel.number, "label", rendered, fmt)
                job.tracking_number = parcel.tracking_number
                queued.append(job.id)
            uow.commit()
            return queued

    def _sender(self) -> Address:
        c = self.config
        return Address(
            c.sender_name, c.sender_phone, c.sender_line1, city=c.sender_city, postcode=c.sender_postcode,
            country=c.sender_country,
        )  # fmt: skip

    @property
    def _format(self) -> str:
        """What this station's printer takes: PDF documents (desktop printer) or ZPL (label printer)."""
        return "pdf" if self.printer.takes_documents else "zpl"

    def _new_job(
        self,
        uow: UnitOfWork,
        actor: Actor,
        order_id: str,
        parcel: int,
        kind: str,
        payload: bytes,
        fmt: str = "zpl",
    ) -> PrintJobRow:
        row = PrintJobRow(
            id=str(uuid.uuid4()),
            order_id=order_id,
            parcel_number=parcel,
            kind=kind,
            format=fmt,
            payload=payload,
            blob_path="",
            printer=self.printer.name,
            tracking_number="",
            state="queued",
            attempts=0,
            last_error="",
            reason=translate("Label", "waiting to be sent"),
            requested_by=actor.user_id,
            station=self.station,
            created_at=self.clock(),
        )
        return PrintJobs(uow.session).add(row)

    # -- sending -----------------------------------------------------------------------------------
    def _send(self, job_id: str) -> PrintJob:
        """Deliver one queued job and record what happened (in one transaction with its events)."""
        with self._sending:
            with self.uow() as uow:
                row = PrintJobs(uow.session).get(job_id)
                if row is None:
                    raise workflow.WorkflowError(translate("Label", "No print job {job}.").format(job=job_id))
                if row.state != "queued":
                    return PrintJob.from_row(row)
                order = uow.orders.get(row.order_id)
                if order is not None and order.status is OrderStatus.CANCELLED:
                    row.state, row.reason = "failed", translate("Label", "not printed: the order was cancelled")
                    uow.commit()
                    return PrintJob.from_row(row)
                if row.format != self._format:  # stored for the other kind of printer: never print garbage
                    row.state, row.reason = "failed", wrong_printer(row.format, self._format)
                    uow.commit()
                    return PrintJob.from_row(row)
                payload = row.payload or b""
                name = f"{row.order_id}-{row.parcel_number}-{row.kind}-{row.id[:8]}.{row.format}"
            marked: list[bool] = []

            def mark_sending() -> None:
                """Committed before the first byte goes out: a crash from here on leaves it *sending*."""
                with self.uow() as uow:
                    sending = PrintJobs(uow.session).get(job_id)
                    assert sending is not None
                    sending.state, sending.reason = "sending", translate("Label", "being sent to the printer")
                    uow.commit()
                marked.append(True)

            paper = stock_named(self.config.stock)
            try:
                delivery = self.printer.deliver(
                    payload, name, page_mm=(paper.width_mm, paper.height_mm), on_sending=mark_sending
                )
            except Exception as exc:
                self._record_failure(job_id, exc, sent=bool(marked))
                raise
            with self.uow() as uow:
                row = PrintJobs(uow.session).get(job_id)
                assert row is not None
                row.attempts += 1
                row.printer = self.printer.name
                if delivery.outcome is Outcome.SENT:
                    self._mark_sent(uow, row, row.requested_by, "")
                elif delivery.outcome is Outcome.UNKNOWN:
                    row.state, row.reason, row.last_error = "unknown", delivery.reason, delivery.reason
                else:  # nothing reached the printer: waiting again
                    row.state, row.reason, row.last_error = "queued", delivery.reason, delivery.reason
                uow.commit()
                return PrintJob.from_row(row)

    def _record_failure(self, job_id: str, exc: Exception, *, sent: bool) -> None:
        """An unexpected error while delivering: after *sending* the result is unknown, else it waits."""
        text = f"{type(exc).__name__}: {exc}"
        with self.uow() as uow:
            row = PrintJobs(uow.session).get(job_id)
            if row is None:
                return
            row.attempts += 1
            if sent:
                row.state = "unknown"
                row.reason = translate(
                    "Label", "unknown: sending failed ({error}). Check whether it came out: confirm printed or reprint."
                ).format(error=text)
            else:
                row.state, row.reason = "queued", translate("Label", "not printed: {error}").format(error=text)
            row.last_error = text
            uow.commit()

    def _mark_sent(self, uow: UnitOfWork, row: PrintJobRow, user: str, reason: str) -> None:
        """Job sent: its LabelPrinted event, and the Label step completed once every parcel has a label."""
        row.state, row.sent_at, row.reason = "sent", self.clock(), reason
        ctx: dict[str, Any] = {
            "order_id": row.order_id, "station": self.station, "user": user, "occurred_at": self.clock()
        }  # fmt: skip
        if row.kind in ("label", "platform"):
            uow.record(
                LabelPrinted(
                    **ctx,
                    parcel=row.parcel_number,
                    tracking_number=row.tracking_number,
                    job_id=row.id,
                    printer=self.printer.name,
                )
            )
        order = uow.orders.get(row.order_id)
        if order is None or order.status is not OrderStatus.PACKED:
            return
        uow.session.flush()
        done = {
            j.parcel_number for j in PrintJobs(uow.session).for_order(row.order_id)
            if j.kind in LABEL_KINDS and j.state == "sent"
        }  # fmt: skip
        if all(p.number in done for p in uow.parcels.for_order(row.order_id)):
            uow.record(workflow.complete_label(order, self.station, user, self.clock()))
            uow.orders.save(order)

    def _ctx(self, order_id: str, actor: Actor) -> dict[str, Any]:
        return {
            "order_id": order_id,
            "station": self.station,
            "user": actor.user_id,
            "occurred_at": self.clock(),
        }
