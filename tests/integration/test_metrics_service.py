"""Packer metrics over a generated event history whose answers are known by construction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.domain import events as ev
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.services.metrics import MetricsError, MetricsService, active_seconds
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

SUP = Actor("sup", Role.SUPERVISOR)
T0 = datetime(2025, 5, 5, 8, 0, tzinfo=UTC)
# Step lengths (seconds) per packer: pick, pack, label, photo; then handover 600 s after the photo.
PLAN = {"ann": (60, 90, 30, 20), "bob": (120, 150, 40, 40)}
ORDERS = {"ann": 12, "bob": 6}
CYCLE = {"ann": 240, "bob": 400}  # seconds from one confirmation to the next
WRONG = {"ann": 1, "bob": 3}  # rejected scans per order (each order has 2 good scans)
STATION = {"ann": "st-a", "bob": "st-b"}


def history() -> list[ev.Event]:
    """Two packers at two stations; bob's shift has a 1 h break after his 3rd order."""
    out: list[ev.Event] = []
    for packer, count in ORDERS.items():
        pick, pack, label, photo = PLAN[packer]
        for i in range(count):
            start = T0 + timedelta(seconds=i * CYCLE[packer])
            if packer == "bob" and i >= 3:
                start += timedelta(hours=1)
            oid = f"{packer}-{i}"
            ctx = {"order_id": oid, "station": STATION[packer], "user": packer}

            def at(s: float, start: datetime = start) -> datetime:
                return start + timedelta(seconds=s)

            out.append(ev.OrderConfirmed(**ctx, occurred_at=at(0)))
            for k in range(2):
                out.append(
                    ev.UnitScanned(
                        **ctx,
                        occurred_at=at(10 + k),
                        barcode="1",
                        sku="A",
                        line_no=1,
                        picked=k + 1,
                        quantity=2,
                    )
                )
            for k in range(WRONG[packer]):
                out.append(
                    ev.ScanRejected(**ctx, occurred_at=at(20 + k), barcode="9", verdict="wrong", message="x")
                )
            out.append(ev.OrderPicked(**ctx, occurred_at=at(pick)))
            out.append(ev.OrderPacked(**ctx, occurred_at=at(pick + pack), parcels=1))
            if i == 0:  # a supervisor's override at the packer's bench counts for the packer
                out.append(
                    ev.WeightOverridden(
                        order_id=oid,
                        station=STATION[packer],
                        user="sup",
                        occurred_at=at(pick + pack - 1),
                        parcel=1,
                        grams=1,
                        expected_grams=2,
                        reason="ok",
                    )
                )
            out.append(ev.OrderLabelled(**ctx, occurred_at=at(pick + pack + label)))
            out.append(ev.OrderPhotographed(**ctx, occurred_at=at(pick + pack + label + photo), photos=2))
            out.append(ev.OrderShipped(**ctx, occurred_at=at(pick + pack + label + photo + 600)))
    out.append(
        ev.OrderHeld(
            order_id="ann-3",
            station="st-a",
            user="ann",
            occurred_at=T0 + timedelta(seconds=725),
            reason="x",
            from_status="Picked",
        )
    )
    out.append(
        ev.ScanUndone(
            order_id="bob-1",
            station="st-b",
            user="bob",
            occurred_at=T0 + timedelta(seconds=415),
            scan_id=1,
            sku="A",
            reason="x",
        )
    )
    return out


@pytest.fixture
def metrics(tmp_path: Path) -> MetricsService:
    uow_factory = UnitOfWorkFactory(open_engine(sqlite_url(tmp_path / "station.db")))
    events = history()
    with uow_factory() as uow:
        uow.record(*events)
        uow.commit()
    return MetricsService(uow_factory)


def span_seconds(packer: str) -> float:
    """Active time by construction: sessions from first confirmation to last event before a long gap."""
    pick, pack, label, photo = PLAN[packer]
    last_done = pick + pack + label + photo
    if packer == "ann":  # one session; handovers 600 s after photos keep it alive, the last ends it
        return (ORDERS["ann"] - 1) * CYCLE["ann"] + last_done + 600
    first = 2 * CYCLE["bob"] + last_done + 600  # orders 0..2
    second = 2 * CYCLE["bob"] + last_done + 600  # orders 3..5 after the break
    return first + second


