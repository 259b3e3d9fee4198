"""Dispatch mode's flow on a real station database: carrier, courier, scans judged, left-behind, proof, Shipped."""

from __future__ import annotations

import io
import sys
import time
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select

from packstation.devices.camera import CameraFrame
from packstation.domain.handover import Verdict
from packstation.domain.orders import OrderStatus
from packstation.services.demo import demo_orders
from packstation.services.dispatch import DispatchSession, DispatchStage, carrier_in_code
from packstation.store.base import utcnow
from packstation.store.evidence_tables import ProofPhotoRow as PhotoRow
from packstation.store.tables import EventRow

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import PACKER, PackedStation, frame  # noqa: E402

JT = "J&T Express"


class StationCamera:
    """The station camera as the dispatch session sees it: the newest frame, numbered."""

    def __init__(self) -> None:
        self.taken = 0

    def fresh_frame(self) -> CameraFrame:
        self.taken += 1
        return CameraFrame(frame(10 + self.taken), self.taken, time.monotonic())


def signature_png() -> bytes:
    image = Image.new("RGB", (300, 120), "white")
    for x in range(20, 280):
        image.putpixel((x, 60 + (x % 20) - 10), (0, 0, 0))
    out = io.BytesIO()
    image.save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def st(tmp_path: Path):  # type: ignore[no-untyped-def]
    kit = PackedStation(tmp_path, "st1")
    orders = demo_orders(15, utcnow())
    kit.add_orders(orders)
    kit.orders = orders  # type: ignore[attr-defined]
    yield kit
    kit.close()


def test_carrier_from_a_couriers_manifest_barcode() -> None:
    carriers = [JT, "Flash Express"]
    assert carrier_in_code("J&T Express", carriers) == JT
    assert carrier_in_code("JT|PICKUP-0042", carriers) == JT
    assert carrier_in_code("flash:ABC", carriers) == "Flash Express"
    assert carrier_in_code("KERRY|1", carriers) == ""


def test_a_whole_handover_from_carrier_to_shipped(st: PackedStation) -> None:
    jt = [o for o in st.orders if o.carrier == JT]  # type: ignore[attr-defined]
    flash = next(o for o in st.orders if o.carrier == "Flash Express")  # type: ignore[attr-defined]
    for o in (*jt, flash):
        st.pack(o.order_id)
    camera = StationCamera()
    dispatch = DispatchSession(st.handover, camera)

    view = dispatch.enter(PACKER)
    assert view.active and view.stage is DispatchStage.CARRIER
    assert {c.carrier for c in view.carriers} == {JT, "Flash Express"}
    assert next(c for c in view.carriers if c.carrier == JT).staged_parcels == len(jt)

    view = dispatch.scan("JT|PICKUP-0042")  # the courier's manifest barcode names the carrier
    assert view.stage is DispatchStage.COURIER and view.carrier == JT
    view = dispatch.scan(st.tracking(jt[0].order_id)[0])  # a parcel before the courier is named
    assert view.stage is DispatchStage.COURIER and not view.courier and view.notice is not None
    assert view.notice.tone == "error" and "open the handover first" in view.notice.text
    view = dispatch.scan("Somchai K.")  # courier badge
    view = dispatch.scan("1ab 234")  # vehicle plate
    assert (view.courier, view.vehicle_plate) == ("Somchai K.", "1AB 234")
    view = dispatch.confirm()
    assert view.stage is DispatchStage.SCANNING and view.handover_id.startswith("M-ST1-")

    view = dispatch.scan(st.tracking(jt[0].order_id)[0])
    assert view.last is not None and view.last.accepted and view.last.sound == "done"
    assert view.count_line == f"1 of {len(jt)} for {JT} today"
    assert [p.order_id for p in view.parcels] == [jt[0].order_id]

    view = dispatch.scan(st.tracking(flash.order_id)[0])
    assert view.last is not None and view.last.verdict.verdict is Verdict.WRONG_CARRIER
    assert view.last.loud and view.last.sound == "error"
    assert "Flash Express" in view.last.verdict.message and JT in view.last.verdict.message
    assert len(view.parcels) == 1  # the wrong parcel was not added

    view = dispatch.scan("NOSUCHLABEL123")
    assert view.last is not None and view.last.verdict.verdict is Verdict.UNKNOWN
    assert "supervisor" in view.last.verdict.message

    view = dispatch.scan(st.tracking(jt[1].order_id)[0])
    assert view.count_line == f"2 of {len(jt)} for {JT} today"

    # closing: the third J&T parcel was not scanned, it is listed and must be confirmed
    view = dispatch.confirm()
    assert view.stage is DispatchStage.CLOSING
    assert [p.order_id for p in view.left_behind] == [o.order_id for o in jt[2:]]
    assert view.needs_left_behind_confirmation
    view = dispatch.close()
    assert view.stage is DispatchStage.CLOSING and view.notice is not None and view.notice.tone == "error"
    view = dispatch.confirm()  # they stay behind
    assert not view.needs_left_behind_confirmation
    view = dispatch.confirm()  # no photos yet: refused with what to do
    assert view.stage is DispatchStage.CLOSING and "photo" in view.notice.text.lower()  # type: ignore[union-attr]
    dispatch.take_photo()
    view = dispatch.take_photo()
    assert view.photos == ("parcels", "courier") and camera.taken == 2
    view = dispatch.confirm()  # no acknowledgement yet
    assert view.stage is DispatchStage.CLOSING and "sign" in view.notice.text  # type: ignore[union-attr]
    view = dispatch.acknowledge(signature_png=signature_png())
    assert view.acknowledgement == "signature"
    view = dispatch.confirm()
    assert view.stage is DispatchStage.DONE and view.manifest_id == view.handover_id
    assert view.shipped_orders == 2

    for o in jt[:2]:
        assert st.packing.order(o.order_id).status is OrderStatus.SHIPPED
    for o in jt[2:]:
        assert st.packing.order(o.order_id).status is OrderStatus.STAGED
    with st.uow() as uow:
        kinds = sorted(
            uow.session.execute(select(PhotoRow.kind).where(PhotoRow.order_id == view.manifest_id)).scalars()
        )
        shipped = (
            uow.session.execute(
                select(EventRow.payload).where(
                    EventRow.type == "OrderShipped", EventRow.order_id == jt[0].order_id
                )
            )
            .scalars()
            .all()
        )
    assert kinds == ["handover:courier", "handover:parcels", "handover:signature"]
    assert any(view.manifest_id in str(p) for p in shipped)
    pdf = st.handover.manifest_pdf(view.manifest_id)
    assert pdf.startswith(b"%PDF")

    view = dispatch.confirm()  # a new handover
    assert view.stage is DispatchStage.CARRIER and not view.handover_id


