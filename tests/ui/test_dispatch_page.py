"""Dispatch mode in the station window: entered by F12 and by its command barcode, parcels scanned out
with their verdicts in large type and sound, a wrong carrier blocked loudly, closed with a drawn signature."""

from __future__ import annotations

import io

import numpy as np
from PIL import Image
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from packstation.config import PhotoConfig
from packstation.domain.commands import Command
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.services.dispatch import DispatchStage
from packstation.services.staging import stage
from packstation.store.evidence_tables import ProofPhotoRow
from tests.ui.conftest import BARCODES, PACKER_BADGE, press, settle_stations, station_config

JT = "J&T Express"


def staged_station(make_station):  # type: ignore[no-untyped-def]
    """A station whose J&T orders and one Flash order were packed, labelled, photographed and staged."""
    config = station_config(photos=PhotoConfig(required=["sealed"], label_must_show=False))
    station_app = make_station(orders=11, config=config)
    station = station_app.station
    packer = station_app.people.packer
    orders = station.packing.queue()
    jt = [o for o in orders if o.carrier == JT][:2]
    flash = next(o for o in orders if o.carrier == "Flash Express")
    rng = np.random.default_rng(7)
    for order in (*jt, flash):
        packing = station.packing
        packing.take(packer, order.order_id)
        for line in order.lines:
            for _ in range(line.quantity):
                packing.scan(packer, order.order_id, BARCODES[line.sku])
        box = packing.suggest_box(order.order_id) or packing.rules.boxes[-1]
        grams = expected_weight(packing.pack_items(order.order_id), box)
        packing.weigh(packer, order.order_id, grams, box.code)
        packing.finish_packing(packer, order.order_id)
        station.labels.print_labels(packer, order.order_id)
        frame = rng.integers(0, 255, (200, 320, 3), dtype=np.uint8)
        station.photographing.capture(packer, order.order_id, "sealed", frame)
        station.photographing.complete(packer, order.order_id)
        stage(packing, packer, order.order_id)
    tracking = {o.order_id: packing.parcels(o.order_id)[0].tracking_number for o in (*jt, flash)}
    return station_app, jt, flash, tracking


def page_of(station_app):  # type: ignore[no-untyped-def]
    return station_app.window.mode_page


def settle(qtbot, station_app) -> None:  # type: ignore[no-untyped-def]
    """Until the station worker answered both the packing and the dispatch flow."""
    settle_stations()
    qtbot.waitUntil(lambda: page_of(station_app).dispatch.idle, timeout=5000)
    settle_stations()


def sign(pad) -> None:  # type: ignore[no-untyped-def]
    """Draw a stroke as a mouse (or a finger, synthesised to mouse) does: press, moves with the button held."""
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pad.rect().center())
    for i in range(30):
        point = QPointF(40 + i * 15, 60 + (i % 5) * 12)
        move = QMouseEvent(
            QEvent.Type.MouseMove,
            point,
            pad.mapToGlobal(point),
            Qt.MouseButton.NoButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(pad, move)
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pad.rect().center())


