"""Orders assembled from export rows: grouping by order id, all-or-nothing rejection, and the digest.

An order with any bad row is rejected whole (every one of its rows reported), so no order is half-written.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Protocol

from packstation.domain.orders import Order, OrderLine, OrderStatus, ship_by_deadline
from packstation.domain.text import has_unsafe, strip_unsafe
from packstation.services.imports.errors import ImportReport, OrderNote, RowProblem
from packstation.services.imports.rows import (
    CellError,
    ExportRows,
    ShopClock,
    is_description_row,
)
from packstation.services.imports.rules import ImportRules

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

    def start(self, cells: list[str], clock: ShopClock, fail: Fail) -> tuple[Order, str, str]:
        """The order (without lines) from its first row, with its action and note."""
        ...

    def merge(self, order: Order, cells: list[str]) -> None:
        """Fill order-level blanks (buyer message, tracking id) from a later row of the same order."""
        ...

    def line(self, cells: list[str], fail: Fail) -> OrderLine | None: ...

    def channel_of(self, cells: list[str]) -> str:
        """The channel a row's order belongs to (whose order id rule applies)."""
        ...


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
    """Collects rows into orders (rows of one order need not be adjacent) and reports refused rows.

    CSV files are read in two passes: `read_csv` reads every record (so broken quoting refuses the file
    before anything is written) and groups them by order id; `orders()` then builds one order at a time,
    so only the orders of the batch being written are held as domain objects.
    """

    def __init__(
        self,
        report: ImportReport,
        clock: ShopClock,
        handling: dict[str, timedelta],
        rules: ImportRules | None = None,
    ) -> None:
        self.report = report
        self.rules = rules or ImportRules()
        self.clock = clock
        self.handling = handling
        self.drafts: dict[str, OrderDraft] = {}
        self._groups: dict[str, list[tuple[int, list[str]]]] = {}
        self._source: ExportRows | None = None
        self._layout: RowLayout | None = None
        self._handling_time: dict[str, timedelta] = {}

    def read_csv(self, source: ExportRows, layout: RowLayout) -> None:
        """Every record of `source` grouped by order id; the optional description row is skipped."""
        first = True
        report, groups = self.report, self._groups
        column = source.header[layout.order_id_col]
        for line, cells in source.records():
            order_id = cells[layout.order_id_col].strip()
            if first:
                first = False
                if is_description_row(cells[layout.order_id_col], cells[layout.quantity_col]):
                    continue
            report.rows += 1
            rows = groups.get(order_id)
            if rows is not None:
                rows.append((line, cells))
                continue
            problem = self.rules.order_id_problem(order_id, layout.channel_of(cells))
            if problem is None:
                groups[order_id] = [(line, cells)]
            elif not order_id and source.overflow(cells):
                report.reject(line, "", source.overflow(cells) or "")
            else:
                report.reject(line, column, problem)
        self._source, self._layout = source, layout

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

    def orders(self) -> Iterator[IncomingOrder]:
        """Good orders with their digests, in file order; bad orders rejected whole, skipped ones noted."""
        source, layout = self._source, self._layout
        if source is not None and layout is not None:
            for order_id in list(self._groups):
                incoming = self._settle(self._build(source, layout, order_id, self._groups.pop(order_id)))
                if incoming is not None:
                    yield incoming
        for draft in self.drafts.values():
            incoming = self._settle(draft)
            if incoming is not None:
                yield incoming

    def sort_report(self) -> None:
        self.report.rejected.sort(key=lambda p: (p.line is None, p.line or 0))

    def _build(
        self, source: ExportRows, layout: RowLayout, order_id: str, rows: list[tuple[int, list[str]]]
    ) -> OrderDraft:
        problems: list[RowProblem] = []
        line = rows[0][0]

        def fail(column: str, reason: str) -> None:
            problems.append(RowProblem(line, column, reason, order_id))

        cells = rows[0][1]
        order, action, note = layout.start(cells, self.clock, fail)
        status_col = layout.status_col
        status_text = cells[status_col].strip() if status_col is not None else ""
        draft = OrderDraft(order_id, line, order, action, note, status_text)
        for n, (line, cells) in enumerate(rows):
            if n:
                if status_col is not None and cells[status_col].strip() != status_text:
                    fail(
                        source.header[status_col],
                        f"status {cells[status_col].strip()!r} differs from {status_text!r} on line "
                        f"{draft.line} for the same order",
                    )
                layout.merge(order, cells)
            extra = source.overflow(cells)
            if extra:
                fail("", extra)
            draft.rows.append(line)
            order_line = layout.line(cells, fail)
            if order_line is not None:
                order.lines.append(order_line)
        draft.problems = problems
        return draft

    def _settle(self, draft: OrderDraft) -> IncomingOrder | None:
        if draft.problems:
            self._reject(draft)
        elif draft.action == SKIP:
            self.report.skipped.append(OrderNote(draft.order_id, draft.note))
        else:
            return self._incoming(draft)
        return None

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
        self._clean(order)
        if draft.action == CANCEL:
            order.status = OrderStatus.CANCELLED
        for n, line in enumerate(order.lines, start=1):
            line.line_no = n
        start = order.paid_at or order.created_at
        if start is not None:
            delta = self._handling_time.get(order.channel)
            if delta is None:
                delta = self._handling_time[order.channel] = _handling_time(order.channel, self.handling)
            order.ship_by = start + delta
        return IncomingOrder(
            order, order_digest(order, draft.note), draft.line, draft.action == CANCEL, draft.note
        )


    def _clean(self, order: Order) -> None:
        """Remove control and bidi characters from what labels and screens show; note each field."""
        r = order.recipient
        every = "".join(
            (r.name, r.phone, r.line1, r.line2, r.district, r.city, r.state, r.postcode, r.country,
             order.buyer_message, order.seller_note, order.carrier, order.service, order.tracking_number,
             *(ln.product_name + ln.variation for ln in order.lines))
        )  # fmt: skip
        if not has_unsafe(every):
            return  # the common case: one scan of the order's text
        found: list[str] = []
        fixed: dict[str, str] = {}
        for name in _CLEANED_ADDRESS:
            text, removed = strip_unsafe(getattr(order.recipient, name))
            if removed:
                fixed[name] = text
                found.append(f"recipient.{name} ({', '.join(removed)})")
        if fixed:
            order.recipient = replace(order.recipient, **fixed)
        for name in ("buyer_message", "seller_note", "carrier", "service", "tracking_number"):
            text, removed = strip_unsafe(getattr(order, name))
            if removed:
                setattr(order, name, text)
                found.append(f"{name} ({', '.join(removed)})")
        for ln in order.lines:
            for name in ("product_name", "variation"):
                text, removed = strip_unsafe(getattr(ln, name))
                if removed:
                    setattr(ln, name, text)
                    found.append(f"line {ln.sku} {name} ({', '.join(removed)})")
        if found:
            self.report.cleaned.append(
                OrderNote(order.order_id, "removed control/bidi characters from " + "; ".join(found))
            )


