"""Dispatch and collection deadlines counted in business days, with a holiday calendar and a cut-off hour.

An order paid after the cut-off (or on a weekend or holiday) starts counting on the next business day.
Its *dispatch due* is the end of the business day `handling_days` later; its *collection due* is that
day's last carrier collection (`collection_hour`). Channels that send their own times win over these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo


@dataclass(frozen=True)
class BusinessCalendar:
    """Working days, holidays and the hours that matter for dispatch, in the warehouse's zone."""

    tz: tzinfo = field(default_factory=lambda: ZoneInfo("UTC"))
    holidays: frozenset[date] = frozenset()
    weekend: frozenset[int] = frozenset({5, 6})  # Saturday, Sunday
    cutoff_hour: int = 14  # orders paid after this start counting the next business day
    collection_hour: int = 17  # the carrier's last collection of a day
    handling_days: dict[str, int] = field(default_factory=lambda: {"tiktok": 2, "generic": 2})

    def is_business_day(self, day: date) -> bool:
        return day.weekday() not in self.weekend and day not in self.holidays

    def next_business_day(self, day: date) -> date:
        day += timedelta(days=1)
        while not self.is_business_day(day):
            day += timedelta(days=1)
        return day

    def add_business_days(self, day: date, days: int) -> date:
        for _ in range(max(0, days)):
            day = self.next_business_day(day)
        return day


@dataclass(frozen=True)
class Deadlines:
    dispatch_due: datetime
    collection_due: datetime
    source: str = "computed"  # or "channel"


def deadlines_for(paid_at: datetime, channel: str, calendar: BusinessCalendar) -> Deadlines:
    """Dispatch and collection due for an order paid at `paid_at` on `channel` (aware datetimes)."""
    local = paid_at.astimezone(calendar.tz)
    start = local.date()
    if not calendar.is_business_day(start) or local.hour >= calendar.cutoff_hour:
        start = calendar.next_business_day(start)
    days = calendar.handling_days.get(channel, calendar.handling_days.get("generic", 2))
    due_day = calendar.add_business_days(start, days)
    collection = datetime.combine(due_day, time(calendar.collection_hour), calendar.tz)
    dispatch = datetime.combine(due_day, time(23, 59, 59), calendar.tz)
    return Deadlines(dispatch, collection)
