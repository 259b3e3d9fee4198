"""Build a station's sync parts from its home and config: what the composition root calls."""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path

from packstation.store.central.schema import CentralUnavailable
from packstation.store.uow import UnitOfWorkFactory
from packstation.sync.blobs import (
    BlobSource,
    BlobUploader,
    combined_source,
    default_blob_store,
    evidence_blob_source,
    manifest_blob_source,
)
from packstation.sync.central import CentralStore
from packstation.sync.claims import CentralClaims, CentralStatus, ClaimBook
from packstation.sync.engine import SyncEngine
from packstation.sync.gate import CentralGate
from packstation.sync.identity import StationIdentity, register_station
from packstation.sync.stock import StockBook
from packstation.sync.stock_port import CentralStock

CLAIM_AHEAD_ENV = "PACKSTATION_CLAIM_AHEAD"


def central_url_for(home_root: Path, configured: str = "") -> str:
    """`PACKSTATION_CENTRAL_URL`, else the config's `store.central_url`, else `central.db` in the home."""
    return (
        os.environ.get("PACKSTATION_CENTRAL_URL")
        or configured
        or f"sqlite:///{Path(home_root) / 'central.db'}"
    )


@dataclass
class StationSync:
    """The station's handles on the central store: claims and status ports, and the sync loop."""

    central: CentralStore
    book: ClaimBook
    claims: CentralClaims
    status: CentralStatus
    engine: SyncEngine
    gate: CentralGate | None = None
    stock: CentralStock | None = None

    def close(self) -> None:
        self.central.dispose()


def build_station_sync(
    home_root: Path,
    uow: UnitOfWorkFactory,
    station: str,
    central_url: str = "",
    *,
    blob_sources: tuple[BlobSource, ...] = (),
    claim_ahead: int | None = None,
    migrate: bool = True,
    station_id: str = "",
) -> StationSync:
    """Open the central store (creating an embedded one on first use) and wire the sync parts.

    With `migrate` (a station that will pack or sync, not a command that only reads) and `station_id`
    (the home's id) the station's name is registered with its id at the central store, within the
    gate's deadline; StationNameTaken when another home already uses the name.
    """
    url = central_url_for(home_root, central_url)
    central = CentralStore.open(url, migrate=False)
    central.create_on_first_use = url.startswith("sqlite")
    if migrate and url.startswith("sqlite"):
        # Only the embedded single-station store is created here; a shared (PostgreSQL) store's schema
        # changes only through `packstation central init`. Offline at start-up is fine.
        with contextlib.suppress(CentralUnavailable):
            central.upgrade()
    # One deadline and one "not answering" memory for claims and status. A store on this machine's
    # disk cannot hang like a server; it only waits for its lock (and is created on first use).
    gate = CentralGate(timeout_s=15.0 if url.startswith("sqlite") else 1.0)
    if migrate and station_id:
        try:
            with contextlib.suppress(CentralUnavailable):
                gate.call(lambda: register_station(central, StationIdentity(station, station_id)))
        except BaseException:
            central.dispose()
            raise
    book = ClaimBook(central)
    source = combined_source(
        evidence_blob_source(uow.engine, Path(home_root) / "blobs"),
        manifest_blob_source(uow.engine, Path(home_root) / "blobs"),
        *blob_sources,
    )
    uploader = BlobUploader(
        uow.engine, central, default_blob_store(central, Path(home_root)), source, station
    )
    ahead = claim_ahead if claim_ahead is not None else int(os.environ.get(CLAIM_AHEAD_ENV, "0") or 0)
    stock = StockBook(central)
    engine = SyncEngine(uow, central, station, claims=book, blobs=uploader, claim_ahead=ahead, stock=stock)
    return StationSync(
        central,
        book,
        CentralClaims(book, uow.engine, gate),
        CentralStatus(central, gate),
        engine,
        gate,
        CentralStock(stock, uow.engine, gate),
    )
