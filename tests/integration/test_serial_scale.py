"""Serial scales over real ptys and loopback TCP: MT-SICS request/response, continuous output, reconnect."""

from __future__ import annotations

import os
import select
import socket
import threading
import time
import tty
from collections.abc import Callable

import pytest

from packstation.devices.base import Backoff, DeviceState, device_threads
from packstation.devices.discovery import probe_scale
from packstation.devices.scales import ScaleOverload, ScaleUnderload, SerialScale, open_scale

FAST = Backoff(initial=0.02, maximum=0.1, jitter=0.1)


@pytest.fixture(autouse=True)
def no_device_threads_left():
    yield
    assert device_threads() == []


def wait_for(predicate, timeout: float = 2.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(0.005)


class Recorder:
    def __init__(self) -> None:
        self.weights: list = []
        self.errors: list = []
        self.statuses: list = []

    def states(self) -> list[DeviceState]:
        return [s.state for s in self.statuses]


class FakeMtSicsScale:
    """A scale on the master side of a pty: answers each `SI`/`S` command with the next scripted reply."""

    def __init__(self, answer: Callable[[bytes], bytes | None]) -> None:
        self.master, self.slave = os.openpty()
        tty.setraw(self.slave)
        self.path = os.ttyname(self.slave)
        self.answer = answer
        self.commands: list[bytes] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        buffer = b""
        while not self._stop.is_set():
            ready, _, _ = select.select([self.master], [], [], 0.02)
            if not ready:
                continue
            try:
                buffer += os.read(self.master, 256)
            except OSError:
                return
            while b"\r\n" in buffer:
                command, buffer = buffer.split(b"\r\n", 1)
                self.commands.append(command)
                reply = self.answer(command)
                if reply is not None:
                    os.write(self.master, reply)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(1.0)
        os.close(self.master)
        os.close(self.slave)


def scripted(*replies: bytes, then: bytes) -> Callable[[bytes], bytes | None]:
    queue = list(replies)

    def answer(command: bytes) -> bytes | None:
        if command not in (b"SI", b"S"):
            return b"ES\r\n"
        return queue.pop(0) if queue else then

    return answer


def test_mt_sics_polling_reads_weights_and_reports_conditions():
    fake = FakeMtSicsScale(
        scripted(
            b"S D      1.230 kg\r\n",
            b"S I\r\n",
            b"S +\r\n",
            b"S -\r\n",
            b"ET\r\n",
            then=b"S S      1.234 kg\r\n",
        )
    )
    rec = Recorder()
    scale = open_scale(
        f"serial://{fake.path}?protocol=mt-sics&poll_ms=10",
        rec.weights.append,
        rec.statuses.append,
        rec.errors.append,
        backoff=FAST,
    )
    try:
        reading = scale.wait_for_stable(timeout=2.0)
    finally:
        scale.stop()
        fake.close()
    assert reading.grams == 1234.0 and reading.stable
    assert rec.weights[0].grams == 1230.0 and not rec.weights[0].stable
    assert [type(e) for e in rec.errors[:2]] == [ScaleOverload, ScaleUnderload]  # busy is not an error
    assert "transmission error (ET)" in rec.errors[2].message
    assert set(fake.commands) == {b"SI"}
    assert rec.states()[0] is DeviceState.CONNECTED
    assert rec.statuses[0].message == f"mt-sics scale on {fake.path}"


def test_reply_split_across_writes_and_command_s():
    def answer(command: bytes) -> bytes | None:
        assert command == b"S"
        for part in (b"S S   ", b"  0.75", b"0 lb\r", b"\n"):
            os.write(fake.master, part)
            time.sleep(0.01)
        return None

    fake = FakeMtSicsScale(answer)
    rec = Recorder()
    scale = SerialScale(f"serial://{fake.path}?command=S&poll_ms=10", rec.weights.append, backoff=FAST)
    scale.start()
    try:
        reading = scale.wait_for_stable(timeout=2.0)
    finally:
        scale.stop()
        fake.close()
    assert reading.grams == pytest.approx(340.19, abs=0.01)
    assert reading.raw == "S S     0.750 lb"


def test_silent_scale_is_reported_then_recovers():
    talking = threading.Event()
    fake = FakeMtSicsScale(lambda cmd: b"S S    500 g\r\n" if talking.is_set() else None)
    rec = Recorder()
    scale = open_scale(
        f"serial://{fake.path}?reply_ms=100&poll_ms=10", rec.weights.append, rec.statuses.append
    )
    try:
        wait_for(lambda: DeviceState.ERROR in rec.states())
        talking.set()
        assert scale.wait_for_stable(timeout=2.0).grams == 500.0
    finally:
        scale.stop()
        fake.close()
    error = next(s for s in rec.statuses if s.state is DeviceState.ERROR)
    assert "did not answer SI in time" in error.message
    assert rec.states()[-2:] == [DeviceState.CONNECTED, DeviceState.DISCONNECTED]


def test_continuous_output_over_pty_with_stable_confirmation():
    master, slave = os.openpty()
    tty.setraw(slave)
    rec = Recorder()
    url = f"serial://{os.ttyname(slave)}?protocol=continuous&stable_readings=3&tolerance_g=1"
    scale = open_scale(url, rec.weights.append, rec.statuses.append, rec.errors.append, backoff=FAST)
    try:
        wait_for(lambda: scale.status.state is DeviceState.CONNECTED)
        lines = [b"US,GS,+  0.900kg", b"ST,GS,+  1.234kg", b"ST,GS,+  1.234kg", b"OL", b"ST,TR,+  0.100kg"]
        lines += [b"ST,GS,+  1.234kg", b"ST,GS,+  1.2345kg"]
        for line in lines:
            os.write(master, line + b"\r\n")
            time.sleep(0.01)
        wait_for(lambda: len(rec.weights) == 5)
    finally:
        scale.stop()
        os.close(master)
        os.close(slave)
    assert [w.grams for w in rec.weights] == pytest.approx([900.0, 1234.0, 1234.0, 1234.0, 1234.5])
    # the scale says ST from the 2nd line, but three readings within 1 g are needed first
    assert [w.stable for w in rec.weights] == [False, False, False, True, True]
    assert [type(e) for e in rec.errors] == [ScaleOverload]


def stream_until(conn: socket.socket, line: bytes, done: Callable[[], bool]) -> None:
    """Send like a continuous scale does (every 20 ms) until the reader has what it needs."""
    deadline = time.monotonic() + 2.0
    while not done():
        assert time.monotonic() < deadline, "scale reader got nothing"
        conn.sendall(line)
        time.sleep(0.02)


def test_continuous_scale_reconnects_over_tcp():
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]
    rec = Recorder()
    scale = open_scale(
        f"socket://127.0.0.1:{port}?protocol=continuous",
        rec.weights.append,
        rec.statuses.append,
        backoff=FAST,
    )
    second = None
    try:
        conn, _ = listener.accept()
        stream_until(conn, b"ST,GS,+  0.250kg\r\n", lambda: len(rec.weights) >= 1)
        conn.close()
        listener.close()
        wait_for(lambda: DeviceState.RECONNECTING in rec.states())
        second = socket.create_server(("127.0.0.1", port))
        conn2, _ = second.accept()
        stream_until(conn2, b"ST,GS,+  0.750kg\r\n", lambda: rec.weights[-1].grams == 750.0)
        conn2.close()
    finally:
        scale.stop()
        if second is not None:
            second.close()
    grams = [w.grams for w in rec.weights]
    assert set(grams) == {250.0, 750.0}
    assert grams.index(750.0) > max(i for i, g in enumerate(grams) if g == 250.0)
    states = rec.states()
    assert states[:2] == [DeviceState.CONNECTED, DeviceState.DISCONNECTED]
    assert "socket disconnected" in rec.statuses[1].message
    assert DeviceState.CONNECTED in states[2:]


