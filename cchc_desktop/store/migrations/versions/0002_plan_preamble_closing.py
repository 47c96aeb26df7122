"""plan preamble and closing paragraphs

Revision ID: 0002
Revises: 0001
"""
from alembic import op
import sqlalchemy as sa

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("remediation_plan") as batch:
        batch.add_column(sa.Column("preamble", sa.Text(), nullable=True))
        batch.add_column(sa.Column("closing", sa.Text(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("remediation_plan") as batch:
        batch.drop_column("closing")
        batch.drop_column("preamble")
