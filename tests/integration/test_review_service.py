"""Review search and order pages on a real SQLite station file: filters, keyset pages, flags, photos."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import insert, text

from packstation.domain.orders import Address, OrderStatus
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.services.disputes import DisputeError, DisputeService
from packstation.services.review import (
    Cursor,
    OrderNotFound,
    ReviewError,
    ReviewQuery,
    ReviewService,
    SortKey,
    page_statements,
)
from packstation.store.db import open_engine, sqlite_url
from packstation.store.tables import OrderRow, ParcelRow
from packstation.store.uow import UnitOfWorkFactory

SUP = Actor("sup1", Role.SUPERVISOR, "Sue")
PACKER = Actor("p1", Role.PACKER, "Pat")
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)
STATUSES = [OrderStatus.SHIPPED, OrderStatus.READY, OrderStatus.ON_HOLD, OrderStatus.PACKED]
NAMES = ["Somchai", "Anan", "Somsak", "Bee", "somboon"]


def order_row(n: int) -> dict:
    """Order n: every field derived from n, so tests can compute the expected answer."""
    return {
        "order_id": f"ORD{n:05d}",
        "channel": "tiktok",
        "status": STATUSES[n % 4].value,
        "platform_status": "",
        "held_from": None,
        "hold_reason": "",
        "flagged": "late parcel" if n % 10 == 0 else "",
        "pre_order": False,
        "recipient_name": f"{NAMES[n % 5]} {n}",
        "recipient_phone": "",
        "address_line1": "1 Road",
        "address_line2": "",
        "district": "",
        "city": "Bangkok",
        "state": "",
        "postcode": "10110",
        "country": "TH",
        "carrier": "Flash",
        "service": "",
        "tracking_number": f"TH{n:08d}A",
        "platform_shipped": False,
        "buyer_message": "",
        "seller_note": "",
        "created_at": T0,
        "paid_at": T0,
        "ship_by": None if n % 7 == 0 else T0 + timedelta(hours=n % 50),
        "station": f"st{n % 3}",
        "packer": f"p{n % 4}",
        "source_digest": "",
        # two orders share each timestamp, so ties are broken by order id across page boundaries
        "updated_at": T0 + timedelta(minutes=n // 2),
    }


N = 300


@pytest.fixture
def store(tmp_path: Path) -> UnitOfWorkFactory:
    engine = open_engine(sqlite_url(tmp_path / "station.db"))
    with engine.begin() as conn:
        conn.execute(insert(OrderRow), [order_row(n) for n in range(N)])
        conn.execute(
            insert(ParcelRow),
            [
                {
                    "order_id": "ORD00005",
                    "number": 2,
                    "box_code": "B",
                    "length_mm": 1,
                    "width_mm": 1,
                    "height_mm": 1,
                    "weight_g": 900.0,
                    "expected_weight_g": 850.0,
                    "weight_override": "",
                    "tracking_number": "PARCEL2TRACK",
                    "sscc": "",
                    "created_at": T0,
                }
            ],
        )
    return UnitOfWorkFactory(engine)


@pytest.fixture
def review(store: UnitOfWorkFactory, tmp_path: Path) -> ReviewService:
    return ReviewService(store, tmp_path / "blobs")


def all_pages(review: ReviewService, query: ReviewQuery, size: int) -> list[str]:
    ids, cursor = [], None
    for _ in range(1000):
        page = review.search(SUP, query, cursor, size)
        assert len(page.rows) <= size
        ids.extend(r.order_id for r in page.rows)
        if page.next is None:
            return ids
        cursor = page.next
    raise AssertionError("pagination did not end")


def expected(pred, sort: SortKey = SortKey.UPDATED) -> list[str]:
    rows = [order_row(n) for n in range(N) if pred(order_row(n))]
    if sort is SortKey.UPDATED:
        rows.sort(key=lambda r: (r["updated_at"], r["order_id"]), reverse=True)
    else:
        with_date = sorted(
            (r for r in rows if r["ship_by"]), key=lambda r: (r["ship_by"], r["order_id"]), reverse=True
        )
        without = sorted((r for r in rows if not r["ship_by"]), key=lambda r: r["order_id"], reverse=True)
        rows = with_date + without
    return [r["order_id"] for r in rows]


def test_pages_walk_every_order_once_newest_first_with_ties_broken_by_id(review):
    ids = all_pages(review, ReviewQuery(), 7)
    assert ids == expected(lambda r: True)
    assert len(set(ids)) == N


def test_ship_by_sort_pages_through_orders_without_a_deadline_last(review):
    ids = all_pages(review, ReviewQuery(sort=SortKey.SHIP_BY), 11)
    assert ids == expected(lambda r: True, SortKey.SHIP_BY)


@pytest.mark.parametrize(
    ("query", "pred"),
    [
        (ReviewQuery(order_id="ORD00042"), lambda r: r["order_id"] == "ORD00042"),
        (ReviewQuery(order_id="ORD001*"), lambda r: r["order_id"].startswith("ORD001")),
        (ReviewQuery(tracking="TH00000077A"), lambda r: r["order_id"] == "ORD00077"),
        (ReviewQuery(tracking="TH0000002*"), lambda r: r["tracking_number"].startswith("TH0000002")),
        (ReviewQuery(recipient="Som"), lambda r: r["recipient_name"].startswith("Som")),
        (
            ReviewQuery(recipient="som"),
            lambda r: r["recipient_name"].startswith(("som", "Som")),
        ),
        (
            ReviewQuery(recipient="chai", recipient_contains=True),
            lambda r: "chai" in r["recipient_name"],
        ),
        (ReviewQuery(packer="p2"), lambda r: r["packer"] == "p2"),
        (ReviewQuery(station="st1"), lambda r: r["station"] == "st1"),
        (
            ReviewQuery(statuses=(OrderStatus.ON_HOLD, OrderStatus.READY)),
            lambda r: r["status"] in ("OnHold", "Ready"),
        ),
        (ReviewQuery(flagged=True), lambda r: r["flagged"] != ""),
        (ReviewQuery(flagged=False), lambda r: r["flagged"] == ""),
        (
            ReviewQuery(since=T0 + timedelta(minutes=30), until=T0 + timedelta(minutes=60)),
            lambda r: T0 + timedelta(minutes=30) <= r["updated_at"] < T0 + timedelta(minutes=60),
        ),
        (
            ReviewQuery(statuses=(OrderStatus.SHIPPED,), packer="p0", station="st2", flagged=True),
            lambda r: (
                r["status"] == "Shipped" and r["packer"] == "p0" and r["station"] == "st2" and r["flagged"]
            ),
        ),
    ],
)
def test_each_filter_finds_exactly_the_matching_orders(review, query, pred):
    want = expected(pred)
    assert want, "the generated data should contain matches"
    assert all_pages(review, query, 13) == want


def test_tracking_search_finds_an_order_by_its_second_parcel(review):
    rows = review.search(SUP, ReviewQuery(tracking="PARCEL2TRACK")).rows
    assert [r.order_id for r in rows] == ["ORD00005"]


def test_ship_by_date_range_applies_to_the_deadline(review):
    since, until = T0 + timedelta(hours=10), T0 + timedelta(hours=12)
    q = ReviewQuery(sort=SortKey.SHIP_BY, since=since, until=until)
    want = expected(lambda r: r["ship_by"] is not None and since <= r["ship_by"] < until, SortKey.SHIP_BY)
    assert all_pages(review, q, 5) == want


def test_wildcards_in_a_contains_search_are_literal(review):
    assert review.search(SUP, ReviewQuery(recipient="%", recipient_contains=True)).rows == []
    assert review.search(SUP, ReviewQuery(recipient="_", recipient_contains=True)).rows == []


def test_bad_queries_get_clear_errors(review):
    with pytest.raises(ReviewError, match="before"):
        ReviewQuery(since=T0, until=T0)
    with pytest.raises(ReviewError, match="time zone"):
        ReviewQuery(since=datetime(2025, 1, 1))
    with pytest.raises(ReviewError, match="at least one character"):
        review.search(SUP, ReviewQuery(order_id="*"))


def test_packers_may_not_search(review):
    with pytest.raises(PermissionDenied, match="supervisor"):
        review.search(PACKER, ReviewQuery())


def plan_of(store, stmt) -> str:
    sql = str(stmt.compile(store.engine, compile_kwargs={"literal_binds": True}))
    with store.engine.connect() as conn:
        return " | ".join(row[3] for row in conn.execute(text("EXPLAIN QUERY PLAN " + sql)))


@pytest.mark.parametrize(
    "query",
    [
        ReviewQuery(),
        ReviewQuery(packer="p2"),
        ReviewQuery(station="st1"),
        ReviewQuery(flagged=True),
        ReviewQuery(statuses=(OrderStatus.SHIPPED, OrderStatus.READY)),
        ReviewQuery(statuses=(OrderStatus.SHIPPED,), since=T0, until=T0 + timedelta(hours=1)),
        ReviewQuery(sort=SortKey.SHIP_BY),
    ],
)
def test_browsing_pages_seek_an_index_in_order_without_sorting(store, query):
    """Pages of broad searches come straight off an index: a seek to the cursor, no sort, no OFFSET."""
    cursor = Cursor(T0 + timedelta(minutes=100), "ORD00200")
    for stmt in page_statements(query, cursor, 50):
        plan = plan_of(store, stmt)
        assert "TEMP B-TREE" not in plan, plan
        assert "SEARCH orders USING" in plan, plan  # a range seek, not a scan from the top


@pytest.mark.parametrize(
    "query",
    [
        ReviewQuery(order_id="ORD00042"),
        ReviewQuery(order_id="ORD001*"),
        ReviewQuery(tracking="TH00000077A"),
        ReviewQuery(recipient="Som"),
    ],
)
def test_lookups_go_through_their_index(store, query):
    for stmt in page_statements(query, None, 50):
        plan = plan_of(store, stmt)
        assert "SEARCH orders USING INDEX" in plan and "SCAN orders" not in plan, plan


def test_flag_and_clear_are_events_on_the_timeline(review, store):
    disputes = DisputeService(store, "st9", clock=lambda: T0 + timedelta(days=1))
    with pytest.raises(PermissionDenied):
        disputes.flag(PACKER, "ORD00001", "buyer says empty")
    with pytest.raises(DisputeError, match="note"):
        disputes.flag(SUP, "ORD00001", "   ")
    with pytest.raises(DisputeError, match="No order"):
        disputes.flag(SUP, "NOPE", "x")
    with pytest.raises(DisputeError, match="not flagged"):
        disputes.clear(SUP, "ORD00001")

    disputes.flag(SUP, "ORD00001", "buyer says  the parcel\nwas empty")
    flagged = all_pages(review, ReviewQuery(flagged=True), 50)
    assert "ORD00001" in flagged
    page = review.order_page(SUP, "ORD00001")
    assert page.order.flagged == "buyer says the parcel was empty"
    last = page.timeline[-1]
    assert (last.type, last.user, last.station) == ("DisputeFlagged", "sup1", "st9")
    assert "buyer says the parcel was empty" in last.summary

    disputes.clear(SUP, "ORD00001", "carrier paid")
    page = review.order_page(SUP, "ORD00001")
    assert page.order.flagged == ""
    assert [e.type for e in page.timeline[-2:]] == ["DisputeFlagged", "FlagCleared"]
    assert "ORD00001" not in all_pages(review, ReviewQuery(flagged=True), 50)
    with store() as uow:
        assert uow.events.backlog() == 2  # both went to the outbox for sync


def test_order_page_shows_weights_and_each_photos_verification(review, store, tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    refs = [blobs.put(f"photo {i}".encode()) for i in range(2)]
    with store() as uow:
        for i, ref in enumerate(refs):
            append_photo(
                uow.session,
                PhotoDraft(
                    order_id="ORD00005",
                    kind=f"kind{i}",
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=10,
                    height=10,
                    taken_at=T0 + timedelta(minutes=i),
                    station="st1",
                ),
            )
        uow.commit()
    page = review.order_page(SUP, "ORD00005")
    assert [(p.kind, p.verification) for p in page.photos] == [("kind0", "ok"), ("kind1", "ok")]
    assert page.photos[0].blob_path is not None and page.photos[0].blob_path.read_bytes() == b"photo 0"
    assert [(w.parcel, w.expected_g, w.measured_g, w.difference_g) for w in page.weights] == [
        (2, 850.0, 900.0, 50.0)
    ]
    assert "not available" in page.label_problem

    blobs.path(refs[1].key).write_bytes(b"tampered")
    page = review.order_page(SUP, "ORD00005")
    assert [p.verification for p in page.photos] == ["ok", "changed"]
    assert page.photos[1].details and "changed" in page.photos[1].details[0]


def test_order_page_renders_a_label_preview_per_parcel(store, tmp_path):
    calls = []

    def render(order, parcel):
        calls.append((order.order_id, parcel.number))
        return b"\x89PNG fake"

    review = ReviewService(store, tmp_path / "blobs", label_renderer=render)
    page = review.order_page(SUP, "ORD00005")
    assert page.labels == {2: b"\x89PNG fake"} and calls == [("ORD00005", 2)]
    page = review.order_page(SUP, "ORD00006")
    assert page.labels == {} and "no parcel" in page.label_problem
    with pytest.raises(OrderNotFound):
        review.order_page(SUP, "missing")


def test_label_preview_through_the_labels_package_decodes(store, tmp_path):
    from packstation.services.review import default_label_renderer

    zxingcpp = pytest.importorskip("zxingcpp")
    from io import BytesIO

    from PIL import Image

    sender = Address("Warehouse", "+66 2", "1 Road", city="Bangkok", postcode="10110", country="TH")
    review = ReviewService(store, tmp_path / "blobs", label_renderer=default_label_renderer(sender))
    page = review.order_page(SUP, "ORD00005")
    assert page.label_problem == "", page.label_problem
    image = Image.open(BytesIO(page.labels[2]))
    texts = {r.text for r in zxingcpp.read_barcodes(image)}
    assert "PARCEL2TRACK" in texts


def test_iter_order_ids_walks_the_whole_search(review):
    ids = list(review.iter_order_ids(SUP, ReviewQuery(packer="p1"), page_size=9))
    assert ids == expected(lambda r: r["packer"] == "p1")


def test_a_common_recipient_prefix_walks_the_date_index_and_finds_the_same_orders(review, store, monkeypatch):
    import packstation.services.review.service as review_module

    monkeypatch.setattr(review_module, "DENSE_NAMES", 5)
    query = ReviewQuery(recipient="Som")
    assert all_pages(review, query, 13) == expected(lambda r: r["recipient_name"].startswith("Som"))
    plan = plan_of(store, page_statements(query, None, 50, dense_names=True)[0])
    assert "ix_orders_updated_order" in plan and "TEMP B-TREE" not in plan, plan
