"""The worksheet library: typed questions or an attached PDF, searched, copied, archived."""

from __future__ import annotations

import hashlib
import io
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session, selectinload

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    AnswerSpace,
    StoredFile,
    Subject,
    TeachingAssignment,
    Worksheet,
    WorksheetQuestion,
)
from tomoni_desktop.core.settings import load_settings
from tomoni_desktop.core.types import utc_now
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.worksheets.packets import worksheet_pages

MAX_PDF_PAGES = 50
MAX_PDF_BYTES = 30 * 1024 * 1024
PDF = "application/pdf"


@dataclass
class QuestionDraft:
    text: str
    answer_space: AnswerSpace = AnswerSpace.LINES
    answer_lines: int = 4


@dataclass
class WorksheetDraft:
    subject_id: uuid.UUID | None  # None: not chosen yet (refused when saved)
    level: int
    title: str
    instructions: str = ""
    objective: str = ""
    pass_mark: int = 75
    max_score: int = 100
    questions: list[QuestionDraft] = field(default_factory=list)
    pdf: bytes | None = None  # a new attachment; None keeps the one there is
    pdf_name: str = ""


@dataclass(frozen=True)
class WorksheetRow:
    id: uuid.UUID
    title: str
    subject: str
    level: int
    pages: str  # "PDF, 4 pages" is for the interface to say; here: "pdf" or "questions"
    page_count: int  # the PDF's pages, or the pages the typed questions fill on this paper
    question_count: int
    archived: bool


def check_pdf_file(path: Path) -> int:
    """The pages of a PDF file the teacher chose, checked as soon as it is chosen."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} cannot be opened; is the stick still in?"),
            field="pdf",
            name=path.name,
        ) from error
    return check_pdf(data, path.name)


def check_pdf(data: bytes, name: str) -> int:
    """The number of pages of a PDF a teacher attaches, or the reason it cannot be used."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError, PyPdfError

    if not data.startswith(b"%PDF"):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not a PDF file."), field="pdf", name=name
        )
    if len(data) > MAX_PDF_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is larger than {most} MB."),
            field="pdf",
            name=name,
            most=MAX_PDF_BYTES // (1024 * 1024),
        )
    from tomoni_desktop.io.pdf_check import check_inflated, drawn_pages

    check_inflated(data, name)  # before any reader unpacks a byte
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors",
                    "{name} is locked with a password; save an unlocked copy and attach that.",
                ),
                field="pdf",
                name=name,
            )
        pages = len(reader.pages)
        if pages:
            reader.pages[0].mediabox  # noqa: B018 - touch the first page: a broken tree fails here
    except ValidationError:
        raise
    except (
        PdfReadError,
        PyPdfError,  # pypdf's own limits too (a page tree 50,000 levels deep)
        RecursionError,
        ValueError,
        KeyError,
        TypeError,
        AttributeError,
        OSError,
    ) as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is damaged and cannot be read."),
            field="pdf",
            name=name,
        ) from error
    if pages == 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} has no pages."), field="pdf", name=name
        )
    if pages > MAX_PDF_PAGES:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{name} has {pages} pages; a worksheet may have at most {most}."
            ),
            field="pdf",
            name=name,
            pages=pages,
            most=MAX_PDF_PAGES,
        )
    drawn_pages(data, name, pages)  # every page drawn once, in a process that can be stopped
    return pages


def store_file(uow: UnitOfWork, data: bytes, media_type: str, name: str) -> StoredFile:
    """Keep `data` once, under its SHA-256: attaching the same file again reuses it."""
    session = uow.session
    digest = hashlib.sha256(data).hexdigest()
    file_id = ids.derived_id("file", digest)
    stored = session.get(StoredFile, file_id, execution_options=ALL_ROWS)
    if stored is not None:
        stored.deleted_at = None  # attached again after it was removed
    else:
        stored = StoredFile(
            id=file_id,
            sha256=digest,
            size=len(data),
            media_type=media_type,
            original_name=name[:255],
            content=data,
        )
        session.add(stored)
    return stored


