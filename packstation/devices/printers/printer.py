"""A label printer by URL: ask its status, deliver a job and say honestly whether it printed.

`deliver` asks first (a printer that is out of paper or silent gets nothing), sends, then asks
again: only a printer that answers "no fault" afterwards counts as SENT. A broken line mid-job or
a fault or silence after sending is UNKNOWN: a person decides whether to reprint.

A desktop printer (`cups://QUEUE?mode=document`, see `desktop.py`) takes PDF documents instead of
ZPL: `takes_documents` tells the label service which to store, and `deliver(..., page_mm=...)`
names the paper. Its queue is asked before sending; a stopped queue gets nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from packstation.devices.printers.address import PrinterUrl, parse_printer_url
from packstation.devices.printers.desktop import CupsDocumentTransport
from packstation.devices.printers.sim import SimTransport
from packstation.devices.printers.status import (
    EXTENDED_STATUS,
    HOST_STATUS,
    PrinterStatus,
    StatusError,
    hung_up,
    merge,
    no_answer,
    parse_host_status,
    parse_hqes,
    unreachable,
)
from packstation.devices.printers.transports import (
    STATUS_NONE_HINT,
    CupsTransport,
    DeviceFileTransport,
    FolderTransport,
    PrinterHungUp,
    PrinterUnreachable,
    SendInterrupted,
    SerialTransport,
    TcpTransport,
    Transport,
)
from packstation.domain.texts import translate

_TRANSPORTS: dict[str, type[Transport]] = {
    "tcp": TcpTransport,
    "serial": SerialTransport,
    "file": DeviceFileTransport,
    "cups": CupsTransport,
    "dir": FolderTransport,
    "sim": SimTransport,
}


class Outcome(StrEnum):
    """What became of one delivery attempt."""

    SENT = "sent"  # written, and the printer said it is fine afterwards
    WAITING = "waiting"  # nothing was sent (printer off, out of paper, silent): safe to retry
    UNKNOWN = "unknown"  # bytes may have reached the printer but it did not confirm: a person decides


@dataclass(frozen=True)
class Delivery:
    outcome: Outcome
    reason: str = ""
    status: PrinterStatus | None = None

    @property
    def sent(self) -> bool:
        return self.outcome is Outcome.SENT


def open_transport(url: str | PrinterUrl) -> Transport:
    parsed = url if isinstance(url, PrinterUrl) else parse_printer_url(url)
    if parsed.document:
        return CupsDocumentTransport(parsed)
    return _TRANSPORTS[parsed.scheme](parsed)


class Printer:
    """One label printer. Thread-safe in the sense that each call opens its own connection."""

    def __init__(self, url: str | PrinterUrl, transport: Transport | None = None) -> None:
        self.url = url if isinstance(url, PrinterUrl) else parse_printer_url(url)
        self.transport = transport or open_transport(self.url)

    @property
    def name(self) -> str:
        return self.url.text

    @property
    def takes_documents(self) -> bool:
        """A desktop printer: it is sent PDF documents as they are, not ZPL."""
        return self.transport.takes_documents

    @property
    def can_query(self) -> bool:
        return self.transport.can_query and self.url.status_mode != "none"

    def status(self) -> PrinterStatus:
        """Ask `~HS` (and `~HQES` when configured); silence within the timeout is a fault."""
        if not self.can_query:
            return self.transport.check()
        try:
            answer = self.transport.query(HOST_STATUS, 3)
        except PrinterUnreachable as exc:
            return unreachable(str(exc))
        except PrinterHungUp as exc:
            return hung_up(f"{exc}; {STATUS_NONE_HINT}")
        if answer is None:
            return no_answer(
                f"no status from {self.url.where} within {self.transport.timeout:g} s; {STATUS_NONE_HINT}"
            )
        try:
            status = parse_host_status(answer)
        except StatusError as exc:
            return no_answer(f"garbled status from {self.url.where}: {exc}")
        if self.url.status_mode == "hqes":
            try:
                extended = self.transport.query(EXTENDED_STATUS, 1)
                if extended is not None:
                    status = merge(status, parse_hqes(extended))
            except (PrinterUnreachable, PrinterHungUp, StatusError):
                pass  # ~HS already answered; ~HQES only adds detail
        return status

    def deliver(
        self,
        data: bytes,
        name: str = "label.zpl",
        *,
        page_mm: tuple[float, float] | None = None,
        on_sending: Callable[[], None] | None = None,
    ) -> Delivery:
        """Send one job if the printer is ready; SENT only when it confirms it is still fine after.

        `page_mm` (width, height) is the paper a document printer should use; label printers ignore it.
        `on_sending` is called after the printer said it is ready and before the first byte goes out
        (the label service commits the job as *sending* there); if it raises, nothing is sent.
        """
        if self.can_query or self.transport.checks_before_send:
            before = self.status()
            if not before.ok:
                return Delivery(Outcome.WAITING, before.message, before)
        if on_sending is not None:
            on_sending()
        try:
            if isinstance(self.transport, CupsDocumentTransport):
                self.transport.send(data, name, page_mm)
            else:
                self.transport.send(data, name)
        except PrinterUnreachable as exc:
            status = unreachable(str(exc))
            return Delivery(Outcome.WAITING, status.message, status)
        except SendInterrupted as exc:
            return Delivery(
                Outcome.UNKNOWN,
                translate(
                    "Printer",
                    "The line to the printer broke while sending ({problem}). "
                    "Check whether the label came out: Confirm printed, or Reprint.",
                ).format(problem=str(exc)),
            )
        if not self.can_query:
            return Delivery(Outcome.SENT, "", self.transport.check())
        after = self.status()
        if after.ok:
            return Delivery(Outcome.SENT, "", after)
        return Delivery(
            Outcome.UNKNOWN,
            translate(
                "Printer", "Label sent, then: {status}. Check whether it came out: Confirm printed, or Reprint."
            ).format(status=after.message),
            after,
        )


def printer_status(url: str, timeout: float | None = None) -> PrinterStatus:
    """The status of the printer at `url` (for `packstation doctor` and the settings page)."""
    printer = Printer(url)
    if timeout is not None:
        printer.transport.timeout = timeout
    return printer.status()


@dataclass(frozen=True)
class TestPrint:
    """What printing a test label did: ok, and a line for the person who asked."""

    ok: bool
    message: str


def test_label_zpl(station: str = "", now: datetime | None = None) -> bytes:
    """A small test label: name, station, time and a Code 128 barcode (no label data needed)."""
    when = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    station_text = "".join(ch for ch in station if ch.isprintable() and ch not in "^~")[:40]
    return (
        "^XA^CI28^PW812^LL600"
        "^FO40,40^A0N,48,48^FDpackstation test label^FS"
        f"^FO40,110^A0N,32,32^FDstation {station_text or '-'}  {when}^FS"
        "^FO40,170^BY3^BCN,120,Y,N,N^FDPS-TEST-1234^FS"
        "^FO20,20^GB772,560,4^FS^XZ"
    ).encode()


def test_label_pdf(station: str = "", now: datetime | None = None) -> bytes:
    """The test label as a 4x6 in PDF page, for a desktop printer (name, station, time, a barcode)."""
    from fpdf import FPDF  # deferred: only desktop printers need a PDF test page

    when = (now or datetime.now(UTC)).strftime("%Y-%m-%d %H:%M UTC")
    station_text = "".join(ch for ch in station if ch.isascii() and ch.isprintable())[:40]
    pdf = FPDF(unit="mm", format=(101.6, 152.4))
    pdf.set_margins(0, 0, 0)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.rect(3, 3, 95.6, 146.4)
    pdf.set_font("helvetica", "B", 16)
    pdf.text(8, 16, "packstation test label")
    pdf.set_font("helvetica", "", 10)
    pdf.text(8, 24, f"station {station_text or '-'}  {when}")
    pdf.code39("*PS-TEST-1234*", x=8, y=30, w=0.5, h=20)
    return bytes(pdf.output())


def print_test_label(url: str, timeout: float | None = None, station: str = "") -> TestPrint:
    """Print a test label on the printer at `url`; ok only when the printer confirms it."""
    printer = Printer(url)
    if timeout is not None:
        printer.transport.timeout = timeout
    if printer.takes_documents:
        delivery = printer.deliver(test_label_pdf(station), "packstation-test.pdf", page_mm=(101.6, 152.4))
    else:
        delivery = printer.deliver(test_label_zpl(station), "packstation-test.zpl")
    if delivery.sent:
        after = delivery.status.message if delivery.status else translate("Printer", "ready")
        return TestPrint(True, translate("Printer", "test label sent; printer: {status}").format(status=after))
    return TestPrint(False, translate("Printer", "test label not confirmed: {reason}").format(reason=delivery.reason))


test_label_zpl.__test__ = False  # type: ignore[attr-defined]
test_label_pdf.__test__ = False  # type: ignore[attr-defined]
print_test_label.__test__ = False  # type: ignore[attr-defined]
TestPrint.__test__ = False  # type: ignore[attr-defined]
