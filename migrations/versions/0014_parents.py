"""parents: letters with a reply slip, parent meetings (invitations, tasks), return-slip answers
and the online lesson schedule

Revision ID: 0014_parents
Revises: 0013_data_allowance
Create Date: 2026-11-30 04:55:31.004261
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014_parents"
down_revision: str | None = "0013_data_allowance"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("attendance_policies") as batch:
        batch.add_column(
            sa.Column("meeting_weekday", sa.SmallInteger(), nullable=False, server_default="4")
        )
    op.create_table(
        "lesson_slots",
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("teacher_id", sa.Uuid(), nullable=True),
        sa.Column("weekday", sa.SmallInteger(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("ends_at", sa.String(length=5), nullable=False),
        sa.Column(
            "channel",
            sa.Enum(
                "whatsapp_group",
                "zoom",
                "google_meet",
                "other",
                name="lessonchannel",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("link", sa.String(length=200), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_classes.id"],
            name=op.f("fk_lesson_slots_class_id_school_classes"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"], ["subjects.id"], name=op.f("fk_lesson_slots_subject_id_subjects")
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"], ["teachers.id"], name=op.f("fk_lesson_slots_teacher_id_teachers")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lesson_slots")),
        info={"sync": True},
    )
    with op.batch_alter_table("lesson_slots", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_lesson_slots_class_id"), ["class_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_lesson_slots_subject_id"), ["subject_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_lesson_slots_teacher_id"), ["teacher_id"], unique=False
        )

    op.create_table(
        "parent_meetings",
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("starts_at", sa.String(length=5), nullable=False),
        sa.Column("place", sa.String(length=120), nullable=False),
        sa.Column("agenda", sa.String(length=500), nullable=False),
        sa.Column("with_deputy_head", sa.Boolean(), nullable=False),
        sa.Column("with_counsellor", sa.Boolean(), nullable=False),
        sa.Column("code", sa.String(length=7), nullable=False),
        sa.Column("notes", sa.String(length=1000), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_classes.id"],
            name=op.f("fk_parent_meetings_class_id_school_classes"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parent_meetings")),
        info={"sync": True},
    )
    with op.batch_alter_table("parent_meetings", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parent_meetings_class_id"), ["class_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_parent_meetings_code"), ["code"], unique=False)
        batch_op.create_index(batch_op.f("ix_parent_meetings_held_on"), ["held_on"], unique=False)

    op.create_table(
        "meeting_invitations",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column(
            "invited_by",
            sa.Enum(
                "call",
                "whatsapp",
                "visit",
                "letter",
                "meeting",
                name="contactkind",
                native_enum=False,
                length=16,
            ),
            nullable=True,
        ),
        sa.Column("attended", sa.Boolean(), nullable=True),
        sa.Column("attended_by", sa.String(length=120), nullable=False),
        sa.Column("concern", sa.String(length=500), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["parent_meetings.id"],
            name=op.f("fk_meeting_invitations_meeting_id_parent_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_meeting_invitations_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_invitations")),
        info={"sync": True},
    )
    with op.batch_alter_table("meeting_invitations", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_invitations_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_invitations_student_id"), ["student_id"], unique=False
        )

    op.create_table(
        "meeting_tasks",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("student_id", sa.Uuid(), nullable=True),
        sa.Column(
            "owner",
            sa.Enum(
                "homeroom",
                "counsellor",
                "deputy_head",
                name="staffrole",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("task", sa.String(length=300), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["parent_meetings.id"],
            name=op.f("fk_meeting_tasks_meeting_id_parent_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_meeting_tasks_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_tasks")),
        info={"sync": True},
    )
    with op.batch_alter_table("meeting_tasks", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_meeting_tasks_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_meeting_tasks_student_id"), ["student_id"], unique=False
        )

    op.create_table(
        "parent_letters",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column(
            "kind",
            sa.Enum(
                "absence",
                "summons",
                "meeting",
                "results",
                name="letterkind",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("code", sa.String(length=7), nullable=False),
        sa.Column("written_on", sa.Date(), nullable=False),
        sa.Column("about_on", sa.Date(), nullable=True),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("meeting_id", sa.Uuid(), nullable=True),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("replied_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"],
            ["follow_up_cases.id"],
            name=op.f("fk_parent_letters_case_id_follow_up_cases"),
        ),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["parent_meetings.id"],
            name=op.f("fk_parent_letters_meeting_id_parent_meetings"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_parent_letters_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_parent_letters")),
        info={"sync": True},
    )
    with op.batch_alter_table("parent_letters", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parent_letters_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_parent_letters_code"), ["code"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_parent_letters_meeting_id"), ["meeting_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_parent_letters_student_id"), ["student_id"], unique=False
        )

    op.create_table(
        "slip_answers",
        sa.Column("copy_id", sa.Uuid(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("habit_days", sa.String(length=400), nullable=False),
        sa.Column("understood", sa.SmallInteger(), nullable=True),
        sa.Column("time_spent", sa.SmallInteger(), nullable=True),
        sa.Column("help_needed", sa.SmallInteger(), nullable=True),
        sa.Column("comment", sa.String(length=500), nullable=False),
        sa.Column("entered_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["copy_id"],
            ["worksheet_copies.id"],
            name=op.f("fk_slip_answers_copy_id_worksheet_copies"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_slip_answers")),
        info={"sync": True},
    )
    with op.batch_alter_table("slip_answers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_slip_answers_copy_id"), ["copy_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("attendance_policies") as batch:
        batch.drop_column("meeting_weekday")
    with op.batch_alter_table("slip_answers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_slip_answers_copy_id"))

    op.drop_table("slip_answers")
    with op.batch_alter_table("parent_letters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parent_letters_student_id"))
        batch_op.drop_index(batch_op.f("ix_parent_letters_meeting_id"))
        batch_op.drop_index(batch_op.f("ix_parent_letters_code"))
        batch_op.drop_index(batch_op.f("ix_parent_letters_case_id"))

    op.drop_table("parent_letters")
    with op.batch_alter_table("meeting_tasks", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_tasks_student_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_tasks_meeting_id"))

    op.drop_table("meeting_tasks")
    with op.batch_alter_table("meeting_invitations", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_invitations_student_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_invitations_meeting_id"))

    op.drop_table("meeting_invitations")
    with op.batch_alter_table("parent_meetings", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_parent_meetings_held_on"))
        batch_op.drop_index(batch_op.f("ix_parent_meetings_code"))
        batch_op.drop_index(batch_op.f("ix_parent_meetings_class_id"))

    op.drop_table("parent_meetings")
    with op.batch_alter_table("lesson_slots", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_lesson_slots_teacher_id"))
        batch_op.drop_index(batch_op.f("ix_lesson_slots_subject_id"))
        batch_op.drop_index(batch_op.f("ix_lesson_slots_class_id"))

    op.drop_table("lesson_slots")
