"""Print jobs: why a job has not printed, as a translatable text (JSON next to the English; "" on older rows).

Revision ID: 0017_print_job_reason_text
Revises: 0002_print_jobs (the branch off 0001_foundation that made the print_jobs table)
"""

import sqlalchemy as sa
from alembic import op

revision = "0017_print_job_reason_text"
down_revision = "0002_print_jobs"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.add_column(sa.Column("reason_text", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("print_jobs") as batch:
        batch.drop_column("reason_text")
