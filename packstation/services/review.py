"""Supervisor review: keyset-paginated order search and everything one order's page shows.

Search is built for hundreds of thousands of orders: every filter is an index range or equality, and
pages continue from the last row's sort key (`date DESC, order_id DESC`), never with OFFSET.
Trade-off for the recipient: a prefix is an index range on `recipient_name` and matches the text as
typed or with a capital first letter ("som" finds "Somchai"); "contains" uses LIKE '%text%', which
cannot use an index and walks the date index until a page is full (fast for common names, slow for
rare ones), so it is used only when asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from packstation.domain.orders import Address, Order, OrderStatus, Parcel
from packstation.domain.users import Actor, Role
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import EventRow, OrderRow, ParcelRow, ScanRow
from packstation.store.uow import UnitOfWorkFactory

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
            raise ReviewError("The date range is empty: 'from' must be before 'to'.")


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
            raise ReviewError("Type at least one character before '*'.")
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


@dataclass(frozen=True)
class TimelineEntry:
    """One event on the order's timeline: who, when, where, what."""

    seq: int
    occurred_at: datetime
    type: str
    user: str
    station: str
    summary: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class ScanEntry:
    id: int
    at: datetime
    raw: str
    sku: str
    verdict: str
    line_no: int | None
    user: str
    station: str
    undone: bool
    undo_reason: str


@dataclass(frozen=True)
class WeightEntry:
    """A parcel's weighing: expected vs measured, and any supervisor override."""

    parcel: int
    box_code: str
    expected_g: float | None
    measured_g: float | None
    override: str
    tracking_number: str

    @property
    def difference_g(self) -> float | None:
        if self.expected_g is None or self.measured_g is None:
            return None
        return self.measured_g - self.expected_g


@dataclass(frozen=True)
class PhotoEntry:
    """A proof photo with where its file is and what verification said about it."""

    id: str
    kind: str
    parcel: int
    taken_at: datetime
    sha256: str
    blob_path: Path | None
    label_visible: bool
    accepted_without_label: bool
    station: str
    packer: str
    seq: int
    verification: str  # "ok", or the problems (changed, missing, record_edited, chain_broken)
    details: tuple[str, ...] = ()

    @property
    def verified(self) -> bool:
        return self.verification == "ok"


@dataclass
class OrderPage:
    """Everything the supervisor sees about one order."""

    order: Order
    timeline: list[TimelineEntry]
    scans: list[ScanEntry]
    weights: list[WeightEntry]
    photos: list[PhotoEntry]
    labels: dict[int, bytes] = field(default_factory=dict)  # parcel number -> PNG
    label_problem: str = ""
    verification_summary: str = ""

    @property
    def wrong_scans(self) -> int:
        return sum(1 for s in self.scans if s.verdict not in ("ok", "complete"))


def describe_event(type_name: str, payload: dict[str, Any]) -> str:
    """A one-line human reading of an event for the timeline."""
    p = payload
    texts: dict[str, Callable[[], str]] = {
        "UnitScanned": lambda: f"scanned {p.get('sku')} ({p.get('picked')}/{p.get('quantity')})",
        "ScanRejected": lambda: f"scan {p.get('barcode')!s} rejected: {p.get('message') or p.get('verdict')}",
        "ScanUndone": lambda: f"undid scan of {p.get('sku')}: {p.get('reason')}",
        "OrderHeld": lambda: f"held: {p.get('reason')}",
        "OrderReleased": lambda: f"released to {p.get('to_status')} {p.get('note') or ''}".strip(),
        "ParcelWeighed": lambda: (
            f"parcel {p.get('parcel')} weighed {p.get('grams'):.0f} g, "
            f"expected {p.get('expected_grams'):.0f} g"
            + ("" if p.get("within_tolerance") else " (out of tolerance)")
        ),
        "WeightOverridden": lambda: f"weight of parcel {p.get('parcel')} accepted: {p.get('reason')}",
        "LabelPrinted": lambda: f"label printed, tracking {p.get('tracking_number')}",
        "LabelReprinted": lambda: f"label reprinted: {p.get('reason')}",
        "LabelVoided": lambda: f"label {p.get('tracking_number')} voided: {p.get('reason')}",
        "PhotoTaken": lambda: (
            f"photo {p.get('kind')}" + (" (label visible)" if p.get("label_visible") else "")
        ),
        "PhotosWaived": lambda: f"photos waived ({', '.join(p.get('missing', []))}): {p.get('reason')}",
        "DisputeFlagged": lambda: f"dispute flagged: {p.get('note')}",
        "FlagCleared": lambda: f"flag cleared {p.get('note') or ''}".strip(),
        "OrderCancelled": lambda: f"cancelled: {p.get('reason')}",
        "CarrierStatusChanged": lambda: f"carrier: {p.get('status')} {p.get('note') or ''}".strip(),
    }
    try:
        return texts[type_name]() if type_name in texts else type_name
    except (TypeError, ValueError):  # an older payload shape: show the raw type rather than fail
        return type_name


