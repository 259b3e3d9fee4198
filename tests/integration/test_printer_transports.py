"""Printers by URL on real parts: a loopback 9100 printer, a pty serial printer, a folder, a fake `lp`."""

from __future__ import annotations

import os
import select
import stat
import threading

import pytest

from packstation.devices.printers import Fault, Outcome, Printer, SimPrinter, print_test_label, printer_status
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.devices.printers.sim import SimTransport
from packstation.devices.printers.status import host_status_answer

JOB = "^XA^CI28^FO50,50^A0N,40,40^FDสมชาย ใจดี TH0123456789A^FS^XZ".encode()


@pytest.fixture
def zebra():
    with LoopbackPrinter() as printer:
        yield printer


def test_the_printer_receives_the_exact_job_bytes(zebra):
    delivery = Printer(zebra.url).deliver(JOB)
    assert delivery.outcome is Outcome.SENT and delivery.status.ok
    assert zebra.wait_for_jobs(1)
    assert zebra.jobs == [JOB]
    assert zebra.queries == 2  # asked before and after


@pytest.mark.parametrize(
    ("fault", "expected"),
    [
        ("paper_out", Fault.PAPER_OUT),
        ("head_open", Fault.HEAD_OPEN),
        ("paused", Fault.PAUSED),
        ("buffer_full", Fault.BUFFER_FULL),
    ],
)
def test_a_faulty_printer_gets_nothing_and_the_reason_is_given(zebra, fault, expected):
    zebra.state.fault(**{fault: True})
    printer = Printer(zebra.url)
    assert printer.status().faults == (expected,)
    delivery = printer.deliver(JOB)
    assert delivery.outcome is Outcome.WAITING and delivery.reason == expected.value
    assert not zebra.wait_for_jobs(1, timeout=0.2)


def test_a_silent_printer_is_a_fault_not_success(zebra):
    zebra.state.silent = True
    printer = Printer(zebra.url)
    status = printer.status()
    assert not status.ok and status.faults == (Fault.NO_ANSWER,)
    delivery = printer.deliver(JOB)
    assert delivery.outcome is Outcome.WAITING and "does not answer" in delivery.reason
    assert zebra.jobs == []


def test_silence_after_the_job_leaves_the_result_unknown(zebra):
    zebra.mute_after_job = True
    delivery = Printer(zebra.url).deliver(JOB)
    assert delivery.outcome is Outcome.UNKNOWN and "Confirm printed, or Reprint" in delivery.reason
    assert zebra.jobs == [JOB]  # it did arrive: sending it again unasked would print it twice


def test_a_printer_that_is_down_is_waited_for():
    with LoopbackPrinter() as gone:
        url = gone.url
    delivery = Printer(url).deliver(JOB)
    assert delivery.outcome is Outcome.WAITING
    assert "not reachable" in delivery.reason and "Connection refused" in delivery.reason
    assert not printer_status(url, timeout=0.5).ok


def test_a_line_dropped_mid_job_is_unknown():
    sim = SimPrinter("drop", drop_mid_send=True)
    printer = Printer("sim://drop", SimTransport(Printer("sim://drop").url, sim))
    delivery = printer.deliver(JOB)
    assert delivery.outcome is Outcome.UNKNOWN and "broke while sending" in delivery.reason


def test_extended_status_adds_what_host_status_has_no_flag_for(zebra):
    zebra.state.ribbon_out = True
    status = Printer(zebra.url + "&status=hqes").status()
    assert status.faults == (Fault.RIBBON_OUT,)


class PtyZebra:
    """A printer on the master side of a pty: answers ~HS, keeps the rest."""

    def __init__(self) -> None:
        self.master, self.slave = os.openpty()
        self.path = os.ttyname(self.slave)
        self.received = bytearray()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self) -> None:
        while not self.stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.05)
            if not ready:
                continue
            try:
                chunk = os.read(self.master, 4096)
            except OSError:
                return
            if b"~HS" in chunk:
                os.write(self.master, host_status_answer())
                chunk = chunk.replace(b"~HS", b"")
            self.received += chunk

    def close(self) -> None:
        self.stop.set()
        self.thread.join(1)
        os.close(self.master)
        os.close(self.slave)


