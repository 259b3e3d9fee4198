"""Zebra printer status: the three-line `~HS` host status and the `~HQES` error/warning flags.

`parse_host_status` and `parse_hqes` turn the printer's answer into a `PrinterStatus`; a printer that
does not answer at all gets `no_answer(...)`, which is a fault: silence is never taken for "ready".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from packstation.domain.texts import QT_TRANSLATE_NOOP, Text, joined, translate

STX, ETX = b"\x02", b"\x03"
HOST_STATUS = b"~HS"
EXTENDED_STATUS = b"~HQES"


class StatusError(ValueError):
    """A printer answer that is not a host status (garbled line, wrong field count)."""


class Fault(StrEnum):
    """Something that stops the printer from printing; the value is what the packer is told."""

    PAPER_OUT = QT_TRANSLATE_NOOP("Printer", "Printer out of paper: load labels and press Retry")
    RIBBON_OUT = QT_TRANSLATE_NOOP("Printer", "Printer out of ribbon: load a ribbon and press Retry")
    HEAD_OPEN = QT_TRANSLATE_NOOP("Printer", "Printer head is open: close it and press Retry")
    PAUSED = QT_TRANSLATE_NOOP("Printer", "Printer is paused: press its Pause button, then Retry")
    BUFFER_FULL = QT_TRANSLATE_NOOP("Printer", "Printer buffer is full: wait until it has printed, then press Retry")
    UNDER_TEMPERATURE = QT_TRANSLATE_NOOP("Printer", "Printer head is too cold: wait a minute, then press Retry")
    OVER_TEMPERATURE = QT_TRANSLATE_NOOP("Printer", "Printer head is too hot: let it cool down, then press Retry")
    CORRUPT_RAM = QT_TRANSLATE_NOOP("Printer", "Printer memory is corrupt: switch the printer off and on, then press Retry")
    CUTTER_FAULT = QT_TRANSLATE_NOOP("Printer", "Printer cutter jammed: clear it and press Retry")
    HEAD_FAULT = QT_TRANSLATE_NOOP("Printer", "Printer head fault: call a supervisor")
    NO_ANSWER = QT_TRANSLATE_NOOP("Printer", "Printer does not answer: check it is on and connected, then press Retry")
    HUNG_UP = QT_TRANSLATE_NOOP("Printer", "Printer closed the connection without answering: check it is on and ready, then press Retry")
    UNREACHABLE = QT_TRANSLATE_NOOP("Printer", "Printer not reachable: check it is on and connected, then press Retry")
    QUEUE_STOPPED = QT_TRANSLATE_NOOP("Printer", "Printer queue is stopped: check the printer, start its queue again, then press Retry")

    @property
    def words(self) -> Text:
        """What the packer is told, translatable (the value is its English)."""
        return Text("Printer", self.value)


@dataclass(frozen=True)
class PrinterStatus:
    """What the printer said about itself. `ok` only when it answered and reported no fault."""

    answered: bool
    faults: tuple[Fault, ...] = ()
    warnings: tuple[str, ...] = ()
    formats_in_buffer: int = 0
    labels_remaining: int = 0
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.answered and not self.faults

    @property
    def message(self) -> str:
        """One line for the packer: the first fault, or that the printer is ready."""
        if self.faults:
            text = self.faults[0].words
            if self.faults[0] is Fault.UNREACHABLE and self.detail:
                return translate("Printer", "{detail}; check it is on and connected, then press Retry").format(
                    detail=self.detail
                )
            return text + f" ({self.detail})" if self.detail and self.faults[0] in _WITH_DETAIL else text
        ready = translate("Printer", "Printer ready")
        if self.detail:
            ready += f" ({self.detail})"
        if self.warnings:
            ready += "; " + joined(self.warnings, ", ")
        return ready

    def __str__(self) -> str:
        return self.message


_WITH_DETAIL = (Fault.NO_ANSWER, Fault.HUNG_UP, Fault.UNREACHABLE, Fault.QUEUE_STOPPED)


def no_answer(detail: str = "") -> PrinterStatus:
    """The printer stayed silent within the timeout: a fault, never success."""
    return PrinterStatus(False, (Fault.NO_ANSWER,), detail=detail)


def unreachable(detail: str) -> PrinterStatus:
    return PrinterStatus(False, (Fault.UNREACHABLE,), detail=detail)


def hung_up(detail: str) -> PrinterStatus:
    """The printer accepted the connection and closed it without answering: a fault, never success."""
    return PrinterStatus(False, (Fault.HUNG_UP,), detail=detail)


def frames(answer: bytes) -> list[str]:
    """The STX...ETX framed strings of a printer answer, in order (complete frames only)."""
    return [m.decode("latin-1") for m in re.findall(rb"\x02([^\x02\x03]*)\x03", answer)]


def _flag(value: str) -> bool:
    return value.strip() == "1"


def parse_host_status(answer: bytes) -> PrinterStatus:
    """Parse a `~HS` answer: string 1 (paper out, pause, buffer full, corrupt RAM, temperatures),
    string 2 (head up, ribbon out, labels remaining), string 3 (password, RAM)."""
    lines = frames(answer)
    if len(lines) < 3:
        raise StatusError(f"host status needs 3 lines, got {len(lines)}: {answer[:80]!r}")
    one = [f.strip() for f in lines[0].split(",")]
    two = [f.strip() for f in lines[1].split(",")]
    if len(one) < 12 or len(two) < 11:
        raise StatusError(f"host status has {len(one)}+{len(two)} fields, expected 12+11: {answer[:80]!r}")
    faults: list[Fault] = []
    for index, fault in (
        (1, Fault.PAPER_OUT),
        (2, Fault.PAUSED),
        (5, Fault.BUFFER_FULL),
        (9, Fault.CORRUPT_RAM),
        (10, Fault.UNDER_TEMPERATURE),
        (11, Fault.OVER_TEMPERATURE),
    ):
        if _flag(one[index]):
            faults.append(fault)
    if _flag(two[2]):
        faults.append(Fault.HEAD_OPEN)
    if _flag(two[3]):
        faults.append(Fault.RIBBON_OUT)
    # The head is the most urgent thing a person fixes; keep the printer's own order otherwise.
    faults.sort(key=lambda f: f is not Fault.HEAD_OPEN)
    return PrinterStatus(
        True,
        tuple(faults),
        formats_in_buffer=_int(one[4]),
        labels_remaining=_int(two[8]),
    )


def _int(text: str) -> int:
    return int(text) if text.isdigit() else 0


_HQES_ERRORS = {
    0x1: Fault.PAPER_OUT,
    0x2: Fault.RIBBON_OUT,
    0x4: Fault.HEAD_OPEN,
    0x8: Fault.CUTTER_FAULT,
    0x10: Fault.OVER_TEMPERATURE,
    0x20: Fault.OVER_TEMPERATURE,
    0x40: Fault.HEAD_FAULT,
    0x80: Fault.HEAD_FAULT,
}
_HQES_WARNINGS = {
    0x1: QT_TRANSLATE_NOOP("Printer", "media needs calibrating"),
    0x2: QT_TRANSLATE_NOOP("Printer", "clean the print head"),
    0x4: QT_TRANSLATE_NOOP("Printer", "replace the print head"),
    0x8: QT_TRANSLATE_NOOP("Printer", "paper near end"),
}


def parse_hqes(answer: bytes) -> PrinterStatus:
    """Parse a `~HQES` answer ("ERRORS: 1 00000000 00000005", "WARNINGS: ...") into faults and warnings."""
    text = answer.decode("latin-1")
    errors = re.search(r"ERRORS:\s+([01])\s+([0-9A-Fa-f]{8})\s+([0-9A-Fa-f]{8})", text)
    warnings = re.search(r"WARNINGS:\s+([01])\s+([0-9A-Fa-f]{8})\s+([0-9A-Fa-f]{8})", text)
    if errors is None:
        raise StatusError(f"extended status has no ERRORS line: {answer[:80]!r}")
    faults: list[Fault] = []
    if errors.group(1) == "1":
        bits = int(errors.group(3), 16)
        for bit, fault in _HQES_ERRORS.items():
            if bits & bit and fault not in faults:
                faults.append(fault)
        if not faults:
            faults.append(Fault.HEAD_FAULT)
    notes: list[str] = []
    if warnings is not None and warnings.group(1) == "1":
        bits = int(warnings.group(3), 16)
        notes = [text for bit, text in _HQES_WARNINGS.items() if bits & bit]
    return PrinterStatus(True, tuple(faults), tuple(notes))


def merge(host: PrinterStatus, extended: PrinterStatus) -> PrinterStatus:
    """Host status plus what `~HQES` adds (faults `~HS` has no flag for, and warnings)."""
    faults = host.faults + tuple(f for f in extended.faults if f not in host.faults)
    return PrinterStatus(
        host.answered, faults, extended.warnings, host.formats_in_buffer, host.labels_remaining, host.detail
    )


def host_status_answer(
    *,
    paper_out: bool = False,
    paused: bool = False,
    buffer_full: bool = False,
    head_open: bool = False,
    ribbon_out: bool = False,
    corrupt_ram: bool = False,
    under_temperature: bool = False,
    over_temperature: bool = False,
    formats: int = 0,
) -> bytes:
    """A `~HS` answer as a Zebra printer sends it (for the simulated printer and test printers)."""
    b = lambda v: "1" if v else "0"  # noqa: E731
    one = f"030,{b(paper_out)},{b(paused)},1218,{formats:03d},{b(buffer_full)},0,0,000,{b(corrupt_ram)},"
    one += f"{b(under_temperature)},{b(over_temperature)}"
    two = f"001,0,{b(head_open)},{b(ribbon_out)},0,2,4,0,00000000,1,000"
    three = "1234,0"
    return b"".join(STX + line.encode() + ETX + b"\r\n" for line in (one, two, three))
