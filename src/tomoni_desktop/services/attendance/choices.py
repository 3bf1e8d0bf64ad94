"""What the Kehadiran page offers: the classes of the year, the semester's days, and the
subjects and teachers a lesson of the online schedule is given by."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import Semester, Subject, Teacher
from tomoni_desktop.core.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class AttendanceChoices:
    classes: list[tuple[uuid.UUID, str]]
    semester_starts: date
    semester_ends: date
    subjects: list[tuple[uuid.UUID, str]] = field(default_factory=list)
    teachers: list[tuple[uuid.UUID, str]] = field(default_factory=list)

    def months(self, today: date) -> list[tuple[int, int]]:
        """(year, month) of the semester up to today, the latest first."""
        last = min(self.semester_ends, today)
        found, year, month = [], self.semester_starts.year, self.semester_starts.month
        while (year, month) <= (last.year, last.month):
            found.append((year, month))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
        return found[::-1]


def attendance_choices(
    uow: UnitOfWork, school_year_id: uuid.UUID, semester_id: uuid.UUID
) -> AttendanceChoices:
    from tomoni_desktop.services.roster.editing import classes_of_year

    session = uow.session
    semester = get_live(session, Semester, semester_id)
    school_id = semester.school_year.school_id
    return AttendanceChoices(
        classes_of_year(uow, school_year_id),
        semester.starts_on,
        semester.ends_on,
        [
            (row.id, row.name)
            for row in session.scalars(
                select(Subject)
                .where(Subject.school_id == school_id)
                .order_by(Subject.sort_order, Subject.name)
            )
        ],
        [
            (row.id, row.name)
            for row in session.scalars(
                select(Teacher).where(Teacher.school_id == school_id).order_by(Teacher.name)
            )
        ],
    )
