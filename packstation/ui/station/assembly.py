"""Builds the station window from its parts: the flow, one page per step, and the window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from packstation.domain.orders import Product
from packstation.ui.bridge import DeviceBridge
from packstation.ui.sounds import Sounds
from packstation.ui.station.confirm import ConfirmPage
from packstation.ui.station.done import DonePage
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.held import HeldPage
from packstation.ui.station.label_page import LabelPage
from packstation.ui.station.login import FirstAdminPage, LoginPage
from packstation.ui.station.pack import PackPage
from packstation.ui.station.photo_page import PhotoPage
from packstation.ui.station.pick import PickPage
from packstation.ui.station.product_image import ProductImages
from packstation.ui.station.queue import QueuePage
from packstation.ui.station.settings_page import SettingsPage
from packstation.ui.station.sim_panel import SimScannerPanel
from packstation.ui.station.widgets import Page
from packstation.ui.station.window import StationWindow


@dataclass
class StationUi:
    window: StationWindow
    flow: StationFlow
    panel: SimScannerPanel | None = None


def build_station_ui(
    *,
    session: Any,
    runner: Any,
    bridge: DeviceBridge,
    sounds: Sounds,
    station_name: str,
    idle_lock_minutes: float = 10.0,
    required_photos: list[str] | None = None,
    settings: Any = None,
    sim_scan: Callable[[str], None] | None = None,
    catalog: list[Product] | None = None,
    photo_step: Any = None,
    camera_relay: Any = None,
    image_root: Path | None = None,
    io_runner: Any = None,
    scale: Any = None,
) -> StationUi:
    """Everything is passed in (the composition roots are `packstation.compose` and `packstation.app`).

    `session` is the station's `StationSession`; the window runs its actions on `runner` (one worker).
    `io_runner` reads product photos (defaults to `runner`). `image_root` is the folder relative
    catalog `image` paths are read from: the station home (by default the home of `settings`).
    """
    flow = StationFlow(session, runner, reader=io_runner)
    if image_root is None and settings is not None and hasattr(settings, "home"):
        image_root = settings.home.root
    images = ProductImages(io_runner or runner, image_root)
    pages: list[Page] = [
        FirstAdminPage(flow),
        LoginPage(flow),
        SettingsPage(flow, settings),
        QueuePage(flow),
        ConfirmPage(flow, images),
        PickPage(flow, images),
        PackPage(flow),
        LabelPage(flow),
        PhotoPage(flow, list(required_photos or []), photo_step, camera_relay),
        DonePage(flow),
        HeldPage(flow),
    ]
    panel = SimScannerPanel(flow, sim_scan, catalog or [], scale=scale) if sim_scan is not None else None
    side: QWidget | None = panel
    window = StationWindow(flow, bridge, pages, sounds, station_name, idle_lock_minutes, side)
    return StationUi(window, flow, panel)
