"""The answer to "may this station pack this order?": granted, or who holds it and why not."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ClaimResult:
    granted: bool
    holder: str = ""
    message: str = ""
