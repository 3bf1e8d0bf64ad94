"""The same child entered twice (on two laptops before they met): found, and made one.

A merge keeps one record, fills its empty fields from the other, moves every row that
points at the other (guardians, classes, worksheet copies, anything added later: found from
the model metadata) and marks the other `merged_into` the kept one. Rows that arrive later
from a laptop that had not seen the merge are moved on import, so the merge holds everywhere.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import (
    Enrollment,
    HandOut,
    SchoolClass,
    Student,
    Worksheet,
    WorksheetCopy,
    copy_is_returned,
)
from tomoni_desktop.core.pupil_fields import MERGEABLE
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.worksheets.pickup_codes import free_code, taken_codes
from tomoni_desktop.sync.redirect import redirect_references


@dataclass(frozen=True)
class DuplicatePupil:
    id: uuid.UUID
    full_name: str
    nisn: str
    birth_date: date | None
    class_name: str
    village: str


@dataclass(frozen=True)
class DuplicateGroup:
    reason: str  # "nisn" or "name-and-birth-date"
    pupils: tuple[DuplicatePupil, ...]


def _latest_class_names(session: Session) -> dict[uuid.UUID, str]:
    """Each pupil's newest class (of any year)."""
    names: dict[uuid.UUID, str] = {}
    for student_id, name in session.execute(
        select(Enrollment.student_id, SchoolClass.name)
        .join(SchoolClass, SchoolClass.id == Enrollment.class_id)
        .order_by(Enrollment.created_at)
    ):
        names[student_id] = name
    return names


def find_duplicates(uow: UnitOfWork) -> list[DuplicateGroup]:
    session = uow.session
    classes = _latest_class_names(session)
    pupils = [
        DuplicatePupil(
            s.id, s.full_name, s.nisn or "", s.birth_date, classes.get(s.id, ""), s.village
        )
        for s in session.scalars(
            select(Student)
            .where(Student.merged_into_id.is_(None))
            .order_by(Student.full_name, Student.id)
        )
    ]
    groups: list[DuplicateGroup] = []
    by_nisn: dict[str, list[DuplicatePupil]] = {}
    for pupil in pupils:
        if pupil.nisn:
            by_nisn.setdefault(pupil.nisn, []).append(pupil)
    grouped: set[uuid.UUID] = set()
    for same in by_nisn.values():
        if len(same) > 1:
            groups.append(DuplicateGroup("nisn", tuple(same)))
            grouped.update(p.id for p in same)
    by_name: dict[tuple[str, date], list[DuplicatePupil]] = {}
    for pupil in pupils:
        if pupil.birth_date and pupil.id not in grouped:
            key = (" ".join(pupil.full_name.casefold().split()), pupil.birth_date)
            by_name.setdefault(key, []).append(pupil)
    for same in by_name.values():
        # The same name and birthday is one child unless both have a NISN, and they differ.
        if len(same) > 1 and len({p.nisn for p in same if p.nisn}) <= 1:
            groups.append(DuplicateGroup("name-and-birth-date", tuple(same)))
    return groups


def merge_students(uow: UnitOfWork, keep: uuid.UUID, other: uuid.UUID) -> None:
    """Make `other` part of `keep`: written as edits, so sync carries the merge."""
    session = uow.session
    if keep == other:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose two different pupils to merge."))
    kept, gone = session.get(Student, keep), session.get(Student, other)
    if kept is None or gone is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "One of these pupils no longer exists; refresh the list.")
        )
    for name in MERGEABLE:
        ours, theirs = getattr(kept, name), getattr(gone, name)
        if ours in (None, "") and theirs not in (None, ""):
            setattr(kept, name, theirs)
    # The kept record's class wins; the other's class rows for the same year are retired.
    kept_years = set(
        session.scalars(select(Enrollment.school_year_id).where(Enrollment.student_id == keep))
    )
    for enrollment in session.scalars(select(Enrollment).where(Enrollment.student_id == other)):
        if enrollment.school_year_id in kept_years:
            enrollment.mark_deleted()
    gone.merged_into_id = keep
    gone.mark_deleted()
    redirect_references(uow.connection)  # flushes the edits above first
    uow.changed(Area.STUDENTS, Area.WORKSHEETS, Area.SYNC)


def merge_into(uow: UnitOfWork, keep: uuid.UUID, others: list[uuid.UUID]) -> None:
    """Make every one of `others` part of `keep`, all or none."""
    for other in others:
        merge_students(uow, keep, other)


@dataclass(frozen=True)
class CodeClash:
    """A worksheet copy whose pickup code another outstanding copy also has (two laptops
    each made the code on their own)."""

    code: str
    copy_id: uuid.UUID
    pupil: str
    class_name: str
    title: str


def find_code_clashes(uow: UnitOfWork) -> list[CodeClash]:
    session = uow.session
    outstanding = (~copy_is_returned(WorksheetCopy.id),)
    shared = (
        select(WorksheetCopy.pickup_code)
        .where(*outstanding)
        .group_by(WorksheetCopy.pickup_code)
        .having(func.count() > 1)
    )
    rows = session.execute(
        select(
            WorksheetCopy.pickup_code,
            WorksheetCopy.id,
            Student.full_name,
            func.coalesce(SchoolClass.name, ""),
            Worksheet.title,
        )
        .join(Student, Student.id == WorksheetCopy.student_id)
        .join(HandOut, HandOut.id == WorksheetCopy.hand_out_id)
        .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
        .outerjoin(SchoolClass, SchoolClass.id == HandOut.class_id)
        .where(*outstanding, WorksheetCopy.pickup_code.in_(shared))
        .order_by(WorksheetCopy.pickup_code, WorksheetCopy.id)
    ).all()
    return [CodeClash(*row) for row in rows]


def give_new_code(uow: UnitOfWork, copy_id: uuid.UUID) -> str:
    """The copy's next code that no other copy has; its cover must be printed again."""
    session = uow.session
    copy = get_live(session, WorksheetCopy, copy_id)
    copy.pickup_code = free_code(copy_id, taken_codes(session), first_attempt=1)
    uow.changed(Area.WORKSHEETS, Area.SYNC)
    return copy.pickup_code
