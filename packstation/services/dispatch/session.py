"""Dispatch mode at a station: choose the carrier, name the courier, scan each parcel out, close with proof.

`DispatchSession` is the Qt-free flow the dispatch page drives (on the station worker), as `StationSession`
is for packing: every action returns a frozen `DispatchView`. It holds only what the screen is doing (the
stage, the photos taken, the acknowledgement); the handover and its scans are in the station database,
so a restart resumes the open handover with every parcel already scanned.
"""

from __future__ import annotations

import itertools
import logging
import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from packstation.domain.handover import ScanVerdict, parse_courier_manifest_code, same_carrier, scanned_code
from packstation.domain.texts import Text, translate
from packstation.domain.users import Actor, PermissionDenied
from packstation.services.dispatch.view import (
    CarrierChoice,
    DispatchNotice,
    DispatchParcel,
    DispatchStage,
    DispatchView,
    VerdictView,
)
from packstation.services.handover import (
    Acknowledgement,
    HandoverError,
    HandoverPhoto,
    HandoverService,
    HandoverView,
)
from packstation.store.handovers import StagedParcels

log = logging.getLogger(__name__)

PHOTO_KINDS = ("parcels", "courier")
DROPOFF_PHOTOS = ("receipt",)  # a drop-off closes with a photo of the carrier's receipt
MANIFEST_ID = re.compile(r"^M-[A-Z0-9-]+-\d{8}-\d{4}$")
SummaryPrinter = Callable[[HandoverView], str]


def carrier_in_code(code: str, carriers: list[str]) -> str:
    """The carrier a courier's manifest barcode names (`J&T Express`, `JT|PICKUP-123`, `FLASH:...`), or ""."""
    text = code.strip()
    head = re.split(r"[|:;/#]", text, maxsplit=1)[0]
    for candidate in (text, head):
        for carrier in carriers:
            if same_carrier(candidate, carrier):
                return carrier
    return ""


