"""The TikTok Shop Seller Center order export: one row per SKU line, grouped by `Order ID`."""

from __future__ import annotations

from operator import itemgetter

from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.services.imports.drafts import Fail, status_action
from packstation.services.imports.rows import (
    MAX_QUANTITY,
    CellError,
    ExportRows,
    ShopClock,
    country_code,
    one_line,
    parse_quantity,
)

CHANNEL = "tiktok"
# Every column of the Seller Center "Order" export, in its order (used to write test and bench files).
EXPORT_COLUMNS = [
    "Order ID",
    "Order Status",
    "Order Substatus",
    "Cancelation/Return Type",
    "Normal or Pre-order",
    "SKU ID",
    "Seller SKU",
    "Product Name",
    "Variation",
    "Quantity",
    "Sku Quantity of return",
    "SKU Unit Original Price",
    "SKU Subtotal Before Discount",
    "SKU Platform Discount",
    "SKU Seller Discount",
    "SKU Subtotal After Discount",
    "Shipping Fee After Discount",
    "Original Shipping Fee",
    "Shipping Fee Seller Discount",
    "Shipping Fee Platform Discount",
    "Payment platform discount",
    "Retail Delivery Fee",
    "Taxes",
    "Order Amount",
    "Order Refund Amount",
    "Created Time",
    "Paid Time",
    "RTS Time",
    "Shipped Time",
    "Delivered Time",
    "Cancelled Time",
    "Cancel By",
    "Cancel Reason",
    "Fulfillment Type",
    "Warehouse Name",
    "Tracking ID",
    "Delivery Option Type",
    "Delivery Option",
    "Shipping Provider Name",
    "Buyer Message",
    "Buyer Username",
    "Recipient",
    "Phone #",
    "Country",
    "State",
    "City",
    "Zipcode",
    "Detail Address",
    "Additional address information",
    "House Name or Number",
    "Delivery Instruction",
    "Payment Method",
    "Weight(kg)",
    "Product Category",
    "Package ID",
    "Seller Note",
    "Shipping Information",
]
REQUIRED = [
    "Order ID",
    "Order Status",
    "Seller SKU",
    "Quantity",
    "Paid Time",
    "Recipient",
    "Country",
    "Detail Address",
]
OPTIONAL = [
    "Order Substatus",
    "Normal or Pre-order",
    "SKU ID",
    "Product Name",
    "Variation",
    "Created Time",
    "Cancel Reason",
    "Tracking ID",
    "Delivery Option Type",
    "Delivery Option",
    "Shipping Provider Name",
    "Buyer Message",
    "Phone #",
    "State",
    "City",
    "Zipcode",
    "Additional address information",
    "House Name or Number",
    "Seller Note",
]

# Every column the import reads (the others, such as prices, are not kept in memory).
COLUMNS = [*REQUIRED, *OPTIONAL, "Districts", "District"]


def looks_like_tiktok(source: ExportRows) -> bool:
    return source.index("Order ID") is not None and source.index("Seller SKU") is not None


# Order-level columns read from an order's first row, in the order `start` unpacks them.
_ORDER_COLUMNS = [
    "Order ID", "Order Status", "Order Substatus", "Paid Time", "Created Time", "Cancel Reason",
    "Recipient", "Phone #", "Detail Address", "Additional address information", "House Name or Number",
    "District", "City", "State", "Zipcode", "Country", "Shipping Provider Name", "Delivery Option Type",
    "Tracking ID", "Delivery Option", "Normal or Pre-order", "Buyer Message", "Seller Note",
]  # fmt: skip
_LINE_COLUMNS = ["Seller SKU", "Quantity", "Product Name", "Variation", "SKU ID"]
_MERGE_COLUMNS = ["Buyer Message", "Seller Note", "Tracking ID"]


class TikTokLayout:
    """Column positions of one TikTok export, and how a row becomes an order and a line."""

    name = "tiktok"

    def __init__(self, source: ExportRows, max_quantity: int = MAX_QUANTITY) -> None:
        self.header = source.header
        self.max_quantity = max_quantity
        req = source.require(REQUIRED, "TikTok Shop order export")
        col = {name: source.index(name) for name in OPTIONAL}
        col.update(req)
        col["District"] = source.index("Districts", "District")
        # Absent optional columns read the always-empty padding cell.
        self.col = {name: source.blank if i is None else i for name, i in col.items()}
        self.order_id_col = req["Order ID"]
        self.quantity_col = req["Quantity"]
        self.status_col: int | None = req["Order Status"]
        self._order_cells = itemgetter(*(self.col[name] for name in _ORDER_COLUMNS))
        self._line_cells = itemgetter(*(self.col[name] for name in _LINE_COLUMNS))
        self._merge_cells = itemgetter(*(self.col[name] for name in _MERGE_COLUMNS))

    def start(self, cells: list[str], clock: ShopClock, fail: Fail) -> tuple[Order, str, str]:
        (
            order_id, status, substatus, paid_text, created_text, cancel_reason,
            name, phone, detail, additional, house,
            district, city, state, zipcode, country, provider, service,
            tracking, delivery, kind, message, note,
        ) = map(str.strip, self._order_cells(cells))  # fmt: skip
        action, reason = "pack", ""
        try:
            action, reason = status_action(status)
        except CellError as exc:
            fail("Order Status", str(exc))
        if action == "cancel":
            reason = cancel_reason or "cancelled on TikTok Shop"
        try:
            paid_at = clock.parse(paid_text)
        except CellError as exc:
            paid_at = None
            fail("Paid Time", str(exc))
        try:
            created_at = clock.parse(created_text)
        except CellError as exc:
            created_at = None
            fail("Created Time", str(exc))
        extra = [one_line(house), one_line(additional)]
        recipient = Address(
            name=one_line(name),
            phone=phone,
            line1=one_line(detail),
            line2=", ".join(part for part in extra if part),
            district=one_line(district),
            city=city,
            state=state,
            postcode=zipcode,
            country=country_code(country),
        )
        order = Order(
            order_id=order_id,
            channel=CHANNEL,
            status=OrderStatus.READY,
            recipient=recipient,
            paid_at=paid_at,
            created_at=created_at,
            carrier=provider,
            service=service,
            tracking_number=tracking,
            platform_shipped="platform" in delivery.casefold(),
            pre_order=kind.casefold().replace(" ", "").replace("-", "") == "preorder",
            buyer_message=message,
            seller_note=note,
            platform_status=f"{status} / {substatus}" if substatus else status,
        )
        return order, action, reason

    def channel_of(self, cells: list[str]) -> str:
        return CHANNEL

    def merge(self, order: Order, cells: list[str]) -> None:
        message, note, tracking = self._merge_cells(cells)
        if not order.buyer_message:
            order.buyer_message = message.strip()
        if not order.seller_note:
            order.seller_note = note.strip()
        if not order.tracking_number:
            order.tracking_number = tracking.strip()

    def line(self, cells: list[str], fail: Fail) -> OrderLine | None:
        sku, quantity_text, product, variation, sku_id = self._line_cells(cells)
        sku = sku.strip()
        if not sku:
            fail("Seller SKU", "Seller SKU is empty (set it in Seller Center so the item can be scanned)")
        try:
            quantity = parse_quantity(quantity_text, self.max_quantity)
        except CellError as exc:
            fail("Quantity", str(exc))
            return None
        if not sku:
            return None
        return OrderLine(
            sku=sku,
            quantity=quantity,
            product_name=product.strip(),
            variation=variation.strip(),
            sku_id=sku_id.strip(),
        )
