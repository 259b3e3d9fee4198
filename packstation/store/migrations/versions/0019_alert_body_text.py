"""Alerts: the body as a translatable text too (JSON next to the stored English; "" on older rows).

Revision ID: 0019_alert_body_text
Revises: 0018_alert_title_text
"""

import sqlalchemy as sa
from alembic import op

revision = "0019_alert_body_text"
down_revision = "0018_alert_title_text"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.add_column(sa.Column("body_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("alerts") as batch:
        batch.drop_column("body_text")
