"""The class register: a day is taken ("all present"), then the exceptions (S, I, A) are
marked one pupil at a time, each a unit of work of its own, so nothing typed is lost. Marking
an exception takes the day's register too: the others were present."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import derived_row, get_live
from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    Enrollment,
    RegisterDay,
    SchoolClass,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.attendance.calendar import calendar_of, school_of_class


def register_day_id(class_id: uuid.UUID, day: date) -> uuid.UUID:
    return ids.derived_id("register", str(class_id), day.isoformat())


def entry_id(student_id: uuid.UUID, day: date) -> uuid.UUID:
    return ids.derived_id("attendance", str(student_id), day.isoformat())


@dataclass(frozen=True)
class RegisterRow:
    student_id: uuid.UUID
    name: str
    mark: AttendanceMark | None  # None: present (or not taken yet)
    letter_on: date | None
    note: str


@dataclass(frozen=True)
class RegisterSheet:
    class_id: uuid.UUID
    day: date
    taken: bool
    not_school_day: str | None  # why not (a fact the interface words), or None
    rows: list[RegisterRow]

    def count(self, mark: AttendanceMark) -> int:
        return sum(1 for row in self.rows if row.mark is mark)


def register_of(uow: UnitOfWork, class_id: uuid.UUID, day: date) -> RegisterSheet:
    """The class's register on a day: its pupils in order, their marks."""
    session = uow.session
    calendar = calendar_of(uow, school_of_class(uow, class_id))
    taken = session.get(RegisterDay, register_day_id(class_id, day)) is not None
    entries = {
        row.student_id: row
        for row in session.scalars(
            select(AttendanceEntry).where(
                AttendanceEntry.class_id == class_id, AttendanceEntry.day == day
            )
        )
    }
    rows = []
    for student_id, name in session.execute(
        select(Student.id, Student.full_name)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .where(Enrollment.class_id == class_id, Student.left_on.is_(None))
        .order_by(Student.full_name)
    ):
        entry = entries.get(student_id)
        mark = (
            entry.mark if entry is not None and entry.mark is not AttendanceMark.PRESENT else None
        )
        rows.append(
            RegisterRow(
                student_id,
                name,
                mark,
                entry.letter_on if entry is not None else None,
                entry.note if entry is not None else "",
            )
        )
    return RegisterSheet(class_id, day, taken, calendar.why_not(day), rows)


def _check_day(uow: UnitOfWork, class_id: uuid.UUID, day: date, today: date) -> None:
    if day > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The register cannot be taken for a day still to come."),
            field="day",
        )
    why = calendar_of(uow, school_of_class(uow, class_id)).why_not(day)
    if why is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{day} is not a school day; the register is taken on school days only "
                "(Kehadiran › Rules and days off lists the school's own days off).",
            ),
            field="day",
            day=day.strftime("%d-%m-%Y"),
        )


def take_register(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    day: date,
    today: date,
    teacher_id: uuid.UUID | None = None,
) -> None:
    """The day's register is taken: every pupil without a mark was present."""
    get_live(uow.session, SchoolClass, class_id)
    _check_day(uow, class_id, day, today)
    row = derived_row(
        uow.session, RegisterDay, register_day_id(class_id, day), class_id=class_id, day=day
    )
    if row.taken_by_id is None:
        row.taken_by_id = teacher_id
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)


def set_mark(
    uow: UnitOfWork,
    class_id: uuid.UUID,
    day: date,
    student_id: uuid.UUID,
    mark: AttendanceMark | None,
    today: date,
    *,
    letter_on: date | None = None,
    note: str | None = None,
    teacher_id: uuid.UUID | None = None,
) -> None:
    """A pupil's mark on a day (None or H: present). Takes the day's register if it was not
    taken, and opens the cases the school's rules call for."""
    from tomoni_desktop.services.attendance.follow_up import open_cases_for

    take_register(uow, class_id, day, today, teacher_id)
    if letter_on is not None and letter_on < day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter for an absence cannot come before the day."),
            field="letter_on",
        )
    session = uow.session
    row_id = entry_id(student_id, day)
    present = mark is None or mark is AttendanceMark.PRESENT
    existing = session.get(AttendanceEntry, row_id)
    if present and existing is None:
        return  # present, as everyone not marked
    entry = derived_row(
        session,
        AttendanceEntry,
        row_id,
        student_id=student_id,
        class_id=class_id,
        day=day,
        mark=AttendanceMark.PRESENT,
    )
    entry.mark = AttendanceMark.PRESENT if present else mark  # type: ignore[assignment]
    entry.class_id = class_id
    if present:
        entry.letter_on = None
    elif letter_on is not None or mark is AttendanceMark.ABSENT:
        entry.letter_on = letter_on
    if note is not None:
        entry.note = " ".join(note.split())[:300]
    session.flush()
    open_cases_for(uow, [student_id], today)


def set_letter(uow: UnitOfWork, student_id: uuid.UUID, day: date, letter_on: date | None) -> None:
    """The letter for an absence came (None: it has not): S or I with a letter, or an A
    whose letter came late (it stays A in the register; its call is no longer due)."""
    entry = get_live(uow.session, AttendanceEntry, entry_id(student_id, day))
    if letter_on is not None and letter_on < day:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A letter for an absence cannot come before the day."),
            field="letter_on",
        )
    entry.letter_on = letter_on
    uow.session.flush()
    uow.changed(Area.ATTENDANCE)
