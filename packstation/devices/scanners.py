"""Barcode scanners: serial (any pyserial URL), keyboard wedge, and a simulator, behind one small interface.

Scans and rejections reach the caller through plain callables: serial scans from the reader
thread, wedge scans from the thread that feeds keys, simulated scans from the thread calling `scan()`.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable
from datetime import datetime
from typing import Protocol

from packstation.devices.base import (
    GS,
    LINK_ERRORS,
    Backoff,
    BarcodeRead,
    DeviceKind,
    DeviceState,
    DeviceStatus,
    ReconnectingWorker,
    RejectedScan,
    ScanFormat,
    StatusListener,
    StatusReporter,
    fast_reconnect,
    safe_call,
    utcnow,
)
from packstation.devices.urls import DeviceUrl, DeviceUrlError, parse_device_url
from packstation.devices.wedge import Decision, LayoutWarning, Rejected, Scanned, WedgeDecoder, WedgeSettings

ScanListener = Callable[[BarcodeRead], None]
RejectListener = Callable[[RejectedScan], None]

_EOL_PATTERNS = {"auto": rb"[\r\n]", "cr": rb"\r", "lf": rb"\n", "crlf": rb"\r\n"}


class Scanner(Protocol):
    """What the station needs from any scanner."""

    url: DeviceUrl

    @property
    def status(self) -> DeviceStatus: ...

    def start(self) -> None: ...

    def stop(self, timeout: float = 2.0) -> None: ...


def scan_format_from_url(url: DeviceUrl) -> ScanFormat:
    """The prefix/suffix/AIM/FNC1 framing given in a scanner URL's options."""
    return ScanFormat(
        prefix=url.option("prefix", ""),
        suffix=url.option("suffix", ""),
        aim=url.option("aim", "auto"),
        gs_placeholder=url.options.get("gs") or None,
    )


