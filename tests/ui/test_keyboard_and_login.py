"""Human typing versus scanner bursts, logging in, switching packer, idle lock, settings, refusals."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QPushButton

from packstation.config import StationConfig
from packstation.domain.orders import OrderStatus
from packstation.domain.users import Actor, Role
from packstation.services.station.view import Step
from tests.ui.conftest import (
    ADMIN_PIN,
    BARCODES,
    PACKER_BADGE,
    PACKER_PIN,
    SUPERVISOR_BADGE,
    press,
    station_config,
)


def test_human_typing_reaches_the_field_and_is_not_taken_for_a_scan(
    make_station, qtbot, scan_keys, type_keys
):
    station_app = make_station(orders=2)
    flow, window = station_app.flow, station_app.window
    scanned = []
    station_app.bridge.scanned.connect(scanned.append)
    pin = window.pages[Step.LOGIN].pin
    assert pin.hasFocus()
    type_keys("12345678")  # 8 digits, 120 ms apart: long enough for a code, but a person typed it
    assert pin.text() == "12345678"
    assert scanned == []
    assert flow.actor is None

    pin.clear()
    scan_keys("12345678")  # the same keys at scanner speed: a scan, and nothing in the field
    assert pin.text() == ""
    assert [read.code for read in scanned] == ["12345678"]

    type_keys(PACKER_PIN, enter=True)  # a person's Enter still submits the field
    assert flow.actor is not None and flow.actor.user_id == "pat"


def test_scan_while_typing_a_reason_keeps_the_reason_clean(make_station, qtbot, scan_keys, type_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    scan_keys(BARCODES[order.lines[0].sku])
    press(Qt.Key.Key_F4)  # undo prompt has focus
    field = window.pages[Step.PICK].undo_prompt.field
    type_keys("dup")
    scan_keys(BARCODES[order.lines[0].sku])  # a scan mid-typing is judged, not typed
    assert field.text() == "dup"
    assert isinstance(window.focusWidget(), QLineEdit)
    assert flow.packing.order(order.order_id).units_picked in (1, 2)


def test_fresh_station_asks_for_its_first_admin(make_station, qtbot, type_keys):
    station_app = make_station(orders=1, people=False)
    flow, window = station_app.flow, station_app.window
    assert flow.step is Step.FIRST_ADMIN
    page = window.pages[Step.FIRST_ADMIN]
    assert page.user.hasFocus()
    type_keys("boss", enter=True)
    type_keys("Bo Boss", enter=True)
    type_keys("4321", enter=True)
    press(Qt.Key.Key_F3)  # create, without a badge
    assert flow.step is Step.LOGIN, window.banner.text()
    assert station_app.users.list_users()[0].role is Role.ADMIN
    type_keys("4321", enter=True)
    assert flow.actor == Actor("boss", Role.ADMIN, "Bo Boss")


def test_one_badge_scan_switches_packer_and_a_wrong_pin_is_refused(make_station, scan_keys, type_keys):
    station_app = make_station(orders=2)
    flow, window = station_app.flow, station_app.window
    type_keys("0000", enter=True)
    assert flow.actor is None and "Unknown PIN" in window.banner.text()
    type_keys(ADMIN_PIN, enter=True)
    assert flow.actor.user_id == "admin" and flow.step is Step.QUEUE
    scan_keys(PACKER_BADGE)  # on the queue: one scan switches packer
    assert flow.actor.user_id == "pat"
    assert "Pat Packer" in window.who.text()


def test_idle_station_locks(make_station, qtbot, scan_keys):
    config = station_config(idle_lock_minutes=0.01)  # 0.6 s
    station_app = make_station(orders=1, config=config)
    scan_keys(PACKER_BADGE)
    assert station_app.flow.actor is not None
    qtbot.waitUntil(lambda: station_app.flow.actor is None, timeout=4000)
    assert station_app.flow.step is Step.LOGIN
    assert "idle" in station_app.window.banner.text()


def test_settings_open_for_a_supervisor_only(make_station, qtbot, scan_keys, type_keys):
    station_app = make_station(orders=1)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert flow.step is Step.QUEUE and "supervisor" in window.banner.text()
    scan_keys(SUPERVISOR_BADGE)  # switch to the supervisor
    press(Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert flow.step is Step.SETTINGS
    page = window.pages[Step.SETTINGS]
    assert page.fields["devices.scanner"].text() == "wedge"
    page.fields["packing.weight_tolerance_g"].setText("45")
    press(Qt.Key.Key_F3)  # save
    assert window.banner.level == "ok", window.banner.text()
    assert station_app.station.config.packing.weight_tolerance_g == 45.0
    saved = station_app.station.home.config_file.read_text()
    assert "weight_tolerance_g = 45.0" in saved
    page.fields["devices.scale"].setText("sim")
    next(b for b in page.findChildren(QPushButton) if b.text() == "Test").click()  # the scanner's Test
    qtbot.waitUntil(lambda: page.results["scanner"].text().startswith(("OK", "FAIL")), timeout=5000)
    assert "testing" not in page.results["scanner"].text()
    press(Qt.Key.Key_Escape)
    assert flow.step is Step.QUEUE


def test_refused_orders_say_why(make_station, scan_keys):
    station_app = make_station(orders=3)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    queue = flow.packing.queue()
    supervisor = Actor("sue", Role.SUPERVISOR, "Sue")
    flow.packing.cancel(supervisor, queue[0].order_id, "buyer cancelled")
    scan_keys(queue[0].order_id)
    assert flow.order is None and "it was cancelled" in window.banner.text()
    assert station_app.sounds.requested[-1] == "error"
    flow.packing.hold(supervisor, queue[1].order_id, "address check")
    scan_keys(queue[1].order_id)
    assert "on hold (address check)" in window.banner.text()
    scan_keys("NO-SUCH-ORDER-42")
    assert "No order or tracking number NO-SUCH-ORDER-42" in window.banner.text()
    assert flow.packing.order(queue[0].order_id).status is OrderStatus.CANCELLED


def test_config_default_is_the_wedge_keyboard():
    assert StationConfig().devices.scanner == "wedge"