LabelRenderer = Callable[[Order, Parcel], bytes]
PhotoVerifier = Callable[[Session, Path, list[str]], Any]


def default_label_renderer(sender: Address) -> LabelRenderer:
    """Render a parcel's label as PNG through the labels package."""

    def render(order: Order, parcel: Parcel) -> bytes:
        from packstation.labels.render import render_label

        return render_label(order, parcel, sender, formats=["png"])["png"]

    return render


def default_verifier() -> PhotoVerifier:
    def run(session: Session, blob_root: Path, order_ids: list[str]) -> Any:
        from packstation.evidence.verify import verify

        return verify(session, blob_root, order_ids)

    return run


class ReviewService:
    """What the review window and the CLI ask of the store; supervisors only."""

    def __init__(
        self,
        uow: UnitOfWorkFactory,
        blob_root: Path,
        label_renderer: LabelRenderer | None = None,
        verifier: PhotoVerifier | None = None,
    ) -> None:
        self.uow = uow
        self.blob_root = Path(blob_root)
        self.label_renderer = label_renderer
        self.verifier = verifier or default_verifier()

    def search(
        self, actor: Actor, query: ReviewQuery, after: Cursor | None = None, limit: int = PAGE_SIZE
    ) -> SearchPage:
        """One page of matching orders, newest first; pass `page.next` back for the following page."""
        actor.require(Role.SUPERVISOR, "Reviewing orders")
        limit = max(1, min(limit, MAX_PAGE))
        with self.uow() as uow:
            dense = self._common_name(uow.session, query)
            statements = page_statements(query, after, limit + 1, dense_names=dense)
            rows = [row for stmt in statements for row in uow.session.execute(stmt)]
        if len(statements) > 1:
            rows.sort(key=lambda r: _merge_key(r, query.sort), reverse=True)
        summaries = [OrderSummary(*row) for row in rows[:limit]]
        nxt = None
        if len(rows) > limit:
            last = summaries[-1]
            at = last.updated_at if query.sort is SortKey.UPDATED else last.ship_by
            nxt = Cursor(at, last.order_id)
        return SearchPage(summaries, nxt)

    @staticmethod
    def _common_name(session: Session, query: ReviewQuery) -> bool:
        """Does the recipient prefix match so many orders that sorting them all would be slow?

        Counting index entries up to `DENSE_NAMES` costs a millisecond or two and picks the plan:
        few matches are sorted, many are found by walking the date index in page order.
        """
        name = query.recipient.strip()
        if not name or query.recipient_contains:
            return False
        probe = select(OrderRow.recipient_name).where(recipient_prefix(OrderRow.recipient_name, name))
        found = session.scalar(select(func.count()).select_from(probe.limit(DENSE_NAMES).subquery()))
        return (found or 0) >= DENSE_NAMES

    def iter_order_ids(self, actor: Actor, query: ReviewQuery, page_size: int = MAX_PAGE) -> Iterator[str]:
        """Every matching order id, page by page (for exporting a whole search)."""
        cursor: Cursor | None = None
        while True:
            page = self.search(actor, query, cursor, page_size)
            yield from (row.order_id for row in page.rows)
            if page.next is None:
                return
            cursor = page.next

    def order_page(self, actor: Actor, order_id: str, *, verify_photos: bool = True) -> OrderPage:
        """The order with its timeline, scans, weights, photos (verified) and label previews."""
        actor.require(Role.SUPERVISOR, "Reviewing orders")
        with self.uow() as uow:
            order = uow.orders.get(order_id)
            if order is None:
                raise OrderNotFound(f"No order {order_id}.")
            events = uow.events.for_order(order_id)
            scans = uow.scans.for_order(order_id)
            parcel_rows = uow.parcels.rows(order_id)
            parcels = uow.parcels.for_order(order_id)
            photo_rows = list(
                uow.session.scalars(
                    select(ProofPhotoRow)
                    .where(ProofPhotoRow.order_id == order_id)
                    .order_by(ProofPhotoRow.taken_at, ProofPhotoRow.seq)
                )
            )
            report = self.verifier(uow.session, self.blob_root, [order_id]) if verify_photos else None
        page = OrderPage(
            order=order,
            timeline=[_timeline(e) for e in events],
            scans=[_scan(s) for s in scans],
            weights=[
                WeightEntry(
                    p.number,
                    p.box_code,
                    p.expected_weight_g,
                    p.weight_g,
                    p.weight_override,
                    p.tracking_number,
                )
                for p in parcel_rows
            ],
            photos=[self._photo(p, report) for p in photo_rows],
        )
        if report is not None:
            mine = [f for f in report.findings if f.order_id == order_id]
            page.verification_summary = (
                f"{len(photo_rows)} photo(s) verified" if not mine else f"{len(mine)} problem(s) found"
            )
        self._labels(page, parcels)
        return page

    def _labels(self, page: OrderPage, parcels: list[Parcel]) -> None:
        if self.label_renderer is None:
            page.label_problem = "Label preview is not available on this station."
            return
        problems = []
        for parcel in parcels:
            try:
                page.labels[parcel.number] = self.label_renderer(page.order, parcel)
            except Exception as exc:  # noqa: BLE001 - a label that cannot render must not hide the order
                problems.append(f"parcel {parcel.number}: {exc}")
        if not parcels:
            problems.append("no parcel has been packed yet")
        page.label_problem = "; ".join(problems)

    def _photo(self, row: ProofPhotoRow, report: Any) -> PhotoEntry:
        try:
            path: Path | None = self.blob_root / row.blob_key if row.blob_key else None
        except (TypeError, ValueError):
            path = None
        if report is None:
            state, details = "not checked", ()
        else:
            state = report.status_of(row.id)
            details = tuple(f.detail for f in report.for_photo(row.id))
        return PhotoEntry(
            id=row.id,
            kind=row.kind,
            parcel=row.parcel_number,
            taken_at=row.taken_at,
            sha256=row.sha256,
            blob_path=path,
            label_visible=row.label_visible,
            accepted_without_label=row.accepted_without_label,
            station=row.station,
            packer=row.packer,
            seq=row.seq,
            verification=state,
            details=details,
        )