_CLEANED_ADDRESS = ("name", "phone", "line1", "line2", "district", "city", "state", "postcode", "country")


def _handling_time(channel: str, handling: dict[str, timedelta]) -> timedelta:
    """The channel's handling time as the domain rule `ship_by_deadline` defines it."""
    paid = datetime(2000, 1, 1, tzinfo=UTC)
    deadline = ship_by_deadline(paid, channel, handling)
    assert deadline is not None
    return deadline - paid


def order_digest(order: Order, note: str = "") -> str:
    """SHA-256 over an order's normalized content; equal digests mean nothing to update."""
    r = order.recipient
    # Times as seconds since the epoch: the same instant always gives the same text, and it is cheap.
    times = [repr(t.timestamp()) if t else "" for t in (order.created_at, order.paid_at, order.ship_by)]
    parts = [
        order.order_id, order.channel, order.status.value, order.platform_status, str(order.pre_order),
        r.name, r.phone, r.line1, r.line2, r.district, r.city, r.state, r.postcode, r.country,
        order.carrier, order.service, order.tracking_number, str(order.platform_shipped),
        order.buyer_message, order.seller_note, *times, note,
    ]  # fmt: skip
    for line in order.lines:
        parts += [line.sku, line.sku_id, line.product_name, line.variation, str(line.quantity)]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()
