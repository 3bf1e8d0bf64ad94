"""Each synced row's causal context as lines (sync_row_nodes), so an export for a reader finds
the rows it lacks by an index instead of parsing every row's state twice; and an index on
the history's dots for who made them (issue 17).

Revision ID: 0019_row_nodes
Revises: 0018_fk_indexes
Create Date: 2026-11-30 12:41:09.513393
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0019_row_nodes"
down_revision: str | None = "0018_fk_indexes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "sync_row_nodes",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("row_id", sa.String(length=32), nullable=False),
        sa.Column("node", sa.String(length=32), nullable=False),
        sa.Column("counter", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "row_id", "node", name=op.f("pk_sync_row_nodes")),
        info={"sync": False},
    )
    with op.batch_alter_table("sync_row_nodes", schema=None) as batch_op:
        batch_op.create_index("ix_sync_row_nodes_counter", ["node", "counter"], unique=False)
    with op.batch_alter_table("sync_history", schema=None) as batch_op:
        batch_op.create_index("ix_sync_history_dot", ["node", "counter"], unique=False)
    # Every state already kept: its context {"c": {node: counter}} as lines.
    if op.get_bind().dialect.name == "postgresql":  # the hub runs the same migrations
        contexts = "jsonb_each_text(s.state::jsonb -> 'c') AS c"
        counter = "c.value::integer"
    else:
        contexts, counter = "json_each(s.state, '$.c') AS c", "c.value"
    op.execute(
        "INSERT INTO sync_row_nodes (table_name, row_id, node, counter) "
        f"SELECT s.table_name, s.row_id, c.key, {counter} FROM sync_rows AS s, {contexts}"
    )


def downgrade() -> None:
    with op.batch_alter_table("sync_history", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_history_dot")
    with op.batch_alter_table("sync_row_nodes", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_row_nodes_counter")
    op.drop_table("sync_row_nodes")