def test_probe_scale_reports_the_weight_from_a_pty_scale():
    fake = FakeMtSicsScale(scripted(then=b"S S      2.000 kg\r\n"))
    try:
        report = probe_scale(f"serial://{fake.path}", timeout=1.0)
    finally:
        fake.close()
    assert report.ok
    assert report.summary == "scale answered: 2000.0 g (stable) (raw 'S S      2.000 kg')"
    missing = probe_scale("serial:///dev/no-such-scale", timeout=0.2)
    assert not missing.ok
    assert "no weight from the scale within 0.2 s" in missing.summary


class SettableScale(FakeMtSicsScale):
    """An MT-SICS scale whose every answer is whatever `reply` holds now."""

    def __init__(self, reply: bytes) -> None:
        self.reply = reply
        super().__init__(lambda command: self.reply)


def test_scale_errors_reach_the_status_and_drop_the_last_weight():
    fake = SettableScale(b"S S   2047 g\r\n")
    rec = Recorder()
    # the station's call: weight and status listeners only, no error callback
    scale = open_scale(f"serial://{fake.path}?poll_ms=10", rec.weights.append, rec.statuses.append)

    def error_shown(text: str) -> None:
        wait_for(lambda: scale.status.state is DeviceState.ERROR and text in scale.status.message)
        assert scale.latest is None

    try:
        wait_for(lambda: scale.latest is not None and scale.latest.grams == 2047.0)
        fake.reply = b"S +\r\n"
        error_shown("overload")
        fake.reply = b"ES\r\n"
        error_shown("did not understand the command (ES)")
        fake.reply = b"S S   1.000 st\r\n"
        error_shown("unknown weight unit 'st'")
        fake.reply = b"S S   -500 g\r\n"
        error_shown("below zero")
        fake.reply = b"S S   99999 kg\r\n"
        error_shown("above its 30 kg capacity")
        fake.reply = b"S S   1500 g\r\n"
        wait_for(lambda: scale.latest is not None and scale.latest.grams == 1500.0)
        assert scale.status.state is DeviceState.CONNECTED
    finally:
        scale.stop()
        fake.close()
    assert {r.grams for r in rec.weights} == {2047.0, 1500.0}  # no refused reading was ever a weight


