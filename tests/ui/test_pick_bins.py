"""The Pick page shows each line's bin and the next bin on the walking route, from demo stock."""

from __future__ import annotations

from packstation.services.demo import demo_bin, load_demo_stock
from packstation.services.station.view import Step
from tests.ui.conftest import BARCODES, PACKER_BADGE


def test_pick_page_shows_bins_and_the_next_one(make_station, scan_keys):
    station_app = make_station(orders=4)
    assert load_demo_stock(station_app.station.stock.book, 4)
    scan_keys(PACKER_BADGE)
    flow = station_app.flow
    order = next(o for o in flow.packing.queue() if o.units >= 2)  # units left after the first scan
    scan_keys(order.order_id)
    assert flow.step is Step.CONFIRM
    first = order.lines[0]
    scan_keys(BARCODES[first.sku])
    assert flow.step is Step.PICK
    page = station_app.window.pages[Step.PICK]
    page.render()
    table = page.lines
    bins = {table.item(row, 2).text(): table.item(row, 3).text() for row in range(table.rowCount())}
    assert bins == {line.sku: demo_bin(line.sku) for line in order.lines}
    still = [line for line in flow.view.lines if line.remaining]
    nearest = min(still, key=lambda line: int(line.location.split("-")[1]))
    assert page.next_bin.text() == f"Next bin: {nearest.location}"
