"""Each scan's verdict at once: wrong item, over-scan, unknown barcode, another order; undo; short pick."""

from __future__ import annotations

from PySide6.QtCore import Qt

from packstation.domain.orders import OrderStatus
from packstation.services.station.view import Step
from packstation.store.tables import ScanRow
from tests.ui.conftest import BARCODES, PACKER_BADGE, PACKER_PIN, SUPERVISOR_BADGE, SUPERVISOR_PIN, press


def open_order(station_app, scan_keys, multi_unit: bool = False):  # type: ignore[no-untyped-def]
    """Log in and take an order (one with a line of two or more units when asked)."""
    scan_keys(PACKER_BADGE)
    flow = station_app.flow
    queue = flow.packing.queue()
    order = next(o for o in queue if not multi_unit or any(line.quantity > 1 for line in o.lines))
    scan_keys(order.order_id)
    assert flow.step is Step.CONFIRM
    return flow.order


def scans_of(station_app, order_id: str) -> list[tuple[str, str]]:
    from sqlalchemy import select

    with station_app.station.uow() as uow:
        rows = uow.session.scalars(select(ScanRow).where(ScanRow.order_id == order_id).order_by(ScanRow.id))
        return [(row.raw, row.verdict) for row in rows]


def test_wrong_item_unknown_and_other_order_are_refused_loudly(make_station, scan_keys):
    station_app = make_station(orders=6)
    order = open_order(station_app, scan_keys)
    window, flow, sounds = station_app.window, station_app.flow, station_app.sounds
    in_order = {line.sku for line in order.lines}
    wrong_sku = next(sku for sku in BARCODES if sku not in in_order)

    scan_keys(BARCODES[wrong_sku])
    assert flow.step is Step.PICK
    assert window.banner.level == "error" and sounds.requested[-1] == "error"
    assert "Wrong item" in window.banner.text()
    from packstation.services.demo import DEMO_PRODUCTS

    wrong_name = next(p.name for p in DEMO_PRODUCTS if p.sku == wrong_sku)
    assert wrong_name in window.banner.text() and wrong_sku not in window.banner.text()  # the product's name ...
    expected_name = order.lines[0].product_name
    assert expected_name in window.banner.text()  # ... and what is expected
    assert (
        "Wrong item" not in window.pages[Step.PICK].last.text()
    )  # the banner says it; the last good item stays

    scan_keys("2000000000008")
    assert "This barcode (2000000000008) is not a product" in window.banner.text()
    assert window.banner.level == "error"

    other = next(o for o in flow.packing.queue() if o.order_id != order.order_id)
    scan_keys(other.order_id)
    assert f"order {other.order_id}'s barcode" in window.banner.text()
    assert flow.order.order_id == order.order_id  # still on the same order

    assert flow.order.units_picked == 0
    verdicts = [v for _, v in scans_of(station_app, order.order_id)]
    assert verdicts == ["wrong_item", "unknown", "other_order"]  # every refusal is on record


def test_over_scan_is_blocked_and_undo_needs_a_reason(make_station, scan_keys, type_keys):
    station_app = make_station(orders=8)
    order = open_order(station_app, scan_keys, multi_unit=True)
    window, flow = station_app.window, station_app.flow
    single = next((line for line in order.lines if line.quantity == 1), None)
    if single is None:  # every line has 2+: over-scan the first after filling it
        single = order.lines[0]
    for _ in range(single.quantity):
        scan_keys(BARCODES[single.sku])
    assert flow.step is Step.PICK, "the order has other lines still to pick"
    scan_keys(BARCODES[single.sku])
    assert "Too many" in window.banner.text() and window.banner.level == "error"
    line = next(line for line in flow.order.lines if line.sku == single.sku)
    assert line.picked == single.quantity

    press(Qt.Key.Key_F4)  # UNDO asks for a reason
    prompt = window.pages[Step.PICK].undo_prompt
    assert prompt.isVisible() and prompt.field.hasFocus()
    type_keys("2", enter=True)  # preset 2: wrong item put back
    line = next(line for line in flow.order.lines if line.sku == single.sku)
    assert line.picked == single.quantity - 1
    assert "Wrong item put back" in window.banner.text()
    assert not prompt.isVisible()
    assert flow.packing.order(order.order_id).lines[order.lines.index(single)].picked == single.quantity - 1


