"""sync: who uses each laptop, and an index for rows not yet stamped

Revision ID: 0005_sync_people
Revises: 0004_sync_state
Create Date: 2026-11-24 08:20:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005_sync_people"
down_revision: str | None = "0004_sync_state"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_dirty", schema=None) as batch_op:
        batch_op.create_index("ix_sync_dirty_row", ["table_name", "row_id"], unique=False)
    with op.batch_alter_table("sync_peers", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("person", sa.String(length=200), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("sync_peers", schema=None) as batch_op:
        batch_op.drop_column("person")
    with op.batch_alter_table("sync_dirty", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_dirty_row")
