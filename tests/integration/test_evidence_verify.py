"""Tamper tests on a real SQLite station file and blob folder: verify names every photo that fails."""

from __future__ import annotations

import errno
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import cv2
import numpy as np
import pytest
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session, sessionmaker

from packstation.evidence.blobs import BlobStore, EvidenceWriteError
from packstation.evidence.chain import (
    GENESIS,
    PhotoDraft,
    append_photo,
    chain_tip,
    compute_record_hash,
    record_fields,
)
from packstation.evidence.verify import Problem, verify
from packstation.store.db import open_engine, sqlite_url
from packstation.store.evidence_tables import ProofPhotoRow

T0 = datetime(2025, 5, 1, 8, 0, tzinfo=UTC)


def jpeg(n: int) -> bytes:
    """A small real JPEG, different for each n."""
    frame = np.full((48, 64, 3), (n * 37) % 256, dtype=np.uint8)
    cv2.putText(frame, str(n), (5, 40), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (255, 255, 255), 2)
    ok, buf = cv2.imencode(".jpg", frame)
    assert ok
    return buf.tobytes()


class Evidence:
    """A station database and blob folder with helpers to take photos the way capture does."""

    def __init__(self, tmp_path: Path) -> None:
        self.engine = open_engine(sqlite_url(tmp_path / "station.db"))
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)
        self.blob_root = tmp_path / "blobs"
        self.blobs = BlobStore(self.blob_root)
        self.count = 0

    def take(self, order_id: str, station: str = "st1", kind: str = "sealed", data: bytes | None = None):
        self.count += 1
        ref = self.blobs.put(data if data is not None else jpeg(self.count))
        with self.sessions.begin() as session:
            row = append_photo(
                session,
                PhotoDraft(
                    order_id=order_id,
                    kind=kind,
                    sha256=ref.sha256,
                    size=ref.size,
                    blob_key=ref.key,
                    width=64,
                    height=48,
                    taken_at=T0 + timedelta(seconds=self.count),
                    station=station,
                    packer="pat",
                    tracking_number=f"TH{self.count:08d}",
                ),
            )
        return row

    def rows(self) -> dict[str, ProofPhotoRow]:
        with Session(self.engine) as session:
            return {r.id: r for r in session.scalars(select(ProofPhotoRow))}

    def execute(self, stmt) -> None:
        with self.sessions.begin() as session:
            session.execute(stmt)

    def verify(self, order_ids=None):
        with Session(self.engine) as session:
            return verify(session, self.blob_root, order_ids)


@pytest.fixture
def ev(tmp_path: Path):
    ev = Evidence(tmp_path)
    yield ev
    ev.engine.dispose()


@pytest.fixture
def photos(ev: Evidence) -> list[ProofPhotoRow]:
    """Six photos of three orders on two stations."""
    return [ev.take(f"ORD{i % 3}", station="st1" if i < 4 else "st2") for i in range(6)]


def problems(report) -> set[tuple[str, Problem]]:
    return {(f.photo_id, f.problem) for f in report.findings}


def test_chain_links_each_record_to_the_one_before(ev, photos):
    st1 = sorted((p for p in photos if p.station == "st1"), key=lambda p: p.seq)
    assert [p.seq for p in st1] == [1, 2, 3, 4]
    assert st1[0].prev_hash == GENESIS
    assert all(b.prev_hash == a.record_hash for a, b in zip(st1, st1[1:], strict=False))
    with Session(ev.engine) as session:
        assert chain_tip(session, "st1") == (4, st1[-1].record_hash)
        assert chain_tip(session, "nowhere") == (0, GENESIS)
    report = ev.verify()
    assert report.ok, report.findings
    assert (report.photos_checked, report.files_checked) == (6, 6)
    assert report.summary() == "OK: 6 photo records and 6 files verified"


def test_one_changed_byte_names_that_photo(ev, photos):
    path = ev.blobs.path(photos[2].blob_key)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = ev.verify()
    assert problems(report) == {(photos[2].id, Problem.CHANGED)}
    assert report.status_of(photos[2].id) == "changed" and report.status_of(photos[0].id) == "ok"
    assert "FAILED: 1 of 6 photos" in report.summary()


def test_a_deleted_file_names_that_photo(ev, photos):
    ev.blobs.path(photos[4].blob_key).unlink()
    report = ev.verify()
    assert problems(report) == {(photos[4].id, Problem.MISSING)}
    assert photos[4].blob_key in report.findings[0].detail


def test_swapped_records_are_named_both(ev, photos):
    a, b = photos[0], photos[1]  # st1 #1 and #2
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == a.id).values(seq=-1))
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == b.id).values(seq=1))
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == a.id).values(seq=2))
    found = problems(ev.verify())
    assert {(a.id, Problem.RECORD_EDITED), (b.id, Problem.RECORD_EDITED)} <= found
    assert (b.id, Problem.REORDERED) in found and (a.id, Problem.REORDERED) in found
    assert {pid for pid, _ in found} == {a.id, b.id}


def test_moving_one_photo_to_another_order_names_it(ev, photos):
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == photos[1].id).values(order_id="ORD9"))
    report = ev.verify()
    assert problems(report) == {(photos[1].id, Problem.RECORD_EDITED)}
    assert report.findings[0].order_id == "ORD9"


