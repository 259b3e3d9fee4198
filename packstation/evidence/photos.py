"""Capture one proof photo: stamp it, encode a JPEG with EXIF, look for the label, store it by hash.

Storing goes through `BlobStore.put` (fsync, atomic rename); a full disk raises `EvidenceWriteError`
before anything is recorded, so a failed shot never leaves a half photo or a dangling record.
The label barcode is looked for on a worker thread while the stamp is drawn and the JPEG encoded and
written (zxing-cpp, OpenCV and fsync release the GIL), and the EXIF block is built once per order.
"""

from __future__ import annotations

import contextlib
import struct
import threading
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

import cv2
import numpy as np
import zxingcpp
from PIL import Image

from packstation.evidence.blobs import BlobRef, BlobStore
from packstation.evidence.chain import PhotoDraft
from packstation.evidence.stamp import PhotoContext, stamp_frame

JPEG_QUALITY = 90
EXIF_IFD = 0x8769
TAG_MAKE, TAG_MODEL, TAG_DESCRIPTION, TAG_DATETIME = 0x010F, 0x0110, 0x010E, 0x0132
TAG_DATETIME_ORIGINAL, TAG_OFFSET_ORIGINAL = 0x9003, 0x9011
EXIF_TIME_FORMAT = "%Y:%m:%d %H:%M:%S"
_TIME_SLOT = b"0000:00:00 00:00:00"  # same length as a real EXIF time, replaced per shot
CODE128: Any = zxingcpp.BarcodeFormat.Code128  # zxing takes one format where it takes a set
QUICK_ROW_STEP = 4


@dataclass(frozen=True)
class CapturedPhoto:
    """A stored, stamped photo (and the unstamped frame when kept) and what was read from it."""

    stamped: BlobRef
    original: BlobRef | None
    width: int
    height: int
    label_visible: bool
    codes: tuple[str, ...]

    def draft(self, order_id: str, kind: str, taken_at: datetime, station: str, packer: str, **more: Any) -> PhotoDraft:
        """The chain record of this photo: its blobs, size and what was read from it, plus `more`
        (camera, tracking number, whether the label counts as seen, parcel, waiver)."""
        return PhotoDraft(
            order_id=order_id,
            kind=kind,
            sha256=self.stamped.sha256,
            size=self.stamped.size,
            blob_key=self.stamped.key,
            width=self.width,
            height=self.height,
            taken_at=taken_at,
            station=station,
            packer=packer,
            original_sha256=self.original.sha256 if self.original else "",
            original_blob_key=self.original.key if self.original else "",
            **more,
        )


def photo_description(ctx: PhotoContext) -> str:
    """EXIF ImageDescription: the same facts as the burned-in stamp, in one line."""
    return (
        f"packstation proof photo: order {ctx.order_id}, tracking {ctx.tracking_number or '-'}, "
        f"station {ctx.station}, packer {ctx.packer}, photo {ctx.kind}, parcel {ctx.parcel_number}"
    )


def exif_block(ctx: PhotoContext, taken_at: datetime, make: str = "packstation", model: str = "") -> bytes:
    """The APP1 payload (`Exif\\0\\0` + TIFF): DateTimeOriginal in local time with its offset, Make/Model, description."""
    local = taken_at.astimezone(ctx.tz)
    offset = local.strftime("%z")
    offset = f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"
    model = model or ctx.camera or "camera"
    when = f"{local:{EXIF_TIME_FORMAT}}"
    template = _exif_template(ctx, make, model, offset)
    if template.count(_TIME_SLOT) != 2:  # the description itself holds the placeholder text
        return _build_exif(ctx, make, model, offset, when)
    return template.replace(_TIME_SLOT, when.encode("ascii"))


@lru_cache(maxsize=16)
def _exif_template(ctx: PhotoContext, make: str, model: str, offset: str) -> bytes:
    """One order's EXIF block with a same-length placeholder where each shot's time goes."""
    return _build_exif(ctx, make, model, offset, _TIME_SLOT.decode("ascii"))


def _build_exif(ctx: PhotoContext, make: str, model: str, offset: str, when: str) -> bytes:
    exif = Image.Exif()
    exif[TAG_MAKE] = make
    exif[TAG_MODEL] = model
    exif[TAG_DESCRIPTION] = photo_description(ctx)
    exif[TAG_DATETIME] = when
    ifd = exif.get_ifd(EXIF_IFD)
    ifd[TAG_DATETIME_ORIGINAL] = when
    ifd[TAG_OFFSET_ORIGINAL] = offset
    return exif.tobytes()


