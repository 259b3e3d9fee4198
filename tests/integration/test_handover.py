"""Handover on a real station database: every refusal, left-behind parcels, split orders, proof, manifest."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select, update

from packstation.domain.handover import Verdict
from packstation.domain.orders import OrderStatus
from packstation.domain.users import PermissionDenied
from packstation.evidence.manifests import verify_manifests
from packstation.evidence.verify import verify
from packstation.services.demo import demo_orders
from packstation.services.handover import (
    Acknowledgement,
    HandoverError,
    HandoverPhoto,
    HandoverService,
    IncompleteOrders,
    LeftBehind,
)
from packstation.store.base import utcnow
from packstation.store.tables import EventRow, HandoverRow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import BOSS, PACKER, PackedStation, frame  # noqa: E402

JT = "J&T Express"


class Cancelled:
    """The central store's cancellation port, with the orders it reports as cancelled."""

    def __init__(self) -> None:
        self.ids: set[str] = set()

    def is_cancelled(self, order_id: str) -> bool:
        return order_id in self.ids


@pytest.fixture
def central() -> Cancelled:
    return Cancelled()


@pytest.fixture
def st(tmp_path: Path, central: Cancelled):  # type: ignore[no-untyped-def]
    kit = PackedStation(tmp_path, "st1", central=central)
    yield kit
    kit.close()


def jt_orders(count: int, start: int = 0):  # type: ignore[no-untyped-def]
    """Demo orders for J&T (every 5th demo order is J&T; the others go to other carriers)."""
    orders = demo_orders(start + count * 5, utcnow())
    return [o for o in orders if o.carrier == JT][start : start + count]


def close(service: HandoverService, handover_id: str, **kw):  # type: ignore[no-untyped-def]
    kw.setdefault("photos", [HandoverPhoto("parcels", frame(2)), HandoverPhoto("courier", frame(3))])
    kw.setdefault("acknowledgement", Acknowledgement("Somchai K."))
    return service.close(PACKER, handover_id, **kw)


def test_every_refusal_is_named_and_nothing_wrong_is_added(st: PackedStation, central: Cancelled):
    orders = demo_orders(15, utcnow())
    st.add_orders(orders)
    jt = [o for o in orders if o.carrier == JT]
    flash = next(o for o in orders if o.carrier == "Flash Express")
    good, held, cancelled_here, cancelled_central, voided = jt[0], jt[1], jt[2], orders[11], None
    for o in (good, held, cancelled_here, flash):
        st.pack(o.order_id)
    # cancelled centrally: a J&T-routed order packed here, then cancelled at the centre
    cancelled_central = next(o for o in orders if o.carrier == "SPX Express")
    st.pack(cancelled_central.order_id)
    st.packing.hold(BOSS, held.order_id, "box dented")
    st.packing.cancel(BOSS, cancelled_here.order_id, "buyer cancelled")
    central.ids.add(cancelled_central.order_id)
    # voided label: a staged order whose label a supervisor voided
    voided = next(o for o in orders if o.carrier == "Ninja Van")
    st.pack(voided.order_id)
    old_label = st.tracking(voided.order_id)[0]
    st.labels.void(BOSS, voided.order_id, 1, "smudged")
    # no photos: labelled, not photographed; no label: packed, not labelled
    unphotographed = next(o for o in orders if o.carrier == "USPS")
    st.packing.take(PACKER, unphotographed.order_id)
    for line in unphotographed.lines:
        for _ in range(line.quantity):
            st.packing.scan(PACKER, unphotographed.order_id, __import__("handover_kit").BARCODE[line.sku])
    box = st.packing.suggest_box(unphotographed.order_id) or st.packing.rules.boxes[-1]
    from packstation.domain.packing import expected_weight

    grams = expected_weight(st.packing.pack_items(unphotographed.order_id), box)
    st.packing.weigh(PACKER, unphotographed.order_id, grams, box.code)
    st.packing.finish_packing(PACKER, unphotographed.order_id)
    st.labels.print_labels(PACKER, unphotographed.order_id)

    h = st.handover.open(PACKER, JT, "Somchai K.", "1AB 234")
    verdicts = {
        "good": st.handover.scan(PACKER, h.id, st.tracking(good.order_id)[0]),
        "again": st.handover.scan(PACKER, h.id, st.tracking(good.order_id)[0]),
        "wrong": st.handover.scan(PACKER, h.id, st.tracking(flash.order_id)[0]),
        "held": st.handover.scan(PACKER, h.id, st.tracking(held.order_id)[0]),
        "cancelled": st.handover.scan(PACKER, h.id, st.tracking(cancelled_here.order_id)[0]),
        "central": st.handover.scan(PACKER, h.id, st.tracking(cancelled_central.order_id)[0]),
        "voided": st.handover.scan(PACKER, h.id, old_label),
        "photos": st.handover.scan(PACKER, h.id, st.tracking(unphotographed.order_id)[0]),
        "unknown": st.handover.scan(PACKER, h.id, "ZZ999999999ZZ"),
    }
    assert verdicts["good"].verdict is Verdict.ORDER_COMPLETE and verdicts["good"].sound == "done"
    assert verdicts["good"].count_line == f"1 of 1 for {JT} today"  # held and cancelled ones do not count
    assert verdicts["again"].verdict is Verdict.ALREADY_SCANNED
    wrong = verdicts["wrong"]
    assert wrong.verdict is Verdict.WRONG_CARRIER and wrong.loud and wrong.tone == "error"
    assert "Flash Express" in wrong.message and JT in wrong.message
    assert verdicts["held"].verdict is Verdict.ON_HOLD and "box dented" in verdicts["held"].message
    assert verdicts["cancelled"].verdict is Verdict.CANCELLED
    assert verdicts["central"].verdict is Verdict.CANCELLED  # checked against the central port
    assert verdicts["voided"].verdict is Verdict.LABEL_VOIDED
    assert verdicts["photos"].verdict is Verdict.NO_PHOTOS
    assert verdicts["unknown"].verdict is Verdict.UNKNOWN
    messages = [v.message for k, v in verdicts.items() if not v.accepted]
    assert len(set(messages)) == len(messages)  # each refusal says its own thing
    assert [p.order_id for p in st.handover.view(h.id).parcels] == [good.order_id]
    with st.uow() as uow:
        refused = [
            r for r in uow.session.scalars(select(EventRow).where(EventRow.type == "HandoverScanRefused"))
        ]
    assert len(refused) == 7


