"""Proof photos on a real SQLite station: stamp read back, EXIF, label-visible, chain, full disk, waivers."""

from __future__ import annotations

import errno
import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import select, update

from packstation.bootstrap import open_station
from packstation.devices.camera_sim import SimCamera
from packstation.domain import workflow
from packstation.domain.orders import OrderStatus
from packstation.domain.packing import expected_weight
from packstation.domain.users import Actor, PermissionDenied, Role
from packstation.evidence.blobs import BlobStore, EvidenceWriteError, sha256_file
from packstation.evidence.requirements import PhotoRequirements
from packstation.services.demo import DEMO_PRODUCTS, load_demo
from packstation.services.photographing import LabelNotVisible, PhotographService, PhotosMissing
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import EventRow, OrderRow

PACKER = Actor("ana", Role.PACKER, "Ana")
BOSS = Actor("boss", Role.SUPERVISOR, "Boss")
BARCODE = {p.sku: p.barcodes[0] for p in DEMO_PRODUCTS}
KL = ZoneInfo("Asia/Kuala_Lumpur")
T0 = datetime(2025, 3, 4, 5, 6, 7, tzinfo=UTC)


def labelled_order(st, tracking: str = "SPXMY0012345678"):  # type: ignore[no-untyped-def]
    """Take the next order through pick and pack to Labelled, with a tracking number."""
    p = st.packing
    order = p.take_next(PACKER)
    for line in order.lines:
        for _ in range(line.quantity):
            p.scan(PACKER, order.order_id, BARCODE[line.sku])
    box = p.suggest_box(order.order_id)
    p.weigh(PACKER, order.order_id, expected_weight(p.pack_items(order.order_id), box), box.code)
    p.finish_packing(PACKER, order.order_id)

    with st.uow() as uow:  # the label service allocates it; here it comes with the order
        uow.session.execute(
            update(OrderRow).where(OrderRow.order_id == order.order_id).values(tracking_number=tracking)
        )
        uow.commit()
    return p._apply(order.order_id, lambda o: workflow.complete_label(o, st.name, PACKER.user_id))  # noqa: SLF001


@pytest.fixture
def station(tmp_path):  # type: ignore[no-untyped-def]
    st = open_station(tmp_path / "home")
    load_demo(st.uow, orders=4, station=st.name)
    yield st
    st.close()


@pytest.fixture
def service(station):  # type: ignore[no-untyped-def]
    return PhotographService(
        station.uow, station.name, station.home.blobs, PhotoRequirements(), tz=KL, clock=lambda: T0
    )


def sim_frame(order, show_label: bool = True) -> np.ndarray:  # type: ignore[no-untyped-def]
    cam = SimCamera(1280, 720, fps=1000)
    cam.set_scene(order.order_id, order.tracking_number, show_label, "Siti Aminah")
    cam.open()
    return cam.read()


def test_capture_stores_a_stamped_jpeg_whose_stamp_and_exif_read_back(station, service):
    order = labelled_order(station)
    photo = service.capture(PACKER, order.order_id, "contents", sim_frame(order), "sim")
    path = BlobStore(station.home.blobs).path(photo.blob_key)
    assert sha256_file(path) == photo.sha256
    image = cv2.imdecode(np.frombuffer(path.read_bytes(), np.uint8), cv2.IMREAD_GRAYSCALE)
    assert (photo.width, photo.height) == (image.shape[1], image.shape[0])
    assert image.shape[0] > 720  # the banner is appended under the frame
    banner = image[720:]
    codes = [r.text for r in zxingcpp.read_barcodes(banner, formats=zxingcpp.BarcodeFormat.Code128)]
    assert codes == [order.order_id]
    exif = Image.open(io.BytesIO(path.read_bytes())).getexif()
    assert exif[0x010F] == "packstation" and exif[0x0110] == "sim"
    assert order.order_id in exif[0x010E] and "SPXMY0012345678" in exif[0x010E]
    assert exif.get_ifd(0x8769)[0x9003] == "2025:03:04 13:06:07"  # local time in Kuala Lumpur
    with station.uow() as uow:
        events = [r for r in uow.events.for_order(order.order_id) if r.type == "PhotoTaken"]
    assert [e.payload["sha256"] for e in events] == [photo.sha256]


