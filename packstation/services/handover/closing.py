"""Closing a handover with proof: photos and the courier's acknowledgement, the manifest PDF, orders Shipped."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

import numpy as np
from PIL import Image

from packstation.domain import workflow
from packstation.domain.events import HandoverClosed, OrderShipped
from packstation.domain.handover import HandoverKind, HandoverState, Manifest, ManifestPhoto, ParcelLine
from packstation.domain.orders import OrderStatus
from packstation.domain.texts import joined, translate
from packstation.domain.users import Actor
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.evidence.manifests import content_sha256, record_hash
from packstation.evidence.photos import capture_photo
from packstation.evidence.stamp import PhotoContext
from packstation.labels.manifest import render_manifest
from packstation.services.handover.errors import HandoverError, IncompleteOrders, LeftBehind
from packstation.services.handover.views import HandoverReading, HandoverView
from packstation.services.ports import CentralStatusPort, StockPort
from packstation.store.handovers import Handovers, StagedParcels
from packstation.store.uow import UnitOfWork


@dataclass(frozen=True)
class HandoverPhoto:
    """A camera frame to stamp and keep: `parcels` (what was handed over), `courier`, or `receipt`."""

    kind: str
    frame: np.ndarray


@dataclass(frozen=True)
class Acknowledgement:
    """The courier's acknowledgement: a signature drawn on a pad (PNG bytes), or a typed name."""

    typed_name: str = ""
    signature_png: bytes | None = None

    @property
    def given(self) -> bool:
        return bool(self.typed_name.strip() or self.signature_png)



