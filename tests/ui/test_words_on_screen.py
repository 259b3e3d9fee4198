"""Words on the station screen: banners end with their situation, device faults before an order get the
banner (and it clears when the device is back), F1 explains the step over the page, no raw exception
text, and a packer's PIN at a supervisor prompt does not say whose it is."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt

from packstation.services.station.view import Step
from packstation.ui.bridge import StatusLight
from tests.ui.conftest import BARCODES, PACKER_BADGE, PACKER_PIN, press, settle_stations


def test_the_last_orders_banner_ends_on_the_way_back_to_the_queue(make_station, scan_keys, type_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=3)
    window, flow = station_app.window, station_app.flow
    scan_keys(PACKER_BADGE)
    order = flow.packing.queue()[0]
    scan_keys(order.order_id)
    wrong = next(code for sku, code in BARCODES.items() if all(line.sku != sku for line in order.lines))
    scan_keys(wrong)
    assert "Wrong item" in window.banner.text()
    press(Qt.Key.Key_F8)
    type_keys("1", enter=True)
    assert flow.step is Step.HELD
    hints = window.hints.text()  # a short pick: where each key sends the order, in words
    assert "[F9]</b> Send back to picking" in hints and "[F3]</b> Accept short" in hints
    assert "F3 accepts it short, F9 picks again" in hints
    held_banner = window.banner.text()
    press(Qt.Key.Key_Escape)  # back to the queue
    assert flow.step is Step.QUEUE
    assert "Wrong item" not in window.banner.text()
    assert not held_banner or held_banner not in window.banner.text()
    assert order.order_id not in window.banner.text()


def test_a_successful_login_clears_the_lockout_message(make_station, scan_keys, type_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1)
    window, flow = station_app.window, station_app.flow
    users = station_app.users
    for _ in range(6):  # one more than the station allows
        flow.login_pin(None, "0000")
        settle_stations()
    assert "Too many failed attempts" in window.banner.text()
    users.throttle.succeeded("pin")  # the lock-out time has passed
    scan_keys(PACKER_BADGE)
    assert flow.actor is not None and "Too many" not in window.banner.text()
    assert "Hello Pat Packer" in window.banner.text()


def test_a_printer_fault_before_an_order_gets_the_banner_in_words_and_ends_when_it_is_back(
    make_station, scan_keys
):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=1)
    window = station_app.window
    scan_keys(PACKER_BADGE)
    assert window.flow.step is Step.QUEUE
    station_app.bridge.status.emit(
        StatusLight(
            "printer", "unreachable", "printer at 10.0.0.9:9100 not reachable: [Errno 111] Connection refused"
        )
    )
    assert window.banner.text() == "Printer not answering: check its cable and power."
    assert window.banner.level == "error" and station_app.sounds.requested[-1] == "error"
    assert "Errno" not in window.banner.text()
    station_app.bridge.status.emit(StatusLight("printer", "ok", "ready"))
    assert window.banner.text() == "Printer is back." and window.banner.level == "ok"


def test_f1_explains_the_current_step_over_the_page(make_station, scan_keys):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=2)
    window, flow = station_app.window, station_app.flow
    scan_keys(PACKER_BADGE)
    order = flow.packing.queue()[0]
    scan_keys(order.order_id)
    scan_keys(BARCODES[order.lines[0].sku])
    step = flow.step
    press(Qt.Key.Key_F1)
    assert window.help.isVisible()
    expected_title = "Pick every item" if step is Step.PICK else "Pack and weigh"
    assert window.help.title.text() == expected_title
    assert "Now:" in window.help.body.text() and "[F4]" in window.help.keys.text() or step is Step.PACK
    central = window.centralWidget()
    stack_area = QRect(window.stack.mapTo(central, QPoint(0, 0)), window.stack.size())
    assert window.help.geometry().intersects(stack_area)  # over the page, in the central widget
    press(Qt.Key.Key_Escape)  # Esc closes the help first; the order stays where it was
    assert not window.help.isVisible() and flow.step is step


def test_a_packers_pin_at_the_supervisor_prompt_is_answered_as_a_wrong_pin(
    make_station, scan_keys, type_keys
):  # type: ignore[no-untyped-def]
    station_app = make_station(orders=2)
    window, flow = station_app.window, station_app.flow
    scan_keys(PACKER_BADGE)
    order = flow.packing.queue()[0]
    scan_keys(order.order_id)
    press(Qt.Key.Key_F8)  # hold from Confirm
    type_keys("1", enter=True)
    assert flow.step is Step.HELD
    hints = window.hints.text()  # a plain hold: one key releases it, not two with the same name
    assert "[F9]</b> Release" in hints and "[F3]" not in hints
    answers = []
    for secret in (PACKER_PIN, "0000"):
        window.pages[Step.HELD].credential.setText(secret)
        window.pages[Step.HELD].note.setText("check")
        press(Qt.Key.Key_F9)
        answers.append(window.banner.text())
    assert answers[0] == answers[1] and "Pat" not in answers[0] and "packer" not in answers[0]
