"""Composition root of the GUI: config, store, devices, services, then the station window.

Everything is built here once and passed in through constructors; nothing else reaches for a
global. The Label step talks to the station's `LabelService`; the Photograph step to its camera.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from packstation.compose import HeapKeeper, Station, compose
from packstation.devices.base import DeviceKind, DeviceWorker
from packstation.devices.camera import BrokenSource, CameraUrlError, CameraWorker, open_camera_source
from packstation.devices.printers import PrinterStatus, SpoolPump
from packstation.devices.scales import open_scale
from packstation.devices.scanners import SimScanner, WedgeScanner, open_scanner
from packstation.devices.urls import parse_device_url
from packstation.devices.wedge_settings import wedge_settings
from packstation.domain.orders import Product
from packstation.services.alerts.banner import AlertBannerFeed
from packstation.services.labelling import LabelService
from packstation.services.photographing import CameraPhotoStep
from packstation.ui.bridge import DeviceBridge
from packstation.ui.review.assembly import open_review_window
from packstation.ui.sounds import QtSoundPlayer, Sounds
from packstation.ui.station import StationUi, build_station_ui
from packstation.ui.station.camera_view import FrameRelay
from packstation.ui.tasks import TaskRunner
from packstation.ui.theme import apply_theme
from packstation.ui.wedge_filter import WedgeFilter

log = logging.getLogger(__name__)


@dataclass
class StationApp:
    """The running station: its store, devices and window; `close()` stops every worker."""

    station: Station
    ui: StationUi
    bridge: DeviceBridge
    runner: Any
    sounds: Sounds
    scanner: Any = None
    scale: Any = None
    sim_scanner: SimScanner | None = None
    wedge: WedgeFilter | None = None
    devices: list[Any] = field(default_factory=list)
    sync: SyncWorker | None = None
    session: Any = None
    io_runner: Any = None
    alert_feed: AlertBannerFeed | None = None
    heap: HeapKeeper | None = None

    @property
    def window(self):  # type: ignore[no-untyped-def]
        return self.ui.window

    @property
    def flow(self):  # type: ignore[no-untyped-def]
        return self.ui.flow

    def close(self) -> None:
        if self.wedge is not None:
            self.wedge.uninstall()
        if self.heap is not None:
            self.heap.stop()
        review = self.ui.window.review_window
        if review is not None:
            review.close()  # type: ignore[attr-defined]
        for device in [*self.devices, *([self.sync] if self.sync else [])]:
            try:
                device.stop()
            except RuntimeError:
                log.exception("device did not stop")
        self.runner.wait(10000)
        if self.io_runner is not None:
            self.io_runner.wait(10000)
        self.ui.window.close()
        self.station.close()


class SyncWorker(DeviceWorker):
    """Runs the station's outbox/claims sync every `interval_s` off the GUI thread; reports to the status bar."""

    def __init__(self, engine: Any, report: Callable[[str, str, str], None], interval_s: float = 5.0) -> None:
        super().__init__("sync")
        self.engine, self.report, self.interval_s = engine, report, interval_s

    def _run(self) -> None:
        while True:
            try:
                result = self.engine.run_once()
                status = self.engine.status()
            except Exception as exc:  # noqa: BLE001 - sync trouble is shown, never fatal to packing
                log.exception("sync round failed")
                self.report("sync", "error", str(exc)[:200])
            else:
                state = "ok" if result.ok else "offline"
                detail = f"{status.backlog} event(s) to send" + (f"; {result.error}" if result.error else "")
                self.report("sync", state, detail)
            if self.sleep(self.interval_s):
                return


class TimedJobs(DeviceWorker):
    """Runs the station's background jobs (delivery rules, marketplace) on their schedules, off the
    GUI thread; a failing job is logged and tried again next time, never fatal to packing."""

    def __init__(self, jobs: list[tuple[str, float, Callable[[], Any]]]) -> None:
        super().__init__("jobs")
        self.jobs = jobs
        self.due = {name: time.monotonic() + 5.0 for name, _, _ in jobs}

    def _run(self) -> None:
        while True:
            now = time.monotonic()
            for name, every, call in self.jobs:
                if now >= self.due[name]:
                    self.due[name] = now + every
                    try:
                        call()
                    except Exception:  # noqa: BLE001 - a background job never stops the bench
                        log.exception("%s failed", name)
            if self.sleep(1.0):
                return


class PrinterWatch:
    """One pass of the print spool: send waiting labels, then ask the printer how it is (off the GUI thread).

    Handed to `SpoolPump` as its pump, so the status bar's printer light follows the real printer.
    """

    def __init__(self, labels: LabelService, report: Callable[[str, str, str], None]) -> None:
        self.labels, self.report = labels, report
        self.simulated = labels.printer.url.scheme == "sim"

    def __call__(self) -> int:
        waiting = self.labels.pump()
        state, message = printer_light(self.labels.printer_status(), self.simulated, waiting)
        self.report("printer", state, message)
        return waiting


