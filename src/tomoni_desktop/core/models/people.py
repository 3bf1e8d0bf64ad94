"""Pupils, their guardians and their place in a class."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    Gender,
    GuardianRelation,
    PhoneAccess,
    Signal,
    text_enum,
)
from tomoni_desktop.core.models.school import SchoolClass


class Student(SyncedRecord, Base):
    """A peserta didik. With a NISN, the id is derived from school + NISN (core.ids).

    No UNIQUE on NISN: two laptops may enter the same child before they meet; the merge
    shows such duplicates to a person instead of failing.
    """

    __tablename__ = "students"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    nisn: Mapped[str | None] = mapped_column(String(10), default=None, index=True)
    nis: Mapped[str | None] = mapped_column(String(30), default=None)
    full_name: Mapped[str] = mapped_column(String(200))
    gender: Mapped[Gender] = mapped_column(text_enum(Gender))
    birth_place: Mapped[str] = mapped_column(String(100), default="")
    birth_date: Mapped[date | None] = mapped_column(default=None)
    religion: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    rt: Mapped[str] = mapped_column(String(5), default="")
    rw: Mapped[str] = mapped_column(String(5), default="")
    dusun: Mapped[str] = mapped_column(String(100), default="")
    village: Mapped[str] = mapped_column(String(100), default="")  # desa / kelurahan
    kecamatan: Mapped[str] = mapped_column(String(100), default="")
    phone_access: Mapped[PhoneAccess] = mapped_column(
        text_enum(PhoneAccess), default=PhoneAccess.NONE
    )
    shares_phone_with_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("students.id"), default=None, index=True
    )
    signal: Mapped[Signal] = mapped_column(text_enum(Signal), default=Signal.NONE)
    notes: Mapped[str] = mapped_column(Text, default="")
    consent_recorded_on: Mapped[date | None] = mapped_column(default=None)
    left_on: Mapped[date | None] = mapped_column(default=None)
    # The day the pupil's personal data was deleted (end of retention, or a lawful request):
    # personal fields stay blank on every computer, whatever edit arrives later.
    purged_on: Mapped[date | None] = mapped_column(default=None)
    # Set when this record was found to be the same child as another and merged into it;
    # work that arrives later for this record is moved to that one.
    merged_into_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("students.id"), default=None, index=True
    )

    guardians: Mapped[list[Guardian]] = relationship(
        back_populates="student", foreign_keys="Guardian.student_id"
    )


class Guardian(SyncedRecord, Base):
    """An orang tua / wali. Numbers are stored in E.164 (+62...)."""

    __tablename__ = "guardians"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    relation: Mapped[GuardianRelation] = mapped_column(text_enum(GuardianRelation))
    mobile: Mapped[str | None] = mapped_column(String(20), default=None)
    whatsapp: Mapped[str | None] = mapped_column(String(20), default=None)
    is_primary: Mapped[bool] = mapped_column(default=False)

    student: Mapped[Student] = relationship(back_populates="guardians")


class Enrollment(SyncedRecord, Base):
    """A pupil in a class for a school year. Moving class tombstones one row and adds another."""

    __tablename__ = "enrollments"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    school_year_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_years.id"), index=True)

    student: Mapped[Student] = relationship()
    school_class: Mapped[SchoolClass] = relationship()


class ImportedValues(SyncedRecord, Base):
    """What an import last wrote for a pupil (JSON of the student's fields), per source.

    A later import compares the file, this and the pupil as it is now: a field the teacher
    changed since is a correction by hand, which a new file does not overwrite unnoticed.
    """

    __tablename__ = "imported_values"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    source: Mapped[str] = mapped_column(String(20))  # "dapodik" or "csv"
    values_json: Mapped[str] = mapped_column(Text)

    student: Mapped[Student] = relationship()  # also orders inserts: the pupil first
