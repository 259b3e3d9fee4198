"""Builds the station window from its parts: the flow, one page per step, and the window itself."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from packstation.domain.orders import Product
from packstation.ui.bridge import DeviceBridge
from packstation.ui.i18n import Languages, LanguageSwitch
from packstation.ui.screen_fit import ScreenFit
from packstation.ui.sounds import Sounds
from packstation.ui.station.confirm import ConfirmPage
from packstation.ui.station.done import DonePage
from packstation.ui.station.flow import StationFlow
from packstation.ui.station.held import HeldPage
from packstation.ui.station.label_page import LabelPage
from packstation.ui.station.login import FirstAdminPage, LoginPage
from packstation.ui.station.pack import PackPage
from packstation.ui.station.people_page import PeoplePage
from packstation.ui.station.photo_page import PhotoPage
from packstation.ui.station.pick import PickPage
from packstation.ui.station.product_image import ProductImages
from packstation.ui.station.queue import QueuePage
from packstation.ui.station.settings_page import SettingsPage
from packstation.ui.station.sim_panel import SimScannerPanel
from packstation.ui.station.widgets import Page, Slot
from packstation.ui.station.window import StationWindow


@dataclass
class StationUi:
    window: StationWindow
    flow: StationFlow
    panel: SimScannerPanel | None = None
    languages: Languages | None = None
    language_switch: LanguageSwitch | None = None


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
    returns: Any = None,
    dispatch: Any = None,
    language_book: Any = None,
    default_language: str = "en",
    stock: Any = None,
    theme: str | None = None,
) -> StationUi:
    """Everything is passed in (the composition roots are `packstation.compose` and `packstation.app`).

    `session` is the station's `StationSession`; the window runs its actions on `runner` (one worker).
    `language_book` (`services.languages.LanguageBook`) remembers each person's language; without it
    the window stays in `default_language`. `io_runner` reads product photos (defaults to `runner`). `image_root` is the folder relative
    catalog `image` paths are read from: the station home (by default the home of `settings`).
    """
    flow = StationFlow(session, runner, reader=io_runner)
    languages = Languages(getattr(language_book, "default", default_language))
    languages.use(languages.default)  # before the pages are built: their words start in it
    switch = LanguageSwitch(flow, languages, language_book)
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
    if returns is not None:  # the station's ReturnsService: returns mode on Ctrl+T
        from packstation.ui.station.returns_page import returns_page

        window.add_returns(returns_page(returns, runner, flow, photo_step, session))
    if stock is not None:  # the station's StockService: stock-count mode on Ctrl+K (supervisors)
        from packstation.ui.station.stock_count_page import stock_count_page

        window.add_stock_count(stock_count_page(stock, runner, flow))
    if dispatch is not None:  # a DispatchSession: dispatch mode on F12 and the DISPATCH barcode
        from packstation.ui.station.dispatch_flow import DispatchFlow
        from packstation.ui.station.dispatch_page import DispatchPage

        camera = getattr(photo_step, "camera", None)  # shared with the Photograph step
        window.attach_dispatch(DispatchPage(flow, DispatchFlow(dispatch, runner), camera))
        from packstation.services.dispatch.board import DispatchBoardService
        from packstation.ui.station.staged_strip import StagedStrip

        queue = next(p for p in pages if isinstance(p, QueuePage))
        queue.staged_strip = StagedStrip(io_runner or runner, DispatchBoardService(dispatch.handover).board)  # type: ignore[attr-defined]
        # In a slot that keeps its tallest height: a parcel staged changes the strip's words, and a
        # strip that followed their height would lay the queue page (and its table) out again.
        queue.layout().addWidget(Slot(queue.staged_strip, grow_only=True))  # type: ignore[attr-defined]
    papers = image_root / "papers" if image_root is not None else None
    window.set_people_page(PeoplePage(flow, session.users, runner, papers))
    login = next(page for page in pages if isinstance(page, LoginPage))
    login.language_chosen = switch.choose
    login.show_language(languages.current)
    languages.listeners.append(login.show_language)
    languages.setParent(window)
    switch.setParent(window)
    window.screen_fit = ScreenFit(window, theme)  # type: ignore[attr-defined]
    return StationUi(window, flow, panel, languages, switch)