class ScanLineDecoder:
    """Turns a scanner's byte stream into reads: buffers partial lines, splits on the terminator, validates."""

    def __init__(
        self,
        source: str,
        eol: str = "auto",
        encoding: str = "utf-8",
        scan_format: ScanFormat | None = None,
        max_line: int = 4096,
    ) -> None:
        self.source = source
        self.eol = eol
        self.encoding = encoding
        self.scan_format = scan_format or ScanFormat()
        self.max_line = max_line
        self._split = re.compile(_EOL_PATTERNS[eol]) if eol != "none" else None
        self._buffer = bytearray()
        self._skipping = False  # inside the tail of a line already rejected as too long

    @property
    def pending(self) -> int:
        """Bytes held waiting for a terminator."""
        return len(self._buffer)

    @property
    def in_line(self) -> bool:
        """True while a line has started and not ended (held bytes, or a runaway line's tail)."""
        return bool(self._buffer) or self._skipping

    def feed(self, data: bytes) -> list[BarcodeRead | RejectedScan]:
        """Add bytes; return a read or rejection for every line they complete.

        A line that grows past `max_line` without a terminator is rejected at once, and everything up
        to its terminator (its tail) is dropped with it: the tail of a runaway line is never a scan.
        """
        out: list[BarcodeRead | RejectedScan] = []
        if self._skipping:
            data = self._skip_tail(data)
            if self._skipping:
                return out
        self._buffer += data
        if self._split is not None:
            pieces = self._split.split(bytes(self._buffer))
            self._buffer = bytearray(pieces.pop())  # the unterminated tail
            out.extend(self._line(piece) for piece in pieces if piece)
        if len(self._buffer) > self.max_line:
            raw = bytes(self._buffer[:200]).decode(self.encoding, "backslashreplace")
            self._buffer.clear()
            reason = (
                f"no line end after {self.max_line} bytes: the whole line is dropped; "
                "set the scanner to send CR or LF after each code"
            )
            out.append(RejectedScan(reason, self.source, raw=raw))
            self._skipping = self._split is not None
        return out

    def _skip_tail(self, data: bytes) -> bytes:
        """Drop a runaway line's bytes up to its terminator; return what follows the terminator."""
        assert self._split is not None
        match = self._split.search(data)
        if match is None:
            return b""
        self._skipping = False
        return data[match.end() :]

    def end_gap(self, gap_s: float) -> list[RejectedScan]:
        """Silence after bytes without a terminator: the fragment is a partial read, never glued to the next code."""
        if self._skipping:
            self._skipping = False  # the runaway line was already rejected; a new line starts now
            self._buffer.clear()
            return []
        data, self._buffer = bytes(self._buffer), bytearray()
        if not data:
            return []
        reason = f"partial scan: no line end and nothing more for {gap_s * 1000:.0f} ms; scan the code again"
        return [RejectedScan(reason, self.source, raw=data[:200].decode(self.encoding, "backslashreplace"))]

    def flush(self) -> list[BarcodeRead | RejectedScan]:
        """End the held bytes as one line (scanners with no terminator, after a quiet gap)."""
        data, self._buffer = bytes(self._buffer), bytearray()
        return [self._line(data)] if data else []

    def discard(self, reason: str) -> list[RejectedScan]:
        """Drop a partial line (the link was lost mid-scan), reporting it."""
        data, self._buffer = bytes(self._buffer), bytearray()
        self._skipping = False
        if not data:
            return []
        return [RejectedScan(reason, self.source, raw=data.decode(self.encoding, "backslashreplace"))]

    def _line(self, data: bytes) -> BarcodeRead | RejectedScan:
        if len(data) > self.max_line:
            reason = f"scan longer than {self.max_line} bytes; is this really a barcode scanner?"
            return RejectedScan(reason, self.source, raw=data[:200].decode(self.encoding, "backslashreplace"))
        try:
            text = data.decode(self.encoding)
        except UnicodeDecodeError:
            shown = data[:24].hex(" ")
            reason = f"scanner sent bytes that are not {self.encoding} text ({shown}); check its interface settings"
            return RejectedScan(reason, self.source, raw=data.decode(self.encoding, "backslashreplace"))
        for position, char in enumerate(text):
            point = ord(char)
            if (point < 0x20 and char != GS) or 0x7F <= point <= 0x9F:
                reason = (
                    f"scan contains control character 0x{point:02X} at position {position + 1}; "
                    "check the scanner's baud rate and line terminator"
                )
                return RejectedScan(reason, self.source, raw=text.encode("unicode_escape").decode("ascii"))
        code, symbology = self.scan_format.clean(text)
        if not code:
            return RejectedScan("scan was empty once the prefix/suffix were removed", self.source, raw=text)
        return BarcodeRead(code, self.source, raw=text, symbology=symbology)


def _deliver(
    items: list[BarcodeRead | RejectedScan], on_scan: ScanListener | None, on_rejected: RejectListener | None
) -> None:
    for item in items:
        if isinstance(item, BarcodeRead):
            safe_call(on_scan, item)
        else:
            safe_call(on_rejected, item)


def _url(url: DeviceUrl | str) -> DeviceUrl:
    return url if isinstance(url, DeviceUrl) else parse_device_url(url, DeviceKind.SCANNER)


