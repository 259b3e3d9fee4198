"""Order search for supervisor review: keyset pages over indexed columns, never OFFSET scans.

Search is built for hundreds of thousands of orders: every filter is an index range or equality, and
pages continue from the last row's sort key (`date DESC, order_id DESC`), never with OFFSET.
Trade-off for the recipient: a prefix is an index range on `recipient_name` and matches the text as
typed or with a capital first letter ("som" finds "Somchai"); "contains" uses LIKE '%text%', which
cannot use an index and walks the date index until a page is full (fast for common names, slow for
rare ones), so it is used only when asked for.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, and_, or_, select

from packstation.domain.orders import OrderStatus
from packstation.domain.texts import translate
from packstation.store.tables import OrderRow, ParcelRow

PAGE_SIZE = 200
DENSE_NAMES = 3000  # recipient-prefix matches above which the date index is walked instead
MAX_PAGE = 1000


class ReviewError(Exception):
    """A search or order page that cannot be served; the message says what to change."""


class OrderNotFound(ReviewError):
    """No order has this id."""


class SortKey(StrEnum):
    """Which date orders the results (newest first) and which date the range applies to."""

    UPDATED = "updated"  # last activity on the order
    SHIP_BY = "ship_by"  # the marketplace deadline


@dataclass(frozen=True)
class ReviewQuery:
    """What the supervisor typed. Empty fields do not filter."""

    order_id: str = ""  # exact, or prefix
    tracking: str = ""  # exact, or prefix; orders' and parcels' tracking numbers
    recipient: str = ""  # prefix (index), or contains (LIKE) with `recipient_contains`
    recipient_contains: bool = False
    since: datetime | None = None  # on the sort date, inclusive
    until: datetime | None = None  # on the sort date, exclusive
    packer: str = ""
    station: str = ""
    statuses: tuple[OrderStatus, ...] = ()
    flagged: bool | None = None  # True: only flagged; False: only unflagged
    sort: SortKey = SortKey.UPDATED

    def __post_init__(self) -> None:
        for name in ("since", "until"):
            value = getattr(self, name)
            if value is not None and value.tzinfo is None:
                raise ReviewError(f"{name} must carry a time zone")
        if self.since and self.until and self.since >= self.until:
            raise ReviewError(translate("Review", "The date range is empty: 'from' must be before 'to'."))


@dataclass(frozen=True)
class Cursor:
    """Where the next page starts: the last row's sort date and order id."""

    at: datetime | None
    order_id: str


@dataclass(frozen=True)
class OrderSummary:
    """One result row."""

    order_id: str
    status: str
    recipient: str
    tracking_number: str
    carrier: str
    channel: str
    ship_by: datetime | None
    updated_at: datetime
    station: str
    packer: str
    flagged: str


@dataclass(frozen=True)
class SearchPage:
    rows: list[OrderSummary]
    next: Cursor | None  # None: no more rows


