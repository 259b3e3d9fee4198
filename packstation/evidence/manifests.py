"""Manifests as evidence: their content hash, the record hash of each closed handover, and verification.

A closed handover's row holds the SHA-256 of its manifest PDF and a `record_hash` over every field that
matters (who, when, which parcels, which photos, the PDF's hash). `verify_manifests` recomputes both and
checks that the handover photos and signature it names are in the proof-photo chain (which
`evidence.verify` checks link by link).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.domain.handover import Manifest
from packstation.evidence.blobs import BlobStore, sha256_file
from packstation.store.evidence_tables import ProofPhotoRow
from packstation.store.tables import HandoverParcelRow, HandoverRow

RECORD_FIELDS = (
    "id",
    "kind",
    "carrier",
    "courier_name",
    "vehicle_plate",
    "station",
    "opened_by",
    "opened_at",
    "closed_by",
    "closed_at",
    "acknowledgement",
    "signature_photo_id",
    "photo_ids",
    "partial_orders",
    "left_behind",
    "parcels",
    "total_weight_g",
    "manifest_sha256",
    "manifest_blob_key",
    "content_sha256",
)


def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def _digest(doc: Any) -> str:
    data = json.dumps(_plain(doc), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def content_sha256(m: Manifest) -> str:
    """SHA-256 of what the manifest says (printed on it; a PDF cannot hold its own file hash)."""
    return _digest(
        {
            "manifest": m.manifest_id,
            "kind": m.kind,
            "carrier": m.carrier,
            "courier": m.courier,
            "plate": m.vehicle_plate,
            "station": m.station,
            "by": m.handed_over_by,
            "closed_at": m.closed_at,
            "acknowledgement": m.acknowledgement,
            "parcels": [[p.order_id, p.number, p.tracking_number, p.weight_g] for p in m.parcels],
            "photos": [p.sha256 for p in m.photos],
            "left_behind": list(m.left_behind),
        }
    )


def record_hash(row: HandoverRow, parcels: list[HandoverParcelRow]) -> str:
    doc = {name: getattr(row, name) for name in RECORD_FIELDS}
    doc["scanned"] = sorted([p.order_id, p.number, p.tracking_number] for p in parcels)
    return _digest(doc)


@dataclass(frozen=True)
class ManifestFinding:
    manifest_id: str
    problem: str  # changed, missing, record_edited, photo_missing
    detail: str


@dataclass
class ManifestReport:
    manifests_checked: int = 0
    findings: list[ManifestFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def summary(self) -> str:
        if self.ok:
            return f"OK: {self.manifests_checked} manifests verified"
        bad = len({f.manifest_id for f in self.findings})
        return f"FAILED: {bad} of {self.manifests_checked} manifests have problems"


def verify_manifests(
    session: Session, blob_root: Path, manifest_ids: list[str] | None = None
) -> ManifestReport:
    """Check each closed manifest's PDF against its hash, its record hash, and its photos' records."""
    stmt = select(HandoverRow).where(HandoverRow.state == "closed")
    if manifest_ids:
        stmt = stmt.where(HandoverRow.id.in_(manifest_ids))
    rows = list(session.scalars(stmt.order_by(HandoverRow.closed_at)))
    report = ManifestReport(manifests_checked=len(rows))
    blobs = BlobStore(blob_root)
    for row in rows:
        parcels = list(
            session.scalars(select(HandoverParcelRow).where(HandoverParcelRow.handover_id == row.id))
        )
        if record_hash(row, parcels) != row.record_hash:
            report.findings.append(
                ManifestFinding(row.id, "record_edited", "the handover record was edited after it was closed")
            )
        try:
            path = blobs.path(row.manifest_blob_key)
        except ValueError:
            report.findings.append(ManifestFinding(row.id, "record_edited", "manifest file key is not valid"))
            continue
        if not path.is_file():
            report.findings.append(
                ManifestFinding(row.id, "missing", f"manifest PDF {row.manifest_blob_key} is missing")
            )
        else:
            actual = sha256_file(path)
            if actual != row.manifest_sha256:
                report.findings.append(
                    ManifestFinding(
                        row.id,
                        "changed",
                        f"manifest PDF changed: SHA-256 {actual[:12]}…, recorded {row.manifest_sha256[:12]}…",
                    )
                )
        wanted = [*row.photo_ids, *([row.signature_photo_id] if row.signature_photo_id else [])]
        if wanted:
            found = set(session.scalars(select(ProofPhotoRow.id).where(ProofPhotoRow.id.in_(wanted))))
            for photo_id in wanted:
                if photo_id not in found:
                    report.findings.append(
                        ManifestFinding(row.id, "photo_missing", f"handover photo record {photo_id} is gone")
                    )
    return report
