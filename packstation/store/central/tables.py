"""Central tables: every station's events, the shared orders, claims, station contacts and blobs.

They live on their own metadata (not the station's `Base`) and their own Alembic tree, because the
central store is a different database from each station's.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.dialects.postgresql import BYTEA, JSONB
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from packstation.store.base import NAMING, UTCDateTime

# SQLite only auto-numbers INTEGER PRIMARY KEY; PostgreSQL gets 64-bit identities.
BigId = BigInteger().with_variant(Integer, "sqlite")
Json = JSON().with_variant(JSONB(), "postgresql")
Blob = LargeBinary().with_variant(BYTEA(), "postgresql")


class CentralBase(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class CentralEventRow(CentralBase):
    """One station event as received; `id` (the event UUID) makes a re-sent event a no-op."""

    __tablename__ = "central_events"

    seq: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    id: Mapped[str] = mapped_column(String(36), unique=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    type: Mapped[str] = mapped_column(String(48))
    station: Mapped[str] = mapped_column(String(100))
    user: Mapped[str] = mapped_column(String(100), default="")
    payload: Mapped[dict] = mapped_column(Json, default=dict)
    occurred_at: Mapped[datetime] = mapped_column(UTCDateTime)
    station_seq: Mapped[int] = mapped_column(BigInteger)
    received_at: Mapped[datetime] = mapped_column(UTCDateTime)

    __table_args__ = (Index("ix_central_events_station_seq", "station", "station_seq"),)


class CentralOrderRow(CentralBase):
    """An order as every station should see it.

    `version` rises on every write. `txid` (PostgreSQL only) is the writing transaction's id, which
    the order pull uses to never skip a row committed out of order (see `packstation.sync.pull`).
    """

    __tablename__ = "central_orders"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    channel: Mapped[str] = mapped_column(String(32), default="generic")
    status: Mapped[str] = mapped_column(String(16), index=True)
    data: Mapped[dict] = mapped_column(Json)
    version: Mapped[int] = mapped_column(BigInteger, index=True)
    txid: Mapped[int | None] = mapped_column(BigInteger, nullable=True, index=True)
    cancel_reason: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CentralCounterRow(CentralBase):
    """Named counters for the SQLite central store (PostgreSQL uses sequences)."""

    __tablename__ = "central_counters"

    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[int] = mapped_column(BigInteger, default=0)


class ClaimRow(CentralBase):
    """Which station packs an order, until when. `ahead` marks claims taken for offline packing."""

    __tablename__ = "central_claims"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    station: Mapped[str] = mapped_column(String(100), index=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ahead: Mapped[bool] = mapped_column(Boolean, default=False)


class StationContactRow(CentralBase):
    """What the supervisor sees per station: its last contact and outbox backlog."""

    __tablename__ = "central_stations"

    station: Mapped[str] = mapped_column(String(100), primary_key=True)
    last_contact: Mapped[datetime] = mapped_column(UTCDateTime)
    backlog: Mapped[int] = mapped_column(BigInteger, default=0)
    events_received: Mapped[int] = mapped_column(BigInteger, default=0)
    last_event_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class CentralBlobRow(CentralBase):
    """A photo or label file the central store holds intact (hash checked on arrival)."""

    __tablename__ = "central_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)
    storage: Mapped[str] = mapped_column(String(16))
    station: Mapped[str] = mapped_column(String(100), default="")
    stored_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CentralBlobDataRow(CentralBase):
    """Blob bytes kept inside the database (PostgreSQL bytea) when there is no shared folder."""

    __tablename__ = "central_blob_data"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    data: Mapped[bytes] = mapped_column(Blob)


class StationIdentityRow(CentralBase):
    """A station name bound to the id of the home that first registered it (see sync/identity.py)."""

    __tablename__ = "central_station_ids"

    station: Mapped[str] = mapped_column(String(100), primary_key=True)
    station_id: Mapped[str] = mapped_column(String(36), index=True)
    registered_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StockRow(CentralBase):
    """Units of one SKU in one bin: on hand, and how many of them orders have reserved."""

    __tablename__ = "central_stock"

    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    location: Mapped[str] = mapped_column(String(64), primary_key=True)
    on_hand: Mapped[int] = mapped_column(Integer, default=0)
    reserved: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)

    # The database itself refuses a reservation beyond what is on hand (available never below zero).
    __table_args__ = (CheckConstraint("reserved >= 0 AND reserved <= on_hand", name="reserved_within_on_hand"),)


class StockReservationRow(CentralBase):
    """Units of a SKU in a bin held for one order by the station that took it (`ahead`: for offline)."""

    __tablename__ = "central_stock_reservations"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    location: Mapped[str] = mapped_column(String(64), primary_key=True)
    qty: Mapped[int] = mapped_column(Integer)
    station: Mapped[str] = mapped_column(String(100), index=True)
    ahead: Mapped[bool] = mapped_column(Boolean, default=False)
    reserved_at: Mapped[datetime] = mapped_column(UTCDateTime)


class StockAdjustmentRow(CentralBase):
    """The audit of every on-hand change: import, count, adjust, restock, receipt, handover."""

    __tablename__ = "central_stock_adjustments"

    id: Mapped[int] = mapped_column(BigId, primary_key=True, autoincrement=True)
    sku: Mapped[str] = mapped_column(String(100), index=True)
    location: Mapped[str] = mapped_column(String(64))
    kind: Mapped[str] = mapped_column(String(16))
    delta: Mapped[int] = mapped_column(Integer)
    on_hand_after: Mapped[int] = mapped_column(Integer)
    actor: Mapped[str] = mapped_column(String(100), default="")
    station: Mapped[str] = mapped_column(String(100), default="")
    order_id: Mapped[str] = mapped_column(String(64), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class StockDecisionRow(CentralBase):
    """A supervisor's decision on an order waiting for stock: `pick_anyway` or `out_of_stock`."""

    __tablename__ = "central_stock_decisions"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    decision: Mapped[str] = mapped_column(String(16))
    actor: Mapped[str] = mapped_column(String(100))
    reason: Mapped[str] = mapped_column(Text, default="")
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class StockThresholdRow(CentralBase):
    """Alert supervisors when a SKU's available units fall to this number."""

    __tablename__ = "central_stock_thresholds"

    sku: Mapped[str] = mapped_column(String(100), primary_key=True)
    threshold: Mapped[int] = mapped_column(Integer)
