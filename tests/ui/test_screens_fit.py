"""Every page of the station at a 1366x768 laptop and a 1920x1080 monitor, rendered offscreen: no text
cut off (measured with the widget's own font), no widget outside the window, the status bar on screen,
and the window not growing when a prompt opens."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtWidgets import QApplication

from packstation.services.station.view import Step
from packstation.ui.theme import current_scale
from tests.ui.conftest import settle_stations, station_config
from tests.ui.fit_check import fit_problems
from tests.ui.station_walk import walk_station

SIZES = [(1366, 768), (1920, 1080)]
TITLE_AND_TASKBAR = 70  # what a desktop takes from a 768 px high screen around a maximized window


def fit_at(qtbot, window, size) -> None:  # type: ignore[no-untyped-def]
    window.resize(*size)
    fit = window.screen_fit
    qtbot.waitUntil(lambda: not fit._timer.isActive(), timeout=3000)  # the type scale settles
    QApplication.processEvents()


def check(qtbot, window, size, where: str) -> None:  # type: ignore[no-untyped-def]
    settle_stations()
    QApplication.processEvents()
    assert (window.width(), window.height()) == size, f"{where}: the window is {window.size()}, not {size}"
    bar = window.statusBar()
    assert bar.isVisible() and bar.geometry().bottom() < window.height(), f"{where}: status bar off screen"
    problems = fit_problems(window)
    assert not problems, f"{where} at {size[0]}x{size[1]}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_station_page_fits(make_station, qtbot, scan_keys, type_keys, size):  # type: ignore[no-untyped-def]
    config = station_config()
    printer_name = f"fit{uuid.uuid4().hex[:8]}"
    config.devices.printer = f"sim://{printer_name}"
    station_app = make_station(orders=6, config=config)
    window = station_app.window
    fit_at(qtbot, window, size)
    assert window.minimumSizeHint().height() <= 768 - TITLE_AND_TASKBAR, window.minimumSizeHint()
    assert window.minimumSizeHint().width() <= 1366, window.minimumSizeHint()
    assert current_scale() == (0.75 if size[1] == 768 else 1.0)  # type follows the window
    walk_station(
        qtbot, station_app, printer_name, scan_keys, type_keys, lambda where: check(qtbot, window, size, where)
    )


def test_first_admin_page_fits(make_station, qtbot):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1, people=False)
    window = station_app.window
    assert station_app.flow.step is Step.FIRST_ADMIN
    for size in SIZES:
        fit_at(qtbot, window, size)
        check(qtbot, window, size, "first admin")
    settle_stations()  # a queue read the page's timer started is answered before the window closes


def test_the_window_opens_maximized(make_station, qtbot):  # type: ignore[no-untyped-def]
    from packstation.app import show_window

    station_app = make_station(orders=1)
    station_app.window.hide()
    show_window(station_app)
    qtbot.waitUntil(lambda: station_app.window.isMaximized(), timeout=3000)
    settle_stations()  # what showing the window asked for (the queue) is answered before it closes
    qtbot.wait(50)


def test_high_contrast_theme_from_the_config(make_station, qtbot, tmp_path):  # type: ignore[no-untyped-def]
    from packstation.config import ConfigError, StationConfig, load_config, save_config
    from packstation.ui.theme import PALETTE, apply_theme

    config = station_config()
    config.screen.theme = "high-contrast"
    try:
        station_app = make_station(orders=1, config=config)
        window = station_app.window
        assert PALETTE.background == "#000000" and PALETTE.text == "#ffffff"
        assert "#000000" in QApplication.instance().styleSheet()
        fit_at(qtbot, window, SIZES[0])
        check(qtbot, window, SIZES[0], "log in, high contrast")
        image = window.grab().toImage()
        dark = image.pixelColor(5, window.height() // 2)
        assert dark.lightness() < 40, dark.name()  # black behind the page, not the standard grey
        settle_stations()
    finally:
        apply_theme(QApplication.instance(), theme="standard")
    assert PALETTE.background != "#000000"
    bad = StationConfig()
    bad.screen.theme = "neon"
    save_config(bad, tmp_path / "c.toml")
    with pytest.raises(ConfigError, match="screen.theme"):
        load_config(tmp_path / "c.toml")
