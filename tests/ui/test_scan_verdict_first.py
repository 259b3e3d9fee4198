"""An item scan's verdict is on screen before the station worker has stored it, and the stored answer
confirms it without a second sound, or replaces it when the store says otherwise."""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from packstation.domain.picking import ScanVerdict
from packstation.services.station.view import Step
from packstation.ui.bench_driver import send_scan
from tests.ui.conftest import DEMO_PRODUCTS, PACKER_BADGE, focus_target, press, settle_stations

BARCODES = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}


def _slow_store(station_app, gate: threading.Event):  # type: ignore[no-untyped-def]
    """The session's scan waits for `gate` on the worker: a store that is slow to commit."""
    session = station_app.session
    real = session.scan

    def slow(code: str):  # type: ignore[no-untyped-def]
        gate.wait(10)
        return real(code)

    session.scan = slow
    return real


def _spin_until(predicate, timeout: float = 2.0) -> bool:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.001)
    return False


def test_the_verdict_shows_before_the_store_answers(make_station, scan_keys):
    station_app = make_station(orders=2)
    flow, window, sounds = station_app.flow, station_app.window, station_app.sounds
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    assert flow.step is Step.CONFIRM and order is not None
    line = order.lines[0]
    gate = threading.Event()
    _slow_store(station_app, gate)
    sounds.requested.clear()
    try:
        send_scan(BARCODES[line.sku], focus_target, 0.003)
        assert _spin_until(lambda: (line.product_name or line.sku) in window.banner.text(), 1.0), (
            window.banner.text()
        )
        assert not flow.idle, "the store answered already: the test saw nothing ahead"
        assert sounds.requested == ["ok" if order.units > 1 else "done"]
        shown = flow.view.order
        assert shown is not None and shown.lines[0].picked == line.picked + 1
    finally:
        gate.set()
    settle_stations()
    assert flow.idle
    assert flow.view.last_scan is not None and flow.view.last_scan.seq > 0  # the stored answer is held
    assert len(sounds.requested) == 1, sounds.requested  # confirmed without a second sound
    with station_app.station.uow() as uow:
        assert len(uow.scans.for_order(order.order_id)) == 1


def test_the_store_overrules_a_verdict_shown_ahead(make_station, scan_keys):
    station_app = make_station(orders=2)
    flow, window, sounds = station_app.flow, station_app.window, station_app.sounds
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    assert order is not None
    gate = threading.Event()
    _slow_store(station_app, gate)
    code = BARCODES[order.lines[0].sku]
    with station_app.station.uow() as uow:  # the product's barcode is taken away after the book was read
        product = uow.catalog.get(order.lines[0].sku)
        assert product is not None
        from dataclasses import replace

        uow.catalog.upsert(replace(product, barcodes=[]))
        uow.commit()
    sounds.requested.clear()
    try:
        send_scan(code, focus_target, 0.003)
        assert _spin_until(lambda: bool(sounds.requested), 1.0)
        assert sounds.requested[0] in ("ok", "done")
    finally:
        gate.set()
    settle_stations()
    assert flow.view.last_scan is not None and flow.view.last_scan.verdict is ScanVerdict.UNKNOWN, (
        flow.view.last_scan
    )
    assert "is not a product the station knows" in window.banner.text(), window.banner.text()
    assert sounds.requested[-1] == "error", sounds.requested
    assert flow.view.order is not None and flow.view.order.units_picked == 0  # the count went back


def test_fast_scans_chain_ahead_and_all_are_stored(make_station, scan_keys):
    station_app = make_station(orders=2)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    assert order is not None
    codes = [BARCODES[line.sku] for line in order.lines for _ in range(line.quantity)]
    gate = threading.Event()
    _slow_store(station_app, gate)
    try:
        for code in codes[:3]:
            send_scan(code, focus_target, 0.003)
            _spin_until(lambda: False, 0.02)
        shown = flow.view.order
        assert shown is not None
        assert shown.units_picked == min(3, len(codes)), window.banner.text()
    finally:
        gate.set()
    settle_stations()
    with station_app.station.uow() as uow:
        stored = [s for s in uow.scans.for_order(order.order_id) if s.verdict in ("ok", "complete")]
    assert len(stored) == min(3, len(codes))
    assert flow.view.order is not None and flow.view.order.units_picked == len(stored)
