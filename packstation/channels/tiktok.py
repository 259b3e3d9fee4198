"""TikTok Shop as a `Channel`: order search, ship by seller, shipping providers, platform labels.

Paths and fields are those of the Open API version 202309. Orders are read page by page (page_token)
sorted by update_time, so a pull can resume from the last change it saw.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote

from packstation.channels.base import ChannelOrder, ChannelRefused, TrackingUpdate
from packstation.channels.tiktok_client import TikTokClient
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus

CHANNEL = "tiktok"
ORDERS_SEARCH = "/order/202309/orders/search"
SHIP_PACKAGE = "/fulfillment/202309/packages/{package_id}/ship"
UPDATE_SHIPPING_INFO = "/fulfillment/202309/packages/{package_id}/shipping_info/update"
SHIPPING_DOCUMENTS = "/fulfillment/202309/packages/{package_id}/shipping_documents"
ORDER_TRACKING = "/fulfillment/202309/orders/{order_id}/tracking"
CANCELLATIONS = "/return_refund/202309/cancellations"
SHIPPING_PROVIDERS = "/logistics/202309/delivery_options/{delivery_option_id}/shipping_providers"

PACKABLE = frozenset({"AWAITING_SHIPMENT", "PARTIALLY_SHIPPING", "AWAITING_COLLECTION", "ON_HOLD"})
ALREADY_SHIPPED = frozenset({"IN_TRANSIT", "DELIVERED", "COMPLETED"})


class TikTokShop:
    """One TikTok shop through its Open API client."""

    name = CHANNEL

    def __init__(
        self,
        client: TikTokClient,
        page_size: int = 100,
        handling: timedelta | None = None,
        read_ahead: int = 50,
    ) -> None:
        self.client = client
        self.read_ahead = max(1, read_ahead)
        self.page_size = max(1, min(100, page_size))
        self.handling = handling or timedelta(hours=48)
        self._providers: dict[str, dict[str, str]] = {}

    def changed_orders(self, since: int) -> Iterator[list[ChannelOrder]]:
        """Pages in order. A reader thread fetches and maps the pages ahead (up to `read_ahead`), so
        the network wait overlaps with the station writing the pages before."""
        pages: queue.Queue[list[ChannelOrder] | BaseException | None] = queue.Queue(self.read_ahead)
        stop = threading.Event()

        def put(item: list[ChannelOrder] | BaseException | None) -> bool:
            while not stop.is_set():
                try:
                    pages.put(item, timeout=0.2)
                    return True
                except queue.Full:
                    continue
            return False

        def read() -> None:
            try:
                for page in self._pages(since):
                    if not put(page):
                        return
                put(None)
            except BaseException as exc:  # handed to the consumer, raised there
                put(exc)

        reader = threading.Thread(target=read, name="tiktok-order-reader", daemon=True)
        reader.start()
        try:
            while True:
                item = pages.get()
                if item is None:
                    return
                if isinstance(item, BaseException):
                    raise item
                yield item
        finally:
            stop.set()
            reader.join(timeout=30)

    def _pages(self, since: int) -> Iterator[list[ChannelOrder]]:
        token = ""
        while True:
            query = {"page_size": str(self.page_size), "sort_field": "update_time", "sort_order": "ASC"}
            if token:
                query["page_token"] = token
            data = self.client.call("POST", ORDERS_SEARCH, query, {"update_time_ge": since})
            yield [self.channel_order(raw) for raw in data.get("orders") or []]
            token = str(data.get("next_page_token") or "")
            if not token:
                return

    def ship_package(self, package_id: str, tracking_number: str, provider_id: str) -> None:
        body = {
            "handover_method": "PICKUP",
            "self_shipment": {"tracking_number": tracking_number, "shipping_provider_id": provider_id},
        }
        self.client.call("POST", SHIP_PACKAGE.format(package_id=_seg(package_id)), body=body)

    def correct_tracking(self, package_id: str, tracking_number: str, provider_id: str) -> None:
        body = {"tracking_number": tracking_number, "shipping_provider_id": provider_id}
        self.client.call("POST", UPDATE_SHIPPING_INFO.format(package_id=_seg(package_id)), body=body)

    def providers(self, delivery_option_id: str) -> dict[str, str]:
        """{provider name casefolded: provider id} for a delivery option (asked once per option)."""
        known = self._providers.get(delivery_option_id)
        if known is None:
            path = SHIPPING_PROVIDERS.format(delivery_option_id=_seg(delivery_option_id))
            data = self.client.call("GET", path)
            known = {
                _fold(str(p.get("name", ""))): str(p.get("id", ""))
                for p in data.get("shipping_providers") or []
            }
            self._providers[delivery_option_id] = known
        return known

    def provider_id(self, delivery_option_id: str, carrier: str) -> str:
        if not delivery_option_id:
            return ""
        return self.providers(delivery_option_id).get(_fold(carrier), "")

    def shipping_label(self, package_id: str) -> bytes:
        path = SHIPPING_DOCUMENTS.format(package_id=_seg(package_id))
        data = self.client.call("GET", path, {"document_type": "SHIPPING_LABEL", "document_size": "A6"})
        url = str(data.get("doc_url") or "")
        if not url:
            raise ChannelRefused("doc_url", "TikTok Shop returned no label document for the package")
        return self.client.download(url)

    def tracking_updates(self, order_id: str) -> list[TrackingUpdate]:
        """`GET .../orders/{order_id}/tracking`: the carrier's updates, newest first on the wire."""
        data = self.client.call("GET", ORDER_TRACKING.format(order_id=_seg(order_id)))
        out: list[TrackingUpdate] = []
        for raw in data.get("tracking") or []:
            try:
                at = datetime.fromtimestamp(int(raw.get("update_time_millis")) / 1000, UTC)
            except (TypeError, ValueError, OverflowError, OSError):
                continue  # an update without a usable time cannot be ordered: left out
            out.append(TrackingUpdate(str(raw.get("description") or "").strip(), at))
        out.sort(key=lambda u: u.occurred_at)
        return out

    def cancel_order(self, order_id: str, cancel_reason: str) -> str:
        """`POST /return_refund/202309/cancellations`: the seller cancels; the answer's `cancel_id`."""
        data = self.client.call(
            "POST", CANCELLATIONS, body={"order_id": order_id, "cancel_reason": cancel_reason}
        )
        cancel_id = str(data.get("cancel_id") or "")
        if not cancel_id:
            raise ChannelRefused("cancel_id", "TikTok Shop accepted the cancellation but gave no cancel_id")
        return cancel_id

    def token_expires_at(self) -> datetime | None:
        stamp = self.client.credentials.tokens.access_expires_at
        return datetime.fromtimestamp(stamp, UTC) if stamp else None

    # -- mapping ----------------------------------------------------------------------------------
    def channel_order(self, raw: dict[str, Any]) -> ChannelOrder:
        """An Open API order as the station's order plus the marketplace facts kept beside it."""
        status = str(raw.get("status") or "")
        order_id = str(raw.get("id") or "")
        shipping_due = _time(raw.get("shipping_due_time"))
        paid = _time(raw.get("paid_time"))
        created = _time(raw.get("create_time"))
        start = paid or created
        cancelled = status == "CANCELLED"
        order = Order(
            order_id=order_id,
            channel=CHANNEL,
            status=OrderStatus.CANCELLED if cancelled else OrderStatus.READY,
            recipient=_address(raw.get("recipient_address") or {}),
            lines=_lines(raw.get("line_items") or []),
            paid_at=paid,
            created_at=created,
            ship_by=shipping_due or (start + self.handling if start else None),
            carrier=str(raw.get("shipping_provider") or ""),
            tracking_number=str(raw.get("tracking_number") or ""),
            platform_shipped=str(raw.get("shipping_type") or "") == "TIKTOK",
            buyer_message=str(raw.get("buyer_message") or ""),
            seller_note=str(raw.get("seller_note") or ""),
            platform_status=status,
        )
        skip = ""
        if status == "UNPAID":
            skip = "not paid yet"
        elif status in ALREADY_SHIPPED:
            skip = "already shipped on the marketplace"
        elif not cancelled and status not in PACKABLE:
            skip = f"TikTok Shop status {status or '(none)'} is not one to pack"
        return ChannelOrder(
            order=order,
            package_ids=tuple(str(p.get("id")) for p in raw.get("packages") or [] if p.get("id")),
            status=status,
            update_time=int(raw.get("update_time") or 0),
            on_hold=bool(raw.get("is_on_hold_order")) or status == "ON_HOLD",
            cancelled=cancelled,
            cancel_reason=str(raw.get("cancel_reason") or "cancelled on TikTok Shop"),
            skip_reason=skip,
            shipping_due=shipping_due,
            collection_due=_time(raw.get("collection_due_time")),
            delivery_due=_time(raw.get("delivery_due_time")),
            shipping_type=str(raw.get("shipping_type") or "SELLER"),
            delivery_option_id=str(raw.get("delivery_option_id") or ""),
        )