def test_an_open_handover_resumes_with_its_scans(st: PackedStation) -> None:
    jt = [o for o in st.orders if o.carrier == JT]  # type: ignore[attr-defined]
    for o in jt:
        st.pack(o.order_id)
    first = DispatchSession(st.handover, StationCamera())
    first.enter(PACKER)
    first.choose_carrier(JT)
    first.set_courier("Somchai K.")
    first.scan(st.tracking(jt[0].order_id)[0])
    first.leave()

    again = DispatchSession(st.handover, StationCamera())  # the station restarted
    view = again.enter(PACKER)
    assert view.stage is DispatchStage.SCANNING
    assert [p.order_id for p in view.parcels] == [jt[0].order_id]
    view = again.scan(st.tracking(jt[0].order_id)[0])
    assert view.last is not None and view.last.verdict.verdict is Verdict.ALREADY_SCANNED
    assert len(view.parcels) == 1
    view = again.undo_last()
    assert view.parcels == ()


def test_refusals_without_a_login_or_a_courier(st: PackedStation) -> None:
    dispatch = DispatchSession(st.handover, None)
    with pytest.raises(Exception, match="Log in"):
        dispatch.choose_carrier(JT)
    dispatch.enter(PACKER)
    view = dispatch.choose_carrier(JT)
    view = dispatch.confirm()  # no courier name
    assert view.stage is DispatchStage.COURIER and view.notice is not None and view.notice.tone == "error"
    assert "courier" in view.notice.text
    view = dispatch.scan("   ")
    assert view.notice is not None and view.notice.tone == "error"


def test_a_multi_parcel_order_stays_listed_until_all_its_parcels_are_scanned(st: PackedStation) -> None:
    jt = [o for o in st.orders if o.carrier == JT]  # type: ignore[attr-defined]
    st.pack(jt[0].order_id, parcels=2)
    first, second = st.tracking(jt[0].order_id)
    dispatch = DispatchSession(st.handover, StationCamera())
    dispatch.enter(PACKER)
    dispatch.choose_carrier(JT)
    dispatch.set_courier("Somchai K.")
    view = dispatch.scan(first)
    assert view.last is not None and view.last.accepted and view.last.sound == "ok"  # added, not complete
    assert view.incomplete == ((jt[0].order_id, (second,)),)
    assert second in view.last.verdict.message
    view = dispatch.confirm()  # closing refused while the order is incomplete, naming what is missing
    assert view.stage is DispatchStage.SCANNING and view.notice is not None and second in view.notice.text
    view = dispatch.scan(second)
    assert view.last is not None and view.last.sound == "done" and view.incomplete == ()
    view = dispatch.confirm()
    assert view.stage is DispatchStage.CLOSING


def test_a_drop_off_is_opened_then_closed_later_with_the_receipt_photo(st: PackedStation) -> None:
    jt = [o for o in st.orders if o.carrier == JT][:2]  # type: ignore[attr-defined]
    for o in jt:
        st.pack(o.order_id)
    dispatch = DispatchSession(st.handover, StationCamera())
    dispatch.enter(PACKER)
    dispatch.choose_carrier(JT)
    view = dispatch.dropoff()
    assert view.stage is DispatchStage.SCANNING and view.kind == "dropoff"
    for o in jt:
        dispatch.scan(st.tracking(o.order_id)[0])
    dispatch.leave()  # off to the carrier's drop-off point

    back = DispatchSession(st.handover, StationCamera())
    view = back.enter(PACKER)
    assert view.kind == "dropoff" and len(view.parcels) == 2
    view = back.confirm()
    assert view.stage is DispatchStage.CLOSING and "receipt" in view.next_action
    view = back.confirm()  # no receipt photo yet
    assert view.stage is DispatchStage.CLOSING and "receipt" in view.notice.text  # type: ignore[union-attr]
    view = back.take_photo()
    assert view.photos == ("receipt",)
    view = back.confirm()  # no signature needed for a drop-off
    assert view.stage is DispatchStage.DONE
    assert st.handover.view(view.manifest_id).kind == "dropoff"
    assert {st.packing.order(o.order_id).status for o in jt} == {OrderStatus.SHIPPED}
