"""A class with what its printed papers name: its school year, its school, its homeroom
teacher (read the same way by packets, route sheets and reports)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from tomoni_desktop.core.live import get_live
from tomoni_desktop.core.models import School, SchoolClass, SchoolYear, Teacher
from tomoni_desktop.core.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ClassOfYear:
    school_class: SchoolClass
    year: SchoolYear
    school: School
    homeroom: Teacher | None  # the wali kelas, when the class has one

    @property
    def teacher_name(self) -> str:
        return self.homeroom.name if self.homeroom else ""


def class_of_year(uow: UnitOfWork, class_id: uuid.UUID) -> ClassOfYear:
    session = uow.session
    school_class = get_live(session, SchoolClass, class_id)
    year = get_live(session, SchoolYear, school_class.school_year_id)
    school = get_live(session, School, year.school_id)
    homeroom = (
        session.get(Teacher, school_class.homeroom_teacher_id)
        if school_class.homeroom_teacher_id
        else None
    )
    return ClassOfYear(school_class, year, school, homeroom)
