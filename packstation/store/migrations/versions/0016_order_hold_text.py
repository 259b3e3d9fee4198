"""Orders: the hold reason as a translatable text (JSON next to the stored English; "" on older rows).

Revision ID: 0016_order_hold_text
Revises: 0006_review_indexes (the orders table's branch off 0001_foundation)
"""

import sqlalchemy as sa
from alembic import op

revision = "0016_order_hold_text"
down_revision = "0006_review_indexes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.add_column(sa.Column("hold_reason_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("orders") as batch:
        batch.drop_column("hold_reason_text")
