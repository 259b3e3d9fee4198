"""Unboxing a returned parcel: its weight on arrival, its photos, each unit scanned back, then received."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any, cast

import numpy as np
from sqlalchemy import Table, bindparam, insert, select

from packstation.domain import returns as rules
from packstation.domain.barcodes import BarcodeError, product_key
from packstation.domain.events import (
    ReturnPhotoTaken,
    ReturnReceived,
    ReturnUnitChecked,
    ReturnWeighed,
)
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
from packstation.evidence.chain import append_photo
from packstation.evidence.photos import capture_photo
from packstation.evidence.stamp import PhotoContext
from packstation.services.returns.reading import ReturnReading
from packstation.services.returns.views import (
    ReturnDetail,
    ReturnPhoto,
    UnitResult,
    clean_code,
    expected_lines,
)
from packstation.store.return_tables import ReturnRow, ReturnUnitRow
from packstation.store.returns import return_from_row, unit_from_row
from packstation.store.tables import BarcodeRow
from packstation.store.uow import UnitOfWork

_RETURNS = cast(Table, ReturnRow.__table__)
_UNITS = cast(Table, ReturnUnitRow.__table__)
_BARCODES = cast(Table, BarcodeRow.__table__)
# Built once with bound parameters: these run on every unit scanned back.
_RETURN_BY_ID = select(_RETURNS).where(_RETURNS.c.id == bindparam("rid"))
_UNITS_OF = select(_UNITS).where(_UNITS.c.return_id == bindparam("rid")).order_by(_UNITS.c.seq)
_SKU_OF = select(_BARCODES.c.sku).where(_BARCODES.c.key == bindparam("key"))
_INSERT_UNIT = insert(_UNITS)
PHOTO_KINDS = (rules.PHOTO_LABEL, rules.PHOTO_CONTENTS, rules.PHOTO_DAMAGE)


class ReturnUnboxing(ReturnReading):
    """Weigh, photograph and scan back a return that is open, then receive it."""

    clock: Callable[[], datetime]
    tz: tzinfo

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
            order = self._open_order(uow, row, return_id)
            assert row is not None  # refused above otherwise
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
                        translate(
                            "Returns",
                            "A damaged unit needs a photo of the damage: take the damage photo, then scan it again.",
                        ),
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
            uow.record(self._checked(row, actor, now, unit))
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
                    uow.record(self._checked(row, actor, now, unit_from_row(unit)))
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

    @staticmethod
    def _identify(uow: UnitOfWork, code: str, lines: tuple[ExpectedLine, ...]) -> str | None:
        try:
            sku = uow.session.execute(_SKU_OF, {"key": product_key(code)}).scalar()
        except BarcodeError:
            sku = None
        if sku is None and any(line.sku == code for line in lines):
            sku = code  # in-house SKU labels carry the seller SKU itself
        return sku

    def _checked(self, row: Any, actor: Actor, now: datetime, unit: CheckedUnit) -> ReturnUnitChecked:
        """The event of one unit checked (an ORM or Core return row: same columns)."""
        return ReturnUnitChecked(
            order_id=row.order_id,
            station=self.station,
            user=actor.user_id,
            occurred_at=now,
            return_id=row.id,
            seq=unit.seq,
            outcome=unit.outcome.value,
            sku=unit.sku,
            line_no=unit.line_no,
            code=unit.code,
            photo_id=unit.photo_id,
        )
