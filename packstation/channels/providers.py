"""Carrier names as the station writes them -> the shipping provider names TikTok Shop's sheet accepts.

Seller Center matches `Shipping Provider Name` against its own list, so "JNT", "J&T" and "jnt express"
must all become "J&T Express". The table is the defaults below plus `channels.provider_names` in config.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

# Provider names as TikTok Shop lists them, with the spellings stations and carriers use for them.
DEFAULT_PROVIDERS: dict[str, tuple[str, ...]] = {
    "J&T Express": ("j&t", "jnt", "jt", "j&t express", "jnt express", "jt express", "j and t"),
    "SPX Express": ("spx", "shopee express", "spx express", "shopee xpress"),
    "Ninja Van": ("ninja van", "ninjavan", "ninja"),
    "Flash Express": ("flash", "flash express"),
    "Kerry Express": ("kerry", "kerry express", "kex", "kex express"),
    "DHL eCommerce": ("dhl", "dhl ecommerce", "dhl e-commerce", "dhl ecommerce asia"),
    "Pos Malaysia": ("pos malaysia", "poslaju", "pos laju", "laju", "pos"),
    "USPS": ("usps", "us postal service", "united states postal service"),
    "UPS": ("ups", "united parcel service"),
    "FedEx": ("fedex", "fed ex", "federal express"),
}


def fold(name: str) -> str:
    """The lookup form of a carrier name: lower case, letters, digits and '&' only."""
    return re.sub(r"[^0-9a-z&]+", "", name.casefold())


class ProviderNames:
    """Looks up the marketplace's provider name for a carrier; unknown carriers are kept as written."""

    def __init__(self, overrides: Mapping[str, str] | None = None) -> None:
        self._table: dict[str, str] = {}
        for provider, spellings in DEFAULT_PROVIDERS.items():
            self._table[fold(provider)] = provider
            for spelling in spellings:
                self._table[fold(spelling)] = provider
        for carrier, provider in (overrides or {}).items():
            self._table[fold(carrier)] = provider

    def known(self, carrier: str) -> bool:
        return fold(carrier) in self._table

    def name_for(self, carrier: str) -> str:
        return self._table.get(fold(carrier), carrier.strip())
