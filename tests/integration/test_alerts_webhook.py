"""Alerts by webhook: a JSON POST to a loopback HTTP server, signed with HMAC-SHA256 when a secret is set."""

from __future__ import annotations

import hashlib
import hmac
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.config import AlertsConfig
from packstation.domain.users import Actor, Role
from packstation.services.alerts import AlertConfigError, AlertPolicy, AlertService, WebhookSender
from packstation.services.alerts.senders import SIGNATURE_HEADER
from packstation.services.tracking import Condition
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.integration.alert_servers import WebhookServer

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SECRET = "hook-secret-123"
DAMAGED = Condition("damaged:O3", "damaged", "O3", "Order O3: Damaged", "damaged at Hub B: crushed")
NO_SCAN = Condition("no_pickup_scan:O4", "no_pickup_scan", "O4", "Order O4: no scan", "pickup missed?")


@pytest.fixture
def hook():  # type: ignore[no-untyped-def]
    server = WebhookServer()
    yield server
    server.stop()


@pytest.fixture
def uow(tmp_path: Path) -> UnitOfWorkFactory:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def alerts_for(uow, hook: WebhookServer, secret: str = SECRET) -> AlertService:  # type: ignore[no-untyped-def]
    cfg = AlertsConfig(
        webhooks={"ops": {"url": hook.url, "secret": secret}, "carrier_desk": {"url": hook.url + "/desk"}},
        recipients={
            "*": ["in_app", "webhook:ops"],
            "damaged": ["in_app", "webhook:ops", "webhook:carrier_desk"],
        },
        retry_minutes=[1.0],
        max_attempts=3,
    )
    return AlertService(
        uow,
        AlertPolicy.from_config(cfg),
        {"webhook": WebhookSender(cfg.webhooks, 5.0)},
        "st1",
        clock=lambda: NOW,
    )


def test_signed_json_post_per_condition_and_recipients_per_kind(uow, hook):
    alerts = alerts_for(uow, hook)
    alerts.raise_alerts([DAMAGED, NO_SCAN, DAMAGED])
    assert alerts.dispatch().sent == 3
    by_path: dict[str, list] = {}
    for h in hook.received:
        by_path.setdefault(h.path, []).append(h)
    ops = {h.json["key"]: h for h in by_path["/hooks/packstation"]}
    assert sorted(ops) == ["damaged:O3", "no_pickup_scan:O4"]
    damaged = ops["damaged:O3"]
    assert damaged.json == {
        "key": "damaged:O3",
        "kind": "damaged",
        "order_id": "O3",
        "title": "Order O3: Damaged",
        "body": "damaged at Hub B: crushed",
        "raised_at": NOW.isoformat(),
        "station": "st1",
    }
    expected = "sha256=" + hmac.new(SECRET.encode(), damaged.body, hashlib.sha256).hexdigest()
    assert damaged.headers[SIGNATURE_HEADER] == expected
    assert damaged.headers["Content-Type"] == "application/json"
    (desk,) = by_path["/hooks/packstation/desk"]
    assert desk.json["key"] == "damaged:O3" and SIGNATURE_HEADER not in desk.headers
    assert alerts.dispatch().sent == 0
    alerts.raise_alerts([DAMAGED])
    assert alerts.dispatch().sent == 0 and len(hook.received) == 3


def test_a_failing_webhook_is_retried_then_given_up(uow, hook):
    alerts = alerts_for(uow, hook)
    hook.fail_next = 1
    alerts.raise_alerts([NO_SCAN])
    first = alerts.dispatch(NOW)
    assert first.retrying == 1 and "HTTP 503" in first.errors[0]
    assert alerts.dispatch(NOW + timedelta(minutes=1)).sent == 1
    assert [h.json["key"] for h in hook.received] == ["no_pickup_scan:O4"]

    hook.fail_next = 10
    alerts.raise_alerts([DAMAGED])
    for minute in range(2, 8):
        alerts.dispatch(NOW + timedelta(minutes=minute))
    report = alerts.dispatch(NOW + timedelta(minutes=30))
    assert report.sent == 0 and report.retrying == 0  # both damaged sends gave up after 3 attempts
    assert hook.fail_next == 10 - 6


def test_supervisors_get_a_banner_packers_do_not(uow, hook):
    alerts = alerts_for(uow, hook)
    alerts.raise_alerts([DAMAGED, NO_SCAN])
    supervisor = Actor("sup", Role.SUPERVISOR)
    banner = alerts.banner(supervisor)
    assert banner is not None and banner.count == 2 and banner.sound == "error"
    assert alerts.banner(Actor("p1", Role.PACKER)) is None
    alerts.acknowledge(supervisor, [a.id for a in banner.alerts])
    assert alerts.banner(supervisor) is None


def test_recipients_naming_an_unknown_webhook_are_refused():
    cfg = AlertsConfig(recipients={"*": ["webhook:nowhere"]})
    with pytest.raises(AlertConfigError, match="webhook:nowhere"):
        AlertPolicy.from_config(cfg)
    with pytest.raises(AlertConfigError, match="'email:someone@example.com'"):
        AlertPolicy.from_config(AlertsConfig(recipients={"*": ["sms:123"]}))
