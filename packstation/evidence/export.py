"""Evidence packs: for each order a PDF report and a ZIP (photos, labels, manifest.json, SHA256SUMS).

`export_pack` is what the review window and `packstation evidence export` call. Every file name is
built from a sanitized order id (plus a short hash of the real id whenever sanitizing changed it), so
hostile order data can never write outside the output folder or collide with another order's pack.
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import json
import os
import re
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from packstation.evidence.blobs import EvidenceWriteError, write_error
from packstation.evidence.dossier import (
    EvidenceNotFound,
    LabelRenderer,
    OrderEvidence,
    load_evidence,
)
from packstation.evidence.report_pdf import render_report
from packstation.evidence.video.pack import DEFAULT_LIMIT_BYTES, OrderVideo, clip_member, load_video

FORMAT = "packstation-evidence-pack/1"
MAX_NAME = 64
WINDOWS_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(10)),
    *(f"LPT{i}" for i in range(10)),
}
IMAGE_TYPES = {b"\xff\xd8\xff": ".jpg", b"\x89PNG": ".png"}

Progress = Callable[..., Any]  # progress(done, total, what) or progress(done, total); may raise to stop


class ExportError(Exception):
    """An evidence pack that cannot be made; the message says which order and why."""


class ExportCancelled(ExportError):
    """The export was asked to stop; packs already finished stay, the unfinished one is removed."""


@dataclass
class ExportResult:
    """What an export wrote: one PDF and one ZIP per order, and whether every photo verified."""

    out_dir: Path
    packs: dict[str, tuple[Path, Path]] = field(default_factory=dict)  # order id -> (pdf, zip)
    failed_orders: list[str] = field(default_factory=list)  # orders with a photo that did not verify

    @property
    def paths(self) -> list[Path]:
        return [p for pair in self.packs.values() for p in pair]

    @property
    def ok(self) -> bool:
        return not self.failed_orders


def safe_name(text: str, fallback: str = "order") -> str:
    """A file name made from `text` that is safe on Linux, macOS and Windows and stays in its folder.

    Keeps ASCII letters, digits, `-`, `_` and inner dots; anything else becomes `_`. When this changed
    the text (or it is a reserved device name, or too long), a hash of the original is appended so two
    different ids never share a name.
    """
    normal = unicodedata.normalize("NFKC", text)
    name = re.sub(r"[^A-Za-z0-9._-]+", "_", normal)
    name = re.sub(r"\.{2,}", "_", name).strip("._ ")
    name = name[:MAX_NAME].rstrip("._ ")
    if not name:
        name = fallback
    if name != text or name.split(".")[0].upper() in WINDOWS_RESERVED:
        name = f"{name[: MAX_NAME - 9]}-{hashlib.sha256(text.encode('utf-8')).hexdigest()[:8]}"
    return name


def _unique(name: str, used: set[str]) -> str:
    """`name`, or `name-2`, `name-3`… when a case-insensitive filesystem would see a clash."""
    candidate, n = name, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{name}-{n}"
    used.add(candidate.lower())
    return candidate


def _image_ext(data: bytes | None) -> str:
    return next((ext for magic, ext in IMAGE_TYPES.items() if data and data.startswith(magic)), ".bin")


def _manifest(ev: OrderEvidence, files: dict[str, str], generated_at: datetime) -> dict[str, Any]:
    report = ev.verification
    return {
        "format": FORMAT,
        "generated_at": generated_at.isoformat().replace("+00:00", "Z"),
        "order_id": ev.order_id,
        "order": ev.order,
        "recipient": ev.recipient,
        "lines": ev.lines,
        "events": ev.events,
        "scans": ev.scans,
        "parcels": ev.parcels,
        "labels": [
            {
                "parcel_number": label.parcel_number,
                "tracking_number": label.tracking_number,
                "files": {fmt: files[f"label/{fmt}/{label.parcel_number}"] for fmt in label.files},
                "problem": label.problem,
            }
            for label in ev.labels
        ],
        "photos": [
            {
                **photo.record,
                "file": files.get(f"photo/{photo.id}"),
                "original_file": files.get(f"original/{photo.id}"),
                "verification": photo.verification,
                "details": photo.details,
            }
            for photo in ev.photos
        ],
        "handover": None
        if ev.handover is None
        else {**ev.handover, "manifest_file": files.get("handover/manifest")},
        "verification": {
            "ok": report.ok,
            "summary": report.summary(),
            "photos_checked": report.photos_checked,
            "files_checked": report.files_checked,
            "findings": [
                {
                    "photo_id": f.photo_id,
                    "station": f.station,
                    "seq": f.seq,
                    "problem": f.problem.value,
                    "detail": f.detail,
                }
                for f in report.findings
            ],
        },
    }


def _members(ev: OrderEvidence, pdf: bytes) -> tuple[list[tuple[str, bytes]], dict[str, str]]:
    """The pack's files (name inside the pack folder, bytes) and where each item went."""
    members: list[tuple[str, bytes]] = [("report.pdf", pdf)]
    where: dict[str, str] = {}
    used: set[str] = {"report.pdf", "manifest.json", "sha256sums"}
    for n, photo in enumerate(ev.photos, 1):
        kind = safe_name(str(photo.record["kind"]), "photo")
        for key, data, tag in (("photo", photo.data, ""), ("original", photo.original, "-original")):
            if data is None:
                continue
            sha = hashlib.sha256(data).hexdigest()[:12]
            name = _unique(f"photos/{n:02d}-{kind}{tag}-{sha}{_image_ext(data)}", used)
            members.append((name, data))
            where[f"{key}/{photo.id}"] = name
    if ev.handover is not None and ev.manifest_pdf is not None:
        name = _unique(f"handover/manifest-{safe_name(str(ev.handover['id']), 'manifest')}.pdf", used)
        members.append((name, ev.manifest_pdf))
        where["handover/manifest"] = name
    for label in ev.labels:
        for fmt, data in sorted(label.files.items()):
            ext = safe_name(fmt, "bin").lower()
            name = _unique(f"label/parcel-{label.parcel_number}.{ext}", used)
            members.append((name, data))
            where[f"label/{fmt}/{label.parcel_number}"] = name
    return members, where