def encode_jpeg(image: np.ndarray, exif: bytes | None = None, quality: int = JPEG_QUALITY) -> bytes:
    """JPEG of a BGR image; `exif` is spliced in as an APP1 segment right after SOI/APP0."""
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    data = memoryview(buffer.tobytes())
    if not exif:
        return data.tobytes()
    if len(exif) + 2 > 0xFFFF:
        raise ValueError("EXIF block too large")
    at = 2
    if data[2:4] == b"\xff\xe0":  # keep JFIF first, as readers expect
        at = 4 + struct.unpack(">H", data[4:6])[0]
    return b"".join((data[:at], b"\xff\xe1", struct.pack(">H", len(exif) + 2), exif, data[at:]))


def read_codes(image: np.ndarray) -> tuple[str, ...]:
    """Every Code 128 zxing-cpp finds in a frame, in any orientation (grayscale is enough and twice as fast)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return tuple(r.text for r in zxingcpp.read_barcodes(gray, formats=CODE128))


def find_label(image: np.ndarray, tracking: str) -> tuple[str, ...]:
    """Codes read while looking for the tracking barcode: a quick upright pass, the full search if it missed.

    The quick pass reads every 4th row only: a Code 128 is read along a row, so dropping rows keeps
    every bar's width; a label that is turned or tilted too far is still found by the full search.
    """
    rows = image[::QUICK_ROW_STEP]
    gray = cv2.cvtColor(rows, cv2.COLOR_BGR2GRAY) if rows.ndim == 3 else np.ascontiguousarray(rows)
    quick = tuple(
        r.text
        for r in zxingcpp.read_barcodes(
            gray, formats=CODE128, try_rotate=False, try_downscale=False, try_invert=False
        )
    )
    if label_visible(quick, tracking):
        return quick
    return read_codes(image)


class _LabelSearch:
    """Looks for the label's barcode on its own short-lived thread while the caller stamps and stores.

    A thread per capture (tens of microseconds to start) rather than a pool: nothing outlives the
    capture, so stopping the station never has a decoder thread to chase. zxing releases the GIL.
    """

    def __init__(self, frame: np.ndarray, tracking: str) -> None:
        self.codes: tuple[str, ...] = ()
        self.error: BaseException | None = None
        self._thread = threading.Thread(
            target=self._run, args=(frame, tracking), name="label-decode", daemon=True
        )
        self._thread.start()

    def _run(self, frame: np.ndarray, tracking: str) -> None:
        try:
            self.codes = find_label(frame, tracking)
        except BaseException as exc:  # noqa: BLE001 - handed to the caller in result()
            self.error = exc

    def result(self) -> tuple[str, ...]:
        self._thread.join()
        if self.error is not None:
            raise self.error
        return self.codes


def label_visible(codes: tuple[str, ...], tracking: str) -> bool:
    """The shipping label shows when its tracking barcode was decoded from the frame."""
    wanted = tracking.strip().upper()
    return bool(wanted) and any(code.strip().upper() == wanted for code in codes)


def capture_photo(
    frame: np.ndarray,
    ctx: PhotoContext,
    taken_at: datetime,
    blobs: BlobStore,
    keep_unstamped: bool = False,
    make: str = "packstation",
    model: str = "",
) -> CapturedPhoto:
    """Stamp, encode and store one frame; raises EvidenceWriteError when it cannot be stored."""
    if frame.ndim != 3 or frame.shape[2] != 3:
        raise ValueError(f"expected a BGR camera frame, got shape {frame.shape}")
    tracking = ctx.tracking_number.strip()
    # Without a tracking number there is no label to look for; otherwise decode beside the encode.
    decoding = _LabelSearch(frame, tracking) if tracking else None
    try:
        stamped = stamp_frame(frame, ctx, taken_at)
        exif = exif_block(ctx, taken_at, make, model)
        original = None
        if keep_unstamped:
            original = blobs.put(encode_jpeg(frame, exif), what="unstamped photo")
        ref = blobs.put(encode_jpeg(stamped, exif), what=f"{ctx.kind} photo")
    except BaseException:
        if decoding is not None:  # the caller may reuse the frame once we return
            with contextlib.suppress(Exception):
                decoding.result()
        raise
    codes = decoding.result() if decoding is not None else ()
    height, width = stamped.shape[:2]
    return CapturedPhoto(ref, original, width, height, label_visible(codes, tracking), codes)
