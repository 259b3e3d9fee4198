"""Users: station logins with roles and hashed PINs and badges.

Revision ID: 0004_users
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0004_users"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "users",
        sa.Column("user_id", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=16), nullable=False),
        sa.Column("pin_hash", sa.String(length=200), nullable=False),
        sa.Column("pin_lookup", sa.String(length=64), nullable=True),
        sa.Column("badge_hash", sa.String(length=200), nullable=False),
        sa.Column("badge_lookup", sa.String(length=64), nullable=True),
        sa.Column("active", sa.Boolean(), nullable=False),
        sa.Column("created_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("updated_at", packstation.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("user_id", name=op.f("pk_users")),
        sa.UniqueConstraint("pin_lookup", name=op.f("uq_users_pin_lookup")),
        sa.UniqueConstraint("badge_lookup", name=op.f("uq_users_badge_lookup")),
    )


def downgrade() -> None:
    op.drop_table("users")
