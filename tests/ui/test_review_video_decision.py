"""Review: the Video tab says an order's video is incomplete, a supervisor accepts it with a reason,
and the decision shows on the tab and in the timeline."""

from __future__ import annotations

import time

import pytest
from sqlalchemy import select

from packstation.domain.users import Actor, Role
from packstation.store.video_tables import VideoRecordingRow
from packstation.ui.review import ReviewWindow
from packstation.ui.review.assembly import review_services
from packstation.ui.tasks import TaskRunner
from tests.fixtures.video import FrameFeed, add_order, fresh_station, make_service

SUE = Actor("sue", Role.SUPERVISOR, "Sue")


@pytest.fixture
def station(tmp_path):  # type: ignore[no-untyped-def]
    st = fresh_station(tmp_path)
    add_order(st, "VID-1")
    service = make_service(st)
    feed = FrameFeed(service, time.monotonic(), "VID-1", "TRK-1")
    service.start("VID-1", "alice")
    feed.feed(30)
    service.stop("VID-1")
    service.close()
    with st.uow() as uow:  # the recorder's record of a lost camera (the real loss: test_video_acceptance)
        rec = uow.session.scalars(select(VideoRecordingRow)).one()
        rec.incomplete = True
        rec.gaps = [{"from": "a", "to": "b", "seconds": 6.0, "reason": "camera lost", "missing": True}]
        uow.commit()
    yield st
    st.close()


def test_supervisor_accepts_the_incomplete_video_from_the_video_tab(qtbot, station):
    runner = TaskRunner()
    window = ReviewWindow(review_services(station), SUE, runner)
    qtbot.addWidget(window)
    window.show()
    window.open_order("VID-1")
    bar = window.order.video_decision
    qtbot.waitUntil(lambda: "Video incomplete: 6 s missing" in bar.state.text(), timeout=10_000)
    assert "not accepted" in bar.state.text() and not bar.accept_button.isHidden()

    bar.ask_reason = lambda: None  # cancelled: nothing happens
    bar.accept_button.click()
    assert runner.wait(5000) and not bar.accept_button.isHidden()

    bar.ask_reason = lambda: "camera cable loose; contents on the photos"
    with qtbot.waitSignal(window.order.loaded, timeout=10_000):
        bar.accept_button.click()
    qtbot.waitUntil(lambda: "accepted by sue" in bar.state.text(), timeout=10_000)
    assert "camera cable loose" in bar.state.text() and bar.accept_button.isHidden()
    timeline = window.order.timeline
    events = [timeline.item(r, 1).text() for r in range(timeline.rowCount())]
    assert "VideoShortfallAccepted" in events
    row = events.index("VideoShortfallAccepted")
    assert timeline.item(row, 2).text() == "sue"
    runner.wait(5000)
