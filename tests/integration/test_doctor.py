"""`packstation doctor` on a temporary home: simulated devices, a pty scanner, a loopback 9100 printer."""

from __future__ import annotations

import argparse
import json
import os
import socket
import threading
import time

import pytest

from packstation.cli import home_parent
from packstation.cli.doctor import register
from packstation.config import load_config, save_config
from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.home import Home
from packstation.services.doctor import DeviceTestResult, bounded, camera_test, list_cameras, print_test_label


def configure(home_dir, **devices):
    home = Home(home_dir).ensure()
    config = load_config(home.config_file)
    config.station = "bench-7"
    for kind, url in devices.items():
        setattr(config.devices, kind, url)
    save_config(config, home.config_file)


def doctor(home_dir, *argv):
    parser = argparse.ArgumentParser(prog="packstation")
    sub = parser.add_subparsers(dest="command")
    register(sub, home_parent())
    args = parser.parse_args(["doctor", "--home", str(home_dir), "--timeout", "1", *argv])
    return args.func(args)


class PrinterServer:
    """A loopback TCP port that takes bytes but never answers a status query (a printer gone mute)."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.received = bytearray()
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                while chunk := conn.recv(4096):
                    self.received += chunk

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def printer():
    with LoopbackPrinter() as server:
        yield server


@pytest.fixture
def silent_printer():
    server = PrinterServer()
    yield server
    server.close()


@pytest.fixture
def pty_port():
    master, slave = os.openpty()
    yield os.ttyname(slave)
    os.close(master)
    os.close(slave)


def test_all_simulated_devices_pass(tmp_path, capsys):
    configure(tmp_path, scanner="sim", scale="sim", printer="sim", camera="sim")
    assert doctor(tmp_path) == 0
    out = capsys.readouterr().out
    assert "station bench-7" in out and "Serial ports:" in out and "Cameras:" in out
    assert "All configured devices OK." in out
    for kind in ("scanner", "scale", "printer", "camera"):
        assert f"  {kind:<8} sim" in out
    assert "FAIL" not in out


def test_real_parts_and_print_test(tmp_path, capsys, printer, pty_port):
    import cv2
    import numpy as np

    clip = tmp_path / "clip.avi"
    writer = cv2.VideoWriter(str(clip), cv2.VideoWriter_fourcc(*"MJPG"), 5, (64, 48))
    for i in range(3):
        writer.write(np.full((48, 64, 3), 40 * i, np.uint8))
    writer.release()
    configure(
        tmp_path,
        scanner=f"serial://{pty_port}",
        scale="none",
        printer=f"tcp://127.0.0.1:{printer.port}",
        camera=f"cv://{clip}",
    )
    assert doctor(tmp_path, "--print-test", "--json") == 0
    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is True
    devices = report["devices"]
    assert devices["scanner"]["message"] == "scanner port opens"
    assert devices["camera"]["message"] == "camera gives 64x48 frames"
    assert "Printer ready" in devices["printer"]["message"]
    assert report["print_test"]["ok"], report["print_test"]
    assert printer.wait_for_jobs(1)
    job = printer.jobs[0]
    assert job.startswith(b"^XA") and job.rstrip().endswith(b"^XZ")


def test_a_printer_that_never_answers_status_is_a_fault(tmp_path, capsys, silent_printer):
    configure(
        tmp_path, scanner="sim", scale="sim", printer=f"tcp://127.0.0.1:{silent_printer.port}", camera="sim"
    )
    assert doctor(tmp_path) == 1
    out = capsys.readouterr().out
    assert "FAIL Printer does not answer" in out


def test_a_broken_device_makes_exit_status_1(tmp_path, capsys):
    with socket.create_server(("127.0.0.1", 0)) as s:
        closed_port = s.getsockname()[1]
    configure(
        tmp_path, scanner="serial:///dev/ttyNOPE0", scale="sim", printer=f"tcp://127.0.0.1:{closed_port}"
    )
    assert doctor(tmp_path) == 1
    out = capsys.readouterr().out
    assert "FAIL scanner not reachable" in out
    assert f"FAIL printer at 127.0.0.1:{closed_port} not reachable" in out
    assert "Some devices need attention" in out


def test_print_test_to_a_label_folder(tmp_path):
    result = print_test_label(f"dir://{tmp_path / 'out'}", 1.0)
    assert result.ok and "is writable" in result.message
    assert (tmp_path / "out" / "packstation-test.zpl").read_bytes().startswith(b"^XA")


def test_camera_addresses_and_listing():
    assert not camera_test("webcam").ok
    assert "camera index must be a number" in camera_test("cv://front").message
    cameras = list_cameras(timeout_s=1.0)
    assert all(c.url.startswith("cv://") and c.width > 0 for c in cameras)


def test_a_hanging_device_test_is_cut_short():
    started = time.monotonic()
    result = bounded(lambda: time.sleep(1) or DeviceTestResult(True, "late"), 0.2, "no answer in time")
    assert not result.ok and result.message == "no answer in time"
    assert time.monotonic() - started < 1.0