class SerialScanner(ReconnectingWorker):
    """A scanner on a serial port or pyserial URL, read line by line in a worker; reconnects when unplugged.

    `?gap_ms=` (default 100): bytes without a line end followed by that much silence are a partial read,
    reported as rejected and never glued to the next code. When the scanner was unplugged, the first
    thing said after it is back is a rejection naming the time it was away: scans in it were lost.
    """

    def __init__(
        self,
        url: DeviceUrl | str,
        on_scan: ScanListener | None,
        on_status: StatusListener | None = None,
        on_rejected: RejectListener | None = None,
        *,
        backoff: Backoff | None = None,
        read_timeout: float = 0.05,
        max_line: int = 4096,
    ) -> None:
        self.url = _url(url)
        if not self.url.is_serial:
            raise DeviceUrlError(f"{self.url.text!r} is not a serial scanner address")
        reporter = StatusReporter(DeviceKind.SCANNER, self.url.text, on_status)
        super().__init__(f"scanner:{self.url.text}", reporter, backoff or fast_reconnect())
        self.on_scan = on_scan
        self.on_rejected = on_rejected
        self.read_timeout = read_timeout
        self.idle_s = self.url.int_option("idle_ms", 50, minimum=1) / 1000
        self.gap_s = self.url.int_option("gap_ms", 100, minimum=1) / 1000
        self.unplugged_at: datetime | None = None  # when the link was lost, until it is back
        self.decoder = ScanLineDecoder(
            self.url.text,
            eol=self.url.option("eol", "auto").lower(),
            encoding=self.url.option("encoding", "utf-8"),
            scan_format=scan_format_from_url(self.url),
            max_line=max_line,
        )

    @property
    def status(self) -> DeviceStatus:
        return self.status_reporter.current

    def _connect(self):
        return self.url.open_serial(self.read_timeout)

    def _connected_message(self) -> str:
        if self.unplugged_at is not None:
            return f"scanner on {self.url.port} is back; scans while it was unplugged were lost"
        return f"scanner on {self.url.port}"

    def _on_link_lost(self) -> None:
        self.unplugged_at = utcnow()

    def _report_unplugged_window(self) -> None:
        """Tell the packer which scans were lost: anything scanned between unplug and reconnect."""
        since, self.unplugged_at = self.unplugged_at, None
        if since is None:
            return
        back = utcnow()
        away = (back - since).total_seconds()
        reason = (
            f"scanner was unplugged from {since.astimezone():%H:%M:%S} to {back.astimezone():%H:%M:%S} "
            f"({away:.0f} s): codes scanned in that time were lost; scan them again"
        )
        safe_call(self.on_rejected, RejectedScan(reason, self.url.text, raw=""))

    def _session(self, port) -> None:
        decoder = self.decoder
        self._report_unplugged_window()
        last_data = time.monotonic()
        try:
            while not self.stopping:
                data = port.read(port.in_waiting or 1)
                now = time.monotonic()
                if data:
                    last_data = now
                    _deliver(decoder.feed(data), self.on_scan, self.on_rejected)
                elif decoder.eol == "none":
                    if decoder.pending and now - last_data >= self.idle_s:
                        _deliver(decoder.flush(), self.on_scan, self.on_rejected)
                elif decoder.in_line and now - last_data >= self.gap_s:
                    _deliver(list(decoder.end_gap(self.gap_s)), self.on_scan, self.on_rejected)
        except LINK_ERRORS:
            lost = decoder.discard("scan cut off: the scanner disconnected in the middle of a code")
            _deliver(list(lost), self.on_scan, self.on_rejected)
            raise
        if decoder.eol == "none":
            _deliver(decoder.flush(), self.on_scan, self.on_rejected)


class SimScanner:
    """A scanner driven by the simulated-scanner panel and tests: `scan(code)` goes through the serial decoding."""

    def __init__(
        self,
        url: DeviceUrl | str = "sim",
        on_scan: ScanListener | None = None,
        on_status: StatusListener | None = None,
        on_rejected: RejectListener | None = None,
    ) -> None:
        self.url = _url(url)
        self.on_scan = on_scan
        self.on_rejected = on_rejected
        self._reporter = StatusReporter(DeviceKind.SCANNER, self.url.text, on_status)
        self.decoder = ScanLineDecoder(
            self.url.text, eol=self.url.option("eol", "auto"), scan_format=scan_format_from_url(self.url)
        )
        self._started = False

    @property
    def status(self) -> DeviceStatus:
        return self._reporter.current

    def start(self) -> None:
        self._started = True
        self._reporter.report(DeviceState.SIMULATED, "simulated scanner")

    def stop(self, timeout: float = 2.0) -> None:
        self._started = False
        self._reporter.report(DeviceState.DISCONNECTED, "stopped")

    def scan(self, code: str, terminator: str = "\r\n") -> None:
        """Deliver `code` as if the scanner sent it, terminator included (callbacks run on this thread)."""
        self.scan_bytes(code.encode("utf-8") + terminator.encode("ascii"))

    def scan_bytes(self, data: bytes) -> None:
        """Deliver raw bytes, e.g. to simulate a garbled scan."""
        if not self._started:
            raise RuntimeError("simulated scanner is not started")
        _deliver(self.decoder.feed(data), self.on_scan, self.on_rejected)


