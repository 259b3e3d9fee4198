"""An order's packing video ready for review: one playable file and the events as timeline markers.

Qt-free; the review page runs `prepare_review_video` on its worker and hands the result to the
player widget. Segments are joined without re-encoding into a cache file named by their hashes.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import select

from packstation.domain.codes import EVENT_NAMES, PHOTO_KIND_NAMES, VERDICT_NAMES, code_name
from packstation.domain.texts import translate
from packstation.evidence.video.clip import Clip, ClipError, SegmentFile, make_clip
from packstation.evidence.video.pack import load_video
from packstation.store.tables import EventRow
from packstation.store.uow import UnitOfWorkFactory

# Event type -> marker kind on the timeline.
MARKER_KINDS: dict[str, str] = {
    "UnitScanned": "scan",
    "ScanRejected": "scan",
    "ParcelWeighed": "weight",
    "LabelPrinted": "label",
    "LabelReprinted": "label",
    "PhotoTaken": "photo",
    "OrderHeld": "hold",
    "OrderReleased": "hold",
}


@dataclass(frozen=True)
class VideoMarker:
    at: datetime
    kind: str  # scan | weight | label | photo | hold
    text: str
    offset_s: float  # seconds from the start of the playable file


@dataclass
class ReviewVideo:
    order_id: str
    path: Path
    started_at: datetime
    ended_at: datetime
    markers: list[VideoMarker] = field(default_factory=list)
    segments: list[SegmentFile] = field(default_factory=list)
    incomplete: bool = False
    gaps: list[dict] = field(default_factory=list)

    @property
    def duration_s(self) -> float:
        return (self.ended_at - self.started_at).total_seconds()

    def at(self, offset_s: float) -> datetime:
        return self.started_at + timedelta(seconds=offset_s)


def _marker_text(row: EventRow) -> str:
    p = row.payload or {}
    if row.type == "UnitScanned":
        return translate("Video", "scan {barcode} ok ({picked}/{quantity})").format(
            barcode=p.get("barcode", ""), picked=p.get("picked", "?"), quantity=p.get("quantity", "?")
        )
    if row.type == "ScanRejected":
        verdict = str(p.get("verdict") or "")
        return translate("Video", "scan {barcode} {verdict}").format(
            barcode=p.get("barcode", ""),
            verdict=code_name(VERDICT_NAMES, verdict) if verdict else translate("Video", "rejected"),
        )
    if row.type == "ParcelWeighed":
        return translate("Video", "weight {grams} g").format(grams=p.get("weight_g", ""))
    if row.type.startswith("Label"):
        tracking = str(p.get("tracking_number", "") or "")
        return translate("Video", "label {tracking}").format(tracking=tracking) if tracking else translate("Video", "label")
    if row.type == "PhotoTaken":
        kind = str(p.get("kind", "") or "")
        return translate("Video", "photo {kind}").format(kind=code_name(PHOTO_KIND_NAMES, kind)) if kind else translate("Video", "photo")
    return code_name(EVENT_NAMES, row.type)


def prepare_review_video(
    uow: UnitOfWorkFactory, blob_root: Path, order_id: str, cache_dir: Path
) -> ReviewVideo | None:
    """The order's video joined into one file (cached), with its markers; None when it has no video."""
    with uow() as u:
        video = load_video(u.session, order_id, blob_root)
        events = u.session.scalars(
            select(EventRow).where(EventRow.order_id == order_id, EventRow.type.in_(list(MARKER_KINDS)))
            .order_by(EventRow.occurred_at)
        ).all()  # fmt: skip
    if not video.segments:
        return None
    key = hashlib.sha256("".join(s.sha256 for s in video.segments).encode()).hexdigest()[:24]
    cache_dir.mkdir(parents=True, exist_ok=True)
    path = cache_dir / f"{key}.mp4"
    first, last = video.segments[0].started_at, video.segments[-1].ended_at
    if not path.is_file():
        try:
            make_clip(video.segments, path, limit_bytes=1 << 62)
        except ClipError:
            return None
    markers = [
        VideoMarker(
            e.occurred_at, MARKER_KINDS[e.type], _marker_text(e), (e.occurred_at - first).total_seconds()
        )
        for e in events
        if first <= e.occurred_at <= last
    ]
    gaps = [g for r in video.recordings for g in r["gaps"] if g.get("missing", True)]
    incomplete = any(r["incomplete"] for r in video.recordings)
    return ReviewVideo(order_id, path, first, last, markers, list(video.segments), incomplete, gaps)


def export_review_clip(video: ReviewVideo, out: Path, start_s: float, end_s: float, limit_bytes: int) -> Clip:
    """A clip of the reviewed video between two offsets (re-encoded, within `limit_bytes`)."""
    window = (video.at(max(0.0, start_s)), video.at(min(video.duration_s, end_s)))
    return make_clip(video.segments, out, limit_bytes, window)
