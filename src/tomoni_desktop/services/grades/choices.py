"""What the Nilai page chooses from: the year's classes, the school's subjects (the one this
laptop's teacher teaches first), and a subject's TPs at a class's level."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core.models import (
    Assessment,
    HandOut,
    LearningObjective,
    SchoolClass,
    Subject,
    Worksheet,
)
from tomoni_desktop.core.unit_of_work import UnitOfWork
from tomoni_desktop.services.roster.editing import classes_of_year


@dataclass(frozen=True)
class GradeBookChoices:
    classes: list[tuple[uuid.UUID, str]]
    subjects: list[tuple[uuid.UUID, str]]
    my_subject_id: uuid.UUID | None
    short_names: dict[uuid.UUID, str]  # "MTK", for the recap's narrow columns


def school_subjects(uow: UnitOfWork, school_id: uuid.UUID) -> list[Subject]:
    """The school's subjects in the order of its reports."""
    return list(
        uow.session.scalars(
            select(Subject)
            .where(Subject.school_id == school_id)
            .order_by(Subject.sort_order, Subject.name)
        )
    )


def grade_book_choices(
    uow: UnitOfWork, school_id: uuid.UUID, school_year_id: uuid.UUID
) -> GradeBookChoices:
    from tomoni_desktop.services.worksheets.library import my_subject

    rows = school_subjects(uow, school_id)
    return GradeBookChoices(
        classes_of_year(uow, school_year_id),
        [(row.id, row.name) for row in rows],
        my_subject(uow),
        {row.id: row.short_name or row.name for row in rows},
    )


@dataclass(frozen=True)
class ObjectiveRow:
    objective_id: uuid.UUID
    code: str
    text: str
    cut_score: int | None


def objectives_for_class(
    uow: UnitOfWork, class_id: uuid.UUID, subject_id: uuid.UUID
) -> list[ObjectiveRow]:
    school_class = uow.session.get(SchoolClass, class_id)
    if school_class is None:
        return []
    return [
        ObjectiveRow(row.id, row.code, row.text, row.cut_score)
        for row in uow.session.scalars(
            select(LearningObjective)
            .where(
                LearningObjective.school_year_id == school_class.school_year_id,
                LearningObjective.subject_id == subject_id,
                LearningObjective.level == school_class.level,
            )
            .order_by(LearningObjective.position, LearningObjective.code)
        )
    ]


@dataclass(frozen=True)
class HandOutChoice:
    hand_out_id: uuid.UUID
    title: str
    issued_on: date


def hand_outs_to_assess(
    uow: UnitOfWork, class_id: uuid.UUID, subject_id: uuid.UUID
) -> list[HandOutChoice]:
    """The class's worksheets of the subject handed out and not an assessment yet."""
    assessed = select(Assessment.hand_out_id).where(Assessment.hand_out_id.is_not(None))
    return [
        HandOutChoice(hand_out_id, title, issued_on)
        for hand_out_id, title, issued_on in uow.session.execute(
            select(HandOut.id, Worksheet.title, HandOut.issued_on)
            .join(Worksheet, Worksheet.id == HandOut.worksheet_id)
            .where(
                HandOut.class_id == class_id,
                Worksheet.subject_id == subject_id,
                HandOut.id.not_in(assessed),
            )
            .order_by(HandOut.issued_on.desc())
        )
    ]