def test_hotkey_scans_right_and_wrong_carrier_and_a_signature_closes_it(  # type: ignore[no-untyped-def]
    make_station, qtbot, scan_keys, type_keys
):
    station_app, jt, flash, tracking = staged_station(make_station)
    window, sounds = station_app.window, station_app.sounds
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F12)
    settle(qtbot, station_app)
    page = page_of(station_app)
    assert window.current is page and page.dispatch.view.stage is DispatchStage.CARRIER
    assert window.stack.currentWidget() is page

    row = next(i for i in range(page.carriers.count()) if page.carriers.item(i).text().startswith(JT))
    item = page.carriers.item(row)
    QTest.mouseClick(
        page.carriers.viewport(), Qt.MouseButton.LeftButton, pos=page.carriers.visualItemRect(item).center()
    )
    settle(qtbot, station_app)
    assert page.dispatch.view.stage is DispatchStage.COURIER and page.courier.hasFocus()
    type_keys("Somchai", gap_ms=30, enter=True)
    type_keys("1AB234", gap_ms=30, enter=True)
    settle(qtbot, station_app)
    view = page.dispatch.view
    assert (
        view.stage is DispatchStage.SCANNING and view.courier == "Somchai" and view.vehicle_plate == "1AB234"
    )

    scan_keys(tracking[jt[0].order_id])
    settle(qtbot, station_app)
    assert page.count.text() == f"1 of 2 for {JT} today"
    assert window.banner.level == "done" and sounds.requested[-1] == "done"
    assert tracking[jt[0].order_id] in page.verdict.text()

    scan_keys(tracking[flash.order_id])
    settle(qtbot, station_app)
    assert window.banner.level == "error" and sounds.requested[-1] == "error"
    assert "WRONG CARRIER" in window.banner.text()
    assert "Flash Express" in page.verdict.text() and JT in page.verdict.text()
    assert "white" in page.verdict.styleSheet()  # blocked loudly: white on red
    assert page.count.text() == f"1 of 2 for {JT} today"  # not added

    press(Qt.Key.Key_F3)  # every parcel scanned? the other J&T parcel is left behind
    settle(qtbot, station_app)
    assert page.dispatch.view.stage is DispatchStage.CLOSING
    assert [page.left.item(i).text().split()[0] for i in range(page.left.count())] == [
        tracking[jt[1].order_id]
    ]
    camera = station_app.window.mode_page.camera
    assert camera is not None and page.preview is not None
    qtbot.waitUntil(lambda: page.preview.shown > 0, timeout=5000)  # the live view of the station camera
    press(Qt.Key.Key_F3)  # it stays behind
    press(Qt.Key.Key_F5)  # the parcels, from the station camera
    settle(qtbot, station_app)
    assert page.dispatch.view.photos == ("parcels",)
    sign(page.pad)
    assert not page.pad.empty
    press(Qt.Key.Key_F3)
    settle(qtbot, station_app)
    view = page.dispatch.view
    assert view.stage is DispatchStage.DONE, window.banner.text()
    assert view.manifest_id in window.banner.text() and window.banner.level == "done"
    assert page.relay.offer not in camera._subscribers  # no preview work once closed  # noqa: SLF001

    station = station_app.station
    assert station.packing.order(jt[0].order_id).status is OrderStatus.SHIPPED
    assert station.packing.order(jt[1].order_id).status is OrderStatus.STAGED
    assert station.packing.order(flash.order_id).status is OrderStatus.STAGED
    with station.uow() as uow:
        rows = uow.session.scalars(
            select(ProofPhotoRow).where(ProofPhotoRow.order_id == view.manifest_id)
        ).all()
        keys = {row.kind: row.blob_key for row in rows}
    assert set(keys) == {"handover:parcels", "handover:signature"}
    signature = Image.open(io.BytesIO(station.handover.blobs.read(keys["handover:signature"])))
    assert signature.format == "PNG"
    dark = int((np.asarray(signature.convert("L")) < 100).sum())
    assert dark > 100  # the stroke drawn on the pad is in the stored PNG

    press(Qt.Key.Key_F12)  # back to packing
    settle(qtbot, station_app)
    assert window.current is not page and not page.dispatch.view.active


def test_the_dispatch_command_barcode_enters_and_leaves_and_logout_ends_it(  # type: ignore[no-untyped-def]
    make_station, qtbot, scan_keys
):
    station_app, jt, _, tracking = staged_station(make_station)
    window = station_app.window
    page = page_of(station_app)
    scan_keys(Command.DISPATCH.barcode)  # nobody logged in: not available
    settle(qtbot, station_app)
    assert window.current is not page and window.banner.level == "error"
    scan_keys(PACKER_BADGE)
    scan_keys(Command.DISPATCH.barcode)
    settle(qtbot, station_app)
    assert window.current is page and page.dispatch.view.stage is DispatchStage.CARRIER
    scan_keys(Command.DISPATCH.barcode)
    settle(qtbot, station_app)
    assert window.current is not page
    scan_keys(Command.DISPATCH.barcode)
    settle(qtbot, station_app)
    assert window.current is page
    station_app.flow.logout()
    settle(qtbot, station_app)
    qtbot.waitUntil(lambda: not page.dispatch.view.active, timeout=3000)
    settle(qtbot, station_app)
    assert window.current is not page


