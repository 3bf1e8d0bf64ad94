"""Every foreign key column leads an index: SQLite checks a pupil that points at a pupil (a
shared phone, a merge) against every child column, and without these four an import of
pupils was quadratic (issue 17).

Revision ID: 0018_fk_indexes
Revises: 0017_purge
Create Date: 2026-11-30 11:30:37.934361
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0018_fk_indexes"
down_revision: str | None = "0017_purge"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_students_merged_into_id"), ["merged_into_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_students_shares_phone_with_id"), ["shares_phone_with_id"], unique=False
        )

    with op.batch_alter_table("teaching_assignments", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_teaching_assignments_subject_id"), ["subject_id"], unique=False
        )

    with op.batch_alter_table("worksheets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worksheets_source_file_id"), ["source_file_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("worksheets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worksheets_source_file_id"))

    with op.batch_alter_table("teaching_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teaching_assignments_subject_id"))

    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_students_shares_phone_with_id"))
        batch_op.drop_index(batch_op.f("ix_students_merged_into_id"))
