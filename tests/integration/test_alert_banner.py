"""The supervisor's alert banner as the station polls it: shown on change, sounded once, seen on click."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.domain.users import Actor, Role
from packstation.services.alerts import AlertService
from packstation.services.alerts.banner import AlertBannerFeed, BannerUpdate
from packstation.services.tracking import Condition
from packstation.store.alerts import AlertLog
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SUE = Actor("sue", Role.SUPERVISOR, "Sue")
PAT = Actor("pat", Role.PACKER, "Pat")


@pytest.fixture
def uow(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def lost(n: int) -> Condition:
    return Condition(f"lost:O{n}", "lost", f"O{n}", f"Order O{n}: Lost", "2 failed delivery attempts")


def test_banner_follows_the_actor_and_sounds_only_for_new_alerts(uow):
    alerts = AlertService(uow, station="st1", clock=lambda: NOW)
    who: list[Actor | None] = [PAT]
    shown: list[BannerUpdate] = []
    feed = AlertBannerFeed(alerts, lambda: who[0], shown.append)

    assert feed.poll() is None and shown == []  # nothing raised, nothing shown
    alerts.raise_alerts([lost(1)], NOW)
    assert feed.poll() is None  # a packer never gets the supervisor banner
    who[0] = SUE
    first = feed.poll()
    assert first is not None and first.sound and first.banner is not None
    assert first.banner.count == 1 and first.banner.text == "Order O1: Lost"
    assert feed.poll() is None and len(shown) == 1  # unchanged: not shown again, no second beep

    alerts.raise_alerts([lost(2), lost(1)], NOW + timedelta(minutes=1))  # O1 again is the same condition
    second = feed.poll()
    assert second is not None and second.sound and second.banner.count == 2
    assert "2 delivery alerts" in second.banner.text

    who[0] = PAT  # the packer takes the bench: the banner goes away, silently
    gone = feed.poll()
    assert gone == BannerUpdate(None, False)
    who[0] = SUE  # back: the same alerts are shown again, but were heard already
    back = feed.poll()
    assert back is not None and back.banner.count == 2 and not back.sound


def test_acknowledge_marks_the_shown_alerts_seen_by_the_supervisor(uow):
    alerts = AlertService(uow, station="st1", clock=lambda: NOW)
    shown: list[BannerUpdate] = []
    who: list[Actor | None] = [SUE]
    feed = AlertBannerFeed(alerts, lambda: who[0], shown.append)
    alerts.raise_alerts([lost(1), lost(2)], NOW)
    feed.poll()
    who[0] = PAT
    assert feed.acknowledge() == 0  # a packer cannot clear it
    who[0] = SUE
    assert feed.acknowledge() == 2
    assert shown[-1] == BannerUpdate(None, False)
    with uow() as u:
        log = AlertLog(u.session)
        assert log.count_unseen() == 0
        rows = log.raised_between(NOW - timedelta(hours=1), NOW + timedelta(hours=1))
    assert {r.seen_by for r in rows} == {"sue"}
    alerts.raise_alerts([lost(3)], NOW + timedelta(minutes=5))  # a new one after: shown and sounded
    again = feed.poll()
    assert again is not None and again.sound and again.banner.count == 1
