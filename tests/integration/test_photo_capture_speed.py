"""The fast capture path still produces correct evidence: time line, EXIF per shot, label search, failures."""

from __future__ import annotations

import errno
import io
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import cv2
import numpy as np
import pytest
import zxingcpp
from PIL import Image, ImageDraw

from packstation.devices.camera_sim import SimCamera
from packstation.evidence import stamp
from packstation.evidence.blobs import BlobStore, EvidenceWriteError
from packstation.evidence.photos import capture_photo, exif_block, find_label
from packstation.evidence.stamp import PhotoContext, render_banner, stamp_frame, time_text

TRACKING = "SPXMY0012345678"
BERLIN = ZoneInfo("Europe/Berlin")
WINTER = datetime(2025, 1, 15, 9, 30, 5, tzinfo=UTC)
SUMMER = datetime(2025, 7, 15, 9, 30, 5, tzinfo=UTC)


def frame(order_id: str = "TT-100234", tracking: str = TRACKING, show_label: bool = True) -> np.ndarray:
    cam = SimCamera(1280, 720, fps=1000)
    cam.set_scene(order_id, tracking, show_label, "Siti Aminah")
    cam.open()
    return cam.read()


def context(order_id: str = "TT-100234", tracking: str = TRACKING, kind: str = "sealed") -> PhotoContext:
    return PhotoContext(order_id, tracking, "st-01", "ana", kind, BERLIN, camera="sim")


def stored(blobs: BlobStore, key: str) -> bytes:
    return blobs.path(key).read_bytes()


def exif_of(data: bytes) -> tuple[dict, dict]:
    exif = Image.open(io.BytesIO(data)).getexif()
    return dict(exif), dict(exif.get_ifd(0x8769))


def _pillow_line(text: str, size: int, shape: tuple[int, int], x: int) -> np.ndarray:
    """The time line as Pillow draws the whole string (the slow way the stamp used to take)."""
    image = Image.new("L", (shape[1], shape[0]), stamp.BANNER_BG)
    font = stamp._font("latin", size)  # noqa: SLF001 - the stamp's own font
    ImageDraw.Draw(image).text((x, 0), text, font=font, fill=255)
    return np.asarray(image).astype(int)


def _worst_window(drawn: np.ndarray, expected: np.ndarray, win: int = 8) -> float:
    """Largest mean difference over narrow column windows, allowing the 1 px drift of kerning."""
    return max(
        min(
            np.abs(drawn[:, x : x + win] - np.roll(expected, s, axis=1)[:, x : x + win]).mean()
            for s in (-1, 0, 1)
        )
        for x in range(0, drawn.shape[1] - win, win)
    )


