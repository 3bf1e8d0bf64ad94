"""initial schema

Revision ID: 0001_initial
Revises:
Create Date: 2026-11-24 04:59:21.106990
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0001_initial"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:

    op.create_table(
        "local_settings",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_local_settings")),
        info={"sync": False},
    )
    op.create_table(
        "schools",
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("npsn", sa.String(length=16), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("time_zone", sa.String(length=64), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_schools")),
        info={"sync": True},
    )
    op.create_table(
        "school_years",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=9), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_school_years_school_id_schools")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_years")),
        info={"sync": True},
    )
    with op.batch_alter_table("school_years", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_school_years_school_id"), ["school_id"], unique=False)

    op.create_table(
        "students",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("nisn", sa.String(length=10), nullable=True),
        sa.Column("nis", sa.String(length=30), nullable=True),
        sa.Column("full_name", sa.String(length=200), nullable=False),
        sa.Column(
            "gender", sa.Enum("L", "P", name="gender", native_enum=False, length=16), nullable=False
        ),
        sa.Column("birth_place", sa.String(length=100), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("religion", sa.String(length=30), nullable=False),
        sa.Column("address", sa.String(length=300), nullable=False),
        sa.Column("rt", sa.String(length=5), nullable=False),
        sa.Column("rw", sa.String(length=5), nullable=False),
        sa.Column("dusun", sa.String(length=100), nullable=False),
        sa.Column("village", sa.String(length=100), nullable=False),
        sa.Column("kecamatan", sa.String(length=100), nullable=False),
        sa.Column(
            "phone_access",
            sa.Enum("own", "shared", "none", name="phoneaccess", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("shares_phone_with_id", sa.Uuid(), nullable=True),
        sa.Column(
            "signal",
            sa.Enum("good", "weak", "none", name="signal", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("notes", sa.Text(), nullable=False),
        sa.Column("consent_recorded_on", sa.Date(), nullable=True),
        sa.Column("left_on", sa.Date(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_students_school_id_schools")
        ),
        sa.ForeignKeyConstraint(
            ["shares_phone_with_id"],
            ["students.id"],
            name=op.f("fk_students_shares_phone_with_id_students"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_students")),
        info={"sync": True},
    )
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_students_nisn"), ["nisn"], unique=False)
        batch_op.create_index(batch_op.f("ix_students_school_id"), ["school_id"], unique=False)

    op.create_table(
        "subjects",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=120), nullable=False),
        sa.Column("short_name", sa.String(length=20), nullable=False),
        sa.Column("sort_order", sa.SmallInteger(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_subjects_school_id_schools")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_subjects")),
        info={"sync": True},
    )
    with op.batch_alter_table("subjects", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_subjects_school_id"), ["school_id"], unique=False)

    op.create_table(
        "teachers",
        sa.Column("school_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("nip", sa.String(length=18), nullable=True),
        sa.Column("roles", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=20), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_id"], ["schools.id"], name=op.f("fk_teachers_school_id_schools")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teachers")),
        info={"sync": True},
    )
    with op.batch_alter_table("teachers", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_teachers_school_id"), ["school_id"], unique=False)

    op.create_table(
        "guardians",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "relation",
            sa.Enum(
                "father",
                "mother",
                "guardian",
                "other",
                name="guardianrelation",
                native_enum=False,
                length=16,
            ),
            nullable=False,
        ),
        sa.Column("mobile", sa.String(length=20), nullable=True),
        sa.Column("whatsapp", sa.String(length=20), nullable=True),
        sa.Column("is_primary", sa.Boolean(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_guardians_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guardians")),
        info={"sync": True},
    )
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guardians_student_id"), ["student_id"], unique=False)

    op.create_table(
        "school_classes",
        sa.Column("school_year_id", sa.Uuid(), nullable=False),
        sa.Column("level", sa.SmallInteger(), nullable=False),
        sa.Column("name", sa.String(length=60), nullable=False),
        sa.Column("homeroom_teacher_id", sa.Uuid(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["homeroom_teacher_id"],
            ["teachers.id"],
            name=op.f("fk_school_classes_homeroom_teacher_id_teachers"),
        ),
        sa.ForeignKeyConstraint(
            ["school_year_id"],
            ["school_years.id"],
            name=op.f("fk_school_classes_school_year_id_school_years"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_school_classes")),
        info={"sync": True},
    )
    with op.batch_alter_table("school_classes", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_school_classes_homeroom_teacher_id"),
            ["homeroom_teacher_id"],
            unique=False,
        )
        batch_op.create_index(
            batch_op.f("ix_school_classes_school_year_id"), ["school_year_id"], unique=False
        )

    op.create_table(
        "semesters",
        sa.Column("school_year_id", sa.Uuid(), nullable=False),
        sa.Column(
            "term",
            sa.Enum("ganjil", "genap", name="term", native_enum=False, length=16),
            nullable=False,
        ),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["school_year_id"],
            ["school_years.id"],
            name=op.f("fk_semesters_school_year_id_school_years"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_semesters")),
        info={"sync": True},
    )
    with op.batch_alter_table("semesters", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_semesters_school_year_id"), ["school_year_id"], unique=False
        )

    op.create_table(
        "enrollments",
        sa.Column("student_id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("school_year_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"], ["school_classes.id"], name=op.f("fk_enrollments_class_id_school_classes")
        ),
        sa.ForeignKeyConstraint(
            ["school_year_id"],
            ["school_years.id"],
            name=op.f("fk_enrollments_school_year_id_school_years"),
        ),
        sa.ForeignKeyConstraint(
            ["student_id"], ["students.id"], name=op.f("fk_enrollments_student_id_students")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_enrollments")),
        info={"sync": True},
    )
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_enrollments_class_id"), ["class_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_enrollments_school_year_id"), ["school_year_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_enrollments_student_id"), ["student_id"], unique=False)

    op.create_table(
        "teaching_assignments",
        sa.Column("teacher_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("class_id", sa.Uuid(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["class_id"],
            ["school_classes.id"],
            name=op.f("fk_teaching_assignments_class_id_school_classes"),
        ),
        sa.ForeignKeyConstraint(
            ["subject_id"],
            ["subjects.id"],
            name=op.f("fk_teaching_assignments_subject_id_subjects"),
        ),
        sa.ForeignKeyConstraint(
            ["teacher_id"],
            ["teachers.id"],
            name=op.f("fk_teaching_assignments_teacher_id_teachers"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_teaching_assignments")),
        info={"sync": True},
    )
    with op.batch_alter_table("teaching_assignments", schema=None) as batch_op:
        batch_op.create_index(
            "ix_teaching_assignments_class_subject", ["class_id", "subject_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_teaching_assignments_teacher_id"), ["teacher_id"], unique=False
        )


def downgrade() -> None:

    with op.batch_alter_table("teaching_assignments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teaching_assignments_teacher_id"))
        batch_op.drop_index("ix_teaching_assignments_class_subject")

    op.drop_table("teaching_assignments")
    with op.batch_alter_table("enrollments", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_enrollments_student_id"))
        batch_op.drop_index(batch_op.f("ix_enrollments_school_year_id"))
        batch_op.drop_index(batch_op.f("ix_enrollments_class_id"))

    op.drop_table("enrollments")
    with op.batch_alter_table("semesters", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_semesters_school_year_id"))

    op.drop_table("semesters")
    with op.batch_alter_table("school_classes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_classes_school_year_id"))
        batch_op.drop_index(batch_op.f("ix_school_classes_homeroom_teacher_id"))

    op.drop_table("school_classes")
    with op.batch_alter_table("guardians", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_guardians_student_id"))

    op.drop_table("guardians")
    with op.batch_alter_table("teachers", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_teachers_school_id"))

    op.drop_table("teachers")
    with op.batch_alter_table("subjects", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_subjects_school_id"))

    op.drop_table("subjects")
    with op.batch_alter_table("students", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_students_school_id"))
        batch_op.drop_index(batch_op.f("ix_students_nisn"))

    op.drop_table("students")
    with op.batch_alter_table("school_years", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_school_years_school_id"))

    op.drop_table("school_years")
    op.drop_table("schools")
    op.drop_table("local_settings")
