"""Paper worksheets: the library, the files they are printed from, and each handing out."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Exists,
    ForeignKey,
    Index,
    LargeBinary,
    ScalarSelect,
    SmallInteger,
    SQLColumnExpression,
    String,
    Text,
    exists,
    func,
    select,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from tomoni_desktop.core.models.base import Base, SyncedRecord
from tomoni_desktop.core.models.enums import (
    AnswerSpace,
    Channel,
    CopyCondition,
    ReturnWay,
    text_enum,
)


class StoredFile(SyncedRecord, Base):
    """A file kept in the database under its content's hash (a worksheet's PDF).

    The id is derived from the SHA-256, so the same PDF attached on two laptops is one row,
    and a sync sends it only to a laptop that lacks it.
    """

    __tablename__ = "stored_files"
    __sync__ = True

    sha256: Mapped[str] = mapped_column(String(64), index=True)
    size: Mapped[int]
    media_type: Mapped[str] = mapped_column(String(80))
    original_name: Mapped[str] = mapped_column(String(255), default="")
    content: Mapped[bytes] = mapped_column(LargeBinary)


class Worksheet(SyncedRecord, Base):
    """A lembar kerja (LKPD): typed questions, or the pages of a PDF the teacher has."""

    __tablename__ = "worksheets"
    __sync__ = True
    __table_args__ = (Index("ix_worksheets_subject_level", "subject_id", "level"),)

    school_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("schools.id"), index=True)
    subject_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("subjects.id"))
    level: Mapped[int] = mapped_column(SmallInteger)
    title: Mapped[str] = mapped_column(String(200))
    instructions: Mapped[str] = mapped_column(Text, default="")
    objective: Mapped[str] = mapped_column(Text, default="")  # tujuan pembelajaran (TP)
    pass_mark: Mapped[int] = mapped_column(SmallInteger, default=75)  # KKTP
    max_score: Mapped[int] = mapped_column(SmallInteger, default=100)
    source_file_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("stored_files.id"), default=None, index=True
    )
    page_count: Mapped[int] = mapped_column(SmallInteger, default=0)  # of the attached PDF
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    questions: Mapped[list[WorksheetQuestion]] = relationship(
        back_populates="worksheet", order_by="WorksheetQuestion.number"
    )
    source_file: Mapped[StoredFile | None] = relationship()


class WorksheetQuestion(SyncedRecord, Base):
    __tablename__ = "worksheet_questions"
    __sync__ = True

    worksheet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worksheets.id"), index=True)
    number: Mapped[int] = mapped_column(SmallInteger)
    text: Mapped[str] = mapped_column(Text)
    answer_space: Mapped[AnswerSpace] = mapped_column(
        text_enum(AnswerSpace), default=AnswerSpace.LINES
    )
    answer_lines: Mapped[int] = mapped_column(SmallInteger, default=4)

    worksheet: Mapped[Worksheet] = relationship(back_populates="questions")


class HandOut(SyncedRecord, Base):
    """A worksheet given to a class on a day, due on another (an event: only ever added)."""

    __tablename__ = "hand_outs"
    __sync__ = True

    worksheet_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worksheets.id"), index=True)
    class_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("school_classes.id"), index=True)
    issued_on: Mapped[date]
    due_on: Mapped[date]
    # Older versions wrote why the due date moved here, in Indonesian; this version keeps
    # the fact (`due_asked_on`) and words it in the reader's language. Kept, not dropped, so
    # bundles from laptops not yet updated still merge field by field.
    due_note: Mapped[str] = mapped_column(String(300), default="")
    due_asked_on: Mapped[date | None] = mapped_column(default=None)  # moved from this day

    worksheet: Mapped[Worksheet] = relationship()
    copies: Mapped[list[WorksheetCopy]] = relationship(back_populates="hand_out")


class WorksheetCopy(SyncedRecord, Base):
    """One pupil's copy: by paper or WhatsApp, with a pickup code a person can read aloud."""

    __tablename__ = "worksheet_copies"
    __sync__ = True

    hand_out_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("hand_outs.id"), index=True)
    student_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("students.id"), index=True)
    channel: Mapped[Channel] = mapped_column(text_enum(Channel))
    pickup_code: Mapped[str] = mapped_column(
        String(7), index=True
    )  # "K7M-Q2P"; no UNIQUE: see services
    # Written by versions before returns were events (see CopyReturn); read by none now.
    collected_on: Mapped[date | None] = mapped_column(default=None)
    # A score is a grade: two laptops entering different scores is a conflict for a person.
    score: Mapped[int | None] = mapped_column(
        SmallInteger, default=None, info={"sync_conflict": True, "range": (0, 1000)}
    )

    hand_out: Mapped[HandOut] = relationship(back_populates="copies")


class CopyReturn(SyncedRecord, Base):
    """A copy came back (an event: only ever added; undoing one marks it deleted).

    Two teachers recording the same copy on two laptops make two rows, both kept: a copy is
    returned when it has any live return, and counts once (see `copy_is_returned`).
    """

    __tablename__ = "copy_returns"
    __sync__ = True

    copy_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("worksheet_copies.id"), index=True)
    returned_on: Mapped[date]
    way: Mapped[ReturnWay] = mapped_column(text_enum(ReturnWay), default=ReturnWay.VISIT)
    condition: Mapped[CopyCondition] = mapped_column(
        text_enum(CopyCondition), default=CopyCondition.COMPLETE
    )
    slip_returned: Mapped[bool] = mapped_column(default=False)  # the parents' return slip
    recorded_by_id: Mapped[uuid.UUID | None] = mapped_column(
        ForeignKey("teachers.id"), index=True, default=None
    )
    note: Mapped[str] = mapped_column(String(300), default="")


def copy_returned_on(copy_id: SQLColumnExpression[uuid.UUID]) -> ScalarSelect[date]:
    """SQL: the day the copy first came back (its earliest live return), or NULL."""
    return (
        select(func.min(CopyReturn.returned_on))
        .where(CopyReturn.copy_id == copy_id, CopyReturn.deleted_at.is_(None))
        .scalar_subquery()
    )


def copy_is_returned(copy_id: SQLColumnExpression[uuid.UUID]) -> Exists:
    """SQL: the copy has a live return. The one definition of "returned"."""
    return exists(
        select(CopyReturn.id).where(CopyReturn.copy_id == copy_id, CopyReturn.deleted_at.is_(None))
    )
