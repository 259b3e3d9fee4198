"""Serial scanners over real ptys and a loopback TCP link: line framing, garbage, unplug and reconnect."""

from __future__ import annotations

import os
import re
import socket
import threading
import time
import tty

import pytest

from packstation.devices.base import GS, Backoff, DeviceState, device_threads
from packstation.devices.discovery import probe_scanner
from packstation.devices.scanners import SerialScanner, SimScanner, open_scanner

FAST = Backoff(initial=0.02, maximum=0.1, jitter=0.1)


@pytest.fixture(autouse=True)
def no_device_threads_left():
    yield
    assert device_threads() == []


class Recorder:
    """Collects what a scanner reports, from its worker thread."""

    def __init__(self) -> None:
        self.reads: list = []
        self.rejected: list = []
        self.statuses: list = []

    def codes(self) -> list[str]:
        return [r.code for r in self.reads]

    def states(self) -> list[DeviceState]:
        return [s.state for s in self.statuses]


def wait_for(predicate, timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


@pytest.fixture
def pty_port():
    """A pty pair in raw mode: write scanner bytes to `master`, open `path` as the serial port."""
    master, slave = os.openpty()
    tty.setraw(slave)
    state = {"master": master}
    yield state, os.ttyname(slave)
    if state["master"] is not None:
        os.close(state["master"])
    os.close(slave)


@pytest.fixture
def scanner_on_pty(pty_port):
    state, path = pty_port
    rec = Recorder()
    started: list[SerialScanner] = []

    def start(query: str = "") -> tuple[SerialScanner, Recorder]:
        scanner = SerialScanner(
            f"serial://{path}{query}",
            rec.reads.append,
            rec.statuses.append,
            rec.rejected.append,
            backoff=FAST,
        )
        scanner.start()
        started.append(scanner)
        wait_for(lambda: scanner.status.state is DeviceState.CONNECTED)
        return scanner, rec

    yield start, state
    for scanner in started:
        scanner.stop()


def test_whole_crlf_lines_become_scans(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start("?baud=9600")
    os.write(pty["master"], b"4006381333931\r\nORD-2024-000017\r\n")
    wait_for(lambda: len(rec.reads) == 2)
    assert rec.codes() == ["4006381333931", "ORD-2024-000017"]
    assert rec.rejected == []
    assert rec.reads[0].source.startswith("serial:///dev/")


def test_line_split_across_writes_is_buffered_until_the_terminator(scanner_on_pty):
    start, pty = scanner_on_pty
    scanner, rec = start()
    for chunk in (b"SKU-", b"0004", b"2\r", b"\nPARCEL", b"-9\n"):
        os.write(pty["master"], chunk)
        time.sleep(0.02)
    wait_for(lambda: len(rec.reads) == 2)
    assert rec.codes() == ["SKU-00042", "PARCEL-9"]
    assert scanner.decoder.pending == 0


def test_cr_only_lf_only_and_crlf_all_end_lines_in_auto_mode(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start()
    os.write(pty["master"], b"AAA1\rBBB2\nCCC3\r\n\r\nDDD4\n\r")
    wait_for(lambda: len(rec.reads) == 4)
    time.sleep(0.05)
    assert rec.codes() == ["AAA1", "BBB2", "CCC3", "DDD4"]  # no empty scans from CRLF pairs
    assert rec.rejected == []


def test_eol_cr_mode_flags_a_stray_lf_as_a_control_character(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start("?eol=cr")
    os.write(pty["master"], b"FIRST1\r\nSECOND2\r")
    wait_for(lambda: len(rec.reads) + len(rec.rejected) == 2)
    assert rec.codes() == ["FIRST1"]
    assert "control character 0x0A at position 1" in rec.rejected[0].reason


def test_garbage_bytes_are_rejected_clearly_and_reading_goes_on(scanner_on_pty):
    start, pty = scanner_on_pty
    scanner, rec = start()
    os.write(pty["master"], b"\xff\xfe\x80junk\r\nAB\x07CD\r\nGOOD-1\r\n")
    wait_for(lambda: len(rec.reads) == 1 and len(rec.rejected) == 2)
    assert "not utf-8 text (ff fe 80 6a" in rec.rejected[0].reason
    assert "control character 0x07 at position 3" in rec.rejected[1].reason
    assert rec.codes() == ["GOOD-1"]
    assert scanner.status.state is DeviceState.CONNECTED


def test_gs1_group_separator_and_aim_id_survive_serial(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start("?gs=%5E%5D")  # gs=^] : placeholder some scanners send for FNC1
    os.write(pty["master"], b"]C1010950110153000317251231\x1d10LOT7\r\n]d20104012345678901^]21SN1\r\n")
    wait_for(lambda: len(rec.reads) == 2)
    first, second = rec.reads
    assert (first.symbology, first.code) == ("]C1", "0109501101530003" + "17251231" + GS + "10LOT7")
    assert first.is_gs1
    assert (second.symbology, second.code) == ("]d2", "0104012345678901" + GS + "21SN1")


def test_scanner_without_terminator_ends_scan_after_idle_gap(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start("?eol=none&idle_ms=40")
    os.write(pty["master"], b"NOEOL-1")
    time.sleep(0.15)
    os.write(pty["master"], b"NOEOL-2")
    wait_for(lambda: len(rec.reads) == 2)
    assert rec.codes() == ["NOEOL-1", "NOEOL-2"]


def test_runaway_line_without_terminator_is_rejected_whole_with_its_tail(pty_port):
    state, path = pty_port
    rec = Recorder()
    scanner = SerialScanner(f"serial://{path}", rec.reads.append, None, rec.rejected.append, max_line=64)
    scanner.start()
    try:
        wait_for(lambda: scanner.status.state is DeviceState.CONNECTED)
        os.write(state["master"], b"X" * 100)
        wait_for(lambda: rec.rejected)
        os.write(state["master"], b"XX\r\n" + b"Y" * 70 + b"\r\nOK-1\r\n")
        wait_for(lambda: rec.reads)
        time.sleep(0.05)
    finally:
        scanner.stop()
    assert "no line end after 64 bytes" in rec.rejected[0].reason
    assert "whole line is dropped" in rec.rejected[0].reason
    assert "scan longer than 64 bytes" in rec.rejected[1].reason  # the 70 Ys, ended: too long as well
    assert len(rec.rejected) == 2
    assert rec.codes() == ["OK-1"]  # the runaway's tail "XX" never becomes a scan


def test_an_overlong_default_line_4097_bytes_is_one_rejection_and_no_scan(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start()
    line = b"7" * 5000  # over the 4096-byte maximum, sent in bursts, then its terminator
    for offset in range(0, len(line), 1000):
        os.write(pty["master"], line[offset : offset + 1000])
        time.sleep(0.01)
    os.write(pty["master"], b"\r\nNEXT-1\r\n")
    wait_for(lambda: rec.reads)
    time.sleep(0.05)
    assert rec.codes() == ["NEXT-1"]
    assert len(rec.rejected) == 1 and "4096 bytes" in rec.rejected[0].reason


def test_a_fragment_then_silence_is_a_partial_read_never_glued_to_the_next_code(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start()  # default gap: 100 ms
    os.write(pty["master"], b"4006381")  # the scanner lost the rest of this code
    time.sleep(0.4)
    os.write(pty["master"], b"ORD-2024-000017\r\n")
    wait_for(lambda: rec.reads)
    assert rec.codes() == ["ORD-2024-000017"]
    assert [r.raw for r in rec.rejected] == ["4006381"]
    assert "partial scan" in rec.rejected[0].reason and "100 ms" in rec.rejected[0].reason


def test_gap_is_configurable_and_a_slow_code_inside_it_is_kept(scanner_on_pty):
    start, pty = scanner_on_pty
    _, rec = start("?gap_ms=600")
    os.write(pty["master"], b"SKU-")
    time.sleep(0.25)  # longer than the default gap, well inside 600 ms
    os.write(pty["master"], b"00042\r\n")
    wait_for(lambda: rec.reads)
    assert rec.codes() == ["SKU-00042"] and rec.rejected == []
    os.write(pty["master"], b"HALF")
    wait_for(lambda: rec.rejected, timeout=3)
    assert rec.rejected[0].raw == "HALF" and "600 ms" in rec.rejected[0].reason


def test_unplug_reports_disconnected_and_the_cut_off_scan(scanner_on_pty):
    start, pty = scanner_on_pty
    scanner, rec = start()
    os.write(pty["master"], b"HALF-A-CO")
    time.sleep(0.05)
    os.close(pty["master"])
    pty["master"] = None
    wait_for(lambda: DeviceState.RECONNECTING in rec.states())
    assert rec.states()[:3] == [DeviceState.CONNECTED, DeviceState.DISCONNECTED, DeviceState.RECONNECTING]
    assert "connection lost" in rec.statuses[1].message
    assert rec.rejected[0].raw == "HALF-A-CO"
    assert "cut off" in rec.rejected[0].reason
    scanner.stop()
    assert not scanner.running
    assert rec.statuses[-1].message == "stopped"


class LineServer:
    """A loopback TCP 'scanner' that can be unplugged (stopped) and plugged back in on the same port."""

    def __init__(self, port: int = 0) -> None:
        self.listener = socket.create_server(("127.0.0.1", port), reuse_port=False)
        self.port = self.listener.getsockname()[1]
        self.conn: socket.socket | None = None
        self._accepted = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        try:
            self.conn, _ = self.listener.accept()
            self._accepted.set()
        except OSError:
            pass

    def send(self, data: bytes) -> None:
        assert self._accepted.wait(2.0), "scanner never connected"
        assert self.conn is not None
        self.conn.sendall(data)

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
        self.listener.close()


def test_reconnects_with_backoff_after_the_link_comes_back():
    server = LineServer()
    rec = Recorder()
    scanner = open_scanner(
        f"socket://127.0.0.1:{server.port}",
        rec.reads.append,
        rec.statuses.append,
        rec.rejected.append,
        backoff=FAST,
    )
    second = None
    try:
        # pyserial flushes input when it opens a port, so send once the scanner reports connected
        wait_for(lambda: rec.states().count(DeviceState.CONNECTED) == 1)
        server.send(b"BEFORE-1\r\n")
        wait_for(lambda: rec.codes() == ["BEFORE-1"])
        server.close()  # unplug: connection and listener gone, reconnects are refused
        wait_for(lambda: DeviceState.RECONNECTING in rec.states())
        time.sleep(0.15)  # several refused attempts with backoff
        second = LineServer(server.port)
        wait_for(lambda: rec.states().count(DeviceState.CONNECTED) == 2)
        second.send(b"AFTER-2\r\n")
        wait_for(lambda: rec.codes() == ["BEFORE-1", "AFTER-2"])
    finally:
        scanner.stop()
        if second is not None:
            second.close()
    states = rec.states()
    assert states[0] is DeviceState.CONNECTED
    assert states[1] is DeviceState.DISCONNECTED
    assert DeviceState.RECONNECTING in states
    assert states[-2:] == [DeviceState.CONNECTED, DeviceState.DISCONNECTED]  # back, then stopped
    assert "refused" in next(s.message for s in rec.statuses if s.state is DeviceState.RECONNECTING).lower()


def test_bad_pyserial_url_stops_in_error_without_retrying():
    rec = Recorder()
    scanner = open_scanner("loop://?bogus=1", rec.reads.append, rec.statuses.append, backoff=FAST)
    try:
        wait_for(lambda: not scanner.running)
    finally:
        scanner.stop()
    assert rec.states()[0] is DeviceState.ERROR
    assert "bad device address" in rec.statuses[0].message


def test_sim_scanner_uses_the_same_decoding():
    rec = Recorder()
    scanner = open_scanner("sim?prefix=%40", rec.reads.append, rec.statuses.append, rec.rejected.append)
    assert isinstance(scanner, SimScanner)
    scanner.scan("@4006381333931")
    scanner.scan_bytes(b"\xc3\x28\r\n")
    scanner.stop()
    assert rec.codes() == ["4006381333931"]
    assert "not utf-8" in rec.rejected[0].reason
    assert rec.states() == [DeviceState.SIMULATED, DeviceState.DISCONNECTED]
    with pytest.raises(RuntimeError, match="not started"):
        scanner.scan("X")


def test_probe_scanner_reads_a_test_scan_from_a_pty(pty_port):
    state, path = pty_port
    timer = threading.Timer(0.2, os.write, (state["master"], b"PROBE-1\r\n"))
    timer.start()
    report = probe_scanner(f"serial://{path}", timeout=1.5)
    timer.join()
    assert report.ok
    assert report.summary == "scanner read 'PROBE-1'"
    missing = probe_scanner("serial:///dev/does-not-exist-42")
    assert not missing.ok
    assert "No such file" in missing.summary


class PluggablePty:
    """A serial scanner at a fixed path (a symlink) that can be unplugged and plugged back in:
    unplug closes the pty and removes the link; plug makes a new pty behind the same path."""

    def __init__(self, path) -> None:
        self.path = path
        self.master: int | None = None
        self.slave: int | None = None

    def plug(self) -> float:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        os.symlink(os.ttyname(self.slave), self.path)
        return time.monotonic()

    def unplug(self) -> None:
        os.unlink(self.path)
        for fd in (self.master, self.slave):
            if fd is not None:
                os.close(fd)
        self.master = self.slave = None

    def close(self) -> None:
        if self.master is not None:
            self.unplug()


def test_reconnects_within_a_second_of_coming_back_and_reports_the_lost_window(tmp_path):
    port = PluggablePty(tmp_path / "ttyScanner")
    port.plug()
    rec = Recorder()
    connected_at: list[float] = []

    def on_status(status) -> None:
        rec.statuses.append(status)
        if status.state is DeviceState.CONNECTED:
            connected_at.append(time.monotonic())

    scanner = SerialScanner(f"serial://{port.path}", rec.reads.append, on_status, rec.rejected.append)
    scanner.start()  # the scanner's own reconnect policy, not a test backoff
    try:
        wait_for(lambda: len(connected_at) == 1)
        os.write(port.master, b"BEFORE-1\r\n")
        wait_for(lambda: rec.codes() == ["BEFORE-1"])
        port.unplug()
        wait_for(lambda: DeviceState.RECONNECTING in rec.states())
        time.sleep(4.0)  # a long unplug: the old backoff would have grown to several seconds
        assert rec.rejected == []  # nothing is said about lost scans until the scanner is back
        plugged = port.plug()
        wait_for(lambda: len(connected_at) == 2, timeout=3)
        delay = connected_at[1] - plugged
        wait_for(lambda: rec.rejected)
        os.write(port.master, b"AFTER-2\r\n")
        wait_for(lambda: rec.codes() == ["BEFORE-1", "AFTER-2"])
    finally:
        scanner.stop()
        port.close()
    assert delay < 1.0, f"reconnected {delay:.2f} s after the scanner came back"
    lost = rec.rejected[0]
    assert "scanner was unplugged from" in lost.reason and "were lost" in lost.reason
    away = re.search(r"\((\d+) s\)", lost.reason)
    assert away is not None and 4 <= int(away.group(1)) <= 10
    back = [s for s in rec.statuses if s.state is DeviceState.CONNECTED][1]
    assert "scans while it was unplugged were lost" in back.message
