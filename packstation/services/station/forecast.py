"""A scan's verdict at once: judged in memory by the store's own rule, before the store has it.

The Pick step's verdict must reach the packer within one screen frame, but storing a scan (the scan
row, its event and outbox entry, a durable SQLite commit) takes longer than that on a busy station.
So the window judges an item scan against the view it shows, with the same two domain rules the
`PackingService` applies (`identify_scan`, `judge_scan`) and the catalog's `ScanBook`, shows that
verdict, and sends the scan to the session as always. The session's stored verdict then confirms
the screen, or replaces it when they differ (the catalog changed, the order was cancelled
centrally): the store is always the truth, the forecast only spares the packer the wait.

Only scans whose meaning the book settles are forecast: a product in the catalog (right item,
over-scan, wrong item). Unknown and unreadable codes may be another order's id or tracking number,
which only the store knows; those wait for the session.
"""

from __future__ import annotations

from dataclasses import replace

from packstation.domain.orders import OrderStatus
from packstation.domain.picking import ScanVerdict, identify_scan, judge_scan
from packstation.domain.references import is_order_reference
from packstation.domain.texts import translate
from packstation.services.station.view import Notice, ScanView, StationView, Step, line_views

BOOK_MAX_AGE_S = 60.0  # the book is re-read when an order is opened after this long
MAX_AHEAD = 3  # forecasts waiting for the store at once; past this, a scan waits ("checking …")
FORECAST_SEQ = -1  # notices and scans judged ahead carry this, never a session's number


def scan_notice(verdict: ScanVerdict, message: str) -> tuple[str, str]:
    """The banner's tone and words for an item scan's verdict."""
    if verdict is ScanVerdict.COMPLETE:
        return "done", translate("Station", "{message} — all items verified. Pack it.").format(message=message)
    return ("ok" if verdict.accepted else "error"), message


def forecast_scan(view: StationView, raw: str) -> StationView | None:
    """The view after this item scan as the store will judge it, or None when only the store can say."""
    order, book = view.order, view.book
    if book is None or order is None or view.step not in (Step.CONFIRM, Step.PICK):
        return None
    if order.status is not OrderStatus.CONFIRMED or order.fully_picked:
        return None
    code = raw.strip()
    if not code or (view.step is Step.CONFIRM and is_order_reference(code, order.order_id)):
        return None
    sku, _ = identify_scan(order, code, book.sku_for_key)
    if sku is None:
        return None
    ahead = replace(order, lines=[replace(line) for line in order.lines])  # judging counts the unit in
    in_order = any(line.sku == sku for line in ahead.lines)
    judgement = judge_scan(ahead, code, sku, "" if in_order else book.names.get(sku, ""))
    line = judgement.line
    tone, text = scan_notice(judgement.verdict, judgement.message)
    scan = ScanView(
        judgement.verdict,
        judgement.message,
        judgement.sku,
        line.line_no if line else None,
        (line.product_name if line else "") or judgement.sku,
        FORECAST_SEQ,
    )
    return replace(
        view,
        order=ahead,
        lines=line_views(ahead, view.products, {line.sku: line.location for line in view.lines}),
        last_scan=scan,
        notice=Notice(text, tone, FORECAST_SEQ),
    )


def confirms(forecast: StationView, stored: StationView) -> bool:
    """Whether the session's stored answer says what the forecast showed."""
    a, b = forecast.last_scan, stored.last_scan
    if a is None or b is None or forecast.notice is None or stored.notice is None:
        return False
    return (a.verdict, a.message, a.line_no) == (b.verdict, b.message, b.line_no) and (
        forecast.notice.text,
        forecast.notice.tone,
    ) == (stored.notice.text, stored.notice.tone)
