"""Evidence tables: proof photos of each parcel, linked into a per-station SHA-256 hash chain."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.base import Base, UTCDateTime


class ProofPhotoRow(Base):
    """One stored proof photo. Rows are append-only: editing any field breaks `record_hash`.

    No foreign key to `orders`: evidence must outlive re-imports or purges of the order row.
    """

    __tablename__ = "proof_photos"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    order_id: Mapped[str] = mapped_column(String(64), index=True)
    parcel_number: Mapped[int] = mapped_column(Integer, default=1)
    kind: Mapped[str] = mapped_column(String(32))
    sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    blob_key: Mapped[str] = mapped_column(String(200))
    original_sha256: Mapped[str] = mapped_column(String(64), default="")
    original_blob_key: Mapped[str] = mapped_column(String(200), default="")
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    label_visible: Mapped[bool] = mapped_column(Boolean, default=False)
    tracking_number: Mapped[str] = mapped_column(String(64), default="")
    taken_at: Mapped[datetime] = mapped_column(UTCDateTime)
    station: Mapped[str] = mapped_column(String(100), default="")
    packer: Mapped[str] = mapped_column(String(100), default="")
    camera: Mapped[str] = mapped_column(String(200), default="")
    accepted_without_label: Mapped[bool] = mapped_column(Boolean, default=False)
    waiver_reason: Mapped[str] = mapped_column(Text, default="")
    seq: Mapped[int] = mapped_column(Integer)
    prev_hash: Mapped[str] = mapped_column(String(64))
    record_hash: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("station", "seq", name="uq_proof_photos_station_seq"),
        Index("ix_proof_photos_sha256", "sha256"),
    )
