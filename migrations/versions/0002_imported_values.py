"""imported values

Revision ID: 0002_imported_values
Revises: 0001_initial
Create Date: 2026-11-24 05:28:32.637768
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002_imported_values"
down_revision: str | None = "0001_initial"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "imported_values",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("values_json", sa.Text(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_imported_values_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_imported_values")),
        info={"sync": True},
    )
    with op.batch_alter_table("imported_values", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_imported_values_student_id"), ["student_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("imported_values", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_imported_values_student_id"))

    op.drop_table("imported_values")