def test_time_line_from_cached_glyphs_matches_pillow_drawing_it_character_by_character():
    ctx = context()
    banner = render_banner(ctx, WINTER, 1280)
    static, time_y, size = stamp._static_banner(ctx, 1280)  # noqa: SLF001 - the layout the stamp uses
    drawn = banner[time_y:, : 1280 // 2 + 1280 // 8].max(axis=2).astype(int)
    pad = max(6, banner.shape[0] // 12)
    expected = _pillow_line(time_text(WINTER, BERLIN), size, drawn.shape, pad)
    assert (expected > 128).sum() > 500  # there is a time line to compare against
    assert _worst_window(drawn, expected) < 5
    one_second_later = _pillow_line(time_text(WINTER.replace(second=6), BERLIN), size, drawn.shape, pad)
    assert _worst_window(drawn, one_second_later) > 10  # the comparison does tell digits apart
    assert (banner[:time_y] == static[:time_y]).all()  # the order and station lines are untouched


def test_each_shot_gets_its_own_time_in_exif_and_stamp_across_a_dst_change(tmp_path):
    blobs, ctx, shot = BlobStore(tmp_path), context(), frame()
    winter = capture_photo(shot, ctx, WINTER, blobs, model="sim")
    summer = capture_photo(shot, ctx, SUMMER, blobs, model="sim")
    assert winter.stamped.sha256 != summer.stamped.sha256
    for photo, local, offset in (
        (winter, "2025:01:15 10:30:05", "+01:00"),
        (summer, "2025:07:15 11:30:05", "+02:00"),
    ):
        data = stored(blobs, photo.stamped.key)
        assert data[2:4] == b"\xff\xe0" and data[4 + int.from_bytes(data[4:6], "big") :][:2] == b"\xff\xe1"
        main, ifd = exif_of(data)
        assert main[0x010F] == "packstation" and main[0x0110] == "sim" and main[0x0132] == local
        assert ifd[0x9003] == local and ifd[0x9011] == offset
        assert "order TT-100234" in main[0x010E] and TRACKING in main[0x010E]
        image = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
        codes = [r.text for r in zxingcpp.read_barcodes(image[720:], formats=zxingcpp.BarcodeFormat.Code128)]
        assert codes == ["TT-100234"]
    first = cv2.imdecode(np.frombuffer(stored(blobs, winter.stamped.key), np.uint8), cv2.IMREAD_GRAYSCALE)
    second = cv2.imdecode(np.frombuffer(stored(blobs, summer.stamped.key), np.uint8), cv2.IMREAD_GRAYSCALE)
    time_rows = slice(720 + stamp._static_banner(ctx, 1280)[1], None)  # noqa: SLF001
    assert np.abs(first[time_rows].astype(int) - second[time_rows].astype(int)).max() > 100


def test_exif_falls_back_when_the_order_text_looks_like_a_timestamp():
    ctx = context(order_id="0000:00:00 00:00:00")
    main, ifd = exif_of(_jpeg_with(exif_block(ctx, WINTER)))
    assert main[0x0132] == ifd[0x9003] == "2025:01:15 10:30:05"
    assert "order 0000:00:00 00:00:00" in main[0x010E]


def _jpeg_with(exif: bytes) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (8, 8)).save(out, "JPEG", exif=exif)
    return out.getvalue()


def test_label_is_found_when_the_parcel_is_turned_a_quarter(tmp_path):
    upright = frame()
    turned = np.ascontiguousarray(cv2.rotate(upright, cv2.ROTATE_90_CLOCKWISE))
    assert TRACKING in find_label(upright, TRACKING)
    assert TRACKING in find_label(turned, TRACKING)  # the quick upright pass misses; the full search reads it
    tilt = cv2.getRotationMatrix2D((640, 360), 12, 1.0)
    tilted = cv2.warpAffine(upright, tilt, (1280, 720), borderValue=(40, 60, 80))
    assert TRACKING in find_label(tilted, TRACKING)  # read on a quarter of the rows, still read
    photo = capture_photo(turned, context(), WINTER, BlobStore(tmp_path))
    assert photo.label_visible and TRACKING in photo.codes
    assert (photo.width, photo.height) == (720, 1280 + stamp.banner_height(720))


def test_no_label_search_without_a_tracking_number_and_a_hidden_label_is_reported(tmp_path):
    blobs = BlobStore(tmp_path)
    untracked = capture_photo(frame(tracking=""), context(tracking=""), WINTER, blobs)
    assert not untracked.label_visible and untracked.codes == ()
    hidden = capture_photo(frame(show_label=False), context(), SUMMER, blobs)
    assert not hidden.label_visible and TRACKING not in hidden.codes
    other = capture_photo(frame(tracking="SPXMY0099999999"), context(), SUMMER, blobs)
    assert not other.label_visible and "SPXMY0099999999" in other.codes


def test_a_failed_write_raises_the_write_error_and_the_next_shot_still_works(tmp_path, monkeypatch):
    blobs, ctx, shot = BlobStore(tmp_path), context(), frame()

    def full(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("packstation.evidence.blobs.os.write", full)
    with pytest.raises(EvidenceWriteError, match="Disk full: sealed photo not saved"):
        capture_photo(shot, ctx, WINTER, blobs)
    monkeypatch.undo()
    assert [p for p in tmp_path.rglob("*") if p.is_file()] == []
    photo = capture_photo(shot, ctx, WINTER, blobs)
    assert photo.label_visible and blobs.exists(photo.stamped.key)


def test_a_grey_frame_is_stamped_in_colour_and_a_naive_time_is_refused():
    grey = np.full((360, 640), 128, np.uint8)
    stamped = stamp_frame(grey, context(), WINTER)
    assert stamped.shape == (360 + stamp.banner_height(640), 640, 3)
    assert (stamped[:360] == 128).all()
    with pytest.raises(ValueError, match="timezone-aware"):
        stamp_frame(grey, context(), datetime(2025, 1, 15, 9, 30))
