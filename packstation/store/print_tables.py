"""Print jobs: every label is stored here before it is sent, so none is lost and none printed twice unasked.

States: `queued` (waiting to be sent, `reason` says why it has not printed yet), `sending` (committed
just before its bytes go out: found so after a crash it becomes `unknown`), `sent` (written and
confirmed by the printer), `unknown` (may have printed: a person confirms or reprints), `failed`
(given up, e.g. replaced by a reprint), `voided` (cancelled by a supervisor).
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Index, Integer, LargeBinary, String, Text, select
from sqlalchemy.orm import Mapped, Session, mapped_column, validates

from packstation.domain.texts import to_json
from packstation.store.base import Base, UTCDateTime

JOB_KINDS = ("label", "reprint", "test", "platform")
JOB_STATES = ("queued", "sent", "unknown", "failed", "voided", "sending")


class PrintJobRow(Base):
    """One job for the label printer: the exact bytes, where they go, and what became of them."""

    __tablename__ = "print_jobs"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    parcel_number: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(16))
    format: Mapped[str] = mapped_column(String(16), default="zpl")
    payload: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True)
    blob_path: Mapped[str] = mapped_column(String(500), default="")
    printer: Mapped[str] = mapped_column(String(300))
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    state: Mapped[str] = mapped_column(String(16), default="queued")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    reason_text: Mapped[str] = mapped_column(Text, default="")  # to_json of `reason` (migration 0017)
    requested_by: Mapped[str] = mapped_column(String(100), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    __table_args__ = (
        Index("ix_print_jobs_state", "state"),
        Index("ix_print_jobs_tracking_number", "tracking_number"),
    )

    @validates("reason")
    def _keep_text(self, key: str, reason: str) -> str:
        """Every reason set is stored twice: its English, and its text so a reload shows it translated."""
        self.reason_text = to_json(reason)
        return reason


class PrintJobs:
    """Print jobs inside one unit of work's session."""

    def __init__(self, session: Session) -> None:
        self.session = session

    def add(self, row: PrintJobRow) -> PrintJobRow:
        self.session.add(row)
        self.session.flush()
        return row

    def get(self, job_id: str) -> PrintJobRow | None:
        return self.session.get(PrintJobRow, job_id)

    def for_order(self, order_id: str) -> list[PrintJobRow]:
        stmt = (
            select(PrintJobRow)
            .where(PrintJobRow.order_id == order_id)
            .order_by(PrintJobRow.created_at, PrintJobRow.id)
        )
        return list(self.session.scalars(stmt))

    def queued(self, printer: str | None = None, limit: int = 50) -> list[PrintJobRow]:
        """Jobs still waiting to be sent, oldest first (optionally for one printer only)."""
        stmt = select(PrintJobRow).where(PrintJobRow.state == "queued")
        if printer is not None:
            stmt = stmt.where(PrintJobRow.printer == printer)
        return list(self.session.scalars(stmt.order_by(PrintJobRow.created_at, PrintJobRow.id).limit(limit)))

    def sending(self) -> list[PrintJobRow]:
        """Jobs marked as on their way to the printer (after a crash: whether they printed is unknown)."""
        stmt = select(PrintJobRow).where(PrintJobRow.state == "sending")
        return list(self.session.scalars(stmt.order_by(PrintJobRow.created_at, PrintJobRow.id)))

    def voided_tracking(self, tracking: str) -> bool:
        """Whether a supervisor voided a label carrying this tracking number (it may not be printed again)."""
        stmt = select(PrintJobRow.id).where(
            PrintJobRow.tracking_number == tracking, PrintJobRow.state == "voided"
        )
        return self.session.scalar(stmt.limit(1)) is not None
