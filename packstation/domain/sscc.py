"""SSCC-18: the Serial Shipping Container Code that identifies one parcel or pallet on a GS1-128 label.

Layout: extension digit (1) + GS1 company prefix (6-12) + serial reference (16 - prefix) + check digit.
"""

from __future__ import annotations

from typing import NamedTuple

from packstation.domain.gs1 import GS1Error, gs1_check_digit

SSCC_LENGTH = 18


class SSCCError(GS1Error):
    """An SSCC, or the parts it is made from, is malformed."""


class SSCCParts(NamedTuple):
    """An SSCC split at a known company-prefix length."""

    extension_digit: int
    company_prefix: str
    serial_reference: int
    check_digit: int


def make_sscc(company_prefix: str, serial_reference: int, extension_digit: int = 0) -> str:
    """Build the 18-digit SSCC for a parcel from the shipper's company prefix and a running serial."""
    if not company_prefix.isascii() or not company_prefix.isdigit() or not 6 <= len(company_prefix) <= 12:
        raise SSCCError(f"GS1 company prefix must be 6-12 digits, got {company_prefix!r}")
    if not 0 <= extension_digit <= 9:
        raise SSCCError(f"extension digit must be 0-9, got {extension_digit}")
    width = 16 - len(company_prefix)
    if not 0 <= serial_reference < 10**width:
        raise SSCCError(
            f"serial reference {serial_reference} does not fit the {width} digits left by a "
            f"{len(company_prefix)}-digit company prefix (0-{10**width - 1})"
        )
    body = f"{extension_digit}{company_prefix}{serial_reference:0{width}d}"
    return body + str(gs1_check_digit(body))


def validate_sscc(sscc: str) -> str:
    """Return `sscc` if it is 18 digits with a correct check digit, else raise SSCCError saying why."""
    if not sscc.isascii() or not sscc.isdigit():
        raise SSCCError(f"an SSCC is digits only, got {sscc!r}")
    if len(sscc) != SSCC_LENGTH:
        hint = " (drop the leading AI 00)" if len(sscc) == 20 and sscc.startswith("00") else ""
        raise SSCCError(f"an SSCC has 18 digits, got {len(sscc)}{hint}")
    expected = gs1_check_digit(sscc[:-1])
    if ord(sscc[-1]) - 48 != expected:
        raise SSCCError(f"SSCC {sscc}: bad check digit, expected {expected}, got {sscc[-1]}")
    return sscc


def split_sscc(sscc: str, prefix_length: int) -> SSCCParts:
    """Split a valid SSCC into its parts, given the length of the company prefix it was made with."""
    validate_sscc(sscc)
    if not 6 <= prefix_length <= 12:
        raise SSCCError(f"company prefix length must be 6-12, got {prefix_length}")
    end = 1 + prefix_length
    return SSCCParts(int(sscc[0]), sscc[1:end], int(sscc[end:17]), int(sscc[17]))


def sscc_element_string(sscc: str) -> str:
    """The GS1 element string "00" + SSCC that a GS1-128 parcel label encodes."""
    return "00" + validate_sscc(sscc)
