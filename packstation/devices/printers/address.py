"""Printer addresses: `tcp://HOST:9100`, `file:///dev/usb/lp0`, `serial:///dev/ttyUSB0`, `cups://QUEUE`,
`dir:///path` and `sim`, each with optional `?timeout=2&status=hs|hqes|none` (serial also `baud=`).

A CUPS queue takes raw printer language by default (`cups://QUEUE`, sent with `lp -o raw`). A desktop
(document) printer is the same queue address with `?mode=document`: it is given PDF documents as they
are and CUPS's driver prints them; `&media=NAME` names the paper when the label stock size is not
what the queue calls it (default: `Custom.WxHmm` from the label stock).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from urllib.parse import parse_qsl, unquote, urlsplit

from packstation.devices.urls import DeviceUrlError

PRINTER_SCHEMES = ("tcp", "file", "serial", "cups", "dir", "sim")
STATUS_MODES = ("hs", "hqes", "none")
EXAMPLES = (
    "tcp://HOST:9100, file:///dev/usb/lp0, serial:///dev/ttyUSB0, cups://QUEUE "
    "(desktop printer: cups://QUEUE?mode=document), dir:///path or sim"
)
_COMMON_OPTIONS = ("timeout", "status")
_SERIAL_OPTIONS = ("baud", "bytesize", "parity", "stopbits")
_CUPS_OPTIONS = ("mode", "media")
CUPS_MODES = ("raw", "document")
_QUEUE = re.compile(r"[A-Za-z0-9_.@-]+")
_MEDIA = re.compile(r"[A-Za-z0-9_.,-]+")


@dataclass(frozen=True)
class PrinterUrl:
    """A parsed printer address: how to reach the printer and how to ask it for its status."""

    text: str
    scheme: str
    host: str = ""
    port: int = 9100
    path: str = ""
    queue: str = ""
    name: str = ""
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def timeout(self) -> float:
        return float(self.options.get("timeout", "2"))

    @property
    def status_mode(self) -> str:
        """How status is asked: `hs` (~HS), `hqes` (~HS then ~HQES), `none` (printer cannot answer)."""
        default = "hs" if self.scheme in ("tcp", "file", "serial", "sim") else "none"
        return self.options.get("status", default)

    @property
    def document(self) -> bool:
        """A desktop printer that is sent documents (PDF) as they are, not raw printer language."""
        return self.scheme == "cups" and self.options.get("mode", "raw") == "document"

    @property
    def where(self) -> str:
        """Where the printer is, in words for a message."""
        if self.scheme == "tcp":
            return f"{self.host}:{self.port}"
        if self.scheme == "cups":
            return f"CUPS queue {self.queue}"
        if self.scheme == "sim":
            return f"simulated printer {self.name}"
        return self.path

    def __str__(self) -> str:
        return self.text


def parse_printer_url(text: str) -> PrinterUrl:
    """Parse a printer address; `DeviceUrlError` says what is wrong and what to write instead."""
    raw = (text or "").strip()
    if not raw:
        raise DeviceUrlError(f"no printer address given; use {EXAMPLES}")
    parts = urlsplit(raw)
    scheme = (parts.scheme or raw.split("?")[0]).lower()
    if scheme not in PRINTER_SCHEMES:
        raise DeviceUrlError(f"unknown printer address {raw!r}; use {EXAMPLES}")
    options = _options(raw, parts.query, scheme)
    if scheme == "sim":
        name = (parts.netloc or parts.path.strip("/")) if parts.scheme else ""
        return PrinterUrl(raw, "sim", name=name or "sim", options=options)
    if scheme == "tcp":
        if not parts.hostname:
            raise DeviceUrlError(f"printer address {raw!r} needs a host, e.g. tcp://192.168.1.50:9100")
        try:
            port = parts.port or 9100
        except ValueError:
            raise DeviceUrlError(f"printer port in {raw!r} must be a number up to 65535") from None
        return PrinterUrl(raw, "tcp", host=parts.hostname, port=port, options=options)
    if scheme == "cups":
        queue = unquote(parts.netloc or parts.path.strip("/"))
        if not queue:
            raise DeviceUrlError(f"printer address {raw!r} needs a queue name, e.g. cups://Zebra_GK420d")
        if not _QUEUE.fullmatch(queue):
            raise DeviceUrlError(f"CUPS queue name {queue!r} may hold only letters, digits and _ . @ -")
        return PrinterUrl(raw, "cups", queue=queue, options=options)
    if parts.netloc:
        raise DeviceUrlError(
            f"printer address {raw!r} needs three slashes before an absolute path, e.g. {scheme}:///dev/usb/lp0"
        )
    path = unquote(parts.path)
    if not path or path == "/":
        raise DeviceUrlError(f"printer address {raw!r} needs a path, e.g. {scheme}:///dev/usb/lp0")
    return PrinterUrl(raw, scheme, path=path, options=options)


def _options(raw: str, query: str, scheme: str) -> Mapping[str, str]:
    extra = {"serial": _SERIAL_OPTIONS, "cups": _CUPS_OPTIONS}.get(scheme, ())
    allowed = _COMMON_OPTIONS + extra
    found: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        key = key.strip().lower()
        if key not in allowed:
            raise DeviceUrlError(
                f"unknown option {key!r} in {raw!r}; {scheme} printers take {', '.join(allowed)}"
            )
        found[key] = value.strip()
    if "status" in found and found["status"] not in STATUS_MODES:
        raise DeviceUrlError(f"status must be one of {', '.join(STATUS_MODES)} in {raw!r}")
    if "mode" in found and found["mode"] not in CUPS_MODES:
        raise DeviceUrlError(f"mode must be raw (label printer) or document (desktop printer) in {raw!r}")
    if "media" in found and not _MEDIA.fullmatch(found["media"]):
        raise DeviceUrlError(f"media must be a CUPS paper name like Custom.4x6in or A6 in {raw!r}")
    if "timeout" in found:
        try:
            ok = 0 < float(found["timeout"]) <= 60
        except ValueError:
            ok = False
        if not ok:
            raise DeviceUrlError(f"timeout must be seconds between 0 and 60 in {raw!r}")
    if "baud" in found and not found["baud"].isdigit():
        raise DeviceUrlError(f"baud must be a whole number like 9600 in {raw!r}")
    return MappingProxyType(found)
