"""Station identity at the central store: a station's name is bound to the id of its home.

Claims, contacts and events name a station by its human name. Two homes with the same name (two
PCs called `packing`, a cloned disk) would be one station to the central store; registering the
home's id with the name on first contact makes the second one stop with a message to rename it.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, select
from sqlalchemy.exc import ProgrammingError

from packstation.home import StationFault
from packstation.store.base import utcnow
from packstation.store.central.tables import StationIdentityRow
from packstation.sync.central import CentralStore
from packstation.sync.sql import upsert_insert


class StationNameTaken(StationFault):
    """Another station (another home) is registered under this station's name."""


@dataclass(frozen=True)
class StationIdentity:
    """Who a station is: its human name (config `station`) and its home's id (UUID)."""

    name: str
    station_id: str


def register_station(central: CentralStore, identity: StationIdentity) -> bool:
    """Bind the name to the id at the central store; True when newly registered.

    Raises StationNameTaken when the name belongs to another id, CentralUnavailable when offline.
    """
    try:
        with central.begin() as conn:
            owner = _bind(conn, identity)
    except ProgrammingError:
        return False  # a central store whose schema predates station ids: `central init` upgrades it
    if owner != identity.station_id:
        raise StationNameTaken(
            f"station name {identity.name!r} is already used by another station (id {owner}) at the "
            f"central store; this home's id is {identity.station_id}: rename one of them "
            '(station = "..." in config.toml) and start again'
        )
    return True


def _bind(conn: Connection, identity: StationIdentity) -> str | None:
    """Insert name -> id unless the name is taken; the id the name belongs to afterwards."""
    conn.execute(
        upsert_insert(conn, StationIdentityRow)
        .values(station=identity.name, station_id=identity.station_id, registered_at=utcnow())
        .on_conflict_do_nothing(index_elements=["station"])
    )
    return conn.scalar(
        select(StationIdentityRow.station_id).where(StationIdentityRow.station == identity.name)
    )


def registered_stations(central: CentralStore) -> dict[str, str]:
    """Every registered station name with its id (for `central` reports and the supervisor)."""
    with central.reachable(), central.engine.connect() as conn:
        return dict(conn.execute(select(StationIdentityRow.station, StationIdentityRow.station_id)).all())
