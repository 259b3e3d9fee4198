"""The Photograph step: capture proof photos, and let an order leave only with them (or a waiver).

`PhotographService` is what the station, the CLI and the tests call. `CameraPhotoStep` binds it to
the station's camera: one press of PHOTO takes the next photo the order still needs, and the order
moves on by itself once the last one is stored.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import select

from packstation.domain import workflow
from packstation.domain.codes import PHOTO_KIND_NAMES, code_name
from packstation.domain.commands import Command
from packstation.domain.events import LabelVoided, PhotosWaived, PhotoTaken
from packstation.domain.orders import Order, OrderStatus
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import append_photo
from packstation.evidence.photos import capture_photo
from packstation.evidence.requirements import PhotoRequirements, TakenPhoto
from packstation.evidence.stamp import PhotoContext
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory

log = logging.getLogger(__name__)
LABEL_WAIVER = "label:"


class PhotosMissing(workflow.WorkflowError):
    """The order cannot leave the Photograph step yet; the message lists what is still needed."""


class LabelNotVisible(workflow.WorkflowError):
    """The photo was stored but the tracking barcode could not be read from it: take another shot."""

    def __init__(self, message: str, photo: ProofPhoto) -> None:
        super().__init__(message)
        self.photo = photo


@dataclass(frozen=True)
class ProofPhoto:
    """A stored proof photo as the station shows it."""

    id: str
    order_id: str
    kind: str
    sha256: str
    blob_key: str
    width: int
    height: int
    label_visible: bool
    taken_at: datetime
    original_blob_key: str = ""

    @classmethod
    def from_row(cls, row: ProofPhotoRow) -> ProofPhoto:
        return cls(
            row.id,
            row.order_id,
            row.kind,
            row.sha256,
            row.blob_key,
            row.width,
            row.height,
            row.label_visible,
            row.taken_at,
            row.original_blob_key,
        )


def local_zone() -> tzinfo:
    """The station computer's own time zone, for the local time burned into each stamp."""
    return datetime.now().astimezone().tzinfo or UTC


