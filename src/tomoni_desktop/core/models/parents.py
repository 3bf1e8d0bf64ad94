"""Paper and meetings with the families: letters with a reply slip, parent meetings with
who was invited, who came and what was raised, and what parents wrote on a worksheet's return
slip. Ids of rows about one thing (an invitation of a pupil to a meeting, the slip of a copy)
are derived from it, so two laptops entering the same one edit one row."""

from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import ForeignKey, SmallInteger, String
from sqlalchemy.orm import Mapped, mapped_column

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    ContactKind,
    LessonChannel,
    LetterKind,
    StaffRole,
    text_enum,
)


class ParentMeeting(SyncedRecord, Base):
    """A meeting of a class's parents with the school (Fridays at the source school)."""

    __tablename__ = "parent_meetings"
    __sync__ = True

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    held_on: Mapped[date] = mapped_column(index=True)
    starts_at: Mapped[str] = mapped_column(String(5))  # "08:00"
    place: Mapped[str] = mapped_column(String(120))
    agenda: Mapped[str] = mapped_column(String(500), default="")
    # Who comes from the school besides the homeroom teacher.
    with_deputy_head: Mapped[bool] = mapped_column(default=True)
    with_counsellor: Mapped[bool] = mapped_column(default=True)
    code: Mapped[str] = mapped_column(String(7), index=True)  # on the sign-in sheet's QR
    notes: Mapped[str] = mapped_column(String(1000), default="")


class MeetingInvitation(SyncedRecord, Base):
    """A pupil's family invited to a meeting: how, whether they came, what they raised."""

    __tablename__ = "meeting_invitations"
    __sync__ = True

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parent_meetings.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    invited_by: Mapped[ContactKind | None] = mapped_column(text_enum(ContactKind), default=None)
    attended: Mapped[bool | None] = mapped_column(default=None)  # None: not recorded yet
    attended_by: Mapped[str] = mapped_column(String(120), default="")  # who came
    concern: Mapped[str] = mapped_column(String(500), default="")


class MeetingTask(SyncedRecord, Base):
    """Something the meeting agreed someone at the school will do, by a day."""

    __tablename__ = "meeting_tasks"
    __sync__ = True

    meeting_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("parent_meetings.id"), index=True)
    student_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("students.id"), index=True, default=None
    )
    owner: Mapped[StaffRole] = mapped_column(text_enum(StaffRole))
    task: Mapped[str] = mapped_column(String(300))
    due_on: Mapped[date]
    done_on: Mapped[date | None] = mapped_column(default=None)


class ParentLetter(SyncedRecord, Base):
    """A letter printed for a family, and its reply slip: its code (the pickup codes' form)
    is on the slip's QR, and scanning the slip that came back records the reply."""

    __tablename__ = "parent_letters"
    __sync__ = True

    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    kind: Mapped[LetterKind] = mapped_column(text_enum(LetterKind))
    code: Mapped[str] = mapped_column(String(7), index=True)
    written_on: Mapped[date]
    about_on: Mapped[date | None] = mapped_column(default=None)  # the absence or meeting day
    case_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("follow_up_cases.id"), index=True, default=None
    )
    meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("parent_meetings.id"), index=True, default=None
    )
    note: Mapped[str] = mapped_column(String(500), default="")  # the teacher's own words
    replied_on: Mapped[date | None] = mapped_column(default=None)


class SlipAnswer(SyncedRecord, Base):
    """What a parent wrote on a returned copy's slip: signed, the days each habit was kept
    this week, the three questions on the lesson and a comment."""

    __tablename__ = "slip_answers"
    __sync__ = True

    copy_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worksheet_copies.id"), index=True)
    signed: Mapped[bool] = mapped_column(default=False)
    # "Beribadah=5;Membaca 15 menit=7": each habit as printed on the slip, then its days
    # (the habits are a laptop setting and may change; the slip keeps what it asked).
    habit_days: Mapped[str] = mapped_column(String(400), default="")
    # The three questions, answered by the box ticked: 1, 2 or 3 (first to last), or blank.
    understood: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    time_spent: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    help_needed: Mapped[int | None] = mapped_column(SmallInteger, default=None)
    comment: Mapped[str] = mapped_column(String(500), default="")
    entered_on: Mapped[date]


class LessonSlot(SyncedRecord, Base):
    """A class's weekly online lesson with a subject teacher."""

    __tablename__ = "lesson_slots"
    __sync__ = True

    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"), index=True)
    teacher_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    weekday: Mapped[int] = mapped_column(SmallInteger)  # 0 Monday … 5 Saturday
    starts_at: Mapped[str] = mapped_column(String(5))
    ends_at: Mapped[str] = mapped_column(String(5))
    channel: Mapped[LessonChannel] = mapped_column(text_enum(LessonChannel))
    link: Mapped[str] = mapped_column(String(200), default="")  # group name or meeting link