def _sha256sums(members: Iterable[tuple[str, bytes]]) -> bytes:
    """`sha256sum -c` input: `<hex>  <path>` per file, paths relative to the pack folder."""
    lines = [f"{hashlib.sha256(data).hexdigest()}  {name}\n" for name, data in members]
    return "".join(lines).encode("utf-8")


def _write_zip(path: Path, folder: str, members: list[tuple[str, bytes]], at: datetime) -> None:
    """Write the ZIP through a temp file, fsync and rename, so a pack on disk is always complete."""
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with zipfile.ZipFile(tmp, "w") as zf:
            for name, data in members:
                compress = (
                    zipfile.ZIP_STORED
                    if name.endswith((".jpg", ".png", ".pdf", ".mp4"))
                    else zipfile.ZIP_DEFLATED
                )
                zf.writestr(zipfile.ZipInfo(f"{folder}/{name}", date_time=at.timetuple()[:6]), data, compress)
        _fsync_replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _write_file(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        tmp.write_bytes(data)
        _fsync_replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)


def _fsync_replace(tmp: Path, path: Path) -> None:
    fd = os.open(tmp, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _progress_caller(progress: Progress | None) -> Callable[[int, int, str], None]:
    """Call `progress` with (done, total, what), or (done, total) if that is all it takes."""
    if progress is None:
        return lambda done, total, what: None
    try:
        params = inspect.signature(progress).parameters.values()
        takes_what = any(p.kind is p.VAR_POSITIONAL for p in params) or len(list(params)) >= 3
    except (TypeError, ValueError):
        takes_what = True
    if takes_what:
        return progress
    return lambda done, total, what: progress(done, total)


def _sessions(source: Any, blob_root: Path | None) -> tuple[Callable[[], Any], Path]:
    """A context-manager factory yielding a Session, and the blob root, from a Session or a Station."""
    if isinstance(source, Session):
        if blob_root is None:
            raise ValueError("blob_root is required when exporting from a Session")
        return (lambda: contextlib.nullcontext(source)), Path(blob_root)

    @contextlib.contextmanager
    def station_session() -> Any:
        with source.uow() as uow:
            yield uow.session

    return station_session, Path(blob_root or source.home.blobs)


def export_order(
    ev: OrderEvidence,
    out_dir: Path,
    name: str,
    generated_at: datetime,
    video: OrderVideo | None = None,
    video_limit_bytes: int = DEFAULT_LIMIT_BYTES,
    video_window: tuple[datetime, datetime] | None = None,
    language: str = "en",
) -> tuple[Path, Path]:
    """Write one order's `<name>.pdf` and `<name>.zip` into `out_dir`; returns both paths (PDF headings in `language`).

    With `video`, the pack holds one clip of it (trimmed to `video_window`, re-encoded when needed to
    stay within `video_limit_bytes`) and the manifest lists every segment's hash from the chain.
    """
    pdf = render_report(ev, generated_at, language)
    members, where = _members(ev, pdf)
    manifest = _manifest(ev, where, generated_at)
    if video:
        data, doc = clip_member(video, video_limit_bytes, video_window)
        if data is not None:
            doc["clip"]["file"] = "video/packing.mp4"
            members.append(("video/packing.mp4", data))
        manifest["video"] = doc
    members.append(("manifest.json", _json(manifest)))
    members.append(("SHA256SUMS", _sha256sums(members)))
    pdf_path, zip_path = out_dir / f"{name}.pdf", out_dir / f"{name}.zip"
    for path in (pdf_path, zip_path):
        if path.resolve().parent != out_dir.resolve():
            raise ExportError(f"refusing to write outside the export folder: {path}")
    _write_file(pdf_path, pdf)
    _write_zip(zip_path, name, members, generated_at)
    return pdf_path, zip_path


def _json(doc: dict[str, Any]) -> bytes:
    return json.dumps(doc, indent=2, ensure_ascii=False).encode("utf-8") + b"\n"


def export_pack(
    source: Session | Any,
    order_ids: Sequence[str],
    out_dir: Path,
    *,
    progress: Progress | None = None,
    should_stop: Callable[[], bool] | None = None,
    blob_root: Path | None = None,
    label_renderer: LabelRenderer | None = None,
    generated_at: datetime | None = None,
    video_limit_bytes: int = DEFAULT_LIMIT_BYTES,
    video_window: tuple[datetime, datetime] | None = None,
    language: str = "en",
) -> ExportResult:
    """Export each order's evidence pack into `out_dir` (created if needed).

    `source` is a SQLAlchemy Session (then `blob_root` is required) or a bootstrap Station (its unit
    of work and blob folder). `progress(done, total, what)` is called before each order and at the
    end; raising from it, or `should_stop()` returning true, stops the export (ExportCancelled, or the
    progress callback's own exception). Raises ExportError for unknown orders, EvidenceWriteError when
    the output cannot be written. The PDF's headings are in `language` (what the claim's reader reads).
    """
    ids = list(dict.fromkeys(order_ids))
    out_dir = Path(out_dir)
    report = _progress_caller(progress)
    open_session, blobs = _sessions(source, blob_root)
    at = (generated_at or datetime.now(UTC)).astimezone(UTC)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise write_error(exc, "evidence pack", out_dir, "export again") from exc
    result, used = ExportResult(out_dir), set[str]()
    for done, order_id in enumerate(ids):
        if should_stop is not None and should_stop():
            raise ExportCancelled(f"Export cancelled after {done} of {len(ids)} order(s).")
        report(done, len(ids), order_id)
        try:
            with open_session() as session:
                ev = load_evidence(session, order_id, blobs, label_renderer)
                video = load_video(session, order_id, blobs)
        except EvidenceNotFound as exc:
            raise ExportError(str(exc)) from exc
        try:
            result.packs[order_id] = export_order(
                ev,
                out_dir,
                _unique(safe_name(order_id), used),
                at,
                video,
                video_limit_bytes,
                video_window,
                language,
            )
        except OSError as exc:
            raise write_error(exc, f"evidence pack of order {order_id}", out_dir, "export again") from exc
        if not ev.verification.ok or (video and not video.verification.get("ok", True)):
            result.failed_orders.append(order_id)
    report(len(ids), len(ids), "done")
    return result


__all__ = [
    "EvidenceWriteError",
    "ExportCancelled",
    "ExportError",
    "ExportResult",
    "export_order",
    "export_pack",
    "safe_name",
]