def test_a_serial_printer_on_a_pty():
    zebra = PtyZebra()
    try:
        printer = Printer(f"serial://{zebra.path}?baud=9600&timeout=1")
        assert printer.status().ok
        assert printer.deliver(JOB).outcome is Outcome.SENT
        assert bytes(zebra.received) == JOB
    finally:
        zebra.close()


def test_a_missing_serial_port_is_unreachable():
    delivery = Printer("serial:///dev/ttyNOPE9?timeout=0.3").deliver(JOB)
    assert delivery.outcome is Outcome.WAITING and "cannot be opened" in delivery.reason


def test_a_label_folder_gets_one_file_per_job(tmp_path):
    printer = Printer(f"dir://{tmp_path / 'labels'}")
    assert printer.status().ok
    assert printer.deliver(JOB, "576-1-label.zpl").sent
    assert printer.deliver(b"^XA^XZ", "576-2-label.zpl").sent
    assert sorted(p.name for p in (tmp_path / "labels").iterdir()) == ["576-1-label.zpl", "576-2-label.zpl"]
    assert (tmp_path / "labels" / "576-1-label.zpl").read_bytes() == JOB


def test_a_read_only_folder_waits(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: permissions are not enforced")
        delivery = Printer(f"dir://{folder}").deliver(JOB, "a.zpl")
        assert delivery.outcome is Outcome.WAITING and "cannot be written" in delivery.reason
    finally:
        folder.chmod(stat.S_IRWXU)


def test_a_device_file_printer(tmp_path):
    device = tmp_path / "lp0"
    device.write_bytes(b"")
    assert Printer(f"file://{device}?status=none").deliver(JOB).sent
    assert device.read_bytes() == JOB
    # Without status=none a plain file cannot answer ~HS: that is a fault, and nothing is written.
    device.write_bytes(b"")
    assert Printer(f"file://{device}?timeout=0.2").deliver(JOB).outcome is Outcome.WAITING
    assert device.read_bytes() == b""


@pytest.fixture
def fake_lp(tmp_path, monkeypatch):
    """`lp` and `lpstat` on PATH that record their arguments and input."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    record = tmp_path / "lp-record"
    (bin_dir / "lp").write_text(
        f'#!/bin/sh\necho "$@" > {record}.args\ncat > {record}.data\n'
        f'[ "$2" = "Broken" ] && echo "lp: The printer or class does not exist." >&2 && exit 1\n'
        'echo "request id is Zebra-7 (1 file(s))"\n'
    )
    (bin_dir / "lpstat").write_text(
        '#!/bin/sh\n[ "$2" = "Off" ] && echo "printer Off disabled since Mon" && exit 0\n'
        'echo "printer $2 is idle.  enabled since Mon"\n'
    )
    for tool in ("lp", "lpstat"):
        (bin_dir / tool).chmod(0o755)
    monkeypatch.setenv("PATH", f"{bin_dir}{os.pathsep}{os.environ['PATH']}")
    return record


def test_a_cups_raw_queue(fake_lp):
    printer = Printer("cups://Zebra_GK420d")
    assert printer.status().ok and "accepts jobs" in printer.status().message
    assert printer.deliver(JOB, "576-1-label.zpl").sent
    assert (fake_lp.parent / "lp-record.args").read_text().split() == [
        "-d",
        "Zebra_GK420d",
        "-o",
        "raw",
        "-t",
        "576-1-label.zpl",
    ]
    assert (fake_lp.parent / "lp-record.data").read_bytes() == JOB


def test_a_cups_queue_that_refuses_or_is_disabled(fake_lp):
    delivery = Printer("cups://Broken").deliver(JOB)
    assert delivery.outcome is Outcome.WAITING and "does not exist" in delivery.reason
    assert Printer("cups://Off").status().faults == (Fault.PAUSED,)


def test_doctor_functions_on_a_loopback_printer(zebra):
    assert printer_status(zebra.url, timeout=0.5).ok
    result = print_test_label(zebra.url, timeout=0.5, station="bench-7")
    assert result.ok and "test label sent" in result.message
    assert zebra.wait_for_jobs(1) and b"packstation test label" in zebra.jobs[0]
    assert b"station bench-7" in zebra.jobs[0]
    zebra.state.paper_out = True
    refused = print_test_label(zebra.url, timeout=0.5)
    assert not refused.ok and "out of paper" in refused.message
