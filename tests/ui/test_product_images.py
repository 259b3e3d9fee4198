"""Product photos on the station: the scanned item's photo on Pick, thumbnails on Confirm, placeholders."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PIL import Image
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from packstation.services.station.view import Step
from packstation.ui.station.product_image import image_path
from tests.ui.conftest import BARCODES, PACKER_BADGE

RED = (220, 30, 40)


def write_png(path: Path, size: tuple[int, int], colour: tuple[int, int, int] = RED) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Image.new("RGB", size, colour).save(path, "PNG")
    return path


def set_image(station_app, sku: str, image: str) -> None:  # type: ignore[no-untyped-def]
    with station_app.station.uow() as uow:
        product = uow.catalog.get(sku)
        assert product is not None
        uow.catalog.upsert(replace(product, image=image))
        uow.commit()


def two_line_order(station_app):  # type: ignore[no-untyped-def]
    """A queued order with at least two different SKUs (one gets a photo, one stays without)."""
    return next(o for o in station_app.flow.packing.queue() if len({line.sku for line in o.lines}) >= 2)


def open_order(station_app, scan_keys, order_id: str) -> None:  # type: ignore[no-untyped-def]
    scan_keys(PACKER_BADGE)
    scan_keys(order_id)
    assert station_app.flow.step is Step.CONFIRM, station_app.window.banner.text()


def row_icon_null(table, sku: str) -> bool:  # type: ignore[no-untyped-def]
    row = next(r for r in range(table.rowCount()) if table.item(r, 2).text() == sku)
    return table.item(row, 1).icon().isNull()


def test_scanned_item_shows_its_photo_and_an_item_without_one_a_placeholder(
    make_station, scan_keys, qtbot, tmp_path
):
    station_app = make_station(orders=8)
    order = two_line_order(station_app)
    with_photo, without = order.lines[0], next(x for x in order.lines if x.sku != order.lines[0].sku)
    photo = write_png(tmp_path / "photos" / "serum.png", (240, 120))
    set_image(station_app, with_photo.sku, str(photo))
    window = station_app.window

    open_order(station_app, scan_keys, order.order_id)
    confirm = window.pages[Step.CONFIRM]
    qtbot.waitUntil(lambda: not row_icon_null(confirm.lines, with_photo.sku), timeout=3000)
    assert row_icon_null(confirm.lines, without.sku)  # no photo in the catalog: no thumbnail

    scan_keys(BARCODES[with_photo.sku])
    pick = window.pages[Step.PICK]
    assert station_app.flow.step is Step.PICK
    assert window.banner.level == "ok"  # the verdict is there whether or not the photo is yet
    view = pick.image
    qtbot.waitUntil(lambda: view.source is not None, timeout=3000)
    assert (view.source.width(), view.source.height()) == (240, 120)
    shown = view.pixmap()
    assert not shown.isNull() and not view.placeholder
    assert abs(shown.width() / shown.height() - 2.0) < 0.03
    box = view.contentsRect()  # shown large: fitted to the photo box (it scales with the type), not at thumbnail size
    assert shown.width() >= box.width() - 4 or shown.height() >= box.height() - 4, (shown.size(), box)
    assert shown.width() > 160
    centre = QColor(shown.toImage().pixel(shown.width() // 2, shown.height() // 2))
    assert (centre.red(), centre.green(), centre.blue()) == RED

    scan_keys(BARCODES[without.sku])
    assert window.banner.level == "ok", window.banner.text()
    qtbot.waitUntil(lambda: view.placeholder, timeout=3000)  # right after the verdict, nothing to read
    assert view.source is None and view.pixmap().isNull()
    assert without.product_name in view.text()


def test_relative_path_reads_from_the_station_home_and_a_missing_file_is_a_placeholder(
    make_station, scan_keys, qtbot
):
    station_app = make_station(orders=8)
    order = two_line_order(station_app)
    first, second = order.lines[0], next(x for x in order.lines if x.sku != order.lines[0].sku)
    write_png(station_app.station.home.root / "images" / "first.png", (90, 150))
    set_image(station_app, first.sku, "images/first.png")
    set_image(station_app, second.sku, "images/not-there.jpg")
    window = station_app.window
    open_order(station_app, scan_keys, order.order_id)

    scan_keys(BARCODES[first.sku])
    view = window.pages[Step.PICK].image
    qtbot.waitUntil(lambda: view.source is not None, timeout=3000)
    assert (view.source.width(), view.source.height()) == (90, 150)

    scan_keys(BARCODES[second.sku])
    assert window.banner.level == "ok", window.banner.text()
    qtbot.waitUntil(lambda: view.placeholder, timeout=3000)
    assert view.pixmap().isNull() and second.product_name in view.text()
    assert QApplication.activeModalWidget() is None  # no error dialog, just the neutral card
    assert window.banner.level == "ok"


def test_image_paths_are_absolute_file_urls_or_relative_to_the_home(tmp_path):
    home = tmp_path / "home"
    assert image_path("images/a.png", home) == home / "images" / "a.png"
    assert image_path(str(tmp_path / "b.png"), home) == tmp_path / "b.png"
    assert image_path((tmp_path / "c d.png").as_uri(), home) == tmp_path / "c d.png"
    assert image_path("https://cdn.example/p.jpg", home) is None  # not fetched at the station
    assert image_path("  ", home) is None
    assert image_path("images/a.png", None) is None
