"""What a scanned order reference looks like: an order id, maybe behind a pick-list prefix."""

from __future__ import annotations

PREFIXES = ("ORDER:", "PICK:")


def strip_reference(raw: str) -> str:
    """The order id or tracking number a scan names, without an `ORDER:` / `PICK:` pick-list prefix."""
    ref = raw.strip()
    for prefix in PREFIXES:
        if ref.upper().startswith(prefix):
            return ref[len(prefix) :].strip()
    return ref


def is_order_reference(raw: str, order_id: str) -> bool:
    """True when the scan names this order (its id, with or without a prefix; case-blind)."""
    return strip_reference(raw).upper() == order_id.upper()