def test_no_label_and_already_handed_over(st: PackedStation):
    orders = jt_orders(3)
    imported = orders[2]
    imported.tracking_number = "JT7700000001"
    st.add_orders(orders)
    st.pack(orders[0].order_id)
    st.pack(orders[1].order_id)
    h = st.handover.open(PACKER, JT, "Somchai")
    assert st.handover.scan(PACKER, h.id, st.tracking(orders[0].order_id)[0]).accepted
    close(st.handover, h.id, confirm_left_behind=True)
    again = st.handover.open(PACKER, JT, "Niran")
    assert again.id != h.id
    shipped = st.handover.scan(PACKER, again.id, st.tracking(orders[0].order_id)[0])
    assert shipped.verdict is Verdict.ALREADY_HANDED_OVER and h.id in shipped.message
    no_label = st.handover.scan(PACKER, again.id, "JT7700000001")  # imported number, never printed
    assert no_label.verdict is Verdict.NO_LABEL and imported.order_id in no_label.message


def test_left_behind_parcels_are_listed_and_must_be_confirmed(st: PackedStation):
    orders = jt_orders(3)
    st.add_orders(orders)
    for o in orders:
        st.pack(o.order_id)
    h = st.handover.open(PACKER, JT, "Somchai")
    st.handover.scan(PACKER, h.id, st.tracking(orders[0].order_id)[0])
    behind = {p.order_id for p in st.handover.left_behind(h.id)}
    assert behind == {orders[1].order_id, orders[2].order_id}
    with pytest.raises(LeftBehind) as err:
        close(st.handover, h.id)
    assert {p.order_id for p in err.value.parcels} == behind and "2 parcel(s)" in str(err.value)
    assert st.packing.order(orders[0].order_id).status is OrderStatus.STAGED  # nothing shipped yet
    done = close(st.handover, h.id, confirm_left_behind=True)
    assert done.state == "closed" and set(done.left_behind) == {
        st.tracking(o.order_id)[0] for o in orders[1:]
    }
    assert st.packing.order(orders[0].order_id).status is OrderStatus.SHIPPED
    assert {st.packing.order(o.order_id).status for o in orders[1:]} == {OrderStatus.STAGED}


