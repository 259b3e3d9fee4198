"""Ctrl+R at the station: a packer is refused, a supervisor gets the review window on this station's orders."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from packstation.ui.review import ReviewWindow
from tests.ui.conftest import PACKER_BADGE, SUPERVISOR_BADGE, press


def test_ctrl_r_refuses_a_packer_and_opens_review_for_a_supervisor(make_station, qtbot, scan_keys):
    station_app = make_station(orders=4)
    flow, window = station_app.flow, station_app.window
    scan_keys(PACKER_BADGE)
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert "Review needs a supervisor" in window.banner.text()
    assert window.review_window is None

    scan_keys(SUPERVISOR_BADGE)  # the supervisor takes over the station with their badge
    assert flow.actor is not None and flow.actor.user_id == "sue"
    press(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    review = window.review_window
    assert isinstance(review, ReviewWindow) and review.isVisible()
    assert review.actor.user_id == "sue"

    wanted = flow.packing.queue()[1].order_id
    review.search.order_id.setText(wanted)
    QTest.keyClick(review.search.order_id, Qt.Key.Key_Return)
    model = review.search.model
    qtbot.waitUntil(lambda: [r.order_id for r in model.rows] == [wanted], timeout=5000)
    review.open_order(wanted)
    qtbot.waitUntil(
        lambda: review.order.page is not None and review.order.page.order.order_id == wanted, timeout=5000
    )
