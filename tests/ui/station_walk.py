"""Every page of the station, as a supervisor walks through them: log in, queue, dispatch, one order
from confirm to done (a wrong item, the undo prompt, the printer out of paper), a hold, settings after
Test, people, returns and stock count. `walk_station(..., look)` calls `look(where)` on each page; the
screens-fit and the no-English tests look at the same pages this way."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QPushButton

from packstation.devices.printers.sim import sim_printer
from packstation.devices.weight_gate import GateState
from packstation.services.station.view import Step
from packstation.ui.i18n import shown
from tests.ui.conftest import BARCODES, SUPERVISOR_BADGE, SUPERVISOR_PIN, press, settle_stations


def walk_station(  # type: ignore[no-untyped-def]
    qtbot, station_app: Any, printer_name: str, scan_keys, type_keys, look: Callable[[str], None]
) -> None:
    """Drive `station_app` (its printer `sim://printer_name`) through every page, `look` at each."""
    window, flow = station_app.window, station_app.flow
    look("log in")

    scan_keys(SUPERVISOR_BADGE)
    queue = window.pages[Step.QUEUE]
    qtbot.waitUntil(lambda: queue.table.rowCount() == 6, timeout=5000)
    look("queue")
    if window.mode_page is not None:  # dispatch mode, on F12 (before an order is open)
        press(Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: window.current is window.mode_page, timeout=5000)
        look("dispatch")
        press(Qt.Key.Key_F12)
        qtbot.waitUntil(lambda: window.current is queue, timeout=5000)

    order = max(flow.packing.queue(), key=lambda o: len(o.lines))
    scan_keys(order.order_id)
    assert flow.step is Step.CONFIRM
    look("confirm")
    units = [line for line in order.lines for _ in range(line.quantity)]
    scan_keys(BARCODES[units[0].sku])
    if len(units) > 1:
        assert flow.step is Step.PICK
        look("pick")
        wrong = next(code for sku, code in BARCODES.items() if all(line.sku != sku for line in order.lines))
        scan_keys(wrong)
        look("pick, wrong item")
        press(Qt.Key.Key_F4)  # undo: a prompt for the reason opens on the page
        look("pick, undo prompt")
        press(Qt.Key.Key_Escape)
        for line in units[1:]:
            scan_keys(BARCODES[line.sku])
    assert flow.step is Step.PACK, window.banner.text()
    look("pack")
    # The last parcel still on the scale: its long hint wraps on the Pack page (it made the window
    # grow past the screen, to 2,151 px, and a window never shrinks back).
    station_app.scale.place(2245)
    gate = station_app.station.weight_gate
    qtbot.waitUntil(lambda: gate.view.grams is not None and gate.view.grams > 2000, timeout=5000)
    gate.new_parcel()
    pack_page = window.pages[Step.PACK]
    qtbot.waitUntil(lambda: gate.view.state is GateState.CLEAR_SCALE, timeout=5000)
    qtbot.waitUntil(lambda: html.escape(shown(gate.view.message)) in pack_page.live.text(), timeout=5000)
    look("pack, last parcel still on the scale")
    station_app.scale.empty()
    sim_printer(printer_name).paper_out = True
    flow.weigh(flow.view.pack.expected_g)
    settle_stations()
    press(Qt.Key.Key_F3)
    qtbot.waitUntil(lambda: flow.step is Step.LABEL, timeout=5000)
    settle_stations()
    look("label, printer out of paper")
    sim_printer(printer_name).paper_out = False
    press(Qt.Key.Key_F3)  # retry
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=8000)
    look("photograph")
    for _kind in station_app.station.config.photos.required:
        press(Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: not flow.busy, timeout=5000)
    qtbot.waitUntil(lambda: flow.step is Step.DONE, timeout=5000)
    look("done")

    press(Qt.Key.Key_F2)  # the next order, then on hold
    scan_keys(BARCODES[flow.order.lines[0].sku])
    press(Qt.Key.Key_F8)
    look("hold reason prompt")
    type_keys("1", enter=True)
    assert flow.step is Step.HELD
    look("on hold")
    type_keys(SUPERVISOR_PIN, enter=True)
    type_keys("ok", enter=True)

    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert flow.step is Step.SETTINGS
    settings = window.pages[Step.SETTINGS]
    scale_box = settings.fields["devices.scale"]
    width_before = scale_box.width()
    test_word = QCoreApplication.translate("Settings", "Test")  # the button's word in the language shown
    tests = [b for b in settings.findChildren(QPushButton) if b.text() == test_word]
    assert tests, f"no {test_word!r} buttons on the settings page"
    for button in tests:
        button.click()
    testing = QCoreApplication.translate("Settings", "testing …")
    # Every device answered (a result still "testing …" would be looked at before its words arrive).
    qtbot.waitUntil(lambda: all(r.text() and r.text() != testing for r in settings.results.values()), timeout=8000)
    settle_stations()
    assert scale_box.width() >= width_before * 0.9, (width_before, scale_box.width())
    look("settings after Test")
    press(Qt.Key.Key_Escape)

    press(Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    people = window.people_page
    qtbot.waitUntil(lambda: people.pending == 0 and people.table.rowCount() == 3, timeout=5000)
    look("people")
    press(Qt.Key.Key_Escape)

    # The other modes of the station, as the supervisor still logged in enters them.
    assert window.returns_page is not None and window.count_page is not None
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.returns_mode and window.current is window.returns_page
    look("returns")
    press(Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert not window.returns_mode
    press(Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.count_mode and window.current is window.count_page
    look("stock count")
    press(Qt.Key.Key_Escape)
    settle_stations()
    assert not window.count_mode
