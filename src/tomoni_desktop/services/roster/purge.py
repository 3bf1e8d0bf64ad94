"""Deleting a pupil's personal data: at the end of the school's retention (N years after the
pupil left) or on a lawful request.

The pupil's row stays (with `purged_on`), so counts, grades and attendance figures stay,
without a name. Every personal field about the pupil is blanked, in every table that points
at the pupil (PERSONAL is the one list of them); the blanking is an ordinary edit, so it syncs
to every computer, and after every import it is done again for what arrived, so an older
edit from a laptop that had not heard of the purge cannot bring a name back. This computer's
sync history of those rows, which holds the old values, is deleted, and concurrent values
kept for a conflict are dropped.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select

from tomoni_desktop.core import access
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.database import ALL_ROWS
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.models import Student
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.sync.forget import forget_purged


@dataclass(frozen=True)
class DuePupil:
    student_id: uuid.UUID
    name: str
    left_on: date


def purge_pupils(uow: UnitOfWork, student_ids: Sequence[uuid.UUID], today: date) -> int:
    """Delete the personal data of these pupils, everywhere; returns how many. The office's
    to do (a lawful request, or the end of retention)."""
    access.require_office(uow.database.actor)
    ids = list(dict.fromkeys(student_ids))
    if not ids:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose the pupils whose personal data is deleted."),
            field="pupils",
        )
    pupils = uow.session.scalars(
        select(Student).where(Student.id.in_(ids)).execution_options(**ALL_ROWS)
    ).all()
    for pupil in pupils:
        pupil.purged_on = pupil.purged_on or today
    forget_purged(uow.connection)
    uow.changed(Area.STUDENTS, Area.ATTENDANCE, Area.GRADES, Area.SYNC)
    return len(pupils)


def due_for_purge(uow: UnitOfWork, years: int, today: date) -> list[DuePupil]:
    """Pupils who left at least `years` years ago and whose data is still kept (0: none)."""
    if years <= 0:
        return []
    try:
        limit = today.replace(year=today.year - years)
    except ValueError:  # 29 February
        limit = today.replace(year=today.year - years, day=28)
    rows = uow.session.execute(
        select(Student.id, Student.full_name, Student.left_on)
        .where(
            Student.left_on.is_not(None),
            Student.left_on <= limit,
            Student.purged_on.is_(None),
        )
        .order_by(Student.left_on, Student.full_name)
    ).all()
    return [DuePupil(i, name, left) for i, name, left in rows if left is not None]


def purged_count(uow: UnitOfWork) -> int:
    return (
        uow.session.scalar(
            select(func.count()).select_from(Student).where(Student.purged_on.is_not(None))
        )
        or 0
    )
