"""Alerts: the title as a translatable text (JSON next to the stored English; "" on older rows).

Revision ID: 0018_alert_title_text
Revises: 0012_tracking (the branch off 0001_foundation that made the alerts table)
"""

import sqlalchemy as sa
from alembic import op

revision = "0018_alert_title_text"
down_revision = "0012_tracking"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("title_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("title_text")
