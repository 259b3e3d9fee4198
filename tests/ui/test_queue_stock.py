"""The queue tells the truth about stock before anyone walks to the shelf: an order whose units are
not available is listed after the packable ones with what it waits for, and Next skips it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from packstation.services.demo import demo_stock, load_demo_stock
from packstation.services.station.view import Step
from tests.ui.conftest import PACKER_BADGE, press


def test_an_order_without_stock_is_listed_last_with_what_it_waits_for(make_station, scan_keys, qtbot):
    station_app = make_station(orders=4)
    book = station_app.station.stock.book
    assert load_demo_stock(book, 4)
    flow = station_app.flow
    urgent = flow.packing.queue()[0]  # the most urgent order loses its first line's stock
    sku = urgent.lines[0].sku
    location = next(loc for s, loc, _ in demo_stock(4) if s == sku)
    level = next(lv for lv in book.levels() if lv.sku == sku and lv.location == location)
    book.count(sku, location, 0, "sue", "shelf found empty")
    scan_keys(PACKER_BADGE)
    page = station_app.window.pages[Step.QUEUE]
    page.reload()
    qtbot.waitUntil(lambda: urgent.order_id in flow.queue_stock, timeout=5000)
    qtbot.waitUntil(lambda: urgent.order_id in [o.order_id for o in page.orders[1:]], timeout=5000)
    assert flow.queue_stock[urgent.order_id].startswith(f"waiting for stock: {sku} (")
    waits = [o.order_id in flow.queue_stock for o in page.orders]
    assert waits == sorted(waits) and not waits[0], waits  # the packable first, the waiting after
    row = [o.order_id for o in page.orders].index(urgent.order_id)
    text = page.table.item(row, 1).text()
    assert "waiting for stock" in text and sku in text, text
    assert "waiting for stock, listed last" in page.title.text(), page.title.text()
    assert level.on_hand > 0  # it had stock before the count
    press(Qt.Key.Key_F2)  # Next: never the order that waits
    assert flow.step is Step.CONFIRM and flow.order is not None
    assert flow.order.order_id != urgent.order_id