def test_a_multi_parcel_order_ships_only_complete_unless_a_supervisor_allows_part(st: PackedStation):
    orders = jt_orders(2)
    st.add_orders(orders)
    split, whole = orders
    st.pack(split.order_id, parcels=3)
    st.pack(whole.order_id, parcels=2)
    labels = st.tracking(split.order_id)
    assert len(labels) == 3
    h = st.handover.open(PACKER, JT, "Somchai")
    first = st.handover.scan(PACKER, h.id, labels[0])
    assert first.verdict is Verdict.ADDED and set(first.rest_of_order) == set(labels[1:])
    for code in st.tracking(whole.order_id):
        last = st.handover.scan(PACKER, h.id, code)
    assert last.verdict is Verdict.ORDER_COMPLETE
    with pytest.raises(IncompleteOrders) as err:
        close(st.handover, h.id, confirm_left_behind=True)
    assert set(err.value.missing[split.order_id]) == set(labels[1:])
    # the rest cannot go in a second handover at the same time either: it is refused until complete
    with pytest.raises(PermissionDenied):
        st.handover.allow_partial(PACKER, h.id, split.order_id, "rest is damaged")
    st.handover.allow_partial(BOSS, h.id, split.order_id, "parcels 2 and 3 crushed, repacking")
    done = close(st.handover, h.id, confirm_left_behind=True)
    assert split.order_id in done.partial_orders and len(done.parcels) == 3
    assert st.packing.order(split.order_id).status is OrderStatus.SHIPPED
    with st.uow() as uow:
        audit = uow.session.scalar(select(EventRow).where(EventRow.type == "PartialHandoverAllowed"))
        shipped = list(uow.session.scalars(select(EventRow).where(EventRow.type == "OrderShipped")))
    assert audit.user == "sup" and "crushed" in audit.payload["reason"]
    # the rest goes later in its own handover, and the order is not shipped a second time
    later = st.handover.open(PACKER, JT, "Niran")
    assert st.handover.scan(PACKER, later.id, labels[1]).accepted
    assert st.handover.scan(PACKER, later.id, labels[2]).verdict is Verdict.ORDER_COMPLETE
    close(st.handover, later.id)
    with st.uow() as uow:
        again = list(uow.session.scalars(select(EventRow).where(EventRow.type == "OrderShipped")))
    assert len(again) == len(shipped) == 2
    assert {e.payload["manifest"] for e in again if e.order_id == split.order_id} == {h.id}


def test_closing_needs_photos_and_the_couriers_acknowledgement_and_a_dropoff_its_receipt(st: PackedStation):
    orders = jt_orders(2)
    st.add_orders(orders)
    for o in orders:
        st.pack(o.order_id)
    h = st.handover.open(PACKER, JT, "Somchai")
    with pytest.raises(HandoverError, match="Nothing was scanned"):
        close(st.handover, h.id)
    st.handover.scan(PACKER, h.id, st.tracking(orders[0].order_id)[0])
    with pytest.raises(HandoverError, match="photos"):
        close(st.handover, h.id, confirm_left_behind=True, photos=[])
    with pytest.raises(HandoverError, match="sign"):
        close(st.handover, h.id, confirm_left_behind=True, acknowledgement=Acknowledgement())
    signature = io.BytesIO()
    Image.new("L", (300, 100), 255).save(signature, "PNG")
    done = close(
        st.handover,
        h.id,
        confirm_left_behind=True,
        acknowledgement=Acknowledgement(signature_png=signature.getvalue()),
    )
    assert done.acknowledgement == "signature"
    drop = st.handover.open(PACKER, JT, "", kind="dropoff")
    st.handover.scan(PACKER, drop.id, st.tracking(orders[1].order_id)[0])
    with pytest.raises(HandoverError, match="receipt"):
        close(st.handover, drop.id)
    assert st.handover.resume()[0].id == drop.id  # still open, to be closed at the drop-off point
    closed = close(st.handover, drop.id, photos=[HandoverPhoto("receipt", frame(9))])
    assert closed.kind == "dropoff" and st.packing.order(orders[1].order_id).status is OrderStatus.SHIPPED


