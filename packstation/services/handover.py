"""Handing parcels to the carrier: open a handover, judge every scan at once, close it with proof.

`HandoverService` is what a dispatch page, the CLI, `simulate` and the tests drive. Each scan is one
transaction (its verdict, the parcel added, its event), so a crash mid-handover loses nothing: the open
handover and its scans are in the station database and `resume()` brings them back. Closing writes the
manifest PDF and makes every order in it Shipped, with the manifest id, in one transaction.
"""

from __future__ import annotations

import io
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import Any

import numpy as np
from PIL import Image

from packstation.domain import workflow
from packstation.domain.events import (
    HandoverAbandoned,
    HandoverClosed,
    HandoverOpened,
    HandoverScanRefused,
    OrderShipped,
    ParcelScannedOut,
    PartialHandoverAllowed,
)
from packstation.domain.handover import (
    CarrierBoardRow,
    FloorParcel,
    HandoverKind,
    HandoverState,
    Manifest,
    ManifestPhoto,
    ParcelLine,
    ScanVerdict,
    Verdict,
    count_line,
    incomplete_orders,
    judge_refusal,
    refusal_for_unstaged,
    same_carrier,
    scanned_code,
    unknown_parcel,
)
from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor, Role
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.evidence.manifests import content_sha256, record_hash
from packstation.evidence.photos import capture_photo
from packstation.evidence.stamp import PhotoContext
from packstation.labels.manifest import render_manifest
from packstation.services.ports import CentralStatusPort, NoCentralStatus
from packstation.store.base import utcnow
from packstation.store.handovers import Handovers, StagedParcels, floor_parcel
from packstation.store.print_tables import PrintJobs
from packstation.store.records import Counters
from packstation.store.tables import HandoverRow, ParcelRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory

EXPECTED_TTL_S = 5.0


class HandoverError(workflow.WorkflowError):
    """A handover action that cannot be done; the message says why and what to do."""


class LeftBehind(HandoverError):
    """Parcels for this carrier were not scanned: the closer must confirm they stay behind."""

    def __init__(self, message: str, parcels: list[FloorParcel]) -> None:
        super().__init__(message)
        self.parcels = parcels


class IncompleteOrders(HandoverError):
    """Some multi-parcel orders are only partly scanned (and no supervisor allowed a partial handover)."""

    def __init__(self, message: str, missing: dict[str, list[str]]) -> None:
        super().__init__(message)
        self.missing = missing


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


@dataclass(frozen=True)
class HandoverParcelView:
    order_id: str
    number: int
    tracking_number: str
    weight_g: float | None
    scanned_at: datetime
    parcels_in_order: int = 1


@dataclass(frozen=True)
class HandoverView:
    """What a dispatch page shows of one handover."""

    id: str
    kind: str
    state: str
    carrier: str
    courier_name: str
    vehicle_plate: str
    station: str
    opened_by: str
    opened_at: datetime
    parcels: tuple[HandoverParcelView, ...]
    expected: int  # parcels for this carrier: in this handover plus still waiting
    incomplete: dict[str, list[str]] = field(default_factory=dict)  # order -> tracking numbers to scan
    partial_orders: dict[str, str] = field(default_factory=dict)
    closed_at: datetime | None = None
    closed_by: str = ""
    manifest_sha256: str = ""
    content_sha256: str = ""
    left_behind: tuple[str, ...] = ()
    photo_ids: tuple[str, ...] = ()
    acknowledgement: str = ""

    @property
    def count_line(self) -> str:
        return count_line(len(self.parcels), self.expected, self.carrier)

    @property
    def total_weight_g(self) -> float:
        return sum(p.weight_g or 0.0 for p in self.parcels)

    @property
    def orders(self) -> list[str]:
        return list(dict.fromkeys(p.order_id for p in self.parcels))

    def as_dict(self) -> dict[str, Any]:
        return {
            "manifest": self.id,
            "kind": self.kind,
            "state": self.state,
            "carrier": self.carrier,
            "courier": self.courier_name,
            "vehicle_plate": self.vehicle_plate,
            "station": self.station,
            "opened_by": self.opened_by,
            "opened_at": self.opened_at.isoformat(),
            "closed_at": self.closed_at.isoformat() if self.closed_at else None,
            "closed_by": self.closed_by,
            "count_line": self.count_line,
            "parcels": [
                {
                    "order_id": p.order_id,
                    "parcel": p.number,
                    "tracking_number": p.tracking_number,
                    "weight_g": p.weight_g,
                }
                for p in self.parcels
            ],
            "orders": self.orders,
            "total_weight_g": self.total_weight_g,
            "incomplete": self.incomplete,
            "partial_orders": self.partial_orders,
            "left_behind": list(self.left_behind),
            "manifest_sha256": self.manifest_sha256,
            "content_sha256": self.content_sha256,
            "photos": list(self.photo_ids),
            "acknowledgement": self.acknowledgement,
        }


