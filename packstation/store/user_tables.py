"""Station users: who may log in, with their role and hashed PIN and badge (never stored in clear)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, String
from sqlalchemy.orm import Mapped, mapped_column

from packstation.store.base import Base, UTCDateTime


class UserRow(Base):
    """One person. `*_hash` verify a credential (scrypt); `*_lookup` find it (keyed HMAC, unique)."""

    __tablename__ = "users"

    user_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(16), default="packer")
    pin_hash: Mapped[str] = mapped_column(String(200), default="")
    pin_lookup: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    badge_hash: Mapped[str] = mapped_column(String(200), default="")
    badge_lookup: Mapped[str | None] = mapped_column(String(64), nullable=True, unique=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)
    language: Mapped[str] = mapped_column(String(16), default="")  # "" = the station default