def test_the_manifest_lists_every_tracking_number_once_and_verifies(st: PackedStation):
    orders = jt_orders(4)
    st.add_orders(orders)
    st.pack(orders[0].order_id, parcels=2)
    for o in orders[1:]:
        st.pack(o.order_id)
    h = st.handover.open(PACKER, JT, "Somchai Khemthong", "1กข 234")
    labels = [t for o in orders for t in st.tracking(o.order_id)]
    for code in labels:
        st.handover.scan(PACKER, h.id, code)
    done = close(st.handover, h.id)
    pdf = st.handover.manifest_pdf(h.id)
    doc = pdfium.PdfDocument(pdf)
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    for code in labels:
        assert text.count(code) == 1, code
    for needle in (
        "Somchai Khemthong",
        "1กข 234",
        JT,
        "st1",
        "Ana",
        "(UTC)",
        done.content_sha256,
        "5 parcels of 4 orders",
    ):
        assert needle in text, needle
    decoded: list[str] = []
    for i in range(len(doc)):
        decoded += [c.text for c in zxingcpp.read_barcodes(doc[i].render(scale=3).to_pil())]
    courier = f"JTEXPRESS|{h.id}|{len(labels)}"  # the courier's own scan: carrier, manifest, parcels
    assert sorted(c for c in decoded if c not in (h.id, courier)) == sorted(labels) and h.id in decoded
    assert decoded.count(courier) == 1
    with st.uow() as uow:
        assert verify_manifests(uow.session, st.home / "blobs").ok
        photos = verify(uow.session, st.home / "blobs", [h.id])
        assert photos.ok and photos.photos_checked == 2  # the two handover photos, in the chain
    for o in orders:
        assert st.packing.order(o.order_id).status is OrderStatus.SHIPPED


def test_evidence_verify_catches_an_edited_manifest(st: PackedStation):
    orders = jt_orders(1)
    st.add_orders(orders)
    st.pack(orders[0].order_id)
    h = st.handover.open(PACKER, JT, "Somchai")
    st.handover.scan(PACKER, h.id, st.tracking(orders[0].order_id)[0])
    close(st.handover, h.id)
    with st.uow() as uow:
        key = uow.session.get(HandoverRow, h.id).manifest_blob_key
    path = st.home / "blobs" / key
    path.chmod(0o644)
    edited = bytearray(path.read_bytes())
    edited[len(edited) // 2] ^= 0x20  # one byte of the PDF changed after the fact
    path.write_bytes(bytes(edited))
    with st.uow() as uow:
        report = verify_manifests(uow.session, st.home / "blobs")
    assert (
        not report.ok and report.findings[0].problem == "changed" and report.findings[0].manifest_id == h.id
    )
    with st.engine.begin() as conn:
        conn.execute(update(HandoverRow).where(HandoverRow.id == h.id).values(courier_name="Someone else"))
    with st.uow() as uow:
        problems = {f.problem for f in verify_manifests(uow.session, st.home / "blobs").findings}
    assert problems == {"changed", "record_edited"}


def test_the_carrier_board_shows_what_must_go_today_and_what_is_late(st: PackedStation):
    from datetime import timedelta

    from packstation.store.handovers import OrderDeadlines

    orders = jt_orders(2)
    st.add_orders(orders)
    for o in orders:
        st.pack(o.order_id)
    with st.uow() as uow:
        kept = [OrderDeadlines(uow.session).get(o.order_id) for o in orders]
    assert all(k is not None and k.source == "computed" and k.collection_due < k.dispatch_due for k in kept)
    due = kept[0].collection_due
    assert kept[0].collection_due.hour == 17  # the default collection hour, counted in business days
    before = st.handover.board(now=due - timedelta(hours=1))
    after = st.handover.board(now=due + timedelta(hours=1))
    row = next(b for b in before if b.carrier == JT)
    assert row.staged_orders == 2 and orders[0].order_id in row.due_today and not row.late
    late = next(b for b in after if b.carrier == JT)
    assert orders[0].order_id in late.late


def test_a_parcel_in_another_open_handover_is_refused_until_a_supervisor_cancels_that_one(st: PackedStation):
    orders = jt_orders(1)
    st.add_orders(orders)
    st.pack(orders[0].order_id)
    label = st.tracking(orders[0].order_id)[0]
    first = st.handover.open(PACKER, JT, "Somchai")
    assert st.handover.scan(PACKER, first.id, label).accepted
    drop = st.handover.open(PACKER, JT, "", kind="dropoff")  # a second handover for the same carrier
    other = st.handover.scan(PACKER, drop.id, label)
    assert other.verdict is Verdict.IN_OTHER_HANDOVER and first.id in other.message
    assert (
        st.handover.scan(PACKER, drop.id, "  ").message == "Nothing was read: scan the parcel's label again."
    )
    with pytest.raises(PermissionDenied):
        st.handover.abandon(PACKER, first.id, "courier never came")
    gone = st.handover.abandon(BOSS, first.id, "courier never came")
    assert gone.state == "abandoned" and not gone.parcels
    with pytest.raises(HandoverError, match="abandoned"):
        st.handover.scan(PACKER, first.id, label)
    assert st.handover.scan(PACKER, drop.id, label).accepted
    assert st.packing.order(orders[0].order_id).status is OrderStatus.STAGED
