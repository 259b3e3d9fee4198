"""Capture from the simulated camera and from a video file: stamp, EXIF and label read back from the stored JPEG."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

import packstation.store.evidence_tables  # noqa: F401 - registers proof_photos before the schema is built
from packstation.devices.base import Backoff, device_threads
from packstation.devices.camera import CameraWorker, open_camera_source
from packstation.devices.camera_sim import SimCamera
from packstation.evidence.blobs import BlobStore, sha256_file
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.evidence.photos import capture_photo
from packstation.evidence.stamp import PhotoContext, banner_height
from packstation.evidence.verify import verify
from packstation.store import schema
from packstation.store.evidence_tables import ProofPhotoRow

BANGKOK = ZoneInfo("Asia/Bangkok")
TAKEN = datetime(2026, 3, 14, 7, 5, 9, 250000, tzinfo=UTC)


def context(kind: str = "sealed", tracking: str = "TH2603140001A") -> PhotoContext:
    return PhotoContext("576461234567891234", tracking, "ST-07", "Somchai", kind, BANGKOK, camera="sim")


def decoded(jpeg: bytes) -> np.ndarray:
    return cv2.imdecode(np.frombuffer(jpeg, np.uint8), cv2.IMREAD_COLOR)


def codes_in(image: np.ndarray) -> list[str]:
    return [r.text for r in zxingcpp.read_barcodes(cv2.cvtColor(image, cv2.COLOR_BGR2GRAY))]


def sim_frame(show_label: bool, tracking: str = "TH2603140001A") -> np.ndarray:
    cam = SimCamera(1280, 720, fps=120)
    cam.set_scene("576461234567891234", tracking, show_label=show_label, recipient="Somsri")
    cam.open()
    return cam.read()


def test_sim_capture_is_stamped_with_order_time_and_exif(tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    shot = capture_photo(sim_frame(True), context(), TAKEN, blobs)
    path = blobs.path(shot.stamped.key)
    assert shot.stamped.key == f"sha256/{shot.stamped.sha256[:2]}/{shot.stamped.sha256[2:]}"
    assert sha256_file(path) == shot.stamped.sha256 and path.stat().st_size == shot.stamped.size

    image = decoded(path.read_bytes())
    banner = banner_height(1280)
    assert image.shape == (720 + banner, 1280, 3) == (shot.height, shot.width, 3)
    assert codes_in(image[720:]) == ["576461234567891234"]  # the stamp's own barcode reads back
    assert image[720:, :200].mean() < 80  # a dark banner with light text, not the camera picture

    exif = Image.open(io.BytesIO(path.read_bytes())).getexif()
    assert exif[0x010F] == "packstation" and exif[0x0110] == "sim"
    assert "576461234567891234" in exif[0x010E] and "TH2603140001A" in exif[0x010E]
    details = exif.get_ifd(0x8769)
    assert details[0x9003] == "2026:03:14 14:05:09"  # local Bangkok time of the shot
    assert details[0x9011] == "+07:00"


def test_the_stamp_differs_with_the_time(tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    frame = sim_frame(True)
    first = decoded(blobs.read(capture_photo(frame, context(), TAKEN, blobs).stamped.key))
    later = TAKEN.replace(hour=9, minute=41)
    second = decoded(blobs.read(capture_photo(frame, context(), later, blobs).stamped.key))
    diff = np.abs(first.astype(int) - second.astype(int)).max(axis=2) > 60
    rows = np.nonzero(diff.any(axis=1))[0]
    assert rows.size and rows.min() >= 720  # only the banner's time line changed
    assert not diff[:720].any()


@pytest.mark.parametrize(("show_label", "visible"), [(True, True), (False, False)])
def test_label_visible_is_read_from_the_frame(tmp_path, show_label, visible):
    shot = capture_photo(sim_frame(show_label), context(), TAKEN, BlobStore(tmp_path / "blobs"))
    assert shot.label_visible is visible
    assert ("TH2603140001A" in shot.codes) is visible


def test_another_orders_label_does_not_count(tmp_path):
    frame = sim_frame(True, tracking="TH2603149999Z")
    shot = capture_photo(frame, context(), TAKEN, BlobStore(tmp_path / "blobs"))
    assert shot.label_visible is False and "TH2603149999Z" in shot.codes


def test_unstamped_original_is_kept_when_asked(tmp_path):
    blobs = BlobStore(tmp_path / "blobs")
    frame = sim_frame(True)
    shot = capture_photo(frame, context(), TAKEN, blobs, keep_unstamped=True)
    assert shot.original is not None and shot.original.sha256 != shot.stamped.sha256
    assert decoded(blobs.read(shot.original.key)).shape == frame.shape
    assert capture_photo(frame, context(), TAKEN, blobs).original is None


def write_parcel_clip(path: Path) -> Path:
    """An MJPG .avi of the simulated parcel with its label, as a real webcam recording would show it."""
    cam = SimCamera(960, 540, fps=1000)
    cam.set_scene("576461234567891234", "TH2603140001A", recipient="Somsri")
    cam.open()
    writer = cv2.VideoWriter(str(path), cv2.VideoWriter_fourcc(*"MJPG"), 25.0, (960, 540))
    for _ in range(10):
        writer.write(cam.read())
    writer.release()
    return path


def test_capture_from_a_video_file_camera_into_the_chain(tmp_path):
    clip = write_parcel_clip(tmp_path / "bench.avi")
    worker = CameraWorker(open_camera_source(f"cv://{clip}"), backoff=Backoff(initial=0.05, jitter=0.0))
    with worker:
        worker.start()
        deadline = time.monotonic() + 5
        while worker.latest() is None and time.monotonic() < deadline:
            time.sleep(0.01)
        frame = worker.fresh_frame()
    assert not device_threads()

    blobs = BlobStore(tmp_path / "blobs")
    shot = capture_photo(frame.image, context(), TAKEN, blobs)
    assert shot.label_visible and shot.width == 960

    engine = create_engine(f"sqlite:///{tmp_path / 'station.db'}")
    schema.upgrade(engine)
    with Session(engine) as session, session.begin():
        draft = PhotoDraft(
            order_id="576461234567891234",
            kind="sealed",
            sha256=shot.stamped.sha256,
            size=shot.stamped.size,
            blob_key=shot.stamped.key,
            width=shot.width,
            height=shot.height,
            taken_at=TAKEN,
            station="ST-07",
            packer="Somchai",
            camera=f"cv://{clip}",
            label_visible=shot.label_visible,
            tracking_number="TH2603140001A",
        )
        append_photo(session, draft)
    with Session(engine) as session:
        row = session.scalars(select(ProofPhotoRow)).one()
        assert (row.seq, row.label_visible, row.taken_at) == (1, True, TAKEN)
        report = verify(session, tmp_path / "blobs")
    assert report.ok and report.files_checked == 1
    engine.dispose()
