"""Two stations pack into one central store, a third hands everything over; the manifests say so.

The third station learns the parcels from the other stations' `OrderStaged` events at the centre (the
floor sync), ships them, and the packing stations learn the shipment back, each order shipped once.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pypdfium2 as pdfium
import zxingcpp
from sqlalchemy import func, select

from packstation.domain.handover import Verdict
from packstation.domain.orders import OrderStatus
from packstation.services.demo import demo_orders
from packstation.services.handover import hand_over_staged
from packstation.store.base import utcnow
from packstation.store.central.tables import CentralBlobRow, CentralEventRow
from packstation.sync.blobs import (
    BlobUploader,
    DatabaseBlobs,
    combined_source,
    evidence_blob_source,
    manifest_blob_source,
)
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralClaims, CentralStatus, ClaimBook
from packstation.sync.engine import SyncEngine
from packstation.sync.orders import CentralOrders

sys.path.insert(0, str(Path(__file__).parent))
from handover_kit import BOSS, PACKER, PackedStation  # noqa: E402


def _station(
    tmp_path: Path, name: str, central: CentralStore, range_start: int
) -> tuple[PackedStation, SyncEngine]:
    probe = PackedStation(tmp_path, name)
    claims = CentralClaims(ClaimBook(central), probe.engine)
    probe.close()
    kit = PackedStation(tmp_path, name, CentralStatus(central), claims, range_start)
    blobs = kit.home / "blobs"
    uploader = BlobUploader(
        kit.engine,
        central,
        DatabaseBlobs(),
        combined_source(evidence_blob_source(kit.engine, blobs), manifest_blob_source(kit.engine, blobs)),
        name,
    )
    return kit, SyncEngine(kit.uow, central, name, claims=ClaimBook(central), blobs=uploader)


def test_a_third_station_hands_over_what_two_stations_packed(tmp_path: Path, central_url: str):
    central = CentralStore.open(central_url, migrate=True)
    orders = demo_orders(6, utcnow())
    CentralOrders(central).publish(orders)
    north, north_sync = _station(tmp_path, "north", central, 1)
    south, south_sync = _station(tmp_path, "south", central, 5000)
    dock, dock_sync = _station(tmp_path, "dock", central, 9000)
    for sync in (north_sync, south_sync, dock_sync):
        assert sync.run_once().ok
    by_station = {"north": [o.order_id for o in orders[:3]], "south": [o.order_id for o in orders[3:]]}
    north.pack(by_station["north"][0], parcels=2)
    for oid in by_station["north"][1:]:
        north.pack(oid)
    for oid in by_station["south"]:
        south.pack(oid)
    held = by_station["south"][-1]
    south.packing.hold(BOSS, held, "box wet")  # held after staging, at the station that packed it
    labels = {
        o.order_id: (north if o.order_id in by_station["north"] else south).tracking(o.order_id)
        for o in orders
    }
    for sync in (north_sync, south_sync, dock_sync):
        assert sync.run_once().ok

    # the dock sees every staged order as staged (not in its queue to pack) and hands each carrier its parcels
    assert {dock.packing.order(o.order_id).status for o in orders} == {OrderStatus.STAGED}
    assert dock.packing.queue() == []
    refused = dock.handover.open(PACKER, next(o.carrier for o in orders if o.order_id == held), "Courier One")
    verdict = dock.handover.scan(PACKER, refused.id, labels[held][0])
    assert verdict.verdict is Verdict.ON_HOLD and "box wet" in verdict.message
    manifests = hand_over_staged(dock.handover, PACKER, courier="Courier One")
    going = [o for o in orders if o.order_id != held]
    carriers = {o.carrier for o in going}
    assert len(manifests) == len(carriers)
    all_labels = sorted(t for oid, ts in labels.items() if oid != held for t in ts)
    assert sorted(p.tracking_number for m in manifests for p in m.parcels) == all_labels
    for m in manifests:
        doc = pdfium.PdfDocument(dock.handover.manifest_pdf(m.id))
        text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
        decoded = [
            c.text for i in range(len(doc)) for c in zxingcpp.read_barcodes(doc[i].render(scale=3).to_pil())
        ]
        for p in m.parcels:
            assert text.count(p.tracking_number) == 1 and decoded.count(p.tracking_number) == 1
        assert "dock" in text and "Courier One" in text
    assert {dock.packing.order(o.order_id).status for o in going} == {OrderStatus.SHIPPED}

    for sync in (dock_sync, north_sync, south_sync):
        assert sync.run_once().ok
    for kit, ids in ((north, by_station["north"]), (south, by_station["south"][:-1])):
        assert {kit.packing.order(oid).status for oid in ids} == {OrderStatus.SHIPPED}
    assert north.handover.board() == []  # nothing left on the floor
    assert south.packing.order(held).status is OrderStatus.ON_HOLD
    with central.begin() as conn:
        shipped = conn.execute(
            select(CentralEventRow.order_id, func.count())
            .where(CentralEventRow.type == "OrderShipped")
            .group_by(CentralEventRow.order_id)
        ).all()
        manifest_blobs = set(conn.scalars(select(CentralBlobRow.sha256)))
        closed = conn.scalar(select(func.count()).where(CentralEventRow.type == "HandoverClosed"))
    assert dict(shipped) == {o.order_id: 1 for o in going}  # each order shipped exactly once
    assert {m.manifest_sha256 for m in manifests} <= manifest_blobs  # the manifests reached the centre
    assert closed == len(manifests)
    for kit in (north, south, dock):
        kit.close()
    central.dispose()
