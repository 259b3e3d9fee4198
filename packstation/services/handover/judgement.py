"""The scan judgement: is a scanned label a parcel that may go in this handover, and what to tell the dispatcher."""

from __future__ import annotations

import time
from typing import Any

from packstation.domain.handover import (
    FloorParcel,
    HandoverState,
    ScanVerdict,
    Verdict,
    count_line,
    judge_refusal,
    refusal_for_unstaged,
    same_carrier,
    unknown_parcel,
)
from packstation.domain.orders import OrderStatus
from packstation.domain.texts import from_json, translate
from packstation.services.ports import CentralStatusPort
from packstation.store.handovers import StagedParcels, floor_parcel
from packstation.store.print_tables import PrintJobs
from packstation.store.tables import ParcelRow
from packstation.store.uow import UnitOfWork

EXPECTED_TTL_S = 5.0


class ScanJudgement:
    """Judges one scan against the floor and the records; the count line it answers with."""

    central: CentralStatusPort
    _expected_cache: dict[str, tuple[float, int]]

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
                translate("Handover", "Already in this handover: order {order} parcel {number}.").format(
                    order=parcel.order_id, number=parcel.number
                ),
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
            hold_reason=from_json(found.hold_reason_text or "", found.hold_reason or ""),
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
            message = translate(
                "Handover", "Parcel {number} of {total} of order {order} added. Still to scan for this order: {rest}."
            ).format(number=parcel.number, total=total, order=parcel.order_id, rest=", ".join(rest))
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
        if total > 1:
            message = translate("Handover", "Order {order}: all {total} parcels added. {count}.")
        else:
            message = translate("Handover", "Order {order}: parcel added. {count}.")
        message = message.format(order=parcel.order_id, total=total, count=line)
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
                translate(
                    "Handover",
                    "This label ({tracking}) was voided. Do not hand it over: take the parcel back to a bench and print its new label.",
                ).format(tracking=tracking),
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
