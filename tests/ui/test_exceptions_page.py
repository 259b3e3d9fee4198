"""The review window's delivery exceptions board, offscreen: groups, claim time left, open, export, charts."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.domain import events as ev
from packstation.domain.delivery import CarrierScan, ScanKind
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus
from packstation.domain.users import Actor, Role
from packstation.services.disputes import DisputeService
from packstation.services.metrics import MetricsService
from packstation.services.review import ReviewService
from packstation.services.tracking import ExceptionsBoard, TrackingService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from packstation.ui.review import ReviewServices, ReviewWindow
from packstation.ui.tasks import InlineTaskRunner

SUP = Actor("sue", Role.SUPERVISOR, "Sue")
NOW = datetime.now(UTC).replace(microsecond=0)
CREATED = NOW - timedelta(days=12, hours=6)  # past the 12-day lost rule by 6 hours


@pytest.fixture
def store(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    uow = UnitOfWorkFactory(engine)
    with uow() as u:
        for n, carrier in enumerate(("flash", "flash", "kerry", "kerry")):
            u.orders.add(
                Order(
                    f"X{n}",
                    "tiktok",
                    OrderStatus.SHIPPED,
                    Address(f"Buyer {n}", line1="1", city="c", country="TH"),
                    [OrderLine("S", 1)],
                    created_at=CREATED,
                    carrier=carrier,
                    tracking_number=f"TRK{n}",
                )
            )
            u.record(ev.OrderShipped(order_id=f"X{n}", occurred_at=CREATED + timedelta(hours=10)))
        u.commit()
    tracking = TrackingService(uow, clock=lambda: NOW)
    scan = CREATED + timedelta(days=1)
    tracking.ingest(
        [
            CarrierScan("TRK0", "flash", ScanKind.PICKED_UP, scan),
            CarrierScan("TRK1", "flash", ScanKind.PICKED_UP, scan),
            CarrierScan("TRK1", "flash", ScanKind.DELIVERED, scan + timedelta(days=2)),
            CarrierScan("TRK2", "kerry", ScanKind.DAMAGED, scan + timedelta(days=1)),
            CarrierScan("TRK3", "kerry", ScanKind.DELIVERY_FAILED, scan + timedelta(days=1)),
            CarrierScan("TRK3", "kerry", ScanKind.DELIVERY_FAILED, scan + timedelta(days=2)),
        ]
    )
    yield uow, tmp_path / "blobs", tracking
    engine.dispose()


def make_window(qtbot, store, exported: list) -> ReviewWindow:  # type: ignore[no-untyped-def]
    uow, blobs, tracking = store

    def exporter(order_ids, out_dir, progress):  # type: ignore[no-untyped-def]
        exported.extend(order_ids)
        progress(len(order_ids), len(order_ids), order_ids[-1])
        return list(order_ids)

    services = ReviewServices(
        review=ReviewService(uow, blobs),
        disputes=DisputeService(uow, "desk"),
        metrics=MetricsService(uow),
        exporter=exporter,
        exceptions=ExceptionsBoard(tracking),
    )
    window = ReviewWindow(services, SUP, InlineTaskRunner())
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_board_groups_by_rule_and_carrier_with_claim_time_left(qtbot, store, tmp_path):
    exported: list[str] = []
    window = make_window(qtbot, store, exported)
    page = window.exceptions
    assert page is not None
    window.tabs.setCurrentWidget(page)
    with qtbot.waitSignal(page.loaded):
        page.refresh_button.click()
    groups = [page.tree.topLevelItem(i) for i in range(page.tree.topLevelItemCount())]
    titles = [g.text(0) for g in groups]
    assert titles == [
        "Damaged (carrier scan) — kerry (1)",
        "Lost: delivery failed too often — kerry (1)",
        "Lost: not delivered in time after order creation — flash (1)",
    ]
    lost = groups[2].child(0)
    assert (lost.text(0), lost.text(1)) == ("X0", "Lost")
    # the 12-day verdict was 6 hours ago: 7 days - 6 h of appeal and 40 days - 6 h of carrier claim left
    assert lost.text(4) == "Seller appeal: 6.8 d left; Carrier claim: 39.8 d left"
    assert "X1" not in [g.child(i).text(0) for g in groups for i in range(g.childCount())]  # delivered

    on_time = page.on_time_chart.chart()
    assert on_time.title() == "On-time deliveries per week (%)"
    sets = {s.label(): [s.at(i) for i in range(s.count())] for s in on_time.series()[0].barSets()}
    assert max(sets["flash"]) == 100.0  # X1 delivered, never late
    exceptions = page.exceptions_chart.chart()
    per_carrier = {
        s.label(): sum(s.at(i) for i in range(s.count())) for s in exceptions.series()[0].barSets()
    }
    assert per_carrier == {"flash": 1.0, "kerry": 3.0}  # X0 lost; X2 damaged, X3 failed then lost

    page.tree.setCurrentItem(groups[0].child(0))
    window.choose_export_dir = lambda: tmp_path / "packs"
    page.export_button.click()
    assert exported == ["X2"]
    page.open_button.click()
    assert window.tabs.currentWidget() is window.orders_stack
    assert window.order.page is not None and window.order.page.order.order_id == "X2"
