"""Return tables: a returned parcel linked to its original order, and each unit checked back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.base import Base, UTCDateTime


class ReturnRow(Base):
    """One returned parcel. No foreign key to `orders`: the return must outlive a re-import of the order."""

    __tablename__ = "returns"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    state: Mapped[str] = mapped_column(String(16), index=True)
    found_by: Mapped[str] = mapped_column(String(24), default="")
    code: Mapped[str] = mapped_column(String(100), default="")
    return_tracking: Mapped[str] = mapped_column(String(64), default="", index=True)
    rma_id: Mapped[str] = mapped_column(String(64), default="", index=True)
    station: Mapped[str] = mapped_column(String(100), default="")
    opened_by: Mapped[str] = mapped_column(String(100), default="")
    opened_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    arrival_weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    outbound_weight_g: Mapped[float | None] = mapped_column(Float, nullable=True)
    weighed_by: Mapped[str] = mapped_column(String(100), default="")
    weighed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str] = mapped_column(String(16), default="")
    decision_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True, index=True)
    closed_by: Mapped[str] = mapped_column(String(100), default="")
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ReturnUnitRow(Base):
    """One unit checked at a return: what came back against which original line, its grade and decision."""

    __tablename__ = "return_units"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[str] = mapped_column(ForeignKey("returns.id", ondelete="CASCADE"), index=True)
    seq: Mapped[int] = mapped_column(Integer)
    outcome: Mapped[str] = mapped_column(String(16))
    line_no: Mapped[int | None] = mapped_column(Integer, nullable=True)
    sku: Mapped[str] = mapped_column(String(100), default="", index=True)
    code: Mapped[str] = mapped_column(String(100), default="")
    photo_id: Mapped[str] = mapped_column(String(36), default="")
    scanned_by: Mapped[str] = mapped_column(String(100), default="")
    scanned_at: Mapped[datetime] = mapped_column(UTCDateTime)
    grade: Mapped[str] = mapped_column(String(16), default="")
    graded_by: Mapped[str] = mapped_column(String(100), default="")
    graded_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision: Mapped[str] = mapped_column(String(16), default="")
    location: Mapped[str] = mapped_column(String(64), default="")
    decided_by: Mapped[str] = mapped_column(String(100), default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (UniqueConstraint("return_id", "seq", name="uq_return_units_return_id_seq"),)