class ManifestClosing(HandoverReading):
    """Close with proof: the checks before closing, the photos and signature kept, the manifest, the shipping."""

    manifest_language: str
    central: CentralStatusPort
    require_photos: bool
    stock: StockPort

    def close(
        self,
        actor: Actor,
        handover_id: str,
        confirm_left_behind: bool = False,
        photos: Sequence[HandoverPhoto] = (),
        acknowledgement: Acknowledgement | None = None,
    ) -> HandoverView:
        """Close with proof: manifest PDF stored, every order in it Shipped with the manifest id."""
        ack = acknowledgement or Acknowledgement()
        with self.uow() as uow:
            row = self._row(uow, handover_id)
            if row.state == HandoverState.CLOSED.value:
                return self._view(uow, row)
            if row.state == HandoverState.ABANDONED.value:
                raise HandoverError(translate("Handover", "Handover {id} was cancelled; open a new one.").format(id=row.id))
            view = self._view(uow, row)
            behind = self._left_behind(uow, row)
        if not view.parcels:
            raise HandoverError(
                translate("Handover", "Nothing was scanned into handover {id}: scan the parcels first.").format(id=view.id)
            )
        if view.incomplete:
            lines = [
                translate("Handover", "order {order}: {rest}").format(order=oid, rest=", ".join(rest))
                for oid, rest in view.incomplete.items()
            ]
            raise IncompleteOrders(
                translate(
                    "Handover",
                    "Some orders are not complete; scan their other parcels (or a supervisor allows a partial "
                    "handover): {orders}.",
                ).format(orders=joined(lines, "; ")),
                view.incomplete,
            )
        if behind and not confirm_left_behind:
            names = joined(
                [
                    translate("Handover", "{tracking} (order {order})").format(tracking=p.tracking_number, order=p.order_id)
                    for p in behind[:10]
                ],
                ", ",
            )
            if len(behind) > 10:
                names = translate("Handover", "{names} and {count} more").format(names=names, count=len(behind) - 10)
            raise LeftBehind(
                translate(
                    "Handover",
                    "{count} parcel(s) for {carrier} were not scanned: {names}. Scan them, or confirm they stay behind.",
                ).format(count=len(behind), carrier=view.carrier, names=names),
                behind,
            )
        kinds = [p.kind for p in photos]
        if view.kind == HandoverKind.DROPOFF.value and "receipt" not in kinds:
            raise HandoverError(translate("Handover", "Take a photo of the drop-off receipt to close this drop-off."))
        if view.kind == HandoverKind.PICKUP.value:
            if self.require_photos and not photos:
                raise HandoverError(
                    translate("Handover", "Take the handover photos: the parcels handed over, and the courier with them.")
                )
            if not ack.given:
                raise HandoverError(translate("Handover", "The courier must sign, or type their name, to acknowledge the parcels."))
        cancelled = [oid for oid in view.orders if self.central.is_cancelled(oid)]
        if cancelled:
            raise HandoverError(
                translate(
                    "Handover",
                    "STOP: order(s) {orders} were cancelled centrally. Take their parcels back "
                    "(remove them from the handover) before closing.",
                ).format(orders=", ".join(cancelled))
            )
        closed_at = self.clock()
        drafts, manifest_photos = self._store_photos(actor, view, photos, closed_at)
        signature_draft = self._store_signature(actor, view, ack, closed_at)
        parcel_lines = self._parcel_lines(view)
        manifest = Manifest(
            manifest_id=view.id,
            kind=view.kind,
            carrier=view.carrier,
            courier=view.courier_name,
            vehicle_plate=view.vehicle_plate,
            station=self.station,
            handed_over_by=actor.name or actor.user_id,
            opened_at=view.opened_at,
            closed_at=closed_at,
            local_zone=str(self.tz),
            local_closed_at=closed_at.astimezone(self.tz),
            parcels=tuple(parcel_lines),
            acknowledgement=ack.typed_name.strip() or ("signature" if ack.signature_png else ""),
            signature=ack.signature_png,
            photos=tuple(manifest_photos),
            left_behind=tuple(p.tracking_number for p in behind),
            partial_orders=tuple(view.partial_orders),
        )
        manifest = Manifest(**{**manifest.__dict__, "content_sha256": content_sha256(manifest)})
        pdf = render_manifest(manifest, self.manifest_language)
        ref = self.blobs.put(pdf, what="manifest")
        closed = self._commit_close(actor, view, manifest, ref.sha256, ref.key, drafts, signature_draft)
        # Outside the station transaction: the shipped units leave on-hand centrally (the OrderShipped
        # events settle it again when pushed, so an offline close is not lost).
        self.stock.ship(list(manifest.orders), self.station)
        return closed

    def _commit_close(
        self,
        actor: Actor,
        view: HandoverView,
        manifest: Manifest,
        pdf_sha: str,
        pdf_key: str,
        drafts: list[PhotoDraft],
        signature: PhotoDraft | None,
    ) -> HandoverView:
        with self.uow() as uow:
            row = self._row(uow, view.id)
            if row.state == HandoverState.CLOSED.value:
                return self._view(uow, row)  # closed meanwhile (a retry): nothing ships twice
            repo = Handovers(uow.session)
            parcels = repo.parcels(row.id)
            if {(p.order_id, p.number) for p in parcels} != {
                (p.order_id, p.number) for p in manifest.parcels
            }:
                raise HandoverError(translate("Handover", "The handover changed while it was closing; close it again."))
            for draft in [*drafts, *([signature] if signature else [])]:
                append_photo(uow.session, draft)
            floor = StagedParcels(uow.session)
            for p in parcels:
                staged = floor.get(p.order_id, p.number)
                if staged is not None:
                    staged.manifest_id, staged.state = row.id, "shipped"
            for order_id in manifest.orders:
                self._ship(uow, actor, order_id, row.id, manifest.closed_at)
            row.state, row.closed_by, row.closed_at = (
                HandoverState.CLOSED.value,
                actor.user_id,
                manifest.closed_at,
            )
            row.acknowledgement = manifest.acknowledgement
            row.signature_photo_id = signature.id if signature else ""
            row.photo_ids = [d.id for d in drafts]
            row.left_behind = list(manifest.left_behind)
            row.parcels, row.total_weight_g = len(parcels), manifest.total_weight_g
            row.manifest_sha256, row.manifest_blob_key = pdf_sha, pdf_key
            row.content_sha256 = manifest.content_sha256
            uow.session.flush()
            row.record_hash = record_hash(row, parcels)
            uow.record(
                HandoverClosed(
                    order_id="",
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=manifest.closed_at,
                    manifest=row.id,
                    carrier=row.carrier,
                    kind=row.kind,
                    courier=row.courier_name,
                    vehicle_plate=row.vehicle_plate,
                    parcels=len(parcels),
                    orders=manifest.orders,
                    total_weight_g=manifest.total_weight_g,
                    manifest_sha256=pdf_sha,
                    left_behind=list(manifest.left_behind),
                    photos=row.photo_ids + ([row.signature_photo_id] if row.signature_photo_id else []),
                )
            )
            view = self._view(uow, row)
            uow.commit()
            return view

    def _ship(self, uow: UnitOfWork, actor: Actor, order_id: str, manifest_id: str, now: datetime) -> None:
        order = uow.orders.get(order_id)
        if order is None:  # packed elsewhere and not copied here: the event alone tells the centre
            uow.record(
                OrderShipped(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    manifest=manifest_id,
                )
            )
            return
        if order.status is OrderStatus.SHIPPED:
            return  # the rest of an order a supervisor let go in part earlier: it shipped with that manifest
        if order.status is OrderStatus.STAGED:
            event = workflow.ship(order, self.station, actor.user_id, manifest_id, now)
        else:
            event = workflow.ship_staged_elsewhere(order, self.station, actor.user_id, manifest_id, now)
        uow.orders.save(order)
        uow.record(event)

    def _store_photos(
        self, actor: Actor, view: HandoverView, photos: Sequence[HandoverPhoto], at: datetime
    ) -> tuple[list[PhotoDraft], list[ManifestPhoto]]:
        drafts, shown = [], []
        for photo in photos:
            kind = photo.kind.strip() or "parcels"
            ctx = PhotoContext(view.id, "", self.station, actor.user_id, f"handover {kind}", self.tz)
            shot = capture_photo(photo.frame, ctx, at, self.blobs)
            drafts.append(shot.draft(view.id, f"handover:{kind}"[:32], at, self.station, actor.user_id))
            shown.append(ManifestPhoto(kind, shot.stamped.sha256, self.blobs.read(shot.stamped.key)))
        return drafts, shown

    def _store_signature(
        self, actor: Actor, view: HandoverView, ack: Acknowledgement, at: datetime
    ) -> PhotoDraft | None:
        if not ack.signature_png:
            return None
        try:
            with Image.open(io.BytesIO(ack.signature_png)) as image:
                width, height = image.size
                image.verify()
        except Exception as exc:  # noqa: BLE001 - any undecodable pad output is one message
            raise HandoverError(translate("Handover", "The signature could not be read; ask the courier to sign again.")) from exc
        ref = self.blobs.put(ack.signature_png, what="signature")
        return PhotoDraft(
            order_id=view.id,
            kind="handover:signature",
            sha256=ref.sha256,
            size=ref.size,
            blob_key=ref.key,
            width=width,
            height=height,
            taken_at=at,
            station=self.station,
            packer=actor.user_id,
        )

    @staticmethod
    def _parcel_lines(view: HandoverView) -> list[ParcelLine]:
        ordered = sorted(view.parcels, key=lambda p: (p.order_id, p.number))
        return [
            ParcelLine(
                p.order_id,
                p.number,
                p.parcels_in_order,
                p.tracking_number,
                p.weight_g,
                scanned_at=p.scanned_at,
            )
            for p in ordered
        ]
