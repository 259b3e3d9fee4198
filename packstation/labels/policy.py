"""Marketplace rules for seller-made labels, and the tracking-number checks made before a print.

TikTok Shop forbids hyperlinks, QR codes and contact details of other platforms on labels the seller
makes; a label that breaks this is refused, naming the field. Platform-provided labels are not checked.

Only what the seller writes is checked. The recipient's name, phone and address come from the platform's
order and are printed as given: a buyer living on "Lazada Tower" or typing "www." into an address line
must still get their parcel, and refusing it would stop the order, not fix the label.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from packstation.domain.tracking import validate_tracking
from packstation.labels.model import DuplicateTrackingNumber, LabelContent, LabelError, PolicyViolation

TIKTOK_CHANNELS = frozenset({"tiktok", "tiktokshop", "tiktok_shop", "tiktok shop"})

URL = re.compile(
    r"(?i)\b(?:https?://|ftp://|www\.)\S+"
    r"|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|co|me|ly|gl|io|app|shop|store|link|info|biz|vn|th|my|sg|ph|id|cn)(?:/\S*)?\b"
)
SCHEME = re.compile(r"(?i)\b(?:https?://|ftp://|www\.)\S+")
QR_TEXT = re.compile(r"(?i)\bQR(?:\s*code)?\b")
EMAIL = re.compile(r"(?i)\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
PLATFORMS = re.compile(
    r"(?i)\b(?:shopee|lazada|whats\s?app|wa\.me|wechat|weixin|facebook|fb\.com|messenger|instagram|"
    r"telegram|t\.me|zalo|tokopedia|line\s*(?:id|@|:)|line\.me|@line|ig\s*:)"
)
HANDLE = re.compile(r"(?<![\w.])@[A-Za-z0-9_.]{3,}")


def is_tiktok(channel: str) -> bool:
    """True for TikTok Shop orders, however the import spelled the channel."""
    return channel.strip().lower() in TIKTOK_CHANNELS


def seller_fields(content: LabelContent) -> Iterator[tuple[str, str]]:
    """(field name, text) of everything the seller controls on the label."""
    sender = content.sender
    for name in ("name", "phone", "line1", "line2", "district", "city", "state", "postcode", "country"):
        yield f"sender.{name}", getattr(sender, name)
    yield "carrier", content.carrier
    yield "service", content.service
    yield "order_id", content.order_id
    for index, item in enumerate(content.items):
        yield f"items[{index}].sku", item.sku
    yield "note", content.note


def _problem(text: str, code: bool = False) -> str:
    """What is wrong with one seller field; `code` fields (SKUs) are not read as bare domain names."""
    if EMAIL.search(text):
        return "e-mail addresses are not allowed on TikTok Shop labels"
    if (SCHEME if code else URL).search(text):
        return "links are not allowed on TikTok Shop labels"
    if QR_TEXT.search(text):
        return "QR codes are not allowed on TikTok Shop labels"
    match = PLATFORMS.search(text) or HANDLE.search(text)
    if match:
        return f"contact details of another platform ({match.group(0).strip()!r}) are not allowed on TikTok Shop labels"
    return ""


def check_label_policy(content: LabelContent) -> None:
    """Raise `PolicyViolation` naming the first field that breaks the channel's label rules."""
    if not is_tiktok(content.channel):
        return
    if content.qr_payload:
        raise PolicyViolation("qr_code", "QR codes are not allowed on TikTok Shop labels")
    if content.links:
        raise PolicyViolation("links", "hyperlinks are not allowed on TikTok Shop labels")
    for field, value in seller_fields(content):
        problem = _problem(value or "", code=field.startswith("items["))
        if problem:
            raise PolicyViolation(field, problem)


TrackingValidator = Callable[[str, str], None]


def carrier_rules(number: str, carrier: str) -> None:
    """The domain's tracking-number rules (formats and check digits) as a `check_tracking_number` validator."""
    validate_tracking(number, carrier or None).raise_if_invalid()


UsedBy = Callable[[str], "str | None"]


def check_tracking_number(
    tracking_number: str,
    carrier: str = "",
    *,
    parcel_key: str = "",
    used_by: UsedBy | None = None,
    validator: TrackingValidator | None = None,
) -> str:
    """Validate a tracking number before it goes on a label and refuse one already used elsewhere.

    `validator(number, carrier)` raises on a malformed number (the domain's check-digit rules);
    `used_by(number)` returns the key of the parcel that already carries it (the service asks the DB),
    or None. Returns the normalised number.
    """
    number = tracking_number.strip().upper().replace(" ", "")
    if not number:
        raise LabelError("no tracking number for the label")
    if not re.fullmatch(r"[A-Z0-9-]{6,40}", number):
        raise LabelError(f"tracking number {tracking_number!r} has characters a carrier does not use")
    if validator is not None:
        try:
            validator(number, carrier)
        except LabelError:
            raise
        except ValueError as exc:
            raise LabelError(f"tracking number {number} is not valid: {exc}") from exc
    if used_by is not None:
        owner = used_by(number)
        if owner and owner != parcel_key:
            raise DuplicateTrackingNumber(f"tracking number {number} is already on the label of {owner}")
    return number
