"""Video scenario: record 720p15 while the packer scans; the encoder must not slow the station down."""

from __future__ import annotations

import time

from packstation.bench import BenchContext, Measurement, scenario
from packstation.bootstrap import open_station
from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.users import Actor

CPU_LIMIT_PCT = 25.0
RATE_TOLERANCE_PCT = 20.0
SCAN_P99_MS = 16.0
OFFER_P99_MS = 1.0  # CPU time of one offer; its wall time also counts the scheduler on a busy machine


def _order(units: int) -> Order:
    return Order(
        order_id="VIDEO-1",
        channel="tiktok",
        status=OrderStatus.READY,
        recipient=Address("Bench Buyer", "+60 1", "1 Jalan Bench", city="Shah Alam", country="MY"),
        lines=[OrderLine("SKU-0001", units, "Hydrating Serum 30ml", line_no=1)],
    )


def _p(samples: list[float], pct: float) -> float:
    ordered = sorted(samples)
    return (
        ordered[min(len(ordered) - 1, max(0, round(pct / 100 * len(ordered)) - 1))] * 1000 if ordered else 0.0
    )


@scenario(
    "video.recording",
    "record 720p15 ~1 Mbps while scanning: encoder CPU, file rate, scan and frame-offer latency",
)
def recording(ctx: BenchContext) -> Measurement:
    from packstation.devices.camera import CameraWorker
    from packstation.devices.camera_sim import SimCamera
    from packstation.services.recording import VideoRecordingService

    seconds = 6.0 if ctx.quick else 40.0
    station = open_station(ctx.scratch("home"))
    config = station.config.video
    service = VideoRecordingService(
        station.uow, config, station.name, station.home.blobs, station.home.root / "video", camera="sim"
    )
    camera = SimCamera(config.width, config.height, 30.0)  # a 30 fps camera: the recorder keeps 15
    camera.set_scene("VIDEO-1", "TRK-VIDEO-1")
    worker = CameraWorker(camera)
    offers: list[float] = []
    offers_cpu: list[float] = []

    def offer(frame) -> None:  # type: ignore[no-untyped-def]
        t0, c0 = time.perf_counter(), time.thread_time()
        service.offer(frame.image, frame.at)
        offers_cpu.append(time.thread_time() - c0)
        offers.append(time.perf_counter() - t0)

    try:
        with station.uow() as uow:
            order = _order(100_000)
            uow.orders.add(order)
            uow.record(OrderImported(order_id=order.order_id, status=order.status.value, source="bench"))
            uow.commit()
        actor = Actor("bench", name="Bench Packer")
        station.packing.take(actor, "VIDEO-1")
        recorder = service.recorder
        assert recorder is not None
        worker.subscribe(offer)
        worker.start()
        time.sleep(1.0)  # camera up, pre-roll filling
        # Windows of packing alternate with and without recording (the machine's load changes over a
        # run; alternating compares like with like). The camera and the pre-roll run throughout.
        windows = 4 if ctx.quick else 8
        window_s = seconds / (windows / 2)
        scans: list[float] = []
        baseline: list[float] = []
        segments = []
        encoder_cpu = wall = 0.0
        n = 0
        for w in range(windows):
            recorded = w % 2 == 0
            if recorded:
                cpu0, wall0 = recorder.thread_cpu(), time.monotonic()
                service.start("VIDEO-1", actor)
                service.step("pick")
            end = time.monotonic() + window_s
            while time.monotonic() < end:
                code = "SKU-0001" if n % 10 else "WRONG-ITEM"
                t0 = time.perf_counter()
                outcome = station.packing.scan(actor, "VIDEO-1", code)
                if recorded:
                    service.scan(code, str(getattr(outcome, "verdict", "ok")), "")
                (scans if recorded else baseline).append(time.perf_counter() - t0)
                n += 1
                time.sleep(0.1)  # a brisk packer: ten scans a second
            if recorded:
                segments += service.stop("VIDEO-1")
                wall += time.monotonic() - wall0
                encoder_cpu += recorder.thread_cpu() - cpu0
    finally:
        worker.stop()
        service.close()
        station.close()
    video_s = sum((s.ended_at - s.started_at).total_seconds() for s in segments)
    size = sum(s.size for s in segments)
    rate = size * 8 / video_s if video_s else 0.0
    rate_err = (rate - config.bitrate) / config.bitrate * 100
    cpu_pct = encoder_cpu / wall * 100 if wall else 0.0
    scan_p99, base_p99 = _p(scans, 99), _p(baseline, 99)
    offer_p50, offer_p99, offer_cpu_p99 = _p(offers, 50), _p(offers, 99), _p(offers_cpu, 99)
    # PackingService.scan alone (SQLite, synchronous=FULL) is already near 16 ms p99 on this shared
    # machine: recording passes when it keeps the absolute target or adds at most 25 % to the
    # unrecorded windows of the same run.
    scan_ok = scan_p99 <= max(SCAN_P99_MS, base_p99 * 1.25)
    ok = (
        cpu_pct <= CPU_LIMIT_PCT
        and abs(rate_err) <= RATE_TOLERANCE_PCT
        and scan_ok
        and offer_p50 <= OFFER_P99_MS / 2
        and offer_cpu_p99 <= OFFER_P99_MS
        and len(segments) >= 1
    )
    m = Measurement(count=len(scans), samples_s=scans, target_p99_ms=SCAN_P99_MS, passed_override=ok)
    m.extra = {
        "encoder_cpu_pct": round(cpu_pct, 1),
        "scan_p50_ms": round(_p(scans, 50), 3),
        "scan_p50_unrecorded_ms": round(_p(baseline, 50), 3),
        "scan_p99_unrecorded_ms": round(base_p99, 3),
        "file_kbps": round(rate / 1000, 1),
        "bitrate_error_pct": round(rate_err, 1),
        "offer_p50_ms": round(offer_p50, 3),
        "offer_p99_ms": round(offer_p99, 3),
        "offer_cpu_p99_ms": round(offer_cpu_p99, 3),
        "offer_max_ms": round(max(offers) * 1000 if offers else 0.0, 3),
        "frames_dropped": recorder.dropped,
        "frames_encoded": recorder.encoded,
        "segments": len(segments),
        "video_s": round(video_s, 1),
    }
    m.note = (
        f"encoder {cpu_pct:.1f} % of a core (limit {CPU_LIMIT_PCT:g}), file {rate / 1000:.0f} kbps "
        f"({rate_err:+.1f} % of {config.bitrate // 1000} kbps), scan p99 {scan_p99:.1f} ms recording vs "
        f"{base_p99:.1f} ms not, frame offer p50 {offer_p50:.3f} ms p99 {offer_p99:.3f} ms "
        f"(CPU p99 {offer_cpu_p99:.3f} ms), "
        f"{recorder.dropped} frames dropped"
    )
    return m
