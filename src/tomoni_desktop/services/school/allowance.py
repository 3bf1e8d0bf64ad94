"""Mobile data (kuota) the school gives pupils and teachers for online lessons: a gift to a
whole class (or to chosen pupils, or to teachers) is written whole, or not at all; the month's
list is what the principal reads."""

from __future__ import annotations

import calendar
import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    DataAllowance,
    Enrollment,
    School,
    SchoolClass,
    Student,
    Teacher,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.allowance_list import AllowanceLine, AllowanceMonth

MOST_MB = 200 * 1024  # 200 GB to one person at once is a typing error


def give_allowance(
    uow: UnitOfWork,
    school_id: uuid.UUID,
    given_on: date,
    megabytes: int,
    source: str,
    today: date,
    *,
    class_id: uuid.UUID | None = None,
    student_ids: Sequence[uuid.UUID] = (),
    teacher_ids: Sequence[uuid.UUID] = (),
    note: str = "",
    new_id=ids.new_id,
) -> int:
    """Every pupil of `class_id` (who has not left), the pupils and the teachers named: one
    row each. Returns how many received it."""
    session = uow.session
    get_live(session, School, school_id)
    if given_on > today:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Data cannot be recorded as given on a day to come."),
            field="given_on",
        )
    if not 1 <= megabytes <= MOST_MB:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give between 1 MB and {most} GB to each person."),
            field="megabytes",
            most=MOST_MB // 1024,
        )
    if not source.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Say where the data comes from (BOS, Kemendikbud, …)."),
            field="source",
        )
    pupils = list(student_ids)
    if class_id is not None:
        get_live(session, SchoolClass, class_id)
        pupils += session.scalars(
            select(Student.id)
            .join(Enrollment, Enrollment.student_id == Student.id)
            .where(Enrollment.class_id == class_id, Student.left_on.is_(None))
        ).all()
    if not pupils and not teacher_ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose who receives the data."), field="recipients"
        )
    for teacher in teacher_ids:
        get_live(session, Teacher, teacher)
    recipients: list[tuple[uuid.UUID | None, uuid.UUID | None]] = [
        (pupil, None) for pupil in dict.fromkeys(pupils)
    ] + [(None, teacher) for teacher in dict.fromkeys(teacher_ids)]
    for pupil_id, teacher_id in recipients:
        session.add(
            DataAllowance(
                id=new_id(),
                school_id=school_id,
                student_id=pupil_id,
                teacher_id=teacher_id,
                given_on=given_on,
                megabytes=megabytes,
                source=" ".join(source.split())[:60],
                note=" ".join(note.split())[:200],
            )
        )
    session.flush()
    uow.changed(Area.SCHOOL)
    return len(recipients)


def allowance_month(
    uow: UnitOfWork, school_id: uuid.UUID, year: int, month: int, today: date
) -> AllowanceMonth:
    """Who received data in the month, by day then name."""
    session = uow.session
    school = get_live(session, School, school_id)
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    classes = {
        student_id: name
        for student_id, name in session.execute(
            select(Enrollment.student_id, SchoolClass.name).join(
                SchoolClass, SchoolClass.id == Enrollment.class_id
            )
        )
    }
    lines = []
    for row, pupil, teacher in session.execute(
        select(DataAllowance, Student.full_name, Teacher.name)
        .outerjoin(Student, Student.id == DataAllowance.student_id)
        .outerjoin(Teacher, Teacher.id == DataAllowance.teacher_id)
        .where(
            DataAllowance.school_id == school_id,
            DataAllowance.given_on >= first,
            DataAllowance.given_on <= last,
        )
        .order_by(DataAllowance.given_on, Student.full_name, Teacher.name)
    ):
        lines.append(
            AllowanceLine(
                pupil or teacher or "",
                classes.get(row.student_id, "") if row.student_id else "",
                row.given_on,
                row.megabytes,
                row.source,
                teacher=row.teacher_id is not None,
                student_id=row.student_id,
            )
        )
    return AllowanceMonth(school.name, first, today, lines)


def allowance_choices(
    uow: UnitOfWork, school_id: uuid.UUID, school_year_id: uuid.UUID
) -> tuple[list[tuple[uuid.UUID, str]], list[uuid.UUID]]:
    """The classes of the year, and every teacher of the school (who may receive data)."""
    from tomoni_desktop.services.roster.editing import classes_of_year

    teachers = uow.session.scalars(
        select(Teacher.id).where(Teacher.school_id == school_id).order_by(Teacher.name)
    ).all()
    return classes_of_year(uow, school_year_id), list(teachers)