def printer_light(status: PrinterStatus, simulated: bool, waiting: int) -> tuple[str, str]:
    """The status bar's word for the printer (the fault, short) and its tooltip (the full reason)."""
    queue = f"; {waiting} label(s) waiting" if waiting else ""
    if status.ok:
        return ("simulated" if simulated else "ok"), status.message + queue
    word = status.faults[0].name.lower().replace("_", " ") if status.faults else "fault"
    return word, status.message + queue


def catalog_products(station: Station, limit: int = 40) -> list[Product]:
    """Products for the simulated scanner panel (read once at start, before the event loop)."""
    with station.uow.read() as uow:
        skus = sorted(uow.catalog.known_skus())[:limit]
        return [p for _, p in sorted(uow.catalog.many(skus).items())]


def build_app(
    home: str | Path | None = None,
    *,
    station: Station | None = None,
    sounds: Sounds | None = None,
    runner: Any = None,
    users: Any = None,
    settings: Any = None,
    sync_interval_s: float | None = 5.0,
    spool_interval_s: float = 3.0,
) -> StationApp:
    """Open the station in `home` and build its window (not shown). Needs a QApplication.

    `compose()` built the services; this adds the Qt adapters: the device bridge, the station
    worker (`runner`), the keyboard-wedge filter, the camera preview relay and the window.
    """
    app = QApplication.instance()
    if app is None:
        raise RuntimeError("build_app needs a QApplication")
    apply_theme(app)  # type: ignore[arg-type]
    station = station if station is not None else compose(home, migrate_central=True)
    warm_up()
    config = station.config
    bridge = DeviceBridge()
    runner = runner if runner is not None else TaskRunner()
    io_runner = TaskRunner(max_threads=2)  # product photos and device tests: never in the scans' queue
    sounds = sounds if sounds is not None else Sounds(QtSoundPlayer())
    users = users if users is not None else station.users
    if settings is None:
        settings = station.settings
    built = StationApp(station, None, bridge, runner, sounds)  # type: ignore[arg-type]
    built.io_runner = io_runner

    scanner_url = parse_device_url(config.devices.scanner, DeviceKind.SCANNER)
    if scanner_url.scheme == "wedge":
        wedge_config = wedge_settings(config, scanner_url)
        scanner = WedgeScanner(
            scanner_url, bridge.on_scan, bridge.on_device_status, bridge.on_rejected, wedge_config
        )
        scanner.start()
        built.wedge = WedgeFilter(scanner).install(app)  # type: ignore[arg-type]
    else:
        scanner = open_scanner(scanner_url, bridge.on_scan, bridge.on_device_status, bridge.on_rejected)
    built.scanner = scanner
    built.devices.append(scanner)
    sim_scan = None
    if isinstance(scanner, SimScanner):
        built.sim_scanner = scanner
    elif config.devices.scale.startswith("sim"):  # a demo/dev station: offer the click-to-scan panel too
        built.sim_scanner = SimScanner("sim", bridge.on_scan, None, bridge.on_rejected)
        built.sim_scanner.start()
    if built.sim_scanner is not None:
        sim_scan = built.sim_scanner.scan
    gate = station.weight_gate

    def weighed(reading: Any) -> None:  # the scale's thread: the gate first, then the screen
        gate.reading(reading)
        bridge.on_weight(reading)

    def scale_status(status: Any) -> None:
        gate.status(status)
        bridge.on_device_status(status)

    built.scale = open_scale(config.devices.scale, weighed, scale_status)
    gate.capacity_g = getattr(built.scale, "capacity_g", gate.capacity_g)
    built.devices.append(built.scale)

    labels = station.labels
    # Waiting labels print when the printer is back; the printer light follows its answers.
    built.devices.append(SpoolPump(PrinterWatch(labels, bridge.report), spool_interval_s))
    built.devices[-1].start()
    camera, relay, photo_step = _camera_step(station, bridge)
    built.devices.append(camera)
    video = station.video
    if video is not None:
        video.on_alert = lambda alert: bridge.report("video", alert.kind, alert.message)
        video.recover()  # recordings cut by a crash: closed segments kept, missing seconds recorded
        video.attach(camera)  # one camera feeds the preview, the photos and the recording
    session = station.session(photo_step, users=users)
    if config.devices.scale.startswith("sim") and hasattr(built.scale, "place"):
        # Demo: the simulated scale gets the parcel's expected weight when the packer reaches Pack.
        session.desk.demo_scale = _demo_placer(built.scale, gate)
    built.session = session
    built.ui = build_station_ui(
        session=session,
        runner=runner,
        io_runner=io_runner,
        bridge=bridge,
        sounds=sounds,
        station_name=station.name,
        idle_lock_minutes=config.idle_lock_minutes,
        required_photos=config.photos.required,
        settings=settings,
        image_root=station.home.root,
        sim_scan=sim_scan,
        catalog=catalog_products(station) if sim_scan else None,
        photo_step=photo_step,
        camera_relay=relay,
        scale=built.scale if config.devices.scale.startswith("sim") else None,
        returns=station.returns,
        dispatch=station.dispatch_session(camera),
        language_book=station.languages,
        stock=station.stock if station.sync is not None else None,
        theme=config.screen.theme,
    )
    window = built.ui.window
    if built.wedge is not None:
        built.wedge.station_window = window  # scans in any other window are typed there
        window.watch_input(built.wedge.activity)
    station.settings_listeners.append(lambda cfg: window.set_idle_minutes(cfg.idle_lock_minutes))
    window.review_opener = lambda actor: open_review_window(station, actor, io_runner, parent=window)
    camera.start()  # after the preview is connected to the relay
    url = config.devices.printer  # until the spool's first pass asks the printer itself
    bridge.report("printer", "simulated" if url.startswith("sim") else "unknown", url)
    # Supervisors' delivery alerts: polled with the background jobs, shown above the verdict banner.
    built.alert_feed = AlertBannerFeed(station.delivery_watch.alerts, lambda: session.actor, bridge.on_alert_banner)
    window.alert_strip.on_seen = lambda: io_runner.run(built.alert_feed.acknowledge)
    if sync_interval_s:  # the delivery rules and the marketplace connector, on their own timers
        jobs = TimedJobs([*station.background_jobs(), ("alert banner", 15.0, built.alert_feed.poll)])
        built.devices.append(jobs)
        jobs.start()
    if station.sync is not None and sync_interval_s:
        built.sync = SyncWorker(station.sync.engine, bridge.report, sync_interval_s)
        built.sync.start()
    else:
        bridge.report("sync", "off", "sync not running on this station")
    bridge.on_device_status(scanner.status)
    bridge.on_device_status(built.scale.status)
    return built


