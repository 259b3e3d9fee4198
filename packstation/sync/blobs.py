"""Photos and labels to the central store: content-addressed, verified by hash on arrival.

Blobs come from a `BlobSource`, any callable listing `(sha256, path)` pairs, so this works for proof
photos, label files or anything else stored by hash. The central copy is checked (its SHA-256 is
recomputed after it is written) before the central store records it; only then does the station
get a receipt, and the station deletes nothing without one.
"""

from __future__ import annotations

import hashlib
import os
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, select, text

from packstation.store.base import utcnow
from packstation.store.central.tables import CentralBlobDataRow, CentralBlobRow
from packstation.sync import state
from packstation.sync.central import CentralStore
from packstation.sync.sql import upsert_insert

BlobSource = Callable[[], Iterable[tuple[str, Path]]]
CHUNK = 1 << 20


class BlobCorrupt(ValueError):
    """A blob's bytes do not hash to its name (at the station or after arriving centrally)."""


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def folder_blob_source(root: Path) -> BlobSource:
    """Blobs stored as `<root>/sha256/ab/cdef...` (the evidence store's layout)."""

    def source() -> Iterable[tuple[str, Path]]:
        base = Path(root) / "sha256"
        if not base.is_dir():
            return []
        out = []
        for sub in sorted(base.iterdir()):
            if sub.is_dir() and len(sub.name) == 2:
                out += [(sub.name + f.name, f) for f in sorted(sub.iterdir()) if not f.name.startswith(".")]
        return out

    return source


def evidence_blob_source(station_engine: Engine, blob_root: Path) -> BlobSource:
    """Proof photos (stamped and original) in `proof_photos`, and packing-video segments, if present."""

    def source() -> Iterable[tuple[str, Path]]:
        with station_engine.connect() as conn:
            if not inspect(conn).has_table("proof_photos"):
                return []
            rows = conn.execute(
                text("SELECT sha256, blob_key, original_sha256, original_blob_key FROM proof_photos")
            ).all()
        out: list[tuple[str, Path]] = []
        for sha, key, orig_sha, orig_key in rows:
            out.append((sha, Path(blob_root) / key))
            if orig_sha and orig_key:
                out.append((orig_sha, Path(blob_root) / orig_key))
        return out + video_segments(station_engine, blob_root)

    return source


def video_segments(station_engine: Engine, blob_root: Path) -> list[tuple[str, Path]]:
    """Packing-video segments still on the station (`video_segments` less those retention purged)."""
    with station_engine.connect() as conn:
        if not inspect(conn).has_table("video_segments"):
            return []
        rows = conn.execute(
            text(
                "SELECT sha256, blob_key FROM video_segments WHERE id NOT IN (SELECT segment_id FROM video_purges)"
            )
        ).all()
    return [(sha, Path(blob_root) / key) for sha, key in rows]


def manifest_blob_source(station_engine: Engine, blob_root: Path) -> BlobSource:
    """Manifest PDFs of closed handovers (their photos and signatures are proof-photo records)."""

    def source() -> Iterable[tuple[str, Path]]:
        with station_engine.connect() as conn:
            if not inspect(conn).has_table("handovers"):
                return []
            rows = conn.execute(
                text("SELECT manifest_sha256, manifest_blob_key FROM handovers WHERE manifest_sha256 != ''")
            ).all()
        return [(sha, Path(blob_root) / key) for sha, key in rows]

    return source


def combined_source(*sources: BlobSource) -> BlobSource:
    def source() -> Iterable[tuple[str, Path]]:
        seen: dict[str, Path] = {}
        for s in sources:
            for sha, path in s():
                seen.setdefault(sha, path)
        return list(seen.items())

    return source


