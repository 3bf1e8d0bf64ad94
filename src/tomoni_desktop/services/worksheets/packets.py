"""What goes into a class's packet: the worksheets out on paper and the pupils who get them."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    Channel,
    HandOut,
    Student,
    Subject,
    Teacher,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.phones import format_local
from tomoni_desktop.core.progress import Progress
from tomoni_desktop.core.settings import load_settings
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.packet import PacketResult, sheet_pages, write_packet
from tomoni_desktop.reports.packet_data import (
    PacketCopy,
    PacketData,
    PacketPupil,
    PacketQuestion,
    PacketSheet,
)
from tomoni_desktop.services.school.classes import class_of_year


def packet_data(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    worksheet: str | None = None,
    hand_out_id: uuid.UUID | None = None,
) -> PacketData:
    """The pupils on paper, by village then name, with their copies not yet collected: of one
    hand-out, of the chosen worksheet (by title or id), or of every worksheet out on paper."""
    session = uow.session
    found = class_of_year(uow, class_id)
    school_class = found.school_class
    query = (
        select(WorksheetCopy, HandOut, Student)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .where(
            HandOut.class_id == class_id,
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
            Student.left_on.is_(None),
        )
        .order_by(HandOut.issued_on, HandOut.created_at)
    )
    if hand_out_id is not None:
        query = query.where(HandOut.id == hand_out_id)
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
    settings = load_settings(session)
    teacher = found.homeroom
    if teacher is None and settings.my_teacher_id:  # no wali kelas yet: this laptop's teacher
        teacher = session.get(Teacher, uuid.UUID(settings.my_teacher_id))
    return PacketData(
        found.school.name,
        school_class.name,
        found.year.name,
        sheets,
        ordered,
        teacher=teacher.name if teacher else "",
        teacher_phone=format_local(settings.packet_phone),
    )


def _sheet(session: Session, hand_out: HandOut) -> PacketSheet:
    worksheet = get_live(session, Worksheet, hand_out.worksheet_id)
    subject = get_live(session, Subject, worksheet.subject_id)
    return sheet_of(
        worksheet, subject.name, hand_out.issued_on, hand_out.due_on, hand_out.due_asked_on
    )


def sheet_of(
    worksheet: Worksheet,
    subject: str,
    issued_on: date,
    due_on: date,
    due_asked_on: date | None = None,
) -> PacketSheet:
    """What the packet prints of a worksheet handed out on these dates."""
    return PacketSheet(
        worksheet_id=worksheet.id,
        title=worksheet.title,
        subject=subject,
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
        issued_on=issued_on,
        due_on=due_on,
        due_asked_on=due_asked_on,
    )


def worksheet_pages(worksheet: Worksheet, subject: str, paper: str) -> int:
    """Pages the worksheet itself takes on `paper`: an attached PDF's own, or as many as its
    typed questions fill (the dates only show on a packet's cover, not counted here)."""
    if worksheet.source_file_id is not None:
        return worksheet.page_count
    today = date.today()
    return sheet_pages(sheet_of(worksheet, subject, today, today), paper)


def make_packet(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    out: Path,
    *,
    worksheet: str | None = None,
    hand_out_id: uuid.UUID | None = None,
    paper: str | None = None,
    new_sheet_per_pupil: bool = False,
    with_letters: bool = False,
    progress: Progress | None = None,
) -> PacketResult:
    """The class's paper worksheets as one PDF at `out`, on the laptop's paper unless given.
    `with_letters`: the letters still waiting for a reply from these families follow, so
    they travel to the same homes."""
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The packet is a PDF: name the file .pdf, not {name}."),
            name=out.name,
        )
    settings = load_settings(uow.session)
    data = packet_data(uow, class_id, worksheet, hand_out_id)
    result = write_packet(
        data,
        out,
        paper=paper or settings.paper_size,
        new_sheet_per_pupil=new_sheet_per_pupil,
        habits=settings.habit_list,
        progress=progress,
    )
    if with_letters:
        result = _add_letters(uow, data, out, paper or settings.paper_size, result)
    return result


def _add_letters(uow: UnitOfWork, data, out: Path, paper: str, result: PacketResult):
    """The waiting letters of the packet's pupils after its pages (two to a sheet)."""
    from dataclasses import replace

    from pypdf import PdfWriter

    from tomoni_desktop.core.files import write_whole
    from tomoni_desktop.reports.letters import write_letters
    from tomoni_desktop.services.parents.letters import letters_to_print, waiting_letters

    codes = [copy.code for pupil in data.pupils for copy in pupil.copies]
    pupils: list[uuid.UUID] = []
    for student_id in uow.session.scalars(
        select(WorksheetCopy.student_id).where(WorksheetCopy.pickup_code.in_(codes))
    ):
        if student_id not in pupils:
            pupils.append(student_id)
    letters = letters_to_print(uow, waiting_letters(uow, pupils, date.today()))
    if not letters:
        return result
    extra = out.with_name(out.stem + "-surat.pdf")
    try:
        pages = write_letters(letters, extra, paper)

        def merge(path: Path) -> None:
            writer = PdfWriter(clone_from=out)
            writer.append(str(extra))
            writer.write(path)

        write_whole(out, merge)
    finally:
        extra.unlink(missing_ok=True)
    return replace(result, pages=result.pages + pages, letters=len(letters))
