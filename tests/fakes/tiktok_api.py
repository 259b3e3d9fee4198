"""A fake TikTok Shop Open API (202309) on loopback, written from the documented contract.

It checks what the real service checks -- app key, timestamp window, shop cipher, access token and the
HMAC-SHA256 signature of every request -- and refuses bad ones with an error code; it paginates order
search with page tokens, answers HTTP 429 above the per-API, per-shop rate, fails on demand, expires
tokens, and serves label PDFs (made with fpdf2) behind links that expire.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import re
import secrets
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

# Error codes the fake answers with.
ACCESS_TOKEN_INVALID = 105001
ACCESS_TOKEN_EXPIRED = 105002
SIGN_INVALID = 106001
TIMESTAMP_INVALID = 106002
APP_KEY_INVALID = 106003
SHOP_CIPHER_INVALID = 106004
REFRESH_TOKEN_INVALID = 36004004
PACKAGE_NOT_FOUND = 21011001
ALREADY_SHIPPED = 21011002
TOO_MANY_REQUESTS = 36009004
ORDER_NOT_FOUND = 21001001
CANCEL_NOT_ALLOWED = 25001006  # the order's status no longer allows a seller cancellation
CANCEL_REASON_INVALID = 25001001
# Seller cancellation reasons the fake accepts (the documented values include these).
SELLER_CANCEL_REASONS = frozenset(
    {"seller_cancel_reason_out_of_stock", "seller_cancel_reason_wrong_price", "seller_cancel_paid_reason_buyer_request"}
)


def expected_sign(secret: str, path: str, query: dict[str, str], body: bytes) -> str:
    """The fake's own reading of the documented scheme (independent of packstation's code)."""
    text = secret + path
    for key in sorted(k for k in query if k not in ("sign", "access_token")):
        text += key + query[key]
    return hmac.new(secret.encode(), text.encode() + body + secret.encode(), hashlib.sha256).hexdigest()


def label_pdf(package_id: str) -> bytes:
    from fpdf import FPDF

    pdf = FPDF(unit="mm", format=(100, 150))
    pdf.add_page()
    pdf.set_font("helvetica", size=14)
    pdf.text(10, 20, "TikTok Shop shipping label")
    pdf.text(10, 35, f"PACKAGE {package_id}")
    pdf.set_fill_color(0, 0, 0)
    for i in range(20):  # a few bars so the label is not blank when rasterized
        pdf.rect(10 + i * 4, 50, 2, 30, style="F")
    return bytes(pdf.output())


def make_order(
    n: int,
    *,
    update_time: int,
    status: str = "AWAITING_SHIPMENT",
    skus: tuple[str, ...] = ("SKU-1",),
    on_hold: bool = False,
    shipping_type: str = "SELLER",
    prefix: str = "5770",
) -> dict[str, Any]:
    """One order as `orders/search` returns it (one line item per unit)."""
    order_id = f"{prefix}{n:014d}"
    items = [
        {"id": f"{order_id}-{i}", "seller_sku": sku, "sku_id": f"17{i:05d}", "product_name": f"Product {sku}",
         "sku_name": "", "package_id": f"PKG{order_id}"}
        for i, sku in enumerate(skus)
    ]  # fmt: skip
    return {
        "id": order_id,
        "status": status,
        "is_on_hold_order": on_hold,
        "create_time": update_time - 600,
        "paid_time": update_time - 300,
        "update_time": update_time,
        "shipping_due_time": update_time + 2 * 86400,
        "collection_due_time": update_time + 2 * 86400 + 3600,
        "delivery_due_time": update_time + 7 * 86400,
        "shipping_type": shipping_type,
        "delivery_option_id": "DO-STANDARD",
        "shipping_provider": "J&T Express",
        "tracking_number": "",
        "buyer_message": "",
        "packages": [{"id": f"PKG{order_id}"}],
        "line_items": items,
        "recipient_address": {
            "name": f"Buyer {n}",
            "phone_number": "(+60)123456789",
            "address_line1": f"{n} Jalan Ampang",
            "postal_code": "50450",
            "region_code": "MY",
            "district_info": [
                {"address_level": "L0", "address_level_name": "Country", "address_name": "Malaysia"},
                {"address_level": "L1", "address_level_name": "State", "address_name": "Kuala Lumpur"},
                {"address_level": "L2", "address_level_name": "City", "address_name": "Kuala Lumpur"},
            ],
        },
    }


@dataclass
class Received:
    method: str
    path: str
    query: dict[str, str]
    body: bytes
    status: int = 200
    code: int = 0


@dataclass
class FakeTikTokShop:
    """The fake's state; `start()` serves it on 127.0.0.1 and returns the base URL."""

    app_key: str = "fake-app-key"
    app_secret: str = "fake-app-secret"
    shop_cipher: str = "ROW_fakecipher"
    rate_per_s: int = 50
    timestamp_window_s: int = 300
    access_token_lifetime_s: int = 7 * 86400
    label_link_lifetime_s: float = 86400.0
    clock: Any = time.time
    orders: dict[str, dict[str, Any]] = field(default_factory=dict)
    providers: dict[str, list[dict[str, str]]] = field(
        default_factory=lambda: {
            "DO-STANDARD": [
                {"id": "6617675021119438597", "name": "J&T Express"},
                {"id": "6617675021119438598", "name": "Ninja Van"},
                {"id": "6617675021119438599", "name": "Pos Malaysia"},
                {"id": "6617675021119438600", "name": "DHL eCommerce"},
            ]
        }
    )
    shipped: dict[str, dict[str, Any]] = field(default_factory=dict)
    tracking_updates: list[tuple[str, str]] = field(default_factory=list)
    # order id -> the carrier's updates as `orders/{order_id}/tracking` answers them (newest first)
    tracking: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    received: list[Received] = field(default_factory=list)
    refusals: dict[str, tuple[int, str]] = field(default_factory=dict)  # package id -> code, message
    failures: deque = field(default_factory=deque)  # (path prefix, HTTP status) answered once each
    throttled: int = 0
    # order id -> the accepted seller cancellation (cancel_id, reason, at)
    cancellations: dict[str, dict[str, Any]] = field(default_factory=dict)
    cancel_refusals: dict[str, tuple[int, str]] = field(default_factory=dict)  # order id -> code, message

    def __post_init__(self) -> None:
        self.lock = threading.Lock()
        self.access_tokens: dict[str, float] = {}
        self.refresh_tokens: set[str] = set()
        self.documents: dict[str, tuple[str, float]] = {}  # link token -> package id, expires at
        self._windows: dict[str, deque] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self.base_url = ""
        self._version = 0
        self._sorted: tuple[tuple, list] = ((), [])

    # -- set-up helpers ---------------------------------------------------------------------------
    def issue_tokens(self, access_lifetime_s: float | None = None) -> tuple[str, str]:
        access, refresh = "ACC" + secrets.token_hex(8), "REF" + secrets.token_hex(8)
        lifetime = self.access_token_lifetime_s if access_lifetime_s is None else access_lifetime_s
        self.access_tokens[access] = self.clock() + lifetime
        self.refresh_tokens.add(refresh)
        return access, refresh

    def expire_access_tokens(self) -> None:
        for token in self.access_tokens:
            self.access_tokens[token] = 0.0

    def add_orders(self, *orders: dict[str, Any]) -> None:
        with self.lock:
            for order in orders:
                self.orders[order["id"]] = order

    def change_order(self, order_id: str, **changes: Any) -> None:
        with self.lock:
            order = self.orders[order_id]
            order.update(changes)
            self._version += 1
            order["update_time"] = max(int(self.clock()), int(order["update_time"]) + 1)

    def add_tracking(self, order_id: str, description: str, at: float) -> None:
        """One carrier update of an order's tracking (`at` in epoch seconds)."""
        with self.lock:
            self.tracking.setdefault(order_id, []).append(
                {"description": description, "update_time_millis": int(at * 1000)}
            )

    def fail_next(self, path_prefix: str, status: int = 500, times: int = 1) -> None:
        for _ in range(times):
            self.failures.append((path_prefix, status))

    def calls(self, path_prefix: str) -> list[Received]:
        return [r for r in self.received if r.path.startswith(path_prefix)]

    # -- serving ----------------------------------------------------------------------------------
    def start(self) -> str:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.0"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                fake._handle(self, "GET")

            def do_POST(self) -> None:
                fake._handle(self, "POST")

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True, name="fake-tiktok")
        self._thread.start()
        host, port = self._server.server_address[:2]
        self.base_url = f"http://{host}:{port}"
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            assert self._thread is not None
            self._thread.join(timeout=5)
            self._server = None

    def __enter__(self) -> FakeTikTokShop:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _handle(self, handler: BaseHTTPRequestHandler, method: str) -> None:
        parts = urlsplit(handler.path)
        path, query = parts.path, dict(parse_qsl(parts.query, keep_blank_values=True))
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else b""
        record = Received(method, path, query, body)
        with self.lock:
            self.received.append(record)
        status, payload, ctype = self._answer(method, path, query, body, handler.headers)
        record.status = status
        if isinstance(payload, dict):
            record.code = int(payload.get("code", 0))
            data = json.dumps(payload).encode()
        else:
            data = payload
        handler.send_response(status)
        handler.send_header("Content-Type", ctype)
        handler.send_header("Content-Length", str(len(data)))
        if status == 429:
            handler.send_header("Retry-After", "1")
        handler.end_headers()
        handler.wfile.write(data)

    def _answer(
        self, method: str, path: str, query: dict[str, str], body: bytes, headers: Any
    ) -> tuple[int, dict[str, Any] | bytes, str]:
        js = "application/json"
        with self.lock:
            for i, (prefix, status) in enumerate(self.failures):
                if path.startswith(prefix):
                    del self.failures[i]
                    return status, {"code": status, "message": "injected failure"}, js
        if path.startswith("/docs/"):
            return self._document(path.removeprefix("/docs/"))
        if path == "/api/v2/token/refresh":
            return 200, self._refresh(query), js
        problem = self._check(path, query, body, headers.get("x-tts-access-token", ""))
        if problem is not None:
            code, message = problem
            return (429 if code == TOO_MANY_REQUESTS else 200), _error(code, message), js
        try:
            data = json.loads(body) if body else {}
        except ValueError:
            return 200, _error(40006, "body is not JSON"), js
        if method == "POST" and path == "/order/202309/orders/search":
            return 200, _ok(self._search(query, data)), js
        if path.startswith("/logistics/202309/delivery_options/") and path.endswith("/shipping_providers"):
            option = path.split("/")[4]
            return 200, _ok({"shipping_providers": self.providers.get(option, [])}), js
        if method == "GET" and re.fullmatch(r"/fulfillment/202309/orders/[^/]+/tracking", path):
            order_id = path.split("/")[4]
            if order_id not in self.orders:
                return 200, _error(ORDER_NOT_FOUND, f"order {order_id} not found"), js
            with self.lock:
                updates = sorted(
                    self.tracking.get(order_id, []), key=lambda u: -int(u["update_time_millis"])
                )
            return 200, _ok({"tracking": updates}), js
        if method == "POST" and path == "/return_refund/202309/cancellations":
            return 200, self._cancel(data), js
        if path.startswith("/fulfillment/202309/packages/"):
            package_id, action = path.split("/")[4], "/".join(path.split("/")[5:])
            return 200, self._package(package_id, action, data), js
        return 404, _error(40400, f"no such API {path}"), js

    def _check(self, path: str, query: dict[str, str], body: bytes, token: str) -> tuple[int, str] | None:
        now = self.clock()
        if query.get("app_key") != self.app_key:
            return APP_KEY_INVALID, "Invalid app_key"
        try:
            stamp = int(query.get("timestamp", ""))
        except ValueError:
            return TIMESTAMP_INVALID, "Invalid timestamp"
        if abs(now - stamp) > self.timestamp_window_s:
            return TIMESTAMP_INVALID, "The timestamp is outside the allowed window"
        if not hmac.compare_digest(query.get("sign", ""), expected_sign(self.app_secret, path, query, body)):
            return SIGN_INVALID, "Invalid signature"
        if query.get("shop_cipher") != self.shop_cipher:
            return SHOP_CIPHER_INVALID, "Invalid shop_cipher"
        expires = self.access_tokens.get(token)
        if expires is None:
            return ACCESS_TOKEN_INVALID, "Invalid access token"
        if expires <= now:
            return ACCESS_TOKEN_EXPIRED, "Expired credentials: the access token is expired"
        api = _api_of(path)
        with self.lock:
            window = self._windows.setdefault(api + self.shop_cipher, deque())
            mono = time.monotonic()
            while window and window[0] <= mono - 1.0:
                window.popleft()
            if len(window) >= self.rate_per_s:
                self.throttled += 1
                return TOO_MANY_REQUESTS, "Too many requests"
            window.append(mono)
        return None

    def _refresh(self, query: dict[str, str]) -> dict[str, Any]:
        if query.get("app_key") != self.app_key or query.get("app_secret") != self.app_secret:
            return _error(APP_KEY_INVALID, "Invalid app_key or app_secret")
        if (
            query.get("grant_type") != "refresh_token"
            or query.get("refresh_token") not in self.refresh_tokens
        ):
            return _error(REFRESH_TOKEN_INVALID, "Invalid refresh_token")
        self.refresh_tokens.discard(query["refresh_token"])
        access, refresh = self.issue_tokens()
        return _ok(
            {
                "access_token": access,
                "access_token_expire_in": int(self.access_tokens[access]),
                "refresh_token": refresh,
                "refresh_token_expire_in": int(self.clock() + 30 * 86400),
            }
        )

    def _search(self, query: dict[str, str], data: dict[str, Any]) -> dict[str, Any]:
        since = int(data.get("update_time_ge") or 0)
        size = max(1, min(100, int(query.get("page_size") or 20)))
        start = int(query["page_token"].removeprefix("p")) if query.get("page_token") else 0
        with self.lock:
            key = (since, len(self.orders), self._version)
            if self._sorted[0] != key:  # pages of one search share one sort
                matching = sorted(
                    (o for o in self.orders.values() if int(o["update_time"]) >= since),
                    key=lambda o: (o["update_time"], o["id"]),
                )
                self._sorted = (key, matching)
            matching = self._sorted[1]
        page = matching[start : start + size]
        more = start + size < len(matching)
        return {
            "orders": page,
            "total_count": len(matching),
            "next_page_token": f"p{start + size}" if more else "",
        }

    def _package(self, package_id: str, action: str, data: dict[str, Any]) -> dict[str, Any]:
        known = {p["id"] for o in self.orders.values() for p in o.get("packages", [])}
        if package_id not in known:
            return _error(PACKAGE_NOT_FOUND, f"package {package_id} not found")
        refusal = self.refusals.get(package_id)
        if refusal is not None:
            return _error(*refusal)
        if action == "ship":
            if package_id in self.shipped:
                return _error(ALREADY_SHIPPED, "The package has already been shipped")
            shipment = data.get("self_shipment") or {}
            if not shipment.get("tracking_number") or not shipment.get("shipping_provider_id"):
                return _error(40006, "tracking_number and shipping_provider_id are required")
            with self.lock:
                self.shipped[package_id] = {**shipment, "at": self.clock()}
            return _ok({})
        if action == "shipping_info/update":
            if package_id not in self.shipped:
                return _error(40006, "The package has not been shipped")
            with self.lock:
                self.shipped[package_id].update(data)
                self.tracking_updates.append((package_id, str(data.get("tracking_number"))))
            return _ok({})
        if action == "shipping_documents":
            link = secrets.token_urlsafe(12)
            self.documents[link] = (package_id, self.clock() + self.label_link_lifetime_s)
            return _ok({"doc_url": f"{self.base_url}/docs/{link}"})
        return _error(40400, f"no such package API {action}")

    def _cancel(self, data: dict[str, Any]) -> dict[str, Any]:
        order_id, reason = str(data.get("order_id") or ""), str(data.get("cancel_reason") or "")
        if order_id not in self.orders:
            return _error(ORDER_NOT_FOUND, f"order {order_id} not found")
        if reason not in SELLER_CANCEL_REASONS:
            return _error(CANCEL_REASON_INVALID, f"cancel_reason {reason!r} is not a seller cancel reason")
        refusal = self.cancel_refusals.get(order_id)
        if refusal is not None:
            return _error(*refusal)
        if order_id in self.cancellations or self.orders[order_id]["status"] not in (
            "UNPAID", "ON_HOLD", "AWAITING_SHIPMENT"
        ):
            return _error(CANCEL_NOT_ALLOWED, "The order status does not allow a cancellation")
        cancel_id = "57" + secrets.token_hex(7)
        with self.lock:
            self.cancellations[order_id] = {"cancel_id": cancel_id, "cancel_reason": reason, "at": self.clock()}
        self.change_order(order_id, status="CANCELLED", cancel_reason="Out of stock")
        return _ok({"cancel_id": cancel_id, "cancel_status": "CANCELLATION_REQUEST_COMPLETE"})

    def _document(self, link: str) -> tuple[int, dict[str, Any] | bytes, str]:
        found = self.documents.get(link)
        if found is None or found[1] <= self.clock():
            return 403, b"AccessDenied: Request has expired", "text/plain"
        return 200, label_pdf(found[0]), "application/pdf"


def _api_of(path: str) -> str:
    """The API a path belongs to, for its rate limit: ids in the path do not make a new API."""
    return re.sub(r"/(packages|delivery_options|orders)/(?!search$)[^/]+", r"/\1/{id}", path)


def _ok(data: dict[str, Any]) -> dict[str, Any]:
    return {"code": 0, "message": "Success", "request_id": secrets.token_hex(8), "data": data}


def _error(code: int, message: str) -> dict[str, Any]:
    return {"code": code, "message": message, "request_id": secrets.token_hex(8), "data": {}}


def pdf_text(data: bytes) -> str:
    """All text of a PDF (pypdfium2), to read back a downloaded label."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(io.BytesIO(data))
    try:
        return "\n".join(page.get_textpage().get_text_range() for page in doc)
    finally:
        doc.close()
