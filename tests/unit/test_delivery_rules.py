"""The marketplace's exception rules on an injected clock, at their edges."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from packstation.domain.delivery import (
    CarrierScan,
    ClaimWindows,
    DeliveryRules,
    DeliveryTrack,
    Rule,
    ScanKind,
    apply_scan,
    assess,
    claim_deadlines,
)
from packstation.domain.orders import OrderStatus as S
from packstation.services.tracking.files import read_tracking_text
from packstation.services.tracking.rulebook import RuleBook, RuleConfigError

T0 = datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
RULES = DeliveryRules()
US = timedelta(microseconds=1)


def track(**kw) -> DeliveryTrack:
    base = DeliveryTrack(
        "O1", "tiktok", S.SHIPPED, "flash", "TH", created_at=T0, shipped_at=T0 + timedelta(hours=20)
    )
    return replace(base, **kw)


def scan(kind: ScanKind, at: datetime, **kw) -> CarrierScan:
    return CarrierScan("TH123", "flash", kind, at, **kw)


def test_first_failed_attempt_is_delivery_failed_and_the_second_is_lost():
    t = apply_scan(track(), scan(ScanKind.PICKED_UP, T0 + timedelta(days=1)), RULES)
    assert (t.status, t.rule) == (S.IN_TRANSIT, Rule.CARRIER_SCAN)
    t = apply_scan(t, scan(ScanKind.DELIVERY_FAILED, T0 + timedelta(days=3)), RULES)
    assert (t.status, t.failed_attempts) == (S.DELIVERY_FAILED, 1)
    assert "attempt 1" in t.note
    t = apply_scan(t, scan(ScanKind.DELIVERY_FAILED, T0 + timedelta(days=4)), RULES)
    assert (t.status, t.rule, t.failed_attempts) == (S.LOST, Rule.FAILED_ATTEMPTS, 2)
    assert t.verdict_at == T0 + timedelta(days=4)


def test_failed_attempts_threshold_is_per_channel():
    book = RuleBook.from_config(
        SimpleNamespace(
            rules={"*": {"no_scan_hours": 12}, "shopee": {"lost_after_failed_attempts": 3}},
            seller_appeal_days=7.0,
            carrier_claim_days=40.0,
            column_maps={},
            event_maps={},
        )
    )
    shopee = book.for_channel("shopee")
    assert (shopee.lost_after_failed_attempts, shopee.no_scan_hours) == (3, 12.0)
    assert book.for_channel("tiktok").lost_after_failed_attempts == 2
    t = track(channel="shopee")
    for day in (3, 4):
        t = apply_scan(t, scan(ScanKind.DELIVERY_FAILED, T0 + timedelta(days=day)), shopee)
    assert t.status is S.DELIVERY_FAILED
    t = apply_scan(t, scan(ScanKind.DELIVERY_FAILED, T0 + timedelta(days=5)), shopee)
    assert t.status is S.LOST


def test_a_bad_rule_setting_is_named():
    cfg = SimpleNamespace(
        rules={"tiktok": {"lost_after_dayz": 3}},
        seller_appeal_days=7.0,
        carrier_claim_days=40.0,
        column_maps={},
        event_maps={},
    )
    with pytest.raises(RuleConfigError, match="tracking.rules.tiktok.lost_after_dayz"):
        RuleBook.from_config(cfg)


def test_lost_exactly_twelve_days_after_creation_not_a_moment_before():
    t = apply_scan(track(), scan(ScanKind.IN_TRANSIT, T0 + timedelta(days=2)), RULES)
    before = assess(t, T0 + timedelta(days=12) - US, RULES)
    assert not before.changed and before.status is S.IN_TRANSIT
    at = assess(t, T0 + timedelta(days=12), RULES)
    assert at.changed
    assert (at.status, at.track.rule) == (S.LOST, Rule.NOT_DELIVERED_IN_TIME)
    assert at.track.verdict_at == T0 + timedelta(days=12)


def test_delivered_is_never_lost_by_time():
    t = apply_scan(track(), scan(ScanKind.DELIVERED, T0 + timedelta(days=5)), RULES)
    assert not assess(t, T0 + timedelta(days=30), RULES).changed


def test_a_delivered_scan_after_a_lost_verdict_reopens_and_says_so():
    lost = assess(track(), T0 + timedelta(days=12), RULES).track
    assert lost.status is S.LOST
    t = apply_scan(lost, scan(ScanKind.DELIVERED, T0 + timedelta(days=13), location="Bangkok"), RULES)
    assert (t.status, t.rule) == (S.DELIVERED, Rule.REOPENED)
    assert "after the Lost verdict" in t.note and "reopened" in t.note
    assert t.delivered_at == T0 + timedelta(days=13)


def test_delayed_strictly_after_the_channel_delivery_due_time():
    due = T0 + timedelta(days=5)
    t = apply_scan(track(delivery_due=due), scan(ScanKind.IN_TRANSIT, T0 + timedelta(days=1)), RULES)
    assert not assess(t, due, RULES).changed
    late = assess(t, due + US, RULES)
    assert (late.status, late.track.rule) == (S.DELAYED, Rule.PAST_DELIVERY_DUE)
    # still moving does not make it on time; delivery does
    moving = apply_scan(late.track, scan(ScanKind.OUT_FOR_DELIVERY, due + timedelta(hours=3)), RULES)
    assert moving.status is S.DELAYED
    done = apply_scan(moving, scan(ScanKind.DELIVERED, due + timedelta(hours=5)), RULES)
    assert done.status is S.DELIVERED


def test_delivery_days_per_carrier_and_destination_most_specific_first():
    rules = DeliveryRules(delivery_days={"flash": 5, "flash:TH": 3, "*": 9})
    t = track()  # shipped at T0 + 20 h
    due_th = T0 + timedelta(hours=20, days=3)
    assert not assess(t, due_th, rules).changed
    assert assess(t, due_th + US, rules).status is S.DELAYED
    my = track(country="MY")
    assert not assess(my, T0 + timedelta(hours=20, days=5), rules).changed
    assert assess(my, T0 + timedelta(hours=20, days=5) + US, rules).status is S.DELAYED
    other = track(carrier="kerry")
    assert not assess(other, T0 + timedelta(hours=20, days=9), rules).changed


def test_no_carrier_scan_n_hours_after_the_handover_is_a_risk_not_a_status():
    t = track()
    at = t.shipped_at + timedelta(hours=RULES.no_scan_hours)
    assert assess(t, at - US, RULES).risks == ()
    (risk,) = assess(t, at, RULES).risks
    assert risk.rule is Rule.NO_PICKUP_SCAN and risk.key == "no_pickup_scan:O1"
    assert assess(t, at, RULES).status is S.SHIPPED
    scanned = apply_scan(t, scan(ScanKind.PICKED_UP, at + timedelta(hours=1)), RULES)
    assert not [
        r for r in assess(scanned, at + timedelta(hours=2), RULES).risks if r.rule is Rule.NO_PICKUP_SCAN
    ]


def test_auto_cancel_reminders_daily_before_fifteen_days_without_tracking_update():
    rules = DeliveryRules(lost_after_days=30, remind_days_before=3)
    cancel = T0 + timedelta(days=15)
    t = track()

    def reminders(at: datetime) -> list[str]:
        return [r.key for r in assess(t, at, rules).risks if r.rule is Rule.AUTO_CANCEL_RISK]

    assert reminders(cancel - timedelta(days=3) - US) == []
    day0 = reminders(cancel - timedelta(days=3))
    day0_later = reminders(cancel - timedelta(days=2) - US)
    day1 = reminders(cancel - timedelta(days=2))
    day2 = reminders(cancel - timedelta(hours=1))
    assert day0 == day0_later == ["auto_cancel_risk:O1:0"]
    assert day1 == ["auto_cancel_risk:O1:1"] and day2 == ["auto_cancel_risk:O1:2"]
    assert reminders(cancel) == []
    updated = apply_scan(t, scan(ScanKind.IN_TRANSIT, T0 + timedelta(days=1)), rules)
    assert [
        r
        for r in assess(updated, cancel - timedelta(hours=1), rules).risks
        if r.rule is Rule.AUTO_CANCEL_RISK
    ] == []


def test_auto_cancel_reminder_continues_after_the_twelve_day_lost_verdict():
    t = track()
    result = assess(t, T0 + timedelta(days=13), RULES)
    assert result.status is S.LOST
    assert [r.rule for r in result.risks] == [Rule.AUTO_CANCEL_RISK]


def test_an_older_scan_counts_but_does_not_move_the_status_back():
    t = apply_scan(track(), scan(ScanKind.DELIVERED, T0 + timedelta(days=4)), RULES)
    back = apply_scan(t, scan(ScanKind.IN_TRANSIT, T0 + timedelta(days=2)), RULES)
    assert back.status is S.DELIVERED
    assert back.first_scan_at == T0 + timedelta(days=2)


def test_claim_windows_from_the_verdict():
    lost = assess(track(), T0 + timedelta(days=12), RULES).track
    windows = claim_deadlines(lost, ClaimWindows())
    assert windows == {
        "seller_appeal": T0 + timedelta(days=19),
        "carrier_claim": T0 + timedelta(days=52),
    }
    delayed = replace(lost, status=S.DELAYED)
    assert set(claim_deadlines(delayed, ClaimWindows(3, 10))) == {"seller_appeal"}
    assert claim_deadlines(replace(lost, status=S.IN_TRANSIT), ClaimWindows()) == {}


def test_tracking_rows_with_problems_are_named_by_line():
    text = (
        "tracking_number,carrier,event,occurred_at,location,detail\n"
        "TH1,flash,picked_up,2026-11-02T10:00:00+07:00,Hub,\n"
        ",flash,delivered,2026-11-03T10:00:00Z,,\n"
        "TH1,flash,teleported,2026-11-03T10:00:00Z,,\n"
        "TH1,flash,delivered,yesterday,,\n"
        "th 1,flash,Delivered,2026-11-04 08:00,Door,signed\n"
    )
    parsed = read_tracking_text(text)
    assert [str(p) for p in parsed.problems] == [
        "line 3: empty tracking_number",
        "line 4: unknown event 'teleported' (expected one of picked_up, in_transit, out_for_delivery, "
        "delivery_failed, delivered, returned_to_sender, damaged, exception)",
        "line 5: occurred_at 'yesterday' is not an ISO 8601 time",
    ]
    first, last = parsed.scans
    assert first.occurred_at == datetime(2026, 11, 2, 3, 0, tzinfo=UTC)
    assert (last.tracking_number, last.kind, last.occurred_at) == (
        "TH1",
        ScanKind.DELIVERED,
        datetime(2026, 11, 4, 8, 0, tzinfo=UTC),
    )
