"""Handing a worksheet out to a class: a channel per pupil, a due date, a pickup code each."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import (
    Channel,
    Enrollment,
    HandOut,
    PhoneAccess,
    SchoolClass,
    Signal,
    Student,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.school_days import DueDate, school_day_on_or_after
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.roster.students import enrolled_in
from tomoni_desktop.services.worksheets.pickup_codes import free_code, taken_codes

DEFAULT_DAYS = 7


@dataclass(frozen=True)
class ChannelProposal:
    student_id: uuid.UUID
    full_name: str
    phone_access: PhoneAccess
    signal: Signal
    channel: Channel


@dataclass(frozen=True)
class HandOutResult:
    hand_out_id: uuid.UUID
    paper: int
    whatsapp: int
    due: DueDate


def proposed_channel(phone_access: PhoneAccess, signal: Signal) -> Channel:
    """No phone or no signal: paper. Own phone with signal: WhatsApp. A shared phone: paper,
    unless the teacher changes it (the phone may not be there when the child needs it)."""
    if phone_access is PhoneAccess.OWN and signal is not Signal.NONE:
        return Channel.WHATSAPP
    return Channel.PAPER


def propose_channels(
    uow: UnitOfWork, class_id: uuid.UUID, school_year_id: uuid.UUID
) -> list[ChannelProposal]:
    session = uow.session
    rows = session.execute(
        select(Student.id, Student.full_name, Student.phone_access, Student.signal)
        .join(Enrollment, enrolled_in(school_year_id))
        .where(
            Enrollment.class_id == class_id,
            Student.left_on.is_(None),
        )
        .order_by(Student.full_name)
    ).all()
    return [
        ChannelProposal(sid, name, phone, signal, proposed_channel(phone, signal))
        for sid, name, phone, signal in rows
    ]


def hand_out_worksheet(
    uow: UnitOfWork,
    worksheet_id: uuid.UUID,
    class_id: uuid.UUID,
    school_year_id: uuid.UUID,
    issued_on: date,
    due_on: date | None = None,
    channels: dict[uuid.UUID, Channel] | None = None,
    new_id: Callable[[], uuid.UUID] = ids.new_id,
) -> HandOutResult:
    """Give the worksheet to every pupil of the class, by the proposed channel unless the
    teacher chose another."""
    session = uow.session
    worksheet = session.get(Worksheet, worksheet_id)
    school_class = session.get(SchoolClass, class_id)
    if worksheet is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a worksheet."), field="worksheet")
    if worksheet.archived_at is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This worksheet is archived; take it out of the archive first."
            ),
            field="worksheet",
        )
    if school_class is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the pupil's class."), field="class_id"
        )
    if due_on is None:  # nobody asked for a day: the default is a school day, not a move
        due = DueDate(default_due(issued_on).due_on, None)
    elif due_on < issued_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The due date cannot be before the day it is handed out."),
            field="due_on",
        )
    else:
        due = school_day_on_or_after(due_on)
    proposals = propose_channels(uow, class_id, school_year_id)
    if not proposals:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Class {name} has no pupils."),
            field="class_id",
            name=school_class.name,
        )
    hand_out = HandOut(
        id=new_id(),
        worksheet_id=worksheet_id,
        class_id=class_id,
        issued_on=issued_on,
        due_on=due.due_on,
        due_asked_on=due.moved_from,
    )
    session.add(hand_out)
    session.flush()
    taken = taken_codes(session)
    counts = {Channel.PAPER: 0, Channel.WHATSAPP: 0}
    for proposal in proposals:
        channel = (channels or {}).get(proposal.student_id, proposal.channel)
        copy_id = new_id()
        code = free_code(copy_id, taken)
        taken.add(code)
        session.add(
            WorksheetCopy(
                id=copy_id,
                hand_out_id=hand_out.id,
                student_id=proposal.student_id,
                channel=channel,
                pickup_code=code,
            )
        )
        counts[channel] += 1
    session.flush()
    uow.changed(Area.WORKSHEETS)
    return HandOutResult(hand_out.id, counts[Channel.PAPER], counts[Channel.WHATSAPP], due)


@dataclass(frozen=True)
class OutOnPaper:
    class_id: uuid.UUID
    class_name: str
    worksheets: int
    copies: int


def out_on_paper(uow: UnitOfWork, school_year_id: uuid.UUID) -> list[OutOnPaper]:
    """Per class: worksheets handed out on paper and copies not yet collected."""
    session = uow.session
    rows = session.execute(
        select(
            SchoolClass.id,
            SchoolClass.name,
            func.count(func.distinct(HandOut.id)),
            func.count(WorksheetCopy.id),
        )
        .join(HandOut, HandOut.class_id == SchoolClass.id)
        .join(WorksheetCopy, WorksheetCopy.hand_out_id == HandOut.id)
        .where(
            SchoolClass.school_year_id == school_year_id,
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
        )
        .group_by(SchoolClass.id, SchoolClass.name, SchoolClass.level)
        .order_by(SchoolClass.level, SchoolClass.name)
    ).all()
    return [OutOnPaper(*row) for row in rows]


@dataclass(frozen=True)
class HandOutRow:
    """One hand-out of a worksheet: to which class, when, and how many copies came back."""

    id: uuid.UUID
    class_id: uuid.UUID
    class_name: str
    issued_on: date
    due_on: date
    on_paper: int
    paper_back: int
    by_whatsapp: int
    whatsapp_back: int

    @property
    def paper_out(self) -> int:
        return self.on_paper - self.paper_back


def hand_outs_of(uow: UnitOfWork, worksheet_id: uuid.UUID) -> list[HandOutRow]:
    """Every hand-out of the worksheet, newest first, with its copies out and back."""
    session = uow.session
    paper = WorksheetCopy.channel == Channel.PAPER
    back = copy_is_returned(WorksheetCopy.id)

    def count(*conditions):
        return func.count(WorksheetCopy.id).filter(*conditions)

    rows = session.execute(
        select(
            HandOut.id,
            SchoolClass.id,
            SchoolClass.name,
            HandOut.issued_on,
            HandOut.due_on,
            count(paper),
            count(paper, back),
            count(~paper),
            count(~paper, back),
        )
        .join(SchoolClass, SchoolClass.id == HandOut.class_id)
        .outerjoin(WorksheetCopy, WorksheetCopy.hand_out_id == HandOut.id)
        .where(HandOut.worksheet_id == worksheet_id)
        .group_by(HandOut.id, SchoolClass.id, SchoolClass.name, HandOut.issued_on, HandOut.due_on)
        .order_by(HandOut.issued_on.desc(), SchoolClass.level, SchoolClass.name)
    ).all()
    return [HandOutRow(*row) for row in rows]


@dataclass(frozen=True)
class StillOut:
    issued_on: date
    copies: int  # on paper, not yet collected


@dataclass(frozen=True)
class HandOutCheck:
    """What the teacher should know before handing out (facts; the interface words them)."""

    worksheet_level: int
    class_level: int
    still_out: tuple[StillOut, ...]  # earlier hand-outs of it to this class, on paper
    issued: DueDate  # moved_from set when the day is no school day

    @property
    def level_differs(self) -> bool:
        return self.worksheet_level != self.class_level


def check_hand_out(
    uow: UnitOfWork, worksheet_id: uuid.UUID, class_id: uuid.UUID, issued_on: date
) -> HandOutCheck:
    session = uow.session
    worksheet = session.get(Worksheet, worksheet_id)
    school_class = session.get(SchoolClass, class_id)
    if worksheet is None or school_class is None:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a worksheet."), field="worksheet")
    still_out = session.execute(
        select(HandOut.issued_on, func.count(WorksheetCopy.id))
        .join(WorksheetCopy, WorksheetCopy.hand_out_id == HandOut.id)
        .where(
            HandOut.worksheet_id == worksheet_id,
            HandOut.class_id == class_id,
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
        )
        .group_by(HandOut.id, HandOut.issued_on)
        .order_by(HandOut.issued_on)
    ).all()
    return HandOutCheck(
        worksheet.level,
        school_class.level,
        tuple(StillOut(day, copies) for day, copies in still_out),
        school_day_on_or_after(issued_on),
    )


def default_due(issued_on: date) -> DueDate:
    """A week after handing out, moved on to a school day before anyone sees it."""
    return school_day_on_or_after(issued_on + timedelta(days=DEFAULT_DAYS))