def _timeline(row: EventRow) -> TimelineEntry:
    payload = dict(row.payload or {})
    return TimelineEntry(
        row.seq, row.occurred_at, row.type, row.user, row.station, describe_event(row.type, payload), payload
    )


def _scan(row: ScanRow) -> ScanEntry:
    return ScanEntry(
        row.id,
        row.at,
        row.raw,
        row.sku,
        row.verdict,
        row.line_no,
        row.user,
        row.station,
        row.undone,
        row.undo_reason,
    )


ProgressFn = Callable[[int, int, str], None]
PackExporter = Callable[[Sequence[str], Path, ProgressFn], Any]


class ExportUnavailable(ReviewError):
    """This installation has no evidence-pack export."""


def sender_address(label: Any) -> Address:
    """The sender printed on labels, from the station's `[label]` config."""
    return Address(
        name=label.sender_name,
        phone=label.sender_phone,
        line1=label.sender_line1,
        city=label.sender_city,
        postcode=label.sender_postcode,
        country=label.sender_country,
    )


def pack_exporter(station: Any) -> PackExporter:
    """Evidence packs (PDF + ZIP per order) for a bootstrap `Station`, as the review window and CLI call it."""

    def export(order_ids: Sequence[str], out_dir: Path, progress: ProgressFn) -> Any:
        try:
            from packstation.evidence.export import export_pack
        except ImportError as exc:
            raise ExportUnavailable("Evidence export is not available in this installation.") from exc
        renderer = default_label_renderer(sender_address(station.config.label))
        return export_pack(
            station, list(order_ids), Path(out_dir), progress=progress, label_renderer=renderer
        )

    return export
