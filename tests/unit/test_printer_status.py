"""Zebra `~HS` and `~HQES` answers parsed into faults; silence and garbage are faults, never "ready"."""

from __future__ import annotations

import pytest

from packstation.devices.printers import Fault, parse_host_status, parse_hqes, parse_printer_url
from packstation.devices.printers.status import StatusError, frames, host_status_answer, no_answer
from packstation.devices.urls import DeviceUrlError

# A real ZD420 answer, taken from the printer's programming guide layout: ready, 1218-dot labels.
READY = b"\x02030,0,0,1218,000,0,0,0,000,0,0,0\x03\r\n\x02001,0,0,0,1,2,4,0,00000000,1,000\x03\r\n\x021234,0\x03\r\n"


def test_a_ready_printer():
    status = parse_host_status(READY)
    assert status.ok and status.faults == () and status.message == "Printer ready"


@pytest.mark.parametrize(
    ("flag", "fault"),
    [
        ("paper_out", Fault.PAPER_OUT),
        ("paused", Fault.PAUSED),
        ("buffer_full", Fault.BUFFER_FULL),
        ("head_open", Fault.HEAD_OPEN),
        ("ribbon_out", Fault.RIBBON_OUT),
        ("corrupt_ram", Fault.CORRUPT_RAM),
        ("under_temperature", Fault.UNDER_TEMPERATURE),
        ("over_temperature", Fault.OVER_TEMPERATURE),
    ],
)
def test_each_host_status_flag_is_its_fault(flag, fault):
    status = parse_host_status(host_status_answer(**{flag: True}))
    assert status.answered and not status.ok
    assert status.faults == (fault,)
    assert status.message == fault.value


def test_several_faults_put_the_open_head_first_and_keep_counts():
    status = parse_host_status(host_status_answer(paper_out=True, head_open=True, formats=3))
    assert status.faults == (Fault.HEAD_OPEN, Fault.PAPER_OUT)
    assert status.formats_in_buffer == 3
    assert status.message == "Printer head is open: close it and press Retry"


def test_the_packer_reads_what_to_do_about_paper():
    status = parse_host_status(host_status_answer(paper_out=True))
    assert status.message == "Printer out of paper: load labels and press Retry"


@pytest.mark.parametrize(
    "answer",
    [b"", b"\x02030,1,0\x03", READY[: READY.index(b"\x03") + 1], b"\x02a\x03\x02b\x03\x02c\x03"],
)
def test_short_or_garbled_answers_are_refused(answer):
    with pytest.raises(StatusError):
        parse_host_status(answer)


def test_silence_is_a_fault():
    status = no_answer("no status within 1 s")
    assert not status.ok and status.faults == (Fault.NO_ANSWER,)
    assert "does not answer" in status.message and "1 s" in status.message


def test_frames_ignore_an_unterminated_tail():
    assert frames(b"\x02one\x03\r\n\x02two\x03\x02thr") == ["one", "two"]


def test_extended_status_errors_and_warnings():
    answer = (
        b"\x02\r\n PRINTER STATUS\r\n   ERRORS:         1 00000000 00000005\r\n"
        b"   WARNINGS:       1 00000000 00000008\r\n\x03"
    )
    status = parse_hqes(answer)
    assert status.faults == (Fault.PAPER_OUT, Fault.HEAD_OPEN)
    assert status.warnings == ("paper near end",)
    clean = parse_hqes(b"\x02 ERRORS: 0 00000000 00000000\r\n WARNINGS: 0 00000000 00000000\x03")
    assert clean.ok
    with pytest.raises(StatusError):
        parse_hqes(b"\x02PRINTER STATUS\x03")


@pytest.mark.parametrize(
    ("url", "scheme", "where"),
    [
        ("tcp://10.0.0.5:9100", "tcp", "10.0.0.5:9100"),
        ("tcp://printer.local", "tcp", "printer.local:9100"),
        ("file:///dev/usb/lp0", "file", "/dev/usb/lp0"),
        ("serial:///dev/ttyUSB0?baud=19200", "serial", "/dev/ttyUSB0"),
        ("cups://Zebra_GK420d", "cups", "CUPS queue Zebra_GK420d"),
        ("dir:///var/labels", "dir", "/var/labels"),
        ("sim", "sim", "simulated printer sim"),
    ],
)
def test_printer_addresses(url, scheme, where):
    parsed = parse_printer_url(url)
    assert parsed.scheme == scheme and parsed.where == where


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("lpt1", "unknown printer address"),
        ("tcp://:9100", "needs a host"),
        ("tcp://host:99999", "port"),
        ("file://dev/usb/lp0", "three slashes"),
        ("dir://", "needs a path"),
        ("cups://", "queue name"),
        ("tcp://h:9100?speed=2", "unknown option 'speed'"),
        ("tcp://h:9100?status=maybe", "status must be"),
        ("tcp://h:9100?timeout=0", "timeout"),
    ],
)
def test_bad_printer_addresses_say_why(url, words):
    with pytest.raises(DeviceUrlError, match=words):
        parse_printer_url(url)


def test_status_mode_defaults():
    assert parse_printer_url("tcp://h").status_mode == "hs"
    assert parse_printer_url("tcp://h?status=hqes").status_mode == "hqes"
    assert parse_printer_url("dir:///x").status_mode == "none"