def test_orders_per_hour_step_times_wrong_scans_and_exceptions_per_packer(metrics):
    report = metrics.report(SUP, T0, T0 + timedelta(days=1))
    assert [g.key for g in report.by_packer] == ["ann", "bob"]
    for packer in ("ann", "bob"):
        g = report.packer(packer)
        assert g is not None
        assert g.orders == ORDERS[packer]
        assert g.active_s == pytest.approx(span_seconds(packer))
        assert g.orders_per_hour == pytest.approx(ORDERS[packer] / (span_seconds(packer) / 3600))
        pick, pack, label, photo = PLAN[packer]
        assert {k: (s.count, s.mean_s, s.median_s) for k, s in g.steps.items()} == {
            "pick": (ORDERS[packer], pick, pick),
            "pack": (ORDERS[packer], pack, pack),
            "label": (ORDERS[packer], label, label),
            "photo": (ORDERS[packer], photo, photo),
            "handover": (ORDERS[packer], 600, 600),
        }
        assert g.scans == ORDERS[packer] * (2 + WRONG[packer])
        assert g.wrong_scan_rate == pytest.approx(WRONG[packer] / (2 + WRONG[packer]))
        assert g.exceptions["overrides"] == 1
    assert report.packer("ann").exceptions == {"holds": 1, "overrides": 1, "waivers": 0, "undos": 0}
    assert report.packer("bob").exceptions == {"holds": 0, "overrides": 1, "waivers": 0, "undos": 1}
    assert report.packer("sup") is None  # the override was credited to the bench's packer
    assert report.total.orders == 18
    assert report.total.exceptions_total == 4


def test_per_station_and_hourly_counts(metrics):
    report = metrics.report(SUP, T0, T0 + timedelta(days=1))
    assert [(g.key, g.orders) for g in report.by_station] == [("st-a", 12), ("st-b", 6)]
    ann = report.station("st-a")
    # ann finishes an order every 240 s starting at 200 s: 12 orders all within 08:00-09:00
    assert ann.hourly == {T0: 12}
    bob = report.station("st-b")
    assert bob.hourly == {T0: 3, T0 + timedelta(hours=1): 3}


def test_a_period_counts_only_what_happened_in_it_and_times_steps_that_started_before(metrics):
    # from 08:05: ann's orders whose photo falls at or after 300 s; steps started before still timed
    since = T0 + timedelta(seconds=300)
    report = metrics.report(SUP, since, T0 + timedelta(hours=1))
    ann = report.packer("ann")
    done_times = [i * 240 + 200 for i in range(12)]
    assert ann.orders == sum(1 for t in done_times if t >= 300)
    pick_ends = [i * 240 + 60 for i in range(12)]
    assert ann.steps["pick"].count == sum(1 for t in pick_ends if t >= 300)
    assert ann.steps["pick"].mean_s == 60


def test_filter_by_packer_and_by_station(metrics):
    only_bob = metrics.report(SUP, T0, T0 + timedelta(days=1), packer="bob")
    assert [g.key for g in only_bob.by_packer] == ["bob"]
    assert only_bob.total.orders == 6
    only_a = metrics.report(SUP, T0, T0 + timedelta(days=1), station="st-a")
    assert [g.key for g in only_a.by_station] == ["st-a"] and only_a.total.orders == 12


def test_metrics_need_a_supervisor_and_a_real_period(metrics):
    with pytest.raises(PermissionDenied):
        metrics.report(Actor("ann"), T0, T0 + timedelta(days=1))
    with pytest.raises(MetricsError, match="empty"):
        metrics.report(SUP, T0, T0)
    with pytest.raises(MetricsError, match="time zones"):
        metrics.report(SUP, datetime(2025, 1, 1), datetime(2025, 1, 2))


def test_an_empty_period_has_no_rates_rather_than_a_division_error(metrics):
    report = metrics.report(SUP, T0 - timedelta(days=3), T0 - timedelta(days=2))
    assert report.by_packer == [] and report.total.orders == 0
    assert report.total.orders_per_hour is None and report.total.wrong_scan_rate is None


def test_active_seconds_splits_sessions_at_long_gaps():
    t = [T0, T0 + timedelta(minutes=5), T0 + timedelta(minutes=40), T0 + timedelta(minutes=41)]
    assert active_seconds(t) == 5 * 60 + 60
    assert active_seconds([]) == 0.0
