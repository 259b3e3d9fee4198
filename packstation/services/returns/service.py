"""`ReturnsService`: receive a returned parcel against its original order, step by step, each step durable.

Every step (open, weigh, photo, unit scanned, receive, grade, decide) is one transaction with its
event, so a crash loses at most the step in flight and `resume()` reopens the return where it was.
Return photos are stamped and hashed into the station's proof-photo chain like the outbound ones
(kinds `return-label`, `return-contents`, `return-damage`).

The service finds, opens and unboxes a return (`service`); grading and deciding on its units
(`deciding`) and the read side with a return's detail (`reading`) are its parts.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from types import SimpleNamespace
from typing import Any, cast

import numpy as np
from sqlalchemy import Table, bindparam, insert, literal, or_, select

from packstation.config import ReturnsConfig
from packstation.domain import returns as rules
from packstation.domain.barcodes import BarcodeError, product_key
from packstation.domain.events import (
    ReturnAnnounced,
    ReturnOpened,
    ReturnPhotoTaken,
    ReturnReceived,
    ReturnRefusedScan,
    ReturnUnitChecked,
    ReturnWeighed,
)
from packstation.domain.orders import Order
from packstation.domain.returns import (
    CheckedUnit,
    ExpectedLine,
    ReturnParcel,
    ReturnRefused,
    ReturnState,
    UnitOutcome,
    UnitVerdict,
)
from packstation.domain.texts import translate
from packstation.domain.users import Actor, Role
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import append_photo
from packstation.evidence.photos import capture_photo
from packstation.evidence.stamp import PhotoContext
from packstation.services.photographing import local_zone
from packstation.services.returns.deciding import ReturnDeciding
from packstation.services.returns.outbound import outbound_summary, outbound_weight, parcels_of
from packstation.services.returns.reading import ReturnReading
from packstation.services.returns.views import (
    OutboundSummary,
    ReturnDetail,
    ReturnPhoto,
    UnitResult,
    clean_code,
    expected_lines,
)
from packstation.store.return_tables import ReturnRow, ReturnUnitRow
from packstation.store.returns import Returns, return_from_row, unit_from_row
from packstation.store.tables import BarcodeRow, OrderRow, ParcelRow
from packstation.store.uow import UnitOfWork, UnitOfWorkFactory
from packstation.sync.stock import StockBook

__all__ = [
    "OutboundSummary",
    "ReturnDetail",
    "ReturnPhoto",
    "ReturnsService",
    "UnitResult",
    "clean_code",
    "expected_lines",
]

_RETURNS = cast(Table, ReturnRow.__table__)
_UNITS = cast(Table, ReturnUnitRow.__table__)
_BARCODES = cast(Table, BarcodeRow.__table__)
_ORDERS = cast(Table, OrderRow.__table__)
_PARCEL_ROWS = cast(Table, ParcelRow.__table__)
# Built once with bound parameters: these run on every unit scanned back.
_RETURN_BY_ID = select(_RETURNS).where(_RETURNS.c.id == bindparam("rid"))
_UNITS_OF = select(_UNITS).where(_UNITS.c.return_id == bindparam("rid")).order_by(_UNITS.c.seq)
_SKU_OF = select(_BARCODES.c.sku).where(_BARCODES.c.key == bindparam("key"))
_INSERT_UNIT = insert(_UNITS)
_INSERT_RETURN = insert(_RETURNS)
_ACTIVE = (ReturnState.EXPECTED.value, ReturnState.OPEN.value)
_ANNOUNCED = (
    select(_RETURNS.c.id, _RETURNS.c.order_id, _RETURNS.c.rma_id)
    .where(
        or_(_RETURNS.c.return_tracking == bindparam("code"), _RETURNS.c.rma_id == bindparam("code")),
        _RETURNS.c.state.in_(_ACTIVE),
    )
    .order_by(_RETURNS.c.created_at)
    .limit(1)
)
_RETURNS_OF_ORDER = (
    select(_RETURNS.c.id, _RETURNS.c.state)
    .where(_RETURNS.c.order_id == bindparam("oid"))
    .order_by(_RETURNS.c.created_at)
)
_ORDER_EXISTS = select(literal(1)).where(_ORDERS.c.order_id == bindparam("oid"))
_ORDER_BY_PARCEL = (
    select(_PARCEL_ROWS.c.order_id).where(_PARCEL_ROWS.c.tracking_number == bindparam("code")).limit(1)
)
PHOTO_KINDS = (rules.PHOTO_LABEL, rules.PHOTO_CONTENTS, rules.PHOTO_DAMAGE)


class ReturnsService(ReturnDeciding, ReturnReading):
    """Find, open and unbox a returned parcel: weight, photos, each unit scanned back, received."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        station: str,
        blob_root: Path,
        config: ReturnsConfig | None = None,
        tz: tzinfo | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        stock: StockBook | None = None,
    ) -> None:
        self.uow, self.station = uow, station
        self.stock = stock  # the central stock book: a restock decision puts the unit back on its shelf
        self.blobs = BlobStore(Path(blob_root))
        self.config = config or ReturnsConfig()
        self.tz = tz or local_zone()
        self.clock = clock

    # -- finding the original order -----------------------------------------------------------------
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

    # -- opening ------------------------------------------------------------------------------------
    def announce(
        self, actor: Actor, order_id: str, rma_id: str = "", return_tracking: str = ""
    ) -> ReturnParcel:
        """Record a return the channel announced (RMA), so its parcel is found by that id when it arrives."""
        rma, tracking = rma_id.strip()[:64], return_tracking.strip()[:64]
        if not rma and not tracking:
            raise ReturnRefused(
                translate("Returns", "An announced return needs its RMA id or its return tracking number.")
            )
        with self.uow() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise ReturnRefused(translate("Returns", "No order {order}.").format(order=order_id))
            rules.check_receivable(order_id, order.status)
            repo = Returns(uow.session)
            for code in (rma, tracking):
                if code and repo.any_with_code(code) is not None:
                    raise ReturnRefused(
                        translate("Returns", "A return with id {code} is already recorded.").format(code=code)
                    )
            now = self.clock()
            row = self._new_row(order_id, ReturnState.EXPECTED, now, rma_id=rma, return_tracking=tracking)
            uow.session.add(row)
            uow.record(
                ReturnAnnounced(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    rma_id=rma,
                    return_tracking=tracking,
                )
            )
            uow.commit()
            return return_from_row(row, [])

    def open(self, actor: Actor, raw: str) -> ReturnDetail:
        """Open the return of the parcel scanned (or resume the one already open for its order).

        Refused with a clear message (and an audit event) for an unknown parcel or an order that was
        never shipped. The detail carries the outbound record, read in the same transaction.
        """
        code = clean_code(raw)
        with self.uow() as uow:
            found = self._find(uow, code)
            order = uow.orders.get(found[0]) if found else None
            if found is None or order is None:
                self._refuse(uow, actor, "", code, "unknown parcel")
                raise ReturnRefused(
                    translate(
                        "Returns",
                        "Unknown parcel {code}: no order, tracking number or return id matches. "
                        "Put it aside for a supervisor.",
                    ).format(code=code)
                )
            order_id, found_by, announced_id = found
            try:
                rules.check_receivable(order_id, order.status)
            except ReturnRefused:
                self._refuse(uow, actor, order_id, code, f"never shipped ({order.status.value})")
                raise
            # One read for "already open", "announced" and "came back already"; the row itself only if used.
            earlier = uow.session.execute(_RETURNS_OF_ORDER, {"oid": order_id}).all()
            active = [r.id for r in earlier if r.state in _ACTIVE]
            known = announced_id or (active[0] if active else "")
            row = uow.session.get(ReturnRow, known) if known else None
            parcels = parcels_of(uow.session, order_id)
            if row is not None and row.state == ReturnState.OPEN.value:
                detail = self._detail(uow, row, order)  # resumed: already open, nothing new to record
                return dataclasses.replace(detail, outbound=outbound_summary(uow.session, order, parcels))
            if row is None and earlier:
                last = earlier[-1]
                raise ReturnRefused(
                    translate(
                        "Returns",
                        "Order {order} came back already (return {id}, {state}). "
                        "A supervisor looks at a second return.",
                    ).format(order=order_id, id=last.id[:8], state=last.state)
                )
            now = self.clock()
            opened: dict[str, Any] = {
                "state": ReturnState.OPEN.value,
                "found_by": found_by,
                "code": code,
                "station": self.station,
                "opened_by": actor.user_id,
                "opened_at": now,
                "outbound_weight_g": outbound_weight(parcels),
                "decision_due": rules.decision_due(now, self.config.decision_hours),
            }
            src: Any
            if row is None:  # the usual case: a Core insert, no ORM flush on the hot path
                values = {**self._new_values(order_id, ReturnState.OPEN, now), **opened}
                uow.session.execute(_INSERT_RETURN, values)
                src = SimpleNamespace(**values)
            else:  # an announced return arriving
                for name, value in opened.items():
                    setattr(row, name, value)
                uow.session.flush()
                src = row
            uow.record(
                ReturnOpened(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=src.id,
                    found_by=found_by,
                    code=code,
                    decision_due=src.decision_due.isoformat(),
                    outbound_weight_g=src.outbound_weight_g,
                )
            )
            # Just opened: no unit is checked and no return photo taken yet (they come after opened_at).
            detail = ReturnDetail(
                parcel=return_from_row(src, []),
                lines=expected_lines(order),
                photos=(),
                weight=self._compare(src),
                outbound=outbound_summary(uow.session, order, parcels),
            )
            uow.commit()
            return detail

    def _refuse(self, uow: UnitOfWork, actor: Actor, order_id: str, code: str, reason: str) -> None:
        uow.record(
            ReturnRefusedScan(
                order_id=order_id,
                station=self.station,
                user=actor.user_id,
                occurred_at=self.clock(),
                code=code,
                reason=reason,
            )
        )
        uow.commit()

    def _new_row(self, order_id: str, state: ReturnState, now: datetime, **kw: str) -> ReturnRow:
        return ReturnRow(**self._new_values(order_id, state, now, **kw))

    def _new_values(self, order_id: str, state: ReturnState, now: datetime, **kw: str) -> dict[str, Any]:
        """Every column of a new return row (a Core insert, or the ORM row built from it)."""
        return {
            "id": str(uuid.uuid4()),
            "order_id": order_id,
            "state": state.value,
            "found_by": "",
            "code": "",
            "return_tracking": kw.get("return_tracking", ""),
            "rma_id": kw.get("rma_id", ""),
            "station": self.station,
            "opened_by": "",
            "opened_at": None,
            "arrival_weight_g": None,
            "outbound_weight_g": None,
            "weighed_by": "",
            "weighed_at": None,
            "outcome": "",
            "decision_due": None,
            "closed_by": "",
            "closed_at": None,
            "note": "",
            "created_at": now,
        }

    # -- unboxing -----------------------------------------------------------------------------------
    def weigh(self, actor: Actor, return_id: str, grams: float) -> ReturnDetail:
        """Record the parcel's weight as it arrived, compared with its outbound weight."""
        grams = rules.check_arrival_weight(grams)
        with self.uow() as uow:
            row, order = self._open_row(uow, return_id)
            now = self.clock()
            row.arrival_weight_g, row.weighed_by, row.weighed_at = grams, actor.user_id, now
            cmp = self._compare(row)
            uow.record(
                ReturnWeighed(
                    order_id=row.order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    arrival_g=grams,
                    outbound_g=row.outbound_weight_g,
                    difference_g=cmp.difference_g,
                    verdict=cmp.verdict,
                )
            )
            return self._commit(uow, row, order)

    def capture(
        self, actor: Actor, return_id: str, kind: str, frame: np.ndarray, camera: str = ""
    ) -> ReturnPhoto:
        """Stamp, store and chain one photo of the return (label side, contents, damage)."""
        if kind not in PHOTO_KINDS:
            raise ReturnRefused(
                translate("Returns", "Unknown return photo '{kind}': {kinds}.").format(
                    kind=kind, kinds=", ".join(PHOTO_KINDS)
                )
            )
        with self.uow.read() as uow:
            row, order = self._open_row(uow, return_id)
            order_id = row.order_id
        taken_at = self.clock()
        ctx = PhotoContext(order_id, "", self.station, actor.user_id, kind, self.tz, camera=camera)
        shot = capture_photo(frame, ctx, taken_at, self.blobs, model=camera)
        draft = shot.draft(
            order_id, kind, taken_at, self.station, actor.user_id,
            camera=camera, tracking_number=row.return_tracking or order.tracking_number,
        )  # fmt: skip
        with self.uow() as uow:
            self._open_row(uow, return_id)
            photo = append_photo(uow.session, draft)
            uow.record(
                ReturnPhotoTaken(
                    order_id=order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=taken_at,
                    return_id=return_id,
                    photo_id=photo.id,
                    kind=kind,
                    sha256=photo.sha256,
                )
            )
            uow.commit()
            return ReturnPhoto(photo.id, kind, photo.sha256, photo.taken_at)

    def scan_unit(self, actor: Actor, return_id: str, raw: str, damaged: bool = False) -> UnitResult:
        """Check one unit that came out of the parcel against the original lines; a refusal records nothing.

        The station's hot path (one scan per unit): Core reads and inserts, one durable commit.
        """
        code = clean_code(raw)
        with self.uow() as uow:
            session = uow.session
            row = session.execute(_RETURN_BY_ID, {"rid": return_id}).first()
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
                    translate(
                        "Returns", "The order {order} of this return is no longer on this station."
                    ).format(order=row.order_id)
                )
            lines = expected_lines(order)
            unit_rows = session.execute(_UNITS_OF, {"rid": return_id}).all()
            units = [unit_from_row(u) for u in unit_rows]
            sku = self._identify(uow, code, lines)
            verdict = rules.judge_unit(lines, units, code, sku, sku is not None, damaged)
            if verdict.outcome is UnitOutcome.NOT_OURS:
                parcel_of = self._find(uow, code)  # a parcel label or order id, not a unit
                if parcel_of is not None:
                    which = (
                        translate("Returns", "this parcel")
                        if parcel_of[0] == row.order_id
                        else translate("Returns", "order {order}").format(order=parcel_of[0])
                    )
                    verdict = UnitVerdict(
                        None,
                        "",
                        None,
                        translate(
                            "Returns",
                            "{code} is the label of {which}, not a unit: scan the units, "
                            "or finish this return first.",
                        ).format(code=code, which=which),
                    )
            photos = self._photos(uow, row)
            photo_id = ""
            if verdict.outcome is UnitOutcome.DAMAGED:
                used = {u.photo_id for u in units if u.photo_id}
                free = [p.id for p in photos if p.kind == rules.PHOTO_DAMAGE and p.id not in used]
                photo_id = free[-1] if free else ""
                if not photo_id:
                    verdict = UnitVerdict(
                        None,
                        verdict.sku,
                        None,
                        "A damaged unit needs a photo of the damage: "
                        "take the damage photo, then scan it again.",
                    )
            parcel = return_from_row(row, [])  # a Core row: same columns as the ORM row
            if not verdict.accepted:
                return UnitResult(verdict, self._made(parcel, units, lines, photos))
            now = self.clock()
            values: dict[str, Any] = {
                "return_id": return_id,
                "seq": (units[-1].seq + 1) if units else 1,
                "outcome": verdict.outcome.value if verdict.outcome else "",
                "line_no": verdict.line_no,
                "sku": verdict.sku,
                "code": code,
                "photo_id": photo_id,
                "scanned_by": actor.user_id,
                "scanned_at": now,
                "grade": "",
                "graded_by": "",
                "decision": "",
                "location": "",
                "decided_by": "",
            }
            session.execute(_INSERT_UNIT, values)
            unit = CheckedUnit(
                values["seq"], UnitOutcome(values["outcome"]), verdict.sku, verdict.line_no, code, photo_id
            )
            uow.record(
                ReturnUnitChecked(
                    order_id=row.order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=return_id,
                    seq=unit.seq,
                    outcome=unit.outcome.value,
                    sku=unit.sku,
                    line_no=unit.line_no,
                    code=code,
                    photo_id=photo_id,
                )
            )
            uow.commit()
            return UnitResult(verdict, self._made(parcel, [*units, unit], lines, photos))

    def _made(
        self,
        parcel: ReturnParcel,
        units: list[CheckedUnit],
        lines: tuple[ExpectedLine, ...],
        photos: list[ReturnPhoto],
    ) -> ReturnDetail:
        parcel = dataclasses.replace(parcel, units=tuple(units))
        weight = rules.compare_weight(
            parcel.arrival_weight_g,
            parcel.outbound_weight_g,
            self.config.weight_tolerance_g,
            self.config.weight_tolerance_pct,
        )
        return ReturnDetail(parcel, lines, tuple(photos), weight)

    def receive(self, actor: Actor, return_id: str, without_weight: str = "") -> ReturnDetail:
        """Finish unboxing: units not scanned back are recorded missing, the outcome and deadline are set.

        Needs the required photos and the arrival weight (a supervisor may receive without a weight,
        with a reason: a station without a scale).
        """
        with self.uow() as uow:
            row, order = self._open_row(uow, return_id)
            detail = self._detail(uow, row, order)
            if detail.photos_missing:
                raise ReturnRefused(
                    translate("Returns", "Photos still needed: {kinds}.").format(
                        kinds=", ".join(detail.photos_missing)
                    )
                )
            if row.arrival_weight_g is None:
                reason = " ".join(without_weight.split())
                if not reason:
                    raise ReturnRefused(
                        translate(
                            "Returns",
                            "Weigh the parcel as it arrived first (it is compared with the outbound weight).",
                        )
                    )
                actor.require(Role.SUPERVISOR, "Receiving a return without its weight")
                row.note = f"received without weight: {reason}"[:2000]
            now = self.clock()
            seq = (detail.parcel.units[-1].seq + 1) if detail.parcel.units else 1
            added: list[ReturnUnitRow] = []
            for line, count in detail.missing:
                for _ in range(count):
                    unit = ReturnUnitRow(
                        return_id=return_id,
                        seq=seq,
                        outcome=UnitOutcome.MISSING.value,
                        line_no=line.line_no,
                        sku=line.sku,
                        code="",
                        photo_id="",
                        scanned_by=actor.user_id,
                        scanned_at=now,
                        grade="",
                        graded_by="",
                        decision="",
                        location="",
                        decided_by="",
                    )
                    uow.session.add(unit)
                    uow.record(self._checked(row, actor, now, unit))
                    added.append(unit)
                    seq += 1
            units = [*detail.parcel.units, *(unit_from_row(u) for u in added)]
            outcome = rules.return_outcome(detail.lines, units)
            counts: dict[str, int] = {}
            for u in units:
                counts[u.outcome.value] = counts.get(u.outcome.value, 0) + 1
            row.state, row.outcome, row.closed_by, row.closed_at = (
                ReturnState.RECEIVED.value,
                outcome.value,
                actor.user_id,
                now,
            )
            if rules.all_decided(units):
                row.state = ReturnState.DECIDED.value  # nothing came back that needs a decision
            uow.record(
                ReturnReceived(
                    order_id=row.order_id,
                    station=self.station,
                    user=actor.user_id,
                    occurred_at=now,
                    return_id=row.id,
                    outcome=outcome.value,
                    counts=counts,
                    decision_due=row.decision_due.isoformat() if row.decision_due else "",
                )
            )
            return self._commit(uow, row, order)

    # -- helpers ------------------------------------------------------------------------------------
    def _open_row(self, uow: UnitOfWork, return_id: str) -> tuple[ReturnRow, Order]:
        row = Returns(uow.session).get(return_id)
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
        return row, order

    @staticmethod
    def _identify(uow: UnitOfWork, code: str, lines: tuple[ExpectedLine, ...]) -> str | None:
        try:
            sku = uow.session.execute(_SKU_OF, {"key": product_key(code)}).scalar()
        except BarcodeError:
            sku = None
        if sku is None and any(line.sku == code for line in lines):
            sku = code  # in-house SKU labels carry the seller SKU itself
        return sku

    def _checked(self, row: ReturnRow, actor: Actor, now: datetime, unit: ReturnUnitRow) -> ReturnUnitChecked:
        return ReturnUnitChecked(
            order_id=row.order_id,
            station=self.station,
            user=actor.user_id,
            occurred_at=now,
            return_id=row.id,
            seq=unit.seq,
            outcome=unit.outcome,
            sku=unit.sku,
            line_no=unit.line_no,
            code=unit.code,
            photo_id=unit.photo_id,
        )
