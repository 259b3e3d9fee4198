"""Users: the language each person reads the station in ("" = the station's default).

Revision ID: 0015_user_language
Revises: 0004_users (the branch off 0001_foundation that made the users table)
"""

import sqlalchemy as sa
from alembic import op

revision = "0015_user_language"
down_revision = "0004_users"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("language", sa.String(length=16), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.drop_column("language")
