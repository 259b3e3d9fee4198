"""Sync: station-side cursor and state, claim-ahead list, blob receipts.

Revision ID: 0005_sync
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "0005_sync"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "sync_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("updated_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_sync_state")),
    )
    op.create_table(
        "claim_ahead",
        sa.Column("order_id", sa.String(length=64), nullable=False),
        sa.Column("claimed_at", UTC, nullable=False),
        sa.Column("expires_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("order_id", name=op.f("pk_claim_ahead")),
    )
    op.create_table(
        "blob_receipts",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("storage", sa.String(length=16), nullable=False),
        sa.Column("confirmed_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("sha256", name=op.f("pk_blob_receipts")),
    )


def downgrade() -> None:
    op.drop_table("blob_receipts")
    op.drop_table("claim_ahead")
    op.drop_table("sync_state")
