"""Stock-count mode in the station window: a supervisor enters it (Ctrl+K or its barcode), scans a bin
and its units with the wedge keys, confirms; the new levels and the audit are in the central store."""

from __future__ import annotations

from PySide6.QtCore import Qt

from packstation.ui.station.stock_count_page import StockCountPage
from packstation.ui.station.window import STOCK_COUNT_BARCODE
from tests.ui.conftest import BARCODES, PACKER_BADGE, SUPERVISOR_BADGE, press

CTRL = Qt.KeyboardModifier.ControlModifier


def _wait(qtbot, page: StockCountPage) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: page.flow.idle, timeout=5000)


def test_a_supervisor_counts_a_bin_and_the_differences_are_audited(make_station, qtbot, scan_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=0)
    window = station_app.window
    book = station_app.station.stock.book
    book.load("SKU-0001", "C-07-1", 3, "import")
    book.load("SKU-0004", "C-07-1", 1, "import")
    page = window.count_page
    assert isinstance(page, StockCountPage)

    scan_keys(PACKER_BADGE)  # a packer may not count
    press(Qt.Key.Key_K, CTRL)
    assert not window.count_mode and "needs a supervisor" in window.banner.text()
    press(Qt.Key.Key_L, CTRL)  # log out
    scan_keys(SUPERVISOR_BADGE)
    press(Qt.Key.Key_K, CTRL)
    assert window.count_mode and window.current is page and window.stack.currentWidget() is page
    assert page.title.text() == "Stock count: scan the bin's label"

    scan_keys(BARCODES["SKU-0001"])  # a unit before the bin: refused, no bin opened
    _wait(qtbot, page)
    assert "is a product barcode: scan the bin's label first" in window.banner.text()
    assert page.flow.view.location == ""
    scan_keys("C-07-1")
    _wait(qtbot, page)
    assert page.title.text() == "Stock count: bin C-07-1"
    assert "SKU-0001: counted 0, books 3" in page.lines.text()
    for code in (BARCODES["SKU-0001"], BARCODES["SKU-0001"], BARCODES["SKU-0002"], BARCODES["SKU-0002"]):
        scan_keys(code)
        _wait(qtbot, page)
    assert "SKU-0002: 2 counted." in window.banner.text()
    press(Qt.Key.Key_F4)  # the last unit was scanned twice: take it back
    _wait(qtbot, page)
    assert "SKU-0002: counted 1, books 0  difference +1" in page.lines.text()
    assert page.differences.text() == "Differences: SKU-0001 -1, SKU-0002 +1, SKU-0004 -1"
    assert book.levels_at("C-07-1")[0].on_hand == 3  # nothing written before the confirm

    press(Qt.Key.Key_F3)
    _wait(qtbot, page)
    assert "Bin C-07-1 counted: SKU-0001 -1, SKU-0002 +1, SKU-0004 -1." in window.banner.text()
    assert page.differences.text() == "Recorded: SKU-0001 -1, SKU-0002 +1, SKU-0004 -1"
    levels = {lv.sku: lv.on_hand for lv in book.levels_at("C-07-1")}
    assert levels == {"SKU-0001": 2, "SKU-0002": 1, "SKU-0004": 0}
    audit = [(a.sku, a.kind, a.delta, a.on_hand_after, a.actor) for a in book.audit() if a.kind == "count"]
    assert sorted(audit) == [
        ("SKU-0001", "count", -1, 2, "sue"),
        ("SKU-0002", "count", 1, 1, "sue"),
        ("SKU-0004", "count", -1, 0, "sue"),
    ]
    assert all(a.reason == "counted bin C-07-1" for a in book.audit() if a.kind == "count")

    # An unknown barcode is refused and not counted; Esc cancels a count without writing.
    scan_keys("C-08-2")
    _wait(qtbot, page)
    scan_keys("NOT-A-PRODUCT-9")
    _wait(qtbot, page)
    assert "Unknown barcode NOT-A-PRODUCT-9" in window.banner.text() and page.flow.view.lines == ()
    scan_keys(BARCODES["SKU-0001"])
    _wait(qtbot, page)
    press(Qt.Key.Key_Escape)
    _wait(qtbot, page)
    assert "nothing was changed" in window.banner.text() and book.levels_at("C-08-2") == []

    scan_keys(STOCK_COUNT_BARCODE)  # the command barcode leaves the mode too
    assert not window.count_mode and window.current is not page
