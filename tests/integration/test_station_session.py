"""The station session on real services: the defects packers hit, each reproduced, and the
central store that hangs."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from packstation.services.station.view import Step
from tests.harness.bench_station import (
    OTHER_PIN,
    PACKER_PIN,
    SUPERVISOR_PIN,
    bench_session,
    open_bench,
    pick_all,
    to_photograph,
)


def test_accepted_weight_survives_a_restart(tmp_path: Path):
    station = open_bench(tmp_path / "h")
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    session.take_next()
    pick_all(session)
    expected = session.view().pack.expected_g
    view = session.weigh(expected + 400)  # far outside tolerance: the order is held
    assert view.step is Step.HELD and view.hold_kind == "weight"
    view = session.release(SUPERVISOR_PIN, "extra padding for a fragile item", accept=True)
    assert view.step is Step.PACK, view.notice
    assert view.pack.parcels[0].accepted and view.pack.parcels[0].accepted_by.startswith("sue")
    station.close()

    # The station restarts: the acceptance is read from the database, not from memory.
    station = open_bench(tmp_path / "h")
    again = bench_session(station)
    view = again.login_pin(None, PACKER_PIN)
    assert view.step is Step.PACK
    assert view.pack.weighed == 1 and view.pack.complete, view.pack
    view = again.confirm_pack()  # OK finishes packing, it does not weigh again
    assert view.step in (Step.LABEL, Step.PHOTO), view.notice
    station.close()


def test_voided_label_sends_the_order_back_and_old_photos_no_longer_count(tmp_path: Path):
    station = open_bench(tmp_path / "h")
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    to_photograph(session)
    view = session.photograph()  # one of the two required photos, showing the first label
    assert view.step is Step.PHOTO and len(view.photos.missing) == 1, view.notice
    first = view.order.tracking_number
    view = session.void_label(PACKER_PIN, "label smudged")
    assert view.notice.tone == "error" and view.step is Step.PHOTO  # a packer cannot void
    view = session.void_label(SUPERVISOR_PIN, "label smudged")
    assert view.step is Step.LABEL, view.notice
    assert station.packing.order(view.order_id).status.value == "Packed"
    view = session.print_label()
    assert view.step is Step.PHOTO, view.notice
    assert view.labels.all_printed
    # Photos of the voided label do not count: both are needed again.
    assert set(view.photos.missing) == set(station.config.photos.required), view.photos
    view = session.photograph()
    view = session.photograph()
    assert view.step is Step.DONE, view.notice
    parcel = station.packing.parcels(view.order_id)[0]
    assert (
        parcel.tracking_number
        and parcel.tracking_number != first
        or station.packing.order(view.order_id).tracking_number
    )


def test_settings_apply_at_once(tmp_path: Path):
    station = open_bench(tmp_path / "h")
    session = bench_session(station)
    session.login_pin(None, SUPERVISOR_PIN)
    view = session.save_settings({"packing.weight_tolerance_g": 45.0, "packing.weight_tolerance_pct": 0.0})
    assert view.notice.tone == "ok" and "applied now" in view.notice.text, view.notice
    session.take_next()
    pick_all(session)
    expected = session.view().pack.expected_g
    assert session.view().pack.allowed_g == pytest.approx(45.0)
    view = session.weigh(expected + 40)  # within 45 g, outside the old 30 g
    assert view.step is Step.PACK and view.pack.parcels[0].accepted, view.notice
    view = session.save_settings({"devices.printer": "sim"})
    assert "after a restart: devices.printer" in view.notice.text


def test_each_person_is_credited_with_what_they_did(tmp_path: Path):
    from packstation.domain.people import order_people

    station = open_bench(tmp_path / "h")
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    view = session.take_next()
    order_id = view.order_id
    pick_all(session)
    session.login_pin(None, OTHER_PIN)  # another packer takes over at the bench
    session.weigh(session.view().pack.expected_g)
    session.finish_packing()
    session.photograph()
    view = session.photograph()
    assert view.step is Step.DONE, view.notice
    with station.uow.read() as uow:
        people = order_people(uow.events.for_order(order_id))
    by_user = {p.user: p.steps for p in people}
    assert "picked" in by_user["pat"] and "confirmed" in by_user["pat"]
    assert {"weighed", "labelled", "photographed"} <= set(by_user["kim"])
    assert "weighed" not in by_user["pat"]


class HungServer:
    """A TCP server that accepts connections and never answers (a hung central store)."""

    def __init__(self) -> None:
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.conns: list[socket.socket] = []
        self.stop = threading.Event()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
                self.conns.append(conn)
            except OSError:
                continue

    def close(self) -> None:
        self.stop.set()
        for conn in self.conns:
            conn.close()
        self.sock.close()

    @property
    def url(self) -> str:
        return f"postgresql+psycopg://packstation@127.0.0.1:{self.port}/central"


@pytest.fixture
def hung() -> HungServer:
    server = HungServer()
    yield server
    server.close()


def test_take_with_a_hung_central_store_answers_at_once_with_the_truth(tmp_path: Path, hung, monkeypatch):
    from packstation.sync import state

    monkeypatch.setenv("PACKSTATION_CENTRAL_URL", hung.url)
    station = open_bench(tmp_path / "h", orders=6)
    ahead = station.packing.queue()[:3]
    with station.engine.begin() as conn:  # three orders this station claimed ahead while online
        state.remember_ahead(conn, {order.order_id: _lease() for order in ahead})
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    t0 = time.perf_counter()
    view = session.take_next()  # the first call finds out: bounded by the gate's deadline
    first = time.perf_counter() - t0
    assert view.order is not None and view.order_id == ahead[0].order_id, view.notice
    assert "central store unreachable: 3 order(s) claimed ahead can be packed" in view.central
    assert first < 1.6
    session.back_to_queue()
    t0 = time.perf_counter()
    view = session.take_next()  # now the station knows: no waiting at all
    assert time.perf_counter() - t0 < 0.1
    assert view.order is not None and view.order_id in {o.order_id for o in ahead}
    station.close()


def _lease():  # type: ignore[no-untyped-def]
    from datetime import timedelta

    from packstation.store.base import utcnow

    now = utcnow()
    return now, now + timedelta(hours=8)


def test_orders_command_never_waits_for_a_hung_central_store(tmp_path: Path, hung):
    home = tmp_path / "h"
    open_bench(home).close()
    env = {"PACKSTATION_CENTRAL_URL": hung.url, "PATH": "/usr/bin:/bin"}
    allowance = _python_start_allowance()  # first: it also warms the byte-code caches of a fresh clone
    t0 = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "packstation", "orders", "--home", str(home)],
        capture_output=True,
        text=True,
        env=env,
        timeout=30,
    )
    elapsed = time.perf_counter() - t0
    assert done.returncode == 0, done.stderr
    assert "57700000000000000" in done.stdout
    assert hung.conns == [], "a read-only command connected to the central store"
    assert elapsed < 1.0 + 1.5 * allowance


def _python_start_allowance() -> float:
    """Interpreter start-up, imports and the command itself with no central store configured at all,
    measured on this machine now (a loaded 2-core machine starts Python slowly), not guessed."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        open_bench(Path(tmp)).close()
        t0 = time.perf_counter()
        subprocess.run(
            [sys.executable, "-m", "packstation", "orders", "--home", tmp],
            check=True,
            capture_output=True,
            env={"PATH": "/usr/bin:/bin"},
        )
        return time.perf_counter() - t0


def test_an_order_left_at_the_queue_ends_its_video_then(tmp_path: Path):
    from sqlalchemy import select

    from packstation.store.video_tables import VideoRecordingRow

    station = open_bench(tmp_path / "h")
    assert station.video is not None
    session = bench_session(station)
    session.login_pin(None, PACKER_PIN)
    view = session.take_next()
    assert station.video.order_id == view.order_id  # recording from the take
    session.back_to_queue()
    assert station.video.order_id == ""  # stopped when the order went back, not at the next take
    with station.uow() as uow:
        rows = uow.session.scalars(select(VideoRecordingRow)).all()
    assert [(r.order_id, r.status) for r in rows] == [(view.order_id, "stopped")]
    station.close()
