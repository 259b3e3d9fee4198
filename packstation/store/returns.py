"""Repository of returned parcels and their checked units."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from packstation.domain.returns import (
    CheckedUnit,
    Decision,
    Grade,
    ReturnOutcome,
    ReturnParcel,
    ReturnState,
    UnitOutcome,
)
from packstation.store.return_tables import ReturnRow, ReturnUnitRow

ACTIVE = (ReturnState.EXPECTED.value, ReturnState.OPEN.value)


def unit_from_row(row: Any) -> CheckedUnit:
    """A checked unit from its ORM row or a Core row with the same columns."""
    return CheckedUnit(
        seq=row.seq,
        outcome=UnitOutcome(row.outcome),
        sku=row.sku,
        line_no=row.line_no,
        code=row.code,
        photo_id=row.photo_id,
        grade=Grade(row.grade) if row.grade else None,
        decision=Decision(row.decision) if row.decision else None,
        location=row.location,
        graded_by=row.graded_by,
        graded_at=row.graded_at,
        decided_by=row.decided_by,
        decided_at=row.decided_at,
    )


def return_from_row(row: Any, units: Sequence[Any]) -> ReturnParcel:
    return ReturnParcel(
        return_id=row.id,
        order_id=row.order_id,
        state=ReturnState(row.state),
        opened_at=row.opened_at,
        station=row.station,
        opened_by=row.opened_by,
        found_by=row.found_by,
        return_tracking=row.return_tracking,
        rma_id=row.rma_id,
        arrival_weight_g=row.arrival_weight_g,
        outbound_weight_g=row.outbound_weight_g,
        outcome=ReturnOutcome(row.outcome) if row.outcome else None,
        decision_due=row.decision_due,
        closed_at=row.closed_at,
        closed_by=row.closed_by,
        units=tuple(unit_from_row(u) for u in units),
    )


class Returns:
    def __init__(self, session: Session) -> None:
        self.session = session

    def get(self, return_id: str) -> ReturnRow | None:
        return self.session.get(ReturnRow, return_id)

    def announced(self, code: str) -> ReturnRow | None:
        """An expected or open return whose return tracking number or RMA id is `code`."""
        stmt = (
            select(ReturnRow)
            .where(
                or_(ReturnRow.return_tracking == code, ReturnRow.rma_id == code), ReturnRow.state.in_(ACTIVE)
            )
            .order_by(ReturnRow.created_at)
            .limit(1)
        )
        return self.session.scalar(stmt)

    def any_with_code(self, code: str) -> ReturnRow | None:
        stmt = (
            select(ReturnRow).where(or_(ReturnRow.return_tracking == code, ReturnRow.rma_id == code)).limit(1)
        )
        return self.session.scalar(stmt)

    def active_for_order(self, order_id: str) -> ReturnRow | None:
        stmt = (
            select(ReturnRow)
            .where(ReturnRow.order_id == order_id, ReturnRow.state.in_(ACTIVE))
            .order_by(ReturnRow.created_at)
            .limit(1)
        )
        return self.session.scalar(stmt)

    def for_order(self, order_id: str) -> list[ReturnRow]:
        stmt = select(ReturnRow).where(ReturnRow.order_id == order_id).order_by(ReturnRow.created_at)
        return list(self.session.scalars(stmt))

    def open_at(self, station: str) -> list[ReturnRow]:
        stmt = select(ReturnRow).where(
            ReturnRow.station == station, ReturnRow.state == ReturnState.OPEN.value
        )
        return list(self.session.scalars(stmt.order_by(ReturnRow.opened_at)))

    def queue(self, state: str | None = None, limit: int = 500) -> list[ReturnRow]:
        """Returns, the most urgent decision first (those without a deadline last)."""
        stmt = select(ReturnRow)
        if state:
            stmt = stmt.where(ReturnRow.state == state)
        stmt = stmt.order_by(ReturnRow.decision_due.is_(None), ReturnRow.decision_due, ReturnRow.created_at)
        return list(self.session.scalars(stmt.limit(limit)))

    def units(self, return_id: str) -> list[ReturnUnitRow]:
        stmt = select(ReturnUnitRow).where(ReturnUnitRow.return_id == return_id).order_by(ReturnUnitRow.seq)
        return list(self.session.scalars(stmt))

    def unit(self, return_id: str, seq: int) -> ReturnUnitRow | None:
        stmt = select(ReturnUnitRow).where(ReturnUnitRow.return_id == return_id, ReturnUnitRow.seq == seq)
        return self.session.scalar(stmt)

    def next_seq(self, return_id: str) -> int:
        stmt = select(func.max(ReturnUnitRow.seq)).where(ReturnUnitRow.return_id == return_id)
        return int(self.session.scalar(stmt) or 0) + 1

    def per_sku_and_reason(self) -> list[tuple[str, str, int]]:
        """(sku, outcome, units) over every return: what comes back, and why."""
        stmt = (
            select(ReturnUnitRow.sku, ReturnUnitRow.outcome, func.count())
            .group_by(ReturnUnitRow.sku, ReturnUnitRow.outcome)
            .order_by(func.count().desc(), ReturnUnitRow.sku)
        )
        return [(sku, outcome, int(n)) for sku, outcome, n in self.session.execute(stmt)]
