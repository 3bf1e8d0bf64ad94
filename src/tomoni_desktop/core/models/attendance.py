"""Attendance and what follows it: the class register (a day taken, then the exceptions), the
school's own days off and rules, cases for the counsellor with their steps, and every contact
with a pupil's parents.

A register day and a pupil's mark on a day have ids derived from what they are about, so two
laptops marking the same pupil on the same day edit one row (two different letters are a
conflict for a person); a case has one id per pupil and first day, so both laptops open the
same case.
"""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    AttendanceMark,
    CaseReason,
    CaseStepKind,
    ContactKind,
    ContactOutcome,
    StaffRole,
    text_enum,
)


class AttendancePolicy(SyncedRecord, Base):
    """A school's register rules (its tata tertib): one row per school."""

    __tablename__ = "attendance_policies"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    saturday_is_school_day: Mapped[bool] = mapped_column(default=True)
    call_same_day: Mapped[bool] = mapped_column(default=True)  # an A without a letter
    case_after_consecutive: Mapped[int] = mapped_column(SmallInteger, default=3)
    case_after_in_month: Mapped[int] = mapped_column(SmallInteger, default=5)
    visit_within_days: Mapped[int] = mapped_column(SmallInteger, default=3)
    summons_within_days: Mapped[int] = mapped_column(SmallInteger, default=7)
    meeting_weekday: Mapped[int] = mapped_column(SmallInteger, default=4)  # parents: Friday


class DayOff(SyncedRecord, Base):
    """A day the school itself does not teach (a school event, a local holiday)."""

    __tablename__ = "days_off"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    day: Mapped[date] = mapped_column(index=True)
    reason: Mapped[str] = mapped_column(String(120), default="")


class RegisterDay(SyncedRecord, Base):
    """The register of a class was taken on a day: every pupil without a mark was present."""

    __tablename__ = "register_days"
    __sync__ = True

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    day: Mapped[date] = mapped_column(index=True)
    taken_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    note: Mapped[str] = mapped_column(String(300), default="")


class AttendanceEntry(SyncedRecord, Base):
    """A pupil's mark on a day, when it was not "present": S, I or A, and the letter."""

    __tablename__ = "attendance_entries"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    day: Mapped[date] = mapped_column(index=True)
    mark: Mapped[AttendanceMark] = mapped_column(
        text_enum(AttendanceMark), info={"sync_conflict": True}
    )
    letter_on: Mapped[date | None] = mapped_column(default=None)  # the letter (S/I) came
    note: Mapped[str] = mapped_column(String(300), default="")


class FollowUpCase(SyncedRecord, Base):
    """A pupil's absences the school's rules say someone must follow up, with its steps."""

    __tablename__ = "follow_up_cases"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    reason: Mapped[CaseReason] = mapped_column(text_enum(CaseReason))
    opened_on: Mapped[date]
    first_absence_on: Mapped[date]
    absent_days: Mapped[int] = mapped_column(SmallInteger)
    closed_on: Mapped[date | None] = mapped_column(default=None)
    result: Mapped[str] = mapped_column(String(500), default="")


class FollowUpStep(SyncedRecord, Base):
    """A step of a case: who owns it, by when, and what came of it."""

    __tablename__ = "follow_up_steps"
    __sync__ = True

    case_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("follow_up_cases.id"), index=True)
    kind: Mapped[CaseStepKind] = mapped_column(text_enum(CaseStepKind))
    owner: Mapped[StaffRole] = mapped_column(text_enum(StaffRole))
    due_on: Mapped[date]
    done_on: Mapped[date | None] = mapped_column(default=None)
    outcome: Mapped[str] = mapped_column(String(500), default="")
    # The counsellor's notes: confidential (shown to the counsellor only once people sign in).
    confidential_note: Mapped[str] = mapped_column(
        String(1000), default="", info={"confidential": True}
    )


class ContactEntry(SyncedRecord, Base):
    """A call, WhatsApp message, visit, letter or meeting with a pupil's parents."""

    __tablename__ = "contact_entries"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    guardian_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("guardians.id"), index=True, default=None
    )
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("follow_up_cases.id"), index=True, default=None
    )
    kind: Mapped[ContactKind] = mapped_column(text_enum(ContactKind))
    contacted_on: Mapped[date] = mapped_column(index=True)
    outcome: Mapped[ContactOutcome] = mapped_column(text_enum(ContactOutcome))
    about: Mapped[str] = mapped_column(String(40), default="")  # "absence", "meeting", …
    note: Mapped[str] = mapped_column(String(500), default="")
    by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )


class GuardianConsent(SyncedRecord, Base):
    """What a parent agreed to (UU PDP: the school must be able to show it): the child's
    data kept by the school, contact by WhatsApp, photos; when, and whether on paper.
    One row per guardian; withdrawing WhatsApp stops its links at once."""

    __tablename__ = "guardian_consents"
    __sync__ = True

    guardian_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("guardians.id"), index=True)
    data_kept: Mapped[bool] = mapped_column(default=False)
    whatsapp: Mapped[bool] = mapped_column(default=False)
    photos: Mapped[bool] = mapped_column(default=False)
    agreed_on: Mapped[date]
    on_paper: Mapped[bool] = mapped_column(default=False)
    note: Mapped[str] = mapped_column(String(300), default="")


class DataAllowance(SyncedRecord, Base):
    """Mobile data (kuota) the school gave a pupil or a teacher for online lessons: who, when,
    how much and from which programme; a list per month for the principal."""

    __tablename__ = "data_allowances"
    __sync__ = True

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    student_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("students.id"), index=True, default=None
    )
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    given_on: Mapped[date] = mapped_column(index=True)
    megabytes: Mapped[int]
    source: Mapped[str] = mapped_column(String(60))  # "BOS", "Kemendikbud", …
    note: Mapped[str] = mapped_column(String(200), default="")
