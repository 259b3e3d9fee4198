"""Who receives which alert, when nothing but in-app alerts may go out, and how sends are retried."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

IN_APP = "in_app"


class AlertConfigError(ValueError):
    """An `[tracking.alerts]` setting cannot be used; the message names it."""


@dataclass(frozen=True)
class Address:
    """One recipient: a channel (`in_app`, `email`, `webhook`) and where on it."""

    channel: str
    target: str = ""

    @classmethod
    def parse(cls, text: str) -> Address:
        text = str(text).strip()
        if text == IN_APP:
            return cls(IN_APP)
        channel, sep, target = text.partition(":")
        if not sep or channel not in ("email", "webhook") or not target.strip():
            raise AlertConfigError(
                f"alert recipient {text!r}: use 'in_app', 'email:someone@example.com' or 'webhook:NAME'"
            )
        return cls(channel, target.strip())


def _clock(text: str, name: str) -> time | None:
    if not text:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise AlertConfigError(f"'tracking.alerts.{name}' must be HH:MM, got {text!r}") from None


@dataclass(frozen=True)
class AlertPolicy:
    recipients: Mapping[str, Sequence[Address]] = field(default_factory=lambda: {"*": (Address(IN_APP),)})
    quiet_start: time | None = None
    quiet_end: time | None = None
    zone: tzinfo = field(default_factory=lambda: ZoneInfo("UTC"))
    digest_hour: int = 8
    retry_minutes: Sequence[float] = (1.0, 5.0, 15.0, 60.0)
    max_attempts: int = 10

    def for_kind(self, kind: str) -> Sequence[Address]:
        """Recipients of an alert kind: its own list, else the "*" list."""
        return self.recipients.get(kind, self.recipients.get("*", ()))

    def quiet(self, at: datetime) -> bool:
        if self.quiet_start is None or self.quiet_end is None:
            return False
        local = at.astimezone(self.zone).time()
        start, end = self.quiet_start, self.quiet_end
        return start <= local < end if start <= end else (local >= start or local < end)

    def after_quiet(self, at: datetime) -> datetime:
        """`at`, or the end of the quiet hours it falls in."""
        if not self.quiet(at) or self.quiet_end is None:
            return at
        local = at.astimezone(self.zone)
        end = local.replace(hour=self.quiet_end.hour, minute=self.quiet_end.minute, second=0, microsecond=0)
        if end <= local:
            end += timedelta(days=1)
        return end.astimezone(at.tzinfo)

    def retry_delay(self, attempts: int) -> timedelta:
        steps = list(self.retry_minutes) or [5.0]
        return timedelta(minutes=steps[min(attempts - 1, len(steps) - 1)])

    def digest_due(self, at: datetime) -> tuple[str, datetime] | None:
        """The day whose digest is due at `at` (local date, digest time), or None before the hour."""
        local = at.astimezone(self.zone)
        due = local.replace(hour=self.digest_hour, minute=0, second=0, microsecond=0)
        if local < due:
            return None
        return local.date().isoformat(), due.astimezone(at.tzinfo)

    @classmethod
    def from_config(cls, alerts: Any) -> AlertPolicy:
        try:
            zone = ZoneInfo(alerts.timezone or "UTC")
        except (ZoneInfoNotFoundError, ValueError):
            raise AlertConfigError(
                f"'tracking.alerts.timezone' {alerts.timezone!r} is not a time zone"
            ) from None
        recipients: dict[str, tuple[Address, ...]] = {}
        for kind, addresses in dict(alerts.recipients).items():
            if not isinstance(addresses, list):
                raise AlertConfigError(f"'tracking.alerts.recipients.{kind}' must be a list")
            recipients[kind] = tuple(Address.parse(a) for a in addresses)
        for kind, addresses in recipients.items():
            for a in addresses:
                if a.channel == "webhook" and a.target not in alerts.webhooks:
                    raise AlertConfigError(
                        f"alert recipient webhook:{a.target} ({kind}): no [tracking.alerts.webhooks.{a.target}]"
                    )
        if not 0 <= int(alerts.digest_hour) <= 23:
            raise AlertConfigError("'tracking.alerts.digest_hour' must be 0..23")
        return cls(
            recipients,
            _clock(alerts.quiet_start, "quiet_start"),
            _clock(alerts.quiet_end, "quiet_end"),
            zone,
            int(alerts.digest_hour),
            tuple(float(m) for m in alerts.retry_minutes),
            int(alerts.max_attempts),
        )
