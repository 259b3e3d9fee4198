"""TikTok Shop label rules: seller content with links, QR codes or other platforms' contacts is refused."""

from __future__ import annotations

from dataclasses import replace

import pytest

from packstation.domain.orders import Address
from packstation.labels.model import (
    DuplicateTrackingNumber,
    ItemEntry,
    LabelContent,
    LabelError,
    PolicyViolation,
)
from packstation.labels.policy import carrier_rules, check_label_policy, check_tracking_number

SENDER = Address("Kedai Baju", "+60 3 5510 0000", "Lot 5, Jalan Perusahaan", city="Shah Alam", country="MY")
RECIPIENT = Address("Nur Aisyah", "+60 12 345 6789", "12 Jalan Ampang", city="Kuala Lumpur", country="MY")


def content(**changes) -> LabelContent:
    base = LabelContent(
        sender=SENDER,
        recipient=RECIPIENT,
        carrier="J&T Express",
        service="Standard",
        tracking_number="630012345678",
        order_id="577000000000000042",
        items=(ItemEntry("KAFTAN-RED-L", 1),),
        channel="tiktok",
    )
    return replace(base, **changes)


def test_a_plain_label_passes() -> None:
    assert check_label_policy(content()) is None  # raises PolicyViolation otherwise


@pytest.mark.parametrize(
    ("changes", "field", "words"),
    [
        ({"note": "Order again at https://kedai.example/shop"}, "note", "links"),
        ({"note": "visit www.kedaibaju.my"}, "note", "links"),
        ({"sender": replace(SENDER, name="kedaibaju.com")}, "sender.name", "links"),
        ({"note": "scan the QR code for 10% off"}, "note", "QR"),
        ({"qr_payload": "https://kedai.example"}, "qr_code", "QR"),
        ({"links": ("https://kedai.example",)}, "links", "hyperlinks"),
        ({"sender": replace(SENDER, phone="wa.me/60123456789")}, "sender.phone", "links"),
        ({"sender": replace(SENDER, line2="line.me/ti/p/@kedai")}, "sender.line2", "links"),
        ({"sender": replace(SENDER, name="Kedai Baju LINE ID: kedai")}, "sender.name", "another platform"),
        ({"note": "also on Shopee"}, "note", "another platform"),
        ({"sender": replace(SENDER, phone="WhatsApp +60 12 000 0000")}, "sender.phone", "another platform"),
        ({"sender": replace(SENDER, name="Kedai Baju (Lazada store)")}, "sender.name", "another platform"),
        ({"sender": replace(SENDER, line1="orders@kedaibaju.my")}, "sender.line1", "e-mail"),
        ({"items": (ItemEntry("SKU-1", 1), ItemEntry("http://x.example/p", 1))}, "items[1].sku", "links"),
    ],
)
def test_seller_content_breaking_the_rules_is_refused_naming_the_field(changes, field, words) -> None:
    with pytest.raises(PolicyViolation) as err:
        check_label_policy(content(**changes))
    assert err.value.field == field
    assert words.lower() in str(err.value).lower()
    assert str(err.value).startswith(f"{field}: ")


def test_the_same_text_in_the_recipients_own_address_is_printed_as_given() -> None:
    recipient = replace(
        RECIPIENT,
        name="Aisyah (Shopee pickup)",
        line1="Lazada Tower, www.lot5 block",
        line2="care of aisyah@example.my",
        district="wa.me area",
    )
    assert check_label_policy(content(recipient=recipient)) is None  # raises PolicyViolation otherwise


def test_skus_that_look_like_domains_are_not_links() -> None:
    check_label_policy(content(items=(ItemEntry("MUG.ME", 2), ItemEntry("CASE.IO-BLK", 1))))
    with pytest.raises(PolicyViolation):
        check_label_policy(content(note="MUG.ME"))


def test_other_channels_are_not_held_to_tiktok_rules() -> None:
    check_label_policy(content(channel="generic", note="www.kedaibaju.my", qr_payload="x"))
    with pytest.raises(PolicyViolation):
        check_label_policy(content(channel="TikTok Shop", note="www.kedaibaju.my"))


def test_tracking_number_checks() -> None:
    assert check_tracking_number(" th 0123456789a ") == "TH0123456789A"
    with pytest.raises(LabelError, match="no tracking number"):
        check_tracking_number("  ")
    with pytest.raises(LabelError, match="characters"):
        check_tracking_number("TH01234/567")
    used = {"TH0123456789A": "order 1 parcel 1"}
    with pytest.raises(DuplicateTrackingNumber, match="order 1 parcel 1"):
        check_tracking_number("TH0123456789A", parcel_key="order 2 parcel 1", used_by=used.get)
    assert check_tracking_number("TH0123456789A", parcel_key="order 1 parcel 1", used_by=used.get)


def test_tracking_number_uses_the_domain_check_digit_rules() -> None:
    good = "1Z999AA10123456784"
    assert check_tracking_number(good, "UPS", validator=carrier_rules) == good
    with pytest.raises(LabelError, match="not valid"):
        check_tracking_number("1Z999AA10123456785", "UPS", validator=carrier_rules)
