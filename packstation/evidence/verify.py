"""Check stored proof photos against their records and the hash chain, naming every photo that fails.

What the chain can prove: a record edited in place (its hash no longer matches), a record whose hash
was recomputed after an edit (the next record still holds the old hash), records swapped or moved
(a record links to a record other than the one before it) and records deleted from the middle (a gap
in `seq`). What it cannot prove on its own: removal of the newest records of a station, since nothing
after them links back; the synced central copy of the chain is the anchor for those.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from packstation.domain.texts import QT_TRANSLATE_NOOP, translate
from packstation.evidence.blobs import BlobStore, sha256_file
from packstation.evidence.chain import GENESIS, compute_record_hash, record_fields
from packstation.store.evidence_tables import ProofPhotoRow

PHOTOS = ProofPhotoRow.__table__
IN_CHUNK = 500  # ids per IN (...) list, below every database's parameter limit


class Problem(StrEnum):
    """What is wrong with one photo."""

    CHANGED = "changed"  # file content no longer matches the recorded SHA-256
    MISSING = "missing"  # file gone from the blob store
    RECORD_EDITED = "record_edited"  # record fields no longer match its record_hash
    CHAIN_BROKEN = "chain_broken"  # a link to a neighbour does not hold (record removed or rewritten)
    REORDERED = "reordered"  # the record links to a record other than the one before it


@dataclass(frozen=True)
class PhotoFinding:
    """One problem with one photo, with a sentence a supervisor can read."""

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
        """Every finding about one photo."""
        return [f for f in self.findings if f.photo_id == photo_id]

    def status_of(self, photo_id: str) -> str:
        """`ok` or the comma-joined problems, as written into manifests and reports."""
        problems = sorted({f.problem.value for f in self.for_photo(photo_id)})
        return ", ".join(problems) or "ok"

    def summary(self) -> str:
        """One line for the command line and the report."""
        if self.ok:
            return translate("Evidence", "OK: {photos} photo records and {files} files verified").format(
                photos=self.photos_checked, files=self.files_checked
            )
        return translate("Evidence", "FAILED: {bad} of {photos} photos have problems ({findings} findings)").format(
            bad=len(self.ids()), photos=self.photos_checked, findings=len(self.findings)
        )


def _finding(row: Any, problem: Problem, detail: str) -> PhotoFinding:
    return PhotoFinding(row.id, row.order_id, row.kind, row.station, row.seq, problem, detail)


class _Chains:
    """The records loaded for checking, by station and seq; asks the database for what is not loaded."""

    def __init__(self, session: Session, rows: Iterable[Any], complete: bool) -> None:
        self.session, self.complete = session, complete
        self.by_seq: dict[str, dict[int, Any]] = {}
        for row in rows:
            self.by_seq.setdefault(row.station, {})[row.seq] = row
        self._hashes: dict[str, dict[str, Any]] = {}

    def at(self, station: str, seq: int) -> Any:
        return self.by_seq.get(station, {}).get(seq)

    def with_hash(self, station: str, record_hash: str) -> Any:
        """The record of this station whose hash is `record_hash` (where a moved record belongs)."""
        if self.complete:
            if station not in self._hashes:
                self._hashes[station] = {r.record_hash: r for r in self.by_seq.get(station, {}).values()}
            return self._hashes[station].get(record_hash)
        return self.session.execute(
            select(PHOTOS).where(PHOTOS.c.station == station, PHOTOS.c.record_hash == record_hash).limit(1)
        ).first()

    def last_before(self, station: str, seq: int) -> int:
        """The highest seq below `seq` that still exists (0 when none)."""
        if self.complete:
            return max((s for s in self.by_seq.get(station, {}) if s < seq), default=0)
        found = self.session.scalar(
            select(func.max(PHOTOS.c.seq)).where(PHOTOS.c.station == station, PHOTOS.c.seq < seq)
        )
        return found or 0


def _check_record(row: Any, report: VerifyReport) -> bool:
    """Does the record still hash to its `record_hash`? Names it when not."""
    if compute_record_hash(record_fields(row)) == row.record_hash:
        return True
    report.findings.append(
        _finding(
            row,
            Problem.RECORD_EDITED,
            translate("Evidence", "record #{seq} was edited after it was written").format(seq=row.seq),
        )
    )
    return False


def _check_link(
    chains: _Chains, row: Any, judged: set[str], intact: dict[str, bool], report: VerifyReport
) -> None:
    """Check the link from `row` back to the record before it, naming whichever judged photo it hurts."""
    before = chains.at(row.station, row.seq - 1) if row.seq > 1 else None
    expected = GENESIS if row.seq == 1 else (before.record_hash if before is not None else None)
    if row.prev_hash == expected:
        return
    mine = row.id in judged
    if expected is None:
        if mine:
            gap_from = chains.last_before(row.station, row.seq) + 1
            what = f"#{gap_from}" if gap_from == row.seq - 1 else f"#{gap_from}..#{row.seq - 1}"
            detail = translate("Evidence", "record {records} before #{seq} was removed").format(records=what, seq=row.seq)
            report.findings.append(_finding(row, Problem.CHAIN_BROKEN, detail))
        return
    if row.prev_hash == GENESIS:
        if mine:
            detail = translate("Evidence", "record #{seq} was written as the first of the chain: records reordered").format(
                seq=row.seq
            )
            report.findings.append(_finding(row, Problem.REORDERED, detail))
        return
    moved = chains.with_hash(row.station, row.prev_hash)
    if moved is not None and moved.id != getattr(before, "id", None):
        if moved.seq < row.seq:
            # `row` still follows the record it was written after; what sits between them was moved
            # there, and the record right after `moved` fails its own link and is named for it.
            return
        if mine:
            detail = translate("Evidence", "record #{seq} was written after #{other} ({id}): records reordered").format(
                seq=row.seq, other=moved.seq, id=moved.id
            )
            report.findings.append(_finding(row, Problem.REORDERED, detail))
        return
    if mine:
        detail = (
            translate("Evidence", "record #{seq} does not link to the start of the chain")
            if before is None
            else translate("Evidence", "record #{seq} does not link to record #{other}")
        ).format(seq=row.seq, other=getattr(before, "seq", ""))
        report.findings.append(_finding(row, Problem.CHAIN_BROKEN, detail))
    if before is not None and before.id in judged and intact.get(before.id, True):
        # The record before still hashes to itself, yet its successor holds another hash for it:
        # it was edited and its hash recomputed.
        detail = translate("Evidence", "record #{seq} was rewritten: #{other} recorded a different hash for it").format(
            seq=before.seq, other=row.seq
        )
        report.findings.append(_finding(before, Problem.CHAIN_BROKEN, detail))


def _check_files(rows: Iterable[Any], blobs: BlobStore, report: VerifyReport) -> None:
    """Hash every stored file (once per content) and compare with its record."""
    hashed: dict[str, str | None] = {}
    for row in rows:
        for key, sha, what in (
            (row.blob_key, row.sha256, QT_TRANSLATE_NOOP("Evidence", "photo")),
            (row.original_blob_key, row.original_sha256, QT_TRANSLATE_NOOP("Evidence", "unstamped original")),
        ):
            if not key:
                continue
            try:
                path = blobs.path(key)
            except ValueError:
                report.findings.append(
                    _finding(
                        row,
                        Problem.RECORD_EDITED,
                        translate("Evidence", "{what} key {key} is not valid").format(what=what, key=repr(key)),
                    )
                )
                continue
            report.files_checked += 1
            if key not in hashed:
                hashed[key] = sha256_file(path) if path.is_file() else None
            actual = hashed[key]
            if actual is None:
                detail = translate("Evidence", "{what} file {key} is missing").format(what=what, key=key)
                report.findings.append(_finding(row, Problem.MISSING, detail))
            elif actual != sha:
                detail = translate("Evidence", "{what} file changed: SHA-256 {actual}…, recorded {recorded}…").format(
                    what=what, actual=actual[:12], recorded=sha[:12]
                )
                report.findings.append(_finding(row, Problem.CHANGED, detail))


def _chunks(items: Sequence[Any], size: int = IN_CHUNK) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _load_orders(session: Session, order_ids: Sequence[str]) -> tuple[list[Any], list[Any]]:
    """The orders' photo records, and their neighbours in each chain (to judge the links)."""
    mine: list[Any] = []
    for part in _chunks(order_ids):
        mine += session.execute(select(PHOTOS).where(PHOTOS.c.order_id.in_(part))).all()
    wanted: dict[str, set[int]] = {}
    for row in mine:
        wanted.setdefault(row.station, set()).update((row.seq - 1, row.seq + 1))
    known = {(r.station, r.seq) for r in mine}
    neighbours: list[Any] = []
    for station, seqs in wanted.items():
        todo = sorted(s for s in seqs if (station, s) not in known and s > 0)
        for part in _chunks(todo):
            neighbours += session.execute(
                select(PHOTOS).where(PHOTOS.c.station == station, PHOTOS.c.seq.in_(part))
            ).all()
    return mine, neighbours