class HandoverService:
    """Open, scan, close: every parcel handed to the right carrier, with proof."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        central: CentralStatusPort | None = None,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
        require_photos: bool = True,
    ) -> None:
        self.uow, self.station = uow, station
        self.blobs = BlobStore(Path(blob_root))
        self.central = central or NoCentralStatus()
        self.tz = tz or UTC
        self.clock = clock
        self.require_photos = require_photos
        self._expected_cache: dict[str, tuple[float, int]] = {}

    # -- opening ------------------------------------------------------------------------------------
    def open(
        self,
        actor: Actor,
        carrier: str,
        courier_name: str,
        vehicle_plate: str = "",
        kind: str = "pickup",
    ) -> HandoverView:
        """Open a handover for `carrier` (or return the one already open here for it: a resume)."""
        carrier, courier = carrier.strip(), courier_name.strip()
        try:
            how = HandoverKind(kind)
        except ValueError as exc:
            raise HandoverError(f"A handover is a pickup or a dropoff, not {kind!r}.") from exc
        if not carrier:
            raise HandoverError("Choose the carrier first (or scan the courier's manifest barcode).")
        if how is HandoverKind.PICKUP and not courier:
            raise HandoverError("Type or scan the courier's name.")
        now = self.clock()
        with self.uow() as uow:
            repo = Handovers(uow.session)
            for row in repo.open_at(self.station):
                if same_carrier(row.carrier, carrier) and row.kind == how.value:
                    return self._view(uow, row)
            day = now.astimezone(self.tz).strftime("%Y%m%d")
            serial = Counters(uow.session).next(f"manifest.{day}")
            manifest_id = f"M-{_slug(self.station)}-{day}-{serial:04d}"
            row = HandoverRow(
                id=manifest_id,
                kind=how.value,
                state=HandoverState.OPEN.value,
                carrier=carrier,
                courier_name=courier or actor.name or actor.user_id,
                vehicle_plate=vehicle_plate.strip().upper()[:32],
                station=self.station,
                opened_by=actor.user_id,
                opened_at=now,
                photo_ids=[],
                partial_orders={},
                left_behind=[],
            )
            repo.session.add(row)
            uow.record(
                HandoverOpened(
                    order_id="",
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    manifest=manifest_id,
                    carrier=carrier,
                    kind=how.value,
                    courier=row.courier_name,
                    vehicle_plate=row.vehicle_plate,
                )
            )
            view = self._view(uow, row)
            uow.commit()
            return view

    def resume(self) -> list[HandoverView]:
        """Handovers left open at this station (after a restart or a crash), with their scans."""
        with self.uow() as uow:
            return [self._view(uow, row) for row in Handovers(uow.session).open_at(self.station)]

    def view(self, handover_id: str) -> HandoverView:
        with self.uow() as uow:
            return self._view(uow, self._row(uow, handover_id))

    def recent(self, limit: int = 100) -> list[HandoverView]:
        with self.uow() as uow:
            return [self._view(uow, row) for row in Handovers(uow.session).recent(limit)]

    # -- scanning -----------------------------------------------------------------------------------
    def scan(self, actor: Actor, handover_id: str, raw: str) -> ScanVerdict:
        """Judge one scanned label against the records at once; an accepted parcel is added."""
        tracking, sscc = scanned_code(raw)
        code = tracking or raw.strip()
        now = self.clock()
        with self.uow() as uow:
            repo = Handovers(uow.session)
            head = repo.head(handover_id.strip())
            if head is None:
                raise HandoverError(f"No handover {handover_id}.")
            if head.state != HandoverState.OPEN.value:
                raise HandoverError(f"Handover {head.id} is {head.state}; open a new one for more parcels.")
            verdict, staged = self._judge(uow, head, code, tracking, sscc)
            if verdict.verdict in (Verdict.ADDED, Verdict.ORDER_COMPLETE) and staged is not None:
                repo.add_parcel(
                    {
                        "order_id": staged.order_id,
                        "number": staged.number,
                        "handover_id": head.id,
                        "tracking_number": staged.tracking_number,
                        "sscc": staged.sscc,
                        "weight_g": staged.weight_g,
                        "scanned_by": actor.user_id,
                        "scanned_at": now,
                    }
                )
                uow.record(
                    ParcelScannedOut(
                        order_id=staged.order_id,
                        station=self.station,
                        user=actor.user_id,
                        occurred_at=now,
                        manifest=head.id,
                        parcel=staged.number,
                        tracking_number=staged.tracking_number,
                        carrier=head.carrier,
                    )
                )
            elif not verdict.accepted:
                uow.record(
                    HandoverScanRefused(
                        order_id=verdict.order_id,
                        station=self.station,
                        user=actor.user_id,
                        occurred_at=now,
                        manifest=head.id,
                        code=code[:200],
                        verdict=verdict.verdict.value,
                        message=verdict.message,
                    )
                )
            uow.commit()
            return verdict

    def _judge(
        self, uow: UnitOfWork, head: Any, code: str, tracking: str, sscc: str
    ) -> tuple[ScanVerdict, FloorParcel | None]:
        floor = StagedParcels(uow.session)
        found = floor.lookup(tracking, sscc, head.id) if code else None
        if found is None:
            return self._judge_unstaged(uow, code, tracking, sscc), None
        parcel = floor_parcel(found)
        if found.in_handover == head.id:
            verdict = ScanVerdict(
                code,
                Verdict.ALREADY_SCANNED,
                f"Already in this handover: order {parcel.order_id} parcel {parcel.number}.",
                parcel.order_id,
                parcel.number,
                parcel.tracking_number,
                count_line=self._count_line(uow, head, inside=found.handover_count),
            )
            return verdict, None
        other_open = found.in_handover if found.in_handover_state == HandoverState.OPEN.value else ""
        if found.in_handover_state == HandoverState.CLOSED.value and not parcel.manifest_id:
            parcel = FloorParcel(**{**parcel.__dict__, "manifest_id": found.in_handover})
        refusal = judge_refusal(
            code,
            parcel,
            head.carrier,
            order_status=found.order_status or "",
            hold_reason=found.hold_reason or "",
            cancelled_centrally=self.central.is_cancelled(parcel.order_id),
            label_voided=bool(found.label_voided),
            other_open_manifest=other_open,
        )
        if refusal is not None:
            return refusal, None
        line = self._count_line(uow, head, inside=found.handover_count + 1)
        rest: tuple[str, ...] = ()
        total = parcel.parcels_in_order
        if total > 1:
            siblings = floor.siblings(parcel.order_id)
            rest = tuple(
                s.tracking_number
                for s in siblings
                if s.number != parcel.number and s.in_handover != head.id and not s.manifest_id
            )
            total = max(total, len(siblings))
        if rest:
            message = (
                f"Parcel {parcel.number} of {total} of order {parcel.order_id} added. "
                f"Still to scan for this order: {', '.join(rest)}."
            )
            verdict = ScanVerdict(
                code,
                Verdict.ADDED,
                message,
                parcel.order_id,
                parcel.number,
                parcel.tracking_number,
                line,
                rest,
            )
            return verdict, parcel
        what = f"all {total} parcels" if total > 1 else "parcel"
        message = f"Order {parcel.order_id}: {what} added. {line}."
        verdict = ScanVerdict(
            code,
            Verdict.ORDER_COMPLETE,
            message,
            parcel.order_id,
            parcel.number,
            parcel.tracking_number,
            line,
        )
        return verdict, parcel

    def _judge_unstaged(self, uow: UnitOfWork, code: str, tracking: str, sscc: str) -> ScanVerdict:
        if not code:
            return unknown_parcel(code)
        from sqlalchemy import or_, select

        conds = [ParcelRow.tracking_number == tracking]
        if sscc:
            conds.append(ParcelRow.sscc == sscc)
        found = uow.session.execute(
            select(ParcelRow.order_id, ParcelRow.number).where(or_(*conds)).limit(1)
        ).first()
        hit: tuple[str, int] | None = (found[0], found[1]) if found is not None else None
        if hit is None:
            owner = uow.orders.by_tracking(tracking)
            hit = (owner, 1) if owner else None
        if PrintJobs(uow.session).voided_tracking(tracking):
            return ScanVerdict(
                code,
                Verdict.LABEL_VOIDED,
                f"This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench "
                f"and print its new label.",
                hit[0] if hit else "",
                hit[1] if hit else 0,
                tracking,
            )
        if hit is None:
            return unknown_parcel(code)
        order = uow.orders.get(hit[0])
        if order is None:
            return unknown_parcel(code)
        if self.central.is_cancelled(order.order_id):
            return refusal_for_unstaged(code, order.order_id, OrderStatus.CANCELLED.value, hit[1], tracking)
        return refusal_for_unstaged(code, order.order_id, order.status.value, hit[1], tracking)

    def remove(self, actor: Actor, handover_id: str, raw: str) -> HandoverView:
        """Take a scanned parcel out of the open handover again (scanned by mistake)."""
        tracking, _ = scanned_code(raw)
        with self.uow() as uow:
            row = self._open_row(uow, handover_id)
            found = next(
                (p for p in Handovers(uow.session).parcels(row.id) if p.tracking_number == tracking), None
            )
            if found is None:
                raise HandoverError(f"{tracking} is not in handover {row.id}.")
            uow.session.delete(found)
            view = self._view(uow, row)
            uow.commit()
            return view

    def allow_partial(self, supervisor: Actor, handover_id: str, order_id: str, reason: str) -> HandoverView:
        """A supervisor lets only the scanned parcels of a multi-parcel order go (audited)."""
        supervisor.require(Role.SUPERVISOR, "Handing over part of an order")
        if not reason.strip():
            raise HandoverError("Say why only part of the order goes.")
        with self.uow() as uow:
            row = self._open_row(uow, handover_id)
            scanned = sorted(Handovers(uow.session).scanned_of_order(row.id, order_id))
            if not scanned:
                raise HandoverError(f"No parcel of order {order_id} is in this handover.")
            row.partial_orders = {**row.partial_orders, order_id: f"{supervisor.user_id}: {reason.strip()}"}
            uow.record(
                PartialHandoverAllowed(
                    order_id=order_id,
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=self.clock(),
                    manifest=row.id,
                    reason=reason.strip(),
                    parcels=scanned,
                )
            )
            view = self._view(uow, row)
            uow.commit()
            return view

    def abandon(self, supervisor: Actor, handover_id: str, reason: str) -> HandoverView:
        """A supervisor cancels an open handover (the courier never came): its parcels go back to waiting."""
        supervisor.require(Role.SUPERVISOR, "Cancelling a handover")
        if not reason.strip():
            raise HandoverError("Say why the handover is cancelled.")
        with self.uow() as uow:
            row = self._open_row(uow, handover_id)
            repo = Handovers(uow.session)
            parcels = repo.parcels(row.id)
            for p in parcels:
                uow.session.delete(p)
            row.state = HandoverState.ABANDONED.value
            row.closed_by, row.closed_at = supervisor.user_id, self.clock()
            uow.record(
                HandoverAbandoned(
                    order_id="",
                    station=self.station,
                    user=supervisor.user_id,
                    occurred_at=row.closed_at,
                    manifest=row.id,
                    reason=reason.strip(),
                    parcels=len(parcels),
                )
            )
            uow.session.flush()
            view = self._view(uow, row)
            uow.commit()
            return view

    def left_behind(self, handover_id: str) -> list[FloorParcel]:
        """Parcels staged for this carrier, ready to go, but not scanned into this handover."""
        with self.uow() as uow:
            return self._left_behind(uow, self._row(uow, handover_id))

    # -- closing ------------------------------------------------------------------------------------
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
                raise HandoverError(f"Handover {row.id} was cancelled; open a new one.")
            view = self._view(uow, row)
            behind = self._left_behind(uow, row)
        if not view.parcels:
            raise HandoverError(f"Nothing was scanned into handover {view.id}: scan the parcels first.")
        if view.incomplete:
            lines = [f"order {oid}: {', '.join(rest)}" for oid, rest in view.incomplete.items()]
            raise IncompleteOrders(
                "Some orders are not complete; scan their other parcels (or a supervisor allows a partial "
                "handover): " + "; ".join(lines) + ".",
                view.incomplete,
            )
        if behind and not confirm_left_behind:
            names = ", ".join(f"{p.tracking_number} (order {p.order_id})" for p in behind[:10])
            more = f" and {len(behind) - 10} more" if len(behind) > 10 else ""
            raise LeftBehind(
                f"{len(behind)} parcel(s) for {view.carrier} were not scanned: {names}{more}. "
                f"Scan them, or confirm they stay behind.",
                behind,
            )
        kinds = [p.kind for p in photos]
        if view.kind == HandoverKind.DROPOFF.value and "receipt" not in kinds:
            raise HandoverError("Take a photo of the drop-off receipt to close this drop-off.")
        if view.kind == HandoverKind.PICKUP.value:
            if self.require_photos and not photos:
                raise HandoverError(
                    "Take the handover photos: the parcels handed over, and the courier with them."
                )
            if not ack.given:
                raise HandoverError("The courier must sign, or type their name, to acknowledge the parcels.")
        cancelled = [oid for oid in view.orders if self.central.is_cancelled(oid)]
        if cancelled:
            raise HandoverError(
                f"STOP: order(s) {', '.join(cancelled)} were cancelled centrally. Take their parcels back "
                f"(remove them from the handover) before closing."
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
        pdf = render_manifest(manifest)
        ref = self.blobs.put(pdf, what="manifest")
        return self._commit_close(actor, view, manifest, ref.sha256, ref.key, drafts, signature_draft)

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
                raise HandoverError("The handover changed while it was closing; close it again.")
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
            drafts.append(
                PhotoDraft(
                    order_id=view.id,
                    kind=f"handover:{kind}"[:32],
                    sha256=shot.stamped.sha256,
                    size=shot.stamped.size,
                    blob_key=shot.stamped.key,
                    width=shot.width,
                    height=shot.height,
                    taken_at=at,
                    station=self.station,
                    packer=actor.user_id,
                )
            )
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
            raise HandoverError("The signature could not be read; ask the courier to sign again.") from exc
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

    # -- reading ------------------------------------------------------------------------------------
    def manifest_pdf(self, handover_id: str) -> bytes:
        with self.uow() as uow:
            row = self._row(uow, handover_id)
            if row.state != HandoverState.CLOSED.value or not row.manifest_blob_key:
                raise HandoverError(
                    f"Handover {handover_id} is still open: its manifest is written at closing."
                )
            key = row.manifest_blob_key
        return self.blobs.read(key)

    def board(self, now: datetime | None = None) -> list[CarrierBoardRow]:
        """Per carrier: what waits, what must be collected today, what is already late."""
        at = now or self.clock()
        today = at.astimezone(self.tz).date()
        rows: dict[str, CarrierBoardRow] = {}
        with self.uow() as uow:
            for p in StagedParcels(uow.session).waiting(ready_only=True):
                key = next((k for k in rows if same_carrier(k, p.carrier)), p.carrier or "(no carrier)")
                board = rows.setdefault(key, CarrierBoardRow(key))
                board.staged_parcels += 1
                if p.number == 1:
                    board.staged_orders += 1
                    due = p.collection_due
                    if due is not None and due < at:
                        board.late.append(p.order_id)
                    elif due is not None and due.astimezone(self.tz).date() <= today:
                        board.due_today.append(p.order_id)
            for h in Handovers(uow.session).open_at(self.station):
                key = next((k for k in rows if same_carrier(k, h.carrier)), h.carrier)
                rows.setdefault(key, CarrierBoardRow(key)).open_handovers.append(h.id)
        return sorted(rows.values(), key=lambda r: (-len(r.late), -len(r.due_today), r.carrier))

    # -- helpers ------------------------------------------------------------------------------------
    def _row(self, uow: UnitOfWork, handover_id: str) -> HandoverRow:
        row = Handovers(uow.session).get(handover_id.strip())
        if row is None:
            raise HandoverError(f"No handover {handover_id}.")
        return row

    def _open_row(self, uow: UnitOfWork, handover_id: str) -> HandoverRow:
        row = self._row(uow, handover_id)
        if row.state != HandoverState.OPEN.value:
            raise HandoverError(f"Handover {row.id} is {row.state}; open a new one for more parcels.")
        return row

    def _count_line(self, uow: UnitOfWork, head: Any, inside: int) -> str:
        return count_line(inside, max(self._expected(uow, head.carrier), inside), head.carrier)

    def _expected(self, uow: UnitOfWork, carrier: str) -> int:
        """Parcels ready for this carrier (those in open handovers included), re-counted every few seconds:
        the count line need not pay for a grouped count of the whole floor on every scan."""
        now = time.monotonic()
        cached = self._expected_cache.get(carrier)
        if cached is not None and now - cached[0] < EXPECTED_TTL_S:
            return cached[1]
        counts = StagedParcels(uow.session).waiting_counts()
        value = sum(n for name, n in counts.items() if same_carrier(name, carrier))
        self._expected_cache[carrier] = (now, value)
        return value

    def _left_behind(self, uow: UnitOfWork, row: HandoverRow) -> list[FloorParcel]:
        repo = Handovers(uow.session)
        mine = {(p.order_id, p.number) for p in repo.parcels(row.id)}
        out = []
        for staged in StagedParcels(uow.session).waiting(ready_only=True):
            if not same_carrier(staged.carrier, row.carrier):
                continue
            if (staged.order_id, staged.number) in mine:
                continue
            out.append(floor_parcel(staged))
        return out

    def _view(self, uow: UnitOfWork, row: HandoverRow) -> HandoverView:
        repo = Handovers(uow.session)
        floor = StagedParcels(uow.session)
        scanned = repo.parcels(row.id)
        sizes: dict[str, int] = {}
        by_order: dict[str, set[int]] = {}
        for p in scanned:
            by_order.setdefault(p.order_id, set()).add(p.number)
        views = []
        to_go: dict[str, int] = {}  # parcels of the order that go in this handover when it is complete
        for p in scanned:
            if p.order_id not in sizes:
                siblings = floor.for_order(p.order_id)
                sizes[p.order_id] = max([s.parcels_in_order for s in siblings] or [1])
                to_go[p.order_id] = len([s for s in siblings if s.manifest_id in ("", row.id)]) or 1
            views.append(
                HandoverParcelView(
                    p.order_id, p.number, p.tracking_number, p.weight_g, p.scanned_at, sizes[p.order_id]
                )
            )
        incomplete: dict[str, list[str]] = {}
        if row.state == HandoverState.OPEN.value:
            for oid in incomplete_orders(by_order, to_go, set(row.partial_orders)):
                incomplete[oid] = [
                    s.tracking_number
                    for s in floor.for_order(oid)
                    if s.number not in by_order[oid] and not s.manifest_id
                ]
        if row.state == HandoverState.OPEN.value:
            waiting = sum(
                n for carrier, n in floor.waiting_counts().items() if same_carrier(carrier, row.carrier)
            )
            expected = max(waiting, len(views))
        else:
            expected = len(views)
        return HandoverView(
            id=row.id,
            kind=row.kind,
            state=row.state,
            carrier=row.carrier,
            courier_name=row.courier_name,
            vehicle_plate=row.vehicle_plate,
            station=row.station,
            opened_by=row.opened_by,
            opened_at=row.opened_at,
            parcels=tuple(views),
            expected=expected,
            incomplete=incomplete,
            partial_orders=dict(row.partial_orders or {}),
            closed_at=row.closed_at,
            closed_by=row.closed_by,
            manifest_sha256=row.manifest_sha256,
            content_sha256=row.content_sha256,
            left_behind=tuple(row.left_behind or ()),
            photo_ids=tuple(row.photo_ids or ()),
            acknowledgement=row.acknowledgement,
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


def _slug(station: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in station.upper()).strip("-")
    return (cleaned or "ST")[:24]


def gray_frame(width: int = 640, height: int = 360) -> np.ndarray:
    """A plain frame for simulated handovers (stamped like any photo, so the manifest shows what it was)."""
    image = np.full((height, width, 3), 96, dtype=np.uint8)
    image[height // 3 : 2 * height // 3, width // 4 : 3 * width // 4] = (40, 120, 200)  # a parcel stack
    return image


def hand_over_staged(
    handover: HandoverService,
    actor: Actor,
    carriers: Sequence[str] | None = None,
    courier: str = "Simulated courier",
    frame: Callable[[], np.ndarray] = gray_frame,
) -> list[HandoverView]:
    """A handover per carrier with every parcel ready for it scanned, closed with a photo and a typed name.

    What `packstation simulate` ends with, and `handover run --all-staged`: every staged order ships
    through a manifest. Parcels that may not go (held, cancelled) stay; incomplete orders are not forced.
    """
    with handover.uow() as uow:
        ready = StagedParcels(uow.session).waiting(ready_only=True)
    names: list[str] = []
    for p in ready:
        if p.carrier and not any(same_carrier(p.carrier, n) for n in names):
            names.append(p.carrier)
    if carriers:
        names = [n for n in names if any(same_carrier(n, c) for c in carriers)] or list(carriers)
    done = []
    for carrier in names:
        view = handover.open(actor, carrier, courier)
        for p in ready:
            if same_carrier(p.carrier, carrier):
                handover.scan(actor, view.id, p.tracking_number)
        if not handover.view(view.id).parcels:
            continue
        done.append(
            handover.close(
                actor,
                view.id,
                confirm_left_behind=True,
                photos=[HandoverPhoto("parcels", frame())],
                acknowledgement=Acknowledgement(courier),
            )
        )
    return done
