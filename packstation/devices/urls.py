"""Device addresses as URLs: parse `serial:///dev/ttyACM0?baud=9600`, pyserial URLs, `wedge`, `sim`, `none`.

Serial addresses become a pyserial port (a path, or a pyserial URL passed through to
`serial.serial_for_url`) plus line settings; the rest of the query holds per-kind options.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from packstation.devices.base import DeviceKind


class DeviceUrlError(ValueError):
    """A device address that cannot be used, with a message saying what to write instead."""


# pyserial's own URL handlers; these pass through to serial.serial_for_url untouched.
PYSERIAL_SCHEMES = frozenset({"socket", "loop", "rfc2217", "spy", "hwgrep", "alt", "cp2110"})
_WORD_SCHEMES = {DeviceKind.SCANNER: ("wedge", "sim"), DeviceKind.SCALE: ("sim", "none")}
_EXAMPLES = {
    DeviceKind.SCANNER: "wedge, sim, serial:///dev/ttyACM0?baud=9600 or a pyserial URL (socket://, loop://, rfc2217://)",
    DeviceKind.SCALE: "serial:///dev/ttyUSB1?protocol=mt-sics, serial:///dev/ttyUSB1?protocol=continuous, sim or none",
}

_LINE_OPTIONS = ("baud", "bytesize", "parity", "stopbits")
_KIND_OPTIONS = {
    DeviceKind.SCANNER: ("eol", "encoding", "idle_ms", "gap_ms", "prefix", "suffix", "aim", "gs"),
    DeviceKind.SCALE: (
        "protocol",
        "command",
        "poll_ms",
        "reply_ms",
        "stable_readings",
        "tolerance_g",
        "capacity_kg",
    ),
}
_FORMAT_OPTIONS = ("prefix", "suffix", "aim", "gs")
_WORD_OPTIONS = {
    (DeviceKind.SCANNER, "wedge"): ("gap_ms", "timeout_ms", "min_length", "layout") + _FORMAT_OPTIONS,
    (DeviceKind.SCANNER, "sim"): ("eol",) + _FORMAT_OPTIONS,
    (DeviceKind.SCALE, "sim"): ("settle_ms", "interval_ms", "capacity_kg"),
    (DeviceKind.SCALE, "none"): (),
}

SCALE_PROTOCOLS = ("mt-sics", "continuous")
SCANNER_EOLS = ("auto", "cr", "lf", "crlf", "none")
_PARITIES = {"n": "N", "none": "N", "e": "E", "even": "E", "o": "O", "odd": "O", "m": "M", "mark": "M"}
_PARITIES |= {"s": "S", "space": "S"}
_HOST_PORT = re.compile(r"([^:/?\[\]]+|\[[0-9A-Fa-f:.]+\]):\d{1,5}")
_STOPBITS = {"1": 1, "1.5": 1.5, "2": 2}


@dataclass(frozen=True)
class DeviceUrl:
    """A parsed device address: scheme, the pyserial port to open (if serial), line settings, options."""

    kind: DeviceKind
    text: str
    scheme: str
    port: str | None = None
    baudrate: int = 9600
    bytesize: int = 8
    parity: str = "N"
    stopbits: float = 1
    options: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def is_serial(self) -> bool:
        """True when the device is reached through pyserial (a path or a pyserial URL)."""
        return self.port is not None

    def serial_settings(self) -> dict[str, Any]:
        """Keyword arguments for `serial.serial_for_url` besides the port."""
        return {
            "baudrate": self.baudrate,
            "bytesize": self.bytesize,
            "parity": self.parity,
            "stopbits": self.stopbits,
        }

    def open_serial(self, timeout: float):
        """Open the port with pyserial (raises `serial.SerialException`, an OSError, when it cannot)."""
        import serial  # deferred: only serial devices need pyserial loaded

        if self.port is None:
            raise DeviceUrlError(f"{self.text!r} is not a serial address")
        return serial.serial_for_url(
            self.port, timeout=timeout, write_timeout=timeout, **self.serial_settings()
        )

    def option(self, name: str, default: str) -> str:
        return self.options.get(name, default)

    def int_option(self, name: str, default: int, minimum: int = 0) -> int:
        """An integer option, validated at parse time; `default` when absent."""
        return _to_int(self, name, self.options[name], minimum) if name in self.options else default

    def float_option(self, name: str, default: float) -> float:
        if name not in self.options:
            return default
        try:
            value = float(self.options[name])
        except ValueError:
            raise DeviceUrlError(f"{name} must be a number in {self.text!r}") from None
        if value < 0:
            raise DeviceUrlError(f"{name} must not be negative in {self.text!r}")
        return value

    def __str__(self) -> str:
        return self.text


def parse_device_url(text: str, kind: DeviceKind | str) -> DeviceUrl:
    """Parse a scanner or scale address; raises `DeviceUrlError` with a specific message."""
    kind = DeviceKind(kind)
    raw = (text or "").strip()
    if not raw:
        raise DeviceUrlError(f"no {kind} address given; use {_EXAMPLES[kind]}")
    if raw.startswith("/") or re.fullmatch(r"(?i)COM\d+(\?.*)?", raw):
        raw = "serial://" + ("" if raw.startswith("/") else "/") + raw  # bare device path: a serial port
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    query = _parse_query(raw, parts.query)

    if not parts.scheme:
        word = parts.path.strip().lower()
        if word in _WORD_SCHEMES[kind]:
            return _word_url(kind, raw, word, query)
        raise DeviceUrlError(f"unknown {kind} address {raw!r}; use {_EXAMPLES[kind]}")
    if scheme in _WORD_SCHEMES[kind] and not parts.netloc and parts.path in ("", "/"):
        return _word_url(kind, raw, scheme, query)
    if scheme == "serial":
        return _serial_url(kind, raw, parts.netloc, parts.path, query)
    if scheme in PYSERIAL_SCHEMES:
        ours = {k: v for k, v in query.items() if k in _LINE_OPTIONS or k in _KIND_OPTIONS[kind]}
        # pyserial's own options are kept verbatim (some are bare flags such as ign_set_control)
        theirs = [
            seg for seg in parts.query.split("&") if seg and seg.split("=")[0].strip().lower() not in ours
        ]
        port = f"{scheme}://{parts.netloc}{parts.path}" + ("?" + "&".join(theirs) if theirs else "")
        if scheme in ("socket", "rfc2217") and not _HOST_PORT.fullmatch(parts.netloc):
            raise DeviceUrlError(
                f"{scheme} address needs host:port, e.g. {scheme}://127.0.0.1:7000 (got {raw!r})"
            )
        return _with_options(kind, raw, scheme, port, ours)
    raise DeviceUrlError(f"unknown {kind} address scheme {scheme!r} in {raw!r}; use {_EXAMPLES[kind]}")


def _parse_query(raw: str, query: str) -> dict[str, str]:
    result: dict[str, str] = {}
    for key, value in parse_qsl(query, keep_blank_values=True):
        key = key.strip().lower()
        if key in result:
            raise DeviceUrlError(f"option {key!r} given twice in {raw!r}")
        result[key] = value.strip()
    return result


def _word_url(kind: DeviceKind, raw: str, word: str, query: dict[str, str]) -> DeviceUrl:
    allowed = _WORD_OPTIONS[(kind, word)]
    unknown = sorted(set(query) - set(allowed))
    if unknown:
        can = ", ".join(allowed) or "no options"
        raise DeviceUrlError(f"unknown option {unknown[0]!r} for {kind} {word!r}; it takes {can}")
    url = DeviceUrl(kind, raw, word, options=MappingProxyType(dict(query)))
    _validate_options(url)
    return url


def _serial_url(kind: DeviceKind, raw: str, netloc: str, path: str, query: dict[str, str]) -> DeviceUrl:
    if netloc and path:
        raise DeviceUrlError(
            f"serial address {raw!r} needs three slashes before an absolute path, e.g. serial:///dev/ttyACM0"
        )
    port = netloc or path
    if re.fullmatch(r"/(?i:COM)\d+", port):
        port = port[1:]  # serial:///COM3 on Windows
    if not port or port == "/":
        raise DeviceUrlError(f"serial address {raw!r} has no device path; write e.g. serial:///dev/ttyACM0")
    unknown = sorted(set(query) - set(_LINE_OPTIONS) - set(_KIND_OPTIONS[kind]))
    if unknown:
        allowed = ", ".join(_LINE_OPTIONS + _KIND_OPTIONS[kind])
        raise DeviceUrlError(f"unknown option {unknown[0]!r} in {raw!r}; {kind} serial options are {allowed}")
    return _with_options(kind, raw, "serial", port, query)


def _with_options(kind: DeviceKind, raw: str, scheme: str, port: str, query: dict[str, str]) -> DeviceUrl:
    line = {k: query[k] for k in _LINE_OPTIONS if k in query}
    options = {k: v for k, v in query.items() if k not in line}
    if kind is DeviceKind.SCALE:
        options.setdefault("protocol", "mt-sics")
    url = DeviceUrl(
        kind,
        raw,
        scheme,
        port=port,
        baudrate=_baud(raw, line.get("baud", "9600")),
        bytesize=_bytesize(raw, line.get("bytesize", "8")),
        parity=_parity(raw, line.get("parity", "N")),
        stopbits=_stopbits(raw, line.get("stopbits", "1")),
        options=MappingProxyType(options),
    )
    _validate_options(url)
    return url


def _baud(raw: str, value: str) -> int:
    if not value.isdigit():
        raise DeviceUrlError(f"baud must be a whole number like 9600, got {value!r} in {raw!r}")
    baud = int(value)
    if not 50 <= baud <= 4_000_000:
        raise DeviceUrlError(f"baud {baud} is out of range (50 to 4000000) in {raw!r}")
    return baud


def _bytesize(raw: str, value: str) -> int:
    if value not in ("5", "6", "7", "8"):
        raise DeviceUrlError(f"bytesize must be 5, 6, 7 or 8, got {value!r} in {raw!r}")
    return int(value)


def _parity(raw: str, value: str) -> str:
    try:
        return _PARITIES[value.lower()]
    except KeyError:
        raise DeviceUrlError(
            f"parity must be none, even, odd, mark or space, got {value!r} in {raw!r}"
        ) from None


def _stopbits(raw: str, value: str) -> float:
    try:
        return _STOPBITS[value]
    except KeyError:
        raise DeviceUrlError(f"stopbits must be 1, 1.5 or 2, got {value!r} in {raw!r}") from None


def _to_int(url: DeviceUrl, name: str, value: str, minimum: int) -> int:
    if not value.isdigit() or int(value) < minimum:
        raise DeviceUrlError(f"{name} must be a whole number >= {minimum}, got {value!r} in {url.text!r}")
    return int(value)


def _validate_options(url: DeviceUrl) -> None:
    """Check every option value now, so a typo fails when the config is loaded, not mid-shift."""
    opts = url.options
    for name in (
        "idle_ms",
        "poll_ms",
        "reply_ms",
        "settle_ms",
        "interval_ms",
        "gap_ms",
        "timeout_ms",
        "min_length",
    ):
        if name in opts:
            url.int_option(name, 0, minimum=1 if name != "settle_ms" else 0)
    if "layout" in opts and opts["layout"] not in ("warn", "fix"):
        raise DeviceUrlError(f"layout must be warn or fix, got {opts['layout']!r} in {url.text!r}")
    if "stable_readings" in opts:
        url.int_option("stable_readings", 1, minimum=1)
    if "tolerance_g" in opts:
        url.float_option("tolerance_g", 0.0)
    if "capacity_kg" in opts and not 0 < url.float_option("capacity_kg", 0.0) <= 100_000:
        raise DeviceUrlError(f"capacity_kg must be more than 0 (the scale's range, e.g. 30) in {url.text!r}")
    if "protocol" in opts and opts["protocol"] not in SCALE_PROTOCOLS:
        raise DeviceUrlError(
            f"unknown scale protocol {opts['protocol']!r} in {url.text!r}; use protocol=mt-sics or protocol=continuous"
        )
    if "command" in opts and opts["command"].upper() not in ("SI", "S"):
        raise DeviceUrlError(f"MT-SICS command must be SI or S, got {opts['command']!r} in {url.text!r}")
    if "eol" in opts and opts["eol"].lower() not in SCANNER_EOLS:
        raise DeviceUrlError(
            f"eol must be one of {', '.join(SCANNER_EOLS)}, got {opts['eol']!r} in {url.text!r}"
        )
    if "aim" in opts and opts["aim"] not in ("auto", "keep"):
        raise DeviceUrlError(f"aim must be auto or keep, got {opts['aim']!r} in {url.text!r}")
    if "encoding" in opts:
        try:
            codecs.lookup(opts["encoding"])
        except LookupError:
            raise DeviceUrlError(f"unknown text encoding {opts['encoding']!r} in {url.text!r}") from None
    if "gs" in opts and not opts["gs"]:
        raise DeviceUrlError(f"gs placeholder must not be empty in {url.text!r}")