class WedgeScanner:
    """The keyboard-wedge scanner: the UI's key filter feeds `decoder` and `deliver`s the bursts typed
    into the station's window (or calls `feed_key`, which does both); scans go to `on_scan`."""

    def __init__(
        self,
        url: DeviceUrl | str = "wedge",
        on_scan: ScanListener | None = None,
        on_status: StatusListener | None = None,
        on_rejected: RejectListener | None = None,
        config: WedgeSettings | None = None,
    ) -> None:
        self.url = _url(url)
        self.on_scan = on_scan
        self.on_rejected = on_rejected
        self._reporter = StatusReporter(DeviceKind.SCANNER, self.url.text, on_status)
        self.decoder = WedgeDecoder(config or wedge_config_from_url(self.url))

    @property
    def status(self) -> DeviceStatus:
        return self._reporter.current

    def start(self) -> None:
        self._reporter.report(DeviceState.CONNECTED, "keyboard wedge: scans arrive as key presses")

    def stop(self, timeout: float = 2.0) -> None:
        self.deliver(self.decoder.flush())
        self._reporter.report(DeviceState.DISCONNECTED, "stopped")

    def feed_key(self, key: str, t: float, *, autorepeat: bool = False) -> list[Decision]:
        """Per key press: decide, deliver scans/rejections, and return the decisions (Replay for the UI)."""
        return self.deliver(self.decoder.feed(key, t, autorepeat=autorepeat))

    def poll(self, t: float) -> list[Decision]:
        return self.deliver(self.decoder.poll(t))

    def next_deadline(self) -> float | None:
        return self.decoder.next_deadline()

    def deliver(self, decisions: list[Decision]) -> list[Decision]:
        """Hand scans and rejections to the station's callbacks (the UI filter calls this only for
        bursts typed into the station's own window); returns `decisions` unchanged."""
        for decision in decisions:
            if isinstance(decision, Scanned):
                safe_call(self.on_scan, decision.read)
            elif isinstance(decision, LayoutWarning):
                safe_call(self.on_rejected, decision.as_rejection(self.url.text))
            elif isinstance(decision, Rejected):
                safe_call(self.on_rejected, decision.rejection)
        return decisions


def wedge_config_from_url(url: DeviceUrl, base: WedgeSettings | None = None) -> WedgeSettings:
    """Wedge timings and framing from `wedge?gap_ms=30&timeout_ms=60&min_length=4&layout=warn`;
    options the URL leaves out come from `base` (the station's `[wedge]` table)."""
    base = base or WedgeSettings()
    fmt = base.scan_format
    return WedgeSettings(
        max_gap_s=url.int_option("gap_ms", 1, minimum=1) / 1000 if "gap_ms" in url.options else base.max_gap_s,
        timeout_s=url.int_option("timeout_ms", 1, minimum=1) / 1000 if "timeout_ms" in url.options else base.timeout_s,
        min_length=url.int_option("min_length", base.min_length, minimum=1),
        terminators=base.terminators,
        scan_format=ScanFormat(
            prefix=url.option("prefix", fmt.prefix),
            suffix=url.option("suffix", fmt.suffix),
            aim=url.option("aim", fmt.aim),
            gs_placeholder=url.options.get("gs") or fmt.gs_placeholder,
        ),
        correct_layout=url.option("layout", "fix" if base.correct_layout else "warn") == "fix",
        source=url.text,
    )


def open_scanner(
    url: DeviceUrl | str,
    on_scan: ScanListener | None,
    on_status: StatusListener | None = None,
    on_rejected: RejectListener | None = None,
    *,
    backoff: Backoff | None = None,
) -> SerialScanner | SimScanner | WedgeScanner:
    """Build and start the scanner an address names (`wedge`, `sim`, `serial:///...`, pyserial URL)."""
    parsed = _url(url)
    scanner: SerialScanner | SimScanner | WedgeScanner
    if parsed.scheme == "wedge":
        scanner = WedgeScanner(parsed, on_scan, on_status, on_rejected)
    elif parsed.scheme == "sim":
        scanner = SimScanner(parsed, on_scan, on_status, on_rejected)
    else:
        scanner = SerialScanner(parsed, on_scan, on_status, on_rejected, backoff=backoff)
    scanner.start()
    return scanner
