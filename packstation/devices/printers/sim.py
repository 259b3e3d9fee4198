"""A simulated label printer kept in memory, with faults a test or the sim panel can set."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from packstation.devices.printers.address import PrinterUrl
from packstation.devices.printers.status import ETX, EXTENDED_STATUS, STX, host_status_answer
from packstation.devices.printers.transports import PrinterUnreachable, SendInterrupted, Transport


@dataclass
class SimPrinter:
    """What the simulated printer received, and the faults it reports (settable at any time)."""

    name: str = "sim"
    paper_out: bool = False
    head_open: bool = False
    paused: bool = False
    buffer_full: bool = False
    ribbon_out: bool = False
    offline: bool = False
    silent: bool = False
    drop_mid_send: bool = False
    received: list[bytes] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def fault(self, **flags: bool) -> None:
        """Set or clear faults by name: `fault(paper_out=True)`; unknown names raise."""
        for key, value in flags.items():
            if key not in (
                "paper_out",
                "head_open",
                "paused",
                "buffer_full",
                "ribbon_out",
                "offline",
                "silent",
            ):
                raise ValueError(f"the simulated printer has no fault {key!r}")
            setattr(self, key, bool(value))

    def clear(self) -> None:
        self.fault(paper_out=False, head_open=False, paused=False, buffer_full=False)
        self.fault(ribbon_out=False, offline=False, silent=False)
        self.drop_mid_send = False

    def answer(self, command: bytes) -> bytes:
        if command.startswith(EXTENDED_STATUS):
            bits = (1 if self.paper_out else 0) | (2 if self.ribbon_out else 0) | (4 if self.head_open else 0)
            flag = "1" if bits else "0"
            text = f"\r\n PRINTER STATUS\r\n   ERRORS:         {flag} 00000000 {bits:08X}\r\n"
            text += "   WARNINGS:       0 00000000 00000000\r\n"
            return STX + text.encode() + ETX + b"\r\n"
        return host_status_answer(
            paper_out=self.paper_out,
            paused=self.paused,
            buffer_full=self.buffer_full,
            head_open=self.head_open,
            ribbon_out=self.ribbon_out,
        )


_PRINTERS: dict[str, SimPrinter] = {}
_PRINTERS_LOCK = threading.Lock()


def sim_printer(name: str = "sim") -> SimPrinter:
    """The process's simulated printer of this name (made on first use, shared by every opener)."""
    with _PRINTERS_LOCK:
        return _PRINTERS.setdefault(name, SimPrinter(name))


class SimTransport(Transport):
    def __init__(self, url: PrinterUrl, printer: SimPrinter | None = None) -> None:
        super().__init__(url)
        self.printer = printer or sim_printer(url.name)

    def send(self, data: bytes, name: str) -> None:
        p = self.printer
        if p.offline:
            raise PrinterUnreachable(f"simulated printer {p.name} is offline")
        if p.drop_mid_send:
            with p.lock:
                p.received.append(data[: len(data) // 2])
            raise SendInterrupted(f"simulated printer {p.name} dropped the line mid-job")
        with p.lock:
            p.received.append(bytes(data))

    def query(self, command: bytes, frames: int) -> bytes | None:
        p = self.printer
        if p.offline:
            raise PrinterUnreachable(f"simulated printer {p.name} is offline")
        return None if p.silent else p.answer(command)
