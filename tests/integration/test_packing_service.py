"""The packing use cases on a real SQLite station database."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from packstation.bootstrap import open_station
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.domain.picking import ScanVerdict
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.domain.workflow import OrderNotPackable, WorkflowError
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.packing import ClaimRefused, OrderNotFound
from packstation.services.ports import ClaimResult
from packstation.services.staging import stage
from packstation.store.tables import EventRow, ScanRow

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("boss", Role.SUPERVISOR, "Boss")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}


@pytest.fixture
def station(tmp_path):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=6, station=st.name)
    yield st
    st.close()


def event_types(st, order_id):
    with st.uow() as uow:
        return [row.type for row in uow.events.for_order(order_id)]


def scan_all(st, order):
    outcomes = []
    for line in order.lines:
        for _ in range(line.quantity - line.picked):
            outcomes.append(st.packing.scan(PACKER, order.order_id, BARCODE[line.sku]))
    return outcomes


def test_queue_is_sorted_by_ship_by_deadline(station):
    queue = station.packing.queue()
    assert len(queue) == 6
    deadlines = [o.ship_by for o in queue]
    assert deadlines == sorted(deadlines)


def test_whole_order_through_pick_and_pack_records_every_step(station):
    order = station.packing.take_next(PACKER)
    assert order.status is OrderStatus.CONFIRMED
    outcomes = scan_all(station, order)
    assert outcomes[-1].verdict is ScanVerdict.COMPLETE
    assert all(o.accepted for o in outcomes)
    assert station.packing.order(order.order_id).status is OrderStatus.PICKED
    box = station.packing.suggest_box(order.order_id)
    grams = expected_weight(station.packing.pack_items(order.order_id), box)
    result = station.packing.weigh(PACKER, order.order_id, grams + 3, box.code)
    assert result.check.within
    packed = station.packing.finish_packing(PACKER, order.order_id)
    assert packed.status is OrderStatus.PACKED
    types = event_types(station, order.order_id)
    assert types[:2] == ["OrderImported", "OrderConfirmed"]
    assert types.count("UnitScanned") == order.units
    assert types[-3:] == ["OrderPicked", "ParcelWeighed", "OrderPacked"]


def test_rejected_scans_are_recorded_and_change_nothing(station):
    order = station.packing.take_next(PACKER)
    other = station.packing.queue()[0]
    not_in_order = next(p for p in DEMO_PRODUCTS if p.sku not in {line.sku for line in order.lines})
    wrong = station.packing.scan(PACKER, order.order_id, not_in_order.barcodes[0])
    assert wrong.verdict is ScanVerdict.WRONG_ITEM and not_in_order.name in wrong.message
    unknown = station.packing.scan(PACKER, order.order_id, "4006381333931")
    assert unknown.verdict is ScanVerdict.UNKNOWN
    garbled = station.packing.scan(PACKER, order.order_id, "4006381333932")
    assert garbled.verdict is ScanVerdict.UNREADABLE and "scan it again" in garbled.message
    assert "check digit" not in garbled.message  # the packer's words; the record keeps the reason:
    with station.uow() as uow:
        rejected = [r.payload for r in uow.events.for_order(order.order_id) if r.type == "ScanRejected"]
    assert "bad check digit" in rejected[-1]["message"]
    foreign = station.packing.scan(PACKER, order.order_id, other.order_id)
    assert foreign.verdict is ScanVerdict.OTHER_ORDER and other.order_id in foreign.message
    assert station.packing.order(order.order_id).units_picked == 0
    with station.uow() as uow:
        verdicts = [r.verdict for r in uow.scans.for_order(order.order_id)]
    assert verdicts == ["wrong_item", "unknown", "unreadable", "other_order"]
    assert event_types(station, order.order_id).count("ScanRejected") == 4


def test_over_scan_is_blocked(station):
    order = station.packing.take_next(PACKER)
    line = order.lines[0]
    for _ in range(line.quantity):
        station.packing.scan(PACKER, order.order_id, BARCODE[line.sku])
    if len(order.lines) == 1:
        pytest.skip("single-line order completes on the last unit")
    over = station.packing.scan(PACKER, order.order_id, BARCODE[line.sku])
    assert over.verdict is ScanVerdict.OVER_SCAN
    assert station.packing.order(order.order_id).lines[0].picked == line.quantity


def test_upc_and_its_ean13_form_are_the_same_product(station):
    with station.uow() as uow:
        sku = uow.catalog.sku_for_barcode("0004796669724")  # EAN-13 form of UPC-A 004796669724
    assert sku == "SKU-0004"


def test_undo_last_scan_needs_a_reason_and_is_audited(station):
    order = station.packing.take_next(PACKER)
    first = order.lines[0]
    station.packing.scan(PACKER, order.order_id, BARCODE[first.sku])
    with pytest.raises(WorkflowError, match="why"):
        station.packing.undo_last_scan(PACKER, order.order_id, " ")
    after = station.packing.undo_last_scan(PACKER, order.order_id, "scanned twice")
    assert after.lines[0].picked == 0
    with station.uow() as uow:
        scan = uow.session.scalar(select(ScanRow).where(ScanRow.order_id == order.order_id))
    assert scan.undone and scan.undo_reason == "scanned twice"
    assert "ScanUndone" in event_types(station, order.order_id)
    with pytest.raises(WorkflowError, match="no scan"):
        station.packing.undo_last_scan(PACKER, order.order_id, "again")


def test_short_pick_holds_and_only_a_supervisor_releases(station):
    order = station.packing.take_next(PACKER)
    held = station.packing.short_pick(PACKER, order.order_id, "shelf empty")
    assert held.status is OrderStatus.ON_HOLD and "Short pick" in held.hold_reason
    for line in order.lines:  # what is short, by the product's name (the SKU only when it has none)
        assert f"{line.product_name or line.sku} ×{line.quantity}" in held.hold_reason
        assert not line.product_name or line.sku not in held.hold_reason
    with pytest.raises(PermissionDenied, match="supervisor"):
        station.packing.release(PACKER, order.order_id)
    assert station.packing.order(order.order_id).status is OrderStatus.ON_HOLD
    released = station.packing.release(BOSS, order.order_id, "restocked")
    assert released.status is OrderStatus.CONFIRMED
    with station.uow() as uow:
        rel = [r for r in uow.events.for_order(order.order_id) if r.type == "OrderReleased"][0]
    assert rel.user == "boss" and rel.payload["note"] == "restocked"


def test_weight_mismatch_stops_the_order_until_a_supervisor_accepts(station):
    order = station.packing.take_next(PACKER)
    scan_all(station, order)
    box = station.packing.suggest_box(order.order_id)
    result = station.packing.weigh(PACKER, order.order_id, 5, box.code)
    assert not result.check.within and "mismatch" in result.check.message()
    assert station.packing.order(order.order_id).status is OrderStatus.ON_HOLD
    with pytest.raises(WorkflowError):
        station.packing.finish_packing(PACKER, order.order_id)
    with pytest.raises(PermissionDenied):
        station.packing.override_weight(PACKER, order.order_id, 1, "fine")
    station.packing.override_weight(BOSS, order.order_id, 1, "light packaging")
    assert station.packing.finish_packing(PACKER, order.order_id).status is OrderStatus.PACKED
    with station.uow() as uow:
        parcel = uow.parcels.rows(order.order_id)[0]
    assert parcel.weight_override == "boss: light packaging"


def test_several_parcels_per_order(station):
    order = station.packing.take_next(PACKER)
    scan_all(station, order)
    box = station.packing.suggest_box(order.order_id)
    total = expected_weight(station.packing.pack_items(order.order_id), None)
    station.packing.weigh(
        PACKER, order.order_id, total / 2 + box.tare_g, box.code, parcel_no=1, items_share=0.5
    )
    station.packing.weigh(
        PACKER, order.order_id, total / 2 + box.tare_g, box.code, parcel_no=2, items_share=0.5
    )
    packed = station.packing.finish_packing(PACKER, order.order_id)
    assert packed.status is OrderStatus.PACKED
    assert [p.number for p in station.packing.parcels(order.order_id)] == [1, 2]


def test_take_by_tracking_number_and_refusals(station):
    with pytest.raises(OrderNotFound):
        station.packing.take(PACKER, "NO-SUCH-ORDER")
    order = station.packing.queue()[0]
    station.packing.cancel(BOSS, order.order_id, "buyer cancelled")
    with pytest.raises(OrderNotPackable, match="cancelled"):
        station.packing.take(PACKER, order.order_id)


def test_claim_refused_by_another_station(station):
    class Taken:
        def claim(self, order_id, st):
            return ClaimResult(False, "bench-7", f"Order {order_id} is being packed at bench-7.")

        def release(self, order_id, st):
            return None

    station.packing.claims = Taken()
    order = station.packing.queue()[0]
    with pytest.raises(ClaimRefused, match="bench-7"):
        station.packing.take(PACKER, order.order_id)
    assert station.packing.order(order.order_id).status is OrderStatus.READY


def test_cancellation_stops_staging_for_the_handover(station):
    order = station.packing.take_next(PACKER)
    station.packing.cancel(BOSS, order.order_id, "fraud")
    with pytest.raises(WorkflowError, match="STOP"):
        stage(station.packing, PACKER, order.order_id)
    assert station.packing.order(order.order_id).flagged


def test_restart_resumes_the_order_at_the_same_step_with_its_scans(tmp_path):
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=3, station=st.name)
    order = st.packing.take_next(PACKER)
    st.packing.scan(PACKER, order.order_id, BARCODE[order.lines[0].sku])
    st.close()
    again = open_station(tmp_path / "home")
    resumed = again.packing.resume()
    assert resumed is not None and resumed.order_id == order.order_id
    assert resumed.status is OrderStatus.CONFIRMED and resumed.lines[0].picked == 1
    with again.uow() as uow:
        assert (
            uow.session.scalar(select(EventRow.type).order_by(EventRow.seq.desc()).limit(1)) == "UnitScanned"
        )
    again.close()


def test_packing_cannot_finish_with_an_unaccepted_weight_mismatch(station):
    order = station.packing.take_next(PACKER)
    scan_all(station, order)
    box = station.packing.suggest_box(order.order_id)
    station.packing.weigh(PACKER, order.order_id, 5, box.code)
    station.packing.release(BOSS, order.order_id, "let them reweigh")  # released without accepting the weight
    with pytest.raises(WorkflowError, match="Reweigh"):
        station.packing.finish_packing(PACKER, order.order_id)
    assert station.packing.order(order.order_id).status is OrderStatus.PICKED


def test_an_order_on_hold_is_resumed_after_restart(station):
    order = station.packing.take_next(PACKER)
    station.packing.short_pick(PACKER, order.order_id, "missing")
    resumed = station.packing.resume()
    assert resumed.order_id == order.order_id and resumed.status is OrderStatus.ON_HOLD
    names = station.packing.products(order.order_id)
    assert set(names) == {line.sku for line in order.lines}