def validate_draft(draft: WorksheetDraft, has_pdf_already: bool = False) -> WorksheetDraft:
    title = " ".join((draft.title or "").split())
    if not title:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the worksheet's title."), field="title"
        )
    if len(title) > 200:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This text is longer than {most} characters."),
            field="title",
            most=200,
        )
    if draft.level not in (7, 8, 9):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The class level must be 7, 8 or 9."), field="level"
        )
    if not 1 <= draft.max_score <= 1000:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The maximum score must be between 1 and 1000."),
            field="max_score",
        )
    if not 0 <= draft.pass_mark <= draft.max_score:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The pass mark (KKTP) must be between 0 and the maximum score."
            ),
            field="pass_mark",
        )
    questions = [q for q in draft.questions if q.text.strip()]
    for number, question in enumerate(questions, start=1):
        if not 1 <= question.answer_lines <= 30:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Question {number} needs 1 to 30 answer lines."),
                field=f"questions.{number - 1}.answer_lines",
                number=number,
            )
    if not questions and draft.pdf is None and not has_pdf_already:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A worksheet needs typed questions or an attached PDF."),
            field="questions",
        )
    return WorksheetDraft(**{**draft.__dict__, "title": title, "questions": questions})


def save_worksheet(
    uow: UnitOfWork,
    school_id: uuid.UUID,
    draft: WorksheetDraft,
    worksheet_id: uuid.UUID | None = None,
    new_id: Callable[[], uuid.UUID] = ids.new_id,
) -> uuid.UUID:
    """Validate and write a worksheet with its questions (and its PDF, stored once)."""
    session = uow.session
    worksheet = get_live(session, Worksheet, worksheet_id) if worksheet_id else None
    draft = validate_draft(draft, has_pdf_already=bool(worksheet and worksheet.source_file_id))
    if draft.subject_id is None or session.get(Subject, draft.subject_id) is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the subject."), field="subject_id"
        )
    if worksheet is None:
        worksheet = Worksheet(
            id=new_id(),
            school_id=school_id,
            subject_id=draft.subject_id,
            level=draft.level,
            title=draft.title,
        )
        session.add(worksheet)
    for name in (
        "subject_id",
        "level",
        "title",
        "instructions",
        "objective",
        "pass_mark",
        "max_score",
    ):
        setattr(worksheet, name, getattr(draft, name))
    if draft.pdf is not None:
        pages = check_pdf(draft.pdf, draft.pdf_name or "PDF")
        worksheet.source_file = store_file(uow, draft.pdf, PDF, draft.pdf_name)
        worksheet.page_count = pages
    session.flush()
    _replace_questions(session, worksheet, draft.questions, new_id)
    uow.changed(Area.WORKSHEETS)
    return worksheet.id


def _replace_questions(
    session: Session,
    worksheet: Worksheet,
    drafts: list[QuestionDraft],
    new_id: Callable[[], uuid.UUID],
) -> None:
    live = [q for q in worksheet.questions if q.deleted_at is None]
    for number, draft in enumerate(drafts, start=1):
        if number <= len(live):
            question = live[number - 1]
        else:
            question = WorksheetQuestion(
                id=new_id(), worksheet_id=worksheet.id, number=number, text=draft.text
            )
            session.add(question)
        question.number, question.text = number, draft.text.strip()
        question.answer_space, question.answer_lines = draft.answer_space, draft.answer_lines
    for question in live[len(drafts) :]:
        question.mark_deleted()


def duplicate_worksheet(uow: UnitOfWork, worksheet_id: uuid.UUID, title: str) -> uuid.UUID:
    """A copy to change for another class or year; the attached file is shared, not copied."""
    session = uow.session
    original = get_live(session, Worksheet, worksheet_id)
    copy = Worksheet(
        school_id=original.school_id,
        subject_id=original.subject_id,
        level=original.level,
        title=title[:200],
        instructions=original.instructions,
        objective=original.objective,
        pass_mark=original.pass_mark,
        max_score=original.max_score,
        source_file_id=original.source_file_id,
        page_count=original.page_count,
    )
    session.add(copy)
    session.flush()
    for question in original.questions:
        if question.deleted_at is None:
            session.add(
                WorksheetQuestion(
                    worksheet_id=copy.id,
                    number=question.number,
                    text=question.text,
                    answer_space=question.answer_space,
                    answer_lines=question.answer_lines,
                )
            )
    uow.changed(Area.WORKSHEETS)
    return copy.id


