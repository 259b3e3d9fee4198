"""Dispatch scenario: a parcel scanned at the dispatch screen's session, judged and its view built (p99 <= 16 ms)."""

from __future__ import annotations

import os
import time

from packstation.bench import BenchContext, Measurement, scenario
from packstation.bench.handover import CARRIERS, _floor
from packstation.domain.users import Actor
from packstation.services.dispatch import DispatchSession, DispatchStage
from packstation.services.handover import HandoverService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory


@scenario("dispatch.scan", "a parcel scanned in dispatch mode: verdict and the screen's view (p99 <= 16 ms)")
def dispatch_scan(ctx: BenchContext) -> Measurement:
    count = 150 if ctx.quick else 900
    engine = open_engine(sqlite_url(ctx.workdir / "station.db"))
    try:
        uow = UnitOfWorkFactory(engine)
        codes = _floor(uow, count)
        dispatch = DispatchSession(HandoverService(uow, "bench", ctx.workdir / "blobs"))
        dispatch.enter(Actor("bench", name="Bench Packer"))
        dispatch.choose_carrier(CARRIERS[0])
        view = dispatch.set_courier("Bench Courier", "1AB 234")
        assert view.stage is DispatchStage.SCANNING, view.notice
        samples = []
        for carrier, code in codes:  # two in three are another carrier's: blocked loudly
            t0 = time.perf_counter()
            view = dispatch.scan(code)
            samples.append(time.perf_counter() - t0)
            assert view.last is not None and view.last.accepted == (carrier == CARRIERS[0]), view.last
        added = len(view.parcels)
    finally:
        engine.dispose()
    load = os.getloadavg()[0]
    note = (
        f"{added} added, {count - added} wrong carrier; DispatchSession.scan on SQLite (WAL, FULL), "
        f"each a durable commit; load average {load:.1f}"
    )
    return Measurement(count=len(samples), samples_s=samples, target_p99_ms=16.0, note=note)
