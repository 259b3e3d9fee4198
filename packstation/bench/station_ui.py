"""Station window scenarios: a scan's keys in, the verdict on screen, its event durably committed."""

from __future__ import annotations

import time

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus


def _bench_order(order_id: str, units: int) -> Order:
    """One order big enough to take every scan of the run: two lines of `units / 2` each."""
    half = max(1, units // 2)
    return Order(
        order_id=order_id,
        channel="tiktok",
        status=OrderStatus.READY,
        recipient=Address("Bench Buyer", "+60 1", "1 Jalan Bench", city="Shah Alam", country="MY"),
        lines=[
            OrderLine("SKU-0001", half + 1, "Hydrating Serum 30ml", line_no=1),
            OrderLine("SKU-0002", half + 1, "Phone Case iPhone 16", line_no=2),
        ],
    )


@scenario("station.scan_to_verdict", "scan keys in through the wedge filter -> verdict on screen, committed")
def scan_to_verdict(ctx: BenchContext) -> Measurement:
    return _scan_run(ctx, video=False)


@scenario(
    "video.scan_to_verdict",
    "station.scan_to_verdict with the order's packing video recording (720p15): verdicts and GUI stalls",
)
def scan_to_verdict_recording(ctx: BenchContext) -> Measurement:
    """The same scans through the real window while the order's video records from the simulated
    camera (one camera feeds the preview and the recorder); the GUI-thread stall monitor runs."""
    return _scan_run(ctx, video=True)


def _scan_run(ctx: BenchContext, video: bool) -> Measurement:
    """Time from the scanner's Enter key to the window showing the verdict, and to the scan stored.

    The scanner's code keys go through the real app-wide filter (held and swallowed); the Enter key
    completes the burst: decoder, bridge, flow, the verdict judged in memory by the store's rule and
    painted; then the session's SQLite commit (WAL, synchronous=FULL) on the station worker confirms
    it (`stored_*`; every scan is checked committed at the end). One scan in ten is a wrong item,
    so the refusal path is measured too.
    """
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from packstation.ui.bench_driver import BARCODES, StationDriver, prepare_home
    from packstation.ui.stall import StallMonitor

    scans = 200 if ctx.quick else (2_000 if video else 10_000)
    home = ctx.scratch("home")
    prepare_home(home, orders=0, video=video)
    driver = StationDriver(home)
    monitor = StallMonitor()
    try:
        with driver.built.station.uow() as uow:
            uow.orders.add(_bench_order("BENCH-1", scans))
            uow.record(OrderImported(order_id="BENCH-1", station="bench", status="Ready", source="bench"))
            uow.commit()
        driver.login()
        driver.keep_heap()  # as `packstation run` does once the window is up
        driver.scan("BENCH-1")
        flow, banner = driver.flow, driver.window.banner
        assert flow.order is not None and flow.order.order_id == "BENCH-1", banner.text()
        codes = [BARCODES["SKU-0001"], BARCODES["SKU-0002"]]
        wrong = BARCODES["SKU-0005"]
        samples: list[float] = []
        stored_s: list[float] = []
        if video:
            recording = driver.built.station.video
            assert recording is not None and recording.order_id == "BENCH-1", "not recording"
        monitor.start()
        for n in range(scans):
            code = wrong if n % 10 == 9 else codes[n % 2]
            latency, committed = driver.scan_verdict(code, gap_s=0)
            t_paint = time.perf_counter()
            banner.repaint()  # the verdict painted, not just set
            latency += time.perf_counter() - t_paint
            samples.append(latency)
            stored_s.append(committed)
            outcome = flow.last_outcome
            if code == wrong:
                assert "Wrong item" in banner.text(), banner.text()
            else:
                assert outcome is not None and outcome.message in banner.text(), banner.text()
            driver.app.processEvents()  # timers and the rest of the window's paint, as between real scans
        monitor.stop()
        with driver.built.station.uow() as uow:
            stored = len(uow.scans.for_order("BENCH-1"))
        if stored != scans:
            raise AssertionError(f"{stored} scans committed, expected {scans}")
        ordered = sorted(stored_s)
        m = Measurement(
            count=len(samples),
            samples_s=samples,
            target_p99_ms=16.0,
            note="Enter key to verdict painted (10% wrong items); stored = the scan committed and confirmed",
            extra={
                "stored_p50_ms": ordered[len(ordered) // 2] * 1000,
                "stored_p99_ms": ordered[int(len(ordered) * 0.99) - 1] * 1000,
                "stall_p99_ms": round(monitor.percentile_ms(99), 2),
                "stall_max_ms": round(monitor.max_ms, 2),
            },
        )
        if video:  # the check while recording: verdicts in a frame, no GUI stall over 50 ms
            m.passed_override = m.passed and monitor.max_ms <= 50
        return m
    finally:
        driver.close()


@scenario(
    "station.stall",
    "a simulated shift through the real window: GUI-thread stalls, scan verdicts, central hung",
)
def station_stall(ctx: BenchContext) -> Measurement:
    """200 orders through the real window offscreen (keys through the wedge filter, each at its
    time as a scanner sends them, sim scale, sim printer and camera, sync pushing every second). For the last part of the run the central store
    stops answering (calls block forever, as on a server that accepts and never replies): takes go
    on from the orders claimed ahead. A `StallMonitor` records how late the GUI thread ran.
    Samples are scan -> verdict on screen; the stall figures are in `extra`."""
    import os
    import threading

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from packstation.ui.bench_driver import StationDriver, prepare_home
    from packstation.ui.stall import StallMonitor

    orders = 12 if ctx.quick else 200
    hung_from = orders - (4 if ctx.quick else 10)
    home = ctx.scratch("home")
    os.environ["PACKSTATION_CLAIM_AHEAD"] = str(orders - hung_from + 2)
    try:
        prepare_home(home, orders=orders + 5)
        driver = StationDriver(home, sync_interval_s=1.0)
    finally:
        os.environ.pop("PACKSTATION_CLAIM_AHEAD", None)
    hang = threading.Event()
    monitor = StallMonitor()
    samples: list[float] = []
    packed = hung_packed = 0
    takes_hung: list[float] = []
    try:
        central = driver.built.station.sync.central
        real_begin = central.begin

        def begin():  # type: ignore[no-untyped-def]
            if hang.is_set():
                release.wait()  # a server that accepted the connection and never answers
            return real_begin()

        release = threading.Event()
        central.begin = begin  # type: ignore[method-assign]
        driver.built.station.sync.gate.timeout_s = 1.0  # as for a central server, not a local file
        driver.login()
        driver.keep_heap()  # as `packstation run` does once the window is up
        driver.settle(1.5)  # the first sync round: events pushed, orders claimed ahead
        monitor.start()
        flow = driver.flow
        for n in range(orders):
            if n == hung_from:
                hang.set()
            t0 = time.perf_counter()
            driver.key("F2")
            if hang.is_set():
                takes_hung.append(time.perf_counter() - t0)
            if flow.order is None:
                break  # nothing claimed ahead is left: the banner says so
            for code in driver.unit_barcodes():
                samples.append(driver.scan_verdict(code, gap_s=0.002, paced=True)[0])
            driver.weigh_true()
            driver.key("F3")  # weigh
            driver.key("F3")  # finish packing: the label prints
            while flow.step.value == "photograph":
                driver.key("F5")
            driver.key("F3")  # done: back to the queue
            packed += 1
            hung_packed += hang.is_set()
        monitor.stop()
    finally:
        release.set()
        driver.close()
    m = Measurement(count=len(samples), samples_s=samples, target_p99_ms=16.0)
    m.extra = {
        "orders": packed,
        "orders_with_central_hung": hung_packed,
        "stall_p99_ms": round(monitor.percentile_ms(99), 2),
        "stall_max_ms": round(monitor.max_ms, 2),
        "take_with_central_hung_max_ms": round(max(takes_hung, default=0.0) * 1000, 1),
    }
    m.passed_override = m.passed and monitor.max_ms <= 50 and monitor.percentile_ms(99) <= 16
    m.note = (
        f"{packed} orders ({hung_packed} with the central store hung); GUI stall p99 "
        f"{m.extra['stall_p99_ms']} ms, max {m.extra['stall_max_ms']} ms (targets 16 / 50)"
    )
    return m