def archive_worksheet(uow: UnitOfWork, worksheet_id: uuid.UUID, archived: bool = True) -> None:
    session = uow.session
    worksheet = get_live(session, Worksheet, worksheet_id)
    worksheet.archived_at = utc_now() if archived else None
    uow.changed(Area.WORKSHEETS)


def search_worksheets(
    uow: UnitOfWork,
    school_id: uuid.UUID,
    text: str = "",
    subject_id: uuid.UUID | None = None,
    level: int | None = None,
    include_archived: bool = False,
) -> list[WorksheetRow]:
    session = uow.session
    questions = (
        select(WorksheetQuestion.worksheet_id, func.count().label("n"))
        .group_by(WorksheetQuestion.worksheet_id)
        .subquery()
    )
    query = (
        select(Worksheet, Subject.name, questions.c.n)
        .join(Subject, Subject.id == Worksheet.subject_id)
        .outerjoin(questions, questions.c.worksheet_id == Worksheet.id)
        .where(Worksheet.school_id == school_id)
        .order_by(Subject.sort_order, Worksheet.level, Worksheet.title)
        .options(selectinload(Worksheet.questions))
    )
    words = text.split()
    for word in words:
        pattern = f"%{word}%"
        query = query.where(or_(Worksheet.title.ilike(pattern), Subject.name.ilike(pattern)))
    if subject_id is not None:
        query = query.where(Worksheet.subject_id == subject_id)
    if level is not None:
        query = query.where(Worksheet.level == level)
    if not include_archived:
        query = query.where(Worksheet.archived_at.is_(None))
    paper = load_settings(session).paper_size
    return [
        WorksheetRow(
            id=worksheet.id,
            title=worksheet.title,
            subject=subject,
            level=worksheet.level,
            pages="pdf" if worksheet.source_file_id else "questions",
            page_count=worksheet_pages(worksheet, subject, paper),
            question_count=count or 0,
            archived=worksheet.archived_at is not None,
        )
        for worksheet, subject, count in session.execute(query)
    ]


@dataclass(frozen=True)
class WorksheetEditing:
    """What the worksheet editor opens with: the school's subjects and, for a worksheet
    that exists, its fields."""

    subjects: list[tuple[uuid.UUID, str]]
    values: dict[str, Any] | None
    my_subject_id: uuid.UUID | None = None  # what a new worksheet starts with


def my_subject(uow: UnitOfWork) -> uuid.UUID | None:
    """The subject this laptop's teacher teaches most often (Pengaturan: who uses it)."""
    teacher = load_settings(uow.session).my_teacher_id
    if not teacher:
        return None
    return uow.session.scalars(
        select(TeachingAssignment.subject_id)
        .where(TeachingAssignment.teacher_id == uuid.UUID(teacher))
        .group_by(TeachingAssignment.subject_id)
        .order_by(func.count().desc(), TeachingAssignment.subject_id)
        .limit(1)
    ).first()


def worksheet_for_editing(
    uow: UnitOfWork, school_id: uuid.UUID, worksheet_id: uuid.UUID | None
) -> WorksheetEditing:
    session = uow.session
    subjects = [
        (s.id, s.name)
        for s in session.scalars(
            select(Subject)
            .where(Subject.school_id == school_id)
            .order_by(Subject.sort_order, Subject.name)
        )
    ]
    if worksheet_id is None:
        return WorksheetEditing(subjects, None, my_subject(uow))
    worksheet = get_live(session, Worksheet, worksheet_id)
    questions = [q for q in worksheet.questions if q.deleted_at is None]
    return WorksheetEditing(
        subjects,
        {
            "subject_id": worksheet.subject_id,
            "level": worksheet.level,
            "title": worksheet.title,
            "instructions": worksheet.instructions,
            "objective": worksheet.objective,
            "pass_mark": worksheet.pass_mark,
            "max_score": worksheet.max_score,
            "questions": [q.text for q in questions],
            "answer_lines": max((q.answer_lines for q in questions), default=5),
            "answer_space": questions[0].answer_space.value if questions else "lines",
            "pdf": worksheet.source_file.original_name if worksheet.source_file else "",
            "pages": worksheet.page_count,
        },
    )
