"""The review window's Seller Center sheet: written off the GUI thread with a progress bar, read back
with openpyxl, recorded so a second export leaves the orders out; a cancel writes nothing."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest
from openpyxl import load_workbook

from packstation.channels.sheets import SHEET_HEADERS, SHEET_NAME
from packstation.config import StationConfig
from packstation.domain.events import OrderImported
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.users import Actor, Role
from packstation.services.disputes import DisputeService
from packstation.services.metrics import MetricsService
from packstation.services.review import ReviewService
from packstation.services.review.desk import _shipment_sheet
from packstation.ui.review import ReviewServices, ReviewWindow
from packstation.ui.tasks import TaskRunner
from tests.conftest import StationKit
from tests.fakes.station import ship_in

T0 = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SUE = Actor("sue", Role.SUPERVISOR, "Sue")
COUNT = 450


@pytest.fixture
def kit(tmp_path):  # type: ignore[no-untyped-def]
    kit = StationKit(tmp_path, "st1")
    with kit.uow() as uow:
        for n in range(COUNT):
            order_id = f"5770{n:014d}"
            uow.orders.add(
                Order(
                    order_id, "tiktok", OrderStatus.READY,
                    Address("Ana", line1="1 Jalan", city="Shah Alam", country="MY"),
                    [OrderLine("SKU-0001", 1, line_no=1)],
                )
            )  # fmt: skip
            uow.record(OrderImported(order_id=order_id, status="Ready"))
        uow.commit()
    with kit.uow() as uow:
        for n in range(COUNT):
            ship_in(uow, f"5770{n:014d}", tracking=f"JT{n:010d}", manifest="M-1", carrier="J&T Express",
                    now=T0 + timedelta(seconds=n))  # fmt: skip
        uow.commit()
    yield kit
    kit.close()


def window_for(qtbot, kit, runner) -> ReviewWindow:  # type: ignore[no-untyped-def]
    station = SimpleNamespace(uow=kit.uow, config=StationConfig(station="st1"))
    services = ReviewServices(
        review=ReviewService(kit.uow, kit.home / "blobs"),
        disputes=DisputeService(kit.uow, "st1"),
        metrics=MetricsService(kit.uow),
        shipment_sheet=_shipment_sheet(station),
    )
    window = ReviewWindow(services, SUE, runner)
    qtbot.addWidget(window)
    return window


def test_sheet_is_written_with_progress_and_not_twice(qtbot, kit, tmp_path):
    runner = TaskRunner()
    window = window_for(qtbot, kit, runner)
    out = tmp_path / "ship.xlsx"
    window.choose_sheet_path = lambda: out
    steps: list[tuple[int, int]] = []
    with qtbot.waitSignal(window.sheet_exported, timeout=20_000) as done:
        window.sheet_action.trigger()
        window.sheet_job.progressed.connect(lambda d, t, w: steps.append((d, t)))
        assert window.sheet_job.dialog.isVisible()
    report = done.args[0]
    assert len(report.written) == COUNT
    qtbot.waitUntil(lambda: (COUNT, COUNT) in steps)
    assert (200, COUNT) in steps and (400, COUNT) in steps  # the bar moved along the way
    assert not window.sheet_job.dialog.isVisible()
    book = load_workbook(out)
    assert book.sheetnames == [SHEET_NAME]
    rows = [list(r) for r in book[SHEET_NAME].iter_rows(values_only=True)]
    assert tuple(rows[1]) == SHEET_HEADERS
    data = rows[2:]
    assert len(data) == COUNT and len({r[0] for r in data}) == COUNT
    assert data[7][:3] == [f"5770{7:014d}", f"JT{7:010d}", "J&T Express"]
    assert f"{COUNT} order(s) written" in window.statusBar().currentMessage()

    again = tmp_path / "again.xlsx"
    window.choose_sheet_path = lambda: again
    with qtbot.waitSignal(window.sheet_exported, timeout=20_000) as second:
        window.sheet_action.trigger()
    assert second.args[0].written == [] and second.args[0].already_reported == COUNT
    assert "already reported" in window.statusBar().currentMessage()
    runner.wait()


def test_a_cancelled_sheet_writes_and_records_nothing(qtbot, kit, tmp_path):
    runner = TaskRunner()
    window = window_for(qtbot, kit, runner)
    out = tmp_path / "ship.xlsx"
    window.choose_sheet_path = lambda: out
    original = window.export_sheet

    def cancelled_at_once() -> None:
        original()
        window.sheet_job.cancel()  # before the worker's first progress report is checked

    with qtbot.waitSignal(window.message, timeout=20_000) as msg:
        cancelled_at_once()
    runner.wait()
    assert "cancelled" in msg.args[0].casefold()
    assert not out.exists() and list(tmp_path.glob("*.partial")) == []
    later = tmp_path / "later.xlsx"
    window.choose_sheet_path = lambda: later
    with qtbot.waitSignal(window.sheet_exported, timeout=20_000) as done:
        window.sheet_action.trigger()
    assert len(done.args[0].written) == COUNT  # nothing was recorded by the cancelled one
    runner.wait()
