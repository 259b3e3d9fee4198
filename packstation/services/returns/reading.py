"""The read side of returns: a return as shown, found by any of its codes, the queue, the dispute pack."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, literal, or_, select

from packstation.config import ReturnsConfig
from packstation.domain import returns as rules
from packstation.domain.orders import Order
from packstation.domain.returns import (
    ReturnParcel,
    ReturnRefused,
    ReturnState,
    WeightComparison,
)
from packstation.domain.texts import translate
from packstation.evidence.blobs import BlobStore
from packstation.services.returns.outbound import outbound_summary
from packstation.services.returns.views import (
    OutboundSummary,
    ReturnDetail,
    ReturnPhoto,
    clean_code,
    expected_lines,
)
from packstation.store.base import UTCDateTime
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.return_tables import ReturnRow, ReturnUnitRow
from packstation.store.returns import Returns, return_from_row
from packstation.store.tables import OrderRow, ParcelRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory

_PHOTOS = cast(Table, ProofPhotoRow.__table__)
_RETURNS = cast(Table, ReturnRow.__table__)
_ORDERS = cast(Table, OrderRow.__table__)
_PARCEL_ROWS = cast(Table, ParcelRow.__table__)
ACTIVE = (ReturnState.EXPECTED.value, ReturnState.OPEN.value)
_ANNOUNCED = (
    select(_RETURNS.c.id, _RETURNS.c.order_id, _RETURNS.c.rma_id)
    .where(
        or_(_RETURNS.c.return_tracking == bindparam("code"), _RETURNS.c.rma_id == bindparam("code")),
        _RETURNS.c.state.in_(ACTIVE),
    )
    .order_by(_RETURNS.c.created_at)
    .limit(1)
)
_ORDER_EXISTS = select(literal(1)).where(_ORDERS.c.order_id == bindparam("oid"))
_ORDER_BY_PARCEL = (
    select(_PARCEL_ROWS.c.order_id).where(_PARCEL_ROWS.c.tracking_number == bindparam("code")).limit(1)
)
_FAR = datetime(9999, 1, 1, tzinfo=UTC)
# Built once with bound parameters: every detail reads it, and so does every unit scanned back.
_PHOTOS_OF = (
    select(_PHOTOS.c.id, _PHOTOS.c.kind, _PHOTOS.c.sha256, _PHOTOS.c.taken_at)
    .where(
        _PHOTOS.c.order_id == bindparam("oid"),
        _PHOTOS.c.kind.like(bindparam("prefix")),
        _PHOTOS.c.taken_at >= bindparam("since", type_=UTCDateTime()),
        _PHOTOS.c.taken_at <= bindparam("until", type_=UTCDateTime()),
    )
    .order_by(_PHOTOS.c.taken_at, _PHOTOS.c.seq)
)


class ReturnReading:
    """The store queries of a returns service: a return as a detail with its photos and weight check."""

    uow: UnitOfWorkFactory
    station: str
    blobs: BlobStore
    config: ReturnsConfig

    # -- finding the original order and an open return ---------------------------------------------
    def _find(self, uow: UnitOfWork, code: str) -> tuple[str, str, str] | None:
        """(order id, how it was found, the id of an announced return or "") for a scanned code, or None."""
        announced = uow.session.execute(_ANNOUNCED, {"code": code}).first()
        if announced is not None:
            how = "rma" if announced.rma_id == code else "return_tracking"
            return announced.order_id, how, announced.id
        if uow.session.execute(_ORDER_EXISTS, {"oid": code}).first() is not None:
            return code, "order_id", ""
        found = uow.session.execute(_ORDER_BY_PARCEL, {"code": code}).scalar()
        found = found or uow.orders.by_tracking(code)
        return (found, "tracking", "") if found else None

    def _open_row(self, uow: UnitOfWork, return_id: str) -> tuple[ReturnRow, Order]:
        row = Returns(uow.session).get(return_id)
        order = self._open_order(uow, row, return_id)
        assert row is not None  # refused above otherwise
        return row, order

    @staticmethod
    def _open_order(uow: UnitOfWork, row: Any, return_id: str) -> Order:
        """The order of a return still being unboxed (an ORM or Core row), or the refusal that says why not."""
        if row is None:
            raise ReturnRefused(translate("Returns", "No return {id}.").format(id=return_id))
        if row.state != ReturnState.OPEN.value:
            raise ReturnRefused(
                translate("Returns", "Return {id} is {state}: unboxing is finished.").format(
                    id=return_id[:8], state=row.state
                )
            )
        order = uow.orders.get(row.order_id)
        if order is None:
            raise ReturnRefused(
                translate("Returns", "The order {order} of this return is no longer on this station.").format(
                    order=row.order_id
                )
            )
        return order

    # -- reading ------------------------------------------------------------------------------------
    def detail(self, return_id: str) -> ReturnDetail:
        with self.uow.read() as uow:
            row = Returns(uow.session).get(return_id)
            if row is None:
                raise ReturnRefused(translate("Returns", "No return {id}.").format(id=return_id))
            return self._detail(uow, row, uow.orders.get(row.order_id))

    def lookup(self, code: str) -> ReturnDetail:
        """A return by its id (or its first 8 characters), RMA id, return tracking or order id."""
        code = clean_code(code)
        with self.uow.read() as uow:
            repo = Returns(uow.session)
            row = repo.get(code) or repo.any_with_code(code)
            if row is None:
                rows = repo.for_order(code)
                row = rows[-1] if rows else None
            if row is None and len(code) >= 8:
                row = uow.session.scalar(select(ReturnRow).where(ReturnRow.id.startswith(code)).limit(1))
            if row is None:
                raise ReturnRefused(translate("Returns", "No return {id}.").format(id=code))
            return self._detail(uow, row, uow.orders.get(row.order_id))

    def queue(self, state: str | None = None) -> list[ReturnParcel]:
        with self.uow.read() as uow:
            repo = Returns(uow.session)
            return [return_from_row(r, repo.units(r.id)) for r in repo.queue(state)]

    def per_sku_and_reason(self) -> list[tuple[str, str, int]]:
        """(sku, outcome, units): what comes back and why, most units first (the returns metric)."""
        with self.uow.read() as uow:
            return Returns(uow.session).per_sku_and_reason()

    def resume(self) -> list[ReturnDetail]:
        """Returns left open at this station (after a restart), oldest first."""
        with self.uow.read() as uow:
            return [
                self._detail(uow, r, uow.orders.get(r.order_id))
                for r in Returns(uow.session).open_at(self.station)
            ]

    def outbound(self, order_id: str) -> OutboundSummary:
        with self.uow.read() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise ReturnRefused(translate("Returns", "No order {order}.").format(order=order_id))
            return outbound_summary(uow.session, order)

    def export_pack(
        self, return_id: str, out_dir: Path, generated_at: datetime | None = None
    ) -> tuple[Path, Path]:
        """The return dispute pack (PDF + ZIP), photos within `[returns] photo_limit_mb` each."""
        from packstation.evidence.return_pack import ReturnNotFound, export_return_pack

        limit = int(self.config.photo_limit_mb * 1024 * 1024)
        with self.uow.read() as uow:
            try:
                return export_return_pack(
                    uow.session,
                    return_id,
                    out_dir,
                    self.blobs.root,
                    photo_limit_bytes=limit,
                    generated_at=generated_at,
                )
            except ReturnNotFound as exc:
                raise ReturnRefused(str(exc)) from None

    # -- the detail ---------------------------------------------------------------------------------
    @staticmethod
    def _photos(uow: UnitOfWork, row: Any) -> list[ReturnPhoto]:
        """The return's photos: the order's return photos taken while this return was open."""
        if row.opened_at is None:
            return []
        params = {
            "oid": row.order_id,
            "prefix": f"{rules.RETURN_PHOTO_PREFIX}%",
            "since": row.opened_at,
            "until": row.closed_at or _FAR,
        }
        found = uow.session.execute(_PHOTOS_OF, params).all()
        return [ReturnPhoto(r.id, r.kind, r.sha256, r.taken_at) for r in found]

    def _compare(self, row: Any) -> WeightComparison:
        return rules.compare_weight(
            row.arrival_weight_g,
            row.outbound_weight_g,
            self.config.weight_tolerance_g,
            self.config.weight_tolerance_pct,
        )

    def _commit(
        self, uow: UnitOfWork, row: ReturnRow, order: Order | None, units: list[ReturnUnitRow] | None = None
    ) -> ReturnDetail:
        """Flush, read the detail inside the transaction, then commit (a closed session reads nothing)."""
        uow.session.flush()
        detail = self._detail(uow, row, order, units)
        uow.commit()
        return detail

    def _detail(
        self, uow: UnitOfWork, row: ReturnRow, order: Order | None, units: list[ReturnUnitRow] | None = None
    ) -> ReturnDetail:
        unit_rows = Returns(uow.session).units(row.id) if units is None else units
        return ReturnDetail(
            parcel=return_from_row(row, unit_rows),
            lines=expected_lines(order) if order is not None else (),
            photos=tuple(self._photos(uow, row)),
            weight=self._compare(row),
        )
