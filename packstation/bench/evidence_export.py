"""Evidence-pack export: seconds per order (PDF report + ZIP) for orders with two 1280x720 photos each."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
from sqlalchemy.orm import Session

from packstation.bench import BenchContext, Measurement, scenario
from packstation.domain.orders import Address, Order, OrderLine, OrderStatus, Parcel
from packstation.evidence.blobs import BlobStore
from packstation.evidence.chain import PhotoDraft, append_photo
from packstation.evidence.export import export_pack
from packstation.store.db import open_engine, sqlite_url
from packstation.store.repositories import Orders, Parcels, Scans

SENDER = Address("Bench warehouse", "020000000", "1 Road", city="Bangkok", postcode="10110", country="TH")
T0 = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def _photo(n: int) -> bytes:
    """A 1280x720 JPEG with texture, about the size a webcam frame encodes to."""
    rng = np.random.default_rng(n)
    frame = cv2.resize(rng.integers(0, 255, (90, 160, 3), dtype=np.uint8), (1280, 720))
    cv2.putText(frame, f"ORDER {n}", (80, 360), cv2.FONT_HERSHEY_SIMPLEX, 4, (255, 255, 255), 8)
    ok, buf = cv2.imencode(".jpg", frame, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return buf.tobytes()


def _seed(root: Path, orders: int, photos: int) -> tuple[Session, Path, list[str]]:
    engine = open_engine(sqlite_url(root / "station.db"))
    blobs = BlobStore(root / "blobs")
    ids = [f"57700000{n:06d}" for n in range(orders)]
    with Session(engine) as s, s.begin():
        for n, oid in enumerate(ids):
            lines = [OrderLine(f"SKU-{k}", 1 + k % 2, product_name=f"สินค้า {k}") for k in range(3)]
            address = Address(
                f"สมชาย ใจดี {n}", "0812345678", "99/1 ถนนสุขุมวิท", city="กรุงเทพฯ", postcode="10110"
            )
            Orders(s).add(
                Order(oid, "tiktok", OrderStatus.SHIPPED, address, lines, tracking_number=f"TH{n:010d}")
            )
            for k in range(4):
                Scans(s).add(
                    oid, f"88500000{k:05d}", "ok", sku=f"SKU-{k % 3}", station="b1", user="pat", at=T0
                )
            Parcels(s).save(Parcel(oid, 1, box_code="B2", weight_g=900.0, expected_weight_g=880.0))
            for p in range(photos):
                ref = blobs.put(_photo(n * photos + p))
                draft = PhotoDraft(
                    order_id=oid,
                    kind=("contents", "sealed")[p % 2],
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=1280,
                    height=720,
                    taken_at=T0 + timedelta(seconds=n * 10 + p),
                    station="b1",
                    packer="pat",
                )
                append_photo(s, draft)
    return Session(engine), root / "blobs", ids


def _label(order: Order, parcel: Parcel) -> dict[str, bytes]:
    from packstation.labels.render import render_label

    parcel.tracking_number = parcel.tracking_number or order.tracking_number
    return render_label(order, parcel, SENDER, formats=["png", "zpl"])


@scenario("evidence.export_pack")
def export_orders(ctx: BenchContext) -> Measurement:
    """Export 20 orders (2 photos each, label, Thai recipient) to PDF + ZIP; seconds per order."""
    orders = 3 if ctx.quick else 20
    session, blob_root, ids = _seed(ctx.scratch("store"), orders, 2)
    marks: list[float] = []
    try:
        export_pack(
            session,
            ids,
            ctx.scratch("out"),
            blob_root=blob_root,
            label_renderer=_label,
            progress=lambda done, total: marks.append(time.perf_counter()),
        )
    finally:
        session.close()
        session.get_bind().dispose()
    samples = [b - a for a, b in zip(marks, marks[1:], strict=False)]
    return Measurement(
        count=len(samples),
        samples_s=samples,
        target_p99_ms=500.0,
        note=f"{orders} orders, 2 photos of 1280x720 each, PDF + ZIP with label",
    )