def test_queue_strip_and_review_dispatch_board_show_deadlines(make_station, qtbot, scan_keys):  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime, timedelta

    from sqlalchemy import update

    from packstation.store.tables import StagedParcelRow
    from packstation.ui.theme import PALETTE
    from tests.ui.conftest import SUPERVISOR_BADGE

    station_app, jt, flash, _ = staged_station(make_station)
    station = station_app.station
    late = jt[1].order_id
    with station.uow() as uow:
        uow.session.execute(
            update(StagedParcelRow)
            .where(StagedParcelRow.order_id == late)
            .values(collection_due=datetime.now(UTC) - timedelta(hours=1))
        )
        uow.commit()
    scan_keys(PACKER_BADGE)
    window = station_app.window
    queue = window.current
    strip = queue.staged_strip
    strip.reload()
    qtbot.waitUntil(lambda: strip.board is not None and strip.late, timeout=5000)
    assert f"{JT}: 2 parcel(s) staged · 1 LATE" in strip.text()
    assert "Flash Express: 1 parcel(s) staged" in strip.text()
    assert f"order {late}" in strip.text()  # the most urgent collection is named

    scan_keys(SUPERVISOR_BADGE)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = window.review_window
    qtbot.addWidget(review)
    board = review.dispatch_board
    with qtbot.waitSignal(board.loaded, timeout=10_000):
        review.tabs.setCurrentWidget(board)
    qtbot.waitUntil(lambda: board.staged.rowCount() == 3, timeout=5000)
    carriers = {board.carriers.item(r, 0).text(): r for r in range(board.carriers.rowCount())}
    assert board.carriers.item(carriers[JT], 4).text() == "1"  # late
    assert board.carriers.item(carriers[JT], 1).text() == "2"
    first = board.staged.item(0, 0)
    assert first.text() == late and board.staged.item(0, 7).text().startswith("LATE")
    assert first.background().color().name() == QColor(PALETTE.error_bg).name()
    where = board.staged.visualItemRect(first).center()
    QTest.mouseClick(board.staged.viewport(), Qt.MouseButton.LeftButton, pos=where)  # select the late order
    with qtbot.waitSignal(board.open_requested, timeout=3000) as opened:
        board.open_button.click()
    assert opened.args == [late]
    qtbot.waitUntil(
        lambda: review.order.page is not None and review.order.page.order.order_id == late, timeout=5000
    )


def test_a_drop_off_closes_with_a_receipt_photo_and_no_signature(make_station, qtbot, scan_keys):  # type: ignore[no-untyped-def]
    station_app, jt, _, tracking = staged_station(make_station)
    window = station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_F12)
    settle(qtbot, station_app)
    page = page_of(station_app)
    row = next(i for i in range(page.carriers.count()) if page.carriers.item(i).text().startswith(JT))
    where = page.carriers.visualItemRect(page.carriers.item(row)).center()
    QTest.mouseClick(page.carriers.viewport(), Qt.MouseButton.LeftButton, pos=where)
    settle(qtbot, station_app)
    assert page.dropoff_button.isVisible()
    page.dropoff_button.click()
    settle(qtbot, station_app)
    assert page.dispatch.view.kind == "dropoff" and page.dispatch.view.stage is DispatchStage.SCANNING
    for o in jt:
        scan_keys(tracking[o.order_id])
    settle(qtbot, station_app)
    press(Qt.Key.Key_F3)
    settle(qtbot, station_app)
    assert page.dispatch.view.stage is DispatchStage.CLOSING
    assert not page.pad.isVisible() and "receipt" in page.photo_button.text()
    page.photo_button.click()
    settle(qtbot, station_app)
    page.close_button.click()
    settle(qtbot, station_app)
    assert page.dispatch.view.stage is DispatchStage.DONE, window.banner.text()
    station = station_app.station
    assert {station.packing.order(o.order_id).status for o in jt} == {OrderStatus.SHIPPED}
