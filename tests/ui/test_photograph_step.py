"""The station's Photograph step with the simulated camera: live preview, one photo per PHOTO press,
label retake and supervisor acceptance, camera trouble shown, and the order done with its photos."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import update

from packstation.domain.orders import OrderStatus
from packstation.services.station.view import Step
from packstation.store.tables import OrderRow
from tests.ui.conftest import BARCODES, PACKER_BADGE, SUPERVISOR_BADGE, press, settle_stations, station_config


def new_frames(qtbot, camera) -> None:  # type: ignore[no-untyped-def]
    """Wait until the camera has delivered frames of the scene just set."""
    seq = camera.latest().seq if camera.latest() else 0
    qtbot.waitUntil(lambda: camera.latest() is not None and camera.latest().seq >= seq + 2, timeout=3000)


def to_photograph(station_app, qtbot, scan_keys, tracking: str = "") -> str:  # type: ignore[no-untyped-def]
    """Log in, take the next order, pick, weigh and label it; returns the order id."""
    flow = station_app.flow
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F2)
    order = flow.order
    if tracking:
        with flow.packing.uow() as uow:
            uow.session.execute(
                update(OrderRow)
                .where(OrderRow.order_id == order.order_id)
                .values(tracking_number=tracking, carrier="SPX Express")  # a number of the carrier's format
            )
            uow.commit()
    for line in order.lines:
        for _ in range(line.quantity):
            scan_keys(BARCODES[line.sku])
    assert flow.step is Step.PACK
    expected = flow.packing.parcels(order.order_id)
    assert expected == [] or expected
    flow.weigh(flow.view.pack.expected_g)  # the true weight of the suggested box
    settle_stations()
    press(Qt.Key.Key_F3)  # packing done; the label prints by itself
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
    return order.order_id


def test_photograph_step_shows_live_preview_and_completes_with_the_required_photos(
    make_station, qtbot, scan_keys
):
    station_app = make_station(orders=2)
    flow, window = station_app.flow, station_app.window
    order_id = to_photograph(station_app, qtbot, scan_keys, tracking="SPXMY0099887766")
    page = window.pages[Step.PHOTO]
    assert window.stack.currentWidget() is page
    qtbot.waitUntil(lambda: page.preview.shown >= 10, timeout=5000)
    assert page.preview.pixmap() is not None and not page.preview.pixmap().isNull()
    assert window.devices.lights["camera"].state == "simulated"
    assert "Photo 1 of 2: contents" in page.state.text()

    press(Qt.Key.Key_F5)  # contents
    qtbot.waitUntil(lambda: not flow.busy, timeout=5000)
    assert "Photo 'contents' stored" in window.banner.text(), window.banner.text()
    assert "Photo 2 of 2: sealed" in page.state.text()
    assert flow.step is Step.PHOTO

    page.photo_step.camera.source.set_scene(order_id, "SPXMY0099887766", show_label=False)
    new_frames(qtbot, page.photo_step.camera)
    press(Qt.Key.Key_F5)  # sealed, but the label is turned away
    qtbot.waitUntil(lambda: not flow.busy, timeout=5000)
    assert "Label not readable" in window.banner.text()
    assert flow.step is Step.PHOTO and "take the photo again" in page.detail.text()

    page.photo_step.camera.source.set_scene(order_id, "SPXMY0099887766", show_label=True)
    new_frames(qtbot, page.photo_step.camera)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: flow.step is Step.DONE, timeout=5000)
    assert flow.packing.order(order_id).status is OrderStatus.STAGED
    photos = page.photo_step.service.photos(order_id)
    assert [(p.kind, p.label_visible) for p in photos] == [
        ("contents", True),
        ("sealed", False),
        ("sealed", True),
    ]


def test_supervisor_badge_accepts_an_unreadable_label_photo(make_station, qtbot, scan_keys):
    config = station_config()
    config.photos.required = ["sealed"]
    station_app = make_station(orders=2, config=config)
    flow, window = station_app.flow, station_app.window
    order_id = to_photograph(station_app, qtbot, scan_keys, tracking="SPXMY0011223344")
    page = window.pages[Step.PHOTO]
    page.photo_step.camera.source.set_scene(order_id, "SPXMY0011223344", show_label=False)
    new_frames(qtbot, page.photo_step.camera)
    qtbot.waitUntil(lambda: page.preview.shown >= 3, timeout=5000)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not flow.busy and "Label not readable" in window.banner.text(), timeout=5000)
    scan_keys(SUPERVISOR_BADGE)
    qtbot.waitUntil(lambda: flow.step is Step.DONE, timeout=5000)
    with flow.packing.uow() as uow:
        waiver = [r for r in uow.events.for_order(order_id) if r.type == "PhotosWaived"]
    assert waiver[0].user == "sue" and waiver[0].payload["missing"] == ["label:sealed"]


def test_a_failing_camera_is_shown_and_the_order_stays_at_photograph(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2)
    flow, window = station_app.flow, station_app.window
    to_photograph(station_app, qtbot, scan_keys)
    page = window.pages[Step.PHOTO]
    page.photo_step.camera.source.unplug()
    qtbot.waitUntil(lambda: window.devices.lights["camera"].state == "reconnecting", timeout=5000)
    qtbot.waitUntil(lambda: "Camera reconnecting" in page.camera_warning.text(), timeout=3000)
    press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not flow.busy, timeout=5000)
    assert "No picture from the camera" in window.banner.text()
    assert flow.step is Step.PHOTO
    page.photo_step.camera.source.unplug(False)
    qtbot.waitUntil(lambda: window.devices.lights["camera"].state == "simulated", timeout=5000)
    qtbot.waitUntil(lambda: "was failing" in page.camera_warning.text(), timeout=3000)
