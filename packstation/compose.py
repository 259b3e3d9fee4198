"""The one Qt-free composition root: from a home folder and its config to every service, built once.

`app.py` (the window) adds only the Qt adapters to what this builds; the CLI, `simulate` and the
benchmarks use it as it is. Parts that touch a device or the network (the printer, the camera, the
central store) are built on first use, so a command that only reads the station (`orders`,
`label`, `evidence verify`, `users list`) never waits on them. The central store's schema is
changed only by `packstation central init` (or, for the embedded single-station store, when a
station first syncs with it).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta
from functools import cached_property
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from packstation.config import StationConfig, load_config, save_config
from packstation.domain.orders import Order, Parcel
from packstation.domain.packing import WeightTolerance
from packstation.home import Home, resolve_home
from packstation.services.packing import PackingRules, PackingService
from packstation.services.settings import SettingsService
from packstation.services.users import UserService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.wiring import StationSync, build_station_sync

# Settings that take effect only when the station starts again (devices are opened at start).
RESTART_PREFIXES = ("devices.", "store.", "station", "photos.width", "photos.height")


def packing_rules(config: StationConfig) -> PackingRules:
    return PackingRules(
        tolerance=WeightTolerance(config.packing.weight_tolerance_g, config.packing.weight_tolerance_pct),
        fragile_padding_mm=config.packing.fragile_padding_mm,
    )


@dataclass
class Station:
    """Everything one station process runs on, built once and passed in."""

    home: Home
    config: StationConfig
    engine: Engine
    uow: UnitOfWorkFactory
    packing: PackingService
    users: UserService
    settings: SettingsService
    sync: StationSync | None = None
    settings_listeners: list[Callable[[StationConfig], None]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.config.station

    def handling_time(self) -> dict[str, timedelta]:
        return {k: timedelta(hours=v) for k, v in self.config.packing.handling_hours.items()}

    # -- built on first use --------------------------------------------------------------------------
    @cached_property
    def labels(self) -> Any:
        """The label service on the configured printer (`devices.printer`)."""
        return self.label_service()

    def label_service(self, printer_url: str | None = None) -> Any:
        """A label service on `printer_url` (default: the configured printer)."""
        from packstation.devices.printers import Printer
        from packstation.services.labelling import LabelService

        return LabelService(
            self.uow,
            self.name,
            Printer(printer_url or self.config.devices.printer),
            self.config.label,
            packing=self.packing,
            ranges=self.config.label.tracking_ranges or None,
        )

    @cached_property
    def photographing(self) -> Any:
        from packstation.evidence.requirements import PhotoRequirements
        from packstation.services.photographing import PhotographService

        photos = self.config.photos
        requirements = PhotoRequirements.from_config(photos.required, photos.label_must_show)
        return PhotographService(self.uow, self.name, self.home.blobs, requirements, photos.keep_unstamped)

    @cached_property
    def weight_gate(self) -> Any:
        """Which scale reading counts for a parcel (fed by the scale's thread, read by the session)."""
        from packstation.devices.weight_gate import WeightGate

        weighing = self.config.weighing
        return WeightGate(zero_threshold_g=weighing.zero_threshold_g, require_zero=weighing.require_zero)

    @cached_property
    def video(self) -> Any:
        """The packing-video service when recording is on and a camera is configured, else None."""
        from packstation.services.photographing import local_zone
        from packstation.services.recording import VideoRecordingService

        camera = self.config.devices.camera
        if not self.config.video.active(camera):
            return None
        return VideoRecordingService(
            self.uow,
            self.config.video,
            self.name,
            self.home.blobs,
            self.home.root / "video",
            camera=camera,
            tz=local_zone(),
        )

    @cached_property
    def handover(self) -> Any:
        """Hand parcels to the carrier: scan-out per carrier, manifest, photos, Shipped at collection."""
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        from packstation.services.handover import HandoverService

        dispatch = self.config.dispatch
        try:
            tz = ZoneInfo(dispatch.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            tz = ZoneInfo("UTC")
        service = HandoverService(
            self.uow,
            self.name,
            self.home.blobs,
            central=self.sync.status if self.sync else None,
            tz=tz,
            require_photos=dispatch.require_photos,
            stock=self.sync.stock if self.sync else None,
        )
        service.manifest_language = self.config.languages.default
        return service

    def dispatch_session(self, camera: Any = None) -> Any:
        """Dispatch mode's flow (`DispatchSession`) on the handover service and the station's shared camera."""
        from packstation.services.dispatch import DispatchSession
        from packstation.services.dispatch.summary import ManifestSummaryPrinter

        summary = None
        if self.config.dispatch.print_summary:
            label = self.config.label
            summary = ManifestSummaryPrinter(self.labels.printer, label.stock, label.dpi, self.handover.tz)
        return DispatchSession(self.handover, camera, summary)

    @cached_property
    def returns(self) -> Any:
        """Returned parcels: scanned in against their order, unboxed on camera, graded and decided."""
        from packstation.services.photographing import local_zone
        from packstation.services.returns import ReturnsService

        stock = self.stock.book if self.sync is not None else None  # restock decisions go back on the shelf
        return ReturnsService(
            self.uow, self.name, self.home.blobs, self.config.returns, tz=local_zone(), stock=stock
        )

    @cached_property
    def delivery_watch(self) -> Any:
        """Carrier events in, the marketplace's delivery rules on a timer, alerts to people."""
        from packstation.services.alerts.watch import build_delivery_watch

        return build_delivery_watch(self.config, self.uow, self.home.blobs)

    @cached_property
    def marketplace(self) -> Any:
        """The marketplace connector's worker (pull orders, push shipments), None when not configured."""
        from packstation.services.marketplace import build_marketplace_worker

        return build_marketplace_worker(self.uow, self.config, watch=self.delivery_watch)

    @cached_property
    def stock(self) -> Any:
        """Stock levels, counts, adjustments and decisions on waiting orders (central store)."""
        from packstation.services.stock import StockService
        from packstation.sync.stock import StockBook

        assert self.sync is not None
        cancel_via = ["tiktok"] if self.config.channels.tiktok.enabled else []  # its connector cancels
        return StockService(StockBook(self.sync.central), self.uow, self.name, cancel_via)

    @cached_property
    def languages(self) -> Any:
        """Each person's language (remembered at login), with the station default from `[languages]`."""
        from packstation.services.languages import LanguageBook

        return LanguageBook(self.uow, self.name, self.config.languages.default)

    def background_jobs(self) -> list[tuple[str, float, Callable[[], Any]]]:
        """What runs on a timer beside the bench, off the GUI thread: (name, every seconds, call)."""
        jobs: list[tuple[str, float, Callable[[], Any]]] = [
            ("delivery rules", max(60.0, self.config.tracking.evaluate_minutes * 60), self.delivery_watch.tick)
        ]
        if self.marketplace is not None:
            jobs.append(("marketplace", 10.0, self.marketplace.run_once))
        if self.sync is not None:
            jobs.append(("low stock", 300.0, lambda: self.stock.alert_low(self.delivery_watch.alerts)))
        if self.config.backup.daily and not self.config.store.station_url:
            from packstation.store.backup import daily_backup

            backup = daily_backup(self.home.root, self.config.backup.folder, self.config.backup.keep)
            jobs.append(("daily backup", 3600.0, backup.run_if_due))
        return jobs

    def review_services(self) -> Any:
        """The review window's services (`ReviewServices`) on this station's store and folders."""
        from packstation.services.review.desk import review_services

        return review_services(self)

    def label_previewer(self) -> Callable[[Order, Parcel], bytes]:
        """Renders a parcel's label as PNG (on the station's stock and resolution) for the Label page."""
        from packstation.labels.render import render_label
        from packstation.services.review import sender_address

        sender, stock, dpi = sender_address(self.config.label), self.config.label.stock, self.config.label.dpi

        def preview(order: Order, parcel: Parcel) -> bytes:
            return render_label(order, parcel, sender, stock, dpi, ["png"])["png"]

        return preview

    def session(self, photo_step: Any = None, *, users: Any = None, observers: tuple[Any, ...] = ()) -> Any:
        """The station's packing session (`StationSession`) on these services and `photo_step`'s camera."""
        from packstation.services.station.finishing import Finishing
        from packstation.services.station.session import StationSession
        from packstation.services.station.video import VideoFollowsOrder

        if self.video is not None:
            observers = (*observers, VideoFollowsOrder(self.video))

        finishing = Finishing(
            self.packing,
            self.labels,
            photo_step,
            self.label_previewer(),
            tuple(self.config.photos.required),
            observers=observers,
        )
        return StationSession(
            self.packing,
            users or self.users,
            station=self.name,
            finishing=finishing,
            settings=self.settings,
            on_settings=self.apply_settings,
            gate=self.weight_gate,
        )

    def apply_settings(self, config: StationConfig) -> list[str]:
        """Put saved settings to work at once; returns the changed keys that wait for a restart."""
        self.packing.rules = packing_rules(config)
        for listener in self.settings_listeners:
            listener(config)
        return [key for key in self.settings.last_changed if key.startswith(RESTART_PREFIXES)]

    def close(self) -> None:
        if "video" in self.__dict__ and self.video is not None:
            self.video.close()
        if self.sync:
            self.sync.close()
        self.engine.dispose()


def station_url(home: Home, config: StationConfig) -> str:
    return config.store.station_url or sqlite_url(home.station_db)


def compose(
    home_dir: str | Path | None = None,
    *,
    write_default_config: bool = True,
    migrate_central: bool = False,
    central_url: str = "",
    claim_ahead: int | None = None,
) -> Station:
    """Open (creating and migrating on first use) the station in `home_dir` and build its services.

    The central store is connected lazily; `migrate_central` creates or upgrades an embedded (SQLite)
    central store, which only the station window, `sync` and `simulate` ask for.
    """
    home = Home(resolve_home(home_dir)).ensure()
    config = load_config(home.config_file)
    if write_default_config and not home.config_file.exists():
        save_config(config, home.config_file)
    engine = open_engine(station_url(home, config))
    uow = UnitOfWorkFactory(engine)
    try:
        sync = build_station_sync(
            home.root,
            uow,
            config.station,
            central_url or config.store.central_url,
            migrate=migrate_central,
            claim_ahead=claim_ahead,
            station_id=home.station_id(),
        )
    except BaseException:
        engine.dispose()
        raise
    packing = PackingService(
        uow, config.station, packing_rules(config), claims=sync.claims, central=sync.status, stock=sync.stock
    )
    return Station(
        home,
        config,
        engine,
        uow,
        packing,
        UserService(uow, config.station, min_badge_length=config.badges.min_length),
        SettingsService(home, config),
        sync,
    )


# The name the CLI and the tests have always used.
open_station = compose


class HeapKeeper:
    """Full garbage collections only while nobody waits for the station.

    A full collection walks every object the station holds and keeps the interpreter lock while it
    does: 40-120 ms on a station's heap after an hour, a frozen window if it comes during a scan
    (any thread's allocations can start one). `settle()` collects once, keeps what the station built
    at start (modules, tables, widgets) out of every later collection, and turns the automatic full
    collections off; the young generations still collect as usual, a few milliseconds each. `tick()`
    (about once a second) then runs a full collection when the station has been idle for `idle_s`
    (no input, no action pending), at most every `every_s`; once `overdue_s` have passed without
    one it runs at the next moment no action is pending, so garbage never piles up for long.
    """

    def __init__(
        self,
        idle_s: float = 3.0,
        every_s: float = 60.0,
        overdue_s: float = 600.0,
        clock: Callable[[], float] = time.monotonic,
        collect: Callable[[], object] = gc.collect,
    ) -> None:
        self.idle_s, self.every_s, self.overdue_s = idle_s, every_s, overdue_s
        self.clock, self.collect = clock, collect
        self.last = clock()
        self.collections = 0
        self._threshold: tuple[int, int, int] | None = None

    def settle(self) -> None:
        gc.collect()
        gc.freeze()
        self._threshold = gc.get_threshold()
        young, middle, _ = self._threshold
        gc.set_threshold(young, middle, BY_HAND)
        self.last = self.clock()

    def stop(self) -> None:
        """Automatic full collections on again (the station closed)."""
        if self._threshold is not None:
            gc.set_threshold(*self._threshold)
            self._threshold = None

    def tick(self, last_input: float | None, busy: bool) -> bool:
        """Collect now if it is time; True when it did."""
        now = self.clock()
        since = now - self.last
        if busy or since < self.every_s:
            return False
        quiet = last_input is None or now - last_input >= self.idle_s
        if not quiet and since < self.overdue_s:
            return False
        self.collect()
        self.last = self.clock()
        self.collections += 1
        return True


BY_HAND = 1_000_000_000  # gen-1 collections before an automatic full one: never, `HeapKeeper` runs them


def settle_heap() -> None:
    """Collect once and keep what the station built at start out of every later collection (the
    commands and benchmarks that run no `HeapKeeper`: automatic full collections stay on)."""
    gc.collect()
    gc.freeze()
