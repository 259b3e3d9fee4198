"""The station window's delivery-alert strip: a supervisor sees and hears unseen alerts, a packer does not;
a click marks them seen (off the GUI thread)."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from packstation.services.tracking import Condition
from packstation.store.alerts import AlertLog
from tests.ui.conftest import PACKER_BADGE, SUPERVISOR_BADGE

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)


def test_supervisor_sees_the_alert_strip_and_clears_it(make_station, qtbot, scan_keys):
    station_app = make_station(orders=2)
    window, feed, station = station_app.window, station_app.alert_feed, station_app.station
    alerts = station.delivery_watch.alerts
    alerts.raise_alerts(
        [Condition("lost:O9", "lost", "O9", "Order O9: Lost", "2 failed delivery attempts")], NOW
    )
    strip = window.alert_strip

    scan_keys(PACKER_BADGE)
    qtbot.waitUntil(lambda: station_app.flow.actor is not None, timeout=5000)
    feed.poll()
    assert not strip.isVisible()

    scan_keys(SUPERVISOR_BADGE)
    qtbot.waitUntil(lambda: station_app.flow.actor.user_id == "sue", timeout=5000)
    heard = len(station_app.sounds.requested)
    feed.poll()
    qtbot.waitUntil(strip.isVisible, timeout=3000)
    assert "Order O9: Lost" in strip.text()
    assert station_app.sounds.requested[heard:].count("error") >= 1
    below = window.banner.mapTo(window, window.banner.rect().topLeft()).y()
    assert strip.mapTo(window, strip.rect().topLeft()).y() < below  # above the verdict banner

    QTest.mouseClick(strip, Qt.MouseButton.LeftButton)

    def seen() -> bool:
        with station.uow() as uow:
            return AlertLog(uow.session).count_unseen() == 0

    qtbot.waitUntil(seen, timeout=5000)
    assert station_app.io_runner.wait(5000)  # the acknowledgement's own poll has run
    assert not strip.isVisible()
    assert feed.poll() is None  # nothing new to show
