"""What has not come back: copies on paper not returned, with how late they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import String, cast, func, select

from tomoni_desktop.core.models import (
    Channel,
    HandOut,
    SchoolClass,
    Student,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.reports.outstanding_data import OutstandingCopy, OutstandingReport


def outstanding_copies(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    today: date,
    class_id: uuid.UUID | None = None,
    only_overdue: bool = False,
    student_id: uuid.UUID | None = None,
) -> list[OutstandingCopy]:
    """Copies on paper not returned (or only those past their due date), the most overdue
    first, then by village and pupil. Read as plain rows: the whole school's list is long."""
    query = (
        select(
            cast(Student.id, String),  # the hex text: no UUID made per row of a long list
            WorksheetCopy.pickup_code,
            Student.full_name,
            SchoolClass.name,
            Student.village,
            Student.dusun,
            Worksheet.title,
            HandOut.issued_on,
            HandOut.due_on,
        )
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(SchoolClass, SchoolClass.id == HandOut.class_id)
        .join(Student, Student.id == WorksheetCopy.student_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .where(
            SchoolClass.school_year_id == school_year_id,
            WorksheetCopy.channel == Channel.PAPER,
            Student.left_on.is_(None),
            ~copy_is_returned(WorksheetCopy.id),
        )
        .order_by(HandOut.due_on, Student.village, Student.dusun, Student.full_name)
    )
    if class_id is not None:
        query = query.where(HandOut.class_id == class_id)
    if only_overdue:
        query = query.where(HandOut.due_on < today)
    if student_id is not None:
        query = query.where(WorksheetCopy.student_id == student_id)
    failed = failed_visits(uow)
    return [
        OutstandingCopy(
            code,
            pupil,
            class_name,
            village,
            dusun,
            worksheet,
            issued_on,
            due_on,
            max((today - due_on).days, 0),
            failed.get(student, 0),
        )
        for (
            student,
            code,
            pupil,
            class_name,
            village,
            dusun,
            worksheet,
            issued_on,
            due_on,
        ) in uow.connection.execute(query)
    ]


def failed_visits(uow: UnitOfWork) -> dict[str, int]:
    """Per pupil (hex id), the home visits whose outcome was not "collected"."""
    from tomoni_desktop.core.models import StopOutcome, VisitOutcome, VisitStopPupil

    return dict(
        uow.connection.execute(
            select(cast(VisitStopPupil.student_id, String), func.count(VisitOutcome.id))
            .join(VisitOutcome, VisitOutcome.stop_id == VisitStopPupil.stop_id)
            .where(
                VisitOutcome.outcome != StopOutcome.COLLECTED,
                VisitOutcome.deleted_at.is_(None),
                VisitStopPupil.deleted_at.is_(None),
            )
            .group_by(VisitStopPupil.student_id)
        ).all()
    )


def outstanding_report(uow: UnitOfWork, class_id: uuid.UUID, today: date) -> OutstandingReport:
    from tomoni_desktop.services.school.classes import class_of_year

    found = class_of_year(uow, class_id)
    rows = outstanding_copies(uow, found.year.id, today, class_id)
    return OutstandingReport(
        found.school.name, found.school_class.name, found.teacher_name, today, rows
    )


@dataclass(frozen=True)
class ClassReturnRate:
    class_name: str
    on_paper: int  # copies handed out on paper
    returned: int
    late: int  # returned after their due date

    @property
    def rate(self) -> float:
        return self.returned / self.on_paper if self.on_paper else 0.0


@dataclass(frozen=True)
class ReturnRates:
    per_class: list[ClassReturnRate]
    per_week: list[tuple[date, int]]  # Monday of the week, copies returned that week


def return_rates(
    uow: UnitOfWork, school_year_id: uuid.UUID, today: date, weeks: int = 8
) -> ReturnRates:
    """How much of the paper work comes back: per class, and per week of the last `weeks`."""
    from datetime import timedelta

    from tomoni_desktop.core.models import CopyReturn

    first_return = (
        select(CopyReturn.copy_id, func.min(CopyReturn.returned_on).label("returned_on"))
        .group_by(CopyReturn.copy_id)
        .subquery()
    )
    rows = uow.connection.execute(
        select(
            SchoolClass.name,
            func.count(WorksheetCopy.id),
            func.count(first_return.c.copy_id),
            func.count(first_return.c.copy_id).filter(first_return.c.returned_on > HandOut.due_on),
        )
        .join(HandOut, HandOut.class_id == SchoolClass.id)
        .join(WorksheetCopy, WorksheetCopy.hand_out_id == HandOut.id)
        .outerjoin(first_return, first_return.c.copy_id == WorksheetCopy.id)
        .where(
            SchoolClass.school_year_id == school_year_id,
            WorksheetCopy.channel == Channel.PAPER,
        )
        .group_by(SchoolClass.id, SchoolClass.level, SchoolClass.name)
        .order_by(SchoolClass.level, SchoolClass.name)
    ).all()
    monday = today - timedelta(days=today.weekday())
    start = monday - timedelta(weeks=weeks - 1)
    counts: dict[date, int] = {start + timedelta(weeks=n): 0 for n in range(weeks)}
    for (returned_on,) in uow.connection.execute(
        select(first_return.c.returned_on).where(
            first_return.c.returned_on >= start, first_return.c.returned_on <= today
        )
    ):
        counts[returned_on - timedelta(days=returned_on.weekday())] += 1
    return ReturnRates([ClassReturnRate(*row) for row in rows], sorted(counts.items()))
