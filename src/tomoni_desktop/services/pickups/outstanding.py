"""What has not come back: copies on paper not returned, with how late they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from tomoni_desktop.core.models import (
    Channel,
    HandOut,
    SchoolClass,
    StopOutcome,
    Student,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.types import id_text
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
            id_text(Student.id),  # the hex text: no UUID made per row of a long list
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
    """Per pupil (hex id), the home visits that did not bring the work back since the last
    one that did: a pupil whose work was collected starts again from nothing."""
    from tomoni_desktop.core.models import VisitOutcome, VisitStopPupil

    live = (VisitOutcome.deleted_at.is_(None), VisitStopPupil.deleted_at.is_(None))
    last_collected = (
        select(
            VisitStopPupil.student_id.label("student_id"),
            func.max(VisitOutcome.visited_on).label("visited_on"),
        )
        .join(VisitOutcome, VisitOutcome.stop_id == VisitStopPupil.stop_id)
        .where(VisitOutcome.outcome == StopOutcome.COLLECTED, *live)
        .group_by(VisitStopPupil.student_id)
        .subquery()
    )
    return dict(
        uow.connection.execute(
            select(id_text(VisitStopPupil.student_id), func.count(VisitOutcome.id))
            .join(VisitOutcome, VisitOutcome.stop_id == VisitStopPupil.stop_id)
            .outerjoin(last_collected, last_collected.c.student_id == VisitStopPupil.student_id)
            .where(
                VisitOutcome.outcome != StopOutcome.COLLECTED,
                *live,
                (last_collected.c.visited_on.is_(None))
                | (VisitOutcome.visited_on > last_collected.c.visited_on),
            )
            .group_by(VisitStopPupil.student_id)
        ).all()
    )


@dataclass(frozen=True)
class FollowUp:
    """A pupil whose work did not come back after `failed_visits` home visits in a row."""

    student_id: uuid.UUID
    pupil: str
    class_name: str
    village: str
    dusun: str
    guardian: str
    phone: str
    failed_visits: int
    last_outcome: StopOutcome
    last_visit_on: date
    copies_out: int  # paper copies not back, due or not
    oldest_due: date | None


def pupils_to_follow_up(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    after: int,
    class_id: uuid.UUID | None = None,
) -> list[FollowUp]:
    """Pupils with work out and `after` or more failed visits since the last collection (the
    school's setting): the homeroom teacher calls the parents, or the counsellor takes it on.
    The most failed visits first."""
    from tomoni_desktop.core.models import Guardian, VisitOutcome, VisitStopPupil

    failed = {
        uuid.UUID(hex_id): count for hex_id, count in failed_visits(uow).items() if count >= after
    }
    if not failed:
        return []
    session = uow.session
    out_query = (
        select(
            Student.id,
            Student.full_name,
            SchoolClass.name,
            Student.village,
            Student.dusun,
            func.count(WorksheetCopy.id),
            func.min(HandOut.due_on),
        )
        .join(WorksheetCopy, WorksheetCopy.student_id == Student.id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(SchoolClass, SchoolClass.id == HandOut.class_id)
        .where(
            Student.id.in_(failed),
            SchoolClass.school_year_id == school_year_id,
            Student.left_on.is_(None),
            WorksheetCopy.channel == Channel.PAPER,
            ~copy_is_returned(WorksheetCopy.id),
        )
        .group_by(Student.id, Student.full_name, SchoolClass.name, Student.village, Student.dusun)
    )
    if class_id is not None:
        out_query = out_query.where(HandOut.class_id == class_id)
    pupils = session.execute(out_query).all()
    ids = [row[0] for row in pupils]
    guardians: dict[uuid.UUID, Guardian] = {}
    for guardian in session.scalars(
        select(Guardian)
        .where(Guardian.student_id.in_(ids))
        .order_by(Guardian.is_primary.desc(), Guardian.name)
    ):
        guardians.setdefault(guardian.student_id, guardian)
    last: dict[uuid.UUID, tuple[StopOutcome, date]] = {}
    for student_id, outcome, visited_on in session.execute(
        select(VisitStopPupil.student_id, VisitOutcome.outcome, VisitOutcome.visited_on)
        .join(VisitOutcome, VisitOutcome.stop_id == VisitStopPupil.stop_id)
        .where(VisitStopPupil.student_id.in_(ids))
        .order_by(VisitOutcome.visited_on, VisitOutcome.created_at)
    ):
        last[student_id] = (outcome, visited_on)
    rows = []
    for student_id, pupil, class_name, village, dusun, copies_out, oldest_due in pupils:
        parent = guardians.get(student_id)
        outcome, visited_on = last[student_id]
        rows.append(
            FollowUp(
                student_id,
                pupil,
                class_name,
                village,
                dusun,
                parent.name if parent else "",
                (parent.mobile or parent.whatsapp or "") if parent else "",
                failed[student_id],
                outcome,
                visited_on,
                copies_out,
                oldest_due,
            )
        )
    return sorted(rows, key=lambda row: (-row.failed_visits, row.class_name, row.pupil))


def outstanding_report(uow: UnitOfWork, class_id: uuid.UUID, today: date) -> OutstandingReport:
    from tomoni_desktop.services.school.classes import class_of_year

    found = class_of_year(uow, class_id)
    rows = outstanding_copies(uow, found.year.id, today, class_id)
    return OutstandingReport(
        found.school.name, found.school_class.name, found.teacher_name, today, rows
    )


@dataclass(frozen=True)
class ReturnRate:
    on_paper: int  # copies handed out on paper
    returned: int
    late: int  # returned after their due date

    @property
    def rate(self) -> float:
        return self.returned / self.on_paper if self.on_paper else 0.0


@dataclass(frozen=True)
class ClassReturnRate(ReturnRate):
    class_name: str


@dataclass(frozen=True)
class HandOutReturnRate(ReturnRate):
    """One worksheet handed out to one class."""

    worksheet: str
    class_name: str
    issued_on: date
    due_on: date


@dataclass(frozen=True)
class ReturnRates:
    per_class: list[ClassReturnRate]
    per_hand_out: list[HandOutReturnRate]  # the newest first
    per_week: list[tuple[date, int]]  # Monday of the week, copies returned that week


def return_rates(
    uow: UnitOfWork, school_year_id: uuid.UUID, today: date, weeks: int = 8
) -> ReturnRates:
    """How much of the paper work comes back: per class, per worksheet handed out, and per
    week of the last `weeks`. A copy counts once, on its first live return."""
    from datetime import timedelta

    from tomoni_desktop.core.models import CopyReturn

    first_return = (
        select(CopyReturn.copy_id, func.min(CopyReturn.returned_on).label("returned_on"))
        .where(CopyReturn.deleted_at.is_(None))  # plain SQL: tombstones are not hidden here
        .group_by(CopyReturn.copy_id)
        .subquery()
    )

    def counted(*columns):
        return (
            select(
                *columns,
                func.count(WorksheetCopy.id),
                func.count(first_return.c.copy_id),
                func.count(first_return.c.copy_id).filter(
                    first_return.c.returned_on > HandOut.due_on
                ),
            )
            .join(HandOut, HandOut.class_id == SchoolClass.id)
            .join(WorksheetCopy, WorksheetCopy.hand_out_id == HandOut.id)
            .outerjoin(first_return, first_return.c.copy_id == WorksheetCopy.id)
            .where(
                SchoolClass.school_year_id == school_year_id,
                WorksheetCopy.channel == Channel.PAPER,
            )
        )

    per_class = [
        ClassReturnRate(on_paper, returned, late, name)
        for name, on_paper, returned, late in uow.connection.execute(
            counted(SchoolClass.name)
            .group_by(SchoolClass.id, SchoolClass.level, SchoolClass.name)
            .order_by(SchoolClass.level, SchoolClass.name)
        )
    ]
    per_hand_out = [
        HandOutReturnRate(on_paper, returned, late, title, name, issued_on, due_on)
        for title, name, issued_on, due_on, on_paper, returned, late in uow.connection.execute(
            counted(Worksheet.title, SchoolClass.name, HandOut.issued_on, HandOut.due_on)
            .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
            .group_by(HandOut.id, Worksheet.title, SchoolClass.name)
            .order_by(HandOut.issued_on.desc(), SchoolClass.name, Worksheet.title)
        )
    ]
    monday = today - timedelta(days=today.weekday())
    start = monday - timedelta(weeks=weeks - 1)
    counts: dict[date, int] = {start + timedelta(weeks=n): 0 for n in range(weeks)}
    for (returned_on,) in uow.connection.execute(
        select(first_return.c.returned_on).where(
            first_return.c.returned_on >= start, first_return.c.returned_on <= today
        )
    ):
        counts[returned_on - timedelta(days=returned_on.weekday())] += 1
    return ReturnRates(per_class, per_hand_out, sorted(counts.items()))
