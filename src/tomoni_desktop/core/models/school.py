"""The school, its calendar, subjects, teachers and classes."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, Index, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import TeacherRole, Term, text_enum
from tomoni_desktop.core.types import EnumSet

DEFAULT_TIME_ZONE = "Asia/Makassar"  # WITA, the time of Luwu Timur


class School(SyncedRecord, Base):
    __tablename__ = "schools"
    __sync__ = True

    name: Mapped[str] = mapped_column(String(200))
    npsn: Mapped[str] = mapped_column(String(16))
    address: Mapped[str] = mapped_column(String(300), default="")
    time_zone: Mapped[str] = mapped_column(String(64), default=DEFAULT_TIME_ZONE)


class SchoolYear(SyncedRecord, Base):
    """A tahun pelajaran such as "2025/2026"."""

    __tablename__ = "school_years"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(9))
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    semesters: Mapped[list[Semester]] = relationship(back_populates="school_year")


class Semester(SyncedRecord, Base):
    __tablename__ = "semesters"
    __sync__ = True

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_years.id"), index=True)
    term: Mapped[Term] = mapped_column(text_enum(Term))
    starts_on: Mapped[date]
    ends_on: Mapped[date]

    school_year: Mapped[SchoolYear] = relationship(back_populates="semesters")


class Subject(SyncedRecord, Base):
    __tablename__ = "subjects"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    short_name: Mapped[str] = mapped_column(String(20), default="")
    sort_order: Mapped[int] = mapped_column(SmallInteger, default=0)


class Teacher(SyncedRecord, Base):
    __tablename__ = "teachers"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    nip: Mapped[str | None] = mapped_column(String(18), default=None)
    roles: Mapped[frozenset[TeacherRole]] = mapped_column(EnumSet(TeacherRole), default=frozenset)
    phone: Mapped[str | None] = mapped_column(String(20), default=None)


class SchoolClass(SyncedRecord, Base):
    """A rombel: level 7-9 and a free-text name ("VII A"), in one school year."""

    __tablename__ = "school_classes"
    __sync__ = True

    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_years.id"), index=True)
    level: Mapped[int] = mapped_column(SmallInteger)
    name: Mapped[str] = mapped_column(String(60))
    homeroom_teacher_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), default=None, index=True
    )

    school_year: Mapped[SchoolYear] = relationship()
    homeroom_teacher: Mapped[Teacher | None] = relationship()


class TeachingAssignment(SyncedRecord, Base):
    """A subject teacher teaches a subject to a class."""

    __tablename__ = "teaching_assignments"
    __sync__ = True
    __table_args__ = (Index("ix_teaching_assignments_class_subject", "class_id", "subject_id"),)

    teacher_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("teachers.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"))
