"""What has not come back: copies on paper not returned, with how late they are."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

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


@dataclass(frozen=True)
class OutstandingCopy:
    code: str  # one copy's own: the list is updated by it when a code is recorded
    pupil: str
    class_name: str
    village: str
    dusun: str
    worksheet: str
    issued_on: date
    due_on: date
    days_overdue: int  # 0 while it is not due yet

    @property
    def missing(self) -> bool:
        """Past its due date and not returned."""
        return self.days_overdue > 0


def outstanding_copies(
    uow: UnitOfWork,
    school_year_id: uuid.UUID,
    today: date,
    class_id: uuid.UUID | None = None,
    only_overdue: bool = False,
) -> list[OutstandingCopy]:
    """Copies on paper not returned (or only those past their due date), the most overdue
    first, then by village and pupil. Read as plain rows: the whole school's list is long."""
    query = (
        select(
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
        )
        for (
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