def _seg(value: str) -> str:
    return quote(value, safe="")


def _fold(name: str) -> str:
    return " ".join(name.split()).casefold()


def _time(value: Any) -> datetime | None:
    if not value:
        return None
    try:
        return datetime.fromtimestamp(int(value), UTC)
    except (TypeError, ValueError, OverflowError, OSError):
        return None


def _text(raw: dict[str, Any], key: str) -> str:
    value = raw.get(key)
    return value if isinstance(value, str) else ("" if value is None else str(value))


def _address(raw: dict[str, Any]) -> Address:
    parts = {"L0": "", "L1": "", "L2": "", "L3": ""}
    for level in raw.get("district_info") or ():
        key = level.get("address_level")
        if key in parts:
            parts[key] = _text(level, "address_name")
    extra = [p for p in (raw.get("address_line2"), raw.get("address_line3"), raw.get("address_line4")) if p]
    return Address(
        name=_text(raw, "name"),
        phone=_text(raw, "phone_number"),
        line1=_text(raw, "address_line1") or _text(raw, "address_detail"),
        line2=", ".join(map(str, extra)),
        district=parts["L3"],
        city=parts["L2"],
        state=parts["L1"],
        postcode=_text(raw, "postal_code"),
        country=_text(raw, "region_code") or parts["L0"],
    )


def _lines(items: list[dict[str, Any]]) -> list[OrderLine]:
    """TikTok lists one line item per unit: units of one SKU become one line with their quantity."""
    by_sku: dict[str, OrderLine] = {}
    for item in items:
        sku = str(item.get("seller_sku") or item.get("sku_id") or "")
        line = by_sku.get(sku)
        if line is None:
            line = by_sku[sku] = OrderLine(
                sku=sku,
                quantity=0,
                product_name=str(item.get("product_name") or ""),
                variation=str(item.get("sku_name") or ""),
                sku_id=str(item.get("sku_id") or ""),
                line_no=len(by_sku) + 1,
            )
        line.quantity += int(item.get("quantity") or 1)
    return list(by_sku.values())