def verify(session: Session, blob_root: Path, order_ids: Iterable[str] | None = None) -> VerifyReport:
    """Verify records, chain links and files of every photo, or only of the photos of `order_ids`.

    With `order_ids`, each photo's links to its neighbours are still checked (whatever order they
    belong to) but only those orders' photos are named and counted.
    """
    if order_ids is None:
        rows = session.execute(select(PHOTOS).order_by(PHOTOS.c.station, PHOTOS.c.seq)).all()
        judged_rows, chains = rows, _Chains(session, rows, complete=True)
    else:
        judged_rows, neighbours = _load_orders(session, list(dict.fromkeys(order_ids)))
        judged_rows.sort(key=lambda r: (r.station, r.seq))
        chains = _Chains(session, [*judged_rows, *neighbours], complete=False)
    report = VerifyReport(photos_checked=len(judged_rows))
    judged = {r.id for r in judged_rows}
    intact = {r.id: _check_record(r, report) for r in judged_rows}
    for row in judged_rows:
        _check_link(chains, row, judged, intact, report)
        after = chains.at(row.station, row.seq + 1)
        if after is not None and after.id not in judged:
            _check_link(chains, after, judged, intact, report)
    _check_files(judged_rows, BlobStore(blob_root), report)
    report.findings.sort(key=lambda f: (f.station, f.seq, f.problem.value))
    return report
