"""Alerts that reach a person: one per condition, in the app at once, by email or webhook outside quiet
hours, retried while a server is down, and a daily digest. Everything is persisted, so a restart neither
repeats an alert nor loses one that was not yet sent."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from packstation.domain import events as ev
from packstation.domain.texts import from_json, to_json, translate
from packstation.domain.users import Actor, Role
from packstation.services.alerts.policy import IN_APP, AlertPolicy
from packstation.services.alerts.senders import Outgoing, Sender, SendError
from packstation.services.tracking.service import Condition
from packstation.store.alerts import AlertLog
from packstation.store.base import utcnow
from packstation.store.tables import AlertRow

DIGEST = "digest"


@dataclass(frozen=True)
class AlertView:
    """An alert as the station or review window shows it."""

    id: int
    kind: str
    order_id: str
    title: str
    body: str
    raised_at: datetime


@dataclass(frozen=True)
class Banner:
    """What a supervisor's screen shows while alerts are unseen: text, how many, and the sound to play."""

    text: str
    count: int
    sound: str = "error"
    alerts: tuple[AlertView, ...] = ()


@dataclass
class DispatchReport:
    sent: int = 0
    retrying: int = 0
    failed: int = 0
    held: int = 0
    errors: list[str] = field(default_factory=list)


def _view(row: AlertRow) -> AlertView:
    title = from_json(row.title_text or "", row.title)  # older alerts: the English stored
    body = from_json(row.body_text or "", row.body)
    return AlertView(row.id, row.kind, row.order_id, title, body, row.raised_at)


