"""Pack whole orders through every step with the keyboard and scanner alone (key events, real filter)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from packstation.domain.commands import Command
from packstation.domain.orders import OrderStatus
from packstation.services.station.view import Step
from tests.ui.conftest import BARCODES, PACKER_BADGE, press, weigh_true


def test_pack_two_orders_through_every_step_by_scanner_and_keys(make_station, qtbot, scan_keys):
    station_app = make_station(orders=4)
    window, flow = station_app.window, station_app.flow
    assert flow.step is Step.LOGIN

    scan_keys(PACKER_BADGE)  # badge scanned while the PIN field has focus: nothing typed into it
    assert flow.actor is not None and flow.actor.user_id == "pat"
    assert window.pages[Step.LOGIN].pin.text() == ""
    assert flow.step is Step.QUEUE
    queue_page = window.pages[Step.QUEUE]
    qtbot.waitUntil(lambda: queue_page.table.rowCount() == 4, timeout=3000)  # read on the worker
    first_in_queue = queue_page.orders[0].order_id

    for round_no in range(2):
        press(Qt.Key.Key_F2)  # NEXT: the most urgent order
        assert flow.step is Step.CONFIRM, window.banner.text()
        order = flow.order
        if round_no == 0:
            assert order.order_id == first_in_queue
        assert window.pages[Step.CONFIRM].order_id.text() == f"Order {order.order_id}"
        assert window.stack.currentWidget() is window.pages[Step.CONFIRM]

        units = [line for line in order.lines for _ in range(line.quantity)]
        for n, line in enumerate(units, start=1):
            scan_keys(BARCODES[line.sku])
            if n < len(units):
                assert flow.step is Step.PICK
                assert window.pages[Step.PICK].progress.text() == f"{n} / {order.units}"
                assert station_app.sounds.requested[-1] == "ok"
                assert window.banner.level == "ok"
        # the last good scan moves on to Pack by itself
        assert flow.step is Step.PACK, window.banner.text()
        assert station_app.sounds.requested[-1] == "done"
        picked = flow.packing.order(order.order_id)
        assert picked.status is OrderStatus.PICKED and picked.fully_picked

        pack_page = window.pages[Step.PACK]
        assert flow.pack.box_code == flow.packing.suggest_box(order.order_id).code
        grams = weigh_true(qtbot, station_app)
        qtbot.waitUntil(lambda page=pack_page: "stable" in page.live.text())
        press(Qt.Key.Key_F3)  # CONFIRM: record the stable weight
        assert window.banner.level == "ok", window.banner.text()
        assert flow.packing.parcels(order.order_id)[0].weight_g == grams
        press(Qt.Key.Key_F3)  # CONFIRM: every parcel weighed, packing done; the label prints by itself
        qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
        assert flow.packing.order(order.order_id).status is OrderStatus.LABELLED

        for kind in station_app.station.config.photos.required:  # one PHOTO press per required photo
            assert flow.step is Step.PHOTO, kind
            press(Qt.Key.Key_F5)
            qtbot.waitUntil(lambda: not flow.busy, timeout=5000)
        qtbot.waitUntil(lambda: flow.step is Step.DONE, timeout=5000)
        assert flow.packing.order(order.order_id).status is OrderStatus.STAGED  # Shipped comes at the handover
        done_text = " ".join(w.text() for w in window.pages[Step.DONE].findChildren(type(window.who)))
        assert order.order_id in done_text and "Staged" in done_text
        press(Qt.Key.Key_F3)  # back to the queue
        assert flow.step is Step.QUEUE

    assert len(flow.packing.queue()) == 2


def test_status_bar_shows_devices_and_sync_drains_the_outbox(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2, sync_s=0.2)
    lights = station_app.window.devices
    qtbot.waitUntil(lambda: lights.lights["sync"].state == "ok", timeout=5000)
    assert lights.lights["scanner"].state == "connected"  # the keyboard wedge
    assert lights.lights["scale"].state == "simulated"
    assert lights.lights["printer"].state == "simulated" and lights.lights["camera"].state == "simulated"
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)  # a claim and an OrderConfirmed event to send
    qtbot.waitUntil(lambda: lights.lights["sync"].message.startswith("0 event"), timeout=5000)
    assert "sync: ok" in lights.labels["sync"].text()


def test_command_barcodes_drive_the_station(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2)
    flow = station_app.flow
    scan_keys(PACKER_BADGE)
    scan_keys(Command.NEXT.barcode)
    assert flow.step is Step.CONFIRM
    scan_keys(Command.CONFIRM.barcode)
    assert flow.step is Step.PICK
    scan_keys(Command.LOGOUT.barcode)
    assert flow.step is Step.LOGIN and flow.actor is None
    scan_keys("%%PS:NOSUCH")
    assert flow.step is Step.LOGIN


def test_scanning_an_order_barcode_opens_it_and_the_sim_panel_scans_items(make_station, qtbot, scan_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    wanted = window.pages[Step.QUEUE].orders[2]
    scan_keys(f"ORDER:{wanted.order_id}")
    assert flow.order.order_id == wanted.order_id and flow.step is Step.CONFIRM
    panel = station_app.ui.panel
    assert panel is not None
    sku = wanted.lines[0].sku
    panel.buttons[sku].click()  # the simulated scanner "scans" the product (from its own thread)
    qtbot.waitUntil(lambda: flow.step in (Step.PICK, Step.PACK) and flow.idle, timeout=3000)
    assert flow.order.lines[0].picked == 1
