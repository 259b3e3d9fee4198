"""Handover rules without a database: staged then shipped, scan verdicts, carriers, deadlines."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from packstation.domain import workflow
from packstation.domain.deadlines import BusinessCalendar, deadlines_for
from packstation.domain.handover import (
    FloorParcel,
    Verdict,
    incomplete_orders,
    judge_refusal,
    same_carrier,
    scanned_code,
)
from packstation.domain.orders import Address, Order, OrderStatus

S = OrderStatus


def staged_order() -> Order:
    return Order(
        "O-9", "tiktok", S.STAGED, Address("Ana", line1="1 Road", city="X", country="MY"), carrier="J&T"
    )


def test_a_staged_order_ships_only_with_a_manifest_id():
    order = staged_order()
    with pytest.raises(workflow.WorkflowError, match="manifest"):
        workflow.ship(order, "st", "ana", "")
    assert order.status is S.STAGED
    event = workflow.ship(order, "st", "ana", "M-ST-1")
    assert order.status is S.SHIPPED and event.payload() == {"manifest": "M-ST-1"}


def test_a_photographed_order_cannot_skip_staging():
    order = staged_order()
    order.status = S.PHOTOGRAPHED
    with pytest.raises(workflow.WorkflowError, match="Photographed, not Staged"):
        workflow.ship(order, "st", "ana", "M-1")


def test_a_staged_order_can_be_held_and_cancelled():
    order = staged_order()
    workflow.hold(order, "box crushed", "st", "sup")
    assert order.held_from is S.STAGED
    workflow.release(order, "st", "sup")
    assert order.status is S.STAGED
    workflow.cancel(order, "buyer cancelled", "central")
    assert order.status is S.CANCELLED


def parcel(**kw) -> FloorParcel:  # type: ignore[no-untyped-def]
    base = dict(order_id="O-1", number=1, carrier="J&T Express", tracking_number="JT0001", photos=2)
    return FloorParcel(**{**base, **kw})


@pytest.mark.parametrize(
    ("changes", "kwargs", "verdict", "words"),
    [
        ({}, {"order_status": "Cancelled"}, Verdict.CANCELLED, "cancelled"),
        ({}, {"cancelled_centrally": True}, Verdict.CANCELLED, "return the items"),
        ({"state": "held", "note": "dented"}, {}, Verdict.ON_HOLD, "dented"),
        ({}, {"order_status": "OnHold", "hold_reason": "wet"}, Verdict.ON_HOLD, "wet"),
        ({}, {"label_voided": True}, Verdict.LABEL_VOIDED, "new label"),
        ({"tracking_number": ""}, {}, Verdict.NO_LABEL, "print one"),
        ({"photos": 0}, {}, Verdict.NO_PHOTOS, "photograph"),
        ({"manifest_id": "M-X-1"}, {}, Verdict.ALREADY_HANDED_OVER, "M-X-1"),
        ({"carrier": "Flash Express"}, {}, Verdict.WRONG_CARRIER, "Flash Express, not J&T"),
        ({}, {"other_open_manifest": "M-2"}, Verdict.IN_OTHER_HANDOVER, "M-2"),
    ],
)
def test_every_refusal_has_its_own_message(changes, kwargs, verdict, words):
    got = judge_refusal("JT0001", parcel(**changes), "J&T", **kwargs)
    assert got is not None and got.verdict is verdict and words in got.message
    assert got.tone == "error" and got.sound == "error"
    assert got.loud is (verdict is Verdict.WRONG_CARRIER)


def test_waived_photos_and_the_right_carrier_pass():
    assert judge_refusal("JT0001", parcel(photos=0, photos_waived=True), "j&t") is None


def test_carrier_names_match_by_letters_not_by_spelling():
    assert same_carrier("J&T Express", "j&t") and same_carrier("Flash", "FLASH EXPRESS")
    assert not same_carrier("J&T", "Flash") and not same_carrier("", "J&T")


def test_scanned_codes_lose_symbology_prefixes_and_keep_sscc():
    assert scanned_code("]C1" + "00" + "095011010000000016") == ("095011010000000016", "095011010000000016")
    assert scanned_code(" jt123 \n") == ("JT123", "")


def test_an_order_is_incomplete_until_all_its_parcels_are_scanned():
    assert incomplete_orders({"A": {1}, "B": {1, 2}}, {"A": 3, "B": 2}) == {"A": 2}
    assert incomplete_orders({"A": {1}}, {"A": 3}, {"A"}) == {}


def test_deadlines_count_business_days_skip_holidays_and_respect_the_cutoff():
    kl = ZoneInfo("Asia/Kuala_Lumpur")
    cal = BusinessCalendar(
        tz=kl, holidays=frozenset({date(2026, 12, 25)}), cutoff_hour=14, collection_hour=17
    )
    # Wednesday 10:00 local: day 0 is Wednesday, two business days later is Friday... a holiday: Monday.
    d = deadlines_for(datetime(2026, 12, 23, 2, 0, tzinfo=UTC), "tiktok", cal)
    assert d.collection_due == datetime(2026, 12, 28, 17, 0, tzinfo=kl)
    # Wednesday 15:00 local is after the cut-off: counting starts Thursday, due Tuesday.
    late = deadlines_for(datetime(2026, 12, 23, 7, 0, tzinfo=UTC), "tiktok", cal)
    assert late.collection_due.date() == date(2026, 12, 29)
    assert late.dispatch_due > late.collection_due


def test_the_timeline_reads_staged_and_shipped():
    from packstation.services.review.pages import describe_event

    assert describe_event("OrderStaged", {"carrier": "J&T", "location": "CAGE-2"}) == (
        "staged for J&T, waiting for pickup in CAGE-2"
    )
    assert describe_event("OrderShipped", {"manifest": "M-ST1-20261201-0001"}) == (
        "shipped: handed over in manifest M-ST1-20261201-0001"
    )


def test_the_dispatch_settings_make_the_calendar_and_bad_ones_say_which():
    from packstation.config import DispatchConfig
    from packstation.services.staging import calendar_from

    cal = calendar_from(DispatchConfig(timezone="Asia/Bangkok", holidays=["2026-04-13"], cutoff_hour=12))
    assert cal.cutoff_hour == 12 and date(2026, 4, 13) in cal.holidays and str(cal.tz) == "Asia/Bangkok"
    with pytest.raises(workflow.WorkflowError, match="dispatch.timezone"):
        calendar_from(DispatchConfig(timezone="Mars/Olympus"))
    with pytest.raises(workflow.WorkflowError, match="dispatch.holidays"):
        calendar_from(DispatchConfig(holidays=["13/04/2026"]))
