"""The handover service: open a handover for a carrier, scan parcels into it, take them out, cancel it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path

from packstation.domain.events import (
    HandoverAbandoned,
    HandoverOpened,
    HandoverScanRefused,
    ParcelScannedOut,
    PartialHandoverAllowed,
)
from packstation.domain.handover import (
    HandoverKind,
    HandoverState,
    ScanVerdict,
    Verdict,
    same_carrier,
    scanned_code,
)
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.evidence.blobs import BlobStore
from packstation.services.handover.closing import ManifestClosing
from packstation.services.handover.errors import HandoverError
from packstation.services.handover.judgement import ScanJudgement
from packstation.services.handover.views import HandoverView
from packstation.services.ports import CentralStatusPort, NoCentralStatus, NoStock, StockPort
from packstation.store.base import utcnow
from packstation.store.handovers import Handovers
from packstation.store.records import Counters
from packstation.store.tables import HandoverRow
from packstation.store.uow import UnitOfWorkFactory


class HandoverService(ScanJudgement, ManifestClosing):
    """Open, scan, close: every parcel handed to the right carrier, with proof."""

    manifest_language = "en"  # the manifest PDF's headings (the composition root sets the station's)

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        central: CentralStatusPort | None = None,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = utcnow,
        require_photos: bool = True,
        stock: StockPort | None = None,
    ) -> None:
        self.uow, self.station = uow, station
        self.stock = stock or NoStock()
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
            raise HandoverError(
                translate("Handover", "A handover is a pickup or a dropoff, not {kind}.").format(kind=repr(kind))
            ) from exc
        if not carrier:
            raise HandoverError(translate("Handover", "Choose the carrier first (or scan the courier's manifest barcode)."))
        if how is HandoverKind.PICKUP and not courier:
            raise HandoverError(translate("Handover", "Type or scan the courier's name."))
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
                raise HandoverError(translate("Handover", "No handover {id}.").format(id=handover_id))
            if head.state != HandoverState.OPEN.value:
                raise HandoverError(
                    translate("Handover", "Handover {id} is {state}; open a new one for more parcels.").format(
                        id=head.id, state=head.state
                    )
                )
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

    def remove(self, actor: Actor, handover_id: str, raw: str) -> HandoverView:
        """Take a scanned parcel out of the open handover again (scanned by mistake)."""
        tracking, _ = scanned_code(raw)
        with self.uow() as uow:
            row = self._open_row(uow, handover_id)
            found = next(
                (p for p in Handovers(uow.session).parcels(row.id) if p.tracking_number == tracking), None
            )
            if found is None:
                raise HandoverError(translate("Handover", "{tracking} is not in handover {id}.").format(tracking=tracking, id=row.id))
            uow.session.delete(found)
            view = self._view(uow, row)
            uow.commit()
            return view

    def allow_partial(self, supervisor: Actor, handover_id: str, order_id: str, reason: str) -> HandoverView:
        """A supervisor lets only the scanned parcels of a multi-parcel order go (audited)."""
        supervisor.require(Role.SUPERVISOR, translate("Handover", "Handing over part of an order"))
        if not reason.strip():
            raise HandoverError(translate("Handover", "Say why only part of the order goes."))
        with self.uow() as uow:
            row = self._open_row(uow, handover_id)
            scanned = sorted(Handovers(uow.session).scanned_of_order(row.id, order_id))
            if not scanned:
                raise HandoverError(
                    translate("Handover", "No parcel of order {order} is in this handover.").format(order=order_id)
                )
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
        supervisor.require(Role.SUPERVISOR, translate("Handover", "Cancelling a handover"))
        if not reason.strip():
            raise HandoverError(translate("Handover", "Say why the handover is cancelled."))
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


def _slug(station: str) -> str:
    cleaned = "".join(ch if ch.isalnum() else "-" for ch in station.upper()).strip("-")
    return (cleaned or "ST")[:24]
