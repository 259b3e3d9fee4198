"""Print jobs as the station shows them, and the error for a label stored but not (yet) printed."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from packstation.domain import workflow
from packstation.store.print_tables import PrintJobRow


class LabelNotPrinted(workflow.WorkflowError):
    """The label is stored but has not printed (printer not ready, or result unknown); says why."""

    def __init__(self, message: str, jobs: list[PrintJob]) -> None:
        super().__init__(message)
        self.jobs = jobs


@dataclass(frozen=True)
class PrintJob:
    """A stored print job as the station shows it."""

    id: str
    order_id: str
    parcel: int
    kind: str
    state: str
    printer: str
    tracking_number: str
    reason: str
    attempts: int
    format: str
    created_at: datetime
    sent_at: datetime | None

    @classmethod
    def from_row(cls, row: PrintJobRow) -> PrintJob:
        return cls(
            row.id,
            row.order_id,
            row.parcel_number,
            row.kind,
            row.state,
            row.printer,
            row.tracking_number,
            row.reason,
            row.attempts,
            row.format,
            row.created_at,
            row.sent_at,
        )