def _demo_placer(scale: Any, gate: Any) -> Callable[[float], None]:
    """Puts a parcel's expected weight (a little noise) on a simulated scale, clearing it first so the
    weight gate sees the return to zero a real packer makes between parcels."""

    def place(grams: float) -> None:
        scale.empty()

        def later() -> None:
            deadline = time.monotonic() + 3.0
            while gate.awaiting_zero and time.monotonic() < deadline:
                time.sleep(0.02)
            scale.place(grams, noise_g=2.0)

        threading.Thread(target=later, name="demo-scale", daemon=True).start()

    return place


# Imported before the window opens: a module imported on first use by a worker holds the interpreter
# lock for long stretches (compiling, loading), and the GUI thread would wait for it mid-scan.
WARM_MODULES = (
    "packstation.services.print_jobs",
    "packstation.labels.render",
    "packstation.labels.platform",
    "packstation.evidence.photos",
    "packstation.evidence.stamp",
    "packstation.services.staging",
    "packstation.services.handover",
    "packstation.services.review",
)


def warm_up() -> None:
    """Import what the station's steps use, and hand the interpreter lock to the GUI thread often."""
    import importlib
    import sys

    for name in WARM_MODULES:
        importlib.import_module(name)
    from packstation.labels.fonts import read_coverage

    read_coverage()
    # A worker doing Python work gives the lock up every 1 ms (not 5): a frame is 16 ms.
    sys.setswitchinterval(0.001)


def station_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once) with the station's name and theme."""
    app = QApplication.instance() or QApplication(argv or ["packstation"])
    app.setApplicationName("packstation")
    app.setOrganizationName("packstation")
    apply_theme(app)  # type: ignore[arg-type]
    return app  # type: ignore[return-value]


def show_window(built: StationApp) -> None:
    """The station window fills the screen (maximized, not a fixed size): type scales with it."""
    built.window.showMaximized()


def keep_heap(built: StationApp, every_ms: int = 1000) -> HeapKeeper:
    """Once the window is up: full garbage collections only while the station is idle (`HeapKeeper`)."""
    keeper = HeapKeeper()
    keeper.settle()
    window, flow = built.window, built.flow
    timer = QTimer(window)
    timer.timeout.connect(lambda: keeper.tick(window.idle.last_input, not flow.idle))
    timer.start(every_ms)
    built.heap = keeper
    return keeper


def run_window(built: StationApp, app: QApplication) -> int:
    """Show the window and run the event loop until it is closed; stop every worker after."""
    show_window(built)
    keep_heap(built)
    try:
        return app.exec()
    finally:
        built.close()


def _camera_step(station: Station, bridge: DeviceBridge) -> tuple[CameraWorker, FrameRelay, CameraPhotoStep]:
    """The camera (not started yet), its preview relay, and the Photograph step bound to it."""
    photos, url = station.config.photos, station.config.devices.camera
    relay = FrameRelay()
    try:
        source: Any = open_camera_source(url, photos.width, photos.height)
    except CameraUrlError as exc:
        source = BrokenSource(url, str(exc))
    camera = CameraWorker(source, relay.offer, lambda s: bridge.report("camera", s.state, s.message))
    return camera, relay, CameraPhotoStep(station.photographing, camera)