class DispatchSession:
    """The dispatch screen's flow for the person logged in at the station."""

    def __init__(
        self,
        handover: HandoverService,
        camera: Any = None,
        summary_printer: SummaryPrinter | None = None,
    ) -> None:
        self.handover, self.camera, self.summary_printer = handover, camera, summary_printer
        self._seq = itertools.count(1)
        self.actor: Actor | None = None
        self._view = DispatchView()
        self._photos: dict[str, HandoverPhoto] = {}
        self._ack = Acknowledgement()

    # -- entering and leaving ---------------------------------------------------------------------
    def enter(self, actor: Actor) -> DispatchView:
        """Open dispatch mode for `actor`: the handover left open here resumes, else choose a carrier."""
        self.actor = actor
        self._reset_proof()
        open_here = self.handover.resume()
        if open_here:
            view = open_here[0]
            return self._scanning(view, translate("Dispatch", "Handover {id} for {carrier} resumed: {count}.").format(
                    id=view.id, carrier=view.carrier, count=view.count_line
                ))
        return self._choose_carrier(
            translate("Dispatch", "Dispatch mode: choose the carrier, or scan the courier's manifest barcode.")
        )

    def leave(self) -> DispatchView:
        """Back to the bench; an open handover stays open (it resumes on the next F12)."""
        note = (
            translate("Dispatch", " Handover {id} stays open.").format(id=self._view.handover_id)
            if self._open_id()
            else ""
        )
        self.actor = None
        self._reset_proof()
        self._view = DispatchView(notice=self._notice(translate("Dispatch", "Back to packing.") + note, "info"))
        return self._view

    def view(self) -> DispatchView:
        return self._view

    # -- carrier and courier ----------------------------------------------------------------------
    def choose_carrier(self, carrier: str) -> DispatchView:
        self._actor()
        name = carrier.strip()
        if not name:
            return self._say(translate("Dispatch", "Choose the carrier first (or scan the courier's manifest barcode)."), "error")
        known = [c.carrier for c in self._view.carriers]
        name = carrier_in_code(name, known) or name
        choice = next((c for c in self._view.carriers if c.carrier == name), None)
        if choice is not None and choice.open_handover:
            return self._scanning(self.handover.view(choice.open_handover), translate("Dispatch", "Open handover resumed."))
        self._view = replace(
            self._view,
            stage=DispatchStage.COURIER,
            carrier=name,
            notice=self._notice(translate("Dispatch", "{carrier}: type or scan the courier's name, then OK.").format(carrier=name), "info"),
        )
        return self._view

    def set_courier(self, name: str, plate: str = "") -> DispatchView:
        """Open the handover for the chosen carrier with the courier's name and vehicle plate."""
        return self._open(name, plate, "pickup")

    def dropoff(self) -> DispatchView:
        """Open a drop-off instead: the seller takes the parcels to the carrier, and closes it later with a
        photo of the drop-off receipt (leave dispatch meanwhile; it resumes with its scans)."""
        return self._open("", "", "dropoff")

    def _open(self, name: str, plate: str, kind: str) -> DispatchView:
        actor = self._actor()
        try:
            view = self.handover.open(actor, self._view.carrier, name, plate, kind=kind)
        except (HandoverError, PermissionDenied) as exc:
            return self._say(_words(exc), "error")
        if kind == "dropoff":
            words = translate("Dispatch", "Drop-off {id} open: scan each parcel's label.")
        else:
            words = translate("Dispatch", "Handover {id} open: scan each parcel's label.")
        return self._scanning(view, words.format(id=view.id))

    # -- scanning ---------------------------------------------------------------------------------
    def scan(self, raw: str) -> DispatchView:
        """A barcode at the dispatch screen, read by what the stage expects."""
        code = raw.strip()
        stage = self._view.stage
        if not code:
            return self._say(translate("Dispatch", "Nothing was read: scan again."), "error")
        if stage is DispatchStage.CARRIER:
            return self._scan_carrier(code)
        if stage is DispatchStage.COURIER:
            if self._is_parcel_label(code):
                return self._say(
                    translate(
                        "Dispatch",
                        "That is a parcel's label: open the handover first (the courier's name, then OK), "
                        "then scan the parcels.",
                    ),
                    "error",
                )
            view = self._view
            if not view.courier:
                self._view = replace(view, courier=code[:80], notice=self._notice(translate("Dispatch", "Courier: {name}").format(name=code), "info"))
            else:
                self._view = replace(
                    view, vehicle_plate=code.upper()[:32], notice=self._notice(translate("Dispatch", "Plate read."), "info")
                )
            return self._view
        if stage is DispatchStage.DONE:
            return self._say(translate("Dispatch", "This handover is closed: OK for a new one."), "error")
        return self.scan_parcel(code)

    def scan_parcel(self, code: str) -> DispatchView:
        """Judge one parcel label at once; an accepted parcel is in the handover (and the database)."""
        actor, handover_id = self._actor(), self._open_id()
        if not handover_id:
            return self._say(translate("Dispatch", "No handover is open: choose the carrier first."), "error")
        try:
            verdict = self.handover.scan(actor, handover_id, code)
        except HandoverError as exc:
            return self._say(_words(exc), "error")
        return self._judged(verdict)

    def _judged(self, verdict: ScanVerdict) -> DispatchView:
        view = self._view
        parcels = view.parcels
        if verdict.accepted and not any(p.tracking_number == verdict.tracking_number for p in parcels):
            parcels = (*parcels, DispatchParcel(verdict.order_id, verdict.parcel, verdict.tracking_number))
        incomplete = tuple((oid, rest) for oid, rest in view.incomplete if oid != verdict.order_id)
        if verdict.accepted and verdict.rest_of_order:
            incomplete = (*incomplete, (verdict.order_id, verdict.rest_of_order))
        left = tuple(p for p in view.left_behind if p.tracking_number != verdict.tracking_number)
        self._view = replace(
            view,
            parcels=parcels,
            incomplete=incomplete,
            left_behind=left,
            count_line=verdict.count_line or view.count_line,
            last=VerdictView(verdict, next(self._seq)),
            notice=None,
        )
        return self._view

    def undo_last(self) -> DispatchView:
        """Take the last scanned parcel out again (scanned by mistake)."""
        actor, handover_id = self._actor(), self._open_id()
        if not handover_id or not self._view.parcels:
            return self._say(translate("Dispatch", "Nothing scanned to take out."), "error")
        last = self._view.parcels[-1]
        try:
            view = self.handover.remove(actor, handover_id, last.tracking_number)
        except HandoverError as exc:
            return self._say(_words(exc), "error")
        return self._scanning(view, translate("Dispatch", "{tracking} taken out of the handover.").format(tracking=last.tracking_number), tone="warn")

    # -- closing ----------------------------------------------------------------------------------
    def start_closing(self) -> DispatchView:
        """Ready to close: list what is left behind for this carrier, then photos and acknowledgement."""
        self._actor()
        handover_id = self._open_id()
        if not handover_id:
            return self._say(translate("Dispatch", "No handover is open."), "error")
        view = self.handover.view(handover_id)
        if not view.parcels:
            return self._say(translate("Dispatch", "Nothing is scanned yet: scan the parcels first."), "error")
        if view.incomplete:
            rest = "; ".join(
                translate("Dispatch", "order {order}: {parcels}").format(order=oid, parcels=", ".join(t))
                for oid, t in view.incomplete.items()
            )
            self._view = self._from_handover(view)
            return self._say(
                translate("Dispatch", "Orders not complete: scan their other parcels first ({rest}).").format(rest=rest),
                "error",
            )
        behind = tuple(self.handover.left_behind(handover_id))
        self._view = replace(
            self._from_handover(view),
            stage=DispatchStage.CLOSING,
            left_behind=behind,
            left_behind_confirmed=not behind,
        )
        if behind:
            return self._say(
                translate(
                    "Dispatch", "{count} parcel(s) for {carrier} not scanned: scan them, or OK to leave them behind."
                ).format(count=len(behind), carrier=view.carrier),
                "warn",
            )
        return self._say(translate("Dispatch", "Every waiting parcel is scanned. PHOTO: the parcels handed over."), "ok")

    def confirm(self) -> DispatchView:
        """OK at the dispatch screen: the next thing the stage needs."""
        stage = self._view.stage
        if stage is DispatchStage.COURIER:
            return self.set_courier(self._view.courier, self._view.vehicle_plate)
        if stage is DispatchStage.SCANNING:
            return self.start_closing()
        if stage is DispatchStage.CLOSING:
            if self._view.needs_left_behind_confirmation:
                self._view = replace(self._view, left_behind_confirmed=True)
                return self._say(
                    translate("Dispatch", "{count} parcel(s) stay behind. PHOTO: the parcels.").format(
                        count=len(self._view.left_behind)
                    ),
                    "warn",
                )
            return self.close()
        if stage is DispatchStage.DONE:
            return self._choose_carrier(translate("Dispatch", "New handover: choose the carrier."))
        return self._say(translate("Dispatch", "Choose the carrier first."), "error")

    def back(self) -> DispatchView:
        """Esc: one stage back; the handover and its scans stay."""
        stage = self._view.stage
        if stage is DispatchStage.COURIER:
            return self._choose_carrier(translate("Dispatch", "Choose the carrier."))
        if stage is DispatchStage.CLOSING:
            view = self.handover.view(self._open_id())
            return self._scanning(view, translate("Dispatch", "Back to scanning."))
        return self._say(translate("Dispatch", "Press F12 to go back to packing."), "info")

    def take_photo(self, kind: str = "") -> DispatchView:
        """A handover photo from the station camera: the parcels first, then the courier with them."""
        self._actor()
        if self._view.stage is not DispatchStage.CLOSING:
            return self._say(translate("Dispatch", "Photos are taken when closing: press OK when every parcel is scanned."), "error")
        kinds = self._photo_kinds()
        kind = kind or next((k for k in kinds if k not in self._photos), kinds[0])
        if self.camera is None:
            return self._say(translate("Dispatch", "No camera at this station: the handover photos cannot be taken."), "error")
        try:
            frame = self.camera.fresh_frame()
        except Exception as exc:  # noqa: BLE001 - a camera fault is a message, the handover stays
            return self._say(
                translate("Dispatch", "The camera gave no picture ({fault}); check it and press PHOTO again.").format(
                    fault=exc
                ),
                "error",
            )
        self._photos[kind] = HandoverPhoto(kind, frame.image)
        self._view = replace(self._view, photos=tuple(k for k in kinds if k in self._photos))
        return self._say(translate("Dispatch", "Photo of the {kind} taken.").format(kind=PHOTO_NAMES.get(kind, kind)), "ok")

    def acknowledge(self, typed_name: str = "", signature_png: bytes | None = None) -> DispatchView:
        """The courier's acknowledgement: a signature from the pad (PNG) or their typed name."""
        ack = Acknowledgement(typed_name.strip(), signature_png or None)
        if not ack.given:
            return self._say(translate("Dispatch", "The courier must sign, or type their name."), "error")
        self._ack = ack
        words = "signature" if ack.signature_png else ack.typed_name
        self._view = replace(self._view, acknowledgement=words)
        return self._say(translate("Dispatch", "Acknowledged by {who}. OK to close the handover.").format(who=words), "ok")

    def close(self) -> DispatchView:
        """Close with the photos and the acknowledgement: the manifest is written, the orders Shipped."""
        actor, handover_id = self._actor(), self._open_id()
        view = self._view
        if view.needs_left_behind_confirmation:
            return self._say(translate("Dispatch", "Confirm the parcels left behind first (OK)."), "error")
        try:
            closed = self.handover.close(
                actor,
                handover_id,
                confirm_left_behind=view.left_behind_confirmed,
                photos=[self._photos[k] for k in self._photo_kinds() if k in self._photos],
                acknowledgement=self._ack,
            )
        except (HandoverError, PermissionDenied) as exc:
            return self._say(_words(exc), "error")
        printed = ""
        if self.summary_printer is not None:
            try:
                printed = self.summary_printer(closed)
            except Exception as exc:  # noqa: BLE001 - the handover is closed; a printer fault is a message
                log.warning("manifest summary not printed: %s", exc)
                printed = translate("Dispatch", "Summary not printed: {fault}").format(fault=exc)
        self._reset_proof()
        self._view = replace(
            self._from_handover(closed),
            stage=DispatchStage.DONE,
            manifest_id=closed.id,
            shipped_orders=len(closed.orders),
            summary_printed=printed,
            closed_at=closed.closed_at,
        )
        text = translate("Dispatch", "Manifest {id} closed: {parcels} parcel(s), {orders} order(s) Shipped.").format(
            id=closed.id, parcels=len(closed.parcels), orders=len(closed.orders)
        )
        return self._say(text + (" " + printed if printed else ""), "done")

    # -- helpers ----------------------------------------------------------------------------------
    def _scan_carrier(self, code: str) -> DispatchView:
        """The courier's manifest barcode (ours: `CARRIER|M-...|N`, or a bare manifest id), or a carrier name."""
        courier_code = parse_courier_manifest_code(code)
        manifest_id = courier_code[1] if courier_code else code.upper()
        if MANIFEST_ID.match(manifest_id):
            try:
                view = self.handover.view(manifest_id)
            except HandoverError as exc:
                if courier_code is None:
                    return self._say(_words(exc), "error")
            else:
                if view.state == "open":
                    return self._scanning(view, translate("Dispatch", "Handover {id} resumed.").format(id=view.id))
                return self._say(
                    translate(
                        "Dispatch", "Handover {id} is {state} ({count} parcels); choose the carrier for a new one."
                    ).format(id=view.id, state=view.state, count=len(view.parcels)),
                    "error",
                )
        carrier = carrier_in_code(
            courier_code[0] if courier_code else code, [c.carrier for c in self._view.carriers]
        )
        if not carrier:
            known = ", ".join(c.carrier for c in self._view.carriers) or translate("Dispatch", "none waiting")
            return self._say(
                translate("Dispatch", "No carrier in {code}: choose one ({known}).").format(code=repr(code), known=known),
                "error",
            )
        return self.choose_carrier(carrier)

    def _choose_carrier(self, message: str) -> DispatchView:
        actor = self._actor()
        choices = tuple(
            CarrierChoice(
                row.carrier,
                row.staged_parcels,
                len(row.due_today),
                len(row.late),
                row.open_handovers[0] if row.open_handovers else "",
            )
            for row in self.handover.board()
        )
        self._reset_proof()
        self._view = DispatchView(
            active=True,
            stage=DispatchStage.CARRIER,
            actor_name=actor.name or actor.user_id,
            carriers=choices,
            notice=self._notice(message, "info"),
        )
        return self._view

    def _scanning(self, view: HandoverView, message: str, tone: str = "info") -> DispatchView:
        self._view = replace(
            self._from_handover(view), stage=DispatchStage.SCANNING, last=None, left_behind_confirmed=False
        )
        return self._say(message, tone)

    def _from_handover(self, view: HandoverView) -> DispatchView:
        actor = self._actor()
        return DispatchView(
            active=True,
            stage=self._view.stage,
            actor_name=actor.name or actor.user_id,
            carriers=self._view.carriers,
            carrier=view.carrier,
            courier=view.courier_name,
            vehicle_plate=view.vehicle_plate,
            handover_id=view.id,
            count_line=view.count_line,
            parcels=tuple(DispatchParcel(p.order_id, p.number, p.tracking_number) for p in view.parcels),
            incomplete=tuple((oid, tuple(rest)) for oid, rest in view.incomplete.items()),
            last=self._view.last,
            left_behind=self._view.left_behind,
            left_behind_confirmed=self._view.left_behind_confirmed,
            photos=tuple(
                k for k in (DROPOFF_PHOTOS if view.kind == "dropoff" else PHOTO_KINDS) if k in self._photos
            ),
            acknowledgement=self._view.acknowledgement,
            kind=view.kind,
        )

    def _photo_kinds(self) -> tuple[str, ...]:
        return DROPOFF_PHOTOS if self._view.kind == "dropoff" else PHOTO_KINDS

    def _is_parcel_label(self, code: str) -> bool:
        tracking, sscc = scanned_code(code)
        with self.handover.uow() as uow:
            return StagedParcels(uow.session).by_code(tracking, sscc) is not None

    def _open_id(self) -> str:
        return self._view.handover_id if self._view.stage is not DispatchStage.DONE else ""

    def _actor(self) -> Actor:
        if self.actor is None:
            raise PermissionDenied(translate("Dispatch", "Log in first: dispatch needs a packer or a supervisor."))
        return self.actor

    def _reset_proof(self) -> None:
        self._photos = {}
        self._ack = Acknowledgement()
        if self._view.acknowledgement:
            self._view = replace(self._view, acknowledgement="")

    def _notice(self, text: str, tone: str) -> DispatchNotice:
        return DispatchNotice(text, tone, next(self._seq))

    def _say(self, text: str, tone: str) -> DispatchView:
        self._view = replace(self._view, notice=self._notice(text, tone))
        return self._view


PHOTO_NAMES = {
    "parcels": translate("Dispatch", "parcels"),
    "courier": translate("Dispatch", "courier"),
    "receipt": translate("Dispatch", "receipt"),
}


def _words(exc: Exception) -> str:
    """A refusal's words, still translatable when the service raised them as a core text."""
    first = exc.args[0] if exc.args else None
    return first if isinstance(first, Text) else str(exc)
