"""The generic order format for any other channel: CSV (one row per line) or JSON (one object per order).

Documented column by column in docs/import-formats.md.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.imports.drafts import CANCEL, Fail, OrderAssembly, OrderDraft, status_action
from packstation.services.imports.errors import ImportFormatError, RowProblem
from packstation.services.imports.rows import (
    MAX_QUANTITY,
    CellError,
    ExportRows,
    ShopClock,
    country_code,
    one_line,
    parse_flag,
    parse_quantity,
    read_text,
)

REQUIRED = ["order_id", "sku", "quantity", "recipient_name"]
ORDER_FIELDS = [
    "channel", "status", "recipient_phone", "address_line1", "address_line2", "district", "city",
    "state", "postcode", "country", "paid_at", "created_at", "carrier", "service", "tracking_number",
    "platform_shipped", "pre_order", "buyer_message", "seller_note", "cancel_reason",
]  # fmt: skip
LINE_FIELDS = ["product_name", "variation", "sku_id"]
COLUMNS = REQUIRED + ORDER_FIELDS + LINE_FIELDS
# JSON keys inside "recipient" and the flat (CSV) names they stand for.
RECIPIENT_KEYS = {
    "name": "recipient_name",
    "phone": "recipient_phone",
    "line1": "address_line1",
    "line2": "address_line2",
    "district": "district",
    "city": "city",
    "state": "state",
    "postcode": "postcode",
    "country": "country",
}

Get = Callable[[str], str]


def looks_generic(source: ExportRows) -> bool:
    return source.index("order_id") is not None and source.index("sku") is not None


def build_order(get: Get, clock: ShopClock, fail: Fail, default_channel: str) -> tuple[Order, str, str]:
    """An order (without lines) from flat generic fields; bad cells are passed to `fail`."""
    action, note = "pack", ""
    status_text = get("status") or "ready"
    try:
        action, note = status_action(status_text)
    except CellError as exc:
        fail("status", str(exc))
    times = {}
    for name in ("paid_at", "created_at"):
        try:
            times[name] = clock.parse(get(name))
        except CellError as exc:
            fail(name, str(exc))
    flags = {}
    for name in ("platform_shipped", "pre_order"):
        try:
            flags[name] = parse_flag(get(name), name)
        except CellError as exc:
            fail(name, str(exc))
    if action == CANCEL:
        note = get("cancel_reason") or "cancelled on the marketplace"
    channel = (get("channel") or default_channel).strip().casefold()
    recipient = Address(
        name=one_line(get("recipient_name")),
        phone=get("recipient_phone"),
        line1=one_line(get("address_line1")),
        line2=one_line(get("address_line2")),
        district=one_line(get("district")),
        city=get("city"),
        state=get("state"),
        postcode=get("postcode"),
        country=country_code(get("country")),
    )
    order = Order(
        order_id=get("order_id"),
        channel=channel,
        status=OrderStatus.READY,
        recipient=recipient,
        paid_at=times.get("paid_at"),
        created_at=times.get("created_at"),
        carrier=get("carrier"),
        service=get("service"),
        tracking_number=get("tracking_number"),
        platform_shipped=flags.get("platform_shipped", False),
        pre_order=flags.get("pre_order", False),
        buyer_message=get("buyer_message"),
        seller_note=get("seller_note"),
        platform_status=status_text,
    )
    return order, action, note


def build_line(get: Get, fail: Fail, max_quantity: int = MAX_QUANTITY) -> OrderLine | None:
    sku = get("sku")
    if not sku:
        fail("sku", "sku is empty")
    try:
        quantity = parse_quantity(get("quantity"), max_quantity)
    except CellError as exc:
        fail("quantity", str(exc))
        return None
    if not sku:
        return None
    return OrderLine(
        sku=sku,
        quantity=quantity,
        product_name=get("product_name"),
        variation=get("variation"),
        sku_id=get("sku_id"),
    )


class GenericCsvLayout:
    """Column positions of a generic CSV file."""

    name = "generic-csv"

    def __init__(
        self, source: ExportRows, default_channel: str, max_quantity: int = MAX_QUANTITY
    ) -> None:
        self.header = source.header
        self.max_quantity = max_quantity
        self.col = {name: source.index(name) for name in ORDER_FIELDS + LINE_FIELDS}
        self.col.update(source.require(REQUIRED, "generic order"))
        self.order_id_col = self.col["order_id"]
        self.quantity_col = self.col["quantity"]
        self.status_col = self.col["status"]
        self.default_channel = default_channel

    def _getter(self, cells: list[str]) -> Get:
        col = self.col

        def get(name: str) -> str:
            i = col[name]
            return "" if i is None else cells[i].strip()

        return get

    def start(self, cells: list[str], clock: ShopClock, fail: Fail) -> tuple[Order, str, str]:
        return build_order(self._getter(cells), clock, fail, self.default_channel)

    def merge(self, order: Order, cells: list[str]) -> None:
        get = self._getter(cells)
        if not order.buyer_message:
            order.buyer_message = get("buyer_message")
        if not order.tracking_number:
            order.tracking_number = get("tracking_number")

    def line(self, cells: list[str], fail: Fail) -> OrderLine | None:
        return build_line(self._getter(cells), fail, self.max_quantity)

    def channel_of(self, cells: list[str]) -> str:
        return (self._getter(cells)("channel") or self.default_channel).casefold()


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        if not math.isfinite(value):
            return str(value)  # "nan", "inf": refused by the field's own parser with its reason
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, int):
        if abs(value) >= 10**64:
            raise CellError("number is too large")  # longer than any id; str() would even refuse it
        return str(value)
    if isinstance(value, str):
        return value.strip()
    raise CellError(f"expected text or a number, got {_KINDS.get(type(value), type(value).__name__)}")


_KINDS: dict[type, str] = {dict: "an object", list: "a list"}
# Fields that name something (an order, a product): text or a whole number, never true/false or 1.5.
_ID_FIELDS = ("order_id", "sku", "sku_id")


def _id_text(value: Any) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)) and value is not None:
        raise CellError(f"expected text or a whole number, got {json.dumps(value)[:40]}")
    return _text(value)


def read_json(path: Path, assembly: OrderAssembly, default_channel: str) -> None:
    """Every order of a generic JSON file into `assembly`; problems are named by their JSON path."""
    depth = assembly.rules.max_json_depth
    try:
        data = json.loads(read_text(path))
    except json.JSONDecodeError as exc:
        raise ImportFormatError(f"{path.name} is not valid JSON: {exc.msg} at line {exc.lineno}") from exc
    except RecursionError:
        # Too deep for the parser itself (hundreds of levels): no record can be told from another.
        raise ImportFormatError(f"{path.name}: JSON nested more than {depth} levels deep") from None
    orders = data.get("orders") if isinstance(data, dict) else data
    if not isinstance(orders, list):
        raise ImportFormatError(f'{path.name}: expected a list of orders or {{"orders": [...]}}')
    for n, record in enumerate(orders):
        assembly.report.rows += 1
        if _too_deep(record, depth):
            assembly.report.reject(None, f"orders[{n}]", f"nested more than {depth} levels deep")
            continue
        _read_json_order(f"orders[{n}]", record, assembly, default_channel)


def _too_deep(data: Any, limit: int) -> bool:
    """True when lists/objects nest deeper than `limit` (checked without recursion)."""
    stack = [(data, 1)]
    while stack:
        value, level = stack.pop()
        if isinstance(value, (list, dict)):
            if level > limit:
                return True
            items = value.values() if isinstance(value, dict) else value
            stack.extend((item, level + 1) for item in items if isinstance(item, (list, dict)))
    return False


def _read_json_order(where: str, record: Any, assembly: OrderAssembly, default_channel: str) -> None:
    report = assembly.report
    if not isinstance(record, dict):
        report.reject(None, where, "an order must be an object")
        return
    flat: dict[str, str] = {}
    problems: list[RowProblem] = []
    paths = {name: f"{where}.{name}" for name in REQUIRED + ORDER_FIELDS}
    recipient = record.get("recipient") or {}
    sources = [(k, f"{where}.{k}", v) for k, v in record.items() if k not in ("lines", "recipient")]
    if isinstance(recipient, dict):
        for key, value in recipient.items():
            if key in RECIPIENT_KEYS:
                paths[RECIPIENT_KEYS[key]] = f"{where}.recipient.{key}"
                sources.append((RECIPIENT_KEYS[key], f"{where}.recipient.{key}", value))
    else:
        problems.append(RowProblem(None, f"{where}.recipient", "recipient must be an object"))
    for key, path, value in sources:
        try:
            flat[key] = _id_text(value) if key in _ID_FIELDS else _text(value)
        except CellError as exc:
            problems.append(RowProblem(None, path, str(exc)))
    bad_id = next((p for p in problems if p.column == f"{where}.order_id"), None)
    if bad_id is not None:
        report.rejected.append(bad_id)
        return
    order_id = flat.get("order_id", "")
    reason = assembly.rules.order_id_problem(order_id, (flat.get("channel") or default_channel).casefold())
    if reason is not None:
        report.reject(None, paths["order_id"], reason)
        return

    def fail(column: str, reason: str) -> None:
        problems.append(RowProblem(None, paths.get(column, f"{where}.{column}"), reason, order_id))

    order, action, note = build_order(lambda name: flat.get(name, ""), assembly.clock, fail, default_channel)
    if not flat.get("recipient_name"):
        fail("recipient_name", "recipient name is empty")
    lines = record.get("lines")
    if not isinstance(lines, list) or not lines:
        fail("lines", "an order needs a non-empty list of lines")
        lines = []
    for i, raw in enumerate(lines):
        at = f"{where}.lines[{i}]"
        if not isinstance(raw, dict):
            problems.append(RowProblem(None, at, "a line must be an object", order_id))
            continue
        values: dict[str, str] = {}
        for key, value in raw.items():
            try:
                values[key] = _id_text(value) if key in _ID_FIELDS else _text(value)
            except CellError as exc:
                problems.append(RowProblem(None, f"{at}.{key}", str(exc), order_id))
        line = build_line(
            partial(_cell, values),
            partial(_problem, problems, at, order_id),
            assembly.rules.max_quantity,
        )
        if line is not None:
            order.lines.append(line)
    draft = OrderDraft(order_id, 0, order, action, note, flat.get("status", ""))
    draft.problems.extend(problems)
    assembly.add(draft)


def _cell(values: dict[str, str], name: str) -> str:
    return values.get(name, "")


def _problem(problems: list[RowProblem], at: str, order_id: str, column: str, reason: str) -> None:
    problems.append(RowProblem(None, f"{at}.{column}", reason, order_id))
