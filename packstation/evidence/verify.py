"""Check stored proof photos against their records and the hash chain, naming every photo that fails."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from packstation.evidence.blobs import BlobStore, sha256_file
from packstation.evidence.chain import GENESIS, compute_record_hash, record_fields
from packstation.store.evidence_tables import ProofPhotoRow


class Problem(StrEnum):
    """What is wrong with one photo."""

    CHANGED = "changed"  # file content no longer matches the recorded SHA-256
    MISSING = "missing"  # file gone from the blob store
    RECORD_EDITED = "record_edited"  # record fields no longer match its record_hash
    CHAIN_BROKEN = "chain_broken"  # prev_hash does not point at the record before it (reordered/removed)


@dataclass(frozen=True)
class PhotoFinding:
    photo_id: str
    order_id: str
    kind: str
    station: str
    seq: int
    problem: Problem
    detail: str


@dataclass
class VerifyReport:
    """Result of one verification: how much was checked and each finding, photo by photo."""

    photos_checked: int = 0
    files_checked: int = 0
    findings: list[PhotoFinding] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.findings

    def ids(self, problem: Problem | None = None) -> set[str]:
        """Photo ids with a finding (of one kind, or any)."""
        return {f.photo_id for f in self.findings if problem is None or f.problem is problem}

    def for_photo(self, photo_id: str) -> list[PhotoFinding]:
        return [f for f in self.findings if f.photo_id == photo_id]

    def status_of(self, photo_id: str) -> str:
        """`ok` or the comma-joined problems, as written into manifests and reports."""
        problems = sorted({f.problem.value for f in self.for_photo(photo_id)})
        return ", ".join(problems) or "ok"

    def summary(self) -> str:
        if self.ok:
            return f"OK: {self.photos_checked} photo records and {self.files_checked} files verified"
        return (
            f"FAILED: {len(self.ids())} of {self.photos_checked} photos have problems "
            f"({len(self.findings)} findings)"
        )


def _finding(row: ProofPhotoRow, problem: Problem, detail: str) -> PhotoFinding:
    return PhotoFinding(row.id, row.order_id, row.kind, row.station, row.seq, problem, detail)


def _check_chain(rows: list[ProofPhotoRow], report: VerifyReport) -> None:
    """Walk one station's records in seq order, checking each record hash and each link."""
    by_hash = {row.record_hash: row for row in rows}
    prev_hash, prev_seq = GENESIS, 0
    for row in rows:
        if compute_record_hash(record_fields(row)) != row.record_hash:
            report.findings.append(
                _finding(row, Problem.RECORD_EDITED, f"record #{row.seq} was edited after it was written")
            )
        if row.prev_hash != prev_hash or row.seq != prev_seq + 1:
            before = by_hash.get(row.prev_hash)
            if before is not None and before is not row:
                detail = f"record #{row.seq} should follow #{before.seq} ({before.id}): records reordered"
            elif row.seq != prev_seq + 1:
                detail = f"records #{prev_seq + 1}..#{row.seq - 1} before this one are missing"
            else:
                detail = f"record #{row.seq} does not link to the record before it"
            report.findings.append(_finding(row, Problem.CHAIN_BROKEN, detail))
        prev_hash, prev_seq = row.record_hash, row.seq


def _check_files(rows: Iterable[ProofPhotoRow], blobs: BlobStore, report: VerifyReport) -> None:
    for row in rows:
        for key, sha, what in (
            (row.blob_key, row.sha256, "photo"),
            (row.original_blob_key, row.original_sha256, "unstamped original"),
        ):
            if not key:
                continue
            try:
                path = blobs.path(key)
            except ValueError:
                report.findings.append(
                    _finding(row, Problem.RECORD_EDITED, f"{what} key {key!r} is not valid")
                )
                continue
            report.files_checked += 1
            if not path.is_file():
                report.findings.append(_finding(row, Problem.MISSING, f"{what} file {key} is missing"))
            elif (actual := sha256_file(path)) != sha:
                report.findings.append(
                    _finding(
                        row,
                        Problem.CHANGED,
                        f"{what} file changed: SHA-256 {actual[:12]}…, recorded {sha[:12]}…",
                    )
                )


def verify(session: Session, blob_root: Path, order_ids: Iterable[str] | None = None) -> VerifyReport:
    """Verify every chain link and record; hash files of all photos, or only of `order_ids`.

    The chain is always checked whole (a link cannot be judged without its neighbours); findings are
    reported for every photo, so a caller filtering by order should use `report.for_photo`.
    """
    rows = list(session.scalars(select(ProofPhotoRow).order_by(ProofPhotoRow.station, ProofPhotoRow.seq)))
    report = VerifyReport(photos_checked=len(rows))
    stations: dict[str, list[ProofPhotoRow]] = {}
    for row in rows:
        stations.setdefault(row.station, []).append(row)
    for chain in stations.values():
        _check_chain(chain, report)
    wanted = None if order_ids is None else set(order_ids)
    _check_files((r for r in rows if wanted is None or r.order_id in wanted), BlobStore(blob_root), report)
    report.findings.sort(key=lambda f: (f.station, f.seq, f.problem.value))
    return report
