"""A row one dot wrote whole, whose context is that dot, keeps the dot in columns of
`sync_rows` (node, counter, clock) instead of state text and a line of `sync_row_nodes`:
a full sync of 100,000 new pupils writes 100,000 fewer lines on each side. A version
before this one would find no state for such a row; it refuses the database instead.

The history's index by dot, which finds who made what a reader lacks, holds only the
lines that name a person: the others were never looked up by it.

Revision ID: 0022_dot_columns
Revises: 0021_compact_states
Create Date: 2026-12-01 02:10:00
"""

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0022_dot_columns"
down_revision: str | None = "0021_compact_states"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

PAGE = 2000
BIG = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def _one_dot(text: str) -> tuple[str, int, int] | None:
    """The dot of a state 0021 kept small whose context is that dot alone."""
    state = json.loads(text)
    if set(state) != {"c", "d"} or len(state["d"]) != 1 or len(state["c"]) != 1:
        return None
    node, counter, clock = state["d"][0]
    return (node, counter, clock) if state["c"] == {node: counter} else None


PEOPLE = sa.text("person != ''")


def upgrade() -> None:
    op.drop_index("ix_sync_history_dot", table_name="sync_history")
    op.create_index(
        "ix_sync_history_people",
        "sync_history",
        ["node", "counter"],
        sqlite_where=PEOPLE,
        postgresql_where=PEOPLE,
    )
    with op.batch_alter_table("sync_rows", schema=None) as batch_op:
        batch_op.add_column(sa.Column("node", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("counter", BIG, nullable=True))
        batch_op.add_column(sa.Column("clock", BIG, nullable=True))
        batch_op.alter_column("state", existing_type=sa.Text(), nullable=True)
        batch_op.create_index("ix_sync_rows_dot", ["node", "counter"], unique=False)
    bind = op.get_bind()
    after = ("", "")
    while True:
        page = bind.execute(
            sa.text(
                "SELECT table_name, row_id, state FROM sync_rows "
                "WHERE (table_name > :table OR (table_name = :table AND row_id > :row)) "
                "ORDER BY table_name, row_id LIMIT :page"
            ),
            {"table": after[0], "row": after[1], "page": PAGE},
        ).all()
        if not page:
            break
        moved = [
            {"table": table, "row": row_id, "node": dot[0], "counter": dot[1], "clock": dot[2]}
            for table, row_id, text in page
            if (dot := _one_dot(text)) is not None
        ]
        if moved:
            bind.execute(
                sa.text(
                    "UPDATE sync_rows SET state = NULL, node = :node, counter = :counter, "
                    "clock = :clock WHERE table_name = :table AND row_id = :row"
                ),
                moved,
            )
            bind.execute(
                sa.text("DELETE FROM sync_row_nodes WHERE table_name = :table AND row_id = :row"),
                moved,
            )
        after = (page[-1][0], page[-1][1])


def downgrade() -> None:
    op.drop_index("ix_sync_history_people", table_name="sync_history")
    op.create_index("ix_sync_history_dot", "sync_history", ["node", "counter"])
    bind = op.get_bind()
    moved = bind.execute(
        sa.text(
            "SELECT table_name, row_id, node, counter, clock FROM sync_rows WHERE node IS NOT NULL"
        )
    ).all()
    if moved:
        bind.execute(
            sa.text(
                "UPDATE sync_rows SET state = :state WHERE table_name = :table AND row_id = :row"
            ),
            [
                {
                    "table": table,
                    "row": row_id,
                    "state": json.dumps(
                        {"c": {node: counter}, "d": [[node, counter, clock]]},
                        separators=(",", ":"),
                    ),
                }
                for table, row_id, node, counter, clock in moved
            ],
        )
        bind.execute(
            sa.text(
                "INSERT INTO sync_row_nodes (table_name, row_id, node, counter) "
                "SELECT table_name, row_id, node, counter FROM sync_rows WHERE node IS NOT NULL"
            )
        )
    with op.batch_alter_table("sync_rows", schema=None) as batch_op:
        batch_op.drop_index("ix_sync_rows_dot")
        batch_op.alter_column("state", existing_type=sa.Text(), nullable=False)
        batch_op.drop_column("clock")
        batch_op.drop_column("counter")
        batch_op.drop_column("node")
