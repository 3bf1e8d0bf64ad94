"""worksheets

Revision ID: 0003_worksheets
Revises: 0002_imported_values
Create Date: 2026-11-24 06:04:07.599368
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003_worksheets"
down_revision: str | None = "0002_imported_values"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "stored_files",
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("size", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=80), nullable=False),
        sa.Column("original_name", sa.String(length=255), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_stored_files")),
        info={"sync": True},
    )
    with op.batch_alter_table("stored_files", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_stored_files_sha256"), ["sha256"], unique=False)

    op.create_table(
        "worksheets",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("instructions", sa.Text(), nullable=False),
        sa.Column("objective", sa.Text(), nullable=False),
        sa.Column("pass_mark", sa.SmallInteger(), nullable=False),
        sa.Column("max_score", sa.SmallInteger(), nullable=False),
        sa.Column("source_file_id", sa.Uuid(), nullable=True),
        sa.Column("page_count", sa.SmallInteger(), nullable=False),
        sa.Column("archived_at", sa.DateTime(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_worksheets_school_id_schools")
        ),
        sa.ForeignKeyConstraint(
            ["source_file_id"],
            ["stored_files.id"],
            name=op.f("fk_worksheets_source_file_id_stored_files"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["subjects.id"], name=op.f("fk_worksheets_subject_id_subjects")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worksheets")),
        info={"sync": True},
    )
    with op.batch_alter_table("worksheets", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worksheets_school_id"), ["school_id"], unique=False)
        batch_op.create_index("ix_worksheets_subject_level", ["subject_id", "level"], unique=False)

    op.create_table(
        "hand_outs",
        sa.Column("worksheet_id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("due_note", sa.String(length=300), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_classes.id"], name=op.f("fk_hand_outs_class_id_school_classes")
        ),
        sa.ForeignKeyConstraint(
            ["worksheet_id"], ["worksheets.id"], name=op.f("fk_hand_outs_worksheet_id_worksheets")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_hand_outs")),
        info={"sync": True},
    )
    with op.batch_alter_table("hand_outs", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_hand_outs_class_id"), ["class_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_hand_outs_worksheet_id"), ["worksheet_id"], unique=False
        )

    op.create_table(
        "worksheet_questions",
        sa.Column("worksheet_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.SmallInteger(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column(
            "answer_space",
            sa.Enum("lines", "box", name="answerspace", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("answer_lines", sa.SmallInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["worksheet_id"],
            ["worksheets.id"],
            name=op.f("fk_worksheet_questions_worksheet_id_worksheets"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worksheet_questions")),
        info={"sync": True},
    )
    with op.batch_alter_table("worksheet_questions", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worksheet_questions_worksheet_id"), ["worksheet_id"], unique=False
        )

    op.create_table(
        "worksheet_copies",
        sa.Column("hand_out_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column(
            "channel",
            sa.Enum("paper", "whatsapp", name="channel", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("pickup_code", sa.String(length=7), nullable=False),
        sa.Column("collected_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["hand_out_id"],
            ["hand_outs.id"],
            name=op.f("fk_worksheet_copies_hand_out_id_hand_outs"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_worksheet_copies_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_worksheet_copies")),
        info={"sync": True},
    )
    with op.batch_alter_table("worksheet_copies", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_worksheet_copies_hand_out_id"), ["hand_out_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_worksheet_copies_pickup_code"), ["pickup_code"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_worksheet_copies_student_id"), ["student_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("worksheet_copies", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worksheet_copies_student_id"))
        batch_op.drop_index(batch_op.f("ix_worksheet_copies_pickup_code"))
        batch_op.drop_index(batch_op.f("ix_worksheet_copies_hand_out_id"))

    op.drop_table("worksheet_copies")
    with op.batch_alter_table("worksheet_questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worksheet_questions_worksheet_id"))

    op.drop_table("worksheet_questions")
    with op.batch_alter_table("hand_outs", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_hand_outs_worksheet_id"))
        batch_op.drop_index(batch_op.f("ix_hand_outs_class_id"))

    op.drop_table("hand_outs")
    with op.batch_alter_table("worksheets", schema=None) as batch_op:
        batch_op.drop_index("ix_worksheets_subject_level")
        batch_op.drop_index(batch_op.f("ix_worksheets_school_id"))

    op.drop_table("worksheets")
    with op.batch_alter_table("stored_files", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_stored_files_sha256"))

    op.drop_table("stored_files")
