"""What goes into a class's packet: the worksheets out on paper and the pupils who get them."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import (
    AnswerSpace,
    Channel,
    HandOut,
    School,
    SchoolClass,
    SchoolYear,
    Student,
    Subject,
    Worksheet,
    WorksheetCopy,
)


@dataclass(frozen=True)
class PacketQuestion:
    number: int
    text: str
    answer_space: AnswerSpace
    answer_lines: int


@dataclass(frozen=True)
class PacketSheet:
    worksheet_id: uuid.UUID
    title: str
    subject: str
    instructions: str
    objective: str
    pass_mark: int
    max_score: int
    questions: tuple[PacketQuestion, ...]
    pdf: bytes | None
    page_count: int
    issued_on: date
    due_on: date
    due_note: str


@dataclass(frozen=True)
class PacketCopy:
    sheet: int  # index into PacketData.sheets
    code: str


@dataclass
class PacketPupil:
    name: str
    nisn: str
    village: str
    dusun: str
    copies: list[PacketCopy] = field(default_factory=list)


@dataclass
class PacketData:
    school: str
    class_name: str
    school_year: str
    sheets: list[PacketSheet]
    pupils: list[PacketPupil]


def packet_data(session: Session, class_id: uuid.UUID, worksheet: str | None = None) -> PacketData:
    """The pupils on paper, by village then name, with their copies of the chosen worksheet
    (by title or id), or of every worksheet out on paper and not yet collected."""
    school_class = session.get(SchoolClass, class_id)
    year = session.get(SchoolYear, school_class.school_year_id)
    school = session.get(School, year.school_id)
    query = (
        select(WorksheetCopy, HandOut, Student)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .where(
            HandOut.class_id == class_id,
            HandOut.deleted_at.is_(None),
            WorksheetCopy.deleted_at.is_(None),
            WorksheetCopy.channel == Channel.PAPER,
            WorksheetCopy.collected_on.is_(None),
            Student.deleted_at.is_(None),
            Student.left_on.is_(None),
        )
        .order_by(HandOut.issued_on, HandOut.created_at)
    )
    if worksheet:
        query = query.join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        try:
            query = query.where(Worksheet.id == uuid.UUID(worksheet))
        except ValueError:
            query = query.where(
                or_(Worksheet.title == worksheet, Worksheet.title.ilike(f"%{worksheet}%"))
            )
    rows = session.execute(query).all()
    if not rows:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Nobody in class {name} has a worksheet on paper waiting to be printed."
            ),
            field="class",
            name=school_class.name,
        )
    sheets: list[PacketSheet] = []
    sheet_of: dict[uuid.UUID, int] = {}
    pupils: dict[uuid.UUID, PacketPupil] = {}
    for copy, hand_out, student in rows:
        if hand_out.id not in sheet_of:
            sheet_of[hand_out.id] = len(sheets)
            sheets.append(_sheet(session, hand_out))
        pupil = pupils.setdefault(
            student.id,
            PacketPupil(student.full_name, student.nisn or "", student.village, student.dusun),
        )
        pupil.copies.append(PacketCopy(sheet_of[hand_out.id], copy.pickup_code))
    ordered = sorted(
        pupils.values(), key=lambda p: (p.village.casefold(), p.dusun.casefold(), p.name.casefold())
    )
    return PacketData(school.name, school_class.name, year.name, sheets, ordered)


def _sheet(session: Session, hand_out: HandOut) -> PacketSheet:
    worksheet = session.get(Worksheet, hand_out.worksheet_id)
    subject = session.get(Subject, worksheet.subject_id)
    return PacketSheet(
        worksheet_id=worksheet.id,
        title=worksheet.title,
        subject=subject.name,
        instructions=worksheet.instructions,
        objective=worksheet.objective,
        pass_mark=worksheet.pass_mark,
        max_score=worksheet.max_score,
        questions=tuple(
            PacketQuestion(q.number, q.text, q.answer_space, q.answer_lines)
            for q in worksheet.questions
            if q.deleted_at is None
        ),
        pdf=worksheet.source_file.content if worksheet.source_file else None,
        page_count=worksheet.page_count,
        issued_on=hand_out.issued_on,
        due_on=hand_out.due_on,
        due_note=hand_out.due_note,
    )
