"""Alerts by email through a loopback SMTP server with STARTTLS and login (aiosmtpd, started here)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from packstation.config import EmailConfig
from packstation.domain import events as ev
from packstation.domain.orders import Address, Order, OrderStatus
from packstation.services.alerts import AlertPolicy, AlertService, DeliveryWatch, SmtpSender
from packstation.services.alerts.policy import Address as To
from packstation.services.tracking import Condition, TrackingService
from packstation.store.db import open_engine, sqlite_url
from packstation.store.uow import UnitOfWorkFactory
from tests.integration.alert_servers import SmtpServer, free_port, self_signed_cert

NOW = datetime(2026, 11, 20, 10, 0, tzinfo=UTC)
SUPERVISOR = "sup@warehouse.example"


@pytest.fixture(scope="module")
def cert(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    return self_signed_cert(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def smtp(cert):  # type: ignore[no-untyped-def]
    server = SmtpServer(*cert).start()
    yield server
    server.stop()


@pytest.fixture
def uow(tmp_path: Path) -> UnitOfWorkFactory:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    yield UnitOfWorkFactory(engine)
    engine.dispose()


def email_config(smtp: SmtpServer, cert: Path, password: str = "s3cret") -> EmailConfig:
    return EmailConfig(
        host="127.0.0.1",
        port=smtp.port,
        username=smtp.user,
        password=password,
        sender="packstation@warehouse.example",
        cafile=str(cert),
        timeout_s=5.0,
    )


def service(uow, cfg: EmailConfig, **policy) -> AlertService:  # type: ignore[no-untyped-def]
    recipients = {
        "*": (To("in_app"), To("email", SUPERVISOR)),
        "digest": (To("email", "boss@warehouse.example"),),
    }
    return AlertService(
        uow,
        AlertPolicy(recipients=recipients, **policy),
        {"email": SmtpSender(cfg)},
        "st1",
        clock=lambda: NOW,
    )


LOST = Condition(
    "lost_not_delivered_in_time:O1",
    "lost_not_delivered_in_time",
    "O1",
    "Order O1: Lost",
    "not delivered 12 days after order creation",
)
DELAYED = Condition(
    "delayed_past_delivery_due:O2", "delayed_past_delivery_due", "O2", "Order O2: Delayed", "late"
)


def test_one_email_per_condition_over_starttls_with_login_and_none_after_a_restart(uow, smtp, cert):
    alerts = service(uow, email_config(smtp, cert[0]))
    assert len(alerts.raise_alerts([LOST, LOST, DELAYED])) == 2
    assert alerts.raise_alerts([LOST]) == []
    report = alerts.dispatch()
    assert (report.sent, report.retrying) == (2, 0), report.errors
    assert sorted(m.subject for m in smtp.received) == [
        "[packstation] Order O1: Lost",
        "[packstation] Order O2: Delayed",
    ]
    first = smtp.received[0]
    assert first.tls and first.authenticated and first.recipients == [SUPERVISOR]
    assert smtp.logins == [("alerts", True), ("alerts", True)]
    lost = next(m for m in smtp.received if "O1" in m.subject)
    assert "not delivered 12 days after order creation" in lost.message.get_content()

    restarted = service(uow, email_config(smtp, cert[0]))  # a new process on the same database
    assert restarted.raise_alerts([LOST, DELAYED]) == []
    assert restarted.dispatch().sent == 0
    assert len(smtp.received) == 2


def test_retries_while_the_server_is_down_then_sends_once(uow, cert, tmp_path):
    down = SmtpServer(*cert, port=free_port())  # not started yet: connection refused
    alerts = service(uow, email_config(down, cert[0]), retry_minutes=(1.0, 5.0))
    alerts.raise_alerts([LOST])
    first = alerts.dispatch(NOW)
    assert (first.sent, first.retrying) == (0, 1) and "SMTP 127.0.0.1" in first.errors[0]
    assert alerts.dispatch(NOW + timedelta(seconds=30)).retrying == 0  # not due before the backoff
    second = alerts.dispatch(NOW + timedelta(minutes=1))
    assert second.retrying == 1  # still down
    down.start()
    try:
        assert alerts.dispatch(NOW + timedelta(minutes=3)).sent == 0  # next try after 5 minutes
        assert alerts.dispatch(NOW + timedelta(minutes=6)).sent == 1
        assert alerts.dispatch(NOW + timedelta(minutes=60)).sent == 0
        assert [m.subject for m in down.received] == ["[packstation] Order O1: Lost"]
    finally:
        down.stop()


def test_a_refused_login_is_retried_not_sent(uow, smtp, cert):
    alerts = service(uow, email_config(smtp, cert[0], password="wrong"))
    alerts.raise_alerts([LOST])
    report = alerts.dispatch()
    assert report.retrying == 1 and "login refused" in report.errors[0]
    assert smtp.received == []


def test_daily_digest_lists_the_days_alerts_once(uow, smtp, cert):
    alerts = service(uow, email_config(smtp, cert[0]), digest_hour=8)
    alerts.raise_alerts([LOST], NOW - timedelta(hours=20))
    alerts.raise_alerts([DELAYED], NOW - timedelta(hours=2))
    alerts.dispatch()
    smtp.received.clear()
    assert alerts.digest(NOW.replace(hour=7)) is None  # before the digest hour
    digest = alerts.digest(NOW)
    assert digest is not None
    assert alerts.digest(NOW + timedelta(hours=3)) is None  # once a day
    assert alerts.dispatch().sent == 1
    (mail,) = smtp.received
    assert mail.recipients == ["boss@warehouse.example"]
    assert mail.subject == "packstation daily digest 2026-11-20: 2 alert(s)"
    body = mail.message.get_content()
    assert "1 delayed_past_delivery_due, 1 lost_not_delivered_in_time" in body
    assert "Order O1: Lost" in body and "Order O2: Delayed" in body


def test_quiet_hours_hold_email_but_not_the_in_app_queue(uow, smtp, cert):
    from datetime import time

    alerts = service(uow, email_config(smtp, cert[0]), quiet_start=time(22), quiet_end=time(7))
    night = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    alerts.raise_alerts([LOST], night)
    assert [a.title for a in alerts.unseen()] == ["Order O1: Lost"]
    assert alerts.dispatch(night).sent == 0
    assert alerts.dispatch(night + timedelta(hours=7)).sent == 0  # 06:30
    assert alerts.dispatch(datetime(2026, 11, 21, 7, 0, tzinfo=UTC)).sent == 1
    assert len(smtp.received) == 1


def test_the_watch_alerts_a_supervisor_when_the_twelve_day_rule_fires(uow, smtp, cert):
    created = NOW - timedelta(days=12)
    with uow() as w:
        w.orders.add(
            Order(
                "O9",
                "tiktok",
                OrderStatus.SHIPPED,
                Address("B", line1="1", city="c", country="TH"),
                created_at=created,
                carrier="flash",
                tracking_number="TH9",
            )
        )
        w.record(ev.OrderShipped(order_id="O9", occurred_at=created + timedelta(hours=5)))
        w.commit()
    clock = {"now": NOW - timedelta(seconds=1)}
    tracking = TrackingService(uow, clock=lambda: clock["now"])
    watch = DeliveryWatch(tracking, service(uow, email_config(smtp, cert[0])))
    early = watch.tick(clock["now"])
    assert [c.status for c in early.tracking.changes] == []
    subjects = [m.subject for m in smtp.received if m.recipients == [SUPERVISOR]]
    assert subjects == ["[packstation] Order O9: No carrier scan after handover (pickup missed?)"]
    clock["now"] = NOW
    watch.tick(NOW)
    watch.tick(NOW + timedelta(minutes=15))
    subjects = [m.subject for m in smtp.received if m.recipients == [SUPERVISOR]]
    assert sorted(subjects[1:]) == [
        "[packstation] Order O9: Lost",
        "[packstation] Order O9: No tracking update: marketplace auto-cancel risk",  # day 12 of 15
    ]
    assert len(subjects) == 3  # the second tick repeated nothing
