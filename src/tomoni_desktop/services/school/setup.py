"""First-run setup of the school, and the school context every screen shows."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from tomoni_desktop.core import ids
from tomoni_desktop.core.areas import Area
from tomoni_desktop.core.errors import QT_TRANSLATE_NOOP, ValidationError
from tomoni_desktop.core.live import revived
from tomoni_desktop.core.models import (
    School,
    SchoolClass,
    SchoolYear,
    Semester,
    Teacher,
    TeacherRole,
    Term,
)
from tomoni_desktop.core.settings import load_settings, set_value
from tomoni_desktop.core.unit_of_work import UnitOfWork

LEVELS = (7, 8, 9)
_YEAR = re.compile(r"^\s*(\d{4})\s*/\s*(\d{4})\s*$")
_NPSN = re.compile(r"^[0-9A-Z]{8}$")


@dataclass(frozen=True)
class SchoolSetup:
    school_name: str
    npsn: str
    school_year: str  # "2025/2026"
    term: Term
    teacher_name: str
    class_level: int
    class_name: str
    teacher_nip: str = ""
    address: str = ""


@dataclass(frozen=True)
class SchoolContext:
    school_id: uuid.UUID
    school_name: str
    npsn: str
    school_year_id: uuid.UUID
    school_year: str
    semester_id: uuid.UUID
    term: Term
    my_class_id: uuid.UUID | None
    my_class_name: str
    my_teacher_name: str


def current_school_year_name(today: date) -> tuple[str, Term]:
    """The year and term a date falls in: Ganjil is July-December, Genap January-June."""
    if today.month >= 7:
        return f"{today.year}/{today.year + 1}", Term.GANJIL
    return f"{today.year - 1}/{today.year}", Term.GENAP


def parse_school_year(text: str) -> int:
    """The first calendar year of "2025/2026"; the second must follow it."""
    match = _YEAR.match(text or "")
    if not match or int(match.group(2)) != int(match.group(1)) + 1:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "Write the school year as two following years, like 2025/2026."
            ),
            field="school_year",
        )
    first = int(match.group(1))
    if not 2000 <= first <= 2100:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The school year {value} is not plausible."),
            field="school_year",
            value=text.strip(),
        )
    return first


def clean_text(value: str) -> str:
    return " ".join((value or "").split())


def validate_setup(setup: SchoolSetup) -> SchoolSetup:
    name = clean_text(setup.school_name)
    if not name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the school's name."), field="school_name"
        )
    npsn = (setup.npsn or "").strip().upper()
    if not _NPSN.match(npsn):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The NPSN must be 8 characters, usually digits."),
            field="npsn",
        )
    parse_school_year(setup.school_year)
    teacher = clean_text(setup.teacher_name)
    if not teacher:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the homeroom teacher's name."),
            field="teacher_name",
        )
    nip = (setup.teacher_nip or "").strip()
    if nip and not (nip.isdigit() and len(nip) == 18):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A NIP has exactly 18 digits; leave it empty if none."),
            field="teacher_nip",
        )
    if setup.class_level not in LEVELS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The class level must be 7, 8 or 9."),
            field="class_level",
        )
    class_name = clean_text(setup.class_name)
    if not class_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Enter the class name, like VII A."), field="class_name"
        )
    return SchoolSetup(
        school_name=name,
        npsn=npsn,
        school_year=setup.school_year.replace(" ", ""),
        term=Term(setup.term),
        teacher_name=teacher,
        class_level=setup.class_level,
        class_name=class_name,
        teacher_nip=nip,
        address=clean_text(setup.address),
    )


def ensure_school(uow: UnitOfWork, name: str, npsn: str, address: str = "") -> School:
    session = uow.session
    school = revived(session, School, ids.school_id(npsn))
    if school is None:
        school = School(id=ids.school_id(npsn), name=name, npsn=npsn, address=address)
        session.add(school)
    return school


def ensure_school_year(uow: UnitOfWork, school: School, name: str) -> SchoolYear:
    session = uow.session
    first = parse_school_year(name)
    year_id = ids.school_year_id(school.id, name)
    year = revived(session, SchoolYear, year_id)
    if year is None:
        year = SchoolYear(
            id=year_id,
            school_id=school.id,
            name=name,
            starts_on=date(first, 7, 1),
            ends_on=date(first + 1, 6, 30),
        )
        session.add(year)
        for term, starts, ends in (
            (Term.GANJIL, date(first, 7, 1), date(first, 12, 31)),
            (Term.GENAP, date(first + 1, 1, 1), date(first + 1, 6, 30)),
        ):
            session.add(
                Semester(
                    id=ids.semester_id(year_id, term.value),
                    school_year_id=year_id,
                    term=term,
                    starts_on=starts,
                    ends_on=ends,
                )
            )
    return year


def ensure_class(
    uow: UnitOfWork, year: SchoolYear, level: int, name: str, homeroom: Teacher | None
) -> SchoolClass:
    session = uow.session
    class_id = ids.class_id(year.id, level, name)
    school_class = revived(session, SchoolClass, class_id)
    if school_class is None:
        school_class = SchoolClass(id=class_id, school_year_id=year.id, level=level, name=name)
        session.add(school_class)
    if homeroom is not None:
        school_class.homeroom_teacher_id = homeroom.id
    return school_class


def setup_school(uow: UnitOfWork, setup: SchoolSetup) -> SchoolContext:
    """First start: the school, its year and semesters, this teacher and their class."""
    session = uow.session
    setup = validate_setup(setup)
    school = ensure_school(uow, setup.school_name, setup.npsn, setup.address)
    year = ensure_school_year(uow, school, setup.school_year)
    teacher_id = (
        ids.teacher_id_for_nip(school.id, setup.teacher_nip) if setup.teacher_nip else ids.new_id()
    )
    teacher = revived(session, Teacher, teacher_id) or Teacher(
        id=teacher_id, school_id=school.id, name=setup.teacher_name
    )
    teacher.nip = setup.teacher_nip or None
    teacher.roles = frozenset({TeacherRole.HOMEROOM, TeacherRole.SUBJECT})
    session.add(teacher)
    session.flush()
    school_class = ensure_class(uow, year, setup.class_level, setup.class_name, teacher)
    use_as_mine(uow, teacher.id, school_class.id, ids.semester_id(year.id, setup.term.value))
    uow.changed(Area.SCHOOL, Area.SETTINGS)
    context = school_context(uow)
    assert context is not None
    return context


def use_as_mine(
    uow: UnitOfWork, teacher_id: uuid.UUID, class_id: uuid.UUID, semester_id: uuid.UUID
) -> None:
    """Who uses this laptop, their class, and the semester they work in (local settings)."""
    session = uow.session
    set_value(session, "my_teacher_id", str(teacher_id))
    set_value(session, "my_class_id", str(class_id))
    set_value(session, "current_semester_id", str(semester_id))
    uow.changed(Area.SETTINGS)


def is_set_up(uow: UnitOfWork) -> bool:
    session = uow.session
    return session.scalar(select(School.id).limit(1)) is not None


def school_context(uow: UnitOfWork) -> SchoolContext | None:
    """The school, year and semester this laptop works in, or None before setup."""
    session = uow.session
    settings = load_settings(session)
    semester = None
    if settings.current_semester_id:
        semester = session.get(Semester, uuid.UUID(settings.current_semester_id))
    if semester is None:
        semester = session.scalars(select(Semester).order_by(Semester.starts_on.desc())).first()
    if semester is None:
        return None
    year = semester.school_year
    school = session.get(School, year.school_id)
    if school is None:
        return None
    my_class = (
        session.get(SchoolClass, uuid.UUID(settings.my_class_id)) if settings.my_class_id else None
    )
    teacher = (
        session.get(Teacher, uuid.UUID(settings.my_teacher_id)) if settings.my_teacher_id else None
    )
    return SchoolContext(
        school_id=school.id,
        school_name=school.name,
        npsn=school.npsn,
        school_year_id=year.id,
        school_year=year.name,
        semester_id=semester.id,
        term=semester.term,
        my_class_id=my_class.id if my_class else None,
        my_class_name=my_class.name if my_class else "",
        my_teacher_name=teacher.name if teacher else "",
    )
