"""The review use cases: search pages, order pages (photos verified, labels rendered), pack export."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.domain.orders import Address, Order, Parcel
from packstation.domain.people import order_people
from packstation.domain.texts import joined, translate
from packstation.domain.users import Actor, Role
from packstation.services.review.pages import OrderPage, PhotoEntry, WeightEntry, _scan, _timeline
from packstation.services.review.search import (
    DENSE_NAMES,
    MAX_PAGE,
    PAGE_SIZE,
    Cursor,
    OrderNotFound,
    OrderSummary,
    ReviewError,
    ReviewQuery,
    SearchPage,
    SortKey,
    _merge_key,
    page_statements,
    recipient_prefix,
)
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import OrderRow
from packstation.store.uow import UnitOfWorkFactory

LabelRenderer = Callable[[Order, Parcel], bytes]
PhotoVerifier = Callable[[Session, Path, list[str]], Any]

log = logging.getLogger(__name__)


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
        actor.require(Role.SUPERVISOR, translate("Review", "Reviewing orders"))
        limit = max(1, min(limit, MAX_PAGE))
        query = self._via_returns(query)
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

    def _via_returns(self, query: ReviewQuery) -> ReviewQuery:
        """A return's tracking number or RMA id typed as the tracking finds the order that came back."""
        import dataclasses

        from packstation.store.return_tables import ReturnRow

        code = query.tracking.strip()
        if not code or query.order_id:
            return query
        with self.uow() as uow:
            found = uow.session.scalar(
                select(ReturnRow.order_id)
                .where((ReturnRow.return_tracking == code) | (ReturnRow.rma_id == code))
                .limit(1)
            )
        return dataclasses.replace(query, tracking="", order_id=found) if found else query

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
        actor.require(Role.SUPERVISOR, translate("Review", "Reviewing orders"))
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
            people=[person.line for person in order_people(events)],
        )
        if report is not None:
            mine = [f for f in report.findings if f.order_id == order_id]
            page.verification_summary = (
                translate("Review", "{count} photo(s) verified").format(count=len(photo_rows))
                if not mine
                else translate("Review", "{count} problem(s) found").format(count=len(mine))
            )
        self._labels(page, parcels)
        return page

    def _labels(self, page: OrderPage, parcels: list[Parcel]) -> None:
        if self.label_renderer is None:
            page.label_problem = translate("Review", "Label preview is not available on this station.")
            return
        problems = []
        for parcel in parcels:
            try:
                page.labels[parcel.number] = self.label_renderer(page.order, parcel)
            except Exception:  # noqa: BLE001 - a label that cannot render must not hide the order
                log.warning(
                    "label of parcel %s of %s not drawn", parcel.number, page.order.order_id, exc_info=True
                )
                problems.append(
                    translate(
                        "Review", "parcel {number}: the label cannot be drawn (the log has the details)"
                    ).format(number=parcel.number)
                )
        if not parcels:
            problems.append(translate("Review", "no parcel has been packed yet"))
        page.label_problem = joined(problems, "; ")

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
