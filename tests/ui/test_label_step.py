"""The station's Label step with real printers: a loopback 9100 printer out of paper, then retried; a
simulated printer that drops the line mid-job; reprint with a reason; a supervisor's void."""

from __future__ import annotations

import uuid

import pytest
from PySide6.QtCore import Qt

from packstation.devices.printers.loopback import LoopbackPrinter
from packstation.devices.printers.sim import sim_printer
from packstation.domain.orders import OrderStatus
from packstation.services.station.view import Step
from tests.ui.conftest import (
    BARCODES,
    PACKER_BADGE,
    PACKER_PIN,
    SUPERVISOR_BADGE,
    press,
    settle_stations,
    station_config,
)


@pytest.fixture
def loopback():  # type: ignore[no-untyped-def]
    with LoopbackPrinter() as printer:
        yield printer


def sim_named(station_config_obj):  # type: ignore[no-untyped-def]
    """A simulated printer of its own (faults set here stay out of other tests)."""
    name = f"lbl{uuid.uuid4().hex[:8]}"
    station_config_obj.devices.printer = f"sim://{name}"
    return sim_printer(name)


def to_label(station_app, qtbot, scan_keys) -> str:  # type: ignore[no-untyped-def]
    """Log in, take the next order, pick and weigh it, finish packing; returns the order id."""
    flow = station_app.flow
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    for line in order.lines:
        for _ in range(line.quantity):
            scan_keys(BARCODES[line.sku])
    assert flow.step is Step.PACK
    flow.weigh(flow.view.pack.expected_g)  # the true weight of the suggested box
    settle_stations()
    assert flow.pack.complete, station_app.window.banner.text()
    press(Qt.Key.Key_F3)  # packing done; the label prints by itself
    return order.order_id


def events(flow, order_id: str, kind: str) -> list:  # type: ignore[no-untyped-def]
    with flow.packing.uow() as uow:
        return [row for row in uow.events.for_order(order_id) if row.type == kind]


def test_paper_out_keeps_the_order_at_label_until_retry_prints_it_once(
    make_station, qtbot, scan_keys, loopback
):
    loopback.state.paper_out = True
    config = station_config()
    config.devices.printer = loopback.url
    station_app = make_station(orders=2, config=config)
    flow, window = station_app.flow, station_app.window
    page = window.pages[Step.LABEL]
    order_id = to_label(station_app, qtbot, scan_keys)
    qtbot.waitUntil(lambda: not flow.busy and "out of paper" in page.jobs.text(), timeout=5000)
    assert flow.step is Step.LABEL and window.stack.currentWidget() is page
    assert "Printer out of paper: load labels and press Retry" in window.banner.text()
    assert "Parcel 1: waiting — Printer out of paper" in page.jobs.text()
    assert "OK (F3) to retry" in page.state.text() and "[F3]</b> Retry" in window.hints.text()
    # rendered in the worker, decoded and scaled beside it
    qtbot.waitUntil(lambda: page.previews[0].data != b"" and not page.previews[0].pixmap().isNull(), timeout=5000)
    shown = page.previews[0].pixmap()
    assert not shown.isNull() and shown.height() <= page.previews[0].height()
    assert 1.4 < page.previews[0].original.height() / page.previews[0].original.width() < 1.6  # 4x6
    qtbot.waitUntil(lambda: window.devices.lights["printer"].state == "paper out", timeout=6000)
    assert "Printer out of paper" in window.devices.lights["printer"].message
    assert loopback.jobs == [] and flow.packing.order(order_id).status is OrderStatus.PACKED

    loopback.state.paper_out = False
    press(Qt.Key.Key_F3)  # Retry
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
    assert len(loopback.jobs) == 1
    tracking = flow.packing.parcels(order_id)[0].tracking_number
    assert tracking and tracking.encode() in loopback.jobs[0]
    printed = events(flow, order_id, "LabelPrinted")
    assert [(e.payload["parcel"], e.payload["tracking_number"]) for e in printed] == [(1, tracking)]
    qtbot.waitUntil(lambda: window.devices.lights["printer"].state == "ok", timeout=6000)
    assert len(loopback.jobs) == 1  # the spool found nothing more to send