def _prefix_range(column: Any, prefix: str) -> ColumnElement[bool]:
    """`column` starts with `prefix`, as an index range (LIKE would not use the BINARY index)."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return and_(column >= prefix, column < upper)


def _text_match(column: Any, text: str) -> ColumnElement[bool]:
    """Exact match, or prefix when the text ends with `*`."""
    if text.endswith("*"):
        stem = text.rstrip("*")
        if not stem:
            raise ReviewError(translate("Review", "Type at least one character before '*'."))
        return _prefix_range(column, stem)
    return column == text


def _sort_column(sort: SortKey) -> Any:
    return OrderRow.updated_at if sort is SortKey.UPDATED else OrderRow.ship_by


def build_search(
    query: ReviewQuery,
    after: Cursor | None,
    limit: int,
    *,
    statuses: tuple[OrderStatus, ...] | None = None,
    null_dates: bool = False,
    dense_names: bool = False,
) -> Any:
    """The SELECT for one page of results (exposed for EXPLAIN in tests and benchmarks).

    `statuses` overrides the query's statuses (one status per statement keeps the index order);
    `null_dates` selects only orders without a sort date (the tail of a ship-by search);
    `dense_names` filters the recipient prefix without its index, for prefixes so common that
    walking the date index in order finds a page sooner than sorting every match.
    """
    col = _sort_column(query.sort)
    stmt = select(
        OrderRow.order_id,
        OrderRow.status,
        OrderRow.recipient_name,
        OrderRow.tracking_number,
        OrderRow.carrier,
        OrderRow.channel,
        OrderRow.ship_by,
        OrderRow.updated_at,
        OrderRow.station,
        OrderRow.packer,
        OrderRow.flagged,
    )
    where = _filters(query, query.statuses if statuses is None else statuses, dense_names)
    if query.since is not None:
        where.append(col >= query.since)
    if query.until is not None:
        where.append(col < query.until)
    if null_dates:
        where.append(col.is_(None))
        if after is not None:
            where.append(OrderRow.order_id < after.order_id)
    elif after is not None:
        if after.at is None:
            where.extend([col.is_(None), OrderRow.order_id < after.order_id])
        else:
            # `col <= at` lets the index seek straight to the cursor; the OR only trims ties on that date.
            where.extend([col <= after.at, or_(col < after.at, OrderRow.order_id < after.order_id)])
    nullable = query.sort is SortKey.SHIP_BY
    first = col.desc().nulls_last() if nullable else col.desc()
    return stmt.where(*where).order_by(first, OrderRow.order_id.desc()).limit(limit)


def _filters(
    query: ReviewQuery, statuses: tuple[OrderStatus, ...], dense_names: bool = False
) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = []
    if query.order_id.strip():
        where.append(_text_match(OrderRow.order_id, query.order_id.strip()))
    if query.tracking.strip():
        tracking = query.tracking.strip()
        in_parcels = select(ParcelRow.order_id).where(_text_match(ParcelRow.tracking_number, tracking))
        where.append(or_(_text_match(OrderRow.tracking_number, tracking), OrderRow.order_id.in_(in_parcels)))
    name = query.recipient.strip()
    if name:
        if query.recipient_contains:
            escaped = name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            where.append(OrderRow.recipient_name.like(f"%{escaped}%", escape="\\"))
        else:
            # `name || ''` is the same text but not the indexed column, so SQLite keeps the date order
            column = OrderRow.recipient_name + "" if dense_names else OrderRow.recipient_name
            where.append(recipient_prefix(column, name))
    if query.packer.strip():
        where.append(OrderRow.packer == query.packer.strip())
    if query.station.strip():
        where.append(OrderRow.station == query.station.strip())
    if statuses:
        where.append(OrderRow.status.in_([OrderStatus(s).value for s in statuses]))
    if query.flagged is True:
        where.append(OrderRow.flagged != "")
    elif query.flagged is False:
        where.append(OrderRow.flagged == "")
    return where


def recipient_prefix(column: Any, name: str) -> ColumnElement[bool]:
    """Names starting with the text as typed or with a capital first letter."""
    variants = sorted({name, name[:1].upper() + name[1:]})
    return or_(*(_prefix_range(column, v) for v in variants))


def page_statements(
    query: ReviewQuery, after: Cursor | None, limit: int, *, dense_names: bool = False
) -> list[Any]:
    """The statements whose merged results make one page, each answered in index order.

    Several statuses are searched one by one (an IN list would make SQLite sort every match), and a
    ship-by search past its last dated order continues with the orders that have no deadline.
    """
    per_status: list[tuple[OrderStatus, ...] | None] = (
        [(s,) for s in query.statuses] if len(query.statuses) > 1 else [None]
    )
    dated_range = query.since is not None or query.until is not None
    tail = query.sort is SortKey.SHIP_BY and not dated_range and after is not None and after.at is not None
    out = []
    for statuses in per_status:
        out.append(build_search(query, after, limit, statuses=statuses, dense_names=dense_names))
        if tail:
            out.append(
                build_search(query, None, limit, statuses=statuses, null_dates=True, dense_names=dense_names)
            )
    return out


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _merge_key(row: Any, sort: SortKey) -> tuple[bool, datetime, str]:
    """Page order as a sort key (descending): dated rows first, newest date, highest order id."""
    at = row.updated_at if sort is SortKey.UPDATED else row.ship_by
    return (at is not None, at or _EPOCH, row.order_id)
