"""Several parcels, a cancellation mid-order, help, the run command without a display, screenshots, benchmark."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor, Role
from packstation.services.station.view import Step
from tests.ui.conftest import BARCODES, PACKER_BADGE, press, weigh_true


def pick_all(station_app, scan_keys) -> None:  # type: ignore[no-untyped-def]
    for line in station_app.flow.order.lines:
        for _ in range(line.remaining):
            scan_keys(BARCODES[line.sku])


def test_an_order_packed_in_two_parcels(make_station, qtbot, scan_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    pick_all(station_app, scan_keys)
    assert flow.step is Step.PACK
    press(Qt.Key.Key_F6)  # NEWPARCEL: the order goes in two boxes
    assert "parcel 1 of 2" in window.pages[Step.PACK].title.text()
    scan_keys("BOX-M")  # box barcodes choose the box
    assert flow.pack.box_code == "BOX-M"
    first = weigh_true(qtbot, station_app)
    press(Qt.Key.Key_F3)
    assert "parcel 2 of 2" in window.pages[Step.PACK].title.text(), window.banner.text()
    second = weigh_true(qtbot, station_app)
    press(Qt.Key.Key_F3)
    parcels = flow.packing.parcels(flow.order.order_id)
    assert [(p.number, p.weight_g) for p in parcels] == [(1, first), (2, second)]
    press(Qt.Key.Key_F3)  # finish packing: two parcels
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)


def test_an_order_cancelled_while_packing_stops_the_packer(make_station, qtbot, scan_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order_id = flow.order.order_id
    pick_all(station_app, scan_keys)
    flow.packing.cancel(Actor("sue", Role.SUPERVISOR), order_id, "buyer cancelled")  # from elsewhere
    weigh_true(qtbot, station_app)
    press(Qt.Key.Key_F3)
    assert flow.step is Step.HELD
    assert window.pages[Step.HELD].title.text() == f"STOP: order {order_id} was cancelled"
    assert "unpack" in window.pages[Step.HELD].reason.text().lower()
    assert flow.packing.parcels(order_id) == []  # nothing weighed for a cancelled order
    press(Qt.Key.Key_F3)  # back to the queue
    assert flow.step is Step.QUEUE
    assert flow.packing.order(order_id).status is OrderStatus.CANCELLED


def test_help_lists_the_keys_of_the_step(make_station, scan_keys):
    station_app = make_station(orders=1)
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F1)  # the help for this step, over the page
    help_card = station_app.window.help
    keys = help_card.keys.text()
    assert help_card.isVisible() and help_card.title.text() == "Choose an order"
    assert "[F2]</b> Next order" in keys and "[Ctrl+L]</b> Log out" in keys
    assert "scan an order" in help_card.body.text()
    press(Qt.Key.Key_F1)  # F1 again closes it
    assert not help_card.isVisible()
    press(Qt.Key.Key_F4)  # UNDO is not a queue action
    assert "Undo scan is not available on this step" in station_app.window.banner.text()


def test_run_command_without_a_display_says_so_in_one_line(tmp_path: Path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-m", "packstation", "--home", str(tmp_path / "home")],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    if sys.platform.startswith("linux"):
        assert result.returncode == 1
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and "no display found" in lines[0] and "QT_QPA_PLATFORM=offscreen" in lines[0]


@pytest.mark.slow
def test_screenshots_of_every_step(tmp_path: Path):
    from tests.harness.screenshots import take_screenshots

    files = take_screenshots(tmp_path)
    names = [f.stem for f in files]
    for step in ("login", "queue", "confirm", "pick-right-item", "pick-wrong-item", "pack", "label"):
        assert any(name.endswith(step) for name in names), step
    for step in ("photograph", "done", "on-hold", "settings"):
        assert any(name.endswith(step) for name in names), step
    image = QImage(str(files[4]))  # the wrong item: the banner is red
    assert image.width() >= 1200
    # inside the banner (below the step bar; where exactly follows the window's type scale)
    column = [image.pixelColor(30, y) for y in range(50, 200)]
    assert any(c.red() > 200 and c.green() < 230 and c.red() > c.green() + 15 for c in column)


def test_scan_to_verdict_benchmark_quick_run(tmp_path: Path):
    from packstation.bench import BenchContext
    from packstation.bench.station_ui import scan_to_verdict

    measurement = scan_to_verdict(BenchContext(tmp_path, quick=True))
    assert measurement.count == 200 and len(measurement.samples_s) == 200
    assert measurement.target_p99_ms == 16.0
    assert 0 < measurement.percentile_ms(50) < 1000