def test_label_photo_with_and_without_a_readable_label(station, service):
    order = labelled_order(station)
    service.capture(PACKER, order.order_id, "contents", sim_frame(order, show_label=False))
    with pytest.raises(LabelNotVisible, match="Label not readable") as refused:
        service.capture(PACKER, order.order_id, "sealed", sim_frame(order, show_label=False))
    assert refused.value.photo.label_visible is False
    assert service.missing(order.order_id) == ["sealed"] and service.needs_retake(order.order_id)
    with pytest.raises(PhotosMissing, match="sealed .label not readable"):
        service.complete(PACKER, order.order_id)
    again = service.capture(PACKER, order.order_id, "sealed", sim_frame(order, show_label=True))
    assert again.label_visible
    assert service.missing(order.order_id) == []
    assert service.complete(PACKER, order.order_id).status is OrderStatus.PHOTOGRAPHED
    with station.uow() as uow:
        rows = list(uow.session.scalars(select(ProofPhotoRow).order_by(ProofPhotoRow.seq)))
    assert [r.seq for r in rows] == [1, 2, 3]
    assert [r.prev_hash for r in rows[1:]] == [r.record_hash for r in rows[:-1]]


def test_supervisor_accepts_a_label_photo_without_the_barcode_and_it_is_audited(station, service):
    order = labelled_order(station)
    service.capture(PACKER, order.order_id, "contents", sim_frame(order))
    with pytest.raises(LabelNotVisible):
        service.capture(PACKER, order.order_id, "sealed", sim_frame(order, show_label=False))
    with pytest.raises(PermissionDenied):
        service.accept_without_label(PACKER, order.order_id, "label is on the other side")
    service.accept_without_label(BOSS, order.order_id, "label is on the other side")
    assert service.complete(PACKER, order.order_id).status is OrderStatus.PHOTOGRAPHED
    with station.uow() as uow:
        waiver = next(r for r in uow.events.for_order(order.order_id) if r.type == "PhotosWaived")
    assert waiver.user == "boss" and waiver.payload["missing"] == ["label:sealed"]


def test_no_order_leaves_without_its_photos_unless_a_supervisor_waives_them(station, service):
    order = labelled_order(station)
    with pytest.raises(PhotosMissing, match="contents, sealed"):
        service.complete(PACKER, order.order_id)
    with pytest.raises(PermissionDenied):
        service.waive(PACKER, order.order_id, "camera broken")
    with pytest.raises(workflow.WorkflowError, match="reason"):
        service.waive(BOSS, order.order_id, "  ")
    done = service.waive(BOSS, order.order_id, "camera broken")
    assert done.status is OrderStatus.PHOTOGRAPHED
    with station.uow() as uow:
        types = [r.type for r in uow.events.for_order(order.order_id)]
    assert types[-2:] == ["PhotosWaived", "OrderPhotographed"]


def test_photos_only_at_the_photograph_step(station, service):
    order = station.packing.take_next(PACKER)
    with pytest.raises(workflow.WorkflowError, match="after the label"):
        service.capture(PACKER, order.order_id, "contents", np.zeros((72, 128, 3), np.uint8))


def test_a_full_disk_keeps_the_order_at_photograph_and_loses_nothing(station, service, monkeypatch):
    order = labelled_order(station)
    first = service.capture(PACKER, order.order_id, "contents", sim_frame(order))
    blobs_before = sorted(p for p in station.home.blobs.rglob("*") if p.is_file())

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("packstation.evidence.blobs.os.write", full)
    with pytest.raises(EvidenceWriteError, match="Disk full: sealed photo not saved"):
        service.capture(PACKER, order.order_id, "sealed", sim_frame(order))
    monkeypatch.undo()
    assert station.packing.order(order.order_id).status is OrderStatus.LABELLED
    assert sorted(p for p in station.home.blobs.rglob("*") if p.is_file()) == blobs_before
    assert [p.id for p in service.photos(order.order_id)] == [first.id]
    assert service.missing(order.order_id) == ["sealed"]
    with station.engine.connect() as conn:
        taken = conn.scalars(select(EventRow.type).where(EventRow.type == "PhotoTaken")).all()
    assert len(taken) == 1
    service.capture(PACKER, order.order_id, "sealed", sim_frame(order))  # space freed: it goes on
    assert service.complete(PACKER, order.order_id).status is OrderStatus.PHOTOGRAPHED


def test_unstamped_frame_is_kept_when_configured(station):
    service = PhotographService(station.uow, station.name, station.home.blobs, keep_unstamped=True, tz=KL)
    order = labelled_order(station)
    frame = sim_frame(order)
    photo = service.capture(PACKER, order.order_id, "contents", frame)
    original = BlobStore(station.home.blobs).path(photo.original_blob_key)
    image = cv2.imdecode(np.frombuffer(original.read_bytes(), np.uint8), cv2.IMREAD_COLOR)
    assert image.shape == frame.shape
    assert float(np.abs(image.astype(int) - frame.astype(int)).mean()) < 3.0  # JPEG of the same frame
