"""Crash safety: a station packing and syncing is SIGKILLed at random points, again and again.

Afterwards every event and every photo blob is in the central store exactly once, and the station's
own database passes SQLite's integrity check.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from packstation.services.demo import demo_orders
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralBlobDataRow, CentralBlobRow
from packstation.sync.central import CentralStore
from packstation.sync.orders import CentralOrders

STATION_SCRIPT = r"""
import os, sys
from pathlib import Path
from packstation.domain import workflow
from packstation.evidence.blobs import BlobStore
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.packing import PackingService
from packstation.services.simulation import SimulationStopped
from tests.harness.quick_session import quick_simulator
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.blobs import BlobUploader, DatabaseBlobs, folder_blob_source
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralClaims, CentralStatus, ClaimBook
from packstation.sync.engine import SyncEngine

home, url, station = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
engine = open_engine(sqlite_url(home / "station.db"))
uow = UnitOfWorkFactory(engine)
load_demo(uow, orders=0, station=station)
central = CentralStore.open(url)
book = ClaimBook(central)
blobs = BlobStore(home / "blobs")
uploader = BlobUploader(engine, central, DatabaseBlobs(), folder_blob_source(blobs.root), station)
sync = SyncEngine(uow, central, station, claims=book, blobs=uploader, batch_size=40)
packing = PackingService(uow, station, claims=CentralClaims(book, engine), central=CentralStatus(central))

def photo(actor, order):
    blobs.put(os.urandom(3000) + order.order_id.encode())

barcodes = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
sim = quick_simulator(packing, barcodes.__getitem__, photo)
print("ready", flush=True)
while True:
    assert sync.run_once().ok
    try:
        sim.run(1)
    except SimulationStopped:
        break
print("done", flush=True)
"""


def _crash_loop(tmp_path: Path, url: str, kills: int) -> int:
    central = CentralStore.open(url, migrate=True)
    CentralOrders(central).publish(demo_orders(150, utcnow()))
    home = tmp_path / "station"
    home.mkdir()
    script = tmp_path / "station_run.py"
    script.write_text(STATION_SCRIPT, encoding="utf-8")
    rng = random.Random(20261122)
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parents[2]))
    started = time.monotonic()
    killed = 0
    while killed < kills:
        proc = subprocess.Popen(
            [sys.executable, str(script), str(home), url, "bench-k"],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        assert proc.stdout is not None
        line = proc.stdout.readline()
        assert line.strip() == "ready", f"station did not start (exit {proc.wait()})"
        time.sleep(rng.uniform(0.05, 0.7))
        if proc.poll() is not None:
            break  # finished every order before the kill
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        killed += 1
    assert time.monotonic() - started < 60, "kill loop took too long"

    # The station comes back one last time and runs until nothing is left to do.
    proc = subprocess.run(
        [sys.executable, str(script), str(home), url, "bench-k"],
        capture_output=True,
        env=env,
        text=True,
        timeout=180,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]

    with sqlite3.connect(home / "station.db") as db:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        local_events = [r[0] for r in db.execute("SELECT id FROM events")]
        shipped = db.execute("SELECT count(*) FROM orders WHERE status = 'Staged'").fetchone()[0]  # packed, waiting for the carrier
        assert db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    assert killed >= min(kills, 3) and shipped > 30
    assert len(local_events) == len(set(local_events))
    assert sorted(central.event_ids()) == sorted(local_events)  # each event exactly once

    station_blobs = {
        p.parent.name + p.name for p in (home / "blobs" / "sha256").glob("*/*") if not p.name.startswith(".")
    }
    with central.begin() as conn:
        central_blobs = set(
            conn.scalars(CentralBlobRow.__table__.select().with_only_columns(CentralBlobRow.sha256))
        )
        stored = set(
            conn.scalars(CentralBlobDataRow.__table__.select().with_only_columns(CentralBlobDataRow.sha256))
        )
    assert len(station_blobs) >= shipped
    assert central_blobs == station_blobs == stored
    central.dispose()
    return killed


@pytest.mark.slow
@pytest.mark.postgres
def test_sigkill_loop_loses_and_duplicates_nothing_postgres(tmp_path, pg_url):
    assert _crash_loop(tmp_path, pg_url, kills=15) >= 3


@pytest.mark.slow
def test_sigkill_loop_loses_and_duplicates_nothing_sqlite(tmp_path, central_sqlite_url):
    assert _crash_loop(tmp_path, central_sqlite_url, kills=6) >= 3
