"""Central store: station names bound to station ids, so two homes cannot share one name.

Revision ID: c0002_station_identity
Revises: c0001_central
"""

import sqlalchemy as sa
from alembic import op

import packstation.store.base

revision = "c0002_station_identity"
down_revision = "c0001_central"
branch_labels = None
depends_on = None

UTC = packstation.store.base.UTCDateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "central_station_ids",
        sa.Column("station", sa.String(length=100), nullable=False),
        sa.Column("station_id", sa.String(length=36), nullable=False),
        sa.Column("registered_at", UTC, nullable=False),
        sa.PrimaryKeyConstraint("station", name=op.f("pk_central_station_ids")),
    )
    op.create_index(
        op.f("ix_central_station_ids_station_id"), "central_station_ids", ["station_id"], unique=False
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_central_station_ids_station_id"), table_name="central_station_ids")
    op.drop_table("central_station_ids")