def test_scale_capacity_is_configurable_and_errors_also_go_to_the_error_callback():
    fake = SettableScale(b"S S   6.000 kg\r\n")
    rec = Recorder()
    scale = open_scale(
        f"serial://{fake.path}?poll_ms=10&capacity_kg=5",
        rec.weights.append,
        rec.statuses.append,
        rec.errors.append,
    )
    try:
        wait_for(lambda: rec.errors)
        fake.reply = b"S S   4.999 kg\r\n"
        wait_for(lambda: rec.weights)
    finally:
        scale.stop()
        fake.close()
    assert "above its 5 kg capacity" in rec.errors[0].message
    assert [r.grams for r in rec.weights][:1] == [4999.0]


def test_a_disconnect_drops_the_last_weight():
    fake = SettableScale(b"S S   2047 g\r\n")
    rec = Recorder()
    scale = open_scale(f"serial://{fake.path}?poll_ms=10", rec.weights.append, rec.statuses.append)
    try:
        wait_for(lambda: scale.latest is not None)
        fake.close()
        wait_for(lambda: DeviceState.DISCONNECTED in rec.states(), timeout=3)
        assert scale.latest is None
        # keeps trying to reconnect (pyserial's termios.error from flush() is a lost link, not a crash)
        wait_for(lambda: DeviceState.RECONNECTING in rec.states(), timeout=3)
        assert scale.running and DeviceState.ERROR not in rec.states()
    finally:
        scale.stop()


def test_sim_scale_places_a_weight_with_noise_settles_and_empties():
    from packstation.devices.scales import SimScale

    rec = Recorder()
    scale = SimScale("sim?settle_ms=100&interval_ms=10", rec.weights.append, rec.statuses.append)
    scale.start()
    try:
        scale.place(1234, noise_g=5)
        first = scale.wait_for_stable(timeout=2.0)
        assert 1229 <= first.grams <= 1239 and first.grams == round(first.grams)
        settled_at = len(rec.weights)
        time.sleep(0.1)
        steady = {r.grams for r in rec.weights[settled_at:] if r.stable}
        assert steady == {first.grams}  # a settled load reads steady, like a real scale
        assert any(not r.stable for r in rec.weights[:settled_at])  # it moved before settling
        scale.empty()
        assert scale.wait_for_stable(timeout=2.0).grams == 0.0
        scale.place(2047)  # the old call: exact
        assert scale.wait_for_stable(timeout=2.0).grams == 2047.0
    finally:
        scale.stop()


@pytest.mark.parametrize(
    ("grams", "text"), [(-50, "below zero"), (1e300, "capacity"), (float("nan"), "not a number")]
)
def test_sim_scale_refuses_readings_outside_its_range(grams, text):
    from packstation.devices.scales import SimScale

    rec = Recorder()
    scale = SimScale(
        "sim?settle_ms=0&interval_ms=10", rec.weights.append, rec.statuses.append, rec.errors.append
    )
    scale.start()
    try:
        scale.place(500)
        scale.wait_for_stable(timeout=2.0)
        scale.place(grams)
        wait_for(lambda: scale.status.state is DeviceState.ERROR)
        count = len(rec.weights)
        time.sleep(0.05)
        assert scale.latest is None and len(rec.weights) == count
        scale.place(700)
        assert scale.wait_for_stable(timeout=2.0).grams == 700.0
    finally:
        scale.stop()
    assert text in scale_error_text(rec)
    assert all(r.grams in (500.0, 700.0) for r in rec.weights)


def scale_error_text(rec: Recorder) -> str:
    return " ".join(e.message for e in rec.errors)


def test_a_weight_gate_on_a_real_serial_scale_never_takes_the_previous_parcel():
    from packstation.devices.weight_gate import GateState, WeightGate

    fake = SettableScale(b"S S   2047 g\r\n")
    gate = WeightGate()
    scale = open_scale(f"serial://{fake.path}?poll_ms=10", gate.reading, gate.status)
    try:
        wait_for(lambda: gate.stable_g == 2047.0)  # parcel 1 weighed
        gate.new_parcel()
        time.sleep(0.2)  # parcel 1 still lies on the scale, read again and again
        assert gate.stable_g is None and gate.view.state is GateState.CLEAR_SCALE
        fake.reply = b"S +\r\n"  # somebody leans on it: overload
        wait_for(lambda: gate.view.state is GateState.ERROR)
        assert "overload" in gate.view.message
        fake.reply = b"S S   0 g\r\n"  # emptied
        wait_for(lambda: gate.view.state is GateState.WAITING)
        fake.reply = b"S S   1530 g\r\n"  # parcel 2
        wait_for(lambda: gate.stable_g == 1530.0)
        fake.close()  # unplugged with parcel 2 on it: its weight is no longer trusted
        wait_for(lambda: gate.view.state is GateState.OFFLINE)
        assert gate.stable_g is None
    finally:
        scale.stop()