class FolderBlobs:
    """Central blobs as files on a shared folder, `<root>/sha256/ab/cdef...`."""

    storage = "folder"

    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def target(self, sha256: str) -> Path:
        return self.root / "sha256" / sha256[:2] / sha256[2:]

    def intact(self, conn: Connection, sha256: str) -> bool:
        path = self.target(sha256)
        return path.is_file() and sha256_of(path) == sha256

    def put(self, conn: Connection, sha256: str, data: bytes) -> None:
        """Write to a temp file, fsync, re-read and hash it, then rename into place."""
        final = self.target(sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        tmp = final.parent / f".in-{uuid.uuid4().hex}"
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
                os.fsync(fd)
            finally:
                os.close(fd)
            arrived = sha256_of(tmp)
            if arrived != sha256:
                raise BlobCorrupt(f"blob {sha256[:12]}… arrived as {arrived[:12]}…; not stored")
            os.replace(tmp, final)
        finally:
            tmp.unlink(missing_ok=True)


class DatabaseBlobs:
    """Central blobs inside the central database (bytea on PostgreSQL), hashed again on arrival."""

    storage = "db"

    def intact(self, conn: Connection, sha256: str) -> bool:
        return self._stored_hash(conn, sha256) == sha256

    def put(self, conn: Connection, sha256: str, data: bytes) -> None:
        stmt = upsert_insert(conn, CentralBlobDataRow).values(sha256=sha256, data=data)
        conn.execute(stmt.on_conflict_do_update(index_elements=["sha256"], set_={"data": stmt.excluded.data}))
        arrived = self._stored_hash(conn, sha256)
        if arrived != sha256:
            raise BlobCorrupt(f"blob {sha256[:12]}… arrived as {arrived}; not stored")

    @staticmethod
    def _stored_hash(conn: Connection, sha256: str) -> str | None:
        if conn.dialect.name == "postgresql":  # hashed by the server, from the bytes it holds
            return conn.scalar(
                text("SELECT encode(sha256(data), 'hex') FROM central_blob_data WHERE sha256 = :s"),
                {"s": sha256},
            )
        data = conn.scalar(select(CentralBlobDataRow.data).where(CentralBlobDataRow.sha256 == sha256))
        return hashlib.sha256(data).hexdigest() if data is not None else None


CentralBlobStore = FolderBlobs | DatabaseBlobs


@dataclass
class BlobReport:
    uploaded: list[str] = field(default_factory=list)
    already_central: list[str] = field(default_factory=list)
    corrupt: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)


class BlobUploader:
    """Uploads every blob the source lists that the central store has not yet confirmed."""

    def __init__(
        self,
        station_engine: Engine,
        central: CentralStore,
        store: CentralBlobStore,
        source: BlobSource,
        station: str,
    ) -> None:
        self.station_engine = station_engine
        self.central = central
        self.store = store
        self.source = source
        self.station = station

    def pending(self) -> list[tuple[str, Path]]:
        with self.station_engine.connect() as conn:
            confirmed = state.confirmed_blobs(conn)
        return [(sha, path) for sha, path in self.source() if sha not in confirmed]

    def upload(self) -> BlobReport:
        report = BlobReport()
        for sha, path in self.pending():
            try:
                data = Path(path).read_bytes()
            except FileNotFoundError:
                report.missing.append(sha)
                continue
            if hashlib.sha256(data).hexdigest() != sha:
                report.corrupt.append(sha)  # damaged at the station: never confirm it, keep it for review
                continue
            with self.central.begin() as conn:
                known = conn.scalar(select(CentralBlobRow.sha256).where(CentralBlobRow.sha256 == sha))
                if known and self.store.intact(conn, sha):
                    report.already_central.append(sha)
                else:
                    self.store.put(conn, sha, data)
                    self._record(conn, sha, len(data))
                    report.uploaded.append(sha)
            with self.station_engine.begin() as sconn:
                state.add_receipt(sconn, sha, self.store.storage)
        return report

    def _record(self, conn: Connection, sha: str, size: int) -> None:
        stmt = upsert_insert(conn, CentralBlobRow).values(
            sha256=sha, size=size, storage=self.store.storage, station=self.station, stored_at=utcnow()
        )
        conn.execute(stmt.on_conflict_do_nothing(index_elements=["sha256"]))

    def deletable(self) -> set[str]:
        """Blobs the station may delete: only those the central store confirmed intact."""
        with self.station_engine.connect() as conn:
            return state.confirmed_blobs(conn)


def default_blob_store(central: CentralStore, home_root: Path) -> CentralBlobStore:
    """`PACKSTATION_CENTRAL_BLOBS` (a folder, or `db`); else a folder beside a SQLite central store,
    else inside the PostgreSQL central database."""
    choice = os.environ.get("PACKSTATION_CENTRAL_BLOBS", "").strip()
    if choice == "db":
        return DatabaseBlobs()
    if choice:
        return FolderBlobs(Path(choice))
    if central.engine.dialect.name == "sqlite":
        db = central.engine.url.database or ""
        base = Path(db).parent if db and db != ":memory:" else Path(home_root)
        return FolderBlobs(base / "central-blobs")
    return DatabaseBlobs()
