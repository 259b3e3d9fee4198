"""Station-side sync state: pull cursor and last sync, orders claimed ahead, blobs the centre confirmed."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.base import Base, UTCDateTime


class SyncStateRow(Base):
    """Small named facts of the sync: `pull_cursor`, `last_push_ok`, `last_error`, ..."""

    __tablename__ = "sync_state"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


class ClaimAheadRow(Base):
    """An order this station claimed in the central store ahead of time, so it may pack it offline."""

    __tablename__ = "claim_ahead"

    order_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    claimed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)


class BlobReceiptRow(Base):
    """A blob the central store confirmed intact; only these may ever be deleted at the station."""

    __tablename__ = "blob_receipts"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    storage: Mapped[str] = mapped_column(String(16), default="")
    confirmed_at: Mapped[datetime] = mapped_column(UTCDateTime)
