"""Check every video segment: its file against its SHA-256, its record and chain link, and that the
recording has every segment it closed (a removed file or row is named, segment by segment)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.evidence.blobs import BlobStore, sha256_file
from packstation.evidence.chain import GENESIS
from packstation.evidence.video.chain import segment_fields, segment_hash
from packstation.store.video_tables import VideoPurgeRow, VideoRecordingRow, VideoSegmentRow


@dataclass(frozen=True)
class SegmentFinding:
    order_id: str
    recording_id: str
    number: int
    problem: str  # changed | missing | record_edited | chain_broken | segment_missing
    detail: str


@dataclass
class VideoVerifyReport:
    recordings_checked: int = 0
    segments_checked: int = 0
    files_checked: int = 0
    purged: int = 0
    findings: list[SegmentFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        if self.ok:
            purged = f" ({self.purged} purged after sync)" if self.purged else ""
            return (
                f"OK: {self.segments_checked} video segments of {self.recordings_checked} recordings "
                f"verified{purged}"
            )
        return f"FAILED: {len(self.findings)} problems in {self.segments_checked} video segments"

    def as_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "summary": self.summary(),
            "recordings_checked": self.recordings_checked,
            "segments_checked": self.segments_checked,
            "files_checked": self.files_checked,
            "purged": self.purged,
            "findings": [f.__dict__ for f in self.findings],
        }


def verify_video(
    session: Session, blob_root: Any, order_ids: Iterable[str] | None = None
) -> VideoVerifyReport:
    """Verify the segments of every recording (or of `order_ids`' recordings)."""
    report = VideoVerifyReport()
    rec_query = select(VideoRecordingRow)
    if order_ids is not None:
        rec_query = rec_query.where(VideoRecordingRow.order_id.in_(list(order_ids)))
    recordings = session.scalars(rec_query).all()
    ids = [r.id for r in recordings]
    segments = session.scalars(
        select(VideoSegmentRow).where(VideoSegmentRow.recording_id.in_(ids)) if order_ids is not None
        else select(VideoSegmentRow)
    ).all()  # fmt: skip
    purged = {p.segment_id for p in session.scalars(select(VideoPurgeRow)).all()}
    report.recordings_checked, report.segments_checked = len(recordings), len(segments)
    by_recording: dict[str, list[VideoSegmentRow]] = {}
    for seg in segments:
        by_recording.setdefault(seg.recording_id, []).append(seg)
    for rec in recordings:
        _check_complete(rec, by_recording.get(rec.id, []), report)
    _check_chain(session, segments, report)
    blobs = BlobStore(blob_root)
    for seg in segments:
        if seg.id in purged:
            report.purged += 1
            continue
        try:
            path = blobs.path(seg.blob_key)
        except ValueError:
            report.findings.append(_f(seg, "record_edited", f"file key {seg.blob_key!r} is not valid"))
            continue
        report.files_checked += 1
        if not path.is_file():
            report.findings.append(
                _f(seg, "missing", f"segment #{seg.number} file {seg.blob_key} is missing")
            )
        elif (actual := sha256_file(path)) != seg.sha256:
            report.findings.append(
                _f(
                    seg,
                    "changed",
                    f"segment #{seg.number} changed: SHA-256 {actual[:12]}…, recorded {seg.sha256[:12]}…",
                )
            )
    report.findings.sort(key=lambda f: (f.order_id, f.recording_id, f.number, f.problem))
    return report


def _f(seg: VideoSegmentRow, problem: str, detail: str) -> SegmentFinding:
    return SegmentFinding(seg.order_id, seg.recording_id, seg.number, problem, detail)


def _check_complete(rec: VideoRecordingRow, segs: list[VideoSegmentRow], report: VideoVerifyReport) -> None:
    """Segments are numbered 0..n-1; a stopped recording knows n."""
    have = {s.number for s in segs}
    top = max(have, default=-1) + 1
    expected = max(top, rec.segment_count or 0)
    for number in range(expected):
        if number not in have:
            report.findings.append(
                SegmentFinding(
                    rec.order_id, rec.id, number, "segment_missing", f"segment #{number} was removed"
                )
            )


def _check_chain(session: Session, segments: Iterable[VideoSegmentRow], report: VideoVerifyReport) -> None:
    """Each record still hashes to itself and links to the record before it in its station's chain."""
    for seg in segments:
        if segment_hash(segment_fields(seg)) != seg.record_hash:
            report.findings.append(_f(seg, "record_edited", f"segment #{seg.number} record was edited"))
        if seg.seq == 1:
            expected: str | None = GENESIS
        else:
            expected = session.scalar(
                select(VideoSegmentRow.record_hash).where(
                    VideoSegmentRow.station == seg.station, VideoSegmentRow.seq == seg.seq - 1
                )
            )
        if expected is None:
            report.findings.append(
                _f(
                    seg,
                    "chain_broken",
                    f"video record #{seg.seq - 1} before segment #{seg.number} was removed",
                )
            )
        elif seg.prev_hash != expected:
            report.findings.append(
                _f(seg, "chain_broken", f"segment #{seg.number} does not link to video record #{seg.seq - 1}")
            )
