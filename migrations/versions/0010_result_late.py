"""assessment results: handed in late or not

Revision ID: 0010_result_late
Revises: 0009_grades
Create Date: 2026-11-30 03:00:00

A result keeps whether the work came after the assessment's due date. Results already
kept were entered without saying so: they are not late.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010_result_late"
down_revision: str | None = "0009_grades"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("assessment_results", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("late", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("assessment_results", schema=None) as batch_op:
        batch_op.drop_column("late")
