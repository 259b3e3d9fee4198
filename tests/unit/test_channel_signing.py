"""TikTok Shop request signing, provider names, the client-side rate limiter and order mapping."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime

import pytest

from packstation.channels.providers import ProviderNames
from packstation.channels.ratelimit import RateLimiter
from packstation.channels.signing import sign_request, signature_matches, string_to_sign
from packstation.channels.tiktok import TikTokShop
from packstation.channels.tiktok_client import TikTokClient, TikTokCredentials, TikTokTokens
from packstation.domain.orders import OrderStatus

SECRET = "s3cr3t"
QUERY = {
    "app_key": "abc",
    "timestamp": "1700000000",
    "shop_cipher": "GCP_x",
    "page_size": "10",
    "sign": "left-out",
    "access_token": "left-out-too",
}


def test_signature_of_a_json_request_matches_the_hand_built_string():
    # secret + path + sorted params (no sign, no access_token) as name then value + body + secret
    by_hand = (
        "s3cr3t"
        "/order/202309/orders/search"
        "app_keyabc" "page_size10" "shop_cipherGCP_x" "timestamp1700000000"
        '{"update_time_ge":0}'
        "s3cr3t"
    )  # fmt: skip
    expected = hmac.new(b"s3cr3t", by_hand.encode(), hashlib.sha256).hexdigest()
    assert expected == "a3d271af884381753865e11251e643be7a37b25687ad11a8bcfdf7c742e31538"
    body = b'{"update_time_ge":0}'
    assert string_to_sign(SECRET, "/order/202309/orders/search", QUERY, body) == by_hand.encode()
    assert sign_request(SECRET, "/order/202309/orders/search", QUERY, body) == expected


def test_signature_of_a_get_request_has_no_body():
    query = {"app_key": "abc", "timestamp": "1700000000", "shop_cipher": "GCP_x",
             "document_type": "SHIPPING_LABEL", "document_size": "A6"}  # fmt: skip
    by_hand = (
        "s3cr3t/fulfillment/202309/packages/PKG1/shipping_documents"
        "app_keyabcdocument_sizeA6document_typeSHIPPING_LABELshop_cipherGCP_xtimestamp1700000000s3cr3t"
    )
    expected = hmac.new(b"s3cr3t", by_hand.encode(), hashlib.sha256).hexdigest()
    assert expected == "d6cf40093d079f9cb29d147c15eaeb4976ef191877318f8da6c992b63d5ebf13"
    assert sign_request(SECRET, "/fulfillment/202309/packages/PKG1/shipping_documents", query) == expected


def test_a_multipart_body_is_not_signed():
    path = "/product/202309/images/upload"
    query = {"app_key": "abc", "timestamp": "1700000000"}
    without = sign_request(SECRET, path, query)
    assert sign_request(SECRET, path, query, b"--boundary\r\nbinary", multipart=True) == without
    assert sign_request(SECRET, path, query, b"--boundary\r\nbinary") != without


def test_signature_check_refuses_any_change():
    path, body = "/order/202309/orders/search", b"{}"
    query = {"app_key": "abc", "timestamp": "1700000000"}
    query["sign"] = sign_request(SECRET, path, query, body)
    assert signature_matches(SECRET, path, query, body)
    assert not signature_matches(SECRET, path, {**query, "timestamp": "1700000001"}, body)
    assert not signature_matches(SECRET, path, query, b'{"x":1}')
    assert not signature_matches("other", path, query, body)
    # access_token is not signed: adding it changes nothing
    assert signature_matches(SECRET, path, {**query, "access_token": "t"}, body)


@pytest.mark.parametrize(
    ("carrier", "provider"),
    [("JNT", "J&T Express"), ("j&t express", "J&T Express"), ("Shopee Express", "SPX Express"),
     ("ninjavan", "Ninja Van"), ("Flash", "Flash Express"), ("KEX", "Kerry Express"),
     ("DHL", "DHL eCommerce"), ("PosLaju", "Pos Malaysia"), ("usps", "USPS"), ("UPS", "UPS"),
     ("Fed Ex", "FedEx")],
)  # fmt: skip
def test_carrier_names_become_tiktok_provider_names(carrier, provider):
    assert ProviderNames().name_for(carrier) == provider


def test_the_provider_table_takes_overrides_and_keeps_unknown_names():
    names = ProviderNames({"Citylink": "City-Link Express", "JNT": "J&T Express (MY)"})
    assert names.name_for("CITYLINK") == "City-Link Express" and names.name_for("jnt") == "J&T Express (MY)"
    assert not names.known("Acme Couriers") and names.name_for(" Acme Couriers ") == "Acme Couriers"


def test_the_rate_limiter_spaces_requests_to_the_rate():
    now = [0.0]
    slept: list[float] = []

    def sleep(s: float) -> None:
        slept.append(s)
        now[0] += s

    limiter = RateLimiter(50.0, burst=5, clock=lambda: now[0], sleep=sleep)
    for _ in range(105):
        limiter.acquire()
    # 5 at once, then one every 20 ms: 100 more take 2 s
    assert now[0] == pytest.approx(2.0)
    limiter.slow_down(1.0)
    before = now[0]
    limiter.acquire()
    assert now[0] - before == pytest.approx(1.02, abs=0.01)


def test_secrets_stay_out_of_reprs():
    creds = TikTokCredentials("key-1", "the-secret", "cipher", TikTokTokens("acc-token", "ref-token"))
    client = TikTokClient(creds, base_url="http://127.0.0.1:9", auth_url="http://127.0.0.1:9")
    for text in (repr(creds), repr(client), repr(creds.tokens)):
        assert "the-secret" not in text and "acc-token" not in text and "ref-token" not in text


def test_an_api_order_maps_onto_a_station_order():
    creds = TikTokCredentials("k", "s", "c", TikTokTokens("a", "r"))
    shop = TikTokShop(TikTokClient(creds, base_url="http://127.0.0.1:9", auth_url="http://127.0.0.1:9"))
    raw = {
        "id": "578000000000000001", "status": "AWAITING_SHIPMENT", "is_on_hold_order": True,
        "paid_time": 1700000000, "update_time": 1700000100, "shipping_due_time": 1700172800,
        "collection_due_time": 1700176400, "delivery_due_time": 1700600000, "shipping_type": "TIKTOK",
        "packages": [{"id": "PKG-A"}, {"id": "PKG-B"}],
        "line_items": [{"seller_sku": "SKU-1", "product_name": "Serum"}, {"seller_sku": "SKU-1"},
                       {"seller_sku": "SKU-2", "sku_name": "Red"}],
        "recipient_address": {"name": "Ana", "address_line1": "1 Jalan", "postal_code": "50450",
                              "region_code": "MY", "district_info": [
                                  {"address_level": "L1", "address_name": "Selangor"},
                                  {"address_level": "L2", "address_name": "Shah Alam"}]},
    }  # fmt: skip
    co = shop.channel_order(raw)
    assert co.on_hold and co.package_ids == ("PKG-A", "PKG-B") and co.shipping_type == "TIKTOK"
    assert co.order.status is OrderStatus.READY and co.order.platform_shipped
    assert [(ln.sku, ln.quantity, ln.line_no) for ln in co.order.lines] == [("SKU-1", 2, 1), ("SKU-2", 1, 2)]
    assert co.order.ship_by == datetime(2023, 11, 16, 22, 13, 20, tzinfo=UTC) == co.shipping_due
    assert (co.order.recipient.city, co.order.recipient.state) == ("Shah Alam", "Selangor")
    cancelled = shop.channel_order({**raw, "status": "CANCELLED", "cancel_reason": "Buyer asked"})
    assert cancelled.cancelled and cancelled.order.status is OrderStatus.CANCELLED
    assert cancelled.cancel_reason == "Buyer asked"
    assert shop.channel_order({**raw, "status": "UNPAID"}).skip_reason == "not paid yet"
    assert shop.channel_order({**raw, "status": "DELIVERED"}).skip_reason
