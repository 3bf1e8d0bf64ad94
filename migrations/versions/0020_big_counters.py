"""Sync's counters and clocks as 64-bit integers on PostgreSQL (a clock is milliseconds
shifted left by 16 bits: past 2**31 from the first stamp). SQLite's INTEGER is 64 bits
already, so a laptop's file is left as it is.

Revision ID: 0020_big_counters
Revises: 0019_row_nodes
Create Date: 2026-11-30 15:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0020_big_counters"
down_revision: str | None = "0019_row_nodes"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = (("sync_row_nodes", "counter"), ("sync_history", "counter"), ("sync_history", "clock"))


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.BigInteger(), existing_type=sa.Integer())


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for table, column in COLUMNS:
        op.alter_column(table, column, type_=sa.Integer(), existing_type=sa.BigInteger())