def test_a_label_of_unknown_fate_is_confirmed_printed_by_the_packer(make_station, qtbot, scan_keys):
    config = station_config()
    printer = sim_named(config)
    printer.drop_mid_send = True
    station_app = make_station(orders=2, config=config)
    flow, window = station_app.flow, station_app.window
    page = window.pages[Step.LABEL]
    order_id = to_label(station_app, qtbot, scan_keys)
    qtbot.waitUntil(lambda: not flow.busy and "did it print?" in page.jobs.text(), timeout=5000)
    assert "line to the printer broke" in window.banner.text()
    assert "[F3]</b> Confirm printed" in window.hints.text()
    assert flow.step is Step.LABEL
    printer.drop_mid_send = False
    press(Qt.Key.Key_F3)  # the packer saw it come out
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
    assert len(printer.received) == 1  # nothing printed again
    job = flow.labels.jobs(order_id)[0]
    assert job.state == "sent" and job.reason == "confirmed printed by pat"


def test_reprint_asks_why_and_the_event_carries_the_reason(make_station, qtbot, scan_keys, type_keys):
    config = station_config()
    printer = sim_named(config)
    station_app = make_station(orders=2, config=config)
    flow, window = station_app.flow, station_app.window
    order_id = to_label(station_app, qtbot, scan_keys)
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
    assert len(printer.received) == 1
    scan_keys("%%PS:REPRINT")  # the command sheet's REPRINT barcode
    prompts = window.pages[Step.PHOTO].prompts
    assert prompts.reprint.isVisible() and printer.received == [printer.received[0]]
    type_keys("3", enter=True)  # preset 3: printed faint
    qtbot.waitUntil(lambda: not flow.busy and len(printer.received) == 2, timeout=5000)
    assert printer.received[1] == printer.received[0]  # the same label again
    assert "Label reprinted (Printed faint or smudged)" in window.banner.text()
    reprinted = events(flow, order_id, "LabelReprinted")
    assert [(e.user, e.payload["parcel"], e.payload["reason"]) for e in reprinted] == [
        ("pat", 1, "Printed faint or smudged")
    ]
    press(Qt.Key.Key_F7)
    press(Qt.Key.Key_Escape)  # changed their mind: nothing printed, nothing logged
    assert not prompts.reprint.isVisible() and len(printer.received) == 2
    assert len(events(flow, order_id, "LabelReprinted")) == 1
    assert flow.step is Step.PHOTO


def test_void_needs_a_supervisor_then_a_reason_and_a_new_label_follows(
    make_station, qtbot, scan_keys, type_keys
):
    config = station_config()
    printer = sim_named(config)
    station_app = make_station(orders=2, config=config)
    flow, window = station_app.flow, station_app.window
    order_id = to_label(station_app, qtbot, scan_keys)
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
    first = flow.packing.parcels(order_id)[0].tracking_number
    prompts = window.pages[Step.PHOTO].prompts
    press(Qt.Key.Key_F10)
    assert prompts.waiting_for_supervisor
    type_keys(PACKER_PIN, enter=True)  # a packer cannot void
    assert "supervisor" in window.banner.text().lower() and not prompts.void_reason.isVisible()
    assert events(flow, order_id, "LabelVoided") == []
    press(Qt.Key.Key_F10)
    scan_keys(SUPERVISOR_BADGE)
    assert prompts.void_reason.isVisible()
    type_keys("address changed by buyer", enter=True)
    qtbot.waitUntil(lambda: not flow.busy and "voided" in window.banner.text(), timeout=5000)
    voided = events(flow, order_id, "LabelVoided")
    assert [(e.user, e.payload["reason"], e.payload["tracking_number"]) for e in voided] == [
        ("sue", "address changed by buyer", first)
    ]
    assert [j.state for j in flow.labels.jobs(order_id)] == ["voided"]
    press(Qt.Key.Key_F7)  # a new label for the parcel
    type_keys("1", enter=True)
    qtbot.waitUntil(lambda: not flow.busy and len(printer.received) == 2, timeout=5000)
    second = flow.packing.parcels(order_id)[0].tracking_number
    assert second and second != first and second.encode() in printer.received[1]