def test_short_pick_goes_on_hold_and_a_supervisor_accepts_it_short(make_station, scan_keys, type_keys):
    station_app = make_station(orders=8)
    order = open_order(station_app, scan_keys, multi_unit=True)
    window, flow = station_app.window, station_app.flow
    scan_keys(BARCODES[order.lines[0].sku])
    press(Qt.Key.Key_F8)  # HOLD on the Pick page: short pick
    type_keys("1", enter=True)  # out of stock
    assert flow.step is Step.HELD
    held = flow.packing.order(order.order_id)
    assert held.status is OrderStatus.ON_HOLD and held.hold_reason.startswith("Short pick")
    assert "Out of stock" in held.hold_reason

    page = window.pages[Step.HELD]
    assert page.credential.hasFocus()
    type_keys(PACKER_PIN, enter=True)  # a packer cannot release
    type_keys("ok", enter=True)
    assert flow.step is Step.HELD
    assert "Not a supervisor's PIN or badge" in window.banner.text()
    assert "Pat" not in window.banner.text()  # whose PIN it was is not told

    page.credential.setFocus()
    scan_keys(SUPERVISOR_BADGE)  # supervisor badge scanned: lands in the credential, not typed
    assert page.credential.text() == SUPERVISOR_BADGE
    type_keys("customer agreed", enter=False)
    press(Qt.Key.Key_F3)  # accept short
    assert flow.step is Step.PACK, window.banner.text()
    released = flow.packing.order(order.order_id)
    assert released.status is OrderStatus.PICKED
    from packstation.store.tables import EventRow

    with station_app.station.uow() as uow:
        from sqlalchemy import select

        events = uow.session.scalars(select(EventRow).where(EventRow.order_id == order.order_id)).all()
        release = [e for e in events if e.type == "OrderReleased"][-1]
        assert release.user == "sue" and release.payload["accepted_short"] is True


def test_supervisor_releases_a_hold_back_to_its_step_with_pin(make_station, scan_keys, type_keys):
    station_app = make_station(orders=4)
    order = open_order(station_app, scan_keys)
    flow = station_app.flow
    press(Qt.Key.Key_F8)  # hold from Confirm
    type_keys("1", enter=True)
    assert flow.step is Step.HELD
    type_keys(SUPERVISOR_PIN, enter=True)
    type_keys("checked", enter=True)  # Enter in the note field releases
    assert flow.step is Step.CONFIRM
    assert flow.packing.order(order.order_id).status is OrderStatus.CONFIRMED


def test_weight_mismatch_stops_the_order_until_a_supervisor_accepts_it(
    make_station, qtbot, scan_keys, type_keys
):
    station_app = make_station(orders=4)
    order = open_order(station_app, scan_keys)
    flow, window = station_app.flow, station_app.window
    for line in order.lines:
        for _ in range(line.quantity):
            scan_keys(BARCODES[line.sku])
    assert flow.step is Step.PACK
    station_app.scale.place(9000.0)
    qtbot.waitUntil(lambda: flow.stable_grams() == 9000.0, timeout=3000)
    press(Qt.Key.Key_F3)
    assert flow.step is Step.HELD
    assert "Weight mismatch: 9000 g" in window.banner.text()
    assert station_app.sounds.requested[-1] == "error"
    press(Qt.Key.Key_F3)  # accept without a note: refused
    assert "Type a note" in window.banner.text()
    page = window.pages[Step.HELD]
    page.credential.setFocus()
    type_keys(SUPERVISOR_PIN)
    page.note.setFocus()
    type_keys("bubble wrap")
    press(Qt.Key.Key_F3)
    assert flow.step is Step.PACK, window.banner.text()
    assert flow.pack.weighed == 1
    press(Qt.Key.Key_F3)  # finish packing with the accepted weight
    qtbot.waitUntil(lambda: flow.step is Step.PHOTO, timeout=5000)
