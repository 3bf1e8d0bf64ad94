"""A row new here that one dot made keeps its "made" line of history with its dot, in
`sync_rows` (made_arrived, made_by), until the row is next written: a full sync of 100,000
pupils writes 100,000 fewer history lines on each side. Going back writes those lines into
`sync_history`, where a version before this one reads them.

Revision ID: 0023_made_lines
Revises: 0022_dot_columns
Create Date: 2026-12-01 05:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0023_made_lines"
down_revision: str | None = "0022_dot_columns"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("sync_rows", schema=None) as batch_op:
        batch_op.add_column(sa.Column("made_arrived", sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column("made_by", sa.String(length=100), nullable=True))


def downgrade() -> None:
    op.execute(
        "INSERT INTO sync_history (table_name, row_id, changes, node, counter, clock, arrived, "
        "person) SELECT table_name, row_id, '{}', node, counter, clock, made_arrived, "
        "COALESCE(made_by, '') FROM sync_rows WHERE made_arrived IS NOT NULL "
        "ORDER BY clock"
    )
    with op.batch_alter_table("sync_rows", schema=None) as batch_op:
        batch_op.drop_column("made_by")
        batch_op.drop_column("made_arrived")
