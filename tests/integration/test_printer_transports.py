"""Printers by URL on real parts: a loopback 9100 printer, a pty serial printer, a folder, a fake `lp`."""

from __future__ import annotations

import contextlib
import os
import select
import socket
import stat
import threading
import time

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
    assert "not reachable" in delivery.reason and "refused the connection" in delivery.reason
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
    """A printer on the master side of a pty: answers ~HS (after `delay` s), keeps the rest."""

    def __init__(self, delay: float = 0.0) -> None:
        self.delay = delay
        self.answered_after: list[float] = []
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
                asked = time.monotonic()
                time.sleep(self.delay)
                os.write(self.master, host_status_answer())
                self.answered_after.append(time.monotonic() - asked)
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


def test_a_serial_printer_that_answers_after_150_ms_prints():
    zebra = PtyZebra(delay=0.15)
    try:
        printer = Printer(f"serial://{zebra.path}?baud=9600&timeout=1")
        started = time.monotonic()
        status = printer.status()
        took = time.monotonic() - started
        assert status.ok, status.message
        assert printer.deliver(JOB).outcome is Outcome.SENT
        assert bytes(zebra.received) == JOB
    finally:
        zebra.close()
    assert min(zebra.answered_after) >= 0.15 and took < 1.0


def test_a_serial_printer_answering_after_the_timeout_is_no_answer():
    zebra = PtyZebra(delay=0.6)
    try:
        started = time.monotonic()
        status = Printer(f"serial://{zebra.path}?timeout=0.3").status()
        took = time.monotonic() - started
    finally:
        zebra.close()
    assert status.faults == (Fault.NO_ANSWER,) and "within 0.3 s" in status.message
    assert 0.3 <= took < 1.5  # waited for the whole timeout, not one 50 ms read


class HangUpServer:
    """A 9100 port that accepts each connection, reads the question and closes without a word."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.connections = 0
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.connections += 1
            with conn:
                conn.settimeout(1)
                with contextlib.suppress(OSError):
                    conn.recv(64)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(2)


class SilentServer:
    """A 9100 port that accepts and then never says anything (keeps the connection open)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.held: list[socket.socket] = []
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.shutdown(socket.SHUT_RDWR)
        self.sock.close()
        self.thread.join(2)
        for conn in self.held:
            conn.close()


def test_a_printer_that_accepts_then_closes_is_told_apart_from_silence():
    server = HangUpServer()
    try:
        started = time.monotonic()
        status = Printer(f"tcp://127.0.0.1:{server.port}?timeout=2").status()
        took = time.monotonic() - started
        delivery = Printer(f"tcp://127.0.0.1:{server.port}?timeout=2").deliver(JOB)
    finally:
        server.close()
    assert status.faults == (Fault.HUNG_UP,)
    assert "closed the connection without answering" in status.message
    assert "status=none" in status.message and "within" not in status.message
    assert took < 1.5  # known at once, not after the timeout
    assert delivery.outcome is Outcome.WAITING and "closed the connection" in delivery.reason


def test_refused_port_silent_port_and_closed_connection_each_say_so():
    with LoopbackPrinter() as gone:
        refused_port = gone.port
    silent, closing = SilentServer(), HangUpServer()
    try:
        refused = Printer(f"tcp://127.0.0.1:{refused_port}?timeout=0.5").status()
        started = time.monotonic()
        quiet = Printer(f"tcp://127.0.0.1:{silent.port}?timeout=0.5").status()
        quiet_took = time.monotonic() - started
        closed = Printer(f"tcp://127.0.0.1:{closing.port}?timeout=0.5").status()
    finally:
        silent.close()
        closing.close()
    messages = {refused.message, quiet.message, closed.message}
    assert len(messages) == 3
    assert refused.faults == (Fault.UNREACHABLE,) and "refused the connection" in refused.message
    assert (
        quiet.faults == (Fault.NO_ANSWER,)
        and "no status from" in quiet.message
        and "within 0.5 s" in quiet.message
    )
    assert "add ?status=none to its address" in quiet.message  # the way out for a raw printer
    assert quiet_took >= 0.5
    assert closed.faults == (Fault.HUNG_UP,)


def test_a_raw_printer_with_status_none_prints_without_being_asked():
    silent = SilentServer()
    received = []
    try:
        assert Printer(f"tcp://127.0.0.1:{silent.port}?timeout=0.5").deliver(JOB).outcome is Outcome.WAITING
        delivery = Printer(f"tcp://127.0.0.1:{silent.port}?timeout=0.5&status=none").deliver(JOB)
        time.sleep(0.05)
        for conn in silent.held:
            conn.settimeout(0.5)
            try:
                received.append(conn.recv(65536))
            except OSError:
                received.append(b"")
    finally:
        silent.close()
    assert delivery.outcome is Outcome.SENT
    assert JOB in received  # the job went out on its own connection; the status connection got ~HS only


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