def test_an_edit_with_a_recomputed_hash_is_caught_by_the_next_link(ev, photos):
    victim = photos[1]  # st1 #2, followed by #3
    fields = {**record_fields(victim), "kind": "contents"}
    ev.execute(
        update(ProofPhotoRow)
        .where(ProofPhotoRow.id == victim.id)
        .values(kind="contents", record_hash=compute_record_hash(fields))
    )
    found = problems(ev.verify())
    assert (victim.id, Problem.CHAIN_BROKEN) in found
    assert (photos[2].id, Problem.CHAIN_BROKEN) in found
    assert {pid for pid, _ in found} == {victim.id, photos[2].id}


def test_a_removed_record_is_reported_at_the_gap(ev, photos):
    ev.execute(delete(ProofPhotoRow).where(ProofPhotoRow.id == photos[1].id))
    report = ev.verify()
    assert problems(report) == {(photos[2].id, Problem.CHAIN_BROKEN)}
    assert "record #2 before #3 was removed" in report.findings[0].detail


def test_every_tamper_at_once_names_each_photo(ev, photos):
    path = ev.blobs.path(photos[0].blob_key)
    path.write_bytes(path.read_bytes()[:-1] + b"\x00")
    ev.blobs.path(photos[3].blob_key).unlink()
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == photos[5].id).values(packer="mallory"))
    report = ev.verify()
    assert problems(report) == {
        (photos[0].id, Problem.CHANGED),
        (photos[3].id, Problem.MISSING),
        (photos[5].id, Problem.RECORD_EDITED),
    }


def test_verifying_some_orders_names_only_their_photos_but_checks_their_links(ev, photos):
    ev.blobs.path(photos[0].blob_key).unlink()  # ORD0, st1 #1
    ev.execute(update(ProofPhotoRow).where(ProofPhotoRow.id == photos[4].id).values(seq=7))  # ORD1, st2 #1
    by_order = {o: ev.verify([o]) for o in ("ORD0", "ORD1", "ORD2")}
    assert [r.photos_checked for r in by_order.values()] == [2, 2, 2]
    assert problems(by_order["ORD0"]) == {(photos[0].id, Problem.MISSING)}
    assert problems(by_order["ORD1"]) == {
        (photos[4].id, Problem.RECORD_EDITED),
        (photos[4].id, Problem.CHAIN_BROKEN),
    }
    # ORD2's photo st2 #2 lost its link to the moved #1, whichever order #1 belongs to
    assert problems(by_order["ORD2"]) == {(photos[5].id, Problem.CHAIN_BROKEN)}
    assert "record #1 before #2 was removed" in by_order["ORD2"].findings[0].detail
    full = ev.verify()
    assert problems(full) == set().union(*(problems(r) for r in by_order.values()))


def test_the_same_content_is_stored_once(ev):
    first = ev.take("ORD1", data=b"same bytes")
    second = ev.take("ORD2", data=b"same bytes")
    assert first.blob_key == second.blob_key
    assert len([p for p in ev.blob_root.rglob("*") if p.is_file()]) == 1
    assert ev.verify().ok


def enospc(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


@pytest.mark.parametrize("call", ["write", "replace", "fsync"])
def test_full_disk_raises_a_clear_error_and_keeps_earlier_photos(ev, photos, monkeypatch, call):
    before = {p: p.read_bytes() for p in ev.blob_root.rglob("*") if p.is_file()}
    monkeypatch.setattr(os, call, enospc)
    with pytest.raises(EvidenceWriteError, match=r"^Disk full: photo not saved") as caught:
        ev.take("ORD1")
    monkeypatch.undo()
    assert caught.value.errno == errno.ENOSPC
    after = {p: p.read_bytes() for p in ev.blob_root.rglob("*") if p.is_file()}
    assert after == before  # no temp files left, nothing overwritten
    assert len(ev.rows()) == 6
    assert ev.verify().ok
    ev.take("ORD1")  # space is back: the next photo links after the last good one
    assert ev.verify().ok and len(ev.rows()) == 7


def test_read_only_photo_folder_raises_a_clear_error(ev, photos, monkeypatch):
    new = jpeg(99)
    ev.blob_root.chmod(0o555)
    for sub in ev.blob_root.rglob("*"):
        if sub.is_dir():
            sub.chmod(0o555)
    if os.geteuid() == 0:  # root ignores permission bits: refuse like a read-only mount would
        real_open = os.open

        def refuse(path, flags, *args, **kwargs):
            if str(path).startswith(str(ev.blob_root)) and flags & os.O_CREAT:
                raise OSError(errno.EROFS, "Read-only file system")
            return real_open(path, flags, *args, **kwargs)

        monkeypatch.setattr(os, "open", refuse)
    try:
        with pytest.raises(EvidenceWriteError, match="^Folder is read-only: photo not saved"):
            ev.blobs.put(new)
    finally:
        monkeypatch.undo()
        for sub in [ev.blob_root, *ev.blob_root.rglob("*")]:
            if sub.is_dir():
                sub.chmod(0o755)
    assert len(ev.rows()) == 6 and ev.verify().ok
