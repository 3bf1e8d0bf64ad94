"""The register read back: a class's month (a mark per pupil per day, S, I, A per pupil and
the absence rate) and the totals of a term that go on the report and the leger.

Absence rate (DOMAIN.md): absent pupil-days × 100 / (pupils × school days), counting the school
days whose register was taken; days not taken are named, not guessed."""

from __future__ import annotations

import calendar as months
import uuid
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import (
    AttendanceEntry,
    AttendanceMark,
    Enrollment,
    RegisterDay,
    SchoolClass,
    Student,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.attendance_recap import MonthLine, MonthSheet
from tomoni_desktop.services.attendance.calendar import calendar_of, school_of_class

COUNTED = (AttendanceMark.SICK, AttendanceMark.EXCUSED, AttendanceMark.ABSENT)


@dataclass(frozen=True)
class Totals:
    sick: int = 0
    excused: int = 0
    absent: int = 0

    @property
    def days(self) -> int:
        return self.sick + self.excused + self.absent

    def plus(self, mark: AttendanceMark) -> Totals:
        return Totals(
            self.sick + (mark is AttendanceMark.SICK),
            self.excused + (mark is AttendanceMark.EXCUSED),
            self.absent + (mark is AttendanceMark.ABSENT),
        )


@dataclass
class PupilMonth:
    student_id: uuid.UUID
    name: str
    nisn: str
    marks: dict[date, AttendanceMark] = field(default_factory=dict)
    totals: Totals = Totals()


@dataclass(frozen=True)
class MonthRecap:
    class_id: uuid.UUID
    class_name: str
    first: date
    school_days: list[date]  # up to today
    taken: list[date]  # the school days whose register was taken
    rows: list[PupilMonth]

    @property
    def not_taken(self) -> list[date]:
        taken = set(self.taken)
        return [day for day in self.school_days if day not in taken]

    @property
    def totals(self) -> Totals:
        return Totals(
            sum(r.totals.sick for r in self.rows),
            sum(r.totals.excused for r in self.rows),
            sum(r.totals.absent for r in self.rows),
        )

    @property
    def absence_rate(self) -> float | None:
        """Percent of pupil-days absent (S, I and A), over the days taken."""
        if not self.rows or not self.taken:
            return None
        return self.totals.days * 100 / (len(self.rows) * len(self.taken))


def month_recaps(
    uow: UnitOfWork, class_ids: Sequence[uuid.UUID], year: int, month: int, today: date
) -> list[MonthRecap]:
    """The month of every class, read in a few queries whatever their number."""
    session = uow.session
    first = date(year, month, 1)
    last = min(date(year, month, months.monthrange(year, month)[1]), today)
    classes = list(
        session.execute(
            select(SchoolClass.id, SchoolClass.name).where(SchoolClass.id.in_(list(class_ids)))
        )
    )
    if not classes:
        return []
    calendar = calendar_of(uow, school_of_class(uow, classes[0][0]))
    school_days = list(calendar.days(first, last)) if first <= last else []
    pupils: dict[uuid.UUID, list[PupilMonth]] = defaultdict(list)
    row_of: dict[uuid.UUID, PupilMonth] = {}
    for class_id, student_id, name, nisn in session.execute(
        select(Enrollment.class_id, Student.id, Student.full_name, Student.nisn)
        .join(Enrollment, Enrollment.student_id == Student.id)
        .where(Enrollment.class_id.in_(list(class_ids)), Student.left_on.is_(None))
        .order_by(Student.full_name)
    ):
        row = PupilMonth(student_id, name, nisn or "")
        pupils[class_id].append(row)
        row_of[student_id] = row
    taken: dict[uuid.UUID, set[date]] = defaultdict(set)
    for class_id, day in session.execute(
        select(RegisterDay.class_id, RegisterDay.day).where(
            RegisterDay.class_id.in_(list(class_ids)),
            RegisterDay.day >= first,
            RegisterDay.day <= last,
        )
    ):
        taken[class_id].add(day)
    school_day_set = set(school_days)
    for student_id, day, mark in session.execute(
        select(AttendanceEntry.student_id, AttendanceEntry.day, AttendanceEntry.mark).where(
            AttendanceEntry.class_id.in_(list(class_ids)),
            AttendanceEntry.day >= first,
            AttendanceEntry.day <= last,
            AttendanceEntry.mark != AttendanceMark.PRESENT,
        )
    ):
        pupil = row_of.get(student_id)
        if pupil is None or day not in school_day_set:
            continue
        pupil.marks[day] = mark
        pupil.totals = pupil.totals.plus(mark)
    return [
        MonthRecap(
            class_id,
            name,
            first,
            school_days,
            sorted(day for day in taken[class_id] if day in school_day_set),
            pupils[class_id],
        )
        for class_id, name in classes
    ]


def month_recap(
    uow: UnitOfWork, class_id: uuid.UUID, year: int, month: int, today: date
) -> MonthRecap:
    return month_recaps(uow, [class_id], year, month, today)[0]


def term_totals(
    uow: UnitOfWork, class_ids: Sequence[uuid.UUID], first: date, last: date
) -> dict[uuid.UUID, Totals]:
    """S, I and A per pupil between two days (a semester): for the report and the leger."""
    totals: dict[uuid.UUID, Totals] = defaultdict(Totals)
    for student_id, mark in uow.session.execute(
        select(AttendanceEntry.student_id, AttendanceEntry.mark).where(
            AttendanceEntry.class_id.in_(list(class_ids)),
            AttendanceEntry.day >= first,
            AttendanceEntry.day <= last,
            AttendanceEntry.mark.in_(COUNTED),
        )
    ):
        totals[student_id] = totals[student_id].plus(mark)
    return dict(totals)


def month_sheet(
    uow: UnitOfWork, class_id: uuid.UUID, year: int, month: int, today: date
) -> MonthSheet:
    """The month of a class as the printed recap takes it."""
    from tomoni_desktop.services.school.classes import class_of_year

    found = class_of_year(uow, class_id)
    recap = month_recap(uow, class_id, year, month, today)
    return MonthSheet(
        found.school.name,
        found.school_class.name,
        found.teacher_name,
        recap.first,
        today,
        recap.school_days,
        recap.not_taken,
        [
            MonthLine(
                row.name,
                row.nisn,
                [row.marks[day].value if day in row.marks else "" for day in recap.school_days],
                row.totals.sick,
                row.totals.excused,
                row.totals.absent,
            )
            for row in recap.rows
        ],
        recap.absence_rate,
    )
