"""Orders assembled from export rows: grouping by order id, all-or-nothing rejection, and the digest.

An order with any bad row is rejected whole (every one of its rows reported), so no order is half-written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from packstation.domain.orders import Order, OrderLine, OrderStatus, ship_by_deadline
from packstation.services.imports.errors import ImportReport, OrderNote, RowProblem
from packstation.services.imports.rows import (
    ORDER_ID_SHAPE,
    CellError,
    CsvFile,
    ShopClock,
    extra_cells,
    is_description_row,
)

PACK, CANCEL, SKIP = "pack", "cancel", "skip"

# Marketplace status (case-insensitive) -> what the import does with the order.
STATUS_ACTIONS: dict[str, tuple[str, str]] = {
    "awaiting shipment": (PACK, ""),
    "to ship": (PACK, ""),
    "awaiting collection": (PACK, ""),
    "ready to ship": (PACK, ""),
    "ready": (PACK, ""),
    "canceled": (CANCEL, ""),
    "cancelled": (CANCEL, ""),
    "shipped": (SKIP, "already shipped on the marketplace"),
    "in transit": (SKIP, "already shipped on the marketplace"),
    "delivered": (SKIP, "already delivered"),
    "completed": (SKIP, "already completed"),
    "unpaid": (SKIP, "not paid yet"),
    "awaiting payment": (SKIP, "not paid yet"),
    "on hold": (SKIP, "on hold at the marketplace (not ready to ship yet)"),
}


def status_action(text: str) -> tuple[str, str]:
    """(pack|cancel|skip, reason) for a marketplace status; unknown statuses are refused."""
    value = " ".join(text.split()).casefold()
    if not value:
        raise CellError("order status is empty")
    found = STATUS_ACTIONS.get(value)
    if found is None:
        known = ", ".join(sorted({k.capitalize() for k in STATUS_ACTIONS}))
        raise CellError(f"unknown order status {text.strip()!r} (known: {known})")
    return found


Fail = Callable[[str, str], None]


class RowLayout(Protocol):
    """How one export layout maps a row onto an order and an order line."""

    name: str
    order_id_col: int
    quantity_col: int
    status_col: int | None
    width: int

    def start(self, cells: list[str], clock: ShopClock, fail: Fail) -> tuple[Order, str, str]:
        """The order (without lines) from its first row, with its action and note."""
        ...

    def merge(self, order: Order, cells: list[str]) -> None:
        """Fill order-level blanks (buyer message, tracking id) from a later row of the same order."""
        ...

    def line(self, cells: list[str], fail: Fail) -> OrderLine | None: ...


@dataclass(slots=True)
class OrderDraft:
    order_id: str
    line: int
    order: Order
    action: str
    note: str
    status_text: str
    rows: list[int] = field(default_factory=list)
    problems: list[RowProblem] = field(default_factory=list)


@dataclass(slots=True)
class IncomingOrder:
    """An order read from the file, ready to compare with the store: `digest` fingerprints its content."""

    order: Order
    digest: str
    line: int
    cancel: bool
    note: str


class OrderAssembly:
    """Collects rows into orders (rows of one order need not be adjacent) and reports refused rows."""

    def __init__(self, report: ImportReport, clock: ShopClock, handling: dict[str, timedelta]) -> None:
        self.report = report
        self.clock = clock
        self.handling = handling
        self.drafts: dict[str, OrderDraft] = {}

    def read_csv(self, source: CsvFile, layout: RowLayout) -> None:
        """Every record of `source` into drafts; the optional description row under the header is skipped."""
        first = True
        report = self.report
        for line, cells in source.records():
            order_id = cells[layout.order_id_col].strip()
            if first:
                first = False
                if is_description_row(cells[layout.order_id_col], cells[layout.quantity_col]):
                    continue
            report.rows += 1
            if not order_id:
                report.reject(line, source.header[layout.order_id_col], "order id is empty")
                continue
            if order_id not in self.drafts and not ORDER_ID_SHAPE.fullmatch(order_id):
                report.reject(line, source.header[layout.order_id_col], f"{order_id!r} is not an order id")
                continue
            self._row(source, layout, line, cells, order_id)

    def _row(self, source: CsvFile, layout: RowLayout, line: int, cells: list[str], order_id: str) -> None:
        problems: list[RowProblem] = []

        def fail(column: str, reason: str) -> None:
            problems.append(RowProblem(line, column, reason, order_id))

        draft = self.drafts.get(order_id)
        if draft is None:
            order, action, note = layout.start(cells, self.clock, fail)
            status_text = cells[layout.status_col].strip() if layout.status_col is not None else ""
            draft = self.drafts[order_id] = OrderDraft(order_id, line, order, action, note, status_text)
        else:
            if layout.status_col is not None:
                status_text = cells[layout.status_col].strip()
                if status_text != draft.status_text:
                    fail(
                        source.header[layout.status_col],
                        f"status {status_text!r} differs from {draft.status_text!r} on line "
                        f"{draft.line} for the same order",
                    )
            layout.merge(draft.order, cells)
        extra = extra_cells(cells, layout.width)
        if extra:
            fail("", extra)
        draft.rows.append(line)
        order_line = layout.line(cells, fail)
        if order_line is not None:
            draft.order.lines.append(order_line)
        if problems:
            draft.problems.extend(problems)

    def add(self, draft: OrderDraft) -> None:
        """A draft built elsewhere (JSON); a repeated order id is refused."""
        if draft.order_id in self.drafts:
            first = self.drafts[draft.order_id]
            draft.problems.append(
                RowProblem(None, "order_id", f"order {draft.order_id} appears twice", draft.order_id)
            )
            first.problems.append(
                RowProblem(None, "order_id", f"order {draft.order_id} appears twice", draft.order_id)
            )
            return
        self.drafts[draft.order_id] = draft

    def finish(self) -> list[IncomingOrder]:
        """Good orders with their digests; bad orders rejected whole, skipped ones noted."""
        report, out = self.report, []
        for draft in self.drafts.values():
            if draft.problems:
                self._reject(draft)
            elif draft.action == SKIP:
                report.skipped.append(OrderNote(draft.order_id, draft.note))
            else:
                out.append(self._incoming(draft))
        report.rejected.sort(key=lambda p: (p.line is None, p.line or 0))
        return out

    def _reject(self, draft: OrderDraft) -> None:
        report = self.report
        report.rejected_orders.append(draft.order_id)
        report.rejected.extend(draft.problems)
        bad = {p.line for p in draft.problems}
        first_bad = min((p.line for p in draft.problems if p.line is not None), default=None)
        for line in draft.rows:
            if line not in bad:
                where = f" at line {first_bad}" if first_bad is not None else ""
                report.reject(
                    line, "", f"not imported: order {draft.order_id} has a bad row{where}", draft.order_id
                )

    def _incoming(self, draft: OrderDraft) -> IncomingOrder:
        order = draft.order
        if draft.action == CANCEL:
            order.status = OrderStatus.CANCELLED
        for n, line in enumerate(order.lines, start=1):
            line.line_no = n
        order.ship_by = ship_by_deadline(order.paid_at or order.created_at, order.channel, self.handling)
        return IncomingOrder(
            order, order_digest(order, draft.note), draft.line, draft.action == CANCEL, draft.note
        )


def _iso(value: datetime | None) -> str:
    # Seconds since the epoch: the same instant always gives the same text, and it is cheap.
    return repr(value.timestamp()) if value else ""


def order_digest(order: Order, note: str = "") -> str:
    """SHA-256 over an order's normalized content; equal digests mean nothing to update."""
    r = order.recipient
    parts = [
        order.order_id, order.channel, order.status.value, order.platform_status, str(order.pre_order),
        r.name, r.phone, r.line1, r.line2, r.district, r.city, r.state, r.postcode, r.country,
        order.carrier, order.service, order.tracking_number, str(order.platform_shipped),
        order.buyer_message, order.seller_note, _iso(order.created_at), _iso(order.paid_at),
        _iso(order.ship_by), note,
    ]  # fmt: skip
    for line in order.lines:
        parts += [line.sku, line.sku_id, line.product_name, line.variation, str(line.quantity)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
