"""Review indexes: keyset search over orders and per-packer / per-station metrics over events.

Every search ordering is `(updated_at or ship_by) DESC, order_id DESC`, so each index ends in that pair
and a page is one index range seek, never an OFFSET scan. Flagged orders are few: a partial index.

Revision ID: 0006_review_indexes
Revises: 0001_foundation
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_review_indexes"
down_revision = "0001_foundation"
branch_labels = None
depends_on = None

FLAGGED = sa.text("flagged != ''")


def upgrade() -> None:
    op.create_index("ix_orders_updated_order", "orders", ["updated_at", "order_id"])
    op.create_index("ix_orders_ship_by_order", "orders", ["ship_by", "order_id"])
    op.create_index("ix_orders_status_updated", "orders", ["status", "updated_at", "order_id"])
    op.create_index("ix_orders_status_ship_by", "orders", ["status", "ship_by", "order_id"])
    op.create_index("ix_orders_packer_updated", "orders", ["packer", "updated_at", "order_id"])
    op.create_index("ix_orders_station_updated", "orders", ["station", "updated_at", "order_id"])
    op.create_index(
        "ix_orders_flagged_updated",
        "orders",
        ["updated_at", "order_id"],
        sqlite_where=FLAGGED,
        postgresql_where=FLAGGED,
    )
    op.create_index("ix_events_user_occurred", "events", ["user", "occurred_at"])
    op.create_index("ix_events_station_occurred", "events", ["station", "occurred_at"])


def downgrade() -> None:
    op.drop_index("ix_events_station_occurred", table_name="events")
    op.drop_index("ix_events_user_occurred", table_name="events")
    for name in (
        "ix_orders_flagged_updated",
        "ix_orders_station_updated",
        "ix_orders_packer_updated",
        "ix_orders_status_ship_by",
        "ix_orders_status_updated",
        "ix_orders_ship_by_order",
        "ix_orders_updated_order",
    ):
        op.drop_index(name, table_name="orders")