class PhotographService:
    """Capture, check and complete an order's proof photos; every change is one transaction with its event."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        requirements: PhotoRequirements | None = None,
        keep_unstamped: bool = False,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.uow, self.station = uow, station
        self.blobs = BlobStore(Path(blob_root))
        self.requirements = requirements or PhotoRequirements()
        self.keep_unstamped = keep_unstamped
        self.tz = tz or local_zone()
        self.clock = clock

    # -- reading ------------------------------------------------------------------------------------
    def photos(self, order_id: str) -> list[ProofPhoto]:
        with self.uow() as uow:
            return [ProofPhoto.from_row(r) for r in self._rows(uow, order_id)]

    def missing(self, order_id: str) -> list[str]:
        """Required photo kinds the order still needs, in the order to take them."""
        with self.uow() as uow:
            taken, waived = self._taken(uow, order_id)
        return self.requirements.missing(taken, waived)

    def needs_retake(self, order_id: str) -> bool:
        with self.uow() as uow:
            taken, waived = self._taken(uow, order_id)
        return self.requirements.needs_retake(taken, waived)

    # -- capture ------------------------------------------------------------------------------------
    def capture(
        self, actor: Actor, order_id: str, kind: str, frame: np.ndarray, camera: str = ""
    ) -> ProofPhoto:
        """Stamp and store one frame as a `kind` photo of the order and link it into the chain.

        Raises EvidenceWriteError (disk full, read-only) before anything is recorded; raises
        LabelNotVisible after storing a label photo whose tracking barcode could not be read.
        """
        kind = kind.strip()
        if not kind:
            raise workflow.WorkflowError("Say which photo this is (contents, sealed, ...).")
        order = self._order_at_photograph(order_id)
        taken_at = self.clock()
        tracking = order.tracking_number or ""
        ctx = PhotoContext(order_id, tracking, self.station, actor.user_id, kind, self.tz, camera=camera)
        shot = capture_photo(frame, ctx, taken_at, self.blobs, self.keep_unstamped, model=camera)
        draft = shot.draft(
            order_id, kind, taken_at, self.station, actor.user_id,
            camera=camera, label_visible=shot.label_visible, tracking_number=tracking,
        )  # fmt: skip
        with self.uow() as uow:
            row = append_photo(uow.session, draft)
            uow.record(
                PhotoTaken(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=taken_at,
                    photo_id=row.id,
                    kind=kind,
                    sha256=row.sha256,
                    label_visible=shot.label_visible,
                )
            )
            uow.commit()
            photo = ProofPhoto.from_row(row)
        if kind == self.requirements.label_kind and tracking and not shot.label_visible:
            raise LabelNotVisible(
                f"Label not readable in the {kind} photo: turn the label to the camera and take it "
                f"again (or a supervisor accepts it without).",
                photo,
            )
        return photo

    # -- leaving the step ---------------------------------------------------------------------------
    def complete(self, actor: Actor, order_id: str) -> Order:
        """Photographed, only with every required photo (label readable where it must be)."""
        with self.uow() as uow:
            order = self._load(uow, order_id)
            taken, waived = self._taken(uow, order_id)
            left = self.requirements.missing(taken, waived)
            if left:
                raise PhotosMissing(self._missing_text(left, taken, waived))
            uow.record(workflow.complete_photos(order, len(taken), self.station, actor.user_id, self.clock()))
            uow.orders.save(order)
            uow.commit()
            return order

    def accept_without_label(self, supervisor: Actor, order_id: str, reason: str) -> None:
        """A supervisor accepts the label photo although its barcode could not be read (audited)."""
        supervisor.require(Role.SUPERVISOR, "Accepting a photo without a readable label")
        reason = _reason(reason)
        kind = self.requirements.label_kind
        with self.uow() as uow:
            order = self._load(uow, order_id)
            taken, _ = self._taken(uow, order_id)
            if kind is None or not any(p.kind == kind for p in taken):
                raise workflow.WorkflowError("Take the photo first; then a supervisor can accept it.")
            uow.record(self._waiver(order, supervisor, [f"{LABEL_WAIVER}{kind}"], reason))
            uow.commit()

    def waive(self, supervisor: Actor, order_id: str, reason: str) -> Order:
        """A supervisor lets the order go without its missing photos (camera broken, say): audited."""
        supervisor.require(Role.SUPERVISOR, "Waiving proof photos")
        reason = _reason(reason)
        with self.uow() as uow:
            order = self._load(uow, order_id)
            taken, waived = self._taken(uow, order_id)
            left = self.requirements.missing(taken, waived)
            if order.status is not OrderStatus.LABELLED:
                raise workflow.WorkflowError(f"Order {order_id} is {order.status.value}, not at Photograph.")
            uow.record(self._waiver(order, supervisor, left, reason))
            uow.record(
                workflow.complete_photos(order, len(taken), self.station, supervisor.user_id, self.clock())
            )
            uow.orders.save(order)
            uow.commit()
            return order

    # -- helpers ------------------------------------------------------------------------------------
    def _waiver(self, order: Order, supervisor: Actor, missing: list[str], reason: str) -> PhotosWaived:
        return PhotosWaived(
            order_id=order.order_id,
            station=self.station,
            user=supervisor.user_id,
            occurred_at=self.clock(),
            missing=missing,
            reason=reason,
        )

    def _order_at_photograph(self, order_id: str) -> Order:
        with self.uow() as uow:
            order = self._load(uow, order_id)
        if order.status is OrderStatus.CANCELLED:
            raise workflow.WorkflowError(f"STOP: order {order_id} was cancelled. Do not hand it over.")
        if order.status is not OrderStatus.LABELLED:
            raise workflow.WorkflowError(
                f"Order {order_id} is {order.status.value}: photos are taken after the label."
            )
        return order

    @staticmethod
    def _load(uow: UnitOfWork, order_id: str) -> Order:
        order = uow.orders.get(order_id)
        if order is None:
            raise workflow.WorkflowError(f"No order {order_id}.")
        return order

    @staticmethod
    def _rows(uow: UnitOfWork, order_id: str) -> list[ProofPhotoRow]:
        query = select(ProofPhotoRow).where(ProofPhotoRow.order_id == order_id)
        return list(uow.session.scalars(query.order_by(ProofPhotoRow.taken_at)))

    def _taken(self, uow: UnitOfWork, order_id: str) -> tuple[list[TakenPhoto], bool]:
        events = uow.events.for_order(order_id)
        voided = [row.occurred_at for row in events if row.type == LabelVoided.type]
        since = max(voided) if voided else None  # photos of a voided label no longer count
        photos = [
            TakenPhoto(r.kind, r.label_visible, r.accepted_without_label)
            for r in self._rows(uow, order_id)
            if since is None or _aware(r.taken_at) > _aware(since)
        ]
        label_kind = self.requirements.label_kind
        order = uow.orders.get(order_id)
        if order is not None and not order.tracking_number:
            return photos, True  # no tracking number yet, so no tracking barcode to look for
        waived = any(
            row.type == PhotosWaived.type
            and f"{LABEL_WAIVER}{label_kind}" in row.payload.get("missing", [])
            and (since is None or _aware(row.occurred_at) > _aware(since))
            for row in events
        )
        return photos, waived

    def _missing_text(self, left: list[str], taken: list[TakenPhoto], waived: bool) -> str:
        parts = []
        for kind in left:
            retake = kind == self.requirements.label_kind and any(p.kind == kind for p in taken)
            parts.append(f"{kind} (label not readable: take it again)" if retake else kind)
        return "Photos still needed: " + ", ".join(parts) + "."


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _reason(reason: str) -> str:
    text = (reason or "").strip()
    if not text:
        raise workflow.WorkflowError("Type a reason for the supervisor's decision.")
    return text


class CameraPhotoStep:
    """The station's Photograph step on its camera: PHOTO takes the next needed photo of the open order."""

    def __init__(self, service: PhotographService, camera: Any, camera_name: str = "") -> None:
        self.service, self.camera = service, camera
        self.camera_name = camera_name or getattr(getattr(camera, "source", None), "describe", lambda: "")()

    def show_order(self, order: Order) -> None:
        """Put the order's parcel under a simulated camera (real cameras ignore this)."""
        source = getattr(self.camera, "source", None)
        if source is not None and hasattr(source, "set_scene"):
            scene = getattr(source, "scene", None)
            if scene is None or scene.order_id != order.order_id:
                recipient = getattr(getattr(order, "recipient", None), "name", "") or ""
                source.set_scene(order.order_id, order.tracking_number or "", True, recipient)

    def shoot(self, actor: Actor, order: Order) -> str:
        """Take the next needed photo from the newest camera frame; complete the order after the last."""
        left = self.service.missing(order.order_id)
        if not left:
            self.service.complete(actor, order.order_id)
            return translate("Photo", "All photos stored.")
        kind = left[0]
        frame = self.camera.fresh_frame()
        started = time.perf_counter()
        self.service.capture(actor, order.order_id, kind, frame.image, self.camera_name)
        log.debug("photo %s of %s in %.1f ms", kind, order.order_id, (time.perf_counter() - started) * 1000)
        left = self.service.missing(order.order_id)
        if left:
            return translate("Photo", "Photo '{kind}' stored. Next: the '{next}' photo — press {key}.").format(
                kind=code_name(PHOTO_KIND_NAMES, kind), next=code_name(PHOTO_KIND_NAMES, left[0]), key=Command.PHOTO.hotkey
            )
        self.service.complete(actor, order.order_id)
        return translate("Photo", "Photo '{kind}' stored. All photos done.").format(kind=code_name(PHOTO_KIND_NAMES, kind))
