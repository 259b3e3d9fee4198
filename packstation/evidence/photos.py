"""Capture one proof photo: stamp it, encode a JPEG with EXIF, look for the label, store it by hash.

Storing goes through `BlobStore.put` (fsync, atomic rename); a full disk raises `EvidenceWriteError`
before anything is recorded, so a failed shot never leaves a half photo or a dangling record.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from datetime import datetime

import cv2
import numpy as np
import zxingcpp
from PIL import Image

from packstation.evidence.blobs import BlobRef, BlobStore
from packstation.evidence.stamp import PhotoContext, stamp_frame

JPEG_QUALITY = 90
EXIF_IFD = 0x8769
TAG_MAKE, TAG_MODEL, TAG_DESCRIPTION, TAG_DATETIME = 0x010F, 0x0110, 0x010E, 0x0132
TAG_DATETIME_ORIGINAL, TAG_OFFSET_ORIGINAL = 0x9003, 0x9011


@dataclass(frozen=True)
class CapturedPhoto:
    """A stored, stamped photo (and the unstamped frame when kept) and what was read from it."""

    stamped: BlobRef
    original: BlobRef | None
    width: int
    height: int
    label_visible: bool
    codes: tuple[str, ...]


def photo_description(ctx: PhotoContext) -> str:
    """EXIF ImageDescription: the same facts as the burned-in stamp, in one line."""
    return (
        f"packstation proof photo: order {ctx.order_id}, tracking {ctx.tracking_number or '-'}, "
        f"station {ctx.station}, packer {ctx.packer}, photo {ctx.kind}, parcel {ctx.parcel_number}"
    )


def exif_block(ctx: PhotoContext, taken_at: datetime, make: str = "packstation", model: str = "") -> bytes:
    """The APP1 payload (`Exif\\0\\0` + TIFF): DateTimeOriginal in local time with its offset, Make/Model, description."""
    local = taken_at.astimezone(ctx.tz)
    exif = Image.Exif()
    exif[TAG_MAKE] = make
    exif[TAG_MODEL] = model or ctx.camera or "camera"
    exif[TAG_DESCRIPTION] = photo_description(ctx)
    exif[TAG_DATETIME] = f"{local:%Y:%m:%d %H:%M:%S}"
    ifd = exif.get_ifd(EXIF_IFD)
    ifd[TAG_DATETIME_ORIGINAL] = f"{local:%Y:%m:%d %H:%M:%S}"
    offset = local.strftime("%z")
    ifd[TAG_OFFSET_ORIGINAL] = f"{offset[:3]}:{offset[3:]}" if offset else "+00:00"
    return exif.tobytes()


def encode_jpeg(image: np.ndarray, exif: bytes | None = None, quality: int = JPEG_QUALITY) -> bytes:
    """JPEG of a BGR image; `exif` is spliced in as an APP1 segment right after SOI/APP0."""
    ok, buffer = cv2.imencode(".jpg", image, [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise ValueError("the frame could not be encoded as JPEG")
    data = buffer.tobytes()
    if not exif:
        return data
    if len(exif) + 2 > 0xFFFF:
        raise ValueError("EXIF block too large")
    at = 2
    if data[2:4] == b"\xff\xe0":  # keep JFIF first, as readers expect
        at = 4 + struct.unpack(">H", data[4:6])[0]
    return data[:at] + b"\xff\xe1" + struct.pack(">H", len(exif) + 2) + exif + data[at:]


def read_codes(image: np.ndarray) -> tuple[str, ...]:
    """Every Code 128 zxing-cpp finds in a frame (grayscale is enough and twice as fast)."""
    gray = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    return tuple(r.text for r in zxingcpp.read_barcodes(gray, formats=zxingcpp.BarcodeFormat.Code128))


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
    codes = read_codes(frame)
    stamped = stamp_frame(frame, ctx, taken_at)
    exif = exif_block(ctx, taken_at, make, model)
    original = None
    if keep_unstamped:
        original = blobs.put(encode_jpeg(frame, exif), what="unstamped photo")
    ref = blobs.put(encode_jpeg(stamped, exif), what=f"{ctx.kind} photo")
    height, width = stamped.shape[:2]
    return CapturedPhoto(ref, original, width, height, label_visible(codes, ctx.tracking_number), codes)
