"""Letters on paper for families without a phone, and their replies.

Writing a letter keeps it with a code (the pickup codes' form, on its reply slip's QR) and
logs it as a contact; the slip that comes back is scanned on the pickups screen, which records
the reply (and logs it) — or takes it back when scanned by mistake."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    ContactEntry,
    ContactKind,
    ContactOutcome,
    Enrollment,
    FollowUpCase,
    Guardian,
    LetterKind,
    ParentLetter,
    ParentMeeting,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.letters import LetterData
from tomoni_desktop.services.attendance.contacts import log_contact
from tomoni_desktop.services.school.classes import class_of_year
from tomoni_desktop.services.worksheets.pickup_codes import free_code, taken_codes


def write_letters(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    kind: LetterKind,
    student_ids: Sequence[uuid.UUID],
    written_on: date,
    *,
    about_on: date | None = None,
    note: str = "",
    case_id: uuid.UUID | None = None,
    meeting_id: uuid.UUID | None = None,
    new_id=ids.new_id,
) -> list[uuid.UUID]:
    """One letter per pupil of the class, each with a free code, logged as a letter sent."""
    session = uow.session
    if not student_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the pupils whose families get the letter."),
            field="pupils",
        )
    note = " ".join(note.split())
    if kind is LetterKind.RESULTS and not note:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Write what the letter says about the results."),
            field="note",
        )
    if kind is LetterKind.MEETING and meeting_id is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "An invitation belongs to a meeting: plan it first."),
            field="meeting",
        )
    if kind in (LetterKind.ABSENCE, LetterKind.SUMMONS) and about_on is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give the day the letter is about."), field="about_on"
        )
    in_class = set(
        session.scalars(
            select(Enrollment.student_id).where(
                Enrollment.class_id == class_id, Enrollment.student_id.in_(student_ids)
            )
        )
    )
    if missing := [s for s in student_ids if s not in in_class]:
        name = get_live(session, Student, missing[0]).full_name
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "{name} is not in this class."), field="pupils", name=name
        )
    taken = taken_codes(session)
    written = []
    for student_id in student_ids:
        letter_id = new_id()
        code = free_code(letter_id, taken)
        taken.add(code)
        session.add(
            ParentLetter(
                id=letter_id,
                student_id=student_id,
                kind=kind,
                code=code,
                written_on=written_on,
                about_on=about_on,
                case_id=case_id,
                meeting_id=meeting_id,
                note=note[:500],
            )
        )
        log_contact(
            uow,
            student_id,
            ContactKind.LETTER,
            ContactOutcome.SENT,
            written_on,
            written_on,
            case_id=case_id,
            about=kind.value,
            note=code,
            new_id=new_id,
        )
        written.append(letter_id)
    session.flush()
    uow.changed(Area.ATTENDANCE)
    return written


def _class_of(uow: UnitOfWork, student_id: uuid.UUID) -> uuid.UUID | None:
    """The class the pupil was enrolled in last (the one a letter speaks of)."""
    return uow.session.scalars(
        select(Enrollment.class_id)
        .where(Enrollment.student_id == student_id)
        .order_by(Enrollment.created_at.desc())
    ).first()


def pupils_of_letters(uow: UnitOfWork, letter_ids: Sequence[uuid.UUID]) -> list[uuid.UUID]:
    """Whom the letters are about (for the register of what left the laptop)."""
    return list(
        uow.session.scalars(
            select(ParentLetter.student_id).where(ParentLetter.id.in_(list(letter_ids))).distinct()
        )
    )


def letters_to_print(uow: UnitOfWork, letter_ids: Sequence[uuid.UUID]) -> list[LetterData]:
    """The letters as paper needs them, in the order given."""
    session = uow.session
    found = []
    for letter_id in letter_ids:
        letter = get_live(session, ParentLetter, letter_id)
        student = get_live(session, Student, letter.student_id)
        class_id = _class_of(uow, student.id)
        if class_id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "{name} is not in a class."),
                field="pupils",
                name=student.full_name,
            )
        of_year = class_of_year(uow, class_id)
        guardian = session.scalars(
            select(Guardian.name)
            .where(Guardian.student_id == student.id)
            .order_by(Guardian.is_primary.desc(), Guardian.name)
        ).first()
        details: dict = {}
        if letter.case_id is not None:
            case = get_live(session, FollowUpCase, letter.case_id)
            details.update(absent_days=case.absent_days, first_absence_on=case.first_absence_on)
        if letter.meeting_id is not None:
            meeting = get_live(session, ParentMeeting, letter.meeting_id)
            details.update(
                about_on=meeting.held_on,
                starts_at=meeting.starts_at,
                place=meeting.place,
                agenda=meeting.agenda,
            )
        found.append(
            LetterData(
                **{
                    "kind": letter.kind,
                    "code": letter.code,
                    "school": of_year.school.name,
                    "school_address": of_year.school.address,
                    "pupil": student.full_name,
                    "class_name": of_year.school_class.name,
                    "guardian": guardian or "",
                    "teacher": of_year.teacher_name,
                    "written_on": letter.written_on,
                    "about_on": letter.about_on,
                    "note": letter.note,
                    **details,
                }
            )
        )
    return found


@dataclass(frozen=True)
class Reply:
    """A reply slip scanned: the letter, and whether it was recorded now or before."""

    letter_id: uuid.UUID
    kind: LetterKind
    pupil: str
    class_name: str
    written_on: date
    replied_on: date
    recorded: bool  # False: it had been recorded before (on `replied_on`)


def record_reply(uow: UnitOfWork, code: str, replied_on: date, new_id=ids.new_id) -> Reply | None:
    """The reply to the letter with this code came back; None when no letter has it."""
    session = uow.session
    letter = session.scalars(
        select(ParentLetter)
        .where(ParentLetter.code == code, ParentLetter.deleted_at.is_(None))
        .order_by(ParentLetter.written_on.desc())
    ).first()
    if letter is None:
        return None
    student = get_live(session, Student, letter.student_id)
    class_id = _class_of(uow, student.id)
    class_name = class_of_year(uow, class_id).school_class.name if class_id else ""
    if letter.replied_on is not None:
        return Reply(
            letter.id,
            letter.kind,
            student.full_name,
            class_name,
            letter.written_on,
            letter.replied_on,
            recorded=False,
        )
    if replied_on < letter.written_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{code} was written on {written}: its reply cannot come before that."
            ),
            field="returned_on",
            code=code,
            written=letter.written_on.strftime("%d-%m-%Y"),
        )
    letter.replied_on = replied_on
    log_contact(
        uow,
        letter.student_id,
        ContactKind.LETTER,
        ContactOutcome.REACHED,
        replied_on,
        replied_on,
        case_id=letter.case_id,
        about=letter.kind.value,
        note=letter.code,
        new_id=new_id,
    )
    session.flush()
    uow.changed(Area.ATTENDANCE)
    return Reply(
        letter.id,
        letter.kind,
        student.full_name,
        class_name,
        letter.written_on,
        replied_on,
        recorded=True,
    )


def undo_reply(uow: UnitOfWork, letter_id: uuid.UUID) -> None:
    """Take back a reply scanned by mistake, with the contact it logged."""
    session = uow.session
    letter = get_live(session, ParentLetter, letter_id)
    letter.replied_on = None
    for contact in session.scalars(
        select(ContactEntry).where(
            ContactEntry.student_id == letter.student_id,
            ContactEntry.kind == ContactKind.LETTER,
            ContactEntry.outcome == ContactOutcome.REACHED,
            ContactEntry.note == letter.code,
        )
    ):
        contact.mark_deleted()
    session.flush()
    uow.changed(Area.ATTENDANCE)


@dataclass(frozen=True)
class LetterRow:
    letter_id: uuid.UUID
    kind: LetterKind
    code: str
    written_on: date
    replied_on: date | None


def letters_of(uow: UnitOfWork, student_id: uuid.UUID) -> list[LetterRow]:
    """The pupil's letters, the newest first."""
    return [
        LetterRow(row.id, row.kind, row.code, row.written_on, row.replied_on)
        for row in uow.session.scalars(
            select(ParentLetter)
            .where(ParentLetter.student_id == student_id)
            .order_by(ParentLetter.written_on.desc(), ParentLetter.created_at.desc())
        )
    ]


WAITING_DAYS = 30  # a letter older than this with no reply is not carried again


def waiting_letters(
    uow: UnitOfWork, student_ids: Sequence[uuid.UUID], today: date
) -> list[uuid.UUID]:
    """Letters to these pupils' families still waiting for a reply (the last 30 days), in the
    order of the pupils given: printed with the packet that goes to the same homes."""
    since = today - timedelta(days=WAITING_DAYS)
    found: dict[uuid.UUID, list[uuid.UUID]] = {}
    for letter_id, student_id in uow.session.execute(
        select(ParentLetter.id, ParentLetter.student_id)
        .where(
            ParentLetter.student_id.in_(list(student_ids)),
            ParentLetter.replied_on.is_(None),
            ParentLetter.written_on >= since,
        )
        .order_by(ParentLetter.written_on, ParentLetter.created_at)
    ):
        found.setdefault(student_id, []).append(letter_id)
    return [letter for student_id in student_ids for letter in found.get(student_id, [])]