class AlertService:
    """Raise alerts from conditions, send them through `senders` ("email", "webhook"), read the in-app queue."""

    def __init__(
        self,
        uow: Callable[[], Any],
        policy: AlertPolicy | None = None,
        senders: Mapping[str, Sender] | None = None,
        station: str = "",
        clock: Callable[[], datetime] = utcnow,
    ) -> None:
        self.uow, self.policy, self.station, self.clock = uow, policy or AlertPolicy(), station, clock
        self.senders: dict[str, Sender] = dict(senders or {})

    # -- raising ------------------------------------------------------------------------------------
    def raise_alerts(self, conditions: Iterable[Condition], now: datetime | None = None) -> list[AlertView]:
        """Store one alert per new condition key, with a send per recipient; known keys are skipped."""
        at = now or self.clock()
        wanted: dict[str, Condition] = {}
        for c in conditions:
            wanted.setdefault(c.key, c)
        if not wanted:
            return []
        with self.uow() as uow:
            log = AlertLog(uow.session)
            known = log.known_keys(list(wanted))
            fresh = [c for k, c in wanted.items() if k not in known]
            rows = log.add(
                [
                    {
                        "key": c.key,
                        "kind": c.kind,
                        "order_id": c.order_id,
                        "title": c.title,
                        "title_text": to_json(c.title),
                        "body": c.body,
                        "body_text": to_json(c.body),
                        "raised_at": at,
                        "seen_by": "",
                    }
                    for c in fresh
                ]
            )
            self._queue_sends(log, rows, at)
            uow.record(
                *(
                    ev.AlertRaised(
                        order_id=r.order_id,
                        station=self.station,
                        user="rules",
                        occurred_at=at,
                        kind=r.kind,
                        key=r.key,
                        title=r.title,
                    )
                    for r in rows
                    if r.order_id
                )
            )
            uow.commit()
        return [_view(r) for r in rows]

    def _queue_sends(self, log: AlertLog, rows: list[AlertRow], at: datetime) -> None:
        start = self.policy.after_quiet(at)
        sends = [
            {
                "alert_id": r.id,
                "channel": a.channel,
                "recipient": a.target,
                "state": "pending",
                "attempts": 0,
                "last_error": "",
                "next_attempt_at": start,
            }
            for r in rows
            for a in self.policy.for_kind(r.kind)
            if a.channel != IN_APP
        ]
        log.add_sends(sends)

    # -- sending ------------------------------------------------------------------------------------
    def dispatch(self, now: datetime | None = None) -> DispatchReport:
        """Send every due message; failures are retried later (backoff), quiet hours hold them back."""
        at = now or self.clock()
        report = DispatchReport()
        with self.uow() as uow:
            due = AlertLog(uow.session).due_sends(at)
        for send, alert in due:
            if self.policy.quiet(at):
                self._update(send.id, next_attempt_at=self.policy.after_quiet(at))
                report.held += 1
                continue
            sender = self.senders.get(send.channel)
            try:
                if sender is None:
                    raise SendError(f"no {send.channel} sender configured")
                sender.send(self._outgoing(send.recipient, alert))
            except SendError as exc:
                attempts = send.attempts + 1
                give_up = attempts >= self.policy.max_attempts
                self._update(
                    send.id,
                    attempts=attempts,
                    last_error=str(exc)[:500],
                    state="failed" if give_up else "pending",
                    next_attempt_at=at + self.policy.retry_delay(attempts),
                )
                report.errors.append(f"{send.channel} {send.recipient}: {exc}")
                if give_up:
                    report.failed += 1
                else:
                    report.retrying += 1
                continue
            self._update(send.id, state="sent", attempts=send.attempts + 1, sent_at=at, last_error="")
            report.sent += 1
        return report

    def _update(self, send_id: int, **values: Any) -> None:
        with self.uow() as uow:
            AlertLog(uow.session).mark(send_id, **values)
            uow.commit()

    def _outgoing(self, target: str, alert: AlertRow) -> Outgoing:
        document = {
            "key": alert.key,
            "kind": alert.kind,
            "order_id": alert.order_id,
            "title": alert.title,
            "body": alert.body,
            "raised_at": alert.raised_at.isoformat(),
            "station": self.station,
        }
        prefix = "[packstation] " if alert.kind != DIGEST else ""
        return Outgoing(target, prefix + alert.title, alert.body or alert.title, document)

    # -- digest -------------------------------------------------------------------------------------
    def digest(self, now: datetime | None = None) -> AlertView | None:
        """Once a day after the digest hour: one message summing up the alerts since the last digest."""
        at = now or self.clock()
        due = self.policy.digest_due(at)
        if due is None:
            return None
        day, due_at = due
        key = f"{DIGEST}:{day}"
        with self.uow() as uow:
            log = AlertLog(uow.session)
            if log.known_keys([key]):
                return None
            since = log.last_digest_at() or due_at - timedelta(days=1)
            alerts = log.raised_between(since, at)
            counts = Counter(a.kind for a in alerts)
            summary = ", ".join(f"{n} {kind}" for kind, n in sorted(counts.items())) or "no alerts"
            lines = [f"Alerts since {since.isoformat()}: {summary}", ""]
            lines += [
                f"- {a.raised_at:%Y-%m-%d %H:%M} {a.kind}: {a.title}. {a.body}".rstrip() for a in alerts
            ]
            title = translate("Alerts", "packstation daily digest {day}: {count} alert(s)").format(
                day=day, count=len(alerts)
            )
            rows = log.add(
                [
                    {
                        "key": key,
                        "kind": DIGEST,
                        "order_id": "",
                        "title": title,
                        "title_text": to_json(title),
                        "body": "\n".join(lines),
                        "raised_at": at,
                        "seen_by": "",
                    }
                ]
            )
            if alerts:  # a quiet day is recorded as done, but nobody is mailed about it
                self._queue_sends(log, rows, at)
            uow.commit()
        return _view(rows[0])

    # -- in the app ---------------------------------------------------------------------------------
    def unseen(self, limit: int = 100) -> list[AlertView]:
        with self.uow() as uow:
            return [_view(r) for r in AlertLog(uow.session).unseen(limit)]

    def banner(self, actor: Actor) -> Banner | None:
        """The supervisor banner (with the error sound) while alerts are unseen; None for packers."""
        if actor.role.rank < Role.SUPERVISOR.rank:
            return None
        with self.uow() as uow:
            log = AlertLog(uow.session)
            count = log.count_unseen()
            latest = [_view(r) for r in log.unseen(5)]
        if not count:
            return None
        text = (
            latest[0].title
            if count == 1
            else translate("Alerts", "{count} delivery alerts: {title}, ...").format(count=count, title=latest[0].title)
        )
        return Banner(text, count, "error", tuple(latest))

    def acknowledge(self, actor: Actor, alert_ids: Iterable[int]) -> None:
        actor.require(Role.SUPERVISOR, "Acknowledging delivery alerts")
        with self.uow() as uow:
            AlertLog(uow.session).mark_seen(list(alert_ids), actor.user_id, self.clock())
            uow.commit()
